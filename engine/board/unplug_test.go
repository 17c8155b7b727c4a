package board_test

import (
	"strings"
	"testing"

	"hotpluglab/engine/monitor"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// Unplugs that need no guest: the device leaves the tree at the request,
// its DEVICE_DELETED events come a few requests later (or when time
// passes); a PCI device behind ACPI hotplug only gets the request.
func TestImmediateUnplug(t *testing.T) {
	for _, tc := range []struct {
		name, target string
		args         []string
		add, del     string
		gone         string // `info` command that no longer lists the device
		// requests after device_del before the events (-1: only when time passes)
		after  int
		events []string
		// afterOn overrides after for a release (by name)
		afterOn map[string]int
	}{
		{"usb on pseries", "ppc64", []string{"-M", "pseries", "-S", "-nodefaults", "-device", "qemu-xhci"}, "device_add usb-kbd,id=k", "device_del k",
			"info usb", -1, []string{`{"device": "k", "path": "/machine/peripheral/k"}`}, nil},
		{"usb on pc, anonymous", "x86_64", []string{"-M", "pc", "-S", "-nodefaults", "-device", "qemu-xhci"}, "device_add usb-tablet", "device_del /machine/peripheral-anon/device[1]",
			"info usb", -1, []string{`{"path": "/machine/peripheral-anon/device[1]"}`}, nil},
		{"pci on pseries before the guest", "ppc64", []string{"-M", "pseries", "-S", "-nodefaults"}, "device_add virtio-balloon-pci,id=b", "device_del b",
			"info pci", -1, []string{`{"path": "/machine/peripheral/b/virtio-backend"}`, `{"device": "b", "path": "/machine/peripheral/b"}`},
			nil}, // both releases since r42m (10.0's "next request" recordings varied)
		// its SCSI disk first (probe_monitor's m4-q35-usb-storage)
		{"usb-storage on q35", "x86_64", []string{"-M", "q35", "-S", "-nodefaults", "-device", "qemu-xhci", "-blockdev", "null-co,node-name=n"},
			"device_add usb-storage,drive=n,id=us", "device_del us", "info usb", -1,
			[]string{`{"path": "/machine/peripheral/us/us.0/legacy[0]"}`, `{"device": "us", "path": "/machine/peripheral/us"}`}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, rel := range release.All() {
				s := session.Start(rel, tc.target, tc.args)
				if !s.Result.Started {
					t.Fatalf("%s: did not start: %s", rel.Name, s.Stderr())
				}
				if out := s.HMP(tc.add); out != "" {
					t.Fatalf("%s: %s: %q", rel.Name, tc.add, out)
				}
				before := s.HMP(tc.gone)
				out, evs := s.HMPWithEvents(tc.del)
				if out != "" || len(evs) != 0 {
					t.Fatalf("%s: %s: %q, events %v", rel.Name, tc.del, out, evs)
				}
				after, evs := s.HMPWithEvents(tc.gone)
				if after == before {
					t.Errorf("%s: %s still lists the device:\n%s", rel.Name, tc.gone, after)
				}
				got := deleted(evs)
				wantAfter := tc.after
				if n, ok := tc.afterOn[rel.Name]; ok {
					wantAfter = n
				}
				if wantAfter < 0 {
					if len(got) > 0 {
						t.Fatalf("%s: events at the next request: %v", rel.Name, got)
					}
					got = deleted(s.Advance(50000))
				} else {
					for i := 2; i <= wantAfter; i++ {
						if len(got) > 0 {
							t.Fatalf("%s: events after %d requests, want %d", rel.Name, i-1, wantAfter)
						}
						_, evs := s.HMPWithEvents("info version")
						got = deleted(evs)
					}
				}
				if strings.Join(got, " ") != strings.Join(tc.events, " ") {
					t.Errorf("%s: DEVICE_DELETED data %v, want %v", rel.Name, got, tc.events)
				}
				if out := s.HMP(tc.del); !strings.Contains(out, "not found") {
					t.Errorf("%s: second %s: %q, want not found", rel.Name, tc.del, out)
				}
			}
		})
	}
}

// A request that waits for the RCU callbacks delivers the pending
// DEVICE_DELETED before its reply: a device_add that fails (every
// release), a PCI device's device_add (7.2), system_reset (7.2 before its
// RESET, 10.0 after it). Measured: probe_mix's r41m-dd- cases.
func TestFinalizationDrains(t *testing.T) {
	names := func(evs []monitor.Event) string {
		var n []string
		for _, e := range evs {
			n = append(n, e.Name)
		}
		return strings.Join(n, " ")
	}
	for _, tc := range []struct {
		rel   *release.Release
		drain string
		want  string // event names at the draining request
	}{
		{release.V7_2, "device_add nosuch-device,id=k2", "DEVICE_DELETED"},
		{release.V10_0, "device_add nosuch-device,id=k2", "DEVICE_DELETED"},
		{release.V7_2, "device_add virtio-rng-pci,id=r2", "DEVICE_DELETED"},
		{release.V10_0, "device_add virtio-rng-pci,id=r2", ""},
		{release.V7_2, "device_add usb-mouse,id=m2", ""},
		{release.V7_2, "system_reset", "DEVICE_DELETED RESET"},
		{release.V10_0, "system_reset", "RESET DEVICE_DELETED"},
	} {
		s := session.Start(tc.rel, "ppc64", []string{"-M", "pseries", "-S", "-nodefaults", "-device", "qemu-xhci"})
		s.HMP("device_add usb-kbd,id=k")
		s.HMP("device_del k")
		if _, evs := s.HMPWithEvents("info status"); len(evs) != 0 {
			t.Fatalf("%s: events at a light request: %v", tc.rel.Name, evs)
		}
		if _, evs := s.HMPWithEvents(tc.drain); names(evs) != tc.want {
			t.Errorf("%s: %s: events %q, want %q", tc.rel.Name, tc.drain, names(evs), tc.want)
		}
	}
}

