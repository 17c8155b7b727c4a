package busybox

import (
	"fmt"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Applets over files and the kernel: ls, nproc, dmesg, uname, readlink,
// sleep, date, uptime, mkdir, rm, touch, env, id, hostname, which,
// poweroff/reboot/halt, xargs.

func registerFileApplets() {
	for name, a := range map[string]applet{
		"ls": lsApplet, "nproc": nprocApplet, "dmesg": dmesgApplet, "uname": unameApplet,
		"readlink": readlinkApplet, "realpath": realpathApplet, "sleep": sleepApplet, "usleep": usleepApplet,
		"date": dateApplet, "uptime": uptimeApplet, "mkdir": mkdirApplet, "rm": rmApplet, "rmdir": rmdirApplet,
		"touch": touchApplet, "env": envApplet, "printenv": envApplet, "id": idApplet, "whoami": whoamiApplet,
		"hostname": hostnameApplet, "which": whichApplet, "poweroff": rebootApplet, "reboot": rebootApplet,
		"halt": rebootApplet, "sync": func(*ctx) int { return 0 }, "xargs": xargsApplet, "arch": archApplet,
		"tty": ttyApplet, "lsmod": lsmodApplet, "mount": mountApplet, "df": dfApplet, "pwd": func(c *ctx) int { c.out(c.sh.st.cwd + "\n"); return c.finish(0) },
	} {
		applets[name] = a
	}
}

// --- ls ---

type lsEntry struct {
	name, full string
	fi         FileInfo
}

type lsRun struct {
	c                               *ctx
	long, one, all, almost, dirOnly bool
	classify, slash, inode, recurse bool
	reverse, bySize, byTime, noSort bool
	columnsAcross                   bool
	width                           int
}

func lsApplet(c *ctx) int {
	opts, args, ok := c.getopt(optSpec{short: "Cadi1lgnsxAkFpRQctuSXrvLHhT:w:",
		long:     map[string]bool{"full-time": false, "group-directories-first": false},
		optional: map[string]bool{"color": true}})
	if !ok {
		return 1
	}
	r := &lsRun{c: c, width: 79}
	mode := ""
	for _, o := range opts {
		switch o.name {
		case "l", "n", "g":
			mode = "l"
		case "1":
			mode = "1"
		case "C":
			mode = "C"
		case "x":
			mode = "x"
		case "a":
			r.all = true
		case "A":
			r.almost = true
		case "d":
			r.dirOnly = true
		case "F":
			r.classify = true
		case "p":
			r.slash = true
		case "R":
			r.recurse = true
		case "r":
			r.reverse = true
		case "S":
			r.bySize = true
		case "t":
			r.byTime = true
		case "k", "H", "L", "T", "c", "u", "color", "group-directories-first":
		case "w":
			n, err := strconv.Atoi(o.arg)
			if err != nil {
				return c.invalidNumber(o.arg)
			}
			r.width = n - 1
		default:
			return c.notModelledOption(o.name)
		}
	}
	if mode == "" {
		mode = "1"
		if c.fds[1] != nil && c.fds[1].kind == sTerm {
			mode = "C"
		}
	}
	r.long, r.one = mode == "l", mode == "1"
	r.columnsAcross = mode == "x"
	if r.dirOnly {
		r.recurse = false
	}
	if len(args) == 0 {
		args = []string{"."}
	}
	status := 0
	var files, dirs []lsEntry
	follow := !r.long && !r.classify
	for _, a := range args {
		p := c.sh.abs(a)
		stat := c.sh.sys.Lstat
		if follow {
			stat = c.sh.sys.Stat
		}
		fi, err := stat(p)
		if err != nil {
			c.errMsg(a + ": " + err.Error())
			status = 1
			continue
		}
		e := lsEntry{name: a, full: p, fi: fi}
		if fi.Type == Dir && !r.dirOnly {
			dirs = append(dirs, e)
		} else {
			files = append(files, e)
		}
	}
	showDirName := len(args) > 1
	if len(files) > 0 {
		r.display(r.sorted(files))
	}
	first := len(files) == 0
	for _, d := range r.sorted(dirs) {
		r.dir(d, showDirName || r.recurse, &first)
	}
	return c.finish(status)
}

func (r *lsRun) sorted(es []lsEntry) []lsEntry {
	sort.SliceStable(es, func(i, j int) bool {
		a, b := es[i], es[j]
		var less bool
		switch {
		case r.bySize && a.fi.Size != b.fi.Size:
			less = a.fi.Size > b.fi.Size
		case r.byTime && a.fi.ModTime != b.fi.ModTime:
			less = a.fi.ModTime > b.fi.ModTime
		default:
			less = a.name < b.name
		}
		if r.reverse {
			return !less
		}
		return less
	})
	return es
}

func (r *lsRun) dir(d lsEntry, label bool, first *bool) {
	c := r.c
	if label {
		if !*first {
			c.out("\n")
		}
		c.out(d.name + ":\n")
	}
	*first = false
	names, err := c.sh.sys.ReadDir(d.full)
	if err == ErrNotModelled {
		c.sh.note("the contents of " + d.name + " are not modelled in this simulated guest")
		return
	}
	if err != nil {
		c.errMsg(d.name + ": " + err.Error())
		return
	}
	var es []lsEntry
	if r.all {
		names = append([]string{".", ".."}, names...)
	}
	for _, n := range names {
		if strings.HasPrefix(n, ".") && !r.all && !r.almost {
			continue
		}
		full := d.full + "/" + n
		if d.full == "/" {
			full = "/" + n
		}
		var fi FileInfo
		switch n {
		case ".":
			fi, err = c.sh.sys.Stat(d.full)
		case "..":
			fi, err = c.sh.sys.Stat(dirname(d.full))
		default:
			fi, err = c.sh.sys.Lstat(full)
		}
		if err != nil {
			continue
		}
		prefix := d.name
		if !strings.HasSuffix(prefix, "/") {
			prefix += "/"
		}
		es = append(es, lsEntry{name: n, full: full, fi: fi})
		_ = prefix
	}
	if r.long {
		var total int64
		for _, e := range es {
			total += e.fi.Blocks
		}
		c.out(fmt.Sprintf("total %d\n", total))
	}
	es = r.sorted(es)
	if len(es) > 0 {
		r.display(es)
	}
	if r.recurse {
		for _, e := range es {
			if e.fi.Type == Dir && e.name != "." && e.name != ".." {
				sub := e
				sub.name = strings.TrimSuffix(d.name, "/") + "/" + e.name
				if d.name == "/" {
					sub.name = "/" + e.name
				}
				r.dir(sub, true, first)
			}
		}
	}
}

func (r *lsRun) display(es []lsEntry) {
	c := r.c
	if r.long || r.one {
		for _, e := range es {
			c.out(r.single(e) + "\n")
		}
		return
	}
	colw := 0
	for _, e := range es {
		if l := len(e.name); l > colw {
			colw = l
		}
	}
	colw += 2
	ncols := 1
	if colw > 0 {
		ncols = r.width / colw
	}
	nrows := len(es)
	if ncols > 1 {
		nrows = len(es) / ncols
		if nrows*ncols < len(es) {
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
			if r.columnsAcross {
				i = row*ncols + nc
			}
			if i >= len(es) {
				continue
			}
			if column > 0 {
				nexttab -= column
				b.WriteString(strings.Repeat(" ", nexttab))
				column += nexttab
			}
			nexttab = column + colw
			s := r.single(es[i])
			b.WriteString(s)
			column += len(s)
		}
		b.WriteString("\n")
	}
	c.out(b.String())
}

func (r *lsRun) suffix(fi FileInfo) string {
	switch {
	case fi.Type == Dir:
		return "/"
	case !r.classify:
		return ""
	case fi.Type == Symlink:
		return "@"
	case fi.Type == Regular && fi.Perm&0o111 != 0:
		return "*"
	}
	return ""
}

// single is one entry as display_single prints it.
func (r *lsRun) single(e lsEntry) string {
	var b strings.Builder
	if r.long {
		fi := e.fi
		b.WriteString(modeString(fi) + " ")
		fmt.Fprintf(&b, "%4d ", fi.Nlink)
		fmt.Fprintf(&b, "%-8.8s %-8.8s ", "0", "0")
		if fi.Type == CharDev {
			fmt.Fprintf(&b, "%4d, %3d ", fi.Major, fi.Minor)
		} else {
			fmt.Fprintf(&b, "%9d ", fi.Size)
		}
		b.WriteString(lsTime(fi.ModTime, r.c.sh.sys.Kernel().Now()))
	}
	b.WriteString(e.name)
	if r.long && e.fi.Type == Symlink {
		target, err := r.c.sh.sys.Readlink(e.full)
		if err == nil {
			b.WriteString(" -> " + target)
		}
	}
	if r.classify || r.slash {
		fi := e.fi
		if e.fi.Type == Symlink && r.long {
			if t, err := r.c.sh.sys.Stat(e.full); err == nil {
				fi = t
			}
		}
		b.WriteString(r.suffix(fi))
	}
	return b.String()
}

// modeString is bb_mode_string: "drwxr-xr-x".
func modeString(fi FileInfo) string {
	t := byte('-')
	switch fi.Type {
	case Dir:
		t = 'd'
	case Symlink:
		t = 'l'
	case CharDev:
		t = 'c'
	}
	b := []byte{t}
	const rwx = "rwxrwxrwx"
	for i := 0; i < 9; i++ {
		if fi.Perm&(1<<(8-i)) != 0 {
			b = append(b, rwx[i])
		} else {
			b = append(b, '-')
		}
	}
	if fi.Perm&0o1000 != 0 {
		if b[9] == 'x' {
			b[9] = 't'
		} else {
			b[9] = 'T'
		}
	}
	return string(b)
}

// lsTime is ls -l's time column: "Mon dd hh:mm " within six months, else
// "Mon dd  yyyy ".
func lsTime(t, now int64) string {
	tm := time.Unix(t, 0).UTC()
	age := now - t
	if age < 3600*24*365/2 && age > -15*60 {
		return tm.Format("Jan _2 15:04 ")
	}
	return tm.Format("Jan _2  2006 ")
}

// --- system information ---

func nprocApplet(c *ctx) int {
	opts, _, ok := c.getopt(optSpec{short: "", long: map[string]bool{"ignore": true, "all": false}})
	if !ok {
		return 1
	}
	count := len(c.sh.effective(c.sh.st.affinity))
	ignore := 0
	for _, o := range opts {
		switch o.name {
		case "all":
			count = 0
			names, _ := c.sh.sys.ReadDir("/sys/devices/system/cpu")
			for _, n := range names {
				if i := strings.Index(n, "cpu"); i >= 0 {
					rest := n[i:]
					if last := rest[len(rest)-1]; last >= '0' && last <= '9' {
						count++
					}
				}
			}
		case "ignore":
			n, err := strconv.ParseUint(o.arg, 10, 32)
			if err != nil {
				return c.invalidNumber(o.arg)
			}
			ignore = int(n)
		}
	}
	count -= ignore
	if count <= 0 {
		count = 1
	}
	c.out(strconv.Itoa(count) + "\n")
	return c.finish(0)
}

func dmesgApplet(c *ctx) int {
	opts, _, ok := c.getopt(optSpec{short: "cs:n:r"})
	if !ok {
		return 1
	}
	if len(opts) > 0 {
		return c.notModelledOption(opts[0].name)
	}
	lines := c.sh.sys.Kernel().Dmesg()
	if len(lines) == 0 {
		return 0
	}
	c.out(strings.Join(lines, "\n") + "\n")
	return c.finish(0)
}

func unameApplet(c *ctx) int {
	opts, args, ok := c.getopt(optSpec{short: "snrvmpioa",
		long: map[string]bool{"all": false, "kernel-name": false, "nodename": false, "kernel-release": false,
			"kernel-version": false, "machine": false, "processor": false, "hardware-platform": false,
			"operating-system": false}})
	if !ok {
		return 1
	}
	if len(args) > 0 {
		return c.showUsage()
	}
	u := c.sh.sys.Kernel().Uname()
	// s n r v m p i o
	want := [8]bool{}
	for _, o := range opts {
		switch o.name {
		case "a", "all":
			for i := range want {
				want[i] = true
			}
		default:
			k := strings.Index("snrvmpio", o.name)
			if k < 0 {
				k = map[string]int{"kernel-name": 0, "nodename": 1, "kernel-release": 2, "kernel-version": 3,
					"machine": 4, "processor": 5, "hardware-platform": 6, "operating-system": 7}[o.name]
			}
			want[k] = true
		}
	}
	if want == [8]bool{} {
		want[0] = true
	}
	all := want == [8]bool{true, true, true, true, true, true, true, true}
	fields := []string{u[0], u[1], u[2], u[3], u[4], "unknown", "unknown", "GNU/Linux"}
	var out []string
	for i, f := range fields {
		if !want[i] {
			continue
		}
		// -a leaves out processor and platform when they are unknown.
		if all && (i == 5 || i == 6) {
			continue
		}
		out = append(out, f)
	}
	c.out(strings.Join(out, " ") + "\n")
	return c.finish(0)
}

func archApplet(c *ctx) int {
	c.out(c.sh.sys.Kernel().Uname()[4] + "\n")
	return c.finish(0)
}

func ttyApplet(c *ctx) int {
	if c.fds[0] != nil && c.fds[0].kind == sTerm {
		c.sh.note("tty names the console device; not modelled in this simulated guest")
		return 0
	}
	c.out("not a tty\n")
	return 1
}

func readlinkApplet(c *ctx) int {
	opts, args, ok := c.getopt(optSpec{short: "fnvsq"})
	if !ok {
		return 1
	}
	if len(args) != 1 {
		return c.showUsage()
	}
	p := c.sh.abs(args[0])
	if has(opts, "f") {
		c.out(c.resolve(p) + "\n")
		return c.finish(0)
	}
	t, err := c.sh.sys.Readlink(p)
	if err != nil {
		return 1
	}
	if has(opts, "n") {
		c.out(t)
	} else {
		c.out(t + "\n")
	}
	return c.finish(0)
}

// resolve follows symbolic links along a path.
func (c *ctx) resolve(p string) string {
	parts := strings.Split(strings.Trim(p, "/"), "/")
	cur := "/"
	for i := 0; i < len(parts); i++ {
		if parts[i] == "" {
			continue
		}
		next := strings.TrimSuffix(cur, "/") + "/" + parts[i]
		if t, err := c.sh.sys.Readlink(next); err == nil {
			if !strings.HasPrefix(t, "/") {
				t = cur + "/" + t
			}
			next = path.Clean(t)
		}
		cur = next
	}
	return cur
}

func realpathApplet(c *ctx) int {
	if len(c.args) < 2 {
		return c.showUsage()
	}
	status := 0
	for _, a := range c.args[1:] {
		p := c.resolve(c.sh.abs(a))
		if _, err := c.sh.sys.Stat(p); err != nil {
			c.errMsg(a + ": " + err.Error())
			status = 1
			continue
		}
		c.out(p + "\n")
	}
	return c.finish(status)
}

func sleepApplet(c *ctx) int {
	if len(c.args) < 2 {
		return c.showUsage()
	}
	var total float64
	for _, a := range c.args[1:] {
		mult := 1.0
		s := a
		switch {
		case strings.HasSuffix(s, "s"):
			s = s[:len(s)-1]
		case strings.HasSuffix(s, "m"):
			mult, s = 60, s[:len(s)-1]
		case strings.HasSuffix(s, "h"):
			mult, s = 3600, s[:len(s)-1]
		case strings.HasSuffix(s, "d"):
			mult, s = 86400, s[:len(s)-1]
		}
		v, err := strconv.ParseFloat(s, 64)
		if err != nil || v < 0 {
			return c.invalidNumber(a)
		}
		total += v * mult
	}
	c.sleep(total)
	return 0
}

func usleepApplet(c *ctx) int {
	if len(c.args) != 2 {
		return c.showUsage()
	}
	v, err := strconv.ParseUint(c.args[1], 10, 32)
	if err != nil {
		return c.invalidNumber(c.args[1])
	}
	c.sleep(float64(v) / 1e6)
	return 0
}

// maxSleep bounds one line's sleeping on the virtual clock.
const maxSleep = 600.0

func (c *ctx) sleep(seconds float64) {
	if seconds > maxSleep {
		c.sh.sys.Kernel().Sleep(int64(maxSleep * 1e6))
		panic(overBudget{"slept longer than ten minutes"})
	}
	c.sh.sys.Kernel().Sleep(int64(seconds * 1e6))
}

func dateApplet(c *ctx) int {
	_, args, ok := c.getopt(optSpec{short: "Rs:ud:D:r:I",
		long: map[string]bool{"rfc-822": false, "set": true, "utc": false, "date": true, "reference": true}})
	if !ok {
		return 1
	}
	t := time.Unix(c.sh.sys.Kernel().Now(), 0).UTC()
	if len(args) == 1 && strings.HasPrefix(args[0], "+") {
		c.out(strftime(args[0][1:], t) + "\n")
		return c.finish(0)
	}
	if len(args) > 0 {
		c.sh.note("setting the date is not modelled in this simulated guest")
		return 0
	}
	c.out(t.Format("Mon Jan _2 15:04:05 MST 2006") + "\n")
	return c.finish(0)
}

// strftime handles the common conversions.
func strftime(f string, t time.Time) string {
	var b strings.Builder
	for i := 0; i < len(f); i++ {
		if f[i] != '%' || i+1 >= len(f) {
			b.WriteByte(f[i])
			continue
		}
		i++
		switch f[i] {
		case 'Y':
			b.WriteString(t.Format("2006"))
		case 'm':
			b.WriteString(t.Format("01"))
		case 'd':
			b.WriteString(t.Format("02"))
		case 'H':
			b.WriteString(t.Format("15"))
		case 'M':
			b.WriteString(t.Format("04"))
		case 'S':
			b.WriteString(t.Format("05"))
		case 's':
			b.WriteString(strconv.FormatInt(t.Unix(), 10))
		case 'F':
			b.WriteString(t.Format("2006-01-02"))
		case 'T':
			b.WriteString(t.Format("15:04:05"))
		case 'a':
			b.WriteString(t.Format("Mon"))
		case 'b':
			b.WriteString(t.Format("Jan"))
		case 'Z':
			b.WriteString("UTC")
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(f[i])
		}
	}
	return b.String()
}

func uptimeApplet(c *ctx) int {
	k := c.sh.sys.Kernel()
	t := time.Unix(k.Now(), 0).UTC()
	up := int64(k.Uptime())
	mins := up / 60
	var upStr string
	switch {
	case mins >= 60*24:
		days := mins / (60 * 24)
		s := "s"
		if days == 1 {
			s = ""
		}
		upStr = fmt.Sprintf("%d day%s, ", days, s)
		mins %= 60 * 24
		fallthrough
	default:
		if mins >= 60 {
			upStr += fmt.Sprintf("%2d:%02d", mins/60, mins%60)
		} else {
			upStr += fmt.Sprintf("%d min", mins)
		}
	}
	c.out(fmt.Sprintf(" %s up %s,  0 users,  load average: 0.00, 0.00, 0.00\n", t.Format("15:04:05"), upStr))
	c.sh.note("the load average is not modelled in this simulated guest")
	return c.finish(0)
}

func mkdirApplet(c *ctx) int {
	opts, args, ok := c.getopt(optSpec{short: "m:pv", long: map[string]bool{"mode": true, "parents": false,
		"verbose": false}})
	if !ok {
		return 1
	}
	if len(args) == 0 {
		return c.showUsage()
	}
	parents := has(opts, "p") || has(opts, "parents")
	status := 0
	for _, a := range args {
		p := c.sh.abs(a)
		if parents {
			cur := ""
			for _, part := range strings.Split(strings.Trim(p, "/"), "/") {
				cur += "/" + part
				if fi, err := c.sh.sys.Stat(cur); err == nil && fi.Type == Dir {
					continue
				}
				if err := c.sh.sys.Mkdir(cur); err != nil {
					c.errMsg("can't create directory '" + a + "': " + err.Error())
					status = 1
					break
				}
			}
			continue
		}
		if err := c.sh.sys.Mkdir(p); err != nil {
			c.errMsg("can't create directory '" + a + "': " + err.Error())
			status = 1
		}
	}
	return status
}

func rmApplet(c *ctx) int {
	opts, args, ok := c.getopt(optSpec{short: "fiRrv"})
	if !ok {
		return 1
	}
	force, recursive := has(opts, "f"), has(opts, "r") || has(opts, "R")
	if len(args) == 0 && !force {
		return c.showUsage()
	}
	status := 0
	for _, a := range args {
		p := c.sh.abs(a)
		fi, err := c.sh.sys.Lstat(p)
		if err != nil {
			if !force {
				c.errMsg("can't remove '" + a + "': " + err.Error())
				status = 1
			}
			continue
		}
		if fi.Type == Dir && !recursive {
			c.errMsg("'" + a + "' is a directory")
			status = 1
			continue
		}
		if err := c.removeAll(p, fi.Type == Dir); err != nil {
			c.errMsg("can't remove '" + a + "': " + err.Error())
			status = 1
		}
	}
	return status
}

func (c *ctx) removeAll(p string, dir bool) error {
	if dir {
		names, _ := c.sh.sys.ReadDir(p)
		for _, n := range names {
			fi, err := c.sh.sys.Lstat(p + "/" + n)
			if err == nil {
				if err := c.removeAll(p+"/"+n, fi.Type == Dir); err != nil {
					return err
				}
			}
		}
	}
	return c.sh.sys.Remove(p, dir)
}

func rmdirApplet(c *ctx) int {
	_, args, ok := c.getopt(optSpec{short: "pv"})
	if !ok {
		return 1
	}
	if len(args) == 0 {
		return c.showUsage()
	}
	status := 0
	for _, a := range args {
		if err := c.sh.sys.Remove(c.sh.abs(a), true); err != nil {
			c.errMsg("'" + a + "': " + err.Error())
			status = 1
		}
	}
	return status
}

func touchApplet(c *ctx) int {
	opts, args, ok := c.getopt(optSpec{short: "cd:t:r:hamf"})
	if !ok {
		return 1
	}
	if len(args) == 0 {
		return c.showUsage()
	}
	status := 0
	for _, a := range args {
		p := c.sh.abs(a)
		if _, err := c.sh.sys.Stat(p); err == nil {
			continue
		}
		if has(opts, "c") {
			continue
		}
		if err := c.sh.sys.Open(p, true); err != nil {
			c.errMsg("can't touch '" + a + "': " + err.Error())
			status = 1
		}
	}
	return status
}

func envApplet(c *ctx) int {
	if c.args[0] == "env" {
		opts, args, ok := c.getopt(optSpec{short: "+iu:0"})
		if !ok {
			return 1
		}
		env := c.sh.environ(nil)
		for _, o := range opts {
			switch o.name {
			case "i":
				env = nil
			case "u":
				var keep []string
				for _, e := range env {
					if k, _, _ := strings.Cut(e, "="); k != o.arg {
						keep = append(keep, e)
					}
				}
				env = keep
			case "0":
				return c.notModelledOption("0")
			}
		}
		if len(args) > 0 && args[0] == "-" {
			env, args = nil, args[1:]
		}
		for len(args) > 0 && strings.Contains(args[0], "=") {
			env = append(env, args[0])
			args = args[1:]
		}
		if len(args) > 0 {
			c.sh.note("env running a command is not modelled in this simulated guest")
			return 0
		}
		if len(env) > 0 {
			c.out(strings.Join(env, "\n") + "\n")
		}
		return c.finish(0)
	}
	if c.args[0] == "printenv" {
		env := c.sh.environ(nil)
		if len(c.args) == 1 {
			c.out(strings.Join(env, "\n") + "\n")
			return c.finish(0)
		}
		status := 0
		for _, n := range c.args[1:] {
			found := false
			for _, e := range env {
				if k, v, _ := strings.Cut(e, "="); k == n {
					c.out(v + "\n")
					found = true
				}
			}
			if !found {
				status = 1
			}
		}
		return c.finish(status)
	}
	if len(c.args) > 1 {
		c.sh.note("env running a command is not modelled in this simulated guest")
		return 0
	}
	env := c.sh.environ(nil)
	c.out(strings.Join(env, "\n") + "\n")
	return c.finish(0)
}

// idApplet: root, and no /etc/passwd in the initramfs to name it.
func idApplet(c *ctx) int {
	opts, args, ok := c.getopt(optSpec{short: "ugGnr"})
	if !ok {
		return 1
	}
	if len(args) > 0 {
		c.errMsg("unknown user " + args[0])
		return 1
	}
	names := has(opts, "n")
	if has(opts, "u") || has(opts, "g") || has(opts, "G") {
		if names {
			c.out("0")
			c.errMsg("unknown ID 0")
			c.out("\n")
			return c.finish(1)
		}
		c.out("0\n")
		return c.finish(0)
	}
	c.out("uid=0 gid=0\n")
	return c.finish(0)
}

func whoamiApplet(c *ctx) int {
	// The initramfs has no /etc/passwd.
	c.errMsg("unknown uid 0")
	return 1
}

func hostnameApplet(c *ctx) int {
	if len(c.args) > 1 {
		c.sh.note("setting the host name is not modelled in this simulated guest")
		return 0
	}
	c.out(c.sh.sys.Kernel().Uname()[1] + "\n")
	return c.finish(0)
}

func whichApplet(c *ctx) int {
	_, args, ok := c.getopt(optSpec{short: "a"})
	if !ok {
		return 1
	}
	if len(args) == 0 {
		return c.showUsage()
	}
	status := 0
	for _, n := range args {
		if strings.Contains(n, "/") {
			if fi, err := c.sh.sys.Stat(c.sh.abs(n)); err == nil && fi.Type == Regular && fi.Perm&0o111 != 0 {
				c.out(n + "\n")
				continue
			}
			status = 1
			continue
		}
		if isApplet(n) {
			c.out("/bin/" + n + "\n")
			continue
		}
		status = 1
	}
	return c.finish(status)
}

// rebootApplet: poweroff, reboot, halt. Without -f they signal init,
// which is the shell here and ignores it; with -f they call reboot(2).
func rebootApplet(c *ctx) int {
	opts, _, ok := c.getopt(optSpec{short: "d:nf"})
	if !ok {
		return 1
	}
	if has(opts, "d") {
		c.sh.note(c.args[0] + " -d waits before acting; the simulator acts at once")
	}
	if !has(opts, "f") {
		// kill(1, signal): init is this shell, which has no handler.
		return 0
	}
	c.sh.sys.Kernel().Reboot(c.args[0])
	return 0
}

// xargsRun runs one command line of xargs (stdin empty); -t echoes it.
func (c *ctx) xargsRun(cmd []string, trace bool) int {
	if trace {
		c.sh.write(c.fds[2], strings.Join(cmd, " ")+"\n")
	}
	f := c.fds.clone()
	f[0] = &stream{kind: sIn, in: &input{}}
	if _, ok := builtins[cmd[0]]; ok && applets[cmd[0]] != nil {
		return applets[cmd[0]](newCtx(c.sh, cmd, f))
	}
	return c.sh.runExternal(cmd, f)
}

func xargsApplet(c *ctx) int {
	opts, args, ok := c.getopt(optSpec{short: "+n:s:tl0rxI:pE:e"})
	if !ok {
		return 1
	}
	perCall := 0
	for _, o := range opts {
		switch o.name {
		case "n":
			n, err := strconv.Atoi(o.arg)
			if err != nil || n <= 0 {
				return c.invalidNumber(o.arg)
			}
			perCall = n
		case "r", "t", "x", "I", "0":
		default:
			return c.notModelledOption(o.name)
		}
	}
	if len(args) == 0 {
		args = []string{"echo"}
	}
	var items []string
	repl, withRepl := "", false
	for _, o := range opts {
		if o.name == "I" {
			repl, withRepl = o.arg, true
		}
	}
	if withRepl {
		// -I: one command per non-empty input line, taken whole, with
		// every REPL in the arguments replaced by it.
		for _, line := range strings.Split(c.stdin(), "\n") {
			// Leading blanks are skipped, trailing ones kept.
			if line = strings.TrimLeft(line, " \t"); line != "" {
				items = append(items, line)
			}
		}
		tmpl := args
		args = nil
		status := 0
		for _, line := range items {
			cmd := make([]string, len(tmpl))
			for i, a := range tmpl {
				cmd[i] = strings.ReplaceAll(a, repl, line)
			}
			if st := c.xargsRun(cmd, has(opts, "t")); st == 127 {
				status = 127
			} else if st != 0 && status == 0 {
				status = 123
			}
		}
		return status
	}
	if has(opts, "0") { // items end with NUL bytes, taken as they are
		items = strings.Split(c.stdin(), "\x00")
		if items[len(items)-1] == "" {
			items = items[:len(items)-1]
		}
	} else {
		items = strings.Fields(c.stdin())
	}
	if len(items) == 0 && has(opts, "r") {
		return 0
	}
	status := 0
	run := func(batch []string) {
		cmd := append(append([]string(nil), args...), batch...)
		st := c.xargsRun(cmd, has(opts, "t"))
		switch {
		case st == 127:
			status = 127
		case st != 0 && status == 0:
			status = 123
		}
	}
	if perCall == 0 {
		run(items)
		return status
	}
	for i := 0; i < len(items); i += perCall {
		run(items[i:min(len(items), i+perCall)])
	}
	if len(items) == 0 {
		run(nil)
	}
	return status
}

// lsmodApplet is busybox's lsmod in this guest: its kernel has no modules
// loaded, so the header is all (recorded), with check_tainted's word on
// /proc/sys/kernel/tainted.
func lsmodApplet(c *ctx) int {
	data, err := c.file("/proc/modules")
	if err != nil {
		c.errMsg("can't open '/proc/modules': " + err.Error())
		return 1
	}
	if data != "" {
		c.sh.note("lsmod's module lines are not modelled in this simulated guest")
	}
	t, _ := c.file("/proc/sys/kernel/tainted")
	c.out("Module                  Size  Used by" + taintWord(cAtoi(t)) + "\n")
	return c.finish(0)
}

// cAtoi is the C library's atoi: blanks, a sign, then digits as far as
// they go (0 when none).
func cAtoi(s string) int {
	i := 0
	for i < len(s) && (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r')) {
		i++
	}
	neg := false
	if i < len(s) && (s[i] == '-' || s[i] == '+') {
		neg = s[i] == '-'
		i++
	}
	n := 0
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9' && n < 1<<31; i++ {
		n = n*10 + int(s[i]-'0')
	}
	if neg {
		return -n
	}
	return n
}

// taintWord is lsmod's check_tainted: the proprietary, forced and unsafe-SMP
// bits of the kernel's taint mask, or "Not tainted" when it is 0.
func taintWord(t int) string {
	if t == 0 {
		return "    Not tainted"
	}
	flag := func(bit int, set, clear byte) byte {
		if t&bit != 0 {
			return set
		}
		return clear
	}
	return "    Tainted: " + string([]byte{flag(1, 'P', 'G'), flag(2, 'F', ' '), flag(4, 'S', ' ')})
}
