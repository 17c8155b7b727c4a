package sharelink

import (
	"errors"
	"math/rand"
	"strings"
	"testing"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// open is what the page does with a link: decode it, then replay its log
// once under the link budget.
func open(frag string) (*session.Session, error) {
	sh, err := Decode(frag)
	if err != nil {
		return nil, err
	}
	rel := release.Default // a v1 link predates releases
	if sh.QEMU != "" {
		if rel, err = release.Lookup(sh.QEMU); err != nil {
			return nil, errors.New("share link: " + err.Error())
		}
	}
	log := make([]session.Input, len(sh.Log))
	for i, in := range sh.Log {
		log[i] = session.Input{Kind: in.Kind, Text: in.Text}
	}
	return session.Replay(rel, "", sh.Args, log, session.LinkBudget, nil)
}

// The audit's 161-byte link: 500 × info hotpluggable-cpus on a 4096-CPU
// pseries (half a megabyte each) froze a tab for minutes. Under the link
// budget it stops once its output passes 4 MiB, saying where.
func TestOpenHeavyLink(t *testing.T) {
	sh := Session{QEMU: "7.2", Args: []string{"-M", "pseries", "-smp", "1,maxcpus=4096"}}
	for i := 0; i < 500; i++ {
		sh.Log = append(sh.Log, Input{"hmp", "info hotpluggable-cpus"})
	}
	frag, err := Encode(sh)
	if err != nil {
		t.Fatal(err)
	}
	if len(frag) > 200 {
		t.Fatalf("the link is %d bytes; the audit's was 161", len(frag))
	}
	s, err := open(frag)
	var be *session.BudgetError
	if !errors.As(err, &be) {
		t.Fatalf("opening it gave %v, want a budget error", err)
	}
	one := int64(len(session.Start(release.Default, "", sh.Args).HMP("info hotpluggable-cpus")))
	b := session.LinkBudget
	if be.Done >= 500 || be.Of != 500 || s.Cost().Output > b.Output+one || len(s.Log) != be.Done {
		t.Errorf("stopped after %d of %d inputs at %d bytes (budget %d, one input %d), log %d", be.Done, be.Of, s.Cost().Output, b.Output, one, len(s.Log))
	}
	if msg := err.Error(); !strings.Contains(msg, "at input 9 of 500") || !strings.Contains(msg, "4 MiB") {
		t.Errorf("message %q", msg)
	}
}

// Encode and Decode share their limits: whatever Encode makes, Decode
// opens, and what Encode refuses is refused with a TooLargeError.
func TestSharedLimits(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	var made, refused int
	for i := 0; i < 60; i++ {
		// Random text barely compresses: sizes around the fragment limit.
		n := MaxFragment/2 + r.Intn(MaxFragment)
		b := make([]byte, n)
		for j := range b {
			b[j] = byte('!' + r.Intn(90))
		}
		sh := Session{QEMU: "7.2", Args: []string{"-M", "pc"}, Log: []Input{{"hmp", string(b)}}}
		frag, err := Encode(sh)
		var tl *TooLargeError
		switch {
		case err == nil:
			made++
			if len(frag) > MaxFragment {
				t.Fatalf("Encode made a %d-byte fragment", len(frag))
			}
			if _, err := Decode(frag); err != nil {
				t.Fatalf("Decode refused what Encode made (%d bytes): %v", len(frag), err)
			}
		case errors.As(err, &tl):
			refused++
			if tl.Size <= MaxFragment || !strings.Contains(err.Error(), "too large for a link") {
				t.Fatalf("refusal %v", err)
			}
		default:
			t.Fatal(err)
		}
	}
	if made == 0 || refused == 0 {
		t.Fatalf("made %d, refused %d: the sizes miss the limit", made, refused)
	}
	long := "v1." + strings.Repeat("A", MaxFragment)
	if _, err := Decode(long); err == nil || !strings.Contains(err.Error(), "too long") {
		t.Errorf("a fragment past the limit: %v", err)
	}
}

// FuzzOpen: any fragment either is refused with a clear error or opens
// within the link budget (past it, stopping with a BudgetError); a link
// that decodes re-encodes.
func FuzzOpen(f *testing.F) {
	for _, s := range []Session{
		{QEMU: "7.2", Args: []string{"-M", "pc", "-smp", "1,maxcpus=2"}, Log: []Input{{"hmp", "device_add qemu64-x86_64-cpu,id=c,socket-id=0,core-id=1,thread-id=0"}, {"boot", "wait"}, {"guest", "head --1 /proc/cpuinfo"}}},
		{QEMU: "10.0", Args: []string{"-M", "pseries", "-smp", "1,maxcpus=64"}, Log: []Input{{"qmp", `{"execute": "query-hotpluggable-cpus"}`}, {"advance", "99999999999"}, {"settle", ""}}},
	} {
		frag, _ := Encode(s)
		f.Add(frag)
	}
	f.Add("v1.")
	f.Fuzz(func(t *testing.T, frag string) {
		s, err := open(frag)
		if err != nil {
			var be *session.BudgetError
			if !errors.As(err, &be) && !strings.HasPrefix(err.Error(), "share link: ") {
				t.Fatalf("unclear error %q", err)
			}
			if be != nil && be.Done > be.Of {
				t.Fatalf("budget error past the log: %v", err)
			}
			return
		}
		if s.Cost().Over(session.LinkBudget) {
			t.Fatalf("opened past the budget: %+v", s.Cost())
		}
		sh, _ := Decode(frag)
		sh.QEMU = s.QEMU.Name // a v1 link re-encodes as v2
		if _, err := Encode(sh); err != nil {
			t.Fatalf("decoded a link that does not re-encode: %v", err)
		}
	})
}
