package components

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"hotpluglab/engine/topoview"
)

// ActionDetail shows one slot in the SlotDetail pane (value: SlotInfo).
const ActionDetail = "hotplug.detail"

// SlotInfo is one slot as the detail pane shows it.
type SlotInfo struct {
	Kind    topoview.Kind
	Slot    topoview.Slot
	Command string // the slot's monitor command; "" when none applies
}

// overscanRows are the rows drawn above and below the visible ones, so
// that scrolling a little shows slots already there.
const overscanRows = 4

// Topology draws one box per possible CPU, nested socket > die > core >
// thread on x86 and a grid of cores on sPAPR.
//
// The grid's DOM is written by the component itself, not by go-app's
// diffing: a whole grid is one HTML string (one DOM write), a command's
// changes are patched into the slots they changed (topoview.Changed), and
// on a large machine only the rows in view are in the page, absolutely
// placed in a scroll area of the grid's full height. One delegated handler
// serves clicks, keys, focus and hover for every slot.
type Topology struct {
	app.Compo

	View    topoview.View
	Changed []Change // what the last input did, highlighted and listed
	// NoConsole: the page shows no console (an embed's ui=topology), so a
	// click shows the slot's command instead of filling an input.
	NoConsole bool
	// Link, when set, is how the page hands each new view to the grid at
	// once (Show), instead of through its next render.
	Link *TopologyLink

	drawn  topoview.View // what the grid in the page shows
	marked []int         // slots drawn with the "changed" highlight
	focus  int           // the slot in the Tab order (roving tabindex)
	hover  int           // slot under the pointer, -1 none
	rows   *rowWindow    // a large machine's rows; nil for a small one
}

// rowWindow is the part of a large machine's grid that is in the page.
type rowWindow struct {
	lay       gridLayout
	body      app.Value // the rows' container, as tall as every row
	top       float64   // its offset in the scroll area
	rowHeight float64
	pitch     float64 // a slot's width and the gap after it
	shown     map[int]bool
}

func (t *Topology) OnInit() { t.hover = -1 }

func (t *Topology) OnMount(ctx app.Context) {
	if t.Link != nil {
		t.Link.mounted = t
	}
	t.draw()
}

func (t *Topology) OnDismount() {
	if t.Link != nil && t.Link.mounted == t {
		t.Link.mounted = nil
	}
}

// TopologyLink is the page's line to its mounted topology. A command's new
// view reaches the grid in the command's own task: the slots it changed are
// patched before go-app's next frame renders the rest of the page (the
// console, the timeline, ...), so the browser draws them in the next frame
// whatever that render costs. The page then passes the same view in its
// render, which go-app finds equal (the same slots), so nothing is done
// twice.
type TopologyLink struct{ mounted *Topology }

// Show patches the mounted grid to v (no-op before the grid is mounted: it
// draws the view it is given then) and renders its header at the next frame.
func (l *TopologyLink) Show(v topoview.View, changed []Change) {
	t := l.mounted
	if t == nil || !t.Mounted() {
		return
	}
	t.View, t.Changed = v, changed
	t.sync()
	t.Update()
}

// OnUpdate: the page passed a new view; patch the grid to it.
func (t *Topology) OnUpdate(ctx app.Context) { t.sync() }

// OnResize lays a large grid out again when its width holds another
// number of columns.
func (t *Topology) OnResize(ctx app.Context) {
	ctx.PreventUpdate()
	if t.rows != nil && t.columns(t.rows.pitch) != t.rows.lay.cols {
		t.draw()
	}
}

// wrap is the grid's scroll container in the page (undefined before mount
// and outside a browser).
func (t *Topology) wrap() app.Value {
	if !t.Mounted() {
		return nil
	}
	root := t.JSValue()
	if root == nil || !root.Truthy() {
		return nil
	}
	w := root.Call("querySelector", ".grid-wrap")
	if !w.Truthy() {
		return nil
	}
	return w
}

