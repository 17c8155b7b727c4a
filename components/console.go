package components

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"hotpluglab/engine/session"
)

// The scrollback is bounded in entries and in bytes, so a long session (or
// a restore of one) keeps the DOM light; one output past MaxEntryBytes keeps
// its head, and the rest is counted beside it.
const (
	MaxEntries         = 1000
	MaxScrollbackBytes = 2 << 20
	MaxEntryBytes      = 1 << 20
)

// Outputs over collapseLines lines or collapseBytes bytes show collapsed:
// their first previewLines lines, and the rest a click away.
const (
	collapseLines = 200
	collapseBytes = 16 << 10
	previewLines  = 20
)

// Entry is one scrollback block: what the user typed, what the monitor
// wrote, or (Note) the simulator's or the page's words about it, never
// QEMU's: shown apart from QEMU's text and left out of a copied transcript.
type Entry struct {
	Input bool
	Note  bool
	Text  string
	// Omitted counts the bytes past MaxEntryBytes that were not kept.
	Omitted int
}

// Hint is a learner's note beside the monitor's text (engine/explain's,
// with the guide section's URL).
type Hint struct {
	Line string // the line it explains
	Why  string
	Try  string // a line that works instead: offered for the input, never run
	Link string // the guide section
}

type scrollback struct {
	entries []Entry
	bytes   int // of the entries' texts
	history []string
	histPos int
	draft   string // the line being typed before walking the history
	input   string
}

// Console is the monitor console: an HMP "(qemu) " prompt or raw QMP JSON.
// Its scrollback is plain selectable text in an aria-live log.
type Console struct {
	app.Compo

	Shell   Shell
	Running bool // false: QEMU did not start, the input is disabled
	// Epoch changes when a new machine starts: the scrollbacks restart with
	// the monitor's greeting.
	Epoch int
	// Greeting is what each monitor prints when you connect to it.
	Greeting map[Mode]string
	// InitialMode is the protocol a new machine's console opens in.
	InitialMode Mode
	// Hint is the note on the last line's answer (empty Why: none).
	Hint Hint
	// Stopped says why the input is off when QEMU is not running (it quit,
	// it did not start); "" uses the default.
	Stopped string

	seen   int
	inited bool
	mode   Mode
	backs  map[Mode]*scrollback
	cands  []string // completion candidates shown under the input
	candAt int      // where the completed word starts in the input
	note   string   // a one-line status (e.g. "no completion")
	paste  PasteOffer
	hidden string // the Why of a hint the reader dismissed
}

func (c *Console) back() *scrollback {
	if c.mode == "" {
		c.mode = HMP
	}
	if !c.inited || c.seen != c.Epoch {
		c.inited, c.seen = true, c.Epoch
		if c.InitialMode == QMP {
			c.mode = QMP
		}
		c.backs = map[Mode]*scrollback{}
		for _, m := range []Mode{HMP, QMP} {
			b := &scrollback{}
			if g := c.Greeting[m]; g != "" {
				b.push(Entry{Text: g})
			}
			c.backs[m] = b
		}
		c.cands, c.note, c.paste = nil, "", PasteOffer{}
	}
	return c.backs[c.mode]
}

// OnMount listens for commands other components put into the input.
func (c *Console) OnMount(ctx app.Context) {
	ctx.Handle(ActionFill, func(ctx app.Context, a app.Action) {
		if s, ok := a.Value.(string); ok {
			c.Fill(s)
			c.writeInput(ctx)
			c.focus(ctx)
		}
	})
	ctx.Handle(ActionShow, func(ctx app.Context, a app.Action) {
		switch v := a.Value.(type) {
		case Shown:
			c.Record(v)
		case []Shown: // a restore's transcript
			for _, s := range v {
				c.Record(s)
			}
		default:
			return
		}
		c.scrollDown(ctx)
	})
	ctx.Handle(ActionNote, func(ctx app.Context, a app.Action) {
		if n, ok := a.Value.(Shown); ok {
			c.AddNote(n)
			c.scrollDown(ctx)
		}
	})
}

