package components

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// Preset is a ready-made command line.
type Preset struct {
	Name string
	Line string
}

// PickerSet is what the pickers offer on one QEMU release, from the engine.
type PickerSet struct {
	Machines []string
	// PPC are the machine types of qemu-system-ppc64 (the rest are x86).
	PPC     map[string]bool
	X86CPUs []string
	PPCCPUs []string
}

// StartRequest asks the page to start QEMU (the ActionStart value).
type StartRequest struct {
	Line string
	QEMU string // the release's name
}

// IDs of the machine bar's controls.
const (
	CmdLineID  = "cmdline"
	PickQEMUID = "pick-qemu"
)

// MachineBar edits the QEMU command line (free text, with pickers that write
// into it) and the QEMU release, and starts them. What QEMU printed on
// start-up shows under it verbatim, as a terminal would; a note for learners
// goes beside it, apart.
type MachineBar struct {
	app.Compo

	Line     string // the line the page started (or opens with)
	QEMU     string // the release it runs
	Versions []string
	Binary   string // the binary the engine chose for it
	Started  bool   // a start was attempted
	Running  bool
	ExitCode int
	// Quit: QEMU ended by the monitor's quit (exit status 0), not a failure.
	Quit      bool
	Stderr    string
	StartHint Hint
	Pickers   map[string]PickerSet // by release name: the page fills it when the pickers open (ActionPickers)
	Presets   []Preset
	// Comparing: the version comparison is open (the Compare button
	// toggles it); OnlyDiffering is its filter, kept across toggles.
	Comparing, OnlyDiffering bool

	line, seenLine string
	qemu, seenQEMU string
	err            string
	paste          PasteOffer
	pickersOpen    bool // only then are the pickers built
}

func (m *MachineBar) sync() {
	if m.Line != m.seenLine {
		m.line, m.seenLine, m.err, m.paste = m.Line, m.Line, "", PasteOffer{}
	}
	if m.QEMU != m.seenQEMU {
		m.qemu, m.seenQEMU = m.QEMU, m.QEMU
	}
}

// Edit changes the edited line (as typing does).
func (m *MachineBar) Edit(line string) { m.sync(); m.line, m.err = line, "" }

// Edited is the line as the user has it now.
func (m *MachineBar) Edited() string { m.sync(); return m.line }

// EditedQEMU is the release picked now.
func (m *MachineBar) EditedQEMU() string { m.sync(); return m.qemu }

// SetQEMU picks a release (Start runs it).
func (m *MachineBar) SetQEMU(name string) { m.sync(); m.qemu = name }

// Pending says whether what the bar holds differs from what runs: the
// topology and the monitor still show the running QEMU until Start.
func (m *MachineBar) Pending() bool {
	m.sync()
	return m.line != m.Line || m.qemu != m.QEMU
}

// rewrite applies a picker's change to the edited line.
func (m *MachineBar) rewrite(f func(args []string) []string) {
	m.sync()
	args, err := SplitArgs(m.line)
	if err != nil {
		m.err = err.Error() + ": fix it by hand before using the pickers"
		return
	}
	m.line, m.err = JoinArgs(f(args)), ""
}

// SetMachine writes -M <name>, keeping the machine's other properties.
func (m *MachineBar) SetMachine(name string) {
	m.rewrite(func(args []string) []string {
		return SetOpt(args, WithMachineName(GetOpt(args, "M", "machine"), name), "M", "machine")
	})
}

// SetCPU writes -cpu <model> ("" removes it).
func (m *MachineBar) SetCPU(model string) {
	m.rewrite(func(args []string) []string { return SetOpt(args, model, "cpu") })
}

// SetSMP writes one -smp key ("" removes it).
func (m *MachineBar) SetSMP(key, v string) {
	if !validCount(v) {
		m.err = key + " must be a positive whole number"
		return
	}
	m.rewrite(func(args []string) []string {
		return SetOpt(args, SMPSet(GetOpt(args, "smp"), key, v), "smp")
	})
}

