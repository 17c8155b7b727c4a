package cmdline

import (
	"strings"
	"testing"

	"hotpluglab/engine/hostfs"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/release"
)

// Round 21 (probe_cmdline c21-, measured on both releases): help and
// listing options. -object with a type the ObjectType enum has but the
// binary never built, -device's list with more words, -accel help per
// binary, keyval options that take no help, CPUs on the none machine.
func TestRound21Outcomes(t *testing.T) {
	const x, p = "qemu-system-x86_64: ", "qemu-system-ppc64: "
	noHelp := func(b, opt string) string { return b + opt + ": Help is not available for this option\n" }
	for _, tc := range []struct {
		rel     *release.Release
		target  machinetype.Target
		args    string
		exit    int
		stderr  string
		started bool
	}{
		{release.V7_2, machinetype.X86_64, "-object authz-pam,help", 1, x + "-object authz-pam,help: Parameter 'id' is missing\n", false},
		{release.V10_0, machinetype.X86_64, "-object pef-guest,help", 1, x + "-object pef-guest,help: Parameter 'id' is missing\n", false},
		{release.V10_0, machinetype.X86_64, "-object authz-listfile,help", 1, x + "-object authz-listfile,help: Parameter 'id' is missing\n", false},
		{release.V7_2, machinetype.PPC64, "-object sev-guest,help", 1, p + "-object sev-guest,help: Parameter 'id' is missing\n", false},
		{release.V7_2, machinetype.PPC64, "-object iommufd,help", 1, p + "-object iommufd,help: Parameter 'qom-type' does not accept value 'iommufd'\n", false},
		{release.V10_0, machinetype.PPC64, "-object iommufd,help", 1, p + "-object iommufd,help: Parameter 'id' is missing\n", false},
		{release.V10_0, machinetype.X86_64, "-object authz-pam,help,id=a", 1, x + "-object authz-pam,help,id=a: Parameter 'service' is missing\n", false},
		{release.V7_2, machinetype.X86_64, "-object authz-pam,id=a,service=s", 1, x + "invalid object type: authz-pam\n", false},
		{release.V10_0, machinetype.X86_64, "-object pef-guest,id=a", 1, x + "invalid object type: pef-guest\n", false},
		{release.V10_0, machinetype.PPC64, "-object iommufd,id=a", 1, p + "invalid object type: iommufd\n", false},
		{release.V7_2, machinetype.X86_64, "-audiodev none,help", 1, noHelp(x, "-audiodev none,help"), false},
		{release.V10_0, machinetype.X86_64, "-display none,help", 1, noHelp(x, "-display none,help"), false},
		{release.V7_2, machinetype.X86_64, "-netdev stream,help", 1, noHelp(x, "-netdev stream,help"), false},
		{release.V7_2, machinetype.X86_64, "-netdev tap,help", 1, x + "-netdev tap,help: Parameter 'id' is missing\n", false},
		{release.V7_2, machinetype.X86_64, "-M none -cpu qemu64", 1, x + "apic-id property was not initialized properly\n", false},
		{release.V10_0, machinetype.X86_64, "-M none -device qemu64-x86_64-cpu,socket-id=0,core-id=0,thread-id=0", 1,
			x + "-device qemu64-x86_64-cpu,socket-id=0,core-id=0,thread-id=0: apic-id property was not initialized properly\n", false},
		{release.V7_2, machinetype.PPC64, "-M none -device power9_v2.0-spapr-cpu-core,core-id=0", 1,
			p + "-device power9_v2.0-spapr-cpu-core,core-id=0: spapr-cpu-core needs a pseries machine\n", false},
		{release.V10_0, machinetype.X86_64, "-M none -m 1G", 0, "", true},
		{release.V7_2, machinetype.X86_64, "-M none -device qemu64-x86_64-cpu,apic-id=0", 0, "", true},
		{release.V7_2, machinetype.X86_64, "-display none,help,foo", 1, x + "-display none,help,foo: Expected '=' after parameter 'foo'\n", false},
		{release.V10_0, machinetype.X86_64, "-device help,id=1x", 1, x + "-device help,id=1x: Parameter 'id' expects an identifier\n" +
			"Identifiers consist of letters, digits, '-', '.', '_', starting with a letter.\n", false},
	} {
		r := StartOnHost(tc.rel, tc.target, strings.Fields(tc.args), hostfs.New())
		if r.Started != tc.started || r.ExitCode != tc.exit || r.Stderr != tc.stderr {
			t.Errorf("%s %s %s:\n got started=%v exit=%d stderr=%q\nwant started=%v exit=%d stderr=%q", tc.rel.Name, tc.target, tc.args,
				r.Started, r.ExitCode, r.Stderr, tc.started, tc.exit, tc.stderr)
		}
	}
}

// -accel help lists the binary's accelerators; -device's list comes with
// the QemuOpts warnings of the words after "help", and driver=help too.
func TestRound21Lists(t *testing.T) {
	for _, tc := range []struct {
		target      machinetype.Target
		args        string
		stdoutStart string
		stderr      string
	}{
		{machinetype.X86_64, "-accel help", "Accelerators supported in QEMU binary:\ntcg\nkvm\n", ""},
		{machinetype.PPC64, "-accel help", "Accelerators supported in QEMU binary:\ntcg\n", ""},
		{machinetype.X86_64, "-device help,storage", "Controller/Bridge/Hub devices:\n",
			"qemu-system-x86_64: -device help,storage: warning: short-form boolean option 'storage' deprecated\nPlease use storage=on instead\n"},
		{machinetype.X86_64, "-device driver=help", "Controller/Bridge/Hub devices:\n", ""},
	} {
		for _, rel := range []*release.Release{release.V7_2, release.V10_0} {
			r := StartOnHost(rel, tc.target, strings.Fields(tc.args), hostfs.New())
			if r.ExitCode != 0 || !strings.HasPrefix(r.Stdout, tc.stdoutStart) || r.Stderr != tc.stderr {
				t.Errorf("%s %s %s: exit=%d stdout=%.80q stderr=%q", rel.Name, tc.target, tc.args, r.ExitCode, r.Stdout, r.Stderr)
			}
		}
	}
}

// deviceListWanted: the driver QemuOpts reads (implied first, the last
// driver= given) asks for the list.
func TestDeviceListWanted(t *testing.T) {
	for arg, want := range map[string]bool{"help": true, "?": true, "help,storage": true, "driver=help": true,
		"e1000,driver=?": true, "e1000,help": false, "storage,help": false, "driver=help,driver=e1000": false, "helpx": false} {
		if got := deviceListWanted(arg); got != want {
			t.Errorf("deviceListWanted(%q) = %v, want %v", arg, got, want)
		}
	}
}
