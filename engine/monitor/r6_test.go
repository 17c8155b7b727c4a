package monitor_test

import (
	"strings"
	"testing"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// A CPU's qom-get reads the machine type's compat properties (measured on 10.0, probe_cmdline r6m-qom-get-compat-*:
// pc-q35-7.2 sets legacy-multi-node on every x86 CPU, boot or hot-plugged).
func TestCPUCompatQOMGet(t *testing.T) {
	for _, tc := range []struct {
		args string
		cmds []string
		want string
	}{
		{"-M pc-q35-7.2 -cpu Skylake-Client-IBRS -smp 1,maxcpus=2", []string{"qom-get /machine/unattached/device[0] legacy-multi-node"}, "true"},
		{"-M pc-q35-7.2 -cpu Skylake-Client-IBRS -smp 1,maxcpus=2", []string{
			"device_add Skylake-Client-IBRS-x86_64-cpu,socket-id=0,core-id=1,thread-id=0,id=c1", "qom-get c1 legacy-multi-node"}, "true"},
		{"-M pc-q35-7.2 -cpu Skylake-Client-IBRS", []string{"qom-get /machine/unattached/device[0] guest-phys-bits"}, "0"},
		{"-M q35 -cpu Skylake-Client-IBRS", []string{"qom-get /machine/unattached/device[0] legacy-multi-node"}, "false"},
	} {
		s := session.Start(release.V10_0, "x86_64", append([]string{"-S", "-nodefaults"}, strings.Fields(tc.args)...))
		got := ""
		for _, c := range tc.cmds {
			got = s.HMP(c)
		}
		if strings.TrimSpace(got) != tc.want {
			t.Errorf("%s: %v: got %q, want %q", tc.args, tc.cmds, got, tc.want)
		}
	}
}
