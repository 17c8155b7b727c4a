package block

import (
	"strings"
	"testing"

	"hotpluglab/engine/hostfs"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/release"
)

var testHost = hostfs.New(
	hostfs.File{Path: "/img/disk.qcow2", Format: hostfs.QCOW2, Size: 64 << 20},
	hostfs.File{Path: "/img/disk.raw", Format: hostfs.Raw, Size: 16 << 20},
)

// -blockdev's visit and open, each error QEMU's (recorded in the devices
// corpus, dv-x-blk-blockdev-* and dv-x-json-blockdev-*).
func TestBlockdev(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string // the last option's error, "" none
	}{
		{[]string{"driver=file,filename=/img/disk.qcow2,node-name=f0", "driver=qcow2,file=f0,node-name=q0"}, ""},
		{[]string{"driver=file,filename=/img/disk.raw,node-name=f0", "driver=qcow2,file=f0,node-name=q0"}, "Image is not in qcow2 format"},
		{[]string{"driver=file,filename=/img/nope,node-name=f0"}, "Could not open '/img/nope': No such file or directory"},
		{[]string{"driver=nosuch,node-name=x"}, "Parameter 'driver' does not accept value 'nosuch'"},
		{[]string{"driver=null-co"}, "'node-name' must be specified for the root node"},
		{[]string{"null-co,node-name=a", "null-co,node-name=a"}, "Duplicate nodes with node-name='a'"},
		{[]string{"driver=null-co,node-name=n0,size=1M"}, "Parameter 'size' expects integer"},
		{[]string{`{"driver":"null-co","node-name":"n0","size":"1M"}`}, "Invalid parameter type for 'size', expected: integer"},
		{[]string{`{"driver":"null-co","node-name":"n0","foo":1}`}, "Parameter 'foo' is unexpected"},
		{[]string{`{"node-name":"n0"}`}, "Parameter 'driver' is missing"},
		{[]string{"driver=raw,file=f9,node-name=r"}, "Cannot find device='f9' nor node-name='f9'"},
		{[]string{"driver=null-co,node-name=1x"}, "Invalid node-name: '1x'"},
	} {
		l := New(release.V7_2, testHost)
		got := ""
		for _, a := range c.args {
			o, err := ParseBlockdev(release.V7_2, "x86_64", a)
			if err == nil {
				err = l.Add(o)
			}
			if err != nil {
				got = err.Error()
				break
			}
		}
		if got != c.want {
			t.Errorf("%v: %q, want %q", c.args, got, c.want)
		}
	}
}

// drive_new's placement, names and opening.
func TestDrive(t *testing.T) {
	pc := Machine{DefaultIF: "ide"}
	for _, c := range []struct {
		drives []string // "LOC|ARG"; a legacy option as "-hda PATH" etc.
		want   string   // names of the backends, or the last error
	}{
		{[]string{"file=/img/disk.raw,if=virtio"}, "virtio0"},
		{[]string{"file=/img/disk.qcow2", "file=/img/disk.raw,media=cdrom"}, "ide0-hd0 ide0-cd1"},
		{[]string{"if=ide,media=cdrom"}, "ide0-cd0"},
		{[]string{"file=/img/disk.qcow2,if=none,id=d0"}, "d0"},
		{[]string{"file=/img/disk.raw,format=qcow2,if=none,id=d0"}, "Image is not in qcow2 format"},
		{[]string{"file=/img/x.qcow2,if=virtio"}, "Could not open '/img/x.qcow2': No such file or directory"},
		{[]string{"file=/img/disk.raw,if=ide,index=0", "file=/img/disk.raw,if=ide,index=0"}, "drive with bus=0, unit=0 (index=0) exists"},
		{[]string{"file=/img/disk.raw,if=ide,unit=2"}, "unit 2 too big (max is 1)"},
		{[]string{"file=/img/disk.raw,media=floppy"}, "'floppy' invalid media"},
		{[]string{"file=/img/disk.qcow2,if=virtio,boot=on"}, "Block format 'qcow2' does not support the option 'boot'"},
		{[]string{"file=/img/disk.qcow2,cyls=1"}, "Block format 'qcow2' does not support the option 'cyls'"},
		{[]string{"file=/img/disk.qcow2,trans=lba"}, "Block format 'qcow2' does not support the option 'trans'"},
	} {
		l := New(release.V7_2, testHost)
		var names []string
		var got string
		for _, d := range c.drives {
			b, _, err := l.AddDrive(ParseDrive("-drive "+d, d), pc)
			if err != nil {
				got = err.Error()
				break
			}
			names = append(names, b.Name)
		}
		if got == "" {
			got = strings.Join(names, " ")
		}
		if got != c.want {
			t.Errorf("%v: %q, want %q", c.drives, got, c.want)
		}
	}
}

