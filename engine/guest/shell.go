package guest

import (
	"fmt"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// The guest's shell: busybox 1.35 ash on the first serial line, with the
// few applets a CPU hotplug tutorial needs. What it prints is busybox's
// text; a busybox applet that exists but is not modelled says so instead
// of inventing output. Like ash, it has no brace expansion.

// Prompt is the fixed prompt of the recorded guests.
const Prompt = "guest# "

// notModelledApplets exist in busybox but are not simulated here.
var notModelledApplets = map[string]bool{
	"awk": true, "cd": true, "chmod": true, "cp": true, "cut": true, "date": true, "df": true, "env": true,
	"exit": true, "find": true, "free": true, "id": true, "kill": true, "ln": true, "mkdir": true, "mount": true,
	"mv": true, "ps": true, "pwd": true, "rm": true, "sed": true, "sleep": true, "sort": true, "stat": true,
	"stty": true, "sync": true, "top": true, "tr": true, "umount": true, "uname": true, "uniq": true,
	"uptime": true, "vi": true, "watch": true, "wc": true, "which": true, "xargs": true, "poweroff": true,
	"reboot": true, "halt": true, "export": true, "set": true, "test": true, "[": true, "printf": true,
}

type cmdResult struct{ out, err string }

// Shell runs one command line typed at the prompt and returns what the
// terminal shows (stdout and stderr, in order; no echo, no prompt). The
// guest must be running; otherwise there is no shell and the result is "".
func (g *Guest) Shell(line string) string {
	if g.state != Running {
		return ""
	}
	var b strings.Builder
	for _, cmd := range splitTop(line, ';') {
		if strings.TrimSpace(cmd) == "" {
			continue
		}
		b.WriteString(g.pipeline(cmd))
	}
	return b.String()
}

// splitTop splits at sep outside quotes.
func splitTop(s string, sep byte) []string {
	var parts []string
	var q byte
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case q != 0:
			if c == q {
				q = 0
			}
		case c == '\'' || c == '"':
			q = c
		case c == sep:
			parts = append(parts, s[start:i])
			start = i + 1
		}
	}
	return append(parts, s[start:])
}

// word is one shell word; glob is false when quoting made it literal.
type word struct {
	text string
	glob bool
}

// tokenize splits a simple command into words and redirection operators.
func tokenize(s string) ([]word, bool) {
	var words []word
	var cur strings.Builder
	in, glob := false, false
	flush := func() {
		if in {
			words = append(words, word{cur.String(), glob})
		}
		cur.Reset()
		in, glob = false, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t':
			flush()
		case c == '\'' || c == '"':
			j := strings.IndexByte(s[i+1:], c)
			if j < 0 {
				return nil, false
			}
			cur.WriteString(s[i+1 : i+1+j])
			in = true
			i += j + 1
		case c == '>':
			// "2>", ">", ">>" are operators; a preceding lone digit is an fd.
			fd := ""
			if in && (cur.String() == "1" || cur.String() == "2") {
				fd = cur.String()
				cur.Reset()
				in = false
			} else {
				flush()
			}
			op := ">"
			if i+1 < len(s) && s[i+1] == '>' {
				op = ">>"
				i++
			}
			if i+1 < len(s) && s[i+1] == '&' {
				op += "&"
				i++
			}
			words = append(words, word{text: fd + op})
		default:
			if c == '*' || c == '?' || c == '[' {
				glob = true
			}
			cur.WriteByte(c)
			in = true
		}
	}
	flush()
	return words, true
}

func isRedirect(w string) bool {
	w = strings.TrimLeft(w, "12")
	return w == ">" || w == ">>" || w == ">&" || w == ">>&"
}

