package components

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// Actions the scenario panel posts; the page runs the scenario and answers
// with a new ScenarioView.
const (
	// ActionScenarioPick loads a built-in scenario (value: its id).
	ActionScenarioPick = "hotplug.scenario.pick"
	// ActionScenarioLoad loads an author's file (value: ScenarioSource).
	ActionScenarioLoad = "hotplug.scenario.load"
	// ActionScenarioDo clicks one action of a step (value: ScenarioRef).
	ActionScenarioDo = "hotplug.scenario.do"
	// ActionScenarioEnter makes a step current (value: ScenarioRef, Action unused).
	ActionScenarioEnter = "hotplug.scenario.enter"
	// ActionShow adds a line that ran elsewhere (a scenario button, the host
	// API, a share link) to the console's scrollback, as if typed (value: Shown).
	ActionShow = "hotplug.show"
)

// Shown is one line and its output for the console's scrollback. Epoch is
// the machine it ran on, so an entry posted right after a restart is not
// wiped when the console learns of the restart.
type Shown struct {
	Epoch  int
	Mode   Mode
	Line   string
	Output string
}

// ScenarioSource is a file to load: pasted text, or a same-origin URL.
type ScenarioSource struct {
	Text string
	URL  string
}

// ScenarioRef names a step (index in the file, 0-based) and one of its actions.
type ScenarioRef struct {
	Step   int
	Action int
}

// ScenarioChoice is one built-in scenario.
type ScenarioChoice struct {
	ID, Title, Summary string
}

// Check states.
const (
	CheckPending = iota // not evaluated yet (a step not entered)
	CheckPass
	CheckFail
)

// ScenarioCheck is one check and whether it holds.
type ScenarioCheck struct {
	Src   string
	State int
}

// ScenarioAction is one clickable command.
type ScenarioAction struct {
	Kind   string // run, copy, qmp, guest, boot, wait
	Text   string
	Output string // what a guest/boot/wait action printed (run and qmp go to the console)
}

// ScenarioStep is one visible step.
type ScenarioStep struct {
	Index   int // in the file, 0-based
	Number  int // 1-based, as authors count
	Title   string
	Machine string
	Prose   []string
	Actions []ScenarioAction
	Checks  []ScenarioCheck
	Current bool
	Done    bool
	// Tried: the reader has acted in this step, so a check that does not
	// hold is shown as failing (before that it is only "not yet").
	Tried bool
}

// ScenarioView is everything the panel shows, computed by the page.
type ScenarioView struct {
	ID, Title, Summary string
	Steps              []ScenarioStep
	Error              string // a load error (a bad file names its line)
	Loading            string // the URL being fetched
}

// ScenarioPanel lists the built-in scenarios, loads an author's file, and
// shows the loaded scenario's steps with their buttons and check marks.
type ScenarioPanel struct {
	app.Compo

	Choices []ScenarioChoice
	View    ScenarioView
	// Locked hides the chooser and the loader (an embed showing one scenario).
	Locked bool
}

// IDs of the panel's elements, for tests and labels.
const (
	ScenarioTextID = "scenario-text"
	ScenarioURLID  = "scenario-url"
)

func (s *ScenarioPanel) load(ctx app.Context, e app.Event) {
	e.PreventDefault()
	// Read the fields now: go-app keeps a handler's first closure.
	val := func(id string) string {
		if el := app.Window().GetElementByID(id); el.Truthy() {
			return el.Get("value").String()
		}
		return ""
	}
	src := ScenarioSource{Text: val(ScenarioTextID), URL: strings.TrimSpace(val(ScenarioURLID))}
	if strings.TrimSpace(src.Text) != "" {
		src.URL = ""
	}
	ctx.NewActionWithValue(ActionScenarioLoad, src)
}

// dataInt reads a data- attribute of the clicked element at click time, so
// a recycled button never acts with a stale captured value.
func dataInt(ctx app.Context, name string) (int, bool) {
	v := ctx.JSSrc().Call("getAttribute", "data-"+name)
	if !v.Truthy() {
		return 0, false
	}
	n, err := strconv.Atoi(v.String())
	return n, err == nil
}