// button is slot i's button when it is in the page.
func (t *Topology) button(i int) app.Value {
	w := t.wrap()
	if w == nil {
		return nil
	}
	b := w.Call("querySelector", `button[data-i="`+strconv.Itoa(i)+`"]`)
	if !b.Truthy() {
		return nil
	}
	return b
}

func changedIndices(cs []Change) []int {
	out := make([]int, len(cs))
	for i, c := range cs {
		out[i] = c.Index
	}
	return out
}

// draw writes the whole grid for the current view.
func (t *Topology) draw() {
	w := t.wrap()
	if w == nil {
		return
	}
	v := t.View
	t.drawn, t.marked = v, changedIndices(t.Changed)
	if t.focus >= len(v.Slots) {
		t.focus = 0
	}
	if len(v.Slots) <= compactAbove {
		t.rows = nil
		w.Set("innerHTML", t.smallGrid(t.focus))
		return
	}
	pitch, rowHeight := measureSlot(w)
	r := &rowWindow{pitch: pitch, rowHeight: rowHeight, shown: map[int]bool{}}
	r.lay = newGridLayout(v, t.columns(pitch))
	height := strconv.FormatFloat(float64(len(r.lay.rows))*rowHeight, 'f', 1, 64)
	w.Set("innerHTML", `<div class="grid compact kind-`+string(v.Kind)+`" role="group" aria-label="`+
		strconv.Itoa(len(v.Slots))+` `+t.aria()+`"><div class="vgrid" style="height:`+height+`px"></div></div>`)
	r.body = w.Call("querySelector", ".vgrid")
	r.top = r.body.Get("offsetTop").Float()
	t.rows = r
	t.showRows()
}

// measureSlot reads a compact slot's pitch and row height from the page's
// styles, with a probe row drawn and removed.
func measureSlot(w app.Value) (pitch, rowHeight float64) {
	w.Set("innerHTML", `<div class="grid compact"><div class="vgrid"><div class="vrow" style="top:0">`+
		`<button type="button" class="slot">0000</button><button type="button" class="slot">0000</button></div></div></div>`)
	row := w.Call("querySelector", ".vrow")
	btns := row.Call("querySelectorAll", "button")
	pitch = btns.Index(1).Get("offsetLeft").Float() - btns.Index(0).Get("offsetLeft").Float()
	rowHeight = row.Get("offsetHeight").Float()
	if pitch <= 0 || rowHeight <= 0 { // not laid out (hidden): typical sizes
		pitch, rowHeight = 46, 28
	}
	return pitch, rowHeight
}

// columns is how many slots of the given pitch fit across the grid.
func (t *Topology) columns(pitch float64) int {
	w := t.wrap()
	width := 0.0
	if w != nil {
		width = w.Get("clientWidth").Float()
	}
	if width <= 0 {
		width = 600
	}
	return max(1, int(width/pitch))
}

// showRows puts the rows in view (and the focused slot's row) in the page
// and takes the others out.
func (t *Topology) showRows() {
	r, w := t.rows, t.wrap()
	if r == nil || w == nil {
		return
	}
	scroll := w.Get("scrollTop").Float() - r.top
	height := w.Get("clientHeight").Float()
	if height <= 0 {
		height = 600
	}
	first := max(0, int(math.Floor(scroll/r.rowHeight))-overscanRows)
	last := min(len(r.lay.rows)-1, int(math.Ceil((scroll+height)/r.rowHeight))+overscanRows)
	focusRow := r.lay.rowOf(t.focus)
	want := func(row int) bool { return (row >= first && row <= last) || row == focusRow }
	for row := range r.shown {
		if !want(row) {
			if el := r.body.Call("querySelector", `[data-r="`+strconv.Itoa(row)+`"]`); el.Truthy() {
				el.Call("remove")
			}
			delete(r.shown, row)
		}
	}
	missing := []int{}
	if !r.shown[focusRow] && (focusRow < first || focusRow > last) {
		missing = append(missing, focusRow)
	}
	for row := first; row <= last; row++ {
		if !r.shown[row] {
			missing = append(missing, row)
		}
	}
	t.insertRows(missing)
}