// ActionNote adds the page's note to a protocol's scrollback (value: Shown,
// its Output the note).
const ActionNote = "hotplug.note"

// AddNote appends the page's own note (not QEMU's text) to a scrollback.
func (c *Console) AddNote(n Shown) {
	if n.Epoch > c.Epoch {
		c.Epoch = n.Epoch
	}
	c.back()
	b := c.backs[n.Mode]
	if b == nil {
		return
	}
	b.push(Entry{Note: true, Text: n.Output})
	c.Update()
}

// Fill replaces the input line (the user still presses Enter to run it).
func (c *Console) Fill(line string) {
	b := c.back()
	b.input = line
	b.histPos = len(b.history)
	c.cands, c.note, c.paste = nil, "", PasteOffer{}
	c.Update()
}

// Input is the current input line.
func (c *Console) Input() string { return c.back().input }

// Entries is the current mode's scrollback.
func (c *Console) Entries() []Entry { return c.back().entries }

// SetMode switches between HMP and QMP.
func (c *Console) SetMode(m Mode) {
	c.back()
	c.mode = m
	c.cands, c.note, c.paste = nil, "", PasteOffer{}
}

// Mode is the protocol shown.
func (c *Console) Mode() Mode { c.back(); return c.mode }

func (c *Console) stoppedText() string {
	if c.Stopped != "" {
		return c.Stopped
	}
	return "QEMU is not running: fix the command line and press Start."
}

// Transcript is the current scrollback as a terminal shows it: prompts,
// lines and QEMU's output, without the page's notes.
func (c *Console) Transcript() string {
	var b strings.Builder
	for _, e := range c.back().entries {
		if !e.Note {
			b.WriteString(e.Text)
			b.WriteString("\n")
		}
	}
	return b.String()
}

// Pasted looks at a paste into the input and offers a tidied line when it
// carries the monitor's prompt or several lines (never applied by itself).
func (c *Console) Pasted(text string) {
	c.paste = PasteOffer{}
	if c.mode == HMP {
		if o, ok := MonitorPaste(text); ok {
			c.paste = o
		}
	}
}

// AcceptPaste puts the offered line in the input.
func (c *Console) AcceptPaste() {
	if c.paste.Text != "" {
		c.Fill(c.paste.Text)
	}
	c.paste = PasteOffer{}
}

// Submit runs the input line; it reports whether a line ran.
func (c *Console) Submit() bool {
	b := c.back()
	line := b.input
	c.cands, c.note, c.paste = nil, "", PasteOffer{}
	if !c.Running || c.Shell == nil {
		c.note = c.stoppedText()
		return false
	}
	prompt := ""
	if c.mode == HMP {
		prompt = "(qemu) "
	}
	b.input, b.draft = "", ""
	out := ""
	if strings.TrimSpace(line) != "" {
		out = c.Shell.Run(c.mode, line)
	}
	c.record(b, prompt, line, out)
	if n, ok := c.Shell.(Noter); ok {
		for _, note := range n.TakeNotes() {
			b.entries = append(b.entries, Entry{Note: true, Text: note})
		}
	}
	return true
}

// record appends a line and its output to the scrollback and the history.
func (c *Console) record(b *scrollback, prompt, line, out string) {
	b.push(Entry{Input: true, Text: prompt + line})
	if strings.TrimSpace(line) != "" {
		if n := len(b.history); n == 0 || b.history[n-1] != line {
			b.history = append(b.history, line)
		}
		if out != "" {
			// \r\n is how the monitor ends lines; the DOM wants \n.
			out = strings.TrimRight(strings.ReplaceAll(out, "\r\n", "\n"), "\n")
			b.push(Entry{Text: out})
		}
	}
	b.histPos = len(b.history)
}

