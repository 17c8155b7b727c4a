// Package wasmfile reads and rewrites linked WebAssembly modules: the
// build's post-link merge of data segments, and the code size of each
// function (for bench-app's size by package).
//
// Data segments: Go's wasm linker starts a new segment after every run of more than
// a few zero bytes, so a large program carries about 100,000 segments, most
// of them two bytes long, each with its own offset. Joining neighbours and
// writing the zeros between them out makes the module smaller once
// compressed (zeros cost next to nothing to brotli; offsets do) and leaves
// the memory image unchanged: fresh linear memory is zero.
package wasmfile

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
)

const (
	sectionCustom    = 0
	sectionImport    = 2
	sectionCode      = 10
	sectionData      = 11
	sectionDataCount = 12
	opI32Const       = 0x41
	opEnd            = 0x0b
)

var magic = []byte{0, 'a', 's', 'm', 1, 0, 0, 0}

// MaxGap is the gap the build merges across. Measured on app.wasm (Go 1.26):
// 91,560 segments became 27 and brotli -q 11 shrank by 97 KB (6%); larger
// gaps saved no more, 16 bytes saved a sixth of that. The raw file grows by
// the zeros written out (1.6 MB of 9 MB), which compression removes.
const MaxGap = 64

// Segment is one active data segment of memory 0.
type Segment struct {
	Offset uint32
	Data   []byte
}

// Stats says what a merge did.
type Stats struct {
	Before, After int // segment counts
	ZerosAdded    int // gap bytes written out
}

// Merge returns the module with adjacent data segments joined wherever the
// gap between them is at most maxGap bytes. A module whose data section it
// does not understand (passive segments, other memories, offsets that are
// not constants) is an error, never a silently changed module.
func Merge(module []byte, maxGap int) ([]byte, Stats, error) {
	secs, err := sections(module)
	if err != nil {
		return nil, Stats{}, err
	}
	var merged []Segment
	var st Stats
	for _, s := range secs {
		if s.id == sectionData {
			segs, err := parseData(s.payload)
			if err != nil {
				return nil, Stats{}, err
			}
			var zeros int
			merged, zeros = join(segs, maxGap)
			st = Stats{Before: len(segs), After: len(merged), ZerosAdded: zeros}
		}
	}
	var out bytes.Buffer
	out.Write(magic)
	for _, s := range secs {
		payload := s.payload
		switch s.id {
		case sectionData:
			payload = encodeData(merged)
		case sectionDataCount: // must match the data section's count
			payload = uleb(uint64(len(merged)))
		}
		out.WriteByte(s.id)
		out.Write(uleb(uint64(len(payload))))
		out.Write(payload)
	}
	return out.Bytes(), st, nil
}

// Image is the initial contents of linear memory from offset lo up to the
// end of the last segment: what instantiation writes. Two modules whose
// images are equal start with the same memory.
func Image(module []byte) (lo uint32, image []byte, err error) {
	segs, err := Segments(module)
	if err != nil || len(segs) == 0 {
		return 0, nil, err
	}
	lo, hi := segs[0].Offset, uint32(0)
	for _, s := range segs {
		lo = min(lo, s.Offset)
		hi = max(hi, s.Offset+uint32(len(s.Data)))
	}
	image = make([]byte, hi-lo)
	for _, s := range segs {
		copy(image[s.Offset-lo:], s.Data)
	}
	return lo, image, nil
}

// Segments lists the module's data segments.
func Segments(module []byte) ([]Segment, error) {
	secs, err := sections(module)
	if err != nil {
		return nil, err
	}
	for _, s := range secs {
		if s.id == sectionData {
			return parseData(s.payload)
		}
	}
	return nil, nil
}

// Sections lists the ids of the module's sections in order, to check that
// a merge kept everything but the data section as it was.
func Sections(module []byte) ([]byte, error) {
	secs, err := sections(module)
	if err != nil {
		return nil, err
	}
	ids := make([]byte, len(secs))
	for i, s := range secs {
		ids[i] = s.id
	}
	return ids, nil
}

type section struct {
	id      byte
	payload []byte
}

