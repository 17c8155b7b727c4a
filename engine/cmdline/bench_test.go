package cmdline

import (
	"hotpluglab/engine/release"
	"strings"
	"testing"

	"hotpluglab/engine/format"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/qjson"
)

// The largest machines the simulator builds: pseries with 4096 possible
// cores, and q35 with 288 CPUs (KVM only: TCG stops at APIC ID 254).
var largest = []struct {
	name   string
	target machinetype.Target
	args   []string
	slots  int
}{
	{"pseries-4096", machinetype.PPC64, strings.Fields("-M pseries -smp 1,maxcpus=4096"), 4096},
	{"q35-288-kvm", machinetype.X86_64, strings.Fields("-M q35 -smp 1,maxcpus=288 -accel kvm"), 288},
}

func BenchmarkStart(b *testing.B) {
	for _, c := range largest {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if r := Start(release.V7_2, c.target, c.args); !r.Started {
					b.Fatalf("did not start: %s", r.Stderr)
				}
			}
		})
	}
}

func BenchmarkInfoHotpluggableCPUs(b *testing.B) {
	for _, c := range largest {
		r := Start(release.V7_2, c.target, c.args)
		if !r.Started || len(r.Machine.Slots) != c.slots {
			b.Fatalf("%s: started=%v slots=%d: %s", c.name, r.Started, len(r.Machine.Slots), r.Stderr)
		}
		b.Run(c.name+"/hmp", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = format.HMPHotpluggableCPUs(format.HotpluggableCPUs(r.Machine))
			}
		})
		b.Run(c.name+"/qmp", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = qjson.Marshal(format.QMPHotpluggableCPUs(format.HotpluggableCPUs(r.Machine)))
			}
		})
	}
}

// BenchmarkStartDefault starts the page's default machine (the guide's x86
// line) with the newest release: the engine's share of the page's start.
func BenchmarkStartDefault(b *testing.B) {
	args := strings.Fields("-M pc -smp 4,maxcpus=8,sockets=2,cores=2,threads=2")
	b.ReportAllocs()
	for b.Loop() {
		if r := Start(release.Latest, machinetype.X86_64, args); !r.Started {
			b.Fatalf("did not start: %s", r.Stderr)
		}
	}
}
