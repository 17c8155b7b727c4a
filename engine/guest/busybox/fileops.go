package busybox

import (
	"path"
	"strconv"
	"strings"
)

// Applets that change files: cp, mv, ln, chmod, truncate, with
// busybox's messages. The guest's files that can change are the shell's
// own (in /tmp); the System says no to the others.

func registerFileOps() {
	for name, a := range map[string]applet{
		"cp": cpApplet, "mv": mvApplet, "ln": lnApplet, "chmod": chmodApplet, "truncate": truncateApplet,
		"dd": ddApplet,
	} {
		applets[name] = a
	}
}

// target is where SRC goes: into DEST when DEST is a folder.
func (c *ctx) target(src, dest string) string {
	p := c.sh.abs(dest)
	if fi, err := c.sh.sys.Stat(p); err == nil && fi.Type == Dir {
		return p + "/" + path.Base(src)
	}
	return p
}

// copyFile writes src's content to dst (created or truncated).
func (c *ctx) copyFile(src, dst string) error {
	data, err := c.sh.sys.ReadFile(src)
	if err == ErrNotModelled {
		c.sh.note("the content of " + src + " is not modelled in this simulated guest; the copy is empty")
		data, err = "", nil
	}
	if err != nil {
		return err
	}
	if err := c.sh.sys.Open(dst, false); err != nil {
		return err
	}
	if data == "" {
		return nil
	}
	return c.sh.sys.Write(dst, data)
}