func TestACPIPCIUnplugWaitsForTheGuest(t *testing.T) {
	s := session.Start(release.V7_2, "x86_64", []string{"-M", "pc", "-S", "-nodefaults"})
	s.HMP("device_add e1000,id=e")
	if out := s.HMP("device_del e"); out != "" {
		t.Fatalf("device_del: %q", out)
	}
	if evs := deleted(s.Advance(1000000)); len(evs) != 0 {
		t.Errorf("DEVICE_DELETED without a guest: %v", evs)
	}
	if out := s.HMP("device_del e"); out != "Error: Device e is already in the process of unplug\r\n" {
		t.Errorf("second device_del: %q", out)
	}
}

func deleted[E interface{ JSON() string }](evs []E) []string {
	var out []string
	for _, e := range evs {
		j := e.JSON()
		if !strings.Contains(j, `"DEVICE_DELETED"`) {
			continue
		}
		v, _ := qjson.Parse([]byte(j))
		d, _ := v.(qjson.Object).Get("data")
		out = append(out, qjson.Marshal(d))
	}
	return out
}

// A machine reset completes the PCI unplugs no guest answered: pc ejects
// the pending slot (its DEVICE_DELETED at the next drain), keeps a bridge
// present from the start pending; pseries releases the DRC, its event
// after RESET (measured: probe_mix r43m-reset-*).
func TestResetCompletesPendingUnplugs(t *testing.T) {
	for _, rel := range []*release.Release{release.V7_2, release.V10_0} {
		s := session.Start(rel, "x86_64", []string{"-M", "pc", "-S", "-nodefaults", "-device", "e1000,id=nic1",
			"-device", "pci-bridge,chassis_nr=1,id=br1"})
		s.HMP("device_del nic1")
		s.HMP("device_del br1")
		s.HMP("system_reset")
		if out := s.HMP("info pci"); strings.Contains(out, "Ethernet") || !strings.Contains(out, "PCI bridge") {
			t.Errorf("%s: pc after reset: %q", rel.Name, out)
		}
		if _, evs := s.HMPWithEvents("device_add nosuch-device"); len(evs) != 1 || !strings.Contains(evs[0].JSON(), `"nic1"`) {
			t.Errorf("%s: pc drain after reset: %v", rel.Name, evs)
		}
		if out := s.HMP("device_del br1"); out != "Error: Device br1 is already in the process of unplug\r\n" {
			t.Errorf("%s: bridge after reset: %q", rel.Name, out)
		}

		p := session.Start(rel, "ppc64", []string{"-M", "pseries", "-S", "-nodefaults", "-device", "virtio-rng-pci,id=rng1"})
		p.HMP("device_del rng1")
		_, evs := p.HMPWithEvents("system_reset")
		var names []string
		for _, e := range evs {
			names = append(names, e.Name)
		}
		if got := strings.Join(names, " "); got != "RESET DEVICE_DELETED DEVICE_DELETED" {
			t.Errorf("%s: pseries reset events %q", rel.Name, got)
		}
	}
}

// A drive made by drive_add goes with the device that held it once that
// device is finalized (blockdev_auto_del); a blockdev-add node stays.
func TestUnpluggedDeviceTakesItsDrive(t *testing.T) {
	for _, dev := range []string{"scsi-hd,bus=scsi0.0", "usb-storage"} {
		s := session.Start(release.V7_2, "x86_64", []string{"-M", "q35", "-S", "-nodefaults", "-device", "qemu-xhci",
			"-device", "virtio-scsi-pci,id=scsi0"})
		s.HMP("drive_add 0 if=none,id=hd0,driver=null-co,node-name=nhd0")
		s.HMP("device_add " + dev + ",drive=hd0,id=disk0")
		s.HMP("device_del disk0")
		s.HMP("device_add nosuch-device")
		if out := s.HMP("drive_del hd0"); out != "Device 'hd0' not found\r\n" {
			t.Errorf("%s: drive_del after the unplug: %q", dev, out)
		}
	}
	s := session.Start(release.V7_2, "x86_64", []string{"-M", "q35", "-S", "-nodefaults", "-device", "virtio-scsi-pci,id=scsi0",
		"-blockdev", "driver=null-co,node-name=nb"})
	s.HMP("device_add scsi-hd,bus=scsi0.0,drive=nb,id=disk0")
	s.HMP("device_del disk0")
	s.HMP("device_add nosuch-device")
	// The monitor still owns the node: blockdev-del deletes it.
	if out := strings.Join(s.QMP(`{"execute": "blockdev-del", "arguments": {"node-name": "nb"}}`), ""); !strings.Contains(out, `"return": {}`) {
		t.Errorf("a -blockdev node went with its device: %q", out)
	}
}