// Probing: a raw image opened writable gets QEMU's three-line warning; a
// qcow2 header or a read-only CD-ROM does not.
func TestProbeWarning(t *testing.T) {
	for _, c := range []struct {
		arg  string
		warn bool
	}{
		{"file=/img/disk.raw,if=virtio", true},
		{"file=/img/disk.raw,format=raw", false},
		{"file=/img/disk.qcow2", false},
		{"file=/img/disk.raw,media=cdrom", false},
		// qemu_opt_get_bool's words (measured on 7.2: readonly=y opens
		// read-only, readonly=n writable).
		{"file=/img/disk.raw,readonly=y", false},
		{"file=/img/disk.raw,read-only=y", false},
		{"file=/img/disk.raw,readonly=n", true},
	} {
		_, printed, err := New(release.V7_2, testHost).AddDrive(ParseDrive("-drive "+c.arg, c.arg), Machine{DefaultIF: "ide"})
		if err != nil {
			t.Fatal(err)
		}
		warned := len(printed) == 1 && strings.HasPrefix(printed[0], "WARNING: Image format was not specified for '/img/disk.raw' and probing guessed raw.\n")
		if warned != c.warn {
			t.Errorf("%s: printed %q", c.arg, printed)
		}
	}
}

// info block for a node a device holds, and for an empty CD-ROM drive.
func TestInfoBlock(t *testing.T) {
	l := New(release.V7_2, testHost)
	o, _ := ParseBlockdev(release.V7_2, "x86_64", `{"driver":"null-co","node-name":"n0","size":1048576}`)
	if err := l.Add(o); err != nil {
		t.Fatal(err)
	}
	if _, _, err := l.AddDrive(ParseDrive("-drive if=ide,media=cdrom", "if=ide,media=cdrom"), Machine{DefaultIF: "ide"}); err != nil {
		t.Fatal(err)
	}
	l.Uses = func() []Use {
		return []Use{{Drive: "ide0-cd0", Who: "/machine/unattached/device[18]"}, {Drive: "n0", Who: "/machine/peripheral-anon/device[0]/virtio-backend"}}
	}
	want := "ide0-cd0: [not inserted]\r\n    Attached to:      /machine/unattached/device[18]\r\n    Removable device: not locked, tray closed\r\n\r\n" +
		"n0: json:{\"driver\": \"null-co\", \"size\": 1048576} (null-co)\r\n    Attached to:      /machine/peripheral-anon/device[0]/virtio-backend\r\n    Cache mode:       writeback\r\n"
	if got := l.InfoBlock(); got != want {
		t.Errorf("info block:\n%q\nwant\n%q", got, want)
	}
}

// info block -v: a null-co node's image follows its entry (measured on
// 7.2 and 10.0, probe_monitor's m4-*-info-block-v cases); an empty drive
// has none.
func TestInfoBlockVerbose(t *testing.T) {
	for _, c := range []struct {
		blockdev, want string
	}{
		{`{"driver":"null-co","node-name":"n0"}`, "n0: null-co:// (null-co)\r\n    Attached to:      hd0\r\n    Cache mode:       writeback\r\n\r\n" +
			"Images:\r\nimage: null-co://\r\nfile format: null-co\r\nvirtual size: 1 GiB (1073741824 bytes)\r\ndisk size: 0 B\r\n"},
	} {
		for _, rel := range []*release.Release{release.V7_2, release.V10_0} {
			l := New(rel, testHost)
			o, _ := ParseBlockdev(rel, "x86_64", c.blockdev)
			if err := l.Add(o); err != nil {
				t.Fatal(err)
			}
			l.Uses = func() []Use { return []Use{{Drive: "n0", Who: "hd0"}} }
			if got := l.InfoBlockVerbose("", false, true); got != c.want {
				t.Errorf("%s, %s: info block -v:\n%q\nwant\n%q", c.blockdev, rel.Name, got, c.want)
			}
			if got := l.InfoBlockVerbose("", false, false); strings.Contains(got, "Images:") {
				t.Errorf("%s, %s: info block without -v: %q", c.blockdev, rel.Name, got)
			}
		}
	}
}

// info block lists BlockBackends as they were made: a device's own for a
// node (numbered by the registry through NextSeq) before a drive made
// later (measured on both releases: probe_monitor's m4-pc-ide).
func TestInfoBlockCreationOrder(t *testing.T) {
	l := New(release.V7_2, testHost)
	o, _ := ParseBlockdev(release.V7_2, "x86_64", `{"driver":"null-co","node-name":"n0"}`)
	if err := l.Add(o); err != nil {
		t.Fatal(err)
	}
	seq := l.NextSeq() // hd0 attaches n0 at start-up
	if _, _, err := l.AddDrive(ParseDrive("drive_add", "if=none,driver=null-co,id=d1"), Machine{DefaultIF: "ide"}); err != nil {
		t.Fatal(err)
	}
	l.Uses = func() []Use { return []Use{{Drive: "d1", Who: "vb1"}, {Drive: "n0", Who: "hd0", Seq: seq}} }
	got := l.InfoBlock()
	if !strings.HasPrefix(got, "n0: null-co:// (null-co)\r\n    Attached to:      hd0\r\n") || !strings.Contains(got, "\r\n\r\nd1 (#block137): null-co:// (null-co)\r\n    Attached to:      vb1\r\n") {
		t.Errorf("info block:\n%q", got)
	}
}

