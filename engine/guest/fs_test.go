package guest

import (
	"strings"
	"testing"
)

func TestKstrtobool(t *testing.T) {
	for _, c := range []struct {
		in      string
		want    bool
		wantErr bool
	}{
		{"1\n", true, false}, {"0\n", false, false}, {"y", true, false}, {"N", false, false},
		{"on", true, false}, {"off", false, false}, {"o", false, true}, {"2\n", false, true},
		{"\n", false, true}, {"", false, true},
	} {
		got, err := kstrtobool(c.in)
		if got != c.want || (err != nil) != c.wantErr {
			t.Errorf("kstrtobool(%q) = %v, %v", c.in, got, err)
		}
	}
}

func TestSysfsFiles(t *testing.T) {
	x86 := newRig(t, "-M", "pc", "-smp", "2,maxcpus=4").boot()
	ppc := newRig(t, "-M", "pseries", "-smp", "1,maxcpus=2").boot()
	ppc2 := newRig(t, "-M", "pseries", "-smp", "2").boot()
	x86Flags := newRig(t, "-M", "pc", "-cpu", "qemu64,+avx").boot()
	wide := newRig(t, "-M", "q35", "-smp", "1,maxcpus=72").boot()
	for _, c := range []struct {
		r          *rig
		path, want string
		err        error
	}{
		{x86, "/sys/devices/system/cpu/possible", "0-3\n", nil},
		{x86, "/sys/devices/system/cpu/offline", "2-3\n", nil},
		{x86, "/sys/devices/system/cpu/kernel_max", "8191\n", nil},
		{x86, "/sys/devices/system/cpu/cpu1/online", "1\n", nil},
		{x86, "/sys/devices/system/cpu/cpu0/online", "", errNoEnt},
		{x86, "/sys/devices/system/cpu/cpu2", "", errNoEnt},
		{x86, "/sys/devices/system/cpu/cpu1", "", errIsDir},
		{x86, "/sys/devices/system/cpu/isolated", "\n", nil},
		{x86, "/sys/devices/system/cpu/modalias", modaliasQEMU64, nil},
		{x86, "/sys/devices/system/cpu/cpu1/uevent", "DRIVER=processor\nMODALIAS=" + modaliasQEMU64 + "\n", nil},
		{x86Flags, "/sys/devices/system/cpu/modalias", "", errNotModelled},
		{x86Flags, "/sys/devices/system/cpu/cpu0/uevent", "", errNotModelled},
		{ppc2, "/sys/devices/system/cpu/cpu1/uevent", "OF_NAME=PowerPC,POWER9\nOF_FULLNAME=/cpus/PowerPC,POWER9@1\nOF_TYPE=cpu\nOF_COMPATIBLE_N=0\nMODALIAS=" + modaliasPOWER9 + "\n", nil},
		{x86, "/proc/interrupts", "           CPU0       CPU1       \nThe interrupt lines of /proc/interrupts: " + errNotModelled.Error() + "\n", nil},
		{ppc, "/proc/interrupts", "           CPU0       \nThe interrupt lines of /proc/interrupts: " + errNotModelled.Error() + "\n", nil},
		{wide, "/proc/interrupts", "            CPU0       \nThe interrupt lines of /proc/interrupts: " + errNotModelled.Error() + "\n", nil},
		{x86, "/proc/device-tree/cpus", "", errNoEnt},
		{ppc, "/sys/devices/system/cpu/kernel_max", "2047\n", nil},
		{ppc, "/sys/devices/system/cpu/cpu1/online", "0\n", nil},
		{ppc, "/sys/devices/system/cpu/cpu0/physical_id", "0\n", nil},
		{ppc, "/sys/devices/system/cpu/cpu2/online", "", errNoEnt},
		{ppc, "/sys/firmware/acpi/hotplug/processor/enabled", "", errNoEnt},
	} {
		got, err := guestFS{c.r.g}.ReadFile(c.path)
		if got != c.want || err != c.err {
			t.Errorf("%s: %q, %v; want %q, %v", c.path, got, err, c.want, c.err)
		}
	}
}

// TestBelowUnlistedFolders: a path below a sysfs folder whose entries the
// simulator does not know may be there, so reading it is "not modelled",
// never "No such file" (a note, not the guest's answer), except where the
// simulator knows it is absent: a PCI function on bus 00 where the
// machine has no device, a name /sys/bus/pci/devices cannot hold, the
// firmware folders. /proc keeps answering "No such file" for names it
// does not model.
func TestBelowUnlistedFolders(t *testing.T) {
	r := newRig(t, "-M", "pc", "-smp", "1,maxcpus=2").boot()
	r.g.HW.RootPCIFunction = func(devfn int) bool { return devfn == 0 || devfn == 2<<3 }
	fs := guestFS{r.g}
	for _, c := range []struct {
		path string
		err  error
	}{
		{"/sys/class/net/eth0/address", errNotModelled},
		{"/sys/block/vda/size", errNotModelled},
		{"/sys/bus/pci/devices/0000:00:00.0/vendor", errNotModelled},
		{"/sys/bus/pci/devices/0000:00:02.0/device", errNotModelled},
		{"/sys/bus/pci/devices/0000:00:03.0/vendor", errNoEnt},
		{"/sys/devices/pci0000:00/0000:00:03.0/vendor", errNoEnt},
		{"/sys/devices/pci0000:00/0000:00:02.0/vendor", errNotModelled},
		{"/sys/bus/pci/devices/0000:01:00.0/vendor", errNotModelled}, // behind a bridge: not known
		{"/sys/bus/pci/devices/nosuch", errNoEnt},
		{"/sys/devices/system/cpu/cpu7/online", errNoEnt}, // a listed folder: known absent
		{"/proc/nosuch", errNoEnt},
	} {
		if _, err := fs.ReadFile(c.path); err != c.err {
			t.Errorf("ReadFile(%s): %v, want %v", c.path, err, c.err)
		}
		if _, err := fs.Stat(c.path); err != c.err {
			t.Errorf("Stat(%s): %v, want %v", c.path, err, c.err)
		}
	}
	// The shell says it beside the output and prints no error of its own.
	out := r.g.Shell("cat /sys/class/net/eth0/address; ls /sys/block/vda; [ -e /sys/class/net/eth0 ] || echo unknown")
	if out != "unknown\n" {
		t.Errorf("shell output %q, want only the test's", out)
	}
	notes := r.g.TakeNotes()
	if len(notes) != 3 {
		t.Errorf("notes %q, want three (cat, ls, test)", notes)
	}
	for _, n := range notes {
		if strings.Contains(n, "\x00") {
			t.Errorf("note %q carries the marker", n)
		}
	}
}
