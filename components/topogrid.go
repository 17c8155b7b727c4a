package components

import (
	"html"
	"sort"
	"strconv"
	"strings"

	"hotpluglab/engine/topoview"
)

// The topology grid's HTML and layout, apart from the component that puts
// them in the page (topology.go): pure functions of the view model.

// compactAbove is the CPU count past which boxes shrink to a number and the
// grid is drawn as rows, only the visible ones in the page.
const compactAbove = 64

// gridAria names the grid for screen readers and says how to use it.
const gridAria = "CPU slots: arrow keys move, Enter puts the slot's command in the console"

// StateMark is a shape per state, so state does not rest on colour alone.
func StateMark(s topoview.State) string {
	switch s {
	case topoview.Boot:
		return "●"
	case topoview.ColdPlugged:
		return "◆"
	case topoview.HotPlugged:
		return "▲"
	case topoview.UnplugPending:
		return "◌"
	default:
		return "○"
	}
}

// SlotSummary is the one-line description used for title, aria-label and
// the detail pane. (Plain appends: it runs once per drawn CPU.)
func SlotSummary(k topoview.Kind, s topoview.Slot) string {
	var b strings.Builder
	num := func(label string, n int) {
		b.WriteString(label)
		b.WriteString(strconv.Itoa(n))
	}
	if k == topoview.SPAPR {
		num("core-id ", s.Core)
	} else {
		num("socket-id ", s.Socket)
		num(", core-id ", s.Core)
		num(", thread-id ", s.Thread)
		num(" · APIC ID ", s.ArchID)
	}
	if s.Node >= 0 {
		num(" · node ", s.Node)
	}
	b.WriteString(" · ")
	b.WriteString(string(s.State))
	if g := guestWord(s); g != "" {
		b.WriteString(" · ")
		b.WriteString(g)
	}
	if s.ID != "" {
		b.WriteString(" · id ")
		b.WriteString(s.ID)
	}
	if s.QOMPath != "" {
		b.WriteString(" · ")
		b.WriteString(s.QOMPath)
	}
	return b.String()
}

// Slots lists every slot of the view in possible-CPU order.
func Slots(v topoview.View) []topoview.Slot { return v.Slots }

// slotLook is what a slot's button shows; the component patches these
// attributes in place when a command changes the slot.
type slotLook struct {
	class, label, inner string
}

func lookOf(k topoview.Kind, s topoview.Slot, compact, changed bool) slotLook {
	text := strconv.Itoa(s.Index)
	if k == topoview.SPAPR {
		text = strconv.Itoa(s.Core)
	}
	if !compact && s.ID != "" {
		text += " " + s.ID
	}
	cls := "slot st-" + string(s.State)
	if s.GuestOnline {
		cls += " g-online"
	}
	if changed {
		cls += " changed"
	}
	return slotLook{
		class: cls,
		label: "CPU " + SlotSummary(k, s),
		inner: `<span class="mark" aria-hidden="true">` + StateMark(s.State) + `</span>` + html.EscapeString(text),
	}
}

// writeSlot writes one slot's button. One slot is in the Tab order (roving
// tabindex): the arrow keys move between slots, so a 4096-CPU grid is one
// Tab stop, not 4096.
func writeSlot(b *strings.Builder, k topoview.Kind, s topoview.Slot, compact, changed, tabStop bool) {
	l := lookOf(k, s, compact, changed)
	if tabStop {
		b.WriteString(`<button type="button" tabindex="0" class="`)
	} else {
		b.WriteString(`<button type="button" tabindex="-1" class="`)
	}
	b.WriteString(l.class)
	b.WriteString(`" data-i="`)
	b.WriteString(strconv.Itoa(s.Index))
	b.WriteString(`" aria-label="`)
	b.WriteString(html.EscapeString(l.label))
	b.WriteString(`">`)
	b.WriteString(l.inner)
	b.WriteString(`</button>`)
}

