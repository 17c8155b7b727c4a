package guest

import (
	"path"
	"sort"
	"strings"
	"time"

	"hotpluglab/engine/guest/busybox"
)

// The guest's shell: busybox 1.35 ash on the first serial line
// (engine/guest/busybox), over this guest's files and kernel.

// Prompt is the fixed prompt of the recorded guests.
const Prompt = busybox.PS1

// Shell runs one line typed at the prompt and returns what the terminal
// shows (stdout and stderr, in order; no echo, no prompt). The guest must
// be running; otherwise there is no shell and the result is "".
func (g *Guest) Shell(line string) string {
	if g.state != Running || g.sh == nil {
		return ""
	}
	r := g.sh.Run(line)
	g.prompt = r.Prompt
	g.notes = append(g.notes, r.Notes...)
	return r.Out
}

// ShellPrompt is the prompt the shell printed after the last line: PS1,
// PS2 while a command is unfinished, or "" when there is no shell.
func (g *Guest) ShellPrompt() string {
	if g.state != Running || g.sh == nil {
		return ""
	}
	return g.prompt
}

// TakeNotes returns the simulator's remarks on the shell lines since the
// last call (shown beside the guest's output, never in it).
func (g *Guest) TakeNotes() []string {
	n := g.notes
	g.notes = nil
	return n
}

// TakeShellTime returns the virtual time the last lines spent sleeping
// (microseconds) and resets it.
func (g *Guest) TakeShellTime() int64 {
	t := g.slept
	g.slept = 0
	return t
}

// guestFS gives the busybox shell this guest's files and kernel.
type guestFS struct{ g *Guest }

func (f guestFS) info(p string, n *node) busybox.FileInfo {
	g := f.g
	fi := busybox.FileInfo{Type: n.kind, Perm: n.perm, Size: n.size, Nlink: 1, Major: n.major, Minor: n.minor}
	if n.kind == busybox.Regular && n.fs == rootFS {
		// tmpfs: whole pages, counted in 1 KiB blocks.
		size := n.size
		if n.known {
			size = int64(len(n.text))
		}
		page := g.pageSize()
		fi.Blocks = (size + page - 1) / page * page / 1024
	}
	switch n.kind {
	case busybox.Dir:
		fi.Nlink = 2
		fi.Size = 0
		if n.listed {
			for _, c := range n.names {
				if cn := g.lookupPath(strings.TrimSuffix(p, "/") + "/" + c); cn != nil && cn.kind == busybox.Dir {
					fi.Nlink++
				}
			}
			if n.fs == rootFS || n.fs == devFS {
				fi.Size = int64(20 * (len(n.names) + 2))
			}
		}
	case busybox.Symlink:
		fi.Size = int64(len(n.target))
		if n.fs != rootFS {
			fi.Size = 0
		}
	case busybox.Regular:
		switch n.fs {
		case sysFS:
			fi.Size = g.pageSize()
			if n.size > 0 {
				fi.Size = n.size
			}
		case procFS:
			fi.Size = 0
		case rootFS:
			if n.known {
				fi.Size = int64(len(n.text))
			}
		}
	}
	fi.ModTime = g.fileTime(p, n)
	return fi
}

func (f guestFS) stat(p string, follow bool) (busybox.FileInfo, error) {
	rp, n := f.g.walk(p, follow)
	if n == nil {
		return busybox.FileInfo{}, errNoEnt
	}
	if n.kind == unknownKind {
		return busybox.FileInfo{}, errNotModelled
	}
	if n.kind < 0 {
		return busybox.FileInfo{}, errNotDir
	}
	return f.info(rp, n), nil
}

func (f guestFS) Stat(p string) (busybox.FileInfo, error)  { return f.stat(p, true) }
func (f guestFS) Lstat(p string) (busybox.FileInfo, error) { return f.stat(p, false) }

func (f guestFS) ReadFile(p string) (string, error) {
	_, n := f.g.walk(p, true)
	switch {
	case n == nil:
		return "", errNoEnt
	case n.kind == unknownKind:
		return "", errNotModelled
	case n.kind < 0:
		return "", errNotDir
	case n.kind == busybox.Dir:
		return "", errIsDir
	case n.kind == busybox.Regular && n.perm&0o444 == 0:
		return "", errAccess
	case !n.known:
		return "", errNotModelled
	}
	return n.text, nil
}

func (f guestFS) ReadDir(p string) ([]string, error) {
	_, n := f.g.walk(p, true)
	switch {
	case n == nil:
		return nil, errNoEnt
	case n.kind == unknownKind:
		return nil, errNotModelled
	case n.kind != busybox.Dir:
		return nil, errNotDir
	case !n.listed:
		return nil, errNotModelled
	}
	if n.fs == sysFS {
		return kernfsOrder(n.names), nil
	}
	return n.names, nil
}