// pipeline runs "a | b | c"; stderr goes straight to the terminal.
func (g *Guest) pipeline(line string) string {
	var term strings.Builder
	stdin, piped := "", false
	stages := splitTop(line, '|')
	for i, st := range stages {
		last := i == len(stages)-1
		words, ok := tokenize(st)
		if !ok {
			term.WriteString("sh: syntax error: unterminated quoted string\n")
			return term.String()
		}
		if len(words) == 0 {
			term.WriteString("sh: syntax error: unexpected \"|\"\n")
			return term.String()
		}
		// Redirections.
		var args []string
		outFile, errNull, errToOut := "", false, false
		for k := 0; k < len(words); k++ {
			w := words[k]
			if w.glob || !isRedirect(w.text) {
				args = append(args, g.expand(w)...)
				continue
			}
			if k+1 >= len(words) {
				term.WriteString("sh: syntax error: unexpected newline\n")
				return term.String()
			}
			target := words[k+1].text
			k++
			switch {
			case strings.HasSuffix(w.text, "&") && strings.HasPrefix(w.text, "2") && target == "1":
				errToOut = true
			case strings.HasPrefix(w.text, "2"):
				if target == "/dev/null" {
					errNull = true
				}
			default:
				outFile = target
			}
		}
		if len(args) == 0 {
			continue
		}
		// ash opens the output file before running the command.
		if outFile != "" && outFile != "/dev/null" {
			if err := g.canCreate(outFile); err != nil {
				term.WriteString("sh: can't create " + outFile + ": " + createMsg(err) + "\n")
				stdin, piped = "", true
				continue
			}
		}
		r := g.run(args, stdin, piped, !last || outFile != "")
		if errToOut {
			r.out, r.err = r.err+r.out, ""
		}
		if !errNull {
			term.WriteString(r.err)
		}
		switch {
		case outFile == "/dev/null":
			stdin = ""
		case outFile != "":
			if err := g.writeFile(outFile, r.out); err != nil {
				name := args[0]
				if name == "echo" {
					name = "sh" // a builtin reports as the shell
				}
				term.WriteString(name + ": write error: " + err.Error() + "\n")
			}
			stdin = ""
		case last:
			term.WriteString(r.out)
		default:
			stdin = r.out
		}
		piped = true
	}
	return term.String()
}

// createMsg is ash's text for a failed open of a redirection target.
func createMsg(err error) string {
	if err == errNoEnt || err == errNotDir {
		return "nonexistent directory"
	}
	return err.Error()
}

// expand does pathname expansion of a word with glob characters.
func (g *Guest) expand(w word) []string {
	if !w.glob || !strings.HasPrefix(w.text, "/") {
		return []string{w.text}
	}
	matches := []string{"/"}
	for _, part := range strings.Split(strings.Trim(w.text, "/"), "/") {
		var next []string
		for _, m := range matches {
			if !strings.ContainsAny(part, "*?[") {
				p := path.Join(m, part)
				if g.lookup(p) != nil {
					next = append(next, p)
				}
				continue
			}
			n := g.lookup(m)
			if n == nil || !n.dir {
				continue
			}
			for _, c := range n.children {
				if ok, _ := path.Match(part, c); ok && (strings.HasPrefix(part, ".") || !strings.HasPrefix(c, ".")) {
					next = append(next, path.Join(m, c))
				}
			}
		}
		matches = next
	}
	if len(matches) == 0 {
		return []string{w.text}
	}
	sort.Strings(matches)
	return matches
}

// files outside sysfs/procfs: the initramfs (rootfs, writable).
func (g *Guest) rootFile(p string) (string, bool) {
	if g.files == nil {
		return "", false
	}
	s, ok := g.files[p]
	return s, ok
}

var rootDirs = map[string][]string{
	"/":    {"bin", "dev", "init", "proc", "root", "sys", "tmp"},
	"/tmp": nil,
}

func (g *Guest) resolve(p string) *node {
	p = path.Clean(p)
	if n := g.lookup(p); n != nil {
		if p == "/" {
			return dirNode(rootDirs["/"]...)
		}
		return n
	}
	if p == "/tmp" {
		var names []string
		for f := range g.files {
			if path.Dir(f) == "/tmp" {
				names = append(names, path.Base(f))
			}
		}
		sort.Strings(names)
		return dirNode(names...)
	}
	if p == "/bin" || p == "/dev" || p == "/root" {
		return &node{dir: true}
	}
	if s, ok := g.rootFile(p); ok {
		return fileNode(s)
	}
	if p == "/init" {
		return &node{}
	}
	return nil
}

func inPseudoFS(p string) bool {
	return p == "/sys" || p == "/proc" || strings.HasPrefix(p, "/sys/") || strings.HasPrefix(p, "/proc/")
}