// push appends an entry, cut to MaxEntryBytes, and drops the oldest past
// MaxEntries or MaxScrollbackBytes.
func (b *scrollback) push(e Entry) {
	if len(e.Text) > MaxEntryBytes {
		keep := MaxEntryBytes
		if nl := strings.LastIndexByte(e.Text[:keep], '\n'); nl > 0 {
			keep = nl
		}
		e.Omitted = len(e.Text) - keep
		e.Text = strings.Clone(e.Text[:keep])
	}
	b.entries = append(b.entries, e)
	b.bytes += len(e.Text)
	drop := 0
	for drop < len(b.entries)-1 && (len(b.entries)-drop > MaxEntries || b.bytes > MaxScrollbackBytes) {
		b.bytes -= len(b.entries[drop].Text)
		drop++
	}
	if drop > 0 {
		b.entries = append([]Entry(nil), b.entries[drop:]...)
	}
}

// Record shows a line that ran elsewhere (a scenario button, the host API, a
// share link) as if it had been typed, in its protocol's scrollback.
func (c *Console) Record(s Shown) {
	if s.Epoch > c.Epoch {
		c.Epoch = s.Epoch // the page restarted QEMU and has not re-rendered us yet
	}
	c.back()
	c.mode = s.Mode
	prompt := ""
	if s.Mode == HMP {
		prompt = "(qemu) "
	}
	c.record(c.back(), prompt, s.Line, s.Output)
}

// HistoryUp and HistoryDown walk the history like QEMU's readline.
func (c *Console) HistoryUp() {
	b := c.back()
	if b.histPos == 0 {
		return
	}
	if b.histPos == len(b.history) {
		b.draft = b.input
	}
	b.histPos--
	b.input = b.history[b.histPos]
	c.cands = nil
}

func (c *Console) HistoryDown() {
	b := c.back()
	if b.histPos >= len(b.history) {
		return
	}
	b.histPos++
	if b.histPos == len(b.history) {
		b.input = b.draft
	} else {
		b.input = b.history[b.histPos]
	}
	c.cands = nil
}

// Complete asks the shell for candidates: one replaces the line, several
// extend it to their common prefix and are listed under the input.
func (c *Console) Complete() {
	b := c.back()
	c.cands, c.note = nil, ""
	if c.Shell == nil || !c.Running {
		return
	}
	cands := c.Shell.Complete(c.mode, b.input)
	switch len(cands) {
	case 0:
		c.note = "no completion"
	case 1:
		b.input = cands[0]
	default:
		b.input = commonPrefix(cands)
		c.cands = cands
		c.candAt = strings.LastIndexAny(b.input, " ,=") + 1
	}
}

// Escape hides the completion list, or else clears the input.
func (c *Console) Escape() {
	if len(c.cands) > 0 || c.note != "" {
		c.cands, c.note = nil, ""
		return
	}
	b := c.back()
	b.input = ""
	b.histPos = len(b.history)
}

// Clear empties the scrollback, as Ctrl+L clears the terminal.
func (c *Console) Clear() {
	b := c.back()
	b.entries, b.bytes = nil, 0
	c.cands, c.note = nil, ""
}

func commonPrefix(ss []string) string {
	p := ss[0]
	for _, s := range ss[1:] {
		for !strings.HasPrefix(s, p) {
			p = p[:len(p)-1]
		}
	}
	return p
}

