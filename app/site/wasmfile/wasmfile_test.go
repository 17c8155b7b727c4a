package wasmfile

import (
	"bytes"
	"strings"
	"testing"
)

// module builds a WebAssembly module: a custom section (kept as it is), an
// optional data count section, then the data section.
func module(dataCount bool, segs ...Segment) []byte {
	b := append([]byte(nil), magic...)
	custom := append([]byte{4}, "note"...)
	b = append(b, 0)
	b = append(b, uleb(uint64(len(custom)))...)
	b = append(b, custom...)
	if dataCount {
		p := uleb(uint64(len(segs)))
		b = append(b, sectionDataCount)
		b = append(b, uleb(uint64(len(p)))...)
		b = append(b, p...)
	}
	p := encodeData(segs)
	b = append(b, sectionData)
	b = append(b, uleb(uint64(len(p)))...)
	return append(b, p...)
}

func seg(off uint32, data string) Segment { return Segment{Offset: off, Data: []byte(data)} }

func TestMerge(t *testing.T) {
	for _, tc := range []struct {
		name   string
		segs   []Segment
		maxGap int
		want   []Segment
	}{
		{"touching segments join", []Segment{seg(100, "ab"), seg(102, "cd")}, 0, []Segment{seg(100, "abcd")}},
		{"a gap within the limit is written out", []Segment{seg(100, "ab"), seg(105, "cd")}, 3, []Segment{seg(100, "ab\x00\x00\x00cd")}},
		{"a gap over the limit stays", []Segment{seg(100, "ab"), seg(106, "cd")}, 3, []Segment{seg(100, "ab"), seg(106, "cd")}},
		{"a run of neighbours becomes one", []Segment{seg(8, "a"), seg(10, "b"), seg(12, "c"), seg(50, "d")}, 4, []Segment{seg(8, "a\x00b\x00c"), seg(50, "d")}},
		// The linker writes sections in turn, so offsets may jump back: a
		// gap holding a later segment's bytes must not be zero-filled.
		{"a gap holding another segment stays", []Segment{seg(100, "ab"), seg(120, "cd"), seg(110, "xy")}, 64, []Segment{seg(100, "ab"), seg(120, "cd"), seg(110, "xy")}},
		{"out of order segments merge where free", []Segment{seg(200, "ab"), seg(204, "cd"), seg(100, "xy"), seg(103, "z")}, 8, []Segment{seg(200, "ab\x00\x00cd"), seg(100, "xy\x00z")}},
		{"overlapping segments: only touching ones join", []Segment{seg(100, "abcd"), seg(102, "XY"), seg(104, "ef"), seg(110, "g")}, 64, []Segment{seg(100, "abcd"), seg(102, "XYef"), seg(110, "g")}},
		{"no segments", nil, 64, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := module(false, tc.segs...)
			out, st, err := Merge(in, tc.maxGap)
			if err != nil {
				t.Fatal(err)
			}
			got, err := Segments(out)
			if err != nil {
				t.Fatal(err)
			}
			if !sameSegments(got, tc.want) {
				t.Errorf("segments %+v, want %+v", got, tc.want)
			}
			if st.Before != len(tc.segs) || st.After != len(tc.want) {
				t.Errorf("stats %+v, want %d -> %d", st, len(tc.segs), len(tc.want))
			}
			sameMemory(t, in, out)
			ids, _ := Sections(out)
			if !bytes.Equal(ids, []byte{0, sectionData}) {
				t.Errorf("sections %v", ids)
			}
		})
	}
}

func TestMergeRewritesDataCount(t *testing.T) {
	out, _, err := Merge(module(true, seg(0, "a"), seg(1, "b"), seg(40, "c")), 0)
	if err != nil {
		t.Fatal(err)
	}
	secs, _ := sections(out)
	if secs[1].id != sectionDataCount || !bytes.Equal(secs[1].payload, []byte{2}) {
		t.Errorf("data count section %+v, want 2", secs[1])
	}
}