// Change is one slot whose state (or guest side) an input changed.
type Change struct {
	Index    int
	From, To string
}

func guestWord(s topoview.Slot) string {
	switch {
	case s.GuestOnline:
		return "online in the guest"
	case s.GuestPresent:
		return "offline in the guest"
	}
	return ""
}

func slotWords(s topoview.Slot) string {
	if g := guestWord(s); g != "" {
		return string(s.State) + ", " + g
	}
	return string(s.State)
}

// Diff words the slots the engine says changed between two views of the
// same machine (nothing when the machines differ).
func Diff(a, b topoview.View) []Change {
	var out []Change
	for _, i := range topoview.Changed(a, b) {
		out = append(out, Change{Index: i, From: slotWords(a.Slots[i]), To: slotWords(b.Slots[i])})
	}
	return out
}

func changedSet(changed []Change) map[int]bool {
	ch := make(map[int]bool, len(changed))
	for _, c := range changed {
		ch[c.Index] = true
	}
	return ch
}

// GridHTML is the whole grid of a small machine: boxes for sockets, dies
// and cores (x86) around the slots. focus is the slot in the Tab order.
func GridHTML(v topoview.View, focus int, changed ...Change) string {
	ch := changedSet(changed)
	var b strings.Builder
	b.WriteString(`<div class="grid kind-` + string(v.Kind) + `" role="group" aria-label="` + gridAria + `">`)
	if v.Kind == topoview.SPAPR {
		for _, s := range v.Slots {
			writeSlot(&b, v.Kind, s, false, ch[s.Index], s.Index == focus)
		}
		b.WriteString(`</div>`)
		return b.String()
	}
	for i, s := range v.Slots {
		prev := topoview.Slot{Socket: -1}
		if i > 0 {
			prev = v.Slots[i-1]
		}
		newSocket := s.Socket != prev.Socket
		newDie := newSocket || s.Die != prev.Die
		newCore := newDie || s.Core != prev.Core
		if i > 0 && newCore {
			b.WriteString(`</div>`) // core
		}
		if i > 0 && newDie && v.ShowDies {
			b.WriteString(`</div>`) // die
		}
		if i > 0 && newSocket {
			b.WriteString(`</div>`) // socket
		}
		if newSocket {
			n := strconv.Itoa(s.Socket)
			b.WriteString(`<div class="box sock" role="group" aria-label="socket ` + n + `"><span class="box-h">socket ` + n + `</span>`)
		}
		if newDie && v.ShowDies {
			n := strconv.Itoa(s.Die)
			b.WriteString(`<div class="box die" role="group" aria-label="die ` + n + `"><span class="box-h">die ` + n + `</span>`)
		}
		if newCore {
			n := strconv.Itoa(s.Core)
			b.WriteString(`<div class="box core" role="group" aria-label="core ` + n + `"><span class="box-h">core ` + n + `</span>`)
		}
		writeSlot(&b, v.Kind, s, false, ch[s.Index], s.Index == focus)
	}
	if len(v.Slots) > 0 {
		b.WriteString(`</div>`) // core
		if v.ShowDies {
			b.WriteString(`</div>`) // die
		}
		b.WriteString(`</div>`) // socket
	}
	b.WriteString(`</div>`)
	return b.String()
}

// gridRow is one row of a large machine's grid: a group's heading (x86:
// "socket 1", "socket 1 · die 0") or a run of slots.
type gridRow struct {
	Head  string
	First int // first slot of a slot row
	N     int // slots in a slot row (0 for a heading)
}

// gridLayout lays a large machine out in rows of at most cols slots, all
// rows the same height, so that row r sits at r × the row height and the
// component can draw only the rows in view.
type gridLayout struct {
	rows  []gridRow
	cols  int
	slots []int // slot rows' indices into rows, in slot order
}

