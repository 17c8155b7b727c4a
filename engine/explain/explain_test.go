package explain

import (
	"strings"
	"testing"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

const guideX86 = "-M pc -smp 4,maxcpus=8,sockets=2,cores=2,threads=2"

// TestLine: each hint fires on the engine's own answer to a line a learner
// types, on both releases, and names its guide section and a working line.
func TestLine(t *testing.T) {
	for _, tc := range []struct {
		name    string
		args    string
		before  []string // lines run first
		boot    bool
		qmp     bool
		line    string
		section string // "" = no hint
		try     string
		why     string // a word the note must contain
	}{
		{"prompt pasted", guideX86, nil, false, false, "(qemu) info hotpluggable-cpus", SectionMonitor, "info hotpluggable-cpus", "prompt"},
		{"qmp-shell syntax", guideX86, nil, false, true, "(QEMU) query-hotpluggable-cpus", SectionQMP, `{"execute": "query-hotpluggable-cpus"}`, "qmp-shell"},
		{"json at hmp", guideX86, nil, false, false, `{"execute": "query-cpus-fast"}`, SectionQMP, "", "QMP tab"},
		{"hmp at qmp", guideX86, nil, false, true, "info cpus", SectionQMP, `{"execute": "human-monitor-command", "arguments": {"command-line": "info cpus"}}`, "JSON"},
		{"unplug before boot", guideX86, []string{"device_add qemu64-x86_64-cpu,id=cpu1,socket-id=1,core-id=0,thread-id=0"}, false, false, "device_del cpu1", SectionUnplug, "", "Boot the guest"},
		{"unplug with a guest", guideX86, []string{"device_add qemu64-x86_64-cpu,id=cpu1,socket-id=1,core-id=0,thread-id=0"}, true, false, "device_del cpu1", SectionUnplug, "", "DEVICE_DELETED"},
		{"slot taken", guideX86, []string{"device_add qemu64-x86_64-cpu,id=cpu1,socket-id=1,core-id=0,thread-id=0"}, false, false, "device_add qemu64-x86_64-cpu,id=cpu2,socket-id=1,core-id=0,thread-id=0", SectionSlots, "device_add qemu64-x86_64-cpu,id=cpu2,socket-id=1,core-id=0,thread-id=1", "already"},
		{"core taken", "-M pseries -smp 2,maxcpus=4", nil, false, false, "device_add %CORE%,id=c1,core-id=1", SectionSlots, "device_add %CORE%,id=c1,core-id=2", "already"},
		{"upper case", "-M pseries -smp 2,maxcpus=4", nil, false, false, "device_add POWER7_v2.3-spapr-cpu-core,id=cpu1,core-id=2", SectionNames, "device_add power7_v2.3-spapr-cpu-core,id=cpu1,core-id=2", "lower case"},
		{"core type", "-M pseries -smp 2,maxcpus=4", nil, false, false, "device_add power7_v2.3-spapr-cpu-core,id=cpu1,core-id=2", SectionSPAPR, "device_add %CORE%,id=cpu1,core-id=2", "-cpu power7"},
		{"x86 cpu type", guideX86, nil, false, false, "device_add IvyBridge-IBRS-x86_64-cpu,id=cpu1,socket-id=1,core-id=0,thread-id=0", SectionSlots, "device_add qemu64-x86_64-cpu,id=cpu1,socket-id=1,core-id=0,thread-id=0", "qemu64"},
		{"socket 1 on 6.2+", "-M pc -smp 1,maxcpus=2", nil, false, false, "device_add qemu64-x86_64-cpu,id=cpu-2,socket-id=1,core-id=0,thread-id=0", SectionSMPFill, "device_add qemu64-x86_64-cpu,id=cpu-2,socket-id=0,core-id=1,thread-id=0", "6.2"},
		{"socket 1 on 6.1", "-M pc-i440fx-6.1 -smp 1,maxcpus=2", nil, false, false, "device_add qemu64-x86_64-cpu,id=cpu-2,socket-id=1,core-id=0,thread-id=0", "", "", ""},
		{"socket out of range, sockets given", guideX86, nil, false, false, "device_add qemu64-x86_64-cpu,id=c,socket-id=2,core-id=0,thread-id=0", SectionSlots, "device_add qemu64-x86_64-cpu,id=c,socket-id=1,core-id=0,thread-id=0", "0 to 1"},
		{"ids missing", guideX86, nil, false, false, "device_add qemu64-x86_64-cpu,id=cpu1", SectionSlots, "device_add qemu64-x86_64-cpu,id=cpu1,socket-id=1,core-id=0,thread-id=0", "thread-id"},
		{"no such id", guideX86, nil, false, false, "device_del cpu1", SectionUnplug, "", "cpu1"},
		{"boot cpu", guideX86, nil, false, false, "device_del /machine/unattached/device[0]", SectionUnplug, "", "first CPU"},
		{"duplicate id", guideX86, []string{"device_add qemu64-x86_64-cpu,id=cpu1,socket-id=1,core-id=0,thread-id=0"}, false, false, "device_add qemu64-x86_64-cpu,id=cpu1,socket-id=1,core-id=1,thread-id=0", SectionSlots, "", "own id"},
		{"negotiated twice", guideX86, []string{"qmp:" + `{"execute": "qmp_capabilities"}`}, false, true, `{"execute": "qmp_capabilities"}`, SectionQMP, "", "once"},
		{"microvm: no list", "-M microvm -smp 1,maxcpus=4", nil, false, false, "info hotpluggable-cpus", SectionSlots, "", "no CPU hotplug"},
		{"microvm: no list (qmp)", "-M microvm -smp 1,maxcpus=4", nil, false, true, `{"execute": "query-hotpluggable-cpus"}`, SectionSlots, "", "microvm"},
		{"microvm: another device refused says nothing", "-M microvm", nil, false, false, "device_add e1000", "", "", ""},
		{"success says nothing", guideX86, nil, false, false, "device_add qemu64-x86_64-cpu,id=cpu1,socket-id=1,core-id=0,thread-id=0", "", "", ""},
		{"info says nothing", guideX86, nil, false, false, "info hotpluggable-cpus", "", "", ""},
	} {
		for _, rel := range release.All() {
			t.Run(tc.name+"/"+rel.Name, func(t *testing.T) {
				s := session.Start(rel, "", strings.Fields(tc.args))
				if !s.Started() {
					t.Fatalf("%s does not start: %s", tc.args, s.Stderr())
				}
				core := s.Mon.M.CPUType
				sub := func(x string) string { return strings.ReplaceAll(x, "%CORE%", core) }
				if tc.boot {
					s.BootGuestAndWait()
				}
				for _, l := range tc.before {
					if q, ok := strings.CutPrefix(l, "qmp:"); ok {
						s.QMP(q)
					} else {
						s.HMP(sub(l))
					}
				}
				line := sub(tc.line)
				var out string
				if tc.qmp {
					out = strings.Join(s.QMP(line), "\n")
				} else {
					out = s.HMP(line)
				}
				h, ok := Line(s, tc.qmp, line, out)
				if tc.section == "" {
					if ok {
						t.Fatalf("%q answered %q: unexpected hint %+v", line, out, h)
					}
					return
				}
				if !ok {
					t.Fatalf("%q answered %q: no hint", line, out)
				}
				if h.Section != tc.section || h.Try != sub(tc.try) || !strings.Contains(h.Why, tc.why) {
					t.Errorf("%q answered %q: hint %+v, want section %s, try %q, a note saying %q", line, out, h, tc.section, sub(tc.try), tc.why)
				}
			})
		}
	}
}

// TestTryWorks: a hint's suggested line, run on the same session, is not
// answered with another error.
func TestTryWorks(t *testing.T) {
	for _, rel := range release.All() {
		for _, c := range []struct{ args, line string }{
			{guideX86, "(qemu) info hotpluggable-cpus"},
			{"-M pc -smp 1,maxcpus=2", "device_add qemu64-x86_64-cpu,id=cpu-2,socket-id=1,core-id=0,thread-id=0"},
			{guideX86, "device_add qemu64-x86_64-cpu,id=cpu1"},
		} {
			s := session.Start(rel, "", strings.Fields(c.args))
			h, ok := Line(s, false, c.line, s.HMP(c.line))
			if !ok || h.Try == "" {
				t.Fatalf("%s: %q gives no line to try", rel, c.line)
			}
			if out := s.HMP(h.Try); strings.HasPrefix(out, "Error") || strings.HasPrefix(out, "unknown") {
				t.Errorf("%s: the suggested %q answers %q", rel, h.Try, out)
			}
		}
	}
}

// TestStartup: start-up messages QEMU prints for guide mistakes (recorded
// texts: the stray word of the cold-plug example pasted as printed).
func TestStartup(t *testing.T) {
	for _, tc := range []struct {
		stderr, section string
	}{
		{"qemu-system-x86_64: core-id=1,thread-id=0: Could not open 'core-id=1,thread-id=0': No such file or directory\n", SectionColdPlug},
		{"qemu-system-x86_64: Invalid CPU topology: product of the hierarchy must match maxcpus: sockets (2) * dies (1) * cores (3) * threads (0) != maxcpus (4)\n", SectionSMPFill},
		{"qemu-system-x86_64: disk.img: Could not open 'disk.img': No such file or directory\n", ""},
		{"", ""},
	} {
		h, ok := Startup(nil, tc.stderr)
		if ok != (tc.section != "") || h.Section != tc.section {
			t.Errorf("%q: hint %+v (%v), want section %q", tc.stderr, h, ok, tc.section)
		}
	}
}

// On 7.2 microvm's hotplug handler refuses a CPU (10.0 takes it): the note
// says the machine has no CPU hotplug.
func TestNoCPUHotplugRefusal(t *testing.T) {
	s := session.Start(release.V7_2, "", []string{"-M", "microvm", "-smp", "1,maxcpus=4"})
	line := "device_add qemu64-x86_64-cpu,id=cpu1,socket-id=0,core-id=2,thread-id=0"
	out := s.HMP(line)
	h, ok := Line(s, false, line, out)
	if !ok || !strings.Contains(h.Why, "microvm has no CPU hotplug") || h.Section != SectionSlots {
		t.Errorf("%q answered %q: hint %+v, %v", line, out, h, ok)
	}
}