func (g *Guest) canCreate(p string) error {
	p = path.Clean(p)
	n := g.resolve(p)
	if n != nil {
		if n.dir {
			return errIsDir
		}
		if inPseudoFS(p) && n.write == nil {
			return errAccess
		}
		return nil
	}
	parent := g.resolve(path.Dir(p))
	if parent == nil {
		return errNoEnt
	}
	if !parent.dir {
		return errNotDir
	}
	if inPseudoFS(p) || path.Dir(p) == "/dev" {
		return errAccess
	}
	return nil
}

// rootfsBytes bounds what the shell may store in the initramfs (the guest
// has 128 MB of RAM; a small bound keeps the simulator small).
const rootfsBytes = 1 << 20

func (g *Guest) writeFile(p, data string) error {
	p = path.Clean(p)
	if n := g.resolve(p); n != nil && n.write != nil {
		return n.write(data)
	}
	if inPseudoFS(p) {
		return errAccess
	}
	if g.files == nil {
		g.files = map[string]string{}
	}
	used := len(data)
	for f, d := range g.files {
		if f != p {
			used += len(d)
		}
	}
	if used > rootfsBytes {
		return errNoSpace
	}
	g.files[p] = data
	return nil
}

// readFile reads a file for cat, tail and head.
func (g *Guest) readFile(p string) (string, error) { return g.read(p, false) }

// read reads a file; partial allows a file of which only some lines are
// modelled (grep counting processor lines).
func (g *Guest) read(p string, partial bool) (string, error) {
	n := g.resolve(p)
	switch {
	case n == nil:
		return "", errNoEnt
	case n.dir:
		return "", errIsDir
	case !n.modelled, n.partial && !partial:
		return "", errNotModelled
	}
	return n.content, nil
}

func notModelled(what string) string {
	return "hotpluglab: " + what + ": not modelled in this simulated guest\n"
}

// run runs one command. toPipe: stdout is not the terminal.
func (g *Guest) run(args []string, stdin string, piped, toPipe bool) cmdResult {
	name := args[0]
	switch name {
	case "echo":
		a := args[1:]
		nl := "\n"
		if len(a) > 0 && a[0] == "-n" {
			a, nl = a[1:], ""
		}
		return cmdResult{out: strings.Join(a, " ") + nl}
	case "cat":
		return g.catLike("cat", args[1:], stdin, func(s string) string { return s })
	case "nproc":
		return g.nproc(args[1:])
	case "dmesg":
		if len(args) > 1 {
			return cmdResult{err: notModelled("dmesg with options")}
		}
		s := ""
		for _, l := range g.Dmesg() {
			s += l + "\n"
		}
		return cmdResult{out: s}
	case "tail", "head":
		return g.tailHead(name, args[1:], stdin)
	case "grep":
		return g.grep(args[1:], stdin)
	case "ls":
		return g.ls(args[1:], toPipe)
	case "true", ":":
		return cmdResult{}
	case "false":
		return cmdResult{}
	case "lscpu":
		// util-linux, not in busybox.
		return cmdResult{err: "sh: lscpu: not found\n"}
	}
	if notModelledApplets[name] {
		return cmdResult{err: notModelled(name)}
	}
	return cmdResult{err: "sh: " + name + ": not found\n"}
}

func (g *Guest) catLike(name string, files []string, stdin string, f func(string) string) cmdResult {
	if len(files) == 0 {
		return cmdResult{out: f(stdin)}
	}
	var r cmdResult
	for _, p := range files {
		if strings.HasPrefix(p, "-") {
			r.err += notModelled(name + " " + p)
			continue
		}
		s, err := g.readFile(p)
		switch err {
		case nil:
			r.out += f(s)
		case errIsDir:
			r.err += name + ": read error: Is a directory\n"
		case errNotModelled:
			r.err += notModelled(p)
		default:
			r.err += name + ": can't open '" + p + "': " + err.Error() + "\n"
		}
	}
	return r
}

func lines(s string) []string {
	if s == "" {
		return nil
	}
	l := strings.SplitAfter(s, "\n")
	if l[len(l)-1] == "" {
		l = l[:len(l)-1]
	}
	return l
}