// Pasted looks at the field after a paste: a line copied from a shell or a
// guide is offered tidied (never changed by itself).
func (m *MachineBar) Pasted(text string) {
	m.paste = PasteOffer{}
	if o, ok := CommandLinePaste(text); ok {
		m.paste = o
	}
}

// AcceptPaste takes the tidied line.
func (m *MachineBar) AcceptPaste() {
	if m.paste.Text != "" {
		m.Edit(m.paste.Text)
	}
	m.paste = PasteOffer{}
}

// Request is what Start asks for, or the reason it cannot: a line a shell
// would not run yet (an open quote, a final backslash). QEMU keeps running
// what it ran.
func (m *MachineBar) Request() (StartRequest, error) {
	line := m.Edited()
	if _, err := SplitArgs(line); err != nil {
		return StartRequest{}, err
	}
	return StartRequest{Line: line, QEMU: m.qemu}, nil
}

func (m *MachineBar) start(ctx app.Context) {
	defer m.Update() // whatever an earlier handler of this frame prevented
	req, err := m.Request()
	if err != nil {
		m.err = "Not started: " + err.Error() + "."
		if m.Running {
			m.err += " QEMU still runs the previous line."
		}
		return
	}
	m.err, m.paste = "", PasteOffer{}
	ctx.NewActionWithValue(ActionStart, req)
}

// pickers is the set for the release picked now.
func (m *MachineBar) pickers() PickerSet { return m.Pickers[m.qemu] }