// insertRows adds rows to the page in row order (so that reading order is
// slot order), each run of rows in one DOM write.
func (t *Topology) insertRows(rows []int) {
	r := t.rows
	changed := map[int]bool{}
	for _, i := range t.marked {
		changed[i] = true
	}
	for len(rows) > 0 {
		// The run of consecutive missing rows that starts rows, and the
		// shown row that follows it (where it goes), if any.
		n := 1
		for n < len(rows) && rows[n] == rows[n-1]+1 {
			n++
		}
		var b strings.Builder
		for _, row := range rows[:n] {
			r.lay.rowHTML(&b, t.drawn, row, r.rowHeight, t.focus, changed)
			r.shown[row] = true
		}
		next := -1
		for row := range r.shown {
			if row > rows[n-1] && (next < 0 || row < next) && !slices.Contains(rows[:n], row) {
				next = row
			}
		}
		if next >= 0 {
			r.body.Call("querySelector", `[data-r="`+strconv.Itoa(next)+`"]`).Call("insertAdjacentHTML", "beforebegin", b.String())
		} else {
			r.body.Call("insertAdjacentHTML", "beforeend", b.String())
		}
		rows = rows[n:]
	}
}

// sync brings the grid in the page to the current view: a new machine is
// drawn whole; on the same machine only the slots that changed (and the
// highlights that came and went) are patched.
func (t *Topology) sync() {
	if !topoview.SameMachine(t.drawn, t.View) || t.wrap() == nil {
		t.draw()
		return
	}
	repaint := topoview.Changed(t.drawn, t.View)
	repaint = append(repaint, t.marked...)
	t.marked = changedIndices(t.Changed)
	repaint = append(repaint, t.marked...)
	t.drawn = t.View
	for _, i := range repaint {
		t.paint(i)
	}
}

// paint rewrites slot i's button in place (when it is in the page).
func (t *Topology) paint(i int) {
	b := t.button(i)
	if b == nil || i >= len(t.drawn.Slots) {
		return
	}
	l := lookOf(t.drawn.Kind, t.drawn.Slots[i], t.rows != nil, slices.Contains(t.marked, i))
	b.Set("className", l.class)
	b.Call("setAttribute", "aria-label", l.label)
	b.Set("innerHTML", l.inner)
}

// slotAt finds the slot a DOM event happened on.
func (t *Topology) slotAt(e app.Event) (int, bool) {
	target := e.Get("target")
	if !target.Truthy() {
		return 0, false
	}
	btn := target.Call("closest", "button.slot")
	if !btn.Truthy() {
		return 0, false
	}
	i, err := strconv.Atoi(btn.Call("getAttribute", "data-i").String())
	if err != nil || i < 0 || i >= len(t.View.Slots) {
		return 0, false
	}
	return i, true
}

// Info is slot i as the detail pane shows it.
func (t *Topology) Info(i int) SlotInfo {
	return SlotInfo{Kind: t.View.Kind, Slot: t.View.Slots[i], Command: t.View.Command(i)}
}

// Pick is what a click on a slot does: show it and put its command in the
// console input, where there is one. It never runs anything.
func (t *Topology) Pick(ctx app.Context, i int) {
	info := t.Info(i)
	ctx.NewActionWithValue(ActionDetail, info)
	if info.Command != "" && !t.NoConsole {
		ctx.NewActionWithValue(ActionFill, info.Command)
	}
}

func (t *Topology) onClick(ctx app.Context, e app.Event) {
	ctx.PreventUpdate()
	if i, ok := t.slotAt(e); ok {
		t.Pick(ctx, i)
	}
}

