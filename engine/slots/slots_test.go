package slots

import (
	"testing"

	"hotpluglab/engine/smp"
)

func TestX86APICIDs(t *testing.T) {
	for _, tc := range []struct {
		top  smp.Topology
		want []int
	}{
		{smp.Topology{Sockets: 2, Dies: 1, Cores: 3, Threads: 1, MaxCPUs: 6}, []int{0, 1, 2, 4, 5, 6}},
		{smp.Topology{Sockets: 2, Dies: 1, Cores: 2, Threads: 2, MaxCPUs: 8}, []int{0, 1, 2, 3, 4, 5, 6, 7}},
		{smp.Topology{Sockets: 3, Dies: 1, Cores: 20, Threads: 4, MaxCPUs: 240}, nil},
	} {
		s := X86(tc.top)
		if len(s) != int(tc.top.MaxCPUs) {
			t.Fatalf("%d slots", len(s))
		}
		for i, w := range tc.want {
			if s[i].ArchID != w {
				t.Errorf("%+v slot %d: apic %d want %d", tc.top, i, s[i].ArchID, w)
			}
		}
		if tc.want == nil && s[len(s)-1].ArchID != 335 {
			t.Errorf("last APIC ID %d, want 335", s[len(s)-1].ArchID)
		}
	}
}

func TestDecode(t *testing.T) {
	l := NewAPICLayout(smp.Topology{Threads: 2, Cores: 2, Dies: 1})
	if s, d, _, c, th := l.Decode(100); s != 25 || d != 0 || c != 0 || th != 0 {
		t.Errorf("decode 100 = %d %d %d %d", s, d, c, th)
	}
	l = NewAPICLayout(smp.Topology{Threads: 1, Cores: 2, Dies: 2})
	if s, d, _, c, th := l.Decode(99); s != 24 || d != 1 || c != 1 || th != 0 {
		t.Errorf("decode 99 = %d %d %d %d", s, d, c, th)
	}
	// QEMU 10's modules sit between dies and cores.
	l = NewAPICLayout(smp.Topology{Threads: 2, Cores: 3, Modules: 2, Dies: 2})
	if got := l.APICID(1, 1, 1, 2, 1); got != 1<<5|1<<4|1<<3|2<<1|1 {
		t.Errorf("APICID = %#x", got)
	}
	if s, d, m, c, th := l.Decode(1<<5 | 1<<4 | 1<<3 | 2<<1 | 1); s != 1 || d != 1 || m != 1 || c != 2 || th != 1 {
		t.Errorf("decode = %d %d %d %d %d", s, d, m, c, th)
	}
}

func TestX86Modules(t *testing.T) {
	s := X86(smp.Topology{Sockets: 1, Dies: 1, Modules: 2, Cores: 3, Threads: 1, MaxCPUs: 6})
	if s[3].Props.Module != 1 || s[3].Props.Core != 0 || s[3].ArchID != 4 || s[2].Props.Module != 0 {
		t.Errorf("slots %+v", s)
	}
	if p := X86(smp.Topology{Sockets: 2, Dies: 1, Modules: 1, Cores: 1, Threads: 1, MaxCPUs: 2})[1].Props; p.Module != -1 || p.Die != -1 {
		t.Errorf("module-id or die-id listed with one of each: %+v", p)
	}
}

func TestSPAPR(t *testing.T) {
	s := SPAPR(smp.Topology{CPUs: 2, Threads: 1, MaxCPUs: 8}, true)
	if len(s) != 8 || s[5].Props.Core != 5 {
		t.Fatalf("%+v", s)
	}
	s = SPAPR(smp.Topology{CPUs: 3, Threads: 2, MaxCPUs: 8}, false)
	if len(s) != 2 || s[1].ArchID != 2 {
		t.Fatalf("%+v", s)
	}
}
