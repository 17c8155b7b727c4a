package disas

import (
	"testing"

	"hotpluglab/engine/release"
)

// What QEMU printed (the r34m- cases and testdata/oracle's recordings):
// the table holds the text, the branch rules add the target.
func TestPPC(t *testing.T) {
	for _, c := range []struct {
		word uint32
		addr uint64
		want string
		ok   bool
	}{
		{0x48003f00, 0x100, "b        0x4000", true},                 // I-form, relative
		{0x48000045, 0x4020, "bl       0x4064", true},                // with LK
		{0x4082ffdc, 0x7c04, "bne      0x7be0", true},                // B-form, backwards
		{0xdeadbee0, 0x104, "stfdu    f21, -0x4120(r13)", true},      // no target
		{0x00000000, 0x108, ".byte    0x00, 0x00, 0x00, 0x00", true}, // opcode 0
		{0x000f3550, 0x34, ".byte    0x00, 0x0f, 0x35, 0x50", true},  // opcode 0, not zero
		{0x7c0004ac, 0, "sync     0", true},                          //
		{0x00000200, 0, "attn     ", true},                           // opcode 0 that is an instruction
		{0xfc0007ff, 0, "", false},                                   // not in SLOF's code
	} {
		got, ok := PPC(release.V7_2, c.word, c.addr)
		if got != c.want || ok != c.ok {
			t.Errorf("%08x at %#x: %q, %v; want %q, %v", c.word, c.addr, got, ok, c.want, c.ok)
		}
	}
}

func TestX86(t *testing.T) {
	for _, c := range []struct {
		code []byte
		addr uint64
		n    int
		want string
	}{
		{[]byte{0xea, 0x5b, 0xe0, 0x00, 0xf0, 0x30, 0x36}, 0xfffffff0, 5, "ljmpw    $0xf000:$0xe05b"},
		{[]byte{0x0f, 0x85, 0x36, 0xf0, 0x31, 0xd2}, 0xfe062, 4, "jne      0xd09c"}, // rel16, wrapped to 16 bits
		{[]byte{0xeb, 0x55, 0x00}, 0xfffd2960, 2, "jmp      0x29b7"},                // rel8
		{[]byte{0xe9, 0xb2, 0x02, 0x00}, 0xfffefd4b, 3, "jmp      0"},               // a target below 10 prints in decimal
		{[]byte{0x00, 0x00, 0x00}, 0, 2, "addb     %al, (%bx, %si)"},                //
		{[]byte{0xff, 0xff, 0xff}, 0xfffd4018, 1, ".byte    0xff"},                  // no instruction: by its context
		{[]byte{0xff, 0x00, 0x00}, 0xfffd401b, 2, "incw     (%bx, %si)"},            // the same byte, an instruction
	} {
		n, got, ok := X86(release.V7_2, c.code, c.addr)
		if !ok || n != c.n || got != c.want {
			t.Errorf("% x at %#x: %d %q %v; want %d %q", c.code, c.addr, n, got, ok, c.n, c.want)
		}
	}
	if _, _, ok := X86(release.V7_2, []byte{0x0f, 0x0b, 0x0f, 0x0b}, 0); ok {
		t.Error("ud2 ud2, which SeaBIOS's code never shows, was answered")
	}
}