func (m *MachineBar) Render() app.UI {
	m.sync()
	args, perr := SplitArgs(m.line)
	machine := MachineName(GetOpt(args, "M", "machine"))
	cpu := GetOpt(args, "cpu")
	smp := GetOpt(args, "smp")
	ps := m.pickers()
	cpus := ps.X86CPUs
	if ps.PPC[machine] || (machine == "" && strings.Contains(m.Binary, "ppc64")) {
		cpus = ps.PPCCPUs
	}
	bin := m.Binary
	if bin == "" {
		bin = "qemu-system-…"
	}
	errText := m.err
	if errText == "" && perr != nil {
		errText = perr.Error()
	}
	rows := strings.Count(m.line, "\n") + 1
	if rows > 6 {
		rows = 6
	}
	pending := m.Pending() && m.Started
	return app.Section().Class("machine-bar").Aria("label", "machine").Body(
		app.Form().Class("cmd-form").
			OnSubmit(func(ctx app.Context, e app.Event) {
				e.PreventDefault()
				// The field is the truth: read it now.
				if el := app.Window().GetElementByID(CmdLineID); el.Truthy() {
					m.Edit(el.Get("value").String())
				}
				m.start(ctx)
			}).
			Body(
				app.Label().Class("pick-qemu").Body(
					app.Span().Class("visually-hidden").Text("QEMU version"),
					app.Select().ID(PickQEMUID).Title("the QEMU release to run: Start runs it").
						OnChange(func(ctx app.Context, e app.Event) {
							m.SetQEMU(ctx.JSSrc().Get("value").String())
						}).
						Body(app.Range(m.Versions).Slice(func(i int) app.UI {
							v := m.Versions[i]
							return app.Option().Value(v).Selected(v == m.qemu).Text("QEMU " + v)
						})),
				),
				app.If(len(m.Versions) > 1,
					app.Button().ID(CompareButtonID).Type("button").Class("compare-toggle").Text("Compare").
						Title(m.compareTitle()).
						Aria("label", "Compare QEMU versions on this session").
						Aria("expanded", strconv.FormatBool(m.Comparing)).Aria("controls", "compare-panel").
						Disabled(!m.Started).
						OnClick(func(ctx app.Context, e app.Event) {
							ctx.NewActionWithValue(ActionCompare, CompareRequest{Open: !m.Comparing, OnlyDiffering: m.OnlyDiffering})
						}),
				).Else(),
				app.Label().For(CmdLineID).Class("binary").Text("$ "+bin),
				app.Textarea().ID(CmdLineID).Rows(rows).Text(m.line).
					Spellcheck(false).Attr("autocomplete", "off").
					Attr("autocapitalize", "off").
					Attr("enterkeyhint", "go").
					Aria("label", "QEMU command line (arguments after the binary)").
					// No PreventUpdate here: go-app keeps a prevented update
					// for the rest of the frame, so the Start that follows a
					// keystroke would render nothing (the "silent Start").
					OnInput(func(ctx app.Context, e app.Event) {
						m.Edit(ctx.JSSrc().Get("value").String())
					}).
					On("paste", func(ctx app.Context, e app.Event) {
						if d := e.Get("clipboardData"); d.Truthy() {
							m.Pasted(d.Call("getData", "text").String())
						}
					}).
					OnKeyDown(func(ctx app.Context, e app.Event) {
						// Enter starts, as in a terminal; Shift+Enter breaks the line.
						if e.Get("key").String() == "Enter" && !e.Get("shiftKey").Bool() {
							e.PreventDefault()
							m.Edit(ctx.JSSrc().Get("value").String())
							m.start(ctx)
						}
					}),
				app.Button().ID("start").Type("submit").Class("primary").Text("Start"),
				app.Button().ID("reset").Type("button").Text("Reset").
					Title("start the running QEMU again from scratch: its console, guest and events are cleared").
					Disabled(!m.Started).
					OnClick(func(ctx app.Context, e app.Event) {
						m.line, m.qemu, m.err, m.paste = m.Line, m.QEMU, "", PasteOffer{}
						m.writeLine(ctx)
						ctx.NewActionWithValue(ActionStart, StartRequest{Line: m.Line, QEMU: m.QEMU})
					}),
			),
		app.Div().ID("cmdline-paste").Class("paste-offer").Hidden(len(m.paste.Notes) == 0).Attr("role", "status").Body(
			app.Span().Text("This looks copied from a shell: "+strings.Join(m.paste.Notes, "; ")+". "),
			app.Button().ID("cmdline-tidy").Type("button").Text("Tidy it").OnClick(func(ctx app.Context, e app.Event) {
				m.AcceptPaste()
				m.writeLine(ctx)
				focusID(ctx, CmdLineID)
			}),
			app.Button().ID("cmdline-keep").Type("button").Text("Keep as pasted").OnClick(func(ctx app.Context, e app.Event) {
				m.paste = PasteOffer{}
				focusID(ctx, CmdLineID)
			}),
		),
		app.P().ID("cmdline-error").Class("error").Hidden(errText == "").Attr("role", "alert").Text(errText),
		app.P().ID("pending").Class("pending").Hidden(!pending || errText != "").Attr("role", "status").Body(
			app.Text("Not started yet: press Start to run "),
			app.If(m.qemu != m.QEMU, app.Text("QEMU "+m.qemu+" with ")).Else(),
			app.Text("this line. The topology and the monitor still show QEMU "+m.QEMU+" started with "),
			app.Code().Text(m.Line),
			app.Text("."),
		),
		app.Div().Class("bar-more").Body(
			app.Div().Class("presets").Aria("label", "examples").Body(
				app.Span().Class("presets-label").Text("Examples:"),
				app.Range(m.Presets).Slice(func(i int) app.UI {
					p := m.Presets[i]
					return app.Button().Class("preset").Type("button").Title(p.Line).Text(p.Name).
						OnClick(func(ctx app.Context, e app.Event) {
							m.Edit(p.Line)
							m.writeLine(ctx)
							m.start(ctx)
						})
				}),
			),
			app.Details().Class("pickers").Open(m.pickersOpen).On("toggle", m.onToggle).Body(
				app.Summary().Text("Pickers"),
				app.If(m.pickersOpen, app.Div().Class("picker-row").Body(
					m.choice("pick-machine", "machine type", machine, ps.Machines, m.SetMachine),
					m.choice("pick-cpu", "CPU model", cpu, cpus, m.SetCPU),
					app.Range(SMPFields).Slice(func(i int) app.UI {
						key := SMPFields[i]
						// Text, not type=number: the browser logs a warning for
						// every value it cannot parse as a number.
						return app.Label().Class("num").Body(
							app.Span().Text(key),
							app.Input().Type("text").Attr("inputmode", "numeric").
								ID("smp-"+key).
								Value(SMPGet(smp, key)).
								OnChange(func(ctx app.Context, e app.Event) {
									m.SetSMP(key, strings.TrimSpace(ctx.JSSrc().Get("value").String()))
									m.writeLine(ctx)
								}),
						)
					}),
				)).Else(),
				app.P().Class("hint").Text("The pickers write into the command line; Start runs it."),
			),
		),
		app.If(m.Started && (m.Stderr != "" || !m.Running),
			app.Div().Class("terminal").Body(
				app.Pre().ID("qemu-stderr").Class("stderr").Attr("role", "status").Text(strings.TrimRight(m.Stderr, "\n")),
				app.If(!m.Running,
					app.P().ID("qemu-exit").Class("exit").Text(exitText(m.ExitCode, m.Quit)),
				).Else(),
			),
		).Else(),
		app.Aside().ID("start-hint").Class("hint-box").Hidden(m.StartHint.Why == "").Attr("role", "note").Body(
			app.Strong().Class("hint-tag").Text("Why? "),
			app.Span().Text(m.StartHint.Why),
			app.If(m.StartHint.Link != "",
				app.A().Href(m.StartHint.Link).Target("_blank").Rel("noopener").Text(" In the guide ↗"),
			).Else(),
		),
	)
}

