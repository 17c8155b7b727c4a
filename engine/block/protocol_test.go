package block

import "testing"

// A drive's file name with a colon before any slash names a protocol
// (bdrv_find_protocol), as QEMU 7.2 and 10.0 answered each of these.
func TestProtocolError(t *testing.T) {
	for _, c := range []struct{ file, want string }{
		{`{"driver":"x"}`, `Unknown protocol '{"driver"'`},
		{"nbdx:foo", "Unknown protocol 'nbdx'"},
		{"a:b", "Unknown protocol 'a'"},
		{"null-co:x", "The only allowed filename for this driver is 'null-co://'"},
		{"null-co://", ""},
		{"/tmp/a:b", ""},
		{"./a:b", ""},
		{"disk.qcow2", ""},
		{"nbd:localhost:10809", ""},
	} {
		got := ""
		if err := protocolError(c.file); err != nil {
			got = err.Error()
		}
		if got != c.want {
			t.Errorf("%q: %q, want %q", c.file, got, c.want)
		}
	}
}

// The answers here were measured on 7.2 and 10.0 (testdata/oracle block
// round b3): the NBD client where no server listens, and the file
// protocols' prefix left out of the host path.
func TestNBDConnectError(t *testing.T) {
	for _, c := range []struct{ file, want string }{
		{"nbd:127.0.0.1:10809", "Failed to connect to '127.0.0.1:10809': Connection refused"},
		{"nbd:127.0.0.1:10809:exportname=disk", "Failed to connect to '127.0.0.1:10809': Connection refused"},
		{"nbd://127.0.0.1/disk", "Failed to connect to '127.0.0.1:10809': Connection refused"},
		{"nbd://127.0.0.1:1234/disk", "Failed to connect to '127.0.0.1:1234': Connection refused"},
		{"nbd+unix:///disk?socket=/tmp/s.sock", "Failed to connect to '/tmp/s.sock': No such file or directory"},
		{"nbd:unix:/tmp/s.sock", "Failed to connect to '/tmp/s.sock': No such file or directory"},
		{"nbd:unix:/tmp/s.sock:exportname=e", "Failed to connect to '/tmp/s.sock': No such file or directory"},
	} {
		if got := nbdConnectError(c.file).Error(); got != c.want {
			t.Errorf("%s: %q, want %q", c.file, got, c.want)
		}
	}
}

func TestHostPath(t *testing.T) {
	for _, c := range []struct{ file, proto, path string }{
		{"file:/x.img", "file", "/x.img"},
		{"host_device:/dev/sdz", "host_device", "/dev/sdz"},
		{"/a:b/x.img", "", "/a:b/x.img"}, // a slash before the colon: a path
		{"disk.raw", "", "disk.raw"},
		{"null-co://", "null-co", "null-co://"},
		{`json:{"driver": "null-co"}`, "json", `json:{"driver": "null-co"}`},
	} {
		if p := protocolOf(c.file); p != c.proto {
			t.Errorf("protocolOf(%s) = %q, want %q", c.file, p, c.proto)
		}
		if p := hostPath(c.file); p != c.path {
			t.Errorf("hostPath(%s) = %q, want %q", c.file, p, c.path)
		}
	}
}

// vvfat_parse_filename's words and vvfat_open's geometry.
func TestVVFAT(t *testing.T) {
	for _, c := range []struct {
		file, dir string
		fatType   int64
		floppy    bool
		rw        bool
		size      int64
	}{
		{"fat:/srv/share", "/srv/share", 0, false, false, 528482304},
		{"fat:rw:/srv/share", "/srv/share", 0, false, true, 528482304},
		{"fat:floppy:/srv/share", "/srv/share", 0, true, false, 2949120},
		{"fat:floppy:12:/srv/share", "/srv/share", 12, true, false, 1474560},
		{"fat:12:/srv/share", "/srv/share", 12, false, false, 33030144},
		{"fat:32:rw:/srv/share", "/srv/share", 32, false, true, 528482304},
	} {
		o := vvfatOptions(c.file)
		dir, _ := str(o, "dir")
		ft, _ := integer(o, "fat-type")
		if dir != c.dir || ft != c.fatType || boolean(o, "floppy") != c.floppy || boolean(o, "rw") != c.rw {
			t.Errorf("%s: %v", c.file, o)
		}
		if _, ok := o.Get("write-target"); ok != c.rw {
			t.Errorf("%s: write-target %v, want %v", c.file, ok, c.rw)
		}
		if s := vvfatSize(o); s != c.size {
			t.Errorf("%s: size %d, want %d", c.file, s, c.size)
		}
	}
}

// The host-files panel offers the files a line names: never a name QEMU
// refuses before it looks for a file (an unknown or empty protocol).
func TestHostFileOf(t *testing.T) {
	for _, c := range []struct {
		file, path     string
		folder, isFile bool
	}{
		{"disk.qcow2", "disk.qcow2", false, true},
		{"/tmp/a:b", "/tmp/a:b", false, true},
		{"file:/srv/d.img", "/srv/d.img", false, true},
		{"fat:rw:/srv/share", "/srv/share", true, true},
		{":x", "", false, false},
		{"a:b", "", false, false},
		{"null-co://", "", false, false},
		{"nbd:127.0.0.1:10809", "", false, false},
	} {
		path, folder, ok := HostFileOf(c.file)
		if path != c.path || folder != c.folder || ok != c.isFile {
			t.Errorf("HostFileOf(%q) = %q, %v, %v; want %q, %v, %v", c.file, path, folder, ok, c.path, c.folder, c.isFile)
		}
	}
}
