package busybox

import (
	"strconv"
	"strings"
)

// find and stat: walking folders in the order the file system gives
// (sysfs: kernfs's hash order) and stat's -c formats.

func registerFindApplets() {
	applets["find"] = findApplet
	applets["stat"] = statApplet
}

// findExpr is one parsed test or action; and/or/not build the tree.
type findExpr struct {
	op          string // "and", "or", "not", "name", "iname", "path", "type", "empty", "print", "exec", "quit", "true"
	arg         string
	left, right *findExpr
	// -exec: the command, and for "{} +" the names gathered for one run
	// at the end.
	cmd   []string
	plus  bool
	names []string
}

type findRun struct {
	c                  *ctx
	minDepth, maxDepth int
	expr               *findExpr
	needPrint          bool
	status             int
	quit               bool        // -quit ran: find exits at once
	plusExecs          []*findExpr // the "-exec ... {} +" actions, run at the end
}

// findWords are the tests and actions busybox 1.35's find knows (its
// usage); a word outside them is "unrecognized", one inside that is not
// modelled here gets a note.
var findWords = map[string]bool{"-follow": true, "-xdev": true, "-maxdepth": true, "-mindepth": true,
	"-depth": true, "-name": true, "-iname": true, "-path": true, "-ipath": true, "-regex": true, "-type": true,
	"-executable": true, "-perm": true, "-mtime": true, "-atime": true, "-ctime": true, "-mmin": true,
	"-amin": true, "-cmin": true, "-newer": true, "-inum": true, "-samefile": true, "-user": true,
	"-group": true, "-size": true, "-links": true, "-empty": true, "-prune": true, "-print": true,
	"-print0": true, "-exec": true, "-quit": true}

// findApplet is busybox find without -L/-H: the starting paths, then an
// expression of tests joined by an implicit -a; without -print, what
// matches is printed.
func findApplet(c *ctx) int {
	args := c.args[1:]
	var paths []string
	for len(args) > 0 && !strings.HasPrefix(args[0], "-") && args[0] != "!" && args[0] != "(" {
		paths = append(paths, args[0])
		args = args[1:]
	}
	if len(paths) == 0 {
		paths = []string{"."}
	}
	r := &findRun{c: c, maxDepth: 1 << 30, needPrint: true}
	p := &findParser{r: r, args: args}
	if len(args) > 0 {
		e, ok := p.or()
		if !ok {
			return 1
		}
		if len(p.args) > 0 {
			return p.unknown(p.args[0])
		}
		r.expr = e
	}
	for _, start := range paths {
		if r.quit {
			break
		}
		r.walk(start, c.sh.abs(start), 0)
	}
	if r.quit { // ACTF(quit) is exit(EXIT_SUCCESS)
		return c.finish(0)
	}
	for _, e := range r.plusExecs {
		if len(e.names) > 0 && r.exec(e, e.names) != 0 {
			r.status = 1
		}
	}
	return c.finish(r.status)
}

type findParser struct {
	r    *findRun
	args []string
}

func (p *findParser) unknown(a string) int {
	if !findWords[a] {
		p.r.c.errMsg("unrecognized: " + a)
		return p.r.c.showUsage()
	}
	p.r.c.sh.note("find's " + a + " is not modelled in this simulated guest")
	return 1
}

func (p *findParser) or() (*findExpr, bool) {
	l, ok := p.and()
	for ok && len(p.args) > 0 && (p.args[0] == "-o" || p.args[0] == "-or") {
		p.args = p.args[1:]
		var r *findExpr
		if r, ok = p.and(); ok {
			l = &findExpr{op: "or", left: l, right: r}
		}
	}
	return l, ok
}

func (p *findParser) and() (*findExpr, bool) {
	l, ok := p.not()
	for ok && len(p.args) > 0 && p.args[0] != "-o" && p.args[0] != "-or" && p.args[0] != ")" {
		if p.args[0] == "-a" || p.args[0] == "-and" {
			p.args = p.args[1:]
		}
		var r *findExpr
		if r, ok = p.not(); ok {
			l = &findExpr{op: "and", left: l, right: r}
		}
	}
	return l, ok
}

func (p *findParser) not() (*findExpr, bool) {
	if len(p.args) > 0 && (p.args[0] == "!" || p.args[0] == "-not") {
		p.args = p.args[1:]
		e, ok := p.not()
		return &findExpr{op: "not", left: e}, ok
	}
	return p.primary()
}

