package session

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"hotpluglab/engine/release"
)

// randomCommandLine is a random QEMU command line of either family, on
// machine types of every age, with random -smp keys (valid or not),
// sometimes a CPU model, -cpu features or a cold-plugged CPU.
func randomCommandLine(r *rand.Rand) (args []string, pseries bool, maxSlot int) {
	pseries = r.Intn(3) == 0
	machines := []string{"pc", "q35", "pc-i440fx-6.1", "pc-q35-9.0", "pc-i440fx-2.7", "pc-q35-8.1", "isapc", "none"}
	if pseries {
		machines = []string{"pseries", "pseries-6.1", "pseries-5.0", "pseries-2.7", "pseries-9.2"}
	}
	cpus := 1 + r.Intn(4)
	maxcpus := cpus + r.Intn(6)
	smp := fmt.Sprintf("%d,maxcpus=%d", cpus, maxcpus)
	for _, k := range []string{"sockets", "dies", "modules", "cores", "threads", "books", "clusters"} {
		if r.Intn(12) == 0 {
			smp += fmt.Sprintf(",%s=%d", k, r.Intn(3)) // a 0 or a level the machine lacks now and then
		}
	}
	args = []string{"-S", "-M", machines[r.Intn(len(machines))], "-smp", smp}
	switch n := r.Intn(10); {
	case n == 0 && pseries:
		args = append(args, "-cpu", []string{"POWER8", "POWER7", "power10", "POWER9"}[r.Intn(4)])
	case n == 0:
		args = append(args, "-cpu", []string{"Haswell", "max", "qemu64,+x2apic", "EPYC", "Skylake-Server,-pcid"}[r.Intn(5)])
	case n == 1 && !pseries:
		args = append(args, "-device", fmt.Sprintf("qemu64-x86_64-cpu,id=cold,socket-id=0,core-id=%d,thread-id=0", r.Intn(3)))
	case n == 2 && pseries:
		args[2] += ",cap-sbbc=" + []string{"broken", "workaround", "fixed"}[r.Intn(3)]
	}
	return args, pseries, maxcpus - 1
}

// randomSessionInput adds the guest's inputs and the clock to randomInput.
func randomSessionInput(r *rand.Rand, pseries bool, maxSlot int) Input {
	switch r.Intn(20) {
	case 0:
		return Input{"advance", fmt.Sprint(r.Intn(3_000_000))}
	case 1:
		return Input{"boot", ""}
	case 2:
		return Input{"guest", []string{"cat /sys/devices/system/cpu/online", "nproc", "echo 1 > /sys/devices/system/cpu/cpu1/online", "ls /sys/devices/system/cpu"}[r.Intn(4)]}
	case 3:
		return Input{"settle", ""}
	}
	k, text := randomInput(r, pseries, maxSlot)
	return Input{k, text}
}

// A session is a pure function of its release, command line and input
// log: for random sessions on every release, replaying the log that a live
// session recorded shows, input by input, byte for byte what the live
// session showed, and FromLog arrives at the same machine and clock.
func TestReplayedLogIsByteIdentical(t *testing.T) {
	sessions, inputs := 10_000, 12
	if testing.Short() {
		sessions = 500
	}
	r := rand.New(rand.NewSource(2026))
	started := map[string]int{}
	for i := 0; i < sessions; i++ {
		rel := release.All()[i%len(release.All())]
		args, pseries, maxSlot := randomCommandLine(r)
		live := Start(rel, "", args)
		liveStartup := live.Stderr() + live.Stdout()
		var liveShown []string
		if live.Started() {
			started[rel.Name]++
			for j := 0; j < inputs && !live.Died(); j++ {
				in := randomSessionInput(r, pseries, maxSlot)
				n := len(live.Log)
				out := live.Show(in)
				if len(live.Log) == n {
					// Not logged: it must have done nothing (advancing by 0).
					if out != "" {
						t.Fatalf("%s %v: %+v printed %q but left no log entry", rel, args, in, out)
					}
					continue
				}
				liveShown = append(liveShown, out)
			}
		}
		startup, shown := Transcript(rel, "", args, live.Log)
		if startup != liveStartup || len(shown) != len(liveShown) {
			t.Fatalf("%s %v: replay started differently (%d vs %d inputs shown):\n%s\n---\n%s", rel, args, len(shown), len(liveShown), startup, liveStartup)
		}
		for j := range shown {
			if shown[j].Output != liveShown[j] {
				t.Fatalf("%s %v: input %d %+v shows differently on replay:\n%s\n--- live:\n%s", rel, args, j, shown[j].Input, shown[j].Output, liveShown[j])
			}
		}
		replayed := FromLog(rel, "", args, live.Log)
		if live.Started() && (replayed.Now() != live.Now() || replayed.Stderr() != live.Stderr() ||
			replayed.Mon.HMP("info hotpluggable-cpus") != live.Mon.HMP("info hotpluggable-cpus") ||
			eventsJSON(replayed) != eventsJSON(live)) {
			t.Fatalf("%s %v: FromLog ends in another state than the live session", rel, args)
		}
	}
	// Most command lines must start, or the inputs were never tried.
	for _, rel := range release.All() {
		t.Logf("%s: %d of %d sessions started", rel, started[rel.Name], sessions/len(release.All()))
		if started[rel.Name] < sessions/len(release.All())/3 {
			t.Fatalf("%s: only %d of %d sessions started", rel, started[rel.Name], sessions/len(release.All()))
		}
	}
}

func eventsJSON(s *Session) string {
	var b strings.Builder
	for _, e := range s.EventLog {
		b.WriteString(e.JSON())
	}
	return b.String()
}
