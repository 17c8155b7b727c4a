package session

import (
	"strings"
	"testing"

	"hotpluglab/engine/monitor"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/release"
)

func eventText(evs []monitor.Event) string {
	var l []string
	for _, e := range evs {
		l = append(l, e.Name+" "+qjson.Marshal(e.Data))
	}
	return strings.Join(l, "\n")
}

// TestGuestMemoryHotplug follows a pc-dimm through the ACPI memory hotplug
// block with a booted guest, as recorded (g1-pc-mem-add, g1-pc-mem-del-offline):
// _OST(1, 0) on the add, an offline block 32 at 4 GiB, then _OST(3, 0x84),
// DEVICE_DELETED and _OST(3, 0) without the device on device_del.
func TestGuestMemoryHotplug(t *testing.T) {
	for _, machine := range []string{"pc", "q35"} {
		for _, rel := range release.All() {
			s := Start(rel, "", []string{"-M", machine, "-m", "512M,slots=4,maxmem=2G"})
			s.BootGuest()
			s.Settle()
			if !strings.Contains(strings.Join(s.Guest().Dmesg(), "\n"), "ACPI: SRAT: Node 0 PXM 0 [mem 0x100000000-0x25fffffff] hotplug") {
				t.Errorf("%s %s: the SRAT's hotpluggable range is not in the boot log", machine, rel)
			}
			s.HMP("object_add memory-backend-ram,id=m1,size=128M")
			s.HMP("device_add pc-dimm,id=d1,memdev=m1")
			got := eventText(s.Settle())
			want := `ACPI_DEVICE_OST {"info": {"device": "d1", "source": 1, "status": 0, "slot": "0", "slot-type": "DIMM"}}`
			if got != want {
				t.Errorf("%s %s: add gave\n%s\nwant\n%s", machine, rel, got, want)
			}
			if out := s.GuestShell("cat /sys/devices/system/memory/memory32/state /sys/devices/system/memory/memory32/phys_index"); out != "offline\n00000020\n" {
				t.Errorf("%s %s: memory32 reads %q", machine, rel, out)
			}
			s.GuestShell("echo online_movable > /sys/devices/system/memory/memory32/state")
			if out := s.GuestShell("cat /sys/devices/system/memory/memory32/valid_zones"); out != "Movable\n" {
				t.Errorf("%s %s: valid_zones after online_movable %q", machine, rel, out)
			}
			s.HMP("device_del d1")
			got = eventText(s.Settle())
			want = `ACPI_DEVICE_OST {"info": {"device": "d1", "source": 3, "status": 132, "slot": "0", "slot-type": "DIMM"}}
DEVICE_DELETED {"device": "d1", "path": "/machine/peripheral/d1"}
ACPI_DEVICE_OST {"info": {"source": 3, "status": 0, "slot": "0", "slot-type": "DIMM"}}`
			if got != want {
				t.Errorf("%s %s: del gave\n%s\nwant\n%s", machine, rel, got, want)
			}
			if out := s.GuestShell("ls /sys/devices/system/memory/memory32"); !strings.Contains(out, "No such file") {
				t.Errorf("%s %s: memory32 still there: %q", machine, rel, out)
			}
			if out := s.HMP("object_del m1"); out != "" {
				t.Errorf("%s %s: the backend stays in use after the eject: %q", machine, rel, out)
			}
		}
	}
}

// TestGuestMemoryUnaligned: add_memory refuses a DIMM not a multiple of the
// 128 MiB block (g1-pc-dimm-errors); the guest still answers _OST(1, 0).
func TestGuestMemoryUnaligned(t *testing.T) {
	s := Start(release.V7_2, "", []string{"-M", "pc", "-m", "512M,slots=4,maxmem=2G"})
	s.BootGuest()
	s.Settle()
	s.TakeKernelLines()
	s.HMP("object_add memory-backend-ram,id=m1,size=100M")
	s.HMP("device_add pc-dimm,id=d1,memdev=m1")
	if got := eventText(s.Settle()); !strings.Contains(got, `"source": 1, "status": 0`) {
		t.Errorf("no _OST for the unaligned DIMM: %s", got)
	}
	want := []string{"Block size [0x8000000] unaligned hotplug range: start 0x100000000, size 0x6400000",
		"acpi PNP0C80:00: add_memory failed", "acpi PNP0C80:00: acpi_memory_enable_device() error"}
	got := s.TakeKernelLines()
	for i := range got {
		got[i] = got[i][strings.Index(got[i], "] ")+2:]
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("kernel lines %q, want %q", got, want)
	}
}

// TestGuestPSeriesMemory: a 512 MiB DIMM is two LMBs the guest adds and
// onlines itself, and gives back on device_del (g1-ps-mem-add, g1-ps-mem-del).
func TestGuestPSeriesMemory(t *testing.T) {
	for _, rel := range release.All() {
		s := Start(rel, "", []string{"-M", "pseries", "-m", "1G,slots=4,maxmem=4G"})
		s.BootGuest()
		s.Settle()
		s.TakeKernelLines()
		s.HMP("object_add memory-backend-ram,id=m1,size=512M")
		s.HMP("device_add pc-dimm,id=d1,memdev=m1")
		s.Settle()
		strip := func(l []string) string {
			for i := range l {
				l[i] = l[i][strings.Index(l[i], "] ")+2:]
			}
			return strings.Join(l, "\n")
		}
		want := `pseries-hotplug-mem: Attempting to hot-add 2 LMB(s) at index 80000004
radix-mmu: Mapped 0x0000000040000000-0x0000000050000000 with 2.00 MiB pages
radix-mmu: Mapped 0x0000000050000000-0x0000000060000000 with 2.00 MiB pages
pseries-hotplug-mem: Memory at 40000000 (drc index 80000004) was hot-added
pseries-hotplug-mem: Memory at 50000000 (drc index 80000005) was hot-added`
		if got := strip(s.TakeKernelLines()); got != want {
			t.Errorf("%s: add logged\n%s\nwant\n%s", rel, got, want)
		}
		if out := s.GuestShell("cat /sys/devices/system/memory/memory5/state"); out != "online\n" {
			t.Errorf("%s: memory5 %q", rel, out)
		}
		s.HMP("device_del d1")
		if got := eventText(s.Settle()); got != `DEVICE_DELETED {"device": "d1", "path": "/machine/peripheral/d1"}` {
			t.Errorf("%s: del gave %s", rel, got)
		}
		if out := s.HMP("info memory-devices"); out != "" {
			t.Errorf("%s: the DIMM stays: %q", rel, out)
		}
	}
}
