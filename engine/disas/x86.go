package disas

import (
	"fmt"
	"strings"
	"sync"

	"hotpluglab/engine/release"
)

// x86Table is how the release's binary prints each real-mode instruction
// of SeaBIOS's image (bios-disas.txt): by its bytes, and the bytes it
// printed as `.byte` by that byte and the two after it.
type x86Table struct {
	insn map[string]string
	dot  map[string]string
}

var x86Tables sync.Map // *release.Release -> *x86Table

func x86TableOf(rel *release.Release) (*x86Table, bool) {
	if t, ok := x86Tables.Load(rel); ok {
		return t.(*x86Table), true
	}
	text, err := rel.Firmware("x86_64", "bios-disas.txt")
	if err != nil {
		return nil, false // a download failed: asked again next time
	}
	t := &x86Table{insn: map[string]string{}, dot: map[string]string{}}
	for _, line := range strings.Split(text, "\n") {
		key, insn, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		code, next, dot := strings.Cut(key, "|")
		b, c := unhex(code), unhex(next)
		if b == "" || dot && len(c) != 2 {
			continue
		}
		if dot {
			t.dot[b+c] = insn
		} else {
			t.insn[b] = insn
		}
	}
	v, _ := x86Tables.LoadOrStore(rel, t)
	return v.(*x86Table), true
}

func unhex(s string) string {
	if len(s)%2 != 0 {
		return ""
	}
	b := make([]byte, len(s)/2)
	for i := range b {
		var v byte
		for _, c := range s[2*i : 2*i+2] {
			switch {
			case c >= '0' && c <= '9':
				v = v<<4 | byte(c-'0')
			case c >= 'a' && c <= 'f':
				v = v<<4 | byte(c-'a'+10)
			default:
				return ""
			}
		}
		b[i] = v
	}
	return string(b)
}

// X86 is the real-mode instruction at the head of code, which sits at
// addr: how many bytes it takes and how QEMU prints it after the bytes
// column. ok is false for an instruction the recordings never showed (or
// too few bytes to tell).
func X86(rel *release.Release, code []byte, addr uint64) (n int, text string, ok bool) {
	t, loaded := x86TableOf(rel)
	if !loaded {
		return 0, "", false
	}
	// x86 decodes one way: of the instructions recorded, at most one is a
	// prefix of code.
	for l := min(15, len(code)); l > 0; l-- {
		s, found := t.insn[string(code[:l])]
		if !found {
			continue
		}
		for _, tag := range []struct {
			name string
			mask uint64
		}{{"{T16}", 0xffff}, {"{T32}", 0xffffffff}} {
			if head, isBranch := strings.CutSuffix(s, tag.name); isBranch {
				target := (addr + uint64(l) + uint64(relDisp(code[:l]))) & tag.mask
				return l, head + imm(target), true
			}
		}
		return l, s, true
	}
	if len(code) >= 3 {
		if s, found := t.dot[string(code[:3])]; found {
			return 1, s, true
		}
	}
	return 0, "", false
}

// imm is an immediate as capstone prints it: decimal below 10, else hex.
func imm(v uint64) string {
	if v < 10 {
		return fmt.Sprint(v)
	}
	return fmt.Sprintf("0x%x", v)
}

// relDisp is a recorded relative branch's displacement (jcc, jmp, call,
// loop, jcxz): its last 1, 2 or 4 bytes.
func relDisp(b []byte) int64 {
	i := 0
	for i < len(b) && strings.IndexByte("\x66\x67\x2e\x3e\x26\x36\x64\x65\xf2\xf3\xf0", b[i]) >= 0 {
		i++
	}
	if i >= len(b) {
		return 0
	}
	rest := b[i+1:]
	if b[i] == 0x0f && len(rest) > 0 { // jcc rel16/rel32
		rest = rest[1:]
	}
	switch len(rest) {
	case 1:
		return int64(int8(rest[0]))
	case 2:
		return int64(int16(uint16(rest[0]) | uint16(rest[1])<<8))
	case 4:
		return int64(int32(uint32(rest[0]) | uint32(rest[1])<<8 | uint32(rest[2])<<16 | uint32(rest[3])<<24))
	}
	return 0
}