func sections(module []byte) ([]section, error) {
	if !bytes.HasPrefix(module, magic) {
		return nil, errors.New("wasmfile: not a WebAssembly 1.0 module")
	}
	var out []section
	r := reader{b: module, at: len(magic)}
	for r.at < len(r.b) {
		id := r.byte()
		n := r.uleb()
		p := r.take(int(n))
		if r.err != nil {
			return nil, fmt.Errorf("wasmfile: section %d: %w", id, r.err)
		}
		out = append(out, section{id, p})
	}
	return out, nil
}

func parseData(p []byte) ([]Segment, error) {
	r := reader{b: p}
	n := r.uleb()
	segs := make([]Segment, 0, min(n, uint64(len(p))))
	for i := uint64(0); i < n && r.err == nil; i++ {
		if flags := r.uleb(); flags != 0 {
			return nil, fmt.Errorf("wasmfile: segment %d: flags %d (only active segments of memory 0 are supported)", i, flags)
		}
		if op := r.byte(); op != opI32Const {
			return nil, fmt.Errorf("wasmfile: segment %d: offset is not an i32.const", i)
		}
		off := r.sleb()
		if end := r.byte(); end != opEnd {
			return nil, fmt.Errorf("wasmfile: segment %d: offset expression longer than one constant", i)
		}
		size := r.uleb()
		data := r.take(int(size))
		if off < 0 || off > 1<<32-1 {
			return nil, fmt.Errorf("wasmfile: segment %d: offset %d out of range", i, off)
		}
		segs = append(segs, Segment{Offset: uint32(off), Data: data})
	}
	if r.err != nil {
		return nil, fmt.Errorf("wasmfile: data section: %w", r.err)
	}
	if r.at != len(p) {
		return nil, errors.New("wasmfile: data section: trailing bytes")
	}
	return segs, nil
}

// join merges each segment into the one before it (in the module's order)
// when the gap between them is at most maxGap bytes and no segment anywhere
// in the module lies in that gap: segments are applied in order, so zeros
// written over another segment's bytes would change memory.
func join(segs []Segment, maxGap int) ([]Segment, int) {
	free := gapChecker(segs)
	var out []Segment
	zeros := 0
	for _, s := range segs {
		if n := len(out); n > 0 {
			last := &out[n-1]
			end := uint64(last.Offset) + uint64(len(last.Data))
			if gap := int64(s.Offset) - int64(end); gap >= 0 && gap <= int64(maxGap) && free(end, uint64(s.Offset)) {
				last.Data = append(last.Data, make([]byte, gap)...)
				last.Data = append(last.Data, s.Data...)
				zeros += int(gap)
				continue
			}
		}
		out = append(out, Segment{Offset: s.Offset, Data: append([]byte(nil), s.Data...)})
	}
	return out, zeros
}

// gapChecker reports whether [lo, hi) holds no byte of any segment. When
// segments overlap one another it allows no gap at all (and join then only
// concatenates segments that touch).
func gapChecker(segs []Segment) func(lo, hi uint64) bool {
	type span struct{ lo, hi uint64 }
	spans := make([]span, 0, len(segs))
	for _, s := range segs {
		if len(s.Data) > 0 {
			spans = append(spans, span{uint64(s.Offset), uint64(s.Offset) + uint64(len(s.Data))})
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].lo < spans[j].lo })
	for i := 1; i < len(spans); i++ {
		if spans[i].lo < spans[i-1].hi {
			return func(lo, hi uint64) bool { return lo == hi }
		}
	}
	return func(lo, hi uint64) bool {
		if lo == hi {
			return true
		}
		// The last span starting before hi is the only one that can reach
		// into [lo, hi): spans are sorted and disjoint.
		i := sort.Search(len(spans), func(i int) bool { return spans[i].lo >= hi })
		return i == 0 || spans[i-1].hi <= lo
	}
}

func encodeData(segs []Segment) []byte {
	var b bytes.Buffer
	b.Write(uleb(uint64(len(segs))))
	for _, s := range segs {
		b.WriteByte(0)
		b.WriteByte(opI32Const)
		b.Write(sleb(int64(s.Offset)))
		b.WriteByte(opEnd)
		b.Write(uleb(uint64(len(s.Data))))
		b.Write(s.Data)
	}
	return b.Bytes()
}

func uleb(v uint64) []byte { return binary.AppendUvarint(nil, v) }

func sleb(v int64) []byte {
	var out []byte
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if (v == 0 && c&0x40 == 0) || (v == -1 && c&0x40 != 0) {
			return append(out, c)
		}
		out = append(out, c|0x80)
	}
}