// kernfsOrder is the order getdents gives in sysfs: kernfs keeps a
// folder's entries in a tree sorted by (name hash, name) and readdir walks
// it (fs/kernfs/dir.c, kernfs_name_hash and kernfs_name_compare).
func kernfsOrder(names []string) []string {
	l := append([]string(nil), names...)
	sort.Slice(l, func(i, j int) bool {
		hi, hj := kernfsNameHash(l[i]), kernfsNameHash(l[j])
		if hi != hj {
			return hi < hj
		}
		return l[i] < l[j]
	})
	return l
}

// kernfsNameHash is kernfs_name_hash without a namespace: the dcache's
// partial_name_hash over the bytes, end_name_hash's hash_64 (64-bit
// kernels), kept in 31 bits with 0, 1 and INT_MAX reserved.
func kernfsNameHash(name string) uint32 {
	var h uint64
	for i := 0; i < len(name); i++ {
		c := uint64(name[i])
		h = (h + (c << 4) + (c >> 4)) * 11
	}
	v := uint32((h * 0x61C8864680B583EB) >> 32)
	v &= 0x7fffffff
	if v < 2 {
		v += 2
	}
	if v >= 0x7fffffff {
		v = 0x7fffffff - 1
	}
	return v
}

func (f guestFS) Readlink(p string) (string, error) {
	_, n := f.g.walk(p, false)
	if n == nil {
		return "", errNoEnt
	}
	if n.kind == unknownKind {
		return "", errNotModelled
	}
	if n.kind != busybox.Symlink {
		return "", errInval
	}
	return n.target, nil
}

// unknownPath says whether p lies below a folder whose entries the
// simulator does not know (walk's unknownKind), or its folder does.
func (g *Guest) unknownPath(p string) bool {
	for _, q := range []string{p, dirOf(path.Clean(p))} {
		if _, n := g.walk(q, true); n != nil && n.kind == unknownKind {
			return true
		}
	}
	return false
}

// Open is a redirection's open(2) for writing.
func (f guestFS) Open(p string, appendMode bool) error {
	g := f.g
	if g.unknownPath(p) {
		return errNotModelled
	}
	rp, n := g.walk(p, true)
	if n != nil {
		switch {
		case n.kind < 0:
			return errNotDir
		case n.kind == busybox.Dir:
			return errIsDir
		case n.kind == busybox.CharDev:
			return nil
		case n.fs == rootFS:
			if !appendMode {
				g.files[rp] = ""
			}
			return nil
		case n.fs == procFS && n.write == nil && !strings.HasPrefix(rp, "/proc/sys/"):
			// procfs lets root open any file for writing; the write
			// fails (sysctl files check their mode even for root).
			return nil
		case n.write == nil && n.perm&0o222 == 0:
			return errAccess
		}
		return nil
	}
	parent, pn := g.walk(dirOf(path.Clean(p)), true)
	switch {
	case pn == nil:
		return errNoEnt
	case pn.kind != busybox.Dir:
		return errNotDir
	case pn.fs != rootFS || parent == "/bin" || parent == "/":
		if parent == "/" || parent == "/bin" {
			return g.createRoot(rp)
		}
		return errAccess
	}
	return g.createRoot(rp)
}

func (g *Guest) createRoot(p string) error {
	if g.files == nil {
		g.files = map[string]string{}
	}
	if !strings.HasPrefix(p, "/tmp/") && p != "/tmp" {
		// Only /tmp is modelled as writable rootfs.
		g.notes = append(g.notes, "files outside /tmp are not modelled in this simulated guest")
		return errAccess
	}
	g.files[p] = ""
	return nil
}

func dirOf(p string) string {
	i := strings.LastIndexByte(p, '/')
	if i <= 0 {
		return "/"
	}
	return p[:i]
}

// rootfsBytes bounds what the shell may store in the initramfs.
const rootfsBytes = 1 << 20

// Write is one write(2) to an opened file.
func (f guestFS) Write(p, data string) error {
	g := f.g
	if g.unknownPath(p) {
		return errNotModelled
	}
	rp, n := g.walk(p, true)
	if n == nil {
		return errNoEnt
	}
	switch {
	case n.kind == busybox.CharDev:
		switch rp {
		case "/dev/full":
			return errNoSpace
		case "/dev/null":
			return nil
		}
		g.notes = append(g.notes, "writing to "+p+" is not modelled in this simulated guest")
		return nil
	case n.fs == rootFS:
		used := len(data)
		for _, d := range g.files {
			used += len(d)
		}
		if used > rootfsBytes {
			return errNoSpace
		}
		g.files[rp] += data
		return nil
	case n.write != nil:
		return n.write(data)
	case n.fs == procFS && !strings.HasPrefix(rp, "/proc/sys/"):
		return busybox.EIO
	}
	g.notes = append(g.notes, "writing to "+p+" is not modelled in this simulated guest")
	return nil
}

func (f guestFS) Mkdir(p string) error {
	g := f.g
	if g.unknownPath(p) {
		return errNotModelled
	}
	if _, n := g.walk(p, false); n != nil {
		return busybox.EEXIST
	}
	_, pn := g.walk(dirOf(p), true)
	if pn == nil {
		return errNoEnt
	}
	if !strings.HasPrefix(p, "/tmp/") {
		return errAccess
	}
	if g.dirs == nil {
		g.dirs = map[string]bool{}
	}
	g.dirs[p] = true
	return nil
}