// copyTree copies a folder and what it holds (cp -r).
func (c *ctx) copyTree(src, dst string) error {
	if err := c.sh.sys.Mkdir(dst); err != nil && err != EEXIST {
		return err
	}
	names, err := c.sh.sys.ReadDir(src)
	if err != nil {
		return err
	}
	for _, n := range names {
		fi, err := c.sh.sys.Stat(src + "/" + n)
		if err != nil {
			continue
		}
		if fi.Type == Dir {
			err = c.copyTree(src+"/"+n, dst+"/"+n)
		} else {
			err = c.copyFile(src+"/"+n, dst+"/"+n)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func cpApplet(c *ctx) int {
	opts, args, ok := c.getopt(optSpec{short: "aRrdPLHpvnfilsTu"})
	if !ok {
		return 1
	}
	if len(args) < 2 {
		return c.showUsage()
	}
	recursive := has(opts, "r") || has(opts, "R") || has(opts, "a")
	dest := args[len(args)-1]
	status := 0
	for _, src := range args[:len(args)-1] {
		sp := c.sh.abs(src)
		fi, err := c.sh.sys.Stat(sp)
		if err != nil {
			c.errMsg("can't stat '" + src + "': " + err.Error())
			status = 1
			continue
		}
		dst := c.target(src, dest)
		if fi.Type == Dir {
			if !recursive {
				c.errMsg("omitting directory '" + src + "'")
				status = 1
				continue
			}
			err = c.copyTree(sp, dst)
		} else {
			err = c.copyFile(sp, dst)
		}
		if err != nil {
			c.errMsg("can't create '" + dst + "': " + err.Error())
			status = 1
		}
	}
	return status
}

func mvApplet(c *ctx) int {
	_, args, ok := c.getopt(optSpec{short: "finTtv"})
	if !ok {
		return 1
	}
	if len(args) < 2 {
		return c.showUsage()
	}
	dest := args[len(args)-1]
	status := 0
	for _, src := range args[:len(args)-1] {
		sp := c.sh.abs(src)
		fi, err := c.sh.sys.Lstat(sp)
		if err == nil && fi.Type == Dir {
			c.sh.note("mv of a folder is not modelled in this simulated guest")
			continue
		}
		dst := c.target(src, dest)
		if err == nil {
			if err = c.copyFile(sp, dst); err == nil {
				err = c.sh.sys.Remove(sp, false)
			}
		}
		if err != nil {
			c.errMsg("can't rename '" + src + "': " + err.Error())
			status = 1
		}
	}
	return status
}

func lnApplet(c *ctx) int {
	opts, args, ok := c.getopt(optSpec{short: "sfnbS:vTr"})
	if !ok {
		return 1
	}
	if len(args) < 1 {
		return c.showUsage()
	}
	if len(args) == 1 {
		args = append(args, ".")
	}
	dest := args[len(args)-1]
	status := 0
	for _, src := range args[:len(args)-1] {
		dst := c.target(src, dest)
		var err error
		if has(opts, "f") {
			c.sh.sys.Remove(dst, false)
		}
		if has(opts, "s") {
			err = c.sh.sys.Symlink(src, dst)
		} else {
			c.sh.note("a hard link is a copy in this simulated guest (the real one shares the file)")
			if _, err = c.sh.sys.Stat(c.sh.abs(src)); err == nil {
				err = c.copyFile(c.sh.abs(src), dst)
			}
		}
		if err != nil {
			c.errMsg(dst + ": " + err.Error())
			status = 1
		}
	}
	return status
}

// parseMode is chmod's mode: octal, or symbolic clauses [ugoa]*[-+=][rwxXst]*
// joined by commas, applied to the current mode.
func parseMode(s string, cur uint32, dir bool) (uint32, bool) {
	if s == "" {
		return 0, false
	}
	if s[0] >= '0' && s[0] <= '7' {
		v, err := strconv.ParseUint(s, 8, 32)
		if err != nil || v > 0o7777 {
			return 0, false
		}
		return uint32(v), true
	}
	m := cur
	for _, clause := range strings.Split(s, ",") {
		i := 0
		var who uint32
		for i < len(clause) && strings.IndexByte("ugoa", clause[i]) >= 0 {
			who |= map[byte]uint32{'u': 0o4700, 'g': 0o2070, 'o': 0o1007, 'a': 0o7777}[clause[i]]
			i++
		}
		if i == len(clause) {
			return 0, false
		}
		for i < len(clause) {
			op := clause[i]
			if strings.IndexByte("+-=", op) < 0 {
				return 0, false
			}
			i++
			var bits uint32
			for i < len(clause) && strings.IndexByte("rwxXst", clause[i]) >= 0 {
				switch clause[i] {
				case 'r':
					bits |= 0o444
				case 'w':
					bits |= 0o222
				case 'x':
					bits |= 0o111
				case 'X':
					if dir || cur&0o111 != 0 {
						bits |= 0o111
					}
				case 's':
					bits |= 0o6000
				case 't':
					bits |= 0o1000
				}
				i++
			}
			w := who
			if w == 0 {
				w = 0o7777 // no who: all, less the umask (0022 here)
				bits &^= 0o022
			}
			bits &= w
			switch op {
			case '+':
				m |= bits
			case '-':
				m &^= bits
			case '=':
				m = m&^(w&0o7777) | bits
			}
		}
	}
	return m, true
}

func chmodApplet(c *ctx) int {
	args := c.args[1:]
	recursive := false
	for len(args) > 0 && (args[0] == "-R" || args[0] == "-v" || args[0] == "-f" || args[0] == "-c") {
		recursive = recursive || args[0] == "-R"
		args = args[1:]
	}
	if len(args) < 2 {
		return c.showUsage()
	}
	mode := args[0]
	if _, ok := parseMode(mode, 0, false); !ok {
		c.errMsg("invalid mode '" + mode + "'")
		return 1
	}
	status := 0
	var apply func(name, p string)
	apply = func(name, p string) {
		fi, err := c.sh.sys.Stat(p)
		if err == nil {
			m, _ := parseMode(mode, fi.Perm, fi.Type == Dir)
			err = c.sh.sys.Chmod(p, m)
		}
		if err != nil {
			c.errMsg(name + ": " + err.Error())
			status = 1
			return
		}
		if recursive && fi.Type == Dir {
			names, _ := c.sh.sys.ReadDir(p)
			for _, n := range names {
				apply(name+"/"+n, p+"/"+n)
			}
		}
	}
	for _, a := range args[1:] {
		apply(a, c.sh.abs(a))
	}
	return status
}

// truncateApplet is truncate -s SIZE [-c] FILE...: cut or pad with NULs.
func truncateApplet(c *ctx) int {
	opts, args, ok := c.getopt(optSpec{short: "cs:"})
	if !ok {
		return 1
	}
	size := ""
	for _, o := range opts {
		if o.name == "s" {
			size = o.arg
		}
	}
	if size == "" || len(args) == 0 {
		return c.showUsage()
	}
	n, ok := suffixedNumber(size, truncateSuffixes)
	if !ok {
		return c.invalidNumber(size)
	}
	if n > maxBuffered {
		c.sh.note("truncate beyond " + strconv.Itoa(maxBuffered) + " bytes is not modelled in this simulated guest")
		return 0
	}
	status := 0
	for _, a := range args {
		p := c.sh.abs(a)
		data, err := c.sh.sys.ReadFile(p)
		if err == ENOENT {
			if has(opts, "c") {
				continue
			}
			data, err = "", nil
		}
		if err == nil {
			if int64(len(data)) >= n {
				data = data[:n]
			} else {
				data += strings.Repeat("\x00", int(n)-len(data))
			}
			if err = c.sh.sys.Open(p, false); err == nil && data != "" {
				err = c.sh.sys.Write(p, data)
			}
		}
		if err != nil {
			c.errMsg("'" + a + "': " + err.Error())
			status = 1
		}
	}
	return status
}

// suffix is a multiplier a number may end with (busybox's struct suffix_mult).
type suffix struct {
	s string
	m int64
}

// Each applet's suffixes, as busybox gives xatoull_sfx: truncate's sizes
// and dd's operands.
var (
	truncateSuffixes = []suffix{{"kB", 1000}, {"KB", 1000}, {"MB", 1000 * 1000}, {"GB", 1000 * 1000 * 1000},
		{"k", 1024}, {"K", 1024}, {"M", 1 << 20}, {"G", 1 << 30}, {"b", 512}}
	ddSuffixes = []suffix{{"kB", 1000}, {"MB", 1000 * 1000}, {"GB", 1000 * 1000 * 1000}, {"c", 1}, {"w", 2},
		{"b", 512}, {"k", 1024}, {"M", 1 << 20}, {"G", 1 << 30}}
)

// suffixedNumber is a non-negative number with one of an applet's
// suffixes (xatoull_sfx).
func suffixedNumber(s string, table []suffix) (int64, bool) {
	mult := int64(1)
	for _, sfx := range table {
		if strings.HasSuffix(s, sfx.s) {
			s, mult = strings.TrimSuffix(s, sfx.s), sfx.m
			break
		}
	}
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil || v < 0 {
		return 0, false
	}
	return v * mult, true
}

// ddApplet copies blocks as busybox's dd does, and reports the records
// it read and wrote on stderr (this busybox prints no byte or rate line).
func ddApplet(c *ctx) int {
	ops := map[string]string{}
	for _, a := range c.args[1:] {
		k, v, ok := strings.Cut(a, "=")
		switch k {
		case "if", "of", "bs", "ibs", "obs", "count", "skip", "seek", "conv", "iflag", "oflag", "status":
		default:
			ok = false
		}
		if !ok {
			return c.showUsage()
		}
		ops[k] = v
	}
	num := func(k string, def, min int64) (int64, bool) {
		v, ok := ops[k]
		if !ok {
			return def, true
		}
		n, ok := suffixedNumber(v, ddSuffixes)
		if !ok {
			c.errMsg("invalid number '" + v + "'")
			return 0, false
		}
		if n < min {
			c.errMsg("number " + strconv.FormatInt(n, 10) + " is not in " + strconv.FormatInt(min, 10) + "..9223372036854775807 range")
			return 0, false
		}
		return n, true
	}
	ibs, ok1 := num("ibs", 512, 1)
	obs, ok2 := num("obs", 512, 1)
	bs, ok3 := num("bs", 0, 1)
	count, ok4 := num("count", -1, 0)
	skip, ok5 := num("skip", 0, 0)
	seek, ok6 := num("seek", 0, 0)
	if !(ok1 && ok2 && ok3 && ok4 && ok5 && ok6) {
		return 1
	}
	if _, ok := ops["bs"]; ok {
		ibs, obs = bs, bs
	}
	flags := ops["conv"] + "," + ops["iflag"] + "," + ops["oflag"]
	in := ops["if"]
	var data string
	switch p := c.sh.abs(in); {
	case in == "":
		data = c.stdin()
	case p == "/dev/zero":
		if count < 0 {
			c.sh.note("dd from /dev/zero without count= never ends; the simulator stopped it")
			return 1
		}
		n := (count + skip) * ibs
		if strings.Contains(flags, "count_bytes") {
			n = count + skip*ibs
		}
		if n > maxBuffered {
			c.sh.note("dd of more than " + strconv.Itoa(maxBuffered) + " bytes is not modelled in this simulated guest")
			return 1
		}
		data = strings.Repeat("\x00", int(n))
	default:
		s, err := c.file(in)
		if err != nil {
			c.errMsg("can't open '" + in + "': " + err.Error())
			return 1
		}
		data = s
	}
	if strings.Contains(flags, "skip_bytes") {
		data = data[min(int64(len(data)), skip):]
	} else {
		data = data[min(int64(len(data)), skip*ibs):]
	}
	if count >= 0 {
		n := count * ibs
		if strings.Contains(flags, "count_bytes") {
			n = count
		}
		data = data[:min(int64(len(data)), n)]
	}
	records := func(n, size int64) string {
		part := "0"
		if n%size != 0 {
			part = "1"
		}
		return strconv.FormatInt(n/size, 10) + "+" + part
	}
	in1 := records(int64(len(data)), ibs)
	out1 := records(int64(len(data)), obs)
	if out := ops["of"]; out != "" {
		p := c.sh.abs(out)
		old, _ := c.sh.sys.ReadFile(p)
		at := seek * obs
		if strings.Contains(flags, "seek_bytes") {
			at = seek
		}
		if at > maxBuffered {
			c.sh.note("dd seek beyond " + strconv.Itoa(maxBuffered) + " bytes is not modelled in this simulated guest")
			return 1
		}
		content := old
		if int64(len(content)) < at {
			content += strings.Repeat("\x00", int(at)-len(content))
		}
		rest := ""
		if strings.Contains(flags, "notrunc") && int64(len(content)) > at+int64(len(data)) {
			rest = content[at+int64(len(data)):]
		}
		content = content[:at] + data + rest
		if strings.Contains(flags, "append") {
			content = old + data
		}
		err := c.sh.sys.Open(p, false)
		if err == nil && content != "" {
			err = c.sh.sys.Write(p, content)
		}
		if err != nil {
			c.errMsg("can't open '" + out + "': " + err.Error())
			return 1
		}
	} else if !c.out(data) {
		return c.finish(1)
	}
	if ops["status"] != "none" {
		c.sh.write(c.fds[2], in1+" records in\n"+out1+" records out\n")
	}
	return 0
}
