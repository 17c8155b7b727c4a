package busybox

import (
	"encoding/json"
	"os"
	"path"
	"sort"
	"strings"
	"testing"
)

// memFS is a System for tests: the chroot record_busybox_shell.py runs
// the real busybox in (busybox's links in /bin, /dev/null, /dev/zero,
// /dev/full, /tmp) plus the fixture files.
type memFS struct {
	entries map[string]*memEntry
}

type memEntry struct {
	kind   FileType
	perm   uint32
	data   string
	target string
	minor  int
}

func newMemFS(t testing.TB) *memFS {
	fs := &memFS{entries: map[string]*memEntry{}}
	for _, d := range []string{"/", "/bin", "/dev", "/proc", "/root", "/sys", "/tmp"} {
		fs.entries[d] = &memEntry{kind: Dir, perm: 0o755}
	}
	fs.entries["/bin/busybox"] = &memEntry{kind: Regular, perm: 0o755, data: strings.Repeat("x", 100)}
	for _, n := range appletNames {
		if n != "busybox" {
			fs.entries["/bin/"+n] = &memEntry{kind: Symlink, perm: 0o777, target: "/bin/busybox"}
		}
	}
	for n, minor := range map[string]int{"null": 3, "zero": 5, "full": 7} {
		fs.entries["/dev/"+n] = &memEntry{kind: CharDev, perm: 0o666, minor: minor}
	}
	raw, err := os.ReadFile("testdata/fixture.json")
	if err != nil {
		t.Fatal(err)
	}
	var fx map[string]*string
	if err := json.Unmarshal(raw, &fx); err != nil {
		t.Fatal(err)
	}
	for p, c := range fx {
		if c == nil {
			fs.entries[p] = &memEntry{kind: Dir, perm: 0o755}
		} else {
			fs.entries[p] = &memEntry{kind: Regular, perm: 0o644, data: *c}
		}
	}
	return fs
}

func (fs *memFS) resolve(p string, follow bool) (string, *memEntry) {
	for hops := 0; hops < 10; hops++ {
		e := fs.entries[p]
		if e == nil || e.kind != Symlink || !follow {
			return p, e
		}
		t := e.target
		if !strings.HasPrefix(t, "/") {
			t = dirname(p) + "/" + t
		}
		p = path.Clean(t)
	}
	return p, nil
}

func (fs *memFS) parentOK(p string) error {
	d := dirname(p)
	e := fs.entries[d]
	switch {
	case e == nil:
		return ENOENT
	case e.kind != Dir:
		return ENOTDIR
	}
	return nil
}

func (fs *memFS) stat(p string, follow bool) (FileInfo, error) {
	if err := fs.parentOK(p); err != nil && p != "/" {
		return FileInfo{}, err
	}
	_, e := fs.resolve(p, follow)
	if e == nil {
		return FileInfo{}, ENOENT
	}
	return FileInfo{Type: e.kind, Perm: e.perm, Size: int64(len(e.data)), Nlink: 1, Minor: e.minor, Major: 1}, nil
}

func (fs *memFS) Stat(p string) (FileInfo, error)  { return fs.stat(p, true) }
func (fs *memFS) Lstat(p string) (FileInfo, error) { return fs.stat(p, false) }

func (fs *memFS) ReadFile(p string) (string, error) {
	if err := fs.parentOK(p); err != nil {
		return "", err
	}
	_, e := fs.resolve(p, true)
	switch {
	case e == nil:
		return "", ENOENT
	case e.kind == Dir:
		return "", EISDIR
	}
	return e.data, nil
}

func (fs *memFS) ReadDir(p string) ([]string, error) {
	rp, e := fs.resolve(p, true)
	switch {
	case e == nil:
		return nil, ENOENT
	case e.kind != Dir:
		return nil, ENOTDIR
	}
	var names []string
	prefix := strings.TrimSuffix(rp, "/") + "/"
	for q := range fs.entries {
		if q != rp && strings.HasPrefix(q, prefix) && !strings.Contains(q[len(prefix):], "/") {
			names = append(names, q[len(prefix):])
		}
	}
	sort.Strings(names)
	return names, nil
}

func (fs *memFS) Readlink(p string) (string, error) {
	e := fs.entries[p]
	if e == nil {
		return "", ENOENT
	}
	if e.kind != Symlink {
		return "", EINVAL
	}
	return e.target, nil
}

func (fs *memFS) Open(p string, appendMode bool) error {
	if err := fs.parentOK(p); err != nil {
		return err
	}
	rp, e := fs.resolve(p, true)
	switch {
	case e == nil:
		fs.entries[rp] = &memEntry{kind: Regular, perm: 0o644}
	case e.kind == Dir:
		return EISDIR
	case e.kind == Regular && !appendMode:
		e.data = ""
	}
	return nil
}

func (fs *memFS) Write(p, data string) error {
	_, e := fs.resolve(p, true)
	switch {
	case e == nil:
		return ENOENT
	case e.kind == CharDev && e.minor == 7:
		return ENOSPC
	case e.kind == CharDev:
		return nil
	}
	e.data += data
	return nil
}

func (fs *memFS) Mkdir(p string) error {
	if err := fs.parentOK(p); err != nil {
		return err
	}
	if fs.entries[p] != nil {
		return EEXIST
	}
	fs.entries[p] = &memEntry{kind: Dir, perm: 0o755}
	return nil
}

func (fs *memFS) Remove(p string, dir bool) error {
	if fs.entries[p] == nil {
		return ENOENT
	}
	delete(fs.entries, p)
	return nil
}

func (fs *memFS) Chmod(p string, perm uint32) error {
	_, e := fs.resolve(p, true)
	if e == nil {
		return ENOENT
	}
	e.perm = perm
	return nil
}

func (fs *memFS) Symlink(target, p string) error {
	if err := fs.parentOK(p); err != nil {
		return err
	}
	if fs.entries[p] != nil {
		return EEXIST
	}
	fs.entries[p] = &memEntry{kind: Symlink, perm: 0o777, target: target}
	return nil
}

func (fs *memFS) Kernel() Kernel { return memKernel{} }

func (fs *memFS) Usages() string {
	b, err := os.ReadFile("../../release/guest/busybox-usage.txt")
	if err != nil {
		panic(err)
	}
	return string(b)
}

type memKernel struct{}

func (memKernel) Dmesg() []string   { return []string{"[    0.000000] Linux version 6.1"} }
func (memKernel) OnlineList() []int { return []int{0, 1} }
func (memKernel) Uname() [5]string  { return [5]string{"Linux", "(none)", "6.1", "#1", "x86_64"} }
func (memKernel) Now() int64        { return 1735689600 }
func (memKernel) Uptime() float64   { return 12.5 }
func (memKernel) Sleep(int64)       {}
func (memKernel) Reboot(string)     {}
func (memKernel) InitExited(int)    {}