func (g *Guest) tailHead(name string, args []string, stdin string) cmdResult {
	n := 10
	var files []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "-n" && i+1 < len(args):
			v, err := strconv.Atoi(strings.TrimPrefix(args[i+1], "+"))
			if err != nil || v < 0 {
				return cmdResult{err: name + ": invalid number '" + args[i+1] + "'\n"}
			}
			n = v
			i++
		case strings.HasPrefix(a, "-n"):
			v, err := strconv.Atoi(a[2:])
			if err != nil || v < 0 {
				return cmdResult{err: name + ": invalid number '" + a[2:] + "'\n"}
			}
			n = v
		case strings.HasPrefix(a, "--"):
			// busybox has no long options here: getopt's own complaint and the usage text.
			return cmdResult{err: badOption(name, a)}
		case len(a) > 1 && a[0] == '-':
			v, err := strconv.Atoi(a[1:])
			if err != nil || v < 0 {
				return cmdResult{err: notModelled(name + " " + a)}
			}
			n = v
		default:
			files = append(files, a)
		}
	}
	n = max(n, 0)
	pick := func(s string) string {
		l := lines(s)
		if name == "tail" {
			if len(l) > n {
				l = l[len(l)-n:]
			}
		} else if len(l) > n {
			l = l[:n]
		}
		return strings.Join(l, "")
	}
	if len(files) > 1 {
		return cmdResult{err: notModelled(name + " of several files")}
	}
	return g.catLike(name, files, stdin, pick)
}

func (g *Guest) grep(args []string, stdin string) cmdResult {
	count, invert, quiet, ignore := false, false, false, false
	var rest []string
	for _, a := range args {
		if len(rest) == 0 && len(a) > 1 && a[0] == '-' {
			for _, f := range a[1:] {
				switch f {
				case 'c':
					count = true
				case 'v':
					invert = true
				case 'q':
					quiet = true
				case 'i':
					ignore = true
				default:
					return cmdResult{err: notModelled("grep -" + string(f))}
				}
			}
			continue
		}
		rest = append(rest, a)
	}
	if len(rest) == 0 {
		return cmdResult{err: notModelled("grep without a pattern")}
	}
	pat := rest[0]
	if ignore {
		pat = "(?i)" + pat
	}
	rx, err := regexp.Compile(pat)
	if err != nil {
		return cmdResult{err: notModelled("this grep pattern")}
	}
	files := rest[1:]
	var r cmdResult
	do := func(label, s string) {
		n := 0
		for _, l := range lines(s) {
			if rx.MatchString(strings.TrimSuffix(l, "\n")) != invert {
				n++
				if !count && !quiet {
					if !strings.HasSuffix(l, "\n") {
						l += "\n"
					}
					r.out += label + l
				}
			}
		}
		if count {
			r.out += fmt.Sprintf("%s%d\n", label, n)
		}
	}
	if len(files) == 0 {
		do("", stdin)
		return r
	}
	for _, p := range files {
		s, err := g.read(p, true)
		label := ""
		if len(files) > 1 {
			label = p + ":"
		}
		switch err {
		case nil:
			do(label, s)
		case errIsDir:
			do(label, "") // fopen of a folder works, reading it gives nothing
		case errNotModelled:
			r.err += notModelled(p)
		default:
			r.err += "grep: " + p + ": " + err.Error() + "\n"
		}
	}
	return r
}

// ls lists folders; on the terminal busybox fills columns down.
func (g *Guest) ls(args []string, toPipe bool) cmdResult {
	one := toPipe
	var targets []string
	for _, a := range args {
		if a == "-1" {
			one = true
			continue
		}
		if strings.HasPrefix(a, "-") {
			return cmdResult{err: notModelled("ls " + a)}
		}
		targets = append(targets, a)
	}
	if len(targets) == 0 {
		targets = []string{"/"}
	}
	if len(targets) > 1 {
		return cmdResult{err: notModelled("ls of several paths")}
	}
	p := targets[0]
	n := g.resolve(p)
	if n == nil {
		return cmdResult{err: "ls: " + p + ": No such file or directory\n"}
	}
	if !n.dir {
		return cmdResult{out: p + "\n"}
	}
	if !n.modelled {
		return cmdResult{err: notModelled("the contents of " + p)}
	}
	names := append([]string(nil), n.children...)
	sort.Strings(names)
	if one {
		if len(names) == 0 {
			return cmdResult{}
		}
		return cmdResult{out: strings.Join(names, "\n") + "\n"}
	}
	// busybox ls: the terminal's width (80 on a serial line) minus one.
	return cmdResult{out: columns(names, 79)}
}

