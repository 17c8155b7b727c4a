package session

import (
	"encoding/json"
	"fmt"
	"hotpluglab/engine/release"
	"math/rand"
	"strings"
	"testing"

	"hotpluglab/engine/qjson"
)

// randomInput is one random monitor input for a machine family: adds and
// deletes of random slots and ids, resets, guest-side ACPI port writes,
// queries, and now and then garbage.
func randomInput(r *rand.Rand, pseries bool, maxSlot int) (kind, text string) {
	id := fmt.Sprintf("c%d", r.Intn(12))
	switch n := r.Intn(100); {
	case n < 35:
		if pseries {
			return "hmp", fmt.Sprintf("device_add power9_v2.0-spapr-cpu-core,id=%s,core-id=%d", id, r.Intn(maxSlot+2))
		}
		return "qmp", fmt.Sprintf(`{"execute":"device_add","arguments":{"driver":"qemu64-x86_64-cpu","id":%q,"socket-id":%d,"core-id":%d,"thread-id":%d}}`, id, r.Intn(3), r.Intn(3), r.Intn(3))
	case n < 60:
		if r.Intn(4) == 0 {
			return "qmp", fmt.Sprintf(`{"execute":"device_del","arguments":{"id":%q}}`, id)
		}
		return "hmp", "device_del " + id
	case n < 64:
		return "qmp", `{"execute":"system_reset"}`
	case n < 68:
		return "hmp", []string{"cont", "stop", "info status"}[r.Intn(3)]
	case n < 90 && !pseries:
		// A guest's AML at work: switch, select, _OST, eject, clear flags.
		return "hmp", []string{"o /b 0xaf00 0", fmt.Sprintf("o /l 0xaf00 %d", r.Intn(maxSlot+1)), "o /b 0xaf05 0", "o /b 0xaf05 1", "o /b 0xaf05 2",
			"o /l 0xaf08 3", "o /l 0xaf08 0x84", "o /b 0xaf04 8", "o /b 0xaf04 2", "o /b 0xaf04 4", "i /b 0xaf04", "i /l 0xaf08"}[r.Intn(12)]
	case n < 95:
		return "hmp", []string{"info cpus", "info hotpluggable-cpus", "help device_add", "qom-get /machine/acpi-device cpu-hotplug-legacy"}[r.Intn(4)]
	}
	b := make([]byte, r.Intn(20))
	for i := range b {
		b[i] = " ,=/\"azAZ09-_.?{}[]:\\"[r.Intn(21)]
	}
	if r.Intn(2) == 0 {
		return "qmp", string(b)
	}
	return "hmp", "device_add " + string(b)
}

// transcript runs an input log and writes everything QEMU would print.
func transcript(rel *release.Release, args []string, log []Input) string {
	s := Start(rel, "", args)
	var b strings.Builder
	for _, in := range log {
		if in.Kind == "hmp" {
			out, evs := s.HMPWithEvents(in.Text)
			b.WriteString(out)
			for _, e := range evs {
				b.WriteString(e.JSON() + "\n")
			}
		} else {
			for _, l := range s.QMP(in.Text) {
				b.WriteString(l + "\n")
			}
		}
	}
	return b.String() + s.Stderr() + s.Stdout()
}

// The session is a pure function of its command line and input log.
func TestDeterministicTranscript(t *testing.T) {
	// 7.2's pseries dies of SIGSEGV at the first system_reset after a core
	// released at once (release.SPAPRReleasedCoreResetSIGSEGV), as QEMU
	// does: its transcript is short, so its length is not checked.
	for _, tc := range []struct {
		rel   *release.Release
		args  []string
		short bool
	}{
		{release.V7_2, []string{"-S", "-M", "pc", "-smp", "2,maxcpus=8,sockets=2,cores=2,threads=2"}, false},
		{release.V7_2, []string{"-S", "-M", "pseries", "-smp", "2,maxcpus=8"}, true},
		{release.V10_0, []string{"-S", "-M", "pseries", "-smp", "2,maxcpus=8"}, false},
	} {
		args := tc.args
		r := rand.New(rand.NewSource(42))
		var log []Input
		for i := 0; i < 3000; i++ {
			k, text := randomInput(r, args[2] == "pseries", 7)
			log = append(log, Input{k, text})
		}
		a, b := transcript(tc.rel, args, log), transcript(tc.rel, args, log)
		if a != b {
			t.Fatalf("%v: two runs of the same log differ", args)
		}
		if !tc.short && len(a) < 10000 {
			t.Fatalf("%v: transcript suspiciously short (%d bytes)", args, len(a))
		}
	}
}

