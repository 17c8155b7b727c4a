package session

import (
	"math/rand"
	"reflect"
	"testing"

	"hotpluglab/engine/release"
	"hotpluglab/engine/sharelink"
	"hotpluglab/engine/timeline"
)

// The timeline is a pure function of the session's log: for 10^4 random
// sessions (both releases, x86 and pseries, with and without -trace, guest
// and monitor inputs), the session rebuilt from its share link has the
// identical timeline, step for step, sequence for sequence, and exports the
// same text.
func TestTimelineFromShareLink(t *testing.T) {
	sessions, inputs := 10_000, 10
	if testing.Short() {
		sessions = 400
	}
	r := rand.New(rand.NewSource(13))
	patterns := []string{"cpuhp_*", "spapr_drc_*", "-spapr_drc_realize*", "cpuhp_acpi_write_*", "spapr_drc_attach", "nosuch"}
	withSteps := 0
	for i := 0; i < sessions; i++ {
		rel := release.All()[i%len(release.All())]
		args, pseries, maxSlot := randomCommandLine(r)
		for n := r.Intn(3); n > 0; n-- {
			args = append(args, "-trace", patterns[r.Intn(len(patterns))])
		}
		live := Start(rel, "", args)
		for j := 0; live.Started() && j < inputs && !live.Died(); j++ {
			live.Apply(randomSessionInput(r, pseries, maxSlot))
		}
		frag, err := sharelink.Encode(sharelink.Session{QEMU: rel.Name, Args: args, Log: toLink(live.Log)})
		if err != nil {
			t.Fatal(err)
		}
		link, err := sharelink.Decode("#" + frag)
		if err != nil {
			t.Fatal(err)
		}
		linkRel, err := release.Lookup(link.QEMU)
		if err != nil || linkRel != rel {
			t.Fatalf("the link names release %q, want %s", link.QEMU, rel.Name)
		}
		rebuilt := FromLog(linkRel, "", link.Args, fromLink(link.Log))
		a, b := live.Timeline(), rebuilt.Timeline()
		if !reflect.DeepEqual(a, b) {
			for k := range a.Steps {
				if k >= len(b.Steps) || !reflect.DeepEqual(a.Steps[k], b.Steps[k]) {
					t.Fatalf("%s %v: step %d differs after the share link:\n%+v\n%+v", rel, args, k, a.Steps[k], stepAt(b, k))
				}
			}
			t.Fatalf("%s %v: timelines differ (%d vs %d steps, %d vs %d sequences)", rel, args, len(a.Steps), len(b.Steps), len(a.Groups), len(b.Groups))
		}
		if a.Text(nil) != b.Text(nil) || a.Text(timeline.Filter{timeline.Trace: true}) != b.Text(timeline.Filter{timeline.Trace: true}) {
			t.Fatalf("%s %v: exports differ", rel, args)
		}
		if len(a.Groups) > 0 {
			withSteps++
		}
	}
	// Enough sessions plugged or unplugged for the property to mean something.
	if withSteps < sessions/4 {
		t.Fatalf("only %d of %d sessions had a plug or unplug", withSteps, sessions)
	}
}

func stepAt(t timeline.Timeline, k int) any {
	if k < len(t.Steps) {
		return t.Steps[k]
	}
	return "(none)"
}

func toLink(log []Input) []sharelink.Input {
	out := make([]sharelink.Input, len(log))
	for i, in := range log {
		out[i] = sharelink.Input{Kind: in.Kind, Text: in.Text}
	}
	return out
}

func fromLink(log []sharelink.Input) []Input {
	out := make([]Input, len(log))
	for i, in := range log {
		out[i] = Input{in.Kind, in.Text}
	}
	return out
}