// columns is busybox ls's display_files() without -x.
func columns(names []string, width int) string {
	if len(names) == 0 {
		return ""
	}
	colw := 0
	for _, n := range names {
		if len(n) > colw {
			colw = len(n)
		}
	}
	colw += 2
	ncols := width / colw
	nrows := len(names)
	if ncols > 1 {
		nrows = len(names) / ncols
		if nrows*ncols < len(names) {
			nrows++
		}
	} else {
		ncols = 1
	}
	var b strings.Builder
	for row := 0; row < nrows; row++ {
		column, nexttab := 0, 0
		for nc := 0; nc < ncols; nc++ {
			i := nc*nrows + row
			if i >= len(names) {
				continue
			}
			if column > 0 {
				nexttab -= column
				b.WriteString(strings.Repeat(" ", nexttab))
				column += nexttab
			}
			nexttab = column + colw
			b.WriteString(names[i])
			column += len(names[i])
		}
		b.WriteString("\n")
	}
	return b.String()
}

// nproc is busybox nproc: the CPUs the shell may run on (online ones), or
// with --all the cpuN folders in sysfs; --ignore=N subtracts, at least 1.
func (g *Guest) nproc(args []string) cmdResult {
	count, ignore := g.onlineCount(), 0
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--all":
			count = 0
			for _, n := range g.cpuDirNames() {
				if strings.HasPrefix(n, "cpu") && n[len(n)-1] >= '0' && n[len(n)-1] <= '9' {
					count++
				}
			}
		case strings.HasPrefix(a, "--ignore=") || (a == "--ignore" && i+1 < len(args)):
			v := strings.TrimPrefix(a, "--ignore=")
			if a == "--ignore" {
				i++
				v = args[i]
			}
			n, err := strconv.Atoi(v)
			if err != nil {
				return cmdResult{err: "nproc: invalid number '" + v + "'\n"}
			}
			ignore = n
		default:
			return cmdResult{err: notModelled("nproc " + a)}
		}
	}
	count -= ignore
	if count <= 0 {
		count = 1
	}
	return cmdResult{out: fmt.Sprintf("%d\n", count)}
}

// badOption is busybox's answer to an option its getopt does not know:
// head uses getopt's short-option text, tail its long-option one (tail has
// long options compiled in), then the applet's usage.
func badOption(applet, arg string) string {
	msg := applet + ": invalid option -- '" + arg[1:2] + "'\n"
	if applet == "tail" && strings.HasPrefix(arg, "--") {
		msg = applet + ": unrecognized option '" + arg + "'\n"
	}
	return msg + usage[applet]
}

// usage is busybox 1.35's usage text of an applet (as printed after an
// option error: banner, blank line, usage).
var usage = map[string]string{
	"head": bbBanner + "Usage: head [OPTIONS] [FILE]...\n\nPrint first 10 lines of FILEs (or stdin).\n" +
		"With more than one FILE, precede each with a filename header.\n\n" +
		"\t-n N[bkm]\tPrint first N lines\n\t-n -N[bkm]\tPrint all except N last lines\n" +
		"\t-c [-]N[bkm]\tPrint first N bytes\n\t\t\t(b:*512 k:*1024 m:*1024^2)\n" +
		"\t-q\t\tNever print headers\n\t-v\t\tAlways print headers\n",
	"tail": bbBanner + "Usage: tail [OPTIONS] [FILE]...\n\nPrint last 10 lines of FILEs (or stdin) to.\n" +
		"With more than one FILE, precede each with a filename header.\n\n" +
		"\t-c [+]N[bkm]\tPrint last N bytes\n\t-n N[bkm]\tPrint last N lines\n" +
		"\t-n +N[bkm]\tStart on Nth line and print the rest\n\t\t\t(b:*512 k:*1024 m:*1024^2)\n" +
		"\t-q\t\tNever print headers\n\t-v\t\tAlways print headers\n" +
		"\t-f\t\tPrint data as file grows\n\t-F\t\tSame as -f, but keep retrying\n" +
		"\t-s SECONDS\tWait SECONDS between reads with -f\n",
}

const bbBanner = "BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n\n"
