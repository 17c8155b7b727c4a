package scenario

import (
	"strings"
	"testing"
)

func TestParseErrorsNameTheLine(t *testing.T) {
	for src, want := range map[string]string{
		"title: x\n":                      "line 1: a scenario starts with front matter",
		"---\ntitle: t\nmachine: -M pc\n": "line 4: the front matter is not closed",
		"---\ntitle: t\nmachine: -M pc\ncolour: red\n---\n## A\n":                      "line 4: unknown front matter key \"colour\"",
		"---\ntitle: t\nmachine: -M pc\n---\nhello\n## A\n":                            "line 5: text before the first step",
		"---\ntitle: t\nmachine: -M pc\n---\n## A\ncheck: slot socket-id=x is empty\n": "line 6: check",
		"---\ntitle: t\nmachine: -M pc\n---\n## A\ncheck: frobnicate\n":                "line 6: unknown check \"frobnicate\"",
		"---\ntitle: t\nmachine: -M pc\n---\n## A\nrun:\n":                             "line 6: \"run:\" needs a value",
		"---\ntitle: t\nmachine: -M pc\n---\n## A\nwait: soon\n":                       "line 6: wait: \"soon\" is not a duration",
		"---\ntitle: t\nmachine: -M pc\nsteps: 2-3\n---\n## A\n":                       "line 1: steps: 2-3, but the scenario has 1 steps",
		"---\ntitle: t\nmachine: -M pc\n---\n":                                         "the scenario has no steps",
		"---\nmachine: -M pc\n---\n## A\n":                                             "line 1: the front matter needs a title",
	} {
		_, err := Parse(src)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Parse(%q) = %v, want %q", src, err, want)
		}
	}
}

func TestParseSteps(t *testing.T) {
	sc, err := Parse("---\nid: a\ntitle: T\nmachine: -M pc -smp 1,maxcpus=2\nsteps: 2\n---\n# Heading\n## One\nSome\nprose.\n\nMore.\nrun: info cpus\ncheck: started\n## Two\nmachine: -M q35\ncopy: device_add x\nqmp: {\"execute\": \"query-status\"}\ncheck: id cpu1 is absent\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(sc.Steps) != 2 || sc.Steps[0].Prose[0] != "Some prose." || sc.Steps[0].Prose[1] != "More." {
		t.Fatalf("%+v", sc.Steps)
	}
	if st := sc.Steps[1]; st.Machine != "-M q35" || len(st.Actions) != 2 || st.Actions[1].Kind != QMP || st.Checks[0].ID != "cpu1" {
		t.Fatalf("%+v", st)
	}
	if v := sc.Visible(); len(v) != 1 || v[0] != 1 {
		t.Fatalf("visible %v", v)
	}
}

func TestChecksOnASession(t *testing.T) {
	sc, err := Parse("---\ntitle: T\nmachine: -M pc -smp 2,maxcpus=4\n---\n## A\nrun: info hotpluggable-cpus\ncheck: slot socket-id=0,core-id=1 is boot\ncheck: slot core-id=3 is empty\ncheck: output \"Hotpluggable CPUs:\"\ncheck: started\n## B\nmachine: -M pc -smp 8,maxcpus=4\ncheck: not started\ncheck: error \"maxcpus must be equal to or greater than smp\"\n")
	if err != nil {
		t.Fatal(err)
	}
	r := NewRunner(sc)
	if r.Done[0] {
		t.Fatal("step done before its command ran")
	}
	r.Do(sc.Steps[0].Actions[0])
	if !r.Done[0] {
		t.Fatalf("step A not done: %v", r.Results())
	}
	r.Enter(1)
	if !r.Done[1] {
		t.Fatalf("step B not done: %v %q", r.Results(), r.Log.Output)
	}
}

func TestBuiltinsParse(t *testing.T) {
	ids := BuiltinIDs()
	if len(ids) != 6 || ids[0] != "guide-x86" || ids[1] != "guide-spapr" {
		t.Fatalf("built-ins %v", ids)
	}
	for _, id := range ids {
		sc, _, ok := Builtin(id)
		if !ok || len(sc.Steps) < 4 {
			t.Errorf("%s: %v", id, ok)
			continue
		}
		// The panel lists them by their front matter alone.
		if title, summary := BuiltinTitle(id); title != sc.Title || summary != sc.Summary || title == "" {
			t.Errorf("%s: BuiltinTitle %q, %q; Parse %q, %q", id, title, summary, sc.Title, sc.Summary)
		}
	}
	if title, summary := BuiltinTitle("no-such"); title != "" || summary != "" {
		t.Errorf("BuiltinTitle of an unknown id: %q, %q", title, summary)
	}
}

// TestBuiltinScenariosEndToEnd runs every step of every built-in scenario,
// clicking each command in order, and requires every check to pass.
func TestBuiltinScenariosEndToEnd(t *testing.T) {
	for _, id := range BuiltinIDs() {
		sc, _, _ := Builtin(id)
		r := NewRunner(sc)
		for i := range sc.Steps {
			if i > 0 {
				r.Enter(i)
			}
			for _, a := range sc.Steps[i].Actions {
				r.Do(a)
			}
			if !r.Done[i] {
				res := r.Results()
				for j, c := range sc.Steps[i].Checks {
					if !res[j] {
						t.Errorf("%s step %d (%s): check %q fails (line %d); step output:\n%s", id, i+1, sc.Steps[i].Title, c.Src, c.Line, r.Log.Output)
					}
				}
			}
		}
	}
}

// A scenario declares the host files its machine opens; a missing one
// fails as QEMU fails, a malformed line names its line.
func TestHostDirective(t *testing.T) {
	src := "---\ntitle: disks\nmachine: -M pc -S -hda /tmp/d.qcow2\nhost: /tmp/d.qcow2 qcow2 64M\n---\n## One\nrun: info block\n"
	sc, err := Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	r := NewRunner(sc)
	if !r.S.Started() || !strings.Contains(r.S.HMP("info block"), "/tmp/d.qcow2 (qcow2)") {
		t.Fatalf("the declared image did not open: %s", r.S.Stderr())
	}
	if _, err := Parse(strings.Replace(src, "qcow2 64M", "vmdk 64M", 1)); err == nil || !strings.Contains(err.Error(), `line 4: host: /tmp/d.qcow2: unknown format "vmdk"`) {
		t.Errorf("bad host line: %v", err)
	}
}