// A qcow2 node's "backing" names a node (or null): its json filename
// holds the backing node's full options, info block adds the backing's
// filename and the chain's depth (measured on 7.2.22 with qemu-img images;
// libvirt round 3's r3-blk-chain).
func TestBackingChain(t *testing.T) {
	host := hostfs.New(
		hostfs.File{Path: "/i/b.raw", Format: hostfs.Raw, Size: 1 << 20},
		hostfs.File{Path: "/i/m.qcow2", Format: hostfs.QCOW2, Size: 1 << 20},
		hostfs.File{Path: "/i/t.qcow2", Format: hostfs.QCOW2, Size: 1 << 20},
		hostfs.File{Path: "/i/u.qcow2", Format: hostfs.QCOW2, Size: 1 << 20},
	)
	l := New(release.V7_2, host)
	for _, a := range []string{
		`{"driver":"file","filename":"/i/b.raw","node-name":"s3"}`, `{"driver":"raw","file":"s3","node-name":"f3","read-only":true}`,
		`{"driver":"file","filename":"/i/m.qcow2","node-name":"s2"}`, `{"driver":"qcow2","file":"s2","node-name":"f2","backing":"f3","read-only":true}`,
		`{"driver":"file","filename":"/i/t.qcow2","node-name":"s1"}`, `{"driver":"qcow2","file":"s1","node-name":"f1","backing":"f2"}`,
		`{"driver":"null-co","node-name":"n1","size":1048576}`, `{"driver":"file","filename":"/i/u.qcow2","node-name":"s4"}`,
		`{"driver":"qcow2","file":"s4","node-name":"g1","backing":"n1"}`,
	} {
		o, err := ParseBlockdev(release.V7_2, "x86_64", a)
		if err == nil {
			err = l.Add(o)
		}
		if err != nil {
			t.Fatalf("%s: %v", a, err)
		}
	}
	for name, want := range map[string]string{
		"f1": `f1: json:{"backing": {"backing": {"driver": "raw", "file": {"driver": "file", "filename": "/i/b.raw"}}, "driver": "qcow2", "file": {"driver": "file", "filename": "/i/m.qcow2"}}, "driver": "qcow2", "file": {"driver": "file", "filename": "/i/t.qcow2"}} (qcow2)
    Cache mode:       writeback
    Backing file:     json:{"backing": {"driver": "raw", "file": {"driver": "file", "filename": "/i/b.raw"}}, "driver": "qcow2", "file": {"driver": "file", "filename": "/i/m.qcow2"}} (chain depth: 2)
`,
		"f2": `f2: json:{"backing": {"driver": "raw", "file": {"driver": "file", "filename": "/i/b.raw"}}, "driver": "qcow2", "file": {"driver": "file", "filename": "/i/m.qcow2"}} (qcow2, read-only)
    Cache mode:       writeback
    Backing file:     /i/b.raw (chain depth: 1)
`,
		"g1": `g1: json:{"backing": {"driver": "null-co", "size": 1048576}, "driver": "qcow2", "file": {"driver": "file", "filename": "/i/u.qcow2"}} (qcow2)
    Cache mode:       writeback
    Backing file:     json:{"driver": "null-co", "size": 1048576} (chain depth: 1)
`,
	} {
		// (a backend's entry after the first starts with a blank line)
		if got := strings.TrimLeft(strings.ReplaceAll(l.InfoBlockOf(name, false), "\r\n", "\n"), "\n"); got != want {
			t.Errorf("info block %s:\n%s\nwant\n%s", name, got, want)
		}
	}
	// BlockDeviceInfo: the backing chain's images and depth, none flat
	// (query-named-block-nodes' flat), backing_file either way.
	g1 := l.Node("g1")
	for _, c := range []struct {
		flat bool
		want []string
	}{
		{false, []string{`"backing_file_depth": 1`, `"backing_file": "json:{\"driver\": \"null-co\", \"size\": 1048576}"`,
			`"image": {"backing-image": {"virtual-size": 1048576, "filename": "json:{\"driver\": \"null-co\", \"size\": 1048576}", "format": "null-co", "actual-size": 0}, "virtual-size"`}},
		{true, []string{`"backing_file_depth": 0`, `"backing_file": "json:`, `"image": {"virtual-size"`}},
	} {
		got := qjson.Marshal(l.inserted(g1, c.flat))
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("inserted(g1, flat=%v) = %s, want it to hold %s", c.flat, got, w)
			}
		}
	}
	if err := l.BlockdevDel("f3"); err == nil || err.Error() != "Node 'f3' is busy: node is used as backing hd of 'f2'" {
		t.Errorf("blockdev-del of a backing node: %v", err)
	}
	o, _ := ParseBlockdev(release.V7_2, "x86_64", `{"driver":"qcow2","file":"s4","node-name":"g2","backing":"nosuch"}`)
	if err := l.Add(o); err == nil || err.Error() != "Could not open backing file: Cannot find device='nosuch' nor node-name='nosuch'" {
		t.Errorf("a backing that is no node: %v", err)
	}
}
