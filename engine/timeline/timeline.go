// Package timeline is the conversation between the monitor, QEMU's device
// model and the guest kernel, as one ordered stream: what was typed, what
// QEMU answered, its QMP events and trace lines, the guest's kernel
// messages and shell. Each plug and unplug becomes a sequence of steps
// between the three, every step with a plain-language explanation beside
// QEMU's own text. A session records the stream as it runs (Record); Build
// turns it into the view model the page draws and exports.
package timeline

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"hotpluglab/engine/lazyre"
)

// Source is what printed a line.
type Source int

const (
	Command     Source = iota // a line typed into the monitor (HMP or QMP)
	Reply                     // the monitor's answer
	Event                     // a QMP event
	Trace                     // a trace line on QEMU's stderr
	Stderr                    // another line QEMU wrote to stderr
	Kernel                    // a guest kernel message
	Shell                     // a line typed into the guest's shell
	ShellOutput               // what the guest's shell printed
	Action                    // something done in the page: booting the guest
)

var sourceNames = [...]string{"command", "reply", "event", "trace", "stderr", "kernel", "shell", "shell-output", "action"}

func (s Source) String() string {
	if int(s) < len(sourceNames) {
		return sourceNames[s]
	}
	return "unknown"
}

// Sources lists every source, for filters.
func Sources() []Source {
	return []Source{Command, Reply, Event, Trace, Stderr, Kernel, Shell, ShellOutput, Action}
}

// SourceByName finds a source by its String name.
func SourceByName(name string) (Source, bool) {
	for i, n := range sourceNames {
		if n == name {
			return Source(i), true
		}
	}
	return 0, false
}

// Record is one line of the session's stream, in the order it happened.
type Record struct {
	Source Source
	Micros int64  // virtual time
	Name   string // a trace or QMP event's name; "hmp" or "qmp" for commands and replies
	Text   string // as printed, without the final newline (a reply may span lines)
}

// Lane is a participant of the sequence: the person at the monitor and the
// guest's console, QEMU's device model, the guest's kernel.
type Lane int

const (
	You Lane = iota
	QEMU
	Guest
)

func (l Lane) String() string {
	return [...]string{"you", "qemu", "guest"}[l]
}

// Step is one line of the timeline, drawn as an arrow between two lanes.
type Step struct {
	Index    int
	Micros   int64
	Source   Source
	Name     string
	From, To Lane
	Text     string
	// Title is a short plain-language headline, Explain the longer
	// explanation shown when the step is expanded ("" when none).
	Title, Explain string
	// Group is the plug or unplug sequence the step belongs to, -1 none.
	Group int
}

// Group is one plug or unplug: the command and what followed from it.
type Group struct {
	Index  int
	Kind   string // "plug" or "unplug"
	Device string // the device id (or path) named, "" when none
	Steps  []int
	// Status: "done", "pending" (an unplug the guest has not completed,
	// or a plug it has not taken yet), "refused" (the guest said no),
	// "failed" (QEMU refused the command).
	Status string
	// Why says in plain language where the sequence stands.
	Why string
	// slot binds x86 trace lines (idx) and drc binds sPAPR ones.
	slot, drc int64
	atBoot    bool // a plug the guest found when it booted
}

// Timeline is the whole stream as steps and sequences.
type Timeline struct {
	Steps  []Step
	Groups []Group
}

// Build makes the timeline of a recorded stream. It is a pure function of
// the records.
func Build(records []Record) Timeline {
	var t Timeline
	current := -1  // the latest plug or unplug
	cmdGroup := -1 // the sequence of the latest command (its reply joins it)
	for i, r := range records {
		st := Step{Index: i, Micros: r.Micros, Source: r.Source, Name: r.Name, Text: r.Text, Group: -1}
		st.From, st.To = lanes(r)
		st.Title, st.Explain = explain(r)
		switch r.Source {
		case Command:
			cmdGroup = -1
			if kind, dev, ok := hotplugCommand(r); ok {
				t.Groups = append(t.Groups, Group{Index: len(t.Groups), Kind: kind, Device: dev, Status: "pending", slot: -1, drc: -1})
				current = len(t.Groups) - 1
				cmdGroup = current
				st.Group = current
			}
		case Reply:
			st.Group = cmdGroup
		case Action:
			if r.Name == "boot" {
				// A booting kernel takes every CPU present: plugs no guest
				// had taken are complete now.
				for j := range t.Groups {
					if g := &t.Groups[j]; g.Kind == "plug" && g.Status == "pending" {
						g.Status, g.atBoot = "done", true
					}
				}
			}
		case Shell:
		default:
			st.Group = t.owner(r, current)
		}
		if st.Group >= 0 {
			g := &t.Groups[st.Group]
			g.Steps = append(g.Steps, i)
			g.observe(r)
		}
		t.Steps = append(t.Steps, st)
	}
	for i := range t.Groups {
		t.Groups[i].Why = t.Groups[i].why()
	}
	return t
}