func (c *Console) onKey(ctx app.Context, e app.Event) {
	key := e.Get("key").String()
	ctrl := e.Get("ctrlKey").Bool()
	in := ctx.JSSrc().Get("value").String()
	switch {
	case key == "Enter":
		e.PreventDefault()
		c.back().input = in
		ran := c.Submit()
		// The line's effect on the grid is in the page already (patched
		// as it ran); the console's render, and the page's, come after
		// the frame that shows it. The input empties now.
		ctx.JSSrc().Set("value", c.back().input)
		ctx.PreventUpdate()
		AfterPaint(ctx, func(ctx app.Context) {
			c.Update()
			c.scrollDown(ctx)
			if ran {
				ctx.NewAction(ActionRan)
			}
		})
		return
	case key == "ArrowUp":
		e.PreventDefault()
		c.back().input = in
		c.HistoryUp()
	case key == "ArrowDown":
		e.PreventDefault()
		c.back().input = in
		c.HistoryDown()
	case key == "Tab" && !e.Get("shiftKey").Bool() && in != "":
		// An empty line lets Tab move focus on, so the console never traps
		// keyboard users.
		e.PreventDefault()
		c.back().input = in
		c.Complete()
		c.focus(ctx)
	case key == "Escape":
		c.back().input = in
		c.Escape()
	case ctrl && (key == "l" || key == "L"):
		e.PreventDefault()
		c.Clear()
	default:
		// Typing: the browser owns the text until a key above acts on it.
		ctx.PreventUpdate()
		return
	}
	c.Update()
	// Now, not after the render: a key typed right after Tab must land
	// after the completion, not be overwritten by it.
	if v := c.back().input; ctx.JSSrc().Get("value").String() != v {
		ctx.JSSrc().Set("value", v)
	}
}

func (c *Console) onInput(ctx app.Context, e app.Event) {
	c.back().input = ctx.JSSrc().Get("value").String()
	// Typing needs no render, but a paste's offer (the paste event came just
	// before) does. go-app keeps a prevented update for the rest of the
	// frame, so what must render asks for it with Update.
	if len(c.cands) == 0 && c.note == "" && len(c.paste.Notes) == 0 {
		ctx.PreventUpdate()
		return
	}
	c.cands, c.note = nil, ""
	c.Update() // over an update an earlier event of this frame prevented
}

// writeInput puts the Go line into the DOM input. go-app only writes an
// attribute it sees change between renders, and typing does not render, so
// the DOM may hold text the last render never saw.
func (c *Console) writeInput(ctx app.Context) {
	line := c.back().input
	ctx.Defer(func(app.Context) {
		if in := app.Window().GetElementByID(InputID); in.Truthy() && in.Get("value").String() != line {
			in.Set("value", line)
		}
	})
}

// key is the on-screen key row for touch screens.
func (c *Console) key(ctx app.Context, name string) {
	switch name {
	case "Tab":
		c.Complete()
	case "Up":
		c.HistoryUp()
	case "Down":
		c.HistoryDown()
	case "Esc":
		c.Escape()
	case "Clear":
		c.Clear()
	case "Enter":
		if c.Submit() {
			c.ran(ctx)
		}
		c.scrollDown(ctx)
	}
	c.focus(ctx)
	c.Update()
	c.writeInput(ctx)
}

func (c *Console) focus(ctx app.Context) {
	ctx.Defer(func(app.Context) {
		if in := app.Window().GetElementByID(InputID); in.Truthy() {
			in.Call("focus")
		}
	})
}

// ran tells the page a line ran, once the browser has drawn the frame that
// shows what the line did to the grid (the page patched it while the line
// ran): the page's render, the heaviest of the updates a line brings, then
// comes after that frame instead of before it.
func (c *Console) ran(ctx app.Context) {
	AfterPaint(ctx, func(ctx app.Context) { ctx.NewAction(ActionRan) })
}

func (c *Console) scrollDown(ctx app.Context) {
	ctx.Defer(func(app.Context) {
		if l := app.Window().GetElementByID("console-log"); l.Truthy() {
			l.Set("scrollTop", l.Get("scrollHeight"))
		}
	})
}