type reader struct {
	b   []byte
	at  int
	err error
}

func (r *reader) fail(msg string) {
	if r.err == nil {
		r.err = errors.New(msg)
	}
}

func (r *reader) byte() byte {
	if r.err != nil || r.at >= len(r.b) {
		r.fail("unexpected end")
		return 0
	}
	c := r.b[r.at]
	r.at++
	return c
}

func (r *reader) take(n int) []byte {
	if r.err != nil || n < 0 || n > len(r.b)-r.at {
		r.fail("unexpected end")
		return nil
	}
	p := r.b[r.at : r.at+n]
	r.at += n
	return p
}

func (r *reader) uleb() uint64 {
	var v uint64
	for shift := 0; shift < 64; shift += 7 {
		c := r.byte()
		v |= uint64(c&0x7f) << shift
		if c&0x80 == 0 {
			return v
		}
	}
	r.fail("LEB128 too long")
	return 0
}

func (r *reader) sleb() int64 {
	var v int64
	shift := 0
	for {
		c := r.byte()
		if r.err != nil {
			return 0
		}
		v |= int64(c&0x7f) << shift
		shift += 7
		if c&0x80 == 0 {
			if shift < 64 && c&0x40 != 0 {
				v |= -1 << shift
			}
			return v
		}
		if shift >= 64 {
			r.fail("LEB128 too long")
			return 0
		}
	}
}

// CodeSizes is each function's body size in bytes, by the name the
// module's "name" section gives it (Go writes one unless linked with -s).
func CodeSizes(module []byte) (map[string]int, error) {
	funcs, err := Functions(module)
	if err != nil {
		return nil, err
	}
	out := make(map[string]int, len(funcs))
	for _, f := range funcs {
		if f.Name != "" { // an import
			out[f.Name] += f.Size
		}
	}
	return out, nil
}

// Func is one function the module defines: its name and body size.
type Func struct {
	Name string
	Size int
}

// Functions are the module's functions by their index in the function
// index space (imported functions first: their entries are zero), named by
// the "name" section (Go writes one unless linked with -s), as V8's traces
// number them.
func Functions(module []byte) ([]Func, error) {
	secs, err := sections(module)
	if err != nil {
		return nil, err
	}
	imported, names := 0, map[uint64]string{}
	var bodies []int
	for _, s := range secs {
		r := reader{b: s.payload}
		switch s.id {
		case sectionImport:
			for n := r.uleb(); n > 0 && r.err == nil; n-- {
				r.take(int(r.uleb())) // module
				r.take(int(r.uleb())) // name
				switch kind := r.byte(); kind {
				case 0: // function: its type index
					r.uleb()
					imported++
				case 1: // table: element type, limits
					r.byte()
					r.limits()
				case 2: // memory
					r.limits()
				case 3: // global: value type, mutability
					r.byte()
					r.byte()
				default:
					r.fail(fmt.Sprintf("import kind %d", kind))
				}
			}
		case sectionCode:
			for n := r.uleb(); n > 0 && r.err == nil; n-- {
				size := r.uleb()
				r.take(int(size))
				bodies = append(bodies, int(size))
			}
		case sectionCustom:
			if string(r.take(int(r.uleb()))) != "name" {
				continue
			}
			for r.at < len(r.b) && r.err == nil {
				id := r.byte()
				sub := reader{b: r.take(int(r.uleb()))}
				if id != 1 { // function names
					continue
				}
				for n := sub.uleb(); n > 0 && sub.err == nil; n-- {
					idx := sub.uleb()
					names[idx] = string(sub.take(int(sub.uleb())))
				}
				r.err = sub.err
			}
		}
		if r.err != nil {
			return nil, fmt.Errorf("wasmfile: section %d: %w", s.id, r.err)
		}
	}
	if len(names) == 0 {
		return nil, errors.New("wasmfile: the module has no function names (linked with -s?)")
	}
	out := make([]Func, imported, imported+len(bodies))
	for i, size := range bodies {
		name, ok := names[uint64(imported+i)]
		if !ok {
			name = fmt.Sprintf("func[%d]", imported+i)
		}
		out = append(out, Func{name, size})
	}
	return out, nil
}

func (r *reader) limits() {
	if r.byte()&1 != 0 {
		r.uleb()
	}
	r.uleb()
}
