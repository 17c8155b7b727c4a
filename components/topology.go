package components

import (
	"fmt"
	"html"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"hotpluglab/engine/topoview"
)

// ActionDetail shows one slot in the SlotDetail pane (value: topoview.Slot).
const ActionDetail = "hotplug.detail"

// compactAbove is the CPU count past which boxes shrink to a number.
const compactAbove = 64

// chunk is how many flat (sPAPR) slots share one content-visibility block, so
// the browser lays out only the visible part of a 4096-core machine.
const chunk = 256

// Topology draws one box per possible CPU, nested socket > die > core >
// thread on x86 and a grid of cores on sPAPR. The grid is produced as one HTML
// string (one DOM write) with a single delegated click/focus/hover handler,
// because a go-app node per slot froze the tab at thousands of CPUs.
type Topology struct {
	app.Compo

	View    topoview.View
	Changed []Change // what the last input did, highlighted and listed
	// NoConsole: the page shows no console (an embed's ui=topology), so a
	// click shows the slot's command instead of filling an input.
	NoConsole bool

	hover int // slot index under the pointer, -1 none
}

func (t *Topology) OnInit() { t.hover = -1 }

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
// the detail pane. (Plain appends: it runs once per CPU per draw.)
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

// Slots lists every slot of the view in possible-CPU order of the nesting.
func Slots(v topoview.View) []topoview.Slot {
	var out []topoview.Slot
	for _, s := range v.Sockets {
		for _, d := range s.Dies {
			for _, c := range d.Cores {
				out = append(out, c.Slots...)
			}
		}
	}
	return out
}