func (c *Console) Render() app.UI {
	b := c.back()
	modeTab := func(m Mode, label string) app.UI {
		return app.Button().
			Class("tab").
			ID("mode-"+string(m)).
			Aria("pressed", c.mode == m).
			Text(label).
			OnClick(func(ctx app.Context, e app.Event) {
				c.SetMode(m)
				ctx.NewActionWithValue(ActionModeShown, m)
				c.focus(ctx)
			})
	}
	prompt := "(qemu) "
	placeholder := "type a monitor command, Tab completes"
	if c.mode == QMP {
		prompt = "QMP> "
		placeholder = `{"execute": "query-hotpluggable-cpus"}`
	}
	if !c.Running {
		placeholder = c.stoppedText()
	}
	keys := []string{"Tab", "Up", "Down", "Esc", "Clear", "Enter"}
	h := c.Hint
	showHint := h.Why != "" && h.Why != c.hidden
	// The blocks between the log and the input are always in the DOM (empty
	// when unused): inserting one used to replace the input, and focus fell
	// to <body>.
	return app.Section().Class("console").Aria("label", "QEMU monitor").Body(
		app.Div().Class("console-head").Body(
			app.H2().Text("Monitor"),
			app.Div().Class("tabs").Aria("label", "protocol").Body(
				modeTab(HMP, "HMP"),
				modeTab(QMP, "QMP (raw JSON)"),
				app.Button().ID("copy-output").Class("tab").Text("Copy").
					Title("copy this transcript (prompts, commands and QEMU's output)").
					OnClick(func(ctx app.Context, e app.Event) {
						copyToClipboard(ctx, c.Transcript(), func(msg string) { c.note = msg; c.Update() })
						c.focus(ctx)
					}),
			),
		),
		app.Div().
			ID("console-log").
			Class("scrollback").
			Class("mode-"+string(c.mode)).
			Aria("live", "polite").
			Aria("relevant", "additions").
			Aria("label", "monitor output").
			Attr("role", "log").
			TabIndex(0).
			Body(
				app.Range(b.entries).Slice(func(i int) app.UI { return entryView(b.entries[i]) }),
			),
		app.Aside().ID("hint").Class("hint-box").Hidden(!showHint).Attr("role", "note").Aria("label", "why QEMU answered this").Body(
			app.Strong().Class("hint-tag").Text("Why? "),
			app.Span().ID("hint-why").Text(h.Why),
			app.If(h.Try != "",
				app.Button().ID("hint-try").Class("hint-try").Title("put this line in the input (you press Enter)").
					OnClick(func(ctx app.Context, e app.Event) {
						c.Fill(c.Hint.Try)
						c.writeInput(ctx)
						c.focus(ctx)
					}).Body(app.Text("Use "), app.Code().Text(h.Try)),
			).Else(),
			app.If(h.Link != "",
				app.A().ID("hint-link").Href(h.Link).Target("_blank").Rel("noopener").Text("In the guide ↗"),
			).Else(),
			app.Button().Class("hint-close").Aria("label", "dismiss this note").Text("×").
				OnClick(func(ctx app.Context, e app.Event) {
					c.hidden = c.Hint.Why
					c.focus(ctx)
				}),
		),
		app.Div().ID("paste-offer").Class("paste-offer").Hidden(len(c.paste.Notes) == 0).Attr("role", "status").Body(
			app.Span().Text("Pasted text: "+strings.Join(c.paste.Notes, "; ")+". "),
			app.Button().ID("paste-accept").Text("Tidy it").OnClick(func(ctx app.Context, e app.Event) {
				c.AcceptPaste()
				c.writeInput(ctx)
				c.focus(ctx)
			}),
			app.Button().ID("paste-keep").Text("Keep as pasted").OnClick(func(ctx app.Context, e app.Event) {
				c.paste = PasteOffer{}
				c.focus(ctx)
			}),
		),
		app.Ul().Class("completions").Hidden(len(c.cands) == 0).Aria("label", "completions").Body(
			app.Range(c.cands).Slice(func(i int) app.UI {
				cand := c.cands[i]
				label := cand
				if c.candAt <= len(cand) {
					label = cand[c.candAt:]
				}
				return app.Li().Body(app.Button().Class("cand").Text(label).
					OnClick(func(ctx app.Context, e app.Event) {
						// By position, read now: go-app keeps a button's
						// first closure, so a captured cand goes stale.
						if i < len(c.cands) {
							c.Fill(c.cands[i])
							c.writeInput(ctx)
							c.focus(ctx)
						}
					}))
			}),
		),
		app.P().ID("console-note").Class("note").Hidden(c.note == "").Attr("role", "status").Text(c.note),
		app.Div().Class("prompt").Body(
			app.Label().For(InputID).Class("prompt-text").Text(prompt),
			app.Input().
				ID(InputID).
				Type("text").
				Value(b.input).
				Placeholder(placeholder).
				Disabled(!c.Running).
				AutoComplete(false).
				Spellcheck(false).
				Attr("autocapitalize", "off").
				Attr("autocorrect", "off").
				Attr("enterkeyhint", "send").
				Aria("label", "monitor command ("+string(c.mode)+")").
				OnKeyDown(c.onKey).
				OnInput(c.onInput).
				On("paste", c.onPaste),
		),
		app.Div().Class("keyrow").Aria("label", "console keys").Body(
			app.Range(keys).Slice(func(i int) app.UI {
				k := keys[i]
				return app.Button().Class("key").Text(k).Disabled(!c.Running).
					OnClick(func(ctx app.Context, e app.Event) { c.key(ctx, k) })
			}),
		),
	)
}