func TestMergeRefusesWhatItDoesNotKnow(t *testing.T) {
	good := module(false, seg(4, "ab"))
	passive := append([]byte(nil), good...)
	passive[len(passive)-len("ab")-5] = 1 // the segment's flags
	global := append([]byte(nil), good...)
	global[len(global)-len("ab")-4] = 0x23 // global.get instead of i32.const
	for _, tc := range []struct {
		name, err string
		in        []byte
	}{
		{"not wasm", "not a WebAssembly", []byte("hello")},
		{"truncated", "unexpected end", good[:len(good)-1]},
		{"passive segment", "flags 1", passive},
		{"offset from a global", "not an i32.const", global},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, _, err := Merge(tc.in, MaxGap); err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("error %v, want one saying %q", err, tc.err)
			}
		})
	}
}

func TestSLEB(t *testing.T) {
	for _, v := range []int64{0, 1, 63, 64, -1, -64, -65, 127, 128, 1 << 20, 1<<31 - 1, 1 << 32} {
		r := reader{b: sleb(v)}
		if got := r.sleb(); got != v || r.at != len(r.b) {
			t.Errorf("sleb(%d) read back %d", v, got)
		}
	}
}

// FuzzMerge: whatever the segments, a merge never changes the memory image
// and never panics.
func FuzzMerge(f *testing.F) {
	f.Add([]byte{0, 2, 5, 1, 9, 30, 2, 0, 1}, uint8(8))
	f.Fuzz(func(t *testing.T, spec []byte, gap uint8) {
		var segs []Segment
		for i := 0; i+2 < len(spec); i += 3 {
			segs = append(segs, Segment{Offset: uint32(spec[i]), Data: bytes.Repeat([]byte{spec[i+2] | 1}, int(spec[i+1]%8))})
		}
		in := module(false, segs...)
		out, _, err := Merge(in, int(gap))
		if err != nil {
			t.Fatal(err)
		}
		sameMemory(t, in, out)
	})
}

func sameMemory(t *testing.T, a, b []byte) {
	t.Helper()
	loA, imA, err := Image(a)
	if err != nil {
		t.Fatal(err)
	}
	loB, imB, err := Image(b)
	if err != nil {
		t.Fatal(err)
	}
	if loA != loB || !bytes.Equal(imA, imB) {
		t.Errorf("memory image changed: %d %q -> %d %q", loA, imA, loB, imB)
	}
}

func sameSegments(a, b []Segment) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Offset != b[i].Offset || !bytes.Equal(a[i].Data, b[i].Data) {
			return false
		}
	}
	return true
}

// CodeSizes reads function bodies' sizes and their names (imported
// functions come first in the index space and have no body).
func TestCodeSizes(t *testing.T) {
	var m []byte
	m = append(m, magic...)
	section := func(id byte, payload []byte) {
		m = append(m, id)
		m = append(m, uleb(uint64(len(payload)))...)
		m = append(m, payload...)
	}
	str := func(s string) []byte { return append(uleb(uint64(len(s))), s...) }
	imports := append([]byte{2}, str("go")...)
	imports = append(append(imports, str("debug")...), 0, 0)                        // a function
	imports = append(append(append(imports, str("go")...), str("mem")...), 2, 0, 1) // a memory
	section(sectionImport, imports)
	section(sectionCode, []byte{2, 3, 0, 0, 0x0b, 5, 0, 0, 0, 0, 0x0b})
	names := append([]byte{2}, 1)
	names = append(append(names, str("main.main")...), 2)
	names = append(names, str("runtime.gc")...)
	custom := append(str("name"), 1)
	custom = append(custom, uleb(uint64(len(names)))...)
	section(sectionCustom, append(custom, names...))
	got, err := CodeSizes(m)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got["main.main"] != 3 || got["runtime.gc"] != 5 {
		t.Errorf("CodeSizes = %v, want main.main 3, runtime.gc 5", got)
	}
	funcs, err := Functions(m)
	if err != nil {
		t.Fatal(err)
	}
	if len(funcs) != 3 || funcs[0] != (Func{}) || funcs[1] != (Func{"main.main", 3}) || funcs[2] != (Func{"runtime.gc", 5}) {
		t.Errorf("Functions = %v, want the import, then main.main 3 and runtime.gc 5 at their indices", funcs)
	}
	if _, err := CodeSizes(module(false)); err == nil {
		t.Error("a module without names: no error")
	}
}