var (
	hmpDeviceCmd = lazyre.New(`^\s*(device_add|device_del)\s+(.*)$`)
	idOpt        = lazyre.New(`(?:^|,)id=([^,]+)`)
	traceIdx     = lazyre.New(`idx\[0x([0-9a-f]+)\]|^cpuhp_acpi_\w+ 0x([0-9a-f]+)$|set active cpu idx: 0x([0-9a-f]+)`)
	traceDRC     = lazyre.New(`drc: 0x([0-9a-f]+)`)
)

// hotplugCommand recognises device_add and device_del, HMP or QMP.
func hotplugCommand(r Record) (kind, device string, ok bool) {
	if r.Name == "qmp" {
		var req struct {
			Execute   string         `json:"execute"`
			Arguments map[string]any `json:"arguments"`
		}
		if json.Unmarshal([]byte(r.Text), &req) != nil {
			return "", "", false
		}
		id, _ := req.Arguments["id"].(string)
		switch req.Execute {
		case "device_add":
			return "plug", id, true
		case "device_del":
			return "unplug", id, true
		}
		return "", "", false
	}
	m := hmpDeviceCmd().FindStringSubmatch(r.Text)
	if m == nil {
		return "", "", false
	}
	if m[1] == "device_del" {
		return "unplug", strings.TrimSpace(m[2]), true
	}
	if id := idOpt().FindStringSubmatch(m[2]); id != nil {
		return "plug", id[1], true
	}
	return "plug", "", true
}

// owner is the sequence a line belongs to: the one whose device or slot it
// names, else the latest one QEMU did not refuse.
func (t *Timeline) owner(r Record, current int) int {
	for current >= 0 && t.Groups[current].Status == "failed" {
		current--
	}
	if current < 0 {
		return -1
	}
	live := func(i int) bool { return t.Groups[i].Status != "failed" }
	if r.Source == Event {
		if dev := eventDevice(r.Text); dev != "" {
			for i := len(t.Groups) - 1; i >= 0; i-- {
				if live(i) && t.Groups[i].Device == dev {
					return i
				}
			}
		}
	}
	if r.Source == Trace {
		slot, drc := traceKeys(r.Text)
		if !bindsSlot(r.Name) || (slot < 0 && drc < 0) {
			return current
		}
		// The latest sequence takes the first line about a slot it meets
		// (observe binds it); bound ones keep theirs.
		if g := t.Groups[current]; g.slot < 0 && g.drc < 0 && g.Status == "pending" {
			return current
		}
		for i := len(t.Groups) - 1; i >= 0; i-- {
			g := t.Groups[i]
			if live(i) && ((slot >= 0 && g.slot == slot) || (drc >= 0 && g.drc == drc)) {
				return i
			}
		}
	}
	return current
}

// bindsSlot: the trace line is about one slot or connector (a scan's
// first selector writes are not).
func bindsSlot(event string) bool {
	switch event {
	case "cpuhp_acpi_write_idx", "cpuhp_acpi_write_cmd", "cpuhp_acpi_read_flags", "cpuhp_acpi_read_cmd_data",
		"cpuhp_acpi_read_cmd_data2", "cpuhp_acpi_invalid_idx_selected":
		return false
	case "spapr_drc_reset", "spapr_drc_realize", "spapr_drc_realize_child", "spapr_drc_realize_complete":
		return false
	}
	return true
}

// eventDevice is the device an event names: "device", else the device of "path".
func eventDevice(text string) string {
	var e struct {
		Data struct {
			Device string `json:"device"`
			Path   string `json:"path"`
			Info   struct {
				Device string `json:"device"`
			} `json:"info"`
		} `json:"data"`
	}
	if json.Unmarshal([]byte(text), &e) != nil {
		return ""
	}
	switch {
	case e.Data.Device != "":
		return e.Data.Device
	case e.Data.Info.Device != "":
		return e.Data.Info.Device
	case strings.HasPrefix(e.Data.Path, "/machine/peripheral/"):
		return strings.SplitN(strings.TrimPrefix(e.Data.Path, "/machine/peripheral/"), "/", 2)[0]
	}
	return ""
}

