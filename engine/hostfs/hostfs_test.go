package hostfs

import "testing"

func TestParseString(t *testing.T) {
	for _, c := range []struct{ in, want, err string }{
		{"/tmp/a.qcow2 qcow2 64M\n/tmp/b.raw raw 512\n", "/tmp/a.qcow2 qcow2 64M\n/tmp/b.raw raw 512\n", ""},
		{"# comment\n\n/srv dir\n", "/srv dir\n", ""},
		{`"/tmp/my disk.img" raw 1G`, "\"/tmp/my disk.img\" raw 1G\n", ""},
		{"/tmp/x vmdk 1M", "", `host files, line 1: /tmp/x: unknown format "vmdk" (raw, qcow2 or dir)`},
		{"/tmp/x raw", "", "host files, line 1: /tmp/x: give one size (e.g. 64M)"},
		{"/tmp/x raw 9999999T", "", `host files, line 1: /tmp/x: bad size "9999999"`},
		{"/srv dir 1M", "", "host files, line 1: /srv: a directory has no size"},
	} {
		fs, err := Parse(c.in)
		if c.err != "" {
			if err == nil || err.Error() != c.err {
				t.Errorf("Parse(%q): %v, want %q", c.in, err, c.err)
			}
			continue
		}
		if err != nil || fs.String() != c.want {
			t.Errorf("Parse(%q) = %q, %v; want %q", c.in, fs.String(), err, c.want)
		}
	}
}

func TestLookup(t *testing.T) {
	fs := New(File{Path: "/tmp/img/disk.qcow2", Format: QCOW2, Size: 64 << 20})
	for _, c := range []struct {
		path string
		ok   bool
		fmt  Format
	}{
		{"/tmp/img/disk.qcow2", true, QCOW2},
		{"/tmp//img/./disk.qcow2", true, QCOW2},
		{"/tmp/img", true, Dir},
		{"/tmp/img/", true, Dir},
		{"/tmp/im", false, ""},
		{"/dev/null", true, Raw},
		{"disk.qcow2", false, ""},
	} {
		f, ok := fs.Lookup(c.path)
		if ok != c.ok || f.Format != c.fmt {
			t.Errorf("Lookup(%q) = %v %v, want %v %v", c.path, f.Format, ok, c.fmt, c.ok)
		}
	}
}

// The qcow2 lengths qemu-img create writes (measured: 64M gives 196616,
// 1G gives 196624) and the bytes the host allocates for them.
func TestQCOW2Length(t *testing.T) {
	for _, c := range []struct{ size, length, alloc int64 }{{64 << 20, 196616, 200704}, {1 << 30, 196624, 200704}} {
		f := File{Format: QCOW2, Size: c.size}
		if f.Length() != c.length || f.Allocated() != c.alloc {
			t.Errorf("size %d: length %d allocated %d, want %d %d", c.size, f.Length(), f.Allocated(), c.length, c.alloc)
		}
	}
}