func writeSlot(b *strings.Builder, k topoview.Kind, s topoview.Slot, compact, changed, first bool) {
	sum := SlotSummary(k, s)
	label := strconv.Itoa(s.Index)
	if k == topoview.SPAPR {
		label = strconv.Itoa(s.Core)
	}
	if !compact && s.ID != "" {
		label += " " + s.ID
	}
	cls := "slot st-" + string(s.State)
	if s.GuestOnline {
		cls += " g-online"
	}
	if changed {
		cls += " changed"
	}
	esc := html.EscapeString(sum)
	// One slot in the Tab order (roving tabindex): the arrow keys move
	// between slots, so a 4096-CPU grid is one Tab stop, not 4096.
	if first {
		b.WriteString(`<button type="button" tabindex="0" class="`)
	} else {
		b.WriteString(`<button type="button" tabindex="-1" class="`)
	}
	b.WriteString(cls)
	b.WriteString(`" data-i="`)
	b.WriteString(strconv.Itoa(s.Index))
	b.WriteString(`" title="`)
	b.WriteString(esc)
	b.WriteString(`" aria-label="CPU `)
	b.WriteString(esc)
	b.WriteString(`"><span class="mark" aria-hidden="true">`)
	b.WriteString(StateMark(s.State))
	b.WriteString(`</span>`)
	b.WriteString(html.EscapeString(label))
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

// Diff lists the slots whose state or guest side differ between two views
// of the same machine (nothing when the machines differ).
func Diff(a, b topoview.View) []Change {
	as, bs := Slots(a), Slots(b)
	if len(as) != len(bs) || a.Machine != b.Machine {
		return nil
	}
	var out []Change
	for i := range as {
		if as[i].State != bs[i].State || as[i].GuestPresent != bs[i].GuestPresent || as[i].GuestOnline != bs[i].GuestOnline || as[i].ID != bs[i].ID {
			out = append(out, Change{Index: bs[i].Index, From: slotWords(as[i]), To: slotWords(bs[i])})
		}
	}
	return out
}

// GridHTML renders the slots of a view as HTML.
func GridHTML(v topoview.View, changed ...Change) string {
	ch := map[int]bool{}
	for _, c := range changed {
		ch[c.Index] = true
	}
	var b strings.Builder
	compact := v.Possible > compactAbove
	cls := "grid kind-" + string(v.Kind)
	if compact {
		cls += " compact"
	}
	firstIdx := -1
	if all := Slots(v); len(all) > 0 {
		firstIdx = all[0].Index
	}
	fmt.Fprintf(&b, `<div class="%s" role="group" aria-label="CPU slots: arrow keys move, `+gridPromise+`">`, cls)
	if v.Kind == topoview.SPAPR {
		slots := Slots(v)
		if !compact {
			for _, s := range slots {
				writeSlot(&b, v.Kind, s, compact, ch[s.Index], s.Index == firstIdx)
			}
			b.WriteString(`</div>`)
			return b.String()
		}
		for i, s := range slots {
			if i%chunk == 0 {
				if i > 0 {
					b.WriteString(`</div>`)
				}
				b.WriteString(`<div class="chunk" role="group" aria-label="cores">`)
			}
			writeSlot(&b, v.Kind, s, compact, ch[s.Index], s.Index == firstIdx)
		}
		if len(slots) > 0 {
			b.WriteString(`</div>`)
		}
		b.WriteString(`</div>`)
		return b.String()
	}
	for _, so := range v.Sockets {
		fmt.Fprintf(&b, `<div class="box sock" role="group" aria-label="socket %d"><span class="box-h">socket %d</span>`, so.ID, so.ID)
		for _, d := range so.Dies {
			if v.ShowDies {
				fmt.Fprintf(&b, `<div class="box die" role="group" aria-label="die %d"><span class="box-h">die %d</span>`, d.ID, d.ID)
			}
			for _, c := range d.Cores {
				if compact && len(c.Slots) == 1 {
					// One thread per core: the core box would only repeat
					// the slot (its title still names the core-id).
					writeSlot(&b, v.Kind, c.Slots[0], compact, ch[c.Slots[0].Index], c.Slots[0].Index == firstIdx)
					continue
				}
				fmt.Fprintf(&b, `<div class="box core" role="group" aria-label="core %d"><span class="box-h">core %d</span>`, c.ID, c.ID)
				for _, s := range c.Slots {
					writeSlot(&b, v.Kind, s, compact, ch[s.Index], s.Index == firstIdx)
				}
				b.WriteString(`</div>`)
			}
			if v.ShowDies {
				b.WriteString(`</div>`)
			}
		}
		b.WriteString(`</div>`)
	}
	b.WriteString(`</div>`)
	return b.String()
}

// slotAt finds the slot a DOM event happened on.
func (t *Topology) slotAt(e app.Event) (topoview.Slot, bool) {
	target := e.Get("target")
	if !target.Truthy() {
		return topoview.Slot{}, false
	}
	btn := target.Call("closest", "button.slot")
	if !btn.Truthy() {
		return topoview.Slot{}, false
	}
	i, err := strconv.Atoi(btn.Call("getAttribute", "data-i").String())
	if err != nil {
		return topoview.Slot{}, false
	}
	return t.SlotByIndex(i)
}

// SlotByIndex finds a slot by its possible-CPU index.
func (t *Topology) SlotByIndex(i int) (topoview.Slot, bool) {
	for _, s := range Slots(t.View) {
		if s.Index == i {
			return s, true
		}
	}
	return topoview.Slot{}, false
}

// Pick is what a click on a slot does: put its command in the console input.
// It never runs anything.
func (t *Topology) Pick(ctx app.Context, s topoview.Slot) {
	ctx.NewActionWithValue(ActionDetail, s)
	if s.Command != "" && !t.NoConsole {
		ctx.NewActionWithValue(ActionFill, s.Command)
	}
}

func (t *Topology) onClick(ctx app.Context, e app.Event) {
	ctx.PreventUpdate()
	if s, ok := t.slotAt(e); ok {
		t.Pick(ctx, s)
	}
}

// onKey moves focus between slots: arrows step, Home/End jump (DOM order,
// which is the possible-CPU order).
func (t *Topology) onKey(ctx app.Context, e app.Event) {
	ctx.PreventUpdate()
	step := map[string]int{"ArrowRight": 1, "ArrowDown": 1, "ArrowLeft": -1, "ArrowUp": -1}
	key := e.Get("key").String()
	cur := e.Get("target")
	if !cur.Truthy() || cur.Call("closest", "button.slot").IsNull() {
		return
	}
	all := ctx.JSSrc().Call("querySelectorAll", "button.slot")
	n := all.Length()
	at := -1
	for i := 0; i < n; i++ {
		if all.Index(i).Equal(cur) {
			at = i
			break
		}
	}
	if at < 0 {
		return
	}
	next := at
	switch key {
	case "Home":
		next = 0
	case "End":
		next = n - 1
	default:
		d, ok := step[key]
		if !ok {
			return
		}
		next = at + d
	}
	if next < 0 || next >= n || next == at {
		e.PreventDefault()
		return
	}
	e.PreventDefault()
	cur.Call("setAttribute", "tabindex", "-1")
	nb := all.Index(next)
	nb.Call("setAttribute", "tabindex", "0")
	nb.Call("focus")
}

func (t *Topology) onPoint(ctx app.Context, e app.Event) {
	// Hover and focus only change the detail pane: keep the grid as it is.
	ctx.PreventUpdate()
	s, ok := t.slotAt(e)
	if !ok || s.Index == t.hover {
		return
	}
	t.hover = s.Index
	ctx.NewActionWithValue(ActionDetail, s)
}

func (t *Topology) Render() app.UI {
	v := t.View
	title := "Topology"
	if v.Machine != "" {
		title = "Topology of " + v.Machine
	}
	return app.Section().Class("topology").Aria("label", "CPU topology").Body(
		app.Div().Class("topo-head").Body(
			app.H2().Text(title),
			app.P().Class("topo-sum").Attr("role", "status").Text(summary(v)),
			app.If(len(t.Changed) > 0,
				app.Ul().ID("topo-changes").Class("changes").Aria("live", "polite").Aria("label", "what the last input changed").Body(
					app.Range(t.Changed).Slice(func(i int) app.UI {
						c := t.Changed[i]
						return app.Li().Text(fmt.Sprintf("CPU %d: %s → %s", c.Index, c.From, c.To))
					}),
				),
			).Else(),
			app.Ul().Class("legend").Aria("label", "legend").Body(
				legendItem(topoview.Boot), legendItem(topoview.ColdPlugged), legendItem(topoview.HotPlugged),
				legendItem(topoview.UnplugPending), legendItem(topoview.Empty),
				app.Li().Class("legend-online").Body(
					app.Span().Class("online-badge").Aria("hidden", true).Text("on"),
					app.Text(" online in the guest"),
				),
			),
		),
		app.Div().
			Class("grid-wrap").
			OnClick(t.onClick).
			On("focusin", t.onPoint).
			OnMouseOver(t.onPoint).
			OnKeyDown(t.onKey).
			Body(app.Raw(t.grid())),
	)
}

const gridPromise = "Enter puts the slot's command in the console"

// grid is the slots' HTML, with a label that promises no console where
// there is none.
func (t *Topology) grid() string {
	h := GridHTML(t.View, t.Changed...)
	if t.NoConsole {
		h = strings.Replace(h, gridPromise, "Enter shows the slot's command", 1)
	}
	return h
}

func summary(v topoview.View) string {
	if v.Possible == 0 {
		return "No machine is running."
	}
	unit := "CPUs"
	if v.Kind == topoview.SPAPR {
		unit = "cores"
	}
	by := map[topoview.State]int{}
	for _, s := range Slots(v) {
		by[s.State]++
	}
	// Say where the plugged ones come from: -smp starts the boot CPUs, and
	// every -device or device_add CPU comes on top of them.
	var from []string
	for _, st := range []topoview.State{topoview.Boot, topoview.ColdPlugged, topoview.HotPlugged, topoview.UnplugPending} {
		if by[st] > 0 && by[st] != v.Plugged {
			from = append(from, fmt.Sprintf("%d %s", by[st], stateWords[st]))
		}
	}
	detail := ""
	if len(from) > 0 {
		detail = " (" + strings.Join(from, " + ") + ")"
	}
	return fmt.Sprintf("%d of %d possible %s plugged%s · hotplug type %s", v.Plugged, v.Possible, unit, detail, orDash(v.CPUType))
}

var stateWords = map[topoview.State]string{
	topoview.Boot:          "from -smp",
	topoview.ColdPlugged:   "cold-plugged with -device",
	topoview.HotPlugged:    "hot-plugged",
	topoview.UnplugPending: "being unplugged",
}

func legendItem(s topoview.State) app.UI {
	return app.Li().Class("st-"+string(s)).Body(
		app.Span().Class("mark").Aria("hidden", true).Text(StateMark(s)),
		app.Text(string(s)),
	)
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
