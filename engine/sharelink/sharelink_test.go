package sharelink

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

func randomSession(r *rand.Rand) Session {
	words := []string{"-M", "pc", "pseries", "-smp", "4,maxcpus=8", "device_add qemu64-x86_64-cpu,id=cpu1,socket-id=1,core-id=0,thread-id=0",
		"info hotpluggable-cpus", `{"execute": "query-cpus-fast"}`, "nproc", "é ü 中", "", ",,", "#frag?x=1&y"}
	s := Session{QEMU: []string{"7.2", "10.0", "99.1"}[r.Intn(3)]}
	for i := r.Intn(6); i > 0; i-- {
		s.Args = append(s.Args, words[r.Intn(len(words))])
	}
	for i := r.Intn(40); i > 0; i-- {
		t := words[r.Intn(len(words))]
		if r.Intn(4) == 0 {
			b := make([]byte, r.Intn(30))
			r.Read(b)
			t = string(b)
		}
		s.Log = append(s.Log, Input{kinds[r.Intn(len(kinds))], t})
	}
	return s
}

// TestRoundTrip: encode then decode restores the identical session, 10^4 times.
func TestRoundTrip(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 10000; i++ {
		s := randomSession(r)
		frag, err := Encode(s)
		if err != nil {
			t.Fatal(err)
		}
		if strings.ContainsAny(frag, "#?&/+= ") {
			t.Fatalf("fragment not URL-safe: %q", frag)
		}
		got, err := Decode("#" + frag)
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		if len(s.Args) == 0 {
			s.Args = []string{}
		}
		if len(s.Log) == 0 {
			s.Log = []Input{}
		}
		if !reflect.DeepEqual(got, s) {
			t.Fatalf("case %d: got %#v, want %#v", i, got, s)
		}
	}
}

// TestGarbage: random fragments never panic and always give a clear error.
func TestGarbage(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	good, _ := Encode(Session{QEMU: "10.0", Args: []string{"-M", "pc"}, Log: []Input{{"hmp", "info cpus"}}})
	for i := 0; i < 10000; i++ {
		var frag string
		switch i % 3 {
		case 0:
			b := make([]byte, r.Intn(80))
			r.Read(b)
			frag = string(b)
		case 1:
			b := []byte(good)
			b[3+r.Intn(len(b)-3)] ^= byte(1 + r.Intn(255))
			frag = string(b)
		case 2:
			frag = good[:3+r.Intn(len(good)-3)]
		}
		s, err := Decode(frag)
		if err == nil {
			// A mutation can still be a valid link; then it must re-encode.
			if _, e := Encode(s); e != nil {
				t.Fatalf("decoded an unencodable session from %q", frag)
			}
			continue
		}
		if !strings.HasPrefix(err.Error(), "share link: ") {
			t.Fatalf("unclear error %q", err)
		}
	}
	if _, err := Decode("v9.abc"); err == nil || !strings.Contains(err.Error(), `unknown format "v9"`) {
		t.Fatalf("future version: %v", err)
	}
}

func FuzzDecode(f *testing.F) {
	good, _ := Encode(Session{QEMU: "10.0", Args: []string{"-M", "pc"}, Log: []Input{{"hmp", "info cpus"}}})
	f.Add(good)
	f.Add("v1.")
	f.Fuzz(func(t *testing.T, s string) { Decode(s) })
}

// TestV1StillOpens: a link written before links carried a version (format
// v1, made by the code of that time) decodes, naming no version.
func TestV1StillOpens(t *testing.T) {
	const old = "v1.YmHS9WUqSGbRLc4t4DbUyU2sSC4oLbY1YmJwS0kty0xOjU9MSVEoTM0tNTPRrbAwizcz0U0uKNXJTLFNLig11CnOT85OLdHNTLE10EnOL0oFsQx1SjKKUhNTwKJs7IamBiAACAAA__8"
	got, err := Decode(old)
	if err != nil {
		t.Fatal(err)
	}
	want := Session{Args: []string{"-M", "pc", "-smp", "1,maxcpus=2"}, Log: []Input{{"hmp", "device_add qemu64-x86_64-cpu,id=cpu1,socket-id=0,core-id=1,thread-id=0"}, {"advance", "1500000"}}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("v1 link decodes as %#v, want %#v", got, want)
	}
}

// TestVersionRequired: a new link always names its release.
func TestVersionRequired(t *testing.T) {
	if _, err := Encode(Session{Args: []string{"-M", "pc"}}); err == nil {
		t.Fatal("encoded a session that names no QEMU version")
	}
	frag, err := Encode(Session{QEMU: "10.0", Args: []string{"-M", "pc"}})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(frag, "v2.") {
		t.Fatalf("new link %q is not in the newest format", frag)
	}
}
