package block

import (
	"fmt"
	"strings"
	"testing"

	"hotpluglab/engine/release"
)

// drive_del: a drive no device holds goes; one a device holds stays as
// the device's empty backend; node names and unknown names as QEMU says.
func TestDriveDel(t *testing.T) {
	l := New(release.V7_2, testHost)
	m := Machine{DefaultIF: "ide"}
	for _, arg := range []string{"if=none,driver=null-co,id=free,node-name=n-free", "if=none,driver=null-co,id=held"} {
		if _, _, err := l.AddDrive(ParseDrive("drive_add", arg), m); err != nil {
			t.Fatal(err)
		}
	}
	o, _ := ParseBlockdev(release.V7_2, "x86_64", `{"driver":"null-co","node-name":"bd"}`)
	if err := l.Add(o); err != nil {
		t.Fatal(err)
	}
	l.Uses = func() []Use { return []Use{{Drive: "held", Who: "/machine/peripheral/vd/virtio-backend"}} }
	// An unheld drive lists as removable media.
	if got := l.InfoBlock(); !strings.HasPrefix(got, "free (n-free): null-co:// (null-co)\r\n    Removable device: not locked, tray closed\r\n") {
		t.Errorf("info block before: %q", got)
	}
	for _, c := range []struct{ id, err string }{
		{"nosuch", "Device 'nosuch' not found"},
		{"n-free", "Node n-free is in use"},
		{"free", "<nil>"},
		{"free", "Device 'free' not found"},
		{"held", "<nil>"},
		{"bd", "<nil>"},
		{"bd", "Device 'bd' not found"},
	} {
		if _, err := l.DriveDel(c.id); fmt.Sprint(err) != c.err {
			t.Errorf("drive_del %s: %v, want %s", c.id, err, c.err)
		}
	}
	want := "/machine/peripheral/vd/virtio-backend: [not inserted]\r\n    Attached to:      /machine/peripheral/vd/virtio-backend\r\n"
	if got := l.InfoBlock(); got != want {
		t.Errorf("info block after:\n%q\nwant\n%q", got, want)
	}
	if l.Has("free") || l.Has("held") || l.Has("n-free") {
		t.Error("a deleted name is still known")
	}
}

// A -drive naming a driver and no file (measured on both releases).
func TestDriverAlone(t *testing.T) {
	for drv, want := range map[string]string{
		"nosuch": "Unknown driver 'nosuch'", "gluster": "Unknown driver 'gluster'",
		"qcow2": `A block device must be specified for "file"`, "raw": `A block device must be specified for "file"`,
		"blkdebug": `A block device must be specified for "image"`, "nbd": "NBD server address missing",
		"file": "The 'file' block driver requires a file name", "host_device": "The 'host_device' block driver requires a file name",
		"null-aio": "<nil>",
	} {
		_, _, err := New(release.V7_2, testHost).AddDrive(ParseDrive("drive_add", "if=none,id=d,driver="+drv), Machine{DefaultIF: "ide"})
		if fmt.Sprint(err) != want {
			t.Errorf("driver=%s: %v, want %s", drv, err, want)
		}
	}
}

// A node below another is in use until its parent goes (measured: -blockdev
// null-co,node-name=bd and a raw "top" over it).
func TestDriveDelNodeChain(t *testing.T) {
	l := New(release.V7_2, testHost)
	for _, j := range []string{`{"driver":"null-co","node-name":"bd"}`, `{"driver":"raw","node-name":"top","file":"bd"}`} {
		o, _ := ParseBlockdev(release.V7_2, "x86_64", j)
		if err := l.Add(o); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct{ id, err string }{
		{"bd", "Block device bd is in use"},
		{"top", "<nil>"},
		{"top", "Device 'top' not found"},
		{"bd", "<nil>"},
	} {
		if _, err := l.DriveDel(c.id); fmt.Sprint(err) != c.err {
			t.Errorf("drive_del %s: %v, want %s", c.id, err, c.err)
		}
	}
}