// onToggle builds the pickers the first time they are opened (collapsed
// pickers would otherwise cost the first render hundreds of <option>s).
// No PreventUpdate: go-app would keep it for the rest of the frame.
func (m *MachineBar) onToggle(ctx app.Context, e app.Event) {
	open := ctx.JSSrc().Get("open").Bool()
	if open == m.pickersOpen {
		return
	}
	m.pickersOpen = open
	if open {
		ctx.NewAction(ActionPickers)
	}
}

// writeLine puts the edited line into the DOM field: go-app writes an
// attribute only when it changed between renders, and typing does not
// render, so the field may hold text the last render never saw.
func (m *MachineBar) writeLine(ctx app.Context) {
	line := m.line
	ctx.Defer(func(app.Context) {
		if el := app.Window().GetElementByID(CmdLineID); el.Truthy() && el.Get("value").String() != line {
			el.Set("value", line)
		}
	})
}

// compareTitle says what Compare runs: the oldest and the newest release
// (Versions is newest first).
func (m *MachineBar) compareTitle() string {
	if len(m.Versions) < 2 {
		return ""
	}
	return "run this session on QEMU " + m.Versions[len(m.Versions)-1] + " and " + m.Versions[0] + " and show, line by line, where they differ"
}

// focusID focuses an element after the render.
func focusID(ctx app.Context, id string) {
	ctx.Defer(func(app.Context) {
		if el := app.Window().GetElementByID(id); el.Truthy() {
			el.Call("focus")
		}
	})
}

func exitText(code int, quit bool) string {
	switch {
	case quit:
		return "QEMU quit (the monitor's quit command; exit status " + strconv.Itoa(code) + "): no machine is running. Start or Reset starts a new one."
	case code < 0: // the engine reports a crash as minus the signal
		return "QEMU was killed by signal " + strconv.Itoa(-code) + ": no machine is running."
	}
	return "QEMU exited with status " + strconv.Itoa(code) + ": no machine is running."
}

// choice is a <select> of values; the line's current value is kept even when
// it is not in the list, so the picker never lies about the line.
func (m *MachineBar) choice(id, label, cur string, opts []string, set func(string)) app.UI {
	all := opts
	if cur != "" && !contains(opts, cur) {
		all = append([]string{cur}, opts...)
	}
	if cur == "" {
		all = append([]string{""}, all...)
	}
	return app.Label().Body(
		app.Span().Text(label),
		app.Select().ID(id).
			OnChange(func(ctx app.Context, e app.Event) {
				set(ctx.JSSrc().Get("value").String())
				m.writeLine(ctx)
			}).
			Body(app.Range(all).Slice(func(i int) app.UI {
				v := all[i]
				text := v
				if v == "" {
					text = "(default)"
				}
				return app.Option().Value(v).Selected(v == cur).Text(text)
			})),
	)
}

// Contains reports whether ss holds s.
func Contains(ss []string, s string) bool { return contains(ss, s) }

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