func (p *findParser) primary() (*findExpr, bool) {
	c := p.r.c
	if len(p.args) == 0 {
		return &findExpr{op: "true"}, true
	}
	a := p.args[0]
	p.args = p.args[1:]
	switch a {
	case "(":
		e, ok := p.or()
		if ok && (len(p.args) == 0 || p.args[0] != ")") {
			c.errMsg("missing )")
			return nil, false
		}
		if ok {
			p.args = p.args[1:]
		}
		return e, ok
	case "-print":
		p.r.needPrint = false
		return &findExpr{op: "print"}, true
	case "-empty":
		return &findExpr{op: "empty"}, true
	case "-quit":
		return &findExpr{op: "quit"}, true
	case "-exec":
		// The command runs to ";", or to "+" right after "{}" (every
		// name at the end, in one run).
		p.r.needPrint = false
		for i, w := range p.args {
			if w != ";" && (w != "+" || i == 0 || p.args[i-1] != "{}") {
				continue
			}
			if i == 0 {
				break
			}
			e := &findExpr{op: "exec", cmd: p.args[:i], plus: w == "+"}
			p.args = p.args[i+1:]
			if e.plus {
				p.r.plusExecs = append(p.r.plusExecs, e)
			}
			return e, true
		}
		c.errMsg("-exec requires an argument")
		return nil, false
	case "-maxdepth", "-mindepth", "-name", "-iname", "-path", "-type":
		if len(p.args) == 0 {
			c.errMsg("missing argument to '" + a + "'")
			return nil, false
		}
		v := p.args[0]
		p.args = p.args[1:]
		switch a {
		case "-maxdepth", "-mindepth":
			n, err := strconv.Atoi(v)
			if err != nil || n < 0 {
				c.errMsg("invalid number '" + v + "'")
				return nil, false
			}
			if a == "-maxdepth" {
				p.r.maxDepth = n
			} else {
				p.r.minDepth = n
			}
			return &findExpr{op: "true"}, true
		case "-type":
			if len(v) != 1 || !strings.Contains("fdlcbps", v) {
				c.errMsg("invalid argument '" + v + "' to '-type'")
				return nil, false
			}
		}
		return &findExpr{op: a[1:], arg: v}, true
	}
	p.unknown(a)
	return nil, false
}

// exec runs an -exec command: "{}" in its words is the name (all of
// them, for "+"). It runs as spawn_and_wait does, an applet or a file in
// PATH (no shell builtins); one that cannot be run is find's own error.
func (r *findRun) exec(e *findExpr, names []string) int {
	c := r.c
	var argv []string
	for i, w := range e.cmd {
		switch {
		case e.plus && i == len(e.cmd)-1:
			argv = append(argv, names...)
		case e.plus:
			argv = append(argv, w)
		default:
			argv = append(argv, strings.ReplaceAll(w, "{}", names[0]))
		}
	}
	name := argv[0]
	if !strings.Contains(name, "/") && !isApplet(name) {
		if _, err := c.sh.sys.Stat("/bin/" + name); err != nil {
			c.errMsg(name + ": No such file or directory")
			return -1
		}
	}
	return c.sh.runExternal(argv, c.fds)
}

// walk is recursive_action: the path itself, then (a folder, not
// followed if a link) its entries in readdir order.
func (r *findRun) walk(name, full string, depth int) {
	c := r.c
	fi, err := c.sh.sys.Lstat(full)
	if err != nil {
		c.errMsg(name + ": " + err.Error())
		r.status = 1
		return
	}
	if depth >= r.minDepth && depth <= r.maxDepth {
		if r.eval(r.expr, name, full, fi) && r.needPrint && !r.quit {
			c.out(name + "\n")
		}
	}
	if r.quit || fi.Type != Dir || depth >= r.maxDepth {
		return
	}
	names, err := c.sh.sys.ReadDir(full)
	if err == ErrNotModelled {
		c.sh.note("the contents of " + name + " are not modelled in this simulated guest")
		return
	}
	if err != nil {
		c.errMsg(name + ": " + err.Error())
		r.status = 1
		return
	}
	for _, n := range names {
		if r.quit {
			return
		}
		sub := strings.TrimSuffix(name, "/") + "/" + n
		r.walk(sub, strings.TrimSuffix(full, "/")+"/"+n, depth+1)
	}
}

