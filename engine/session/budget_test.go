package session

import (
	"errors"
	"math/rand"
	"strings"
	"testing"

	"hotpluglab/engine/release"
)

// A replay costs what the live session cost, input by input, and runs each
// input once: the page's Copy link checks the live cost against the budget
// a restore applies, so every link it makes opens whole.
func TestReplayCostsWhatTheSessionDid(t *testing.T) {
	r := rand.New(rand.NewSource(11))
	for n := 0; n < 200; n++ {
		args, pseries, maxSlot := randomCommandLine(r)
		s := Start(release.Default, "", args)
		if !s.Started() {
			continue
		}
		for i := r.Intn(30); i > 0; i-- {
			s.Show(randomSessionInput(r, pseries, maxSlot))
		}
		ran := 0
		got, err := Replay(release.Default, "", args, s.Log, FileBudget, func(*Session, int, Input, string) { ran++ })
		if err != nil {
			t.Fatal(err)
		}
		if got.Cost() != s.Cost() || ran != len(s.Log) {
			t.Fatalf("%v: replay cost %+v over %d inputs, live %+v over %d", args, got.Cost(), ran, s.Cost(), len(s.Log))
		}
	}
}

// Past its budget a replay stops after the input that passed it and says
// where; within it, it runs to the end.
func TestReplayStopsAtTheBudget(t *testing.T) {
	args := []string{"-M", "pc", "-smp", "1,maxcpus=8"}
	var log []Input
	for i := 0; i < 100; i++ {
		log = append(log, Input{"hmp", "info hotpluggable-cpus"})
	}
	one := int64(len(Start(release.Default, "", args).HMP("info hotpluggable-cpus")))
	b := Budget{Inputs: 1000, Output: 10*one + one/2}
	var outs []string
	s, err := Replay(release.Default, "", args, log, b, func(_ *Session, _ int, _ Input, out string) { outs = append(outs, out) })
	var be *BudgetError
	if !errors.As(err, &be) || be.Done != 11 || be.Of != 100 || len(s.Log) != 11 || len(outs) != 11 {
		t.Fatalf("stopped: %v (log %d, outputs %d)", err, len(s.Log), len(outs))
	}
	if !strings.Contains(err.Error(), "at input 11 of 100") {
		t.Errorf("message %q", err)
	}
	b = Budget{Inputs: 5, Output: 1 << 30}
	if _, err := Replay(release.Default, "", args, log, b, nil); !errors.As(err, &be) || be.Done != 6 || !strings.Contains(err.Error(), "6 inputs") {
		t.Errorf("input budget: %v", err)
	}
	if _, err := Replay(release.Default, "", args, log[:5], b, nil); err != nil {
		t.Errorf("within the budget: %v", err)
	}
}

// An HMP line runs as QEMU's readline keeps it: its first ReadlineMax
// bytes (measured on 7.2 and 10.0), and the log holds what ran.
func TestHMPLineCut(t *testing.T) {
	for _, rel := range []*release.Release{release.V7_2, release.V10_0} {
		s := Start(rel, "", []string{"-S", "-M", "pc"})
		out := s.HMP(strings.Repeat("A", 5000))
		if want := "unknown command: '" + strings.Repeat("A", ReadlineMax) + "'\r\n"; out != want {
			t.Errorf("%s: %d-byte answer, want %d", rel.Name, len(out), len(want))
		}
		if len(s.Log[0].Text) != ReadlineMax {
			t.Errorf("%s: logged %d bytes", rel.Name, len(s.Log[0].Text))
		}
	}
}

func TestBytes(t *testing.T) {
	for n, want := range map[int64]string{0: "0 bytes", 1023: "1023 bytes", 1024: "1 KiB", 1536: "1.5 KiB", 4 << 20: "4 MiB", 64<<20 + 1<<19: "64.5 MiB"} {
		if got := Bytes(n); got != want {
			t.Errorf("Bytes(%d) = %q, want %q", n, got, want)
		}
	}
}