// entryView is one scrollback block; a long output shows collapsed (its
// first lines in the summary), and a cut one says how much is missing,
// apart from QEMU's text.
func entryView(e Entry) app.UI {
	if e.Note {
		return app.P().Class("log-note").Body(
			app.Span().Class("note-tag").Text("Simulator note:"),
			app.Text(" "+e.Text),
		)
	}
	cls := "out"
	if e.Input {
		cls = "in"
	}
	lines := strings.Count(e.Text, "\n") + 1
	if lines <= collapseLines && len(e.Text) <= collapseBytes && e.Omitted == 0 {
		return app.Pre().Class(cls).Text(e.Text)
	}
	preview := e.Text
	if cut := nthIndex(preview, '\n', previewLines); cut >= 0 {
		preview = preview[:cut]
	}
	more := fmt.Sprintf("%d lines, %s: show all", lines, session.Bytes(int64(len(e.Text))))
	if e.Omitted > 0 {
		more = fmt.Sprintf("%d lines, %s kept (%s more not kept: the console keeps %s of one output): show", lines, session.Bytes(int64(len(e.Text))), session.Bytes(int64(e.Omitted)), session.Bytes(MaxEntryBytes))
	}
	return app.Details().Class("long").Body(
		app.Summary().Body(
			app.Pre().Class("preview").Text(preview),
			app.Span().Class("more").Text(more),
		),
		app.Pre().Class(cls).Text(e.Text),
	)
}

// nthIndex is the index of the nth occurrence of c in s, or -1.
func nthIndex(s string, c byte, n int) int {
	at := -1
	for ; n > 0; n-- {
		i := strings.IndexByte(s[at+1:], c)
		if i < 0 {
			return -1
		}
		at += 1 + i
	}
	return at
}

// ActionModeShown tells the page which protocol the console shows (value:
// Mode): opening the QMP tab connects a QMP client.
const ActionModeShown = "hotplug.mode"

func (c *Console) onPaste(ctx app.Context, e app.Event) {
	data := e.Get("clipboardData")
	if !data.Truthy() {
		return
	}
	c.Pasted(data.Call("getData", "text").String())
	c.Update()
}

// copyToClipboard writes text to the clipboard and reports how it went.
func copyToClipboard(ctx app.Context, text string, done func(string)) {
	clip := app.Window().Get("navigator").Get("clipboard")
	if !clip.Truthy() {
		done("No clipboard here: select the text and copy it.")
		return
	}
	var ok, fail app.Func
	ok = app.FuncOf(func(app.Value, []app.Value) any {
		ctx.Dispatch(func(app.Context) { done("Copied.") })
		ok.Release()
		fail.Release()
		return nil
	})
	fail = app.FuncOf(func(app.Value, []app.Value) any {
		ctx.Dispatch(func(app.Context) { done("The browser refused the clipboard: select the text and copy it.") })
		ok.Release()
		fail.Release()
		return nil
	})
	clip.Call("writeText", text).Call("then", ok, fail)
}
