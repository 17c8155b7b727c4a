package scenario

import (
	"errors"
	"strings"
	"testing"

	"hotpluglab/engine/session"
)

// A step's log stays bounded however many commands the step runs, and an
// output check that held keeps holding after its text scrolled out of the
// kept window, even when the text was split across two outputs.
func TestStepLogBounded(t *testing.T) {
	sc, err := Parse("---\ntitle: T\nmachine: -M pseries -smp 1,maxcpus=1024\n---\n## A\nrun: info hotpluggable-cpus\ncheck: output \"needle in the hay\"\ncheck: error \"frob\"\ncheck: event RESET\n")
	if err != nil {
		t.Fatal(err)
	}
	r := NewRunner(sc)
	r.Record("…needle in ")
	r.Record("the hay…\n")
	r.Record("Error: fr")
	r.Record("ob\n")
	for i := 0; i < 50; i++ {
		r.Do(sc.Steps[0].Actions[0])
	}
	r.Do(Action{Kind: Run, Text: "system_reset"})
	r.Do(Action{Kind: Run, Text: "system_reset"})
	if n := len(r.Log.Output); n > MaxStepOutput {
		t.Fatalf("step log holds %d bytes, over %d", n, MaxStepOutput)
	}
	if strings.Contains(r.Log.Output, "needle") {
		t.Fatal("the test wants the needle scrolled out of the window")
	}
	if res := r.Results(); !res[0] || !res[1] || !res[2] {
		t.Errorf("checks %v, want all to hold", res)
	}
	if len(r.Log.Events) != 1 {
		t.Errorf("events %v: each name once", r.Log.Events)
	}
	// Without the texts, the same checks do not hold.
	r.Enter(0)
	if res := r.Results(); res[0] || res[1] {
		t.Errorf("fresh step: checks %v, want output and error unmet", res)
	}
}

// A file past MaxBytes is refused with its size, before any parsing.
func TestParseSizeCap(t *testing.T) {
	src := "---\ntitle: T\nmachine: -M pc\n---\n## A\n" + strings.Repeat("run: info cpus\n", MaxBytes/15)
	_, err := Parse(src)
	if err == nil || !strings.Contains(err.Error(), "a scenario may be at most 256 KiB") {
		t.Fatalf("Parse of %d bytes: %v", len(src), err)
	}
	if _, err := Parse(src[:MaxBytes-100]); err != nil {
		t.Fatalf("a file under the cap: %v", err)
	}
}

// FuzzParse: any text is a scenario or a clear error naming its line.
func FuzzParse(f *testing.F) {
	for _, id := range BuiltinIDs() {
		_, src, _ := Builtin(id)
		f.Add(src)
	}
	f.Add("---\ntitle: t\nmachine: -M pc\nsteps: 1-1\n---\n## A\nguest: head --1\ncheck: slot socket-id=0 is boot\n")
	f.Fuzz(func(t *testing.T, src string) {
		sc, err := Parse(src)
		if err != nil {
			var pe *Error
			if errors.As(err, &pe) && pe.Line < 0 {
				t.Fatalf("negative line: %v", err)
			}
			return
		}
		if len(sc.Steps) == 0 || len(sc.Visible()) == 0 {
			t.Fatalf("a parsed scenario without visible steps: %+v", sc)
		}
	})
}

// FuzzRun: a parsed scenario runs every visible step's actions (as clicks
// would) without a panic, and the step log stays bounded.
func FuzzRun(f *testing.F) {
	for _, id := range BuiltinIDs() {
		_, src, _ := Builtin(id)
		f.Add(src)
	}
	f.Add("---\ntitle: t\nmachine: -M pc -smp 1,maxcpus=2\n---\n## A\nboot: Linux\nguest: head --1\nguest: dmesg | tail --5\nwait: 2562047h\nqmp: {\"execute\": \"query-cpus-fast\"}\ncheck: output \"x\"\n")
	f.Fuzz(func(t *testing.T, src string) {
		sc, err := Parse(src)
		if err != nil {
			return
		}
		r := NewRunner(sc)
		for _, i := range sc.Visible() {
			r.Enter(i)
			start := r.S.Cost()
			for _, a := range sc.Steps[i].Actions {
				if r.S.Cost().Since(start).Over(session.LinkBudget) {
					break
				}
				r.Do(a)
			}
			if len(r.Log.Output) > MaxStepOutput {
				t.Fatalf("step log of %d bytes", len(r.Log.Output))
			}
		}
	})
}