// onKey moves focus between slots: arrows step, Home/End jump, and on a
// large grid Up/Down/PageUp/PageDown go by rows; the slot moved to is drawn
// first when its row is not in the page.
func (t *Topology) onKey(ctx app.Context, e app.Event) {
	ctx.PreventUpdate()
	i, ok := t.slotAt(e)
	if !ok {
		return
	}
	n := len(t.View.Slots)
	var to int
	if t.rows != nil {
		to, ok = t.rows.lay.step(i, n, e.Get("key").String())
	} else {
		to, ok = stepInOrder(i, n, e.Get("key").String())
	}
	if !ok {
		return
	}
	e.PreventDefault()
	if to != i {
		t.moveFocus(to)
	}
}

// stepInOrder is a small grid's keys: every arrow steps in slot order.
func stepInOrder(i, n int, key string) (int, bool) {
	switch key {
	case "ArrowRight", "ArrowDown":
		return min(i+1, n-1), true
	case "ArrowLeft", "ArrowUp":
		return max(i-1, 0), true
	case "Home":
		return 0, true
	case "End":
		return n - 1, true
	}
	return i, false
}

// moveFocus makes slot i the grid's Tab stop and focuses it; the browser
// scrolls it into view and the rows around it are drawn.
func (t *Topology) moveFocus(i int) {
	t.setTabStop(i)
	t.showRows()
	if b := t.button(i); b != nil {
		b.Call("focus")
		t.showRows()
	}
}

// setTabStop makes slot i the grid's one slot in the Tab order.
func (t *Topology) setTabStop(i int) {
	if old := t.button(t.focus); old != nil {
		old.Call("setAttribute", "tabindex", "-1")
	}
	t.focus = i
	if b := t.button(i); b != nil {
		b.Call("setAttribute", "tabindex", "0")
	}
}

func (t *Topology) onScroll(ctx app.Context, e app.Event) {
	ctx.PreventUpdate()
	t.showRows()
}

func (t *Topology) onPoint(ctx app.Context, e app.Event) {
	// Hover and focus only change the detail pane (and a focused slot
	// becomes the Tab stop): keep the grid as it is.
	ctx.PreventUpdate()
	i, ok := t.slotAt(e)
	if ok && e.Get("type").String() == "focusin" && i != t.focus {
		t.setTabStop(i)
	}
	if !ok || i == t.hover {
		return
	}
	t.hover = i
	ctx.NewActionWithValue(ActionDetail, t.Info(i))
}

func (t *Topology) Render() app.UI {
	v := t.View
	title := "Topology"
	if v.Machine != "" {
		title = "Topology of " + v.Machine
	}
	grid := app.Div().
		Class("grid-wrap").
		OnClick(t.onClick).
		On("focusin", t.onPoint).
		OnMouseOver(t.onPoint).
		OnKeyDown(t.onKey).
		OnScroll(t.onScroll)
	if app.IsServer && len(v.Slots) <= compactAbove {
		// Pre-rendered pages show a small grid before the app starts.
		grid = grid.Body(app.Raw(t.smallGrid(0)))
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
		grid,
	)
}

// aria is the grid's label, which promises no console where there is none.
func (t *Topology) aria() string {
	if t.NoConsole {
		return "CPU slots: arrow keys move, Enter shows the slot's command"
	}
	return gridAria
}

// smallGrid is a small machine's whole grid, with the component's label.
func (t *Topology) smallGrid(focus int) string {
	return strings.Replace(GridHTML(t.View, focus, t.Changed...), gridAria, t.aria(), 1)
}

func summary(v topoview.View) string {
	if v.Possible == 0 {
		return "No machine is running."
	}
	unit := "CPUs"
	if v.Kind == topoview.SPAPR {
		unit = "cores"
	}
	// Say where the plugged ones come from: -smp starts the boot CPUs, and
	// every -device or device_add CPU comes on top of them.
	var from []string
	for _, st := range []topoview.State{topoview.Boot, topoview.ColdPlugged, topoview.HotPlugged, topoview.UnplugPending} {
		if n := v.Count.Of(st); n > 0 && n != v.Plugged {
			from = append(from, fmt.Sprintf("%d %s", n, stateWords[st]))
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
