package smp

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"hotpluglab/engine/keyval"
	"hotpluglab/engine/release"
)

func TestParseInt64(t *testing.T) {
	for in, want := range map[string]int64{"4": 4, "+4": 4, " 4": 4, "0x4": 4, "010": 8, "-1": -1, "0": 0, "9223372036854775807": 1<<63 - 1} {
		got, err := ParseInt64(in)
		if err != nil || got != want {
			t.Errorf("ParseInt64(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"4 ", "4.0", "1.5", "1e2", "4k", "abc", "", "9223372036854775808", "18446744073709551615", "0x", "08", "-"} {
		if _, err := ParseInt64(in); err == nil {
			t.Errorf("ParseInt64(%q) accepted", in)
		}
	}
}

func TestFromDictErrors(t *testing.T) {
	for in, want := range map[string]string{
		"4.0":          "Parameter 'smp.cpus' expects integer",
		"4,sockets=":   "Parameter 'smp.sockets' expects integer",
		"4,foo=1":      "Parameter 'smp.foo' is unexpected",
		"x,foo=1":      "Parameter 'smp.cpus' expects integer",
		"4,SOCKETS=2":  "Parameter 'smp.SOCKETS' is unexpected",
		"4,threads=0x": "Parameter 'smp.threads' expects integer",
		"4,books=2,":   "Parameter 'smp.books' is unexpected",
	} {
		d, _, err := keyval.Parse(in, "cpus")
		if err != nil {
			t.Fatal(err)
		}
		_, err = FromDict(release.V7_2, d)
		if err == nil || err.Error() != want {
			t.Errorf("%q: %v, want %q", in, err, want)
		}
	}
}

// TestVectors runs each release's own unit-test table for the algorithm
// (tests/unit/test-smp-parse.c: 7.2's, and 10's transcribed by
// testdata/gen_smp_parse_10.py).
func TestVectors(t *testing.T) {
	for _, tc := range []struct {
		rel  *release.Release
		file string
		min  int
	}{{release.V7_2, "testdata/smp-parse-7.2.jsonl", 400}, {release.V10_0, "testdata/smp-parse-10.0.jsonl", 1100}} {
		t.Run(tc.rel.Name, func(t *testing.T) { runVectors(t, tc.rel, tc.file, tc.min) })
	}
}

func runVectors(t *testing.T, rel *release.Release, file string, min int) {
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		var v struct {
			Machine struct {
				Name              string `json:"name"`
				MinCPUs           int    `json:"min_cpus"`
				MaxCPUs           int    `json:"max_cpus"`
				DrawersSupported  bool   `json:"drawers_supported"`
				BooksSupported    bool   `json:"books_supported"`
				DiesSupported     bool   `json:"dies_supported"`
				ClustersSupported bool   `json:"clusters_supported"`
				ModulesSupported  bool   `json:"modules_supported"`
				PreferSockets     bool   `json:"prefer_sockets"`
			} `json:"machine"`
			SMP   map[string]int64  `json:"smp"`
			OK    map[string]uint32 `json:"ok"`
			Error string            `json:"error"`
		}
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatal(err)
		}
		var c Config
		for k, x := range v.SMP {
			c.Set(k, x)
		}
		mv := v.Machine
		m := MachineProps{Name: mv.Name, MinCPUs: mv.MinCPUs, MaxCPUs: mv.MaxCPUs, DrawersSupported: mv.DrawersSupported,
			BooksSupported: mv.BooksSupported, DiesSupported: mv.DiesSupported, ClustersSupported: mv.ClustersSupported,
			ModulesSupported: mv.ModulesSupported, PreferSockets: mv.PreferSockets}
		top, _, err := Resolve(rel, c, m)
		n++
		if v.Error != "" {
			if err == nil || err.Error() != v.Error {
				t.Errorf("line %d %v: err %v, want %q", n, v.SMP, err, v.Error)
			}
			continue
		}
		if err != nil {
			t.Errorf("line %d %v: %v", n, v.SMP, err)
			continue
		}
		level := func(k string) uint32 {
			if x, ok := v.OK[k]; ok {
				return x
			}
			return 1 // 7.2's vectors have no drawers, books or modules
		}
		want := Topology{CPUs: v.OK["cpus"], Drawers: level("drawers"), Books: level("books"), Sockets: v.OK["sockets"], Dies: v.OK["dies"],
			Clusters: v.OK["clusters"], Modules: level("modules"), Cores: v.OK["cores"], Threads: v.OK["threads"], MaxCPUs: v.OK["maxcpus"]}
		if top != want {
			t.Errorf("line %d %v: %+v, want %+v", n, v.SMP, top, want)
		}
	}
	if n < min {
		t.Fatalf("only %d vectors", n)
	}
}

func TestDivideByZeroDoesNotPanic(t *testing.T) {
	var c Config
	c.Set("cpus", 4)
	c.Set("sockets", 65536)
	c.Set("threads", 65536)
	if _, _, err := Resolve(release.V7_2, c, MachineProps{Name: "m", MinCPUs: 1, MaxCPUs: 255, DiesSupported: true}); err != ErrDivideByZero {
		t.Fatalf("err = %v", err)
	}
}
