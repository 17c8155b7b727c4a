package block

import (
	"testing"

	"hotpluglab/engine/release"
)

// FuzzBlockdev: any -blockdev text (JSON or keyval), opened after a file
// node, gives an error or a node, never a panic; a node always has a name.
func FuzzBlockdev(f *testing.F) {
	for _, s := range []string{
		"driver=file,filename=/img/disk.qcow2,node-name=f0", "driver=qcow2,file=f0,node-name=q0",
		`{"driver":"null-co","node-name":"n0","size":1048576}`, `{"driver":"qcow2","node-name":"q","file":{"driver":"file","filename":"/img/disk.qcow2"}}`,
		"driver=raw,file.driver=null-co,node-name=r", `{"node-name":"n0"}`, "null-co,node-name=a,cache.direct=on",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, arg string) {
		for _, rel := range release.All() {
			l := New(rel, testHost)
			base, _ := ParseBlockdev(rel, "x86_64", "driver=file,filename=/img/disk.qcow2,node-name=f0")
			if err := l.Add(base); err != nil {
				t.Fatal(err)
			}
			o, err := ParseBlockdev(rel, "x86_64", arg)
			if err != nil {
				continue
			}
			if l.Add(o) == nil {
				if n := l.Nodes[len(l.Nodes)-1]; n.Name == "" {
					t.Fatalf("%q: a node without a name", arg)
				}
				l.InfoBlock()
				l.QueryBlock()
			}
		}
	})
}

// FuzzDrive: any -drive text gives a backend or an error, never a panic.
func FuzzDrive(f *testing.F) {
	for _, s := range []string{"file=/img/disk.raw,if=virtio", "if=ide,media=cdrom,index=2", "file=/img/disk.qcow2,format=raw,id=d,,x",
		"driver=null-co,if=none,id=d0", "file=/img/disk.raw,if=ide,bus=1,unit=1", "file=/img,if=scsi,index=99"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, arg string) {
		l := New(release.V7_2, testHost)
		for i := 0; i < 2; i++ {
			b, _, err := l.AddDrive(ParseDrive("-drive "+arg, arg), Machine{DefaultIF: "ide"})
			if err == nil && (b.Name == "" || l.Backend(b.Name) != b) {
				t.Fatalf("%q: backend %q not found by its name", arg, b.Name)
			}
		}
		l.InfoBlock()
	})
}