// traceKeys reads the slot (x86 idx) or DRC index a trace line names; -1 when none.
func traceKeys(text string) (slot, drc int64) {
	slot, drc = -1, -1
	if m := traceIdx().FindStringSubmatch(text); m != nil && strings.HasPrefix(text, "cpuhp_") {
		for _, g := range m[1:] {
			if g != "" {
				slot, _ = strconv.ParseInt(g, 16, 64)
			}
		}
	}
	if m := traceDRC().FindStringSubmatch(text); m != nil {
		drc, _ = strconv.ParseInt(m[1], 16, 64)
	}
	return slot, drc
}

// observe follows a sequence's state through its lines.
func (g *Group) observe(r Record) {
	switch r.Source {
	case Reply:
		if strings.HasPrefix(r.Text, `{"error"`) || strings.HasPrefix(r.Text, "Error:") {
			g.Status = "failed"
		}
	case Event:
		switch r.Name {
		case "DEVICE_DELETED":
			// Done when the device itself goes; under TCG an x86 CPU's own
			// event never comes, its lapic's is the last.
			path := eventPath(r.Text)
			if g.Kind == "unplug" && (path == g.path() || path == g.path()+"/lapic") {
				g.Status = "done"
			}
		case "DEVICE_UNPLUG_GUEST_ERROR":
			g.Status = "refused"
		case "ACPI_DEVICE_OST":
			var e struct {
				Data struct {
					Info struct {
						Source, Status int64
						Slot           string
					}
				}
			}
			if json.Unmarshal([]byte(r.Text), &e) == nil {
				info := e.Data.Info
				if n, err := strconv.ParseInt(info.Slot, 10, 64); err == nil && g.slot < 0 {
					g.slot = n
				}
				switch {
				case info.Source == 1 && info.Status == 0 && g.Kind == "plug":
					g.Status = "done"
				case info.Source == 3 && (info.Status == 0x80 || info.Status == 1):
					g.Status = "refused"
				}
			}
		}
	case Trace:
		slot, drc := traceKeys(r.Text)
		if bindsSlot(r.Name) && g.slot < 0 && g.drc < 0 {
			g.slot, g.drc = slot, drc
		}
		if r.Name == "spapr_drc_set_configured" && g.Kind == "plug" {
			g.Status = "done"
		}
	}
}

// path is the QOM path of the device the sequence names.
func (g *Group) path() string {
	if strings.HasPrefix(g.Device, "/") {
		return g.Device
	}
	return "/machine/peripheral/" + g.Device
}

// eventPath is an event's data.path.
func eventPath(text string) string {
	var e struct {
		Data struct {
			Path string `json:"path"`
		} `json:"data"`
	}
	json.Unmarshal([]byte(text), &e)
	return e.Data.Path
}

// why says where a sequence stands.
func (g *Group) why() string {
	what := "the CPU"
	if g.Device != "" {
		what = g.Device
	}
	switch g.Status {
	case "failed":
		return fmt.Sprintf("QEMU refused the %s of %s before any device changed: read its error.", g.Kind, what)
	case "refused":
		return fmt.Sprintf("The guest refused to give %s up; QEMU keeps it and you may ask again.", what)
	case "done":
		if g.atBoot {
			return fmt.Sprintf("%s was present when the guest booted: the kernel found it with the other CPUs.", what)
		}
		if g.Kind == "plug" {
			return fmt.Sprintf("%s is plugged and the guest has taken it.", what)
		}
		return fmt.Sprintf("%s is gone: the guest gave it back and QEMU deleted it.", what)
	}
	if g.Kind == "plug" {
		return fmt.Sprintf("%s is plugged; no guest has taken it yet (none is running, or it has not acted).", what)
	}
	return fmt.Sprintf("QEMU asked the guest to release %s and waits: nothing is deleted until the guest ejects it "+
		"(x86) or gives its DR connector back (pseries), or a reset completes the unplug.", what)
}

// lanes draws a line as an arrow.
func lanes(r Record) (from, to Lane) {
	switch r.Source {
	case Command:
		return You, QEMU
	case Reply, Event, Stderr:
		return QEMU, You
	case Kernel:
		return Guest, Guest
	case Shell:
		return You, Guest
	case ShellOutput:
		return Guest, You
	case Action:
		return You, Guest
	case Trace:
		if guestDriven(r.Name) {
			return Guest, QEMU
		}
		return QEMU, QEMU
	}
	return QEMU, QEMU
}

// guestDriven: the trace point runs because the guest touched QEMU (a
// register access, an RTAS call), not on QEMU's own initiative.
func guestDriven(event string) bool {
	switch {
	case event == "cpuhp_acpi_cpu_has_events":
		return false
	case strings.HasPrefix(event, "cpuhp_acpi_"):
		return true
	case strings.HasPrefix(event, "spapr_drc_set_"), strings.HasPrefix(event, "spapr_rtas_"):
		return true
	}
	return false
}