func (s *ScenarioPanel) onAction(ctx app.Context, e app.Event) {
	st, ok1 := dataInt(ctx, "step")
	ac, ok2 := dataInt(ctx, "action")
	if ok1 && ok2 {
		ctx.NewActionWithValue(ActionScenarioDo, ScenarioRef{Step: st, Action: ac})
	}
}

func (s *ScenarioPanel) onEnter(ctx app.Context, e app.Event) {
	if st, ok := dataInt(ctx, "step"); ok {
		ctx.NewActionWithValue(ActionScenarioEnter, ScenarioRef{Step: st})
	}
}

func (s *ScenarioPanel) onPick(ctx app.Context, e app.Event) {
	if id := ctx.JSSrc().Call("getAttribute", "data-id"); id.Truthy() {
		ctx.NewActionWithValue(ActionScenarioPick, id.String())
	}
}

func (s *ScenarioPanel) Render() app.UI {
	v := s.View
	done := 0
	for _, st := range v.Steps {
		if st.Done {
			done++
		}
	}
	return app.Section().ID("scenario").Class("scenario").Aria("label", "scenario").Body(
		app.If(!s.Locked,
			app.Details().Class("scenario-pick").Open(v.Title == "").Body(
				app.Summary().Text("Guided scenarios"),
				app.Ul().Class("scenario-list").Body(
					app.Range(s.Choices).Slice(func(i int) app.UI {
						c := s.Choices[i]
						return app.Li().Body(
							app.Button().Class("scenario-choice").DataSet("id", c.ID).
								Aria("pressed", c.ID == v.ID).Title(c.Summary).Text(c.Title).
								OnClick(s.onPick),
						)
					}),
				),
				app.Form().Class("scenario-load").OnSubmit(s.load).Body(
					app.Label().For(ScenarioTextID).Text("Your own scenario: paste the file"),
					app.Textarea().ID(ScenarioTextID).Rows(4).Spellcheck(false).
						Placeholder("---\ntitle: …\nmachine: -M pc -smp 1,maxcpus=2\n---\n\n## First step\nrun: info hotpluggable-cpus"),
					app.Div().Class("scenario-url-row").Body(
						app.Label().For(ScenarioURLID).Text("or its URL on this site"),
						app.Input().ID(ScenarioURLID).Type("text").Placeholder("/scenarios/mine.md").
							Spellcheck(false).AutoComplete(false).Attr("autocapitalize", "off"),
						app.Button().ID("scenario-load").Type("submit").Text("Load scenario"),
					),
				),
			),
		).Else(),
		app.If(v.Loading != "", app.P().Class("note").Attr("role", "status").Text("Loading "+v.Loading+"…")).Else(),
		app.If(v.Error != "", app.P().ID("scenario-error").Class("error").Attr("role", "alert").Text(v.Error)).Else(),
		app.If(v.Title != "",
			app.Div().Class("scenario-body").Body(
				app.Div().Class("scenario-head").Body(
					app.H2().ID("scenario-title").TabIndex(-1).Text(v.Title),
					app.P().ID("scenario-progress").Class("topo-sum").Attr("role", "status").
						Text(strconv.Itoa(done)+" of "+strconv.Itoa(len(v.Steps))+" steps done"),
				),
				app.If(v.Summary != "", app.P().Class("hint").Text(v.Summary)).Else(),
				app.Ol().Class("steps").Body(
					app.Range(v.Steps).Slice(func(i int) app.UI { return s.step(v.Steps[i]) }),
				),
			),
		).Else(),
	)
}