func (f guestFS) Remove(p string, isDir bool) error {
	g := f.g
	if g.unknownPath(p) {
		return errNotModelled
	}
	_, n := g.walk(p, false)
	if n == nil {
		return errNoEnt
	}
	if n.fs != rootFS || !strings.HasPrefix(p, "/tmp/") {
		if n.fs == sysFS || n.fs == procFS {
			return busybox.EPERM
		}
		return errAccess
	}
	if isDir {
		for f := range g.files {
			if strings.HasPrefix(f, p+"/") {
				return busybox.ENOTEMPTY
			}
		}
		delete(g.dirs, p)
		delete(g.modes, p)
		return nil
	}
	delete(g.files, p)
	delete(g.modes, p)
	delete(g.links, p)
	return nil
}

// Chmod changes the mode of what the shell made in /tmp; the guest's
// other files are not the shell's to change here.
func (f guestFS) Chmod(p string, perm uint32) error {
	g := f.g
	if g.unknownPath(p) {
		return errNotModelled
	}
	rp, n := g.walk(p, true)
	switch {
	case n == nil:
		return errNoEnt
	case n.fs != rootFS || !strings.HasPrefix(rp, "/tmp/"):
		if n.fs == sysFS || n.fs == procFS {
			return busybox.EPERM
		}
		g.notes = append(g.notes, "chmod outside /tmp is not modelled in this simulated guest")
		return nil
	}
	if g.modes == nil {
		g.modes = map[string]uint32{}
	}
	g.modes[rp] = perm & 0o7777
	return nil
}

// Symlink makes a symbolic link in /tmp.
func (f guestFS) Symlink(target, p string) error {
	g := f.g
	if g.unknownPath(p) {
		return errNotModelled
	}
	if _, n := g.walk(p, false); n != nil {
		return busybox.EEXIST
	}
	if _, pn := g.walk(dirOf(p), true); pn == nil {
		return errNoEnt
	}
	if !strings.HasPrefix(p, "/tmp/") {
		return errAccess
	}
	if g.links == nil {
		g.links = map[string]string{}
	}
	g.links[p] = target
	return nil
}

func (f guestFS) Kernel() busybox.Kernel { return guestKernel{f.g} }

func (f guestFS) Usages() string { return f.g.M.Release().Text("busybox-usage.txt") }

type guestKernel struct{ g *Guest }

func (k guestKernel) Dmesg() []string { return k.g.Dmesg() }
func (k guestKernel) OnlineList() []int {
	return k.g.list(func(c *CPU) bool { return c.Online })
}
func (k guestKernel) Uname() [5]string {
	g := k.g
	machine := "x86_64"
	if g.IsSPAPR() {
		machine = "ppc64le"
	}
	return [5]string{"Linux", "(none)", g.kernelRelease(), g.kernelBuild(), machine}
}
func (k guestKernel) Now() int64      { return k.g.wallClock() }
func (k guestKernel) Uptime() float64 { return float64(k.g.now()-k.g.bootedAt) / 1e6 }
func (k guestKernel) Sleep(us int64)  { k.g.slept += us }
func (k guestKernel) Reboot(cmd string) {
	k.g.rebootRequest(cmd)
}
func (k guestKernel) InitExited(status int) { k.g.initExited(status) }

// wallClock is the guest's time of day (seconds since the epoch): the
// RTC's base plus the virtual time since QEMU started.
func (g *Guest) wallClock() int64 { return g.RTCBase + g.now()/1e6 }

// DefaultRTCBase is the guest's clock at QEMU's start when nothing sets
// it (QEMU takes the host's time, which a deterministic session cannot).
var DefaultRTCBase = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).Unix()

// fileTime is a file's modification time: the initramfs's fixed times, or
// the moment the kernel made the inode (sysfs and procfs make them when
// first looked at; devtmpfs and /bin at boot).
func (g *Guest) fileTime(p string, n *node) int64 {
	switch {
	case p == "/init" || p == "/tmp" || p == "/bin/busybox" || p == "/bin/sh" || p == "/bin/cpu-autoonline":
		// The initramfs's files keep the cpio's times (0).
		return 0
	case p == "/root":
		return kernelBuildTime
	case n.fs == sysFS || n.fs == procFS:
		if t, ok := g.inodeTimes[p]; ok {
			return t
		}
		t := g.wallClock()
		if g.inodeTimes == nil {
			g.inodeTimes = map[string]int64{}
		}
		g.inodeTimes[p] = t
		return t
	case n.fs == rootFS && strings.HasPrefix(p, "/tmp/"):
		if t, ok := g.inodeTimes[p]; ok {
			return t
		}
		return g.wallClock()
	}
	return g.RTCBase + g.bootedAt/1e6
}

// kernelBuildTime is when Debian built the kernel (the initramfs's /root,
// which the kernel's own built-in initramfs makes).
var kernelBuildTime = time.Date(2026, 7, 2, 13, 50, 0, 0, time.UTC).Unix()
