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

// CmdLineID is the command-line input's element id.
const CmdLineID = "cmdline"

// MachineBar edits the QEMU command line (free text, with pickers that write
// into it) and starts it. What QEMU printed on start-up shows under it
// verbatim, as a terminal would.
type MachineBar struct {
	app.Compo

	Line      string // the line the page started (or opens with)
	Binary    string // the binary the engine chose for it
	Started   bool   // a start was attempted
	Running   bool
	ExitCode  int
	Stderr    string
	Machines  []string // the pickers' lists: the page fills them once
	CPUModels []string // the pickers are opened (ActionPickers)
	Presets   []Preset

	line     string
	seenLine string
	err      string
	pickers  bool // the pickers are open: only then are they built
}

func (m *MachineBar) sync() {
	if m.Line != m.seenLine {
		m.line, m.seenLine, m.err = m.Line, m.Line, ""
	}
}

// Edit changes the edited line (as typing does).
func (m *MachineBar) Edit(line string) { m.sync(); m.line, m.err = line, "" }

// Edited is the line as the user has it now.
func (m *MachineBar) Edited() string { m.sync(); return m.line }

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

func (m *MachineBar) start(ctx app.Context) {
	line := m.Edited()
	if _, err := SplitArgs(line); err != nil {
		m.err = err.Error()
		return
	}
	ctx.NewActionWithValue(ActionStart, line)
}

func (m *MachineBar) Render() app.UI {
	m.sync()
	args, perr := SplitArgs(m.line)
	machine := MachineName(GetOpt(args, "M", "machine"))
	cpu := GetOpt(args, "cpu")
	smp := GetOpt(args, "smp")
	bin := m.Binary
	if bin == "" {
		bin = "qemu-system-…"
	}
	errText := m.err
	if errText == "" && perr != nil {
		errText = perr.Error()
	}
	return app.Section().Class("machine-bar").Aria("label", "machine").Body(
		app.Div().Class("presets").Aria("label", "examples").Body(
			app.Range(m.Presets).Slice(func(i int) app.UI {
				p := m.Presets[i]
				return app.Button().Class("preset").Title(p.Line).Text(p.Name).
					OnClick(func(ctx app.Context, e app.Event) {
						m.Edit(p.Line)
						m.start(ctx)
					})
			}),
		),
		app.Form().Class("cmd-form").
			OnSubmit(func(ctx app.Context, e app.Event) {
				e.PreventDefault()
				m.start(ctx)
			}).
			Body(
				app.Label().For(CmdLineID).Class("binary").Text("$ "+bin),
				app.Input().ID(CmdLineID).Type("text").Value(m.line).
					Spellcheck(false).AutoComplete(false).
					Attr("autocapitalize", "off").
					Aria("label", "QEMU command line (arguments after the binary)").
					OnInput(func(ctx app.Context, e app.Event) {
						ctx.PreventUpdate() // the DOM already shows it
						m.Edit(ctx.JSSrc().Get("value").String())
					}).
					OnChange(func(ctx app.Context, e app.Event) {
						m.Edit(ctx.JSSrc().Get("value").String())
					}),
				app.Button().ID("start").Type("submit").Class("primary").Text("Start"),
			),
		app.Details().Class("pickers").Open(m.pickers).On("toggle", m.onToggle).Body(
			app.Summary().Text("Pickers (write into the command line)"),
			app.If(m.pickers, app.Div().Class("picker-row").Body(
				m.choice("pick-machine", "machine type", machine, m.Machines, m.SetMachine),
				m.choice("pick-cpu", "CPU model", cpu, m.CPUModels, m.SetCPU),
				app.Range(SMPFields).Slice(func(i int) app.UI {
					key := SMPFields[i]
					return app.Label().Class("num").Body(
						app.Span().Text(key),
						app.Input().Type("number").Min(1).
							ID("smp-"+key).
							Value(SMPGet(smp, key)).
							OnChange(func(ctx app.Context, e app.Event) {
								m.SetSMP(key, ctx.JSSrc().Get("value").String())
							}),
					)
				}),
			)).Else(),
		),
		app.If(errText != "", app.P().Class("error").Attr("role", "alert").Text(errText)).Else(),
		app.If(m.Started && (m.Stderr != "" || !m.Running),
			app.Div().Class("terminal").Body(
				app.Pre().ID("qemu-stderr").Class("stderr").Attr("role", "status").Text(strings.TrimRight(m.Stderr, "\n")),
				app.If(!m.Running,
					app.P().ID("qemu-exit").Class("exit").Text(exitText(m.ExitCode)),
				).Else(),
			),
		).Else(),
	)
}

// onToggle builds the pickers the first time they are opened (a collapsed
// picker would otherwise cost the first render hundreds of <option>s).
func (m *MachineBar) onToggle(ctx app.Context, e app.Event) {
	open := ctx.JSSrc().Get("open").Bool()
	if open == m.pickers {
		ctx.PreventUpdate()
		return
	}
	m.pickers = open
	if open {
		ctx.NewAction(ActionPickers)
	}
}

func exitText(code int) string {
	if code < 0 { // the engine reports a crash as minus the signal
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
