// Package versiondiff runs one session (a command line and an input log) on
// two QEMU releases and says, line by line, where their outputs differ and
// which release prints each line: what a documentation author upgrading a
// tutorial from one release to the next needs to see.
package versiondiff

import (
	"strconv"
	"strings"

	"hotpluglab/engine/cmdline"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// Line is one output line and the releases that print it.
type Line struct {
	Text string
	// In names the release that prints the line, or "" when both do.
	In string
}

// Block is one input (or the start-up, Input.Kind "start") and its output
// on both releases, merged.
type Block struct {
	Input session.Input
	Lines []Line
	Same  bool // both releases print exactly the same
}

// Report is the whole comparison, in the order of the session.
type Report struct {
	Old, New *release.Release
	Blocks   []Block
}

// Differing counts the blocks whose outputs differ.
func (r Report) Differing() int {
	n := 0
	for _, b := range r.Blocks {
		if !b.Same {
			n++
		}
	}
	return n
}

// Compare replays the session on both releases.
func Compare(old, new *release.Release, target string, args []string, log []session.Input) Report {
	oldStart, oshown := session.Transcript(old, target, args, log)
	newStart, nshown := session.Transcript(new, target, args, log)
	r := Report{Old: old, New: new}
	binary := machinetype.Target(target).Binary()
	if target == "" {
		binary = cmdline.TargetOf(old, args).Binary()
	}
	start := session.Input{Kind: "start", Text: strings.Join(append([]string{binary}, args...), " ")}
	r.Blocks = append(r.Blocks, merge(start, oldStart, newStart, old, new))
	for i, in := range log {
		var o, n string
		if i < len(oshown) {
			o = oshown[i].Output
		}
		if i < len(nshown) {
			n = nshown[i].Output
		}
		r.Blocks = append(r.Blocks, merge(in, o, n, old, new))
	}
	return r
}

func merge(in session.Input, a, b string, old, new *release.Release) Block {
	blk := Block{Input: in, Same: a == b}
	al, bl := lines(a), lines(b)
	for _, op := range diff(al, bl) {
		switch op.kind {
		case both:
			blk.Lines = append(blk.Lines, Line{Text: al[op.a]})
		case onlyA:
			blk.Lines = append(blk.Lines, Line{Text: al[op.a], In: old.Name})
		case onlyB:
			blk.Lines = append(blk.Lines, Line{Text: bl[op.b], In: new.Name})
		}
	}
	return blk
}

func lines(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}

type opKind int

const (
	both opKind = iota
	onlyA
	onlyB
)

type op struct {
	kind opKind
	a, b int
}

// diff is a longest-common-subsequence line diff; a release's lines that
// the other lacks come just before the next common line, the older
// release's first.
func diff(a, b []string) []op {
	// Common head and tail first: most blocks differ in a few lines.
	head := 0
	for head < len(a) && head < len(b) && a[head] == b[head] {
		head++
	}
	tail := 0
	for tail < len(a)-head && tail < len(b)-head && a[len(a)-1-tail] == b[len(b)-1-tail] {
		tail++
	}
	ma, mb := a[head:len(a)-tail], b[head:len(b)-tail]
	// lcs[i][j]: length of the LCS of ma[i:] and mb[j:]. Outputs are bounded
	// by what a person reads, but a pathological block is capped: past the
	// cap the middle is shown as removed then added.
	var ops []op
	for i := 0; i < head; i++ {
		ops = append(ops, op{both, i, i})
	}
	if len(ma)*len(mb) > maxCells {
		for i := range ma {
			ops = append(ops, op{onlyA, head + i, 0})
		}
		for j := range mb {
			ops = append(ops, op{onlyB, 0, head + j})
		}
	} else {
		lcs := make([][]int32, len(ma)+1)
		for i := range lcs {
			lcs[i] = make([]int32, len(mb)+1)
		}
		for i := len(ma) - 1; i >= 0; i-- {
			for j := len(mb) - 1; j >= 0; j-- {
				if ma[i] == mb[j] {
					lcs[i][j] = lcs[i+1][j+1] + 1
				} else {
					lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
				}
			}
		}
		i, j := 0, 0
		for i < len(ma) || j < len(mb) {
			switch {
			case i < len(ma) && j < len(mb) && ma[i] == mb[j]:
				ops = append(ops, op{both, head + i, head + j})
				i, j = i+1, j+1
			case j == len(mb) || (i < len(ma) && lcs[i+1][j] >= lcs[i][j+1]):
				ops = append(ops, op{onlyA, head + i, 0})
				i++
			default:
				ops = append(ops, op{onlyB, 0, head + j})
				j++
			}
		}
	}
	for k := 0; k < tail; k++ {
		ops = append(ops, op{both, len(a) - tail + k, len(b) - tail + k})
	}
	return ops
}

// maxCells bounds the diff table (lines × lines) of one block.
const maxCells = 4_000_000

// Text renders the report as plain text: a line per input ("$ " for the
// start-up, "(qemu) " for HMP, "qmp> " for QMP, "guest# " for the shell),
// then each output line prefixed by two spaces when both releases print it,
// or by the release that prints it.
func (r Report) Text() string {
	var b strings.Builder
	width := max(len(r.Old.Name), len(r.New.Name))
	for _, blk := range r.Blocks {
		b.WriteString(Prompt(blk.Input) + "\n")
		for _, l := range blk.Lines {
			tag := strings.Repeat(" ", width)
			if l.In != "" {
				tag = l.In + strings.Repeat(" ", width-len(l.In))
			}
			b.WriteString(tag + " | " + l.Text + "\n")
		}
	}
	return b.String()
}

// Prompt is how an input reads in a transcript; the page's own inputs
// (boot, time) read as what the reader did.
func Prompt(in session.Input) string {
	switch in.Kind {
	case "start":
		return "$ " + in.Text
	case "hmp":
		return "(qemu) " + in.Text
	case "qmp":
		return "qmp> " + in.Text
	case "guest":
		return "guest# " + in.Text
	case "boot":
		if in.Text == "wait" {
			return "[boot Linux and wait for its prompt]"
		}
		return "[boot Linux]"
	case "autoonline":
		if in.Text == "true" {
			return "[guest onlines added CPUs: on]"
		}
		return "[guest onlines added CPUs: off]"
	case "settle":
		return "[let time pass until nothing is due]"
	case "advance":
		if us, err := strconv.ParseInt(in.Text, 10, 64); err == nil {
			return "[time passes: " + strconv.FormatFloat(float64(us)/1e6, 'f', -1, 64) + " s]"
		}
	}
	return "[" + in.Kind + " " + in.Text + "]"
}