func (r *findRun) eval(e *findExpr, name, full string, fi FileInfo) bool {
	if e == nil {
		return true
	}
	if r.quit {
		return false
	}
	switch e.op {
	case "and":
		return r.eval(e.left, name, full, fi) && r.eval(e.right, name, full, fi)
	case "or":
		return r.eval(e.left, name, full, fi) || r.eval(e.right, name, full, fi)
	case "not":
		return !r.eval(e.left, name, full, fi)
	case "print":
		r.c.out(name + "\n")
		return true
	case "quit":
		r.quit = true
		return true
	case "exec":
		if e.plus {
			e.names = append(e.names, name)
			return true
		}
		return r.exec(e, []string{name}) == 0
	case "empty":
		switch fi.Type {
		case Regular:
			return fi.Size == 0
		case Dir:
			entries, err := r.c.sh.sys.ReadDir(full)
			return err == nil && len(entries) == 0
		}
		return false
	case "name", "iname":
		base := name
		if t := strings.TrimRight(name, "/"); t != "" {
			base = t[strings.LastIndexByte(t, '/')+1:]
		}
		if e.op == "iname" {
			return fnmatch(strings.ToLower(e.arg), strings.ToLower(base))
		}
		return fnmatch(e.arg, base)
	case "path":
		return fnmatch(e.arg, name)
	case "type":
		t := map[FileType]string{Regular: "f", Dir: "d", Symlink: "l", CharDev: "c"}[fi.Type]
		return t == e.arg
	}
	return true
}

// statApplet is stat -c FORMAT (and -L); its default and terse forms
// print inode numbers and times, which this guest does not model.
func statApplet(c *ctx) int {
	opts, files, ok := c.getopt(optSpec{short: "c:fLt"})
	if !ok {
		return 1
	}
	format, follow := "", false
	for _, o := range opts {
		switch o.name {
		case "c":
			format = o.arg
		case "L":
			follow = true
		case "f", "t":
			return c.notModelledOption("-" + o.name)
		}
	}
	if len(files) == 0 {
		return c.showUsage()
	}
	if format == "" {
		c.sh.note("stat without -c prints inode numbers and times, which are not modelled in this simulated guest")
		return 1
	}
	status := 0
	for _, f := range files {
		p := c.sh.abs(f)
		var fi FileInfo
		var err error
		if follow {
			fi, err = c.sh.sys.Stat(p)
		} else {
			fi, err = c.sh.sys.Lstat(p)
		}
		if err != nil {
			c.errMsg("can't stat '" + f + "': " + err.Error())
			status = 1
			continue
		}
		c.out(c.statFormat(format, f, p, fi) + "\n")
	}
	return c.finish(status)
}

// statFormat expands stat's %-sequences (coreutils-style, without
// backslash escapes); an unknown letter prints as itself.
func (c *ctx) statFormat(format, name, full string, fi FileInfo) string {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		if format[i] != '%' || i+1 >= len(format) {
			b.WriteByte(format[i])
			continue
		}
		i++
		switch format[i] {
		case '%':
			b.WriteByte('%')
		case 'n':
			b.WriteString(name)
		case 'N':
			if fi.Type == Symlink {
				t, _ := c.sh.sys.Readlink(full)
				b.WriteString("'" + name + "' -> '" + t + "'")
			} else {
				b.WriteString(name)
			}
		case 's':
			b.WriteString(strconv.FormatInt(fi.Size, 10))
		case 'a':
			b.WriteString(strconv.FormatUint(uint64(fi.Perm), 8))
		case 'A':
			b.WriteString(modeString(fi))
		case 'F':
			b.WriteString(statFileType(fi))
		case 'h':
			n := fi.Nlink
			if n == 0 {
				n = 1
			}
			b.WriteString(strconv.Itoa(n))
		case 'u', 'g':
			b.WriteString("0")
		case 'U', 'G':
			b.WriteString("root")
		case 'b':
			b.WriteString(strconv.FormatInt(fi.Blocks*2, 10))
		case 'B':
			b.WriteString("512")
		case 't':
			b.WriteString(strconv.FormatInt(int64(fi.Major), 16))
		case 'T':
			b.WriteString(strconv.FormatInt(int64(fi.Minor), 16))
		case 'Y', 'Z', 'X':
			b.WriteString(strconv.FormatInt(fi.ModTime, 10))
		case 'i', 'd', 'D', 'o', 'f', 'x', 'y', 'z':
			c.sh.note("stat's %" + string(format[i]) + " is not modelled in this simulated guest")
		default:
			b.WriteByte(format[i])
		}
	}
	return b.String()
}

// statFileType is busybox stat's file_type().
func statFileType(fi FileInfo) string {
	switch fi.Type {
	case Regular:
		if fi.Size == 0 {
			return "regular empty file"
		}
		return "regular file"
	case Dir:
		return "directory"
	case Symlink:
		return "symbolic link"
	case CharDev:
		return "character special file"
	}
	return "weird file"
}