// hmpSlot is one block of `info hotpluggable-cpus`.
type hmpSlot struct {
	typ, vcpus, path string
	props            map[string]string
}

func parseInfoHotpluggable(t *testing.T, out string) []hmpSlot {
	var l []hmpSlot
	for _, line := range strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n")[1:] {
		k, v, _ := strings.Cut(strings.TrimSpace(line), ": ")
		v = strings.Trim(v, `"`)
		switch {
		case k == "type":
			l = append(l, hmpSlot{typ: v, props: map[string]string{}})
		case k == "vcpus_count":
			l[len(l)-1].vcpus = v
		case k == "qom_path":
			l[len(l)-1].path = v
		case k == "CPUInstance Properties:":
		default:
			l[len(l)-1].props[k] = v
		}
	}
	return l
}

func checkInvariants(t *testing.T, s *Session, step int) {
	m := s.Mon.M
	ids := map[string]bool{}
	inSlot := map[int]bool{}
	for _, c := range m.CPUs {
		if inSlot[c.Slot] {
			t.Fatalf("step %d: slot %d holds two CPUs", step, c.Slot)
		}
		inSlot[c.Slot] = true
		if m.BySlot[c.Slot] != c {
			t.Fatalf("step %d: slot %d does not point at its CPU", step, c.Slot)
		}
		if c.ID != "" {
			if ids[c.ID] {
				t.Fatalf("step %d: id %s used twice", step, c.ID)
			}
			ids[c.ID] = true
		}
	}
	for i, c := range m.BySlot {
		if c != nil && !inSlot[i] {
			t.Fatalf("step %d: slot %d points at a CPU that is gone", step, i)
		}
	}
	hmp := parseInfoHotpluggable(t, s.Mon.HMP("info hotpluggable-cpus"))
	ret, qerr := s.Mon.Execute("query-hotpluggable-cpus", nil)
	if qerr != nil {
		t.Fatal(qerr)
	}
	var qmp []struct {
		Props   map[string]int `json:"props"`
		VCPUs   int            `json:"vcpus-count"`
		QOMPath string         `json:"qom-path"`
		Type    string         `json:"type"`
	}
	if err := json.Unmarshal([]byte(marshal(ret)), &qmp); err != nil {
		t.Fatal(err)
	}
	if len(hmp) != len(qmp) {
		t.Fatalf("step %d: HMP lists %d slots, QMP %d", step, len(hmp), len(qmp))
	}
	for i := range hmp {
		h, q := hmp[i], qmp[i]
		if h.typ != q.Type || h.vcpus != fmt.Sprint(q.VCPUs) || h.path != q.QOMPath || len(h.props) != len(q.Props) {
			t.Fatalf("step %d: slot entry %d differs: HMP %+v, QMP %+v", step, i, h, q)
		}
		for k, v := range q.Props {
			if h.props[k] != fmt.Sprint(v) {
				t.Fatalf("step %d: slot entry %d %s: HMP %s, QMP %d", step, i, k, h.props[k], v)
			}
		}
	}
}

// Random plug/unplug/reset sequences keep the machine consistent, and
// HMP and QMP always describe the same slots.
func TestRandomHotplugInvariants(t *testing.T) {
	total := 0
	for seed := int64(1); total < 100000; seed++ {
		r := rand.New(rand.NewSource(seed))
		pseries := seed%2 == 0
		args := []string{"-S", "-M", "q35", "-smp", "1,maxcpus=8,sockets=2,cores=2,threads=2"}
		if seed%4 == 1 {
			args = []string{"-S", "-M", "pc", "-smp", "3,maxcpus=12,sockets=3,cores=2,threads=2"}
		}
		if pseries {
			args = []string{"-S", "-M", "pseries", "-smp", "2,maxcpus=6"}
		}
		s := Start(release.V7_2, "", args)
		maxSlot := len(s.Mon.M.Slots) - 1
		for i := 0; i < 5000; i++ {
			k, text := randomInput(r, pseries, maxSlot)
			if k == "hmp" {
				s.HMP(text)
			} else {
				s.QMP(text)
			}
			s.Mon.TakeEvents()
			total++
			if i%10 == 0 {
				checkInvariants(t, s, i)
			}
		}
		checkInvariants(t, s, -1)
	}
}

func marshal(v any) string { return qjson.Marshal(v) }
