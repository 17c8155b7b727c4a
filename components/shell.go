// Package components holds the go-app components of Hotplug Lab. They render
// what the engine computes (topoview.View, monitor output) and hold no QEMU
// logic: the page in app/ adapts the engine session to the Shell interface.
package components

// Mode is the console's protocol.
type Mode string

const (
	HMP Mode = "hmp" // the human monitor, "(qemu) " prompt
	QMP Mode = "qmp" // raw QMP JSON, one request a line
)

// Shell is what the console runs lines against.
type Shell interface {
	// Run executes one input line and returns the text to show, exactly as
	// the monitor wrote it (HMP lines end in \r\n; QMP gives one JSON object
	// a line).
	Run(mode Mode, line string) string
	// Complete returns the candidate completions of line's last word, each
	// a whole replacement for line.
	Complete(mode Mode, line string) []string
}

// Noter is a shell that has notes for the learner about the line it just
// ran: what the simulator could not make meaningful (the console shows
// them apart from the monitor's text).
type Noter interface {
	TakeNotes() []string
}

// Action names the components post; the page handles them.
const (
	// ActionFill puts a command into the console input (value: string).
	// Nothing runs: the user reads it and presses Enter.
	ActionFill = "hotplug.fill"
	// ActionRan tells the page a console line ran, so the views refresh.
	ActionRan = "hotplug.ran"
	// ActionStart asks the page to start a machine (value: command line).
	ActionStart = "hotplug.start"
	// ActionPickers tells the page the machine bar's pickers were opened:
	// their lists are only made (and drawn) from then on.
	ActionPickers = "hotplug.pickers"
)

// InputID is the console input's element id, for focus and tests.
const InputID = "console-input"
