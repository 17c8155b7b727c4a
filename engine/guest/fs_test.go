package guest

import "testing"

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
		{x86, "/sys/devices/system/cpu/modalias", "", errNotModelled},
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
