// Package disas is QEMU's disassembler as the monitor's `x /i` shows it
// (disas/capstone.c): what the release's binary printed for the code the
// simulator holds, recorded from it (testdata/oracle/record_firmware_disas.py).
package disas

import (
	"fmt"
	"strconv"
	"strings"
	"sync"

	"hotpluglab/engine/release"
)

var ppcTables sync.Map // *release.Release -> map[uint32]string

// ppcTable is how the release's binary prints each word of SLOF's code,
// read on first use (in the browser the firmware bundle is downloaded then).
func ppcTable(rel *release.Release) (map[uint32]string, bool) {
	if t, ok := ppcTables.Load(rel); ok {
		return t.(map[uint32]string), true
	}
	text, err := rel.Firmware("ppc64", "slof-disas.txt")
	if err != nil {
		return nil, false // a download failed: asked again next time
	}
	t := make(map[uint32]string, strings.Count(text, "\n"))
	for _, line := range strings.Split(text, "\n") {
		w, rest, ok := strings.Cut(line, "\t")
		if n, err := strconv.ParseUint(w, 16, 32); ok && err == nil {
			t[uint32(n)] = rest
		}
	}
	v, _ := ppcTables.LoadOrStore(rel, t)
	return v.(map[uint32]string), true
}

// PPC is how QEMU prints a big-endian POWER word at addr, after the word
// itself: a word whose primary opcode is 0 is no instruction (but attn) and
// prints as its bytes; any other is known when SLOF's code holds it. ok is
// false for a word the recordings never showed.
func PPC(rel *release.Release, word uint32, addr uint64) (text string, ok bool) {
	t, loaded := ppcTable(rel)
	if s, known := t[word]; loaded && known {
		if head, found := strings.CutSuffix(s, "{T}"); found {
			return head + fmt.Sprintf("0x%x", branchTarget(word, addr)), true
		}
		return s, true
	}
	if word>>26 == 0 && (word>>1)&0x3ff != 256 {
		return fmt.Sprintf(".byte    0x%02x, 0x%02x, 0x%02x, 0x%02x", word>>24, word>>16&0xff, word>>8&0xff, word&0xff), true
	}
	return "", false
}

// branchTarget is where a b (I-form) or bc (B-form) word at addr goes:
// its displacement, sign-extended, from addr unless the AA bit is set.
func branchTarget(word uint32, addr uint64) uint64 {
	var disp int64
	if word>>26 == 18 {
		disp = int64(int32(word<<6)) >> 6 &^ 3
	} else {
		disp = int64(int16(word & 0xfffc))
	}
	if word&2 != 0 {
		return uint64(disp)
	}
	return addr + uint64(disp)
}