func (s *ScenarioPanel) step(st ScenarioStep) app.UI {
	cls := "step"
	if st.Current {
		cls += " current"
	}
	if st.Done {
		cls += " done"
	}
	mark := "○"
	if st.Done {
		mark = "✓"
	}
	return app.Li().Class(cls).ID("step-"+strconv.Itoa(st.Number)).Value(st.Number).Body(
		app.H3().Body(
			app.Button().Class("step-title").DataSet("step", st.Index).
				Aria("current", st.Current).
				Title("make this the current step").
				OnClick(s.onEnter).
				Body(
					app.Span().Class("step-mark").Aria("hidden", true).Text(mark),
					app.Text(strconv.Itoa(st.Number)+". "+st.Title),
					app.If(st.Done, app.Span().Class("visually-hidden").Text(" (done)")).Else(),
				),
		),
		app.If(st.Machine != "",
			app.P().Class("step-machine").Body(
				app.Text("This step restarts QEMU with "), app.Code().Text(st.Machine),
			),
		).Else(),
		app.If(!st.Current,
			app.Button().Class("step-go").DataSet("step", st.Index).OnClick(s.onEnter).
				Text(map[bool]string{true: "Start this step (restarts QEMU)", false: "Go to this step"}[st.Machine != ""]),
		).Else(),
		app.If(st.Current && len(st.Actions) == 0,
			app.P().Class("hint").Text(map[bool]string{true: "Nothing to click: QEMU was restarted with this step's machine; read what it said above the monitor.", false: "Nothing to click in this step: read it, then go on."}[st.Machine != ""]),
		).Else(),
		app.Range(st.Prose).Slice(func(i int) app.UI { return prose(st.Prose[i]) }),
		app.If(len(st.Actions) > 0,
			app.Ul().Class("step-actions").Body(
				app.Range(st.Actions).Slice(func(i int) app.UI {
					a := st.Actions[i]
					return app.Li().Body(
						app.Button().Class("act act-"+a.Kind).
							DataSet("step", st.Index).DataSet("action", i).
							Title(actionHint(a.Kind)).
							OnClick(s.onAction).
							Body(
								app.Span().Class("act-kind").Text(actionLabel(a.Kind)),
								app.Code().Text(a.Text),
							),
						app.If(a.Output != "", app.Pre().Class("act-out").Text(strings.TrimRight(a.Output, "\n"))).Else(),
					)
				}),
			),
		).Else(),
		app.If(len(st.Checks) > 0,
			app.Ul().Class("checks").Aria("label", "checks").Body(
				app.Range(st.Checks).Slice(func(i int) app.UI {
					c := st.Checks[i]
					cls, m, word := "check pending", "○", "not yet"
					switch {
					case c.State == CheckPass:
						cls, m, word = "check pass", "✓", "holds"
					case c.State == CheckFail && st.Tried:
						cls, m, word = "check fail", "✗", "does not hold yet"
					}
					return app.Li().Class(cls).Body(
						app.Span().Class("check-mark").Aria("hidden", true).Text(m),
						app.Code().Text(c.Src),
						app.Span().Class("visually-hidden").Text(" ("+word+")"),
					)
				}),
			),
		).Else(),
	)
}

func actionLabel(kind string) string {
	switch kind {
	case "copy":
		return "Copy"
	case "qmp":
		return "Run QMP"
	case "guest":
		return "Guest"
	case "boot":
		return "Boot"
	case "wait":
		return "Wait"
	}
	return "Run"
}

func actionHint(kind string) string {
	switch kind {
	case "copy":
		return "put this command in the console's input, for you to run or edit"
	case "qmp":
		return "run this QMP request in the console"
	case "guest":
		return "type this into the guest's shell"
	case "boot":
		return "boot the guest OS"
	case "wait":
		return "let virtual time pass"
	}
	return "run this command in the console"
}

// prose renders a paragraph, with `code` spans as <code>.
func prose(p string) app.UI {
	parts := strings.Split(p, "`")
	if len(parts)%2 == 0 { // an unpaired backtick: plain text
		return app.P().Text(p)
	}
	return app.P().Body(
		app.Range(parts).Slice(func(i int) app.UI {
			if i%2 == 1 {
				return app.Code().Text(parts[i])
			}
			return app.Text(parts[i])
		}),
	)
}