func newGridLayout(v topoview.View, cols int) gridLayout {
	cols = max(cols, 1)
	l := gridLayout{cols: cols}
	n := len(v.Slots)
	if v.Kind == topoview.SPAPR {
		l.addRun(0, n, cols)
		return l
	}
	// A core's threads stay on one row: rows hold whole cores.
	threads := 1
	for threads < n && v.Slots[threads].Core == v.Slots[0].Core && v.Slots[threads].Socket == v.Slots[0].Socket {
		threads++
	}
	if cols >= threads {
		cols -= cols % threads
	}
	sameGroup := func(i, j int) bool { return v.Slots[i].Socket == v.Slots[j].Socket && v.Slots[i].Die == v.Slots[j].Die }
	group := 1
	for group < n && sameGroup(group, 0) {
		group++
	}
	if group*2 < cols {
		// Sockets (dies) smaller than half a row: a heading each would
		// outnumber the slots; the slots' labels name their socket.
		l.addRun(0, n, cols)
		return l
	}
	for i := 0; i < n; {
		j := i
		for j < n && sameGroup(j, i) {
			j++
		}
		head := "socket " + strconv.Itoa(v.Slots[i].Socket)
		if v.ShowDies {
			head += " · die " + strconv.Itoa(v.Slots[i].Die)
		}
		l.rows = append(l.rows, gridRow{Head: head})
		l.addRun(i, j, cols)
		i = j
	}
	return l
}

func (l *gridLayout) addRun(from, to, cols int) {
	for i := from; i < to; i += cols {
		l.slots = append(l.slots, len(l.rows))
		l.rows = append(l.rows, gridRow{First: i, N: min(cols, to-i)})
	}
}

// rowOf is the row holding slot i.
func (l gridLayout) rowOf(i int) int {
	if len(l.slots) == 0 {
		return 0
	}
	k := sort.Search(len(l.slots), func(k int) bool {
		r := l.rows[l.slots[k]]
		return r.First+r.N > i
	})
	return l.slots[min(k, len(l.slots)-1)]
}

// step is the slot the arrow keys lead to from slot i in a grid of n slots:
// left/right one slot, up/down the same column of the slot row above or
// below (the nearest slot when that row is shorter).
func (l gridLayout) step(i, n int, key string) (int, bool) {
	switch key {
	case "ArrowRight":
		return min(i+1, n-1), true
	case "ArrowLeft":
		return max(i-1, 0), true
	case "Home":
		return 0, true
	case "End":
		return n - 1, true
	case "ArrowDown", "ArrowUp", "PageDown", "PageUp":
	default:
		return i, false
	}
	if len(l.slots) == 0 {
		return i, true
	}
	r := l.rowOf(i)
	k := sort.SearchInts(l.slots, r)
	switch key {
	case "ArrowDown":
		k++
	case "ArrowUp":
		k--
	case "PageDown":
		k += pageRows
	case "PageUp":
		k -= pageRows
	}
	k = min(max(k, 0), len(l.slots)-1)
	to := l.rows[l.slots[k]]
	col := i - l.rows[r].First
	return to.First + min(col, to.N-1), true
}

// pageRows is how many slot rows PageUp and PageDown move.
const pageRows = 10

// rowHTML writes row r at its place (top, in px) for the view.
func (l gridLayout) rowHTML(b *strings.Builder, v topoview.View, r int, rowHeight float64, focus int, changed map[int]bool) {
	row := l.rows[r]
	b.WriteString(`<div class="vrow`)
	if row.Head != "" {
		b.WriteString(` vhead`)
	}
	b.WriteString(`" data-r="`)
	b.WriteString(strconv.Itoa(r))
	b.WriteString(`" style="top:`)
	b.WriteString(strconv.FormatFloat(float64(r)*rowHeight, 'f', 1, 64))
	b.WriteString(`px">`)
	if row.Head != "" {
		b.WriteString(html.EscapeString(row.Head))
	}
	for i := row.First; i < row.First+row.N; i++ {
		writeSlot(b, v.Kind, v.Slots[i], true, changed[i], i == focus)
	}
	b.WriteString(`</div>`)
}
