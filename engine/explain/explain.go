// Package explain says, beside QEMU's own text, why QEMU answered a learner
// the way it did and what works instead: a short note for the errors people
// meet while following the CPU hotplug guide (a pasted prompt, device_del
// with no guest, a slot already taken, an upper-case type name, a socket the
// machine does not have, ...). It never changes what QEMU printed; the page
// shows the note apart from the transcript, with a link to the guide section
// that explains it.
package explain

import (
	"encoding/json"
	"fmt"
	"strings"

	"hotpluglab/engine/guest"
	"hotpluglab/engine/lazyre"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/qdev"
	"hotpluglab/engine/session"
	"hotpluglab/engine/topoview"
)

// Hint is one note for a learner.
type Hint struct {
	Why string // what QEMU's answer means here, in a sentence or two
	// Try is a line that works instead ("" when none applies); the page
	// offers to put it in the input, never runs it.
	Try string
	// Section is the anchor of the learner's guide section that explains
	// it (web/guide.html#Section).
	Section string
}

// Guide sections the hints link to (anchors of web/guide.html).
const (
	SectionMonitor  = "monitor"
	SectionQMP      = "qmp"
	SectionSlots    = "slots"
	SectionUnplug   = "unplug"
	SectionColdPlug = "cold-plug"
	SectionSPAPR    = "spapr"
	SectionNames    = "type-names"
	SectionSMPFill  = "smp-fill"
)

// Sections lists every anchor a hint may name (the guide page must have them all).
func Sections() []string {
	return []string{SectionMonitor, SectionQMP, SectionSlots, SectionUnplug, SectionColdPlug, SectionSPAPR, SectionNames, SectionSMPFill}
}

// answer is one monitor line and what QEMU said, as the rules read it.
type answer struct {
	s    *session.Session
	qmp  bool
	line string
	out  string // the whole output
	err  string // the error message: HMP's text after "Error: ", QMP's desc
}

type rule func(a *answer) (Hint, bool)

// Line explains the answer out to a monitor line (qmp: a QMP request) on s,
// after it ran; false when there is nothing to add.
func Line(s *session.Session, qmp bool, line, out string) (Hint, bool) {
	if s == nil || !s.Started() {
		return Hint{}, false
	}
	a := &answer{s: s, qmp: qmp, line: strings.TrimSpace(line), out: out}
	if qmp {
		a.err = qmpError(out)
	} else {
		first, _, _ := strings.Cut(strings.TrimRight(out, "\r\n"), "\r\n")
		a.err = strings.TrimPrefix(first, "Error: ")
	}
	for _, r := range rules {
		if h, ok := r(a); ok {
			return h, true
		}
	}
	return Hint{}, false
}

// qmpError is the desc of a QMP error reply (the last line of out).
func qmpError(out string) string {
	lines := strings.Split(strings.TrimSpace(out), "\n")
	var reply struct {
		Error struct{ Desc string } `json:"error"`
	}
	if json.Unmarshal([]byte(lines[len(lines)-1]), &reply) != nil {
		return ""
	}
	return reply.Error.Desc
}

var rules = []rule{
	pastedPrompt, wrongProtocol, unplugNeedsGuest, unplugStarted, slotTaken,
	typeCase, coreType, cpuType, socketRange, idRange, propertyMissing,
	deviceNotFound, bootCPU, duplicateID, negotiatedTwice, noCPUHotplug,
}

var hmpPrompt = lazyre.New(`^\((qemu|QEMU)\)\s*`)

// pastedPrompt: "(qemu) info cpus" pasted from a transcript, or qmp-shell's
// "(QEMU) query-cpus-fast" typed into the QMP tab.
func pastedPrompt(a *answer) (Hint, bool) {
	m := hmpPrompt().FindString(a.line)
	if m == "" {
		return Hint{}, false
	}
	rest := strings.TrimSpace(a.line[len(m):])
	if a.qmp {
		cmd, _, _ := strings.Cut(rest, " ")
		return Hint{
			Why:     "“(QEMU) command key=value” is qmp-shell's shorthand, a Python tool from QEMU's source tree. The QMP tab speaks QMP itself: one JSON object a line.",
			Try:     fmt.Sprintf(`{"execute": %q}`, cmd),
			Section: SectionQMP,
		}, cmd != ""
	}
	return Hint{
		Why:     "The line starts with the monitor's prompt. “(qemu) ” is what QEMU prints before you type: the command is what follows it.",
		Try:     rest,
		Section: SectionMonitor,
	}, rest != ""
}

// wrongProtocol: QMP JSON at the HMP prompt, or an HMP command in the QMP tab.
func wrongProtocol(a *answer) (Hint, bool) {
	if !a.qmp && strings.HasPrefix(a.line, "{") && strings.HasPrefix(a.err, "unknown command: '{") {
		return Hint{
			Why:     "This is a QMP request (JSON); the HMP prompt takes human monitor commands. Run it in the QMP tab, or type the HMP form.",
			Section: SectionQMP,
		}, true
	}
	if a.qmp && !strings.HasPrefix(a.line, "{") && a.err != "" {
		return Hint{
			Why:     "The QMP tab takes JSON requests. An HMP command runs in the HMP tab, or here wrapped in human-monitor-command.",
			Try:     fmt.Sprintf(`{"execute": "human-monitor-command", "arguments": {"command-line": %q}}`, a.line),
			Section: SectionQMP,
		}, true
	}
	return Hint{}, false
}

func (a *answer) command() string {
	cmd, _, _ := strings.Cut(a.line, " ")
	return cmd
}

func (a *answer) machine() *machinetype.Type {
	if a.s.Mon == nil {
		return nil
	}
	return a.s.Mon.M.Type
}

// unplugNeedsGuest: x86 device_del refused while ACPI CPU hotplug is in its
// legacy mode, which only a booted guest switches off.
func unplugNeedsGuest(a *answer) (Hint, bool) {
	if !strings.HasPrefix(a.err, "acpi: device unplug request for not supported device type") {
		return Hint{}, false
	}
	if mt := a.machine(); mt != nil && mt.LegacyCPUHotplug {
		return Hint{
			Why:     "This machine type only has ACPI's legacy CPU hotplug interface, which can add CPUs but never remove them. Machine types from 2.7 on have the modern interface.",
			Section: SectionUnplug,
		}, true
	}
	if a.s.GuestState() != guest.Running {
		return Hint{
			Why:     "On x86 the guest OS removes a CPU: device_del only asks it, through ACPI. No guest has booted, so QEMU's ACPI CPU hotplug is still in legacy mode, which cannot unplug. Boot the guest, then run device_del again.",
			Section: SectionUnplug,
		}, true
	}
	return Hint{
		Why:     "The guest has not switched ACPI CPU hotplug to its modern mode (its kernel runs without ACPI?), so QEMU cannot ask it to remove a CPU.",
		Section: SectionUnplug,
	}, true
}

// unplugStarted: a device_del the guest now answers, in its own time.
func unplugStarted(a *answer) (Hint, bool) {
	if a.qmp || a.command() != "device_del" || a.err != "" || a.s.GuestState() != guest.Running {
		return Hint{}, false
	}
	return Hint{
		Why:     "device_del printed nothing: it only asked the guest. The guest now takes the CPU offline and ejects it; the slot empties when it is done (DEVICE_DELETED under Events). The clock runs while this page is visible.",
		Section: SectionUnplug,
	}, true
}

var apicExists = lazyre.New(`^CPU\[\d+\] with APIC ID \d+ exists$`)
var corePopulated = lazyre.New(`^core \d+ already populated$`)

// slotTaken: the slot named already holds a CPU.
func slotTaken(a *answer) (Hint, bool) {
	if !apicExists().MatchString(a.err) && !corePopulated().MatchString(a.err) {
		return Hint{}, false
	}
	return Hint{
		Why:     "That slot already holds a CPU. info hotpluggable-cpus lists every slot; the free ones have no qom_path.",
		Try:     a.freeSlot(),
		Section: SectionSlots,
	}, true
}

// freeSlot is the engine's device_add for the first empty slot, with the
// id the learner chose when there is one.
func (a *answer) freeSlot() string {
	v := a.s.Topology()
	for i, sl := range v.Slots {
		if cmd := v.Command(i); sl.State == topoview.Empty && strings.HasPrefix(cmd, "device_add ") {
			return withID(cmd, a.line)
		}
	}
	return ""
}

var idProp = lazyre.New(`(?:^|,)id=([^,]*)`)

// withID puts the id the learner's line gave into a suggested device_add.
func withID(cmd, line string) string {
	m := idProp().FindStringSubmatch(line)
	if m == nil {
		return cmd
	}
	return idProp().ReplaceAllStringFunc(cmd, func(old string) string {
		if strings.HasPrefix(old, ",") {
			return ",id=" + m[1]
		}
		return "id=" + m[1]
	})
}

var notAModel = lazyre.New(`^'([^']+)' is not a valid device model name$`)

// typeCase: "POWER7_v2.3-spapr-cpu-core": QEMU's type names are lower case.
func typeCase(a *answer) (Hint, bool) {
	m := notAModel().FindStringSubmatch(a.err)
	if m == nil {
		return Hint{}, false
	}
	lower := strings.ToLower(m[1])
	if lower == m[1] {
		if ct := a.cpuType(); ct != "" {
			return Hint{
				Why:     "QEMU has no device type of that name. The CPUs this machine plugs are " + ct + "; `device_add help` lists every type.",
				Section: SectionNames,
			}, true
		}
		return Hint{}, false
	}
	if _, err := qdev.DeviceClass(a.s.QEMU, machinetype.Target(a.s.Target()), lower); err != nil {
		return Hint{}, false
	}
	return Hint{
		Why:     "Type names are case-sensitive, and QEMU's are lower case: " + lower + ". (CPU model names on -cpu are not case-sensitive, which is where the capitals come from.)",
		Try:     strings.Replace(a.line, m[1], lower, 1),
		Section: SectionNames,
	}, true
}

func (a *answer) cpuType() string {
	if a.s.Mon == nil {
		return ""
	}
	return a.s.Mon.M.CPUType
}

var coreTypeShould = lazyre.New(`^CPU core type should be (\S+)$`)

// coreType: pseries plugs cores of its own -cpu model only.
func coreType(a *answer) (Hint, bool) {
	m := coreTypeShould().FindStringSubmatch(a.err)
	if m == nil {
		return Hint{}, false
	}
	typ := a.typeInLine()
	return Hint{
		Why: "A pseries machine plugs cores of its own CPU model only: the one -cpu chose (or the machine type's default), here " +
			m[1] + ". To plug other cores, start the machine with that model, e.g. -cpu " + strings.TrimSuffix(strings.TrimSuffix(typ, "-spapr-cpu-core"), "_v2.3") + ".",
		Try:     replaceType(a.line, typ, m[1]),
		Section: SectionSPAPR,
	}, true
}

var cpuTypeExpected = lazyre.New(`^Invalid CPU type, expected cpu type: '([^']+)'$`)

// cpuType: x86 plugs CPUs of the -cpu model only.
func cpuType(a *answer) (Hint, bool) {
	m := cpuTypeExpected().FindStringSubmatch(a.err)
	if m == nil {
		return Hint{}, false
	}
	return Hint{
		Why:     "Every CPU of an x86 machine is of the model -cpu chose (qemu64 by default): here " + m[1] + ".",
		Try:     replaceType(a.line, a.typeInLine(), m[1]),
		Section: SectionSlots,
	}, true
}

// typeInLine is device_add's driver (the first word of its argument).
func (a *answer) typeInLine() string {
	_, arg, _ := strings.Cut(a.line, " ")
	typ, _, _ := strings.Cut(strings.TrimSpace(arg), ",")
	return typ
}

func replaceType(line, old, typ string) string {
	if old == "" || !strings.HasPrefix(line, "device_add ") {
		return ""
	}
	return strings.Replace(line, old, typ, 1)
}

var idOutOfRange = lazyre.New(`^Invalid CPU (socket|die|core|thread)-id: (\d+) must be in range 0:(\d+)$`)

// socketRange: "socket-id: 1 must be in range 0:0" on a machine type that
// fills -smp with cores first (6.2 and later): the guide's socket 1 is not there.
func socketRange(a *answer) (Hint, bool) {
	m := idOutOfRange().FindStringSubmatch(a.err)
	mt := a.machine()
	if m == nil || m[1] != "socket" || m[3] != "0" || mt == nil || mt.PreferSockets || a.givesSMP("sockets") {
		return Hint{}, false
	}
	return Hint{
		Why: "This machine has a single socket. From machine type 6.2 on, QEMU fills what -smp leaves out with cores first: " +
			"-smp without sockets= puts every CPU in socket 0. Plug into socket 0 (below), give sockets= on -smp, or use a 6.1 machine type, which fills sockets first.",
		Try:     a.freeSlot(),
		Section: SectionSMPFill,
	}, true
}

// givesSMP reports whether the command line's -smp sets key.
func (a *answer) givesSMP(key string) bool {
	for i, arg := range a.s.Args {
		if (arg == "-smp" || arg == "--smp") && i+1 < len(a.s.Args) && strings.Contains(","+a.s.Args[i+1], ","+key+"=") {
			return true
		}
	}
	return false
}

// idRange: any other topology id outside the machine's.
func idRange(a *answer) (Hint, bool) {
	m := idOutOfRange().FindStringSubmatch(a.err)
	if m == nil {
		return Hint{}, false
	}
	return Hint{
		Why:     "The machine's " + m[1] + "s are numbered 0 to " + m[3] + ", from -smp. info hotpluggable-cpus lists the slots that exist.",
		Try:     a.freeSlot(),
		Section: SectionSlots,
	}, true
}

var propNotSet = lazyre.New(`^CPU (socket|die|core|thread)-id is not set$`)

// propertyMissing: an x86 device_add must name every id of its slot.
func propertyMissing(a *answer) (Hint, bool) {
	if !propNotSet().MatchString(a.err) && !strings.HasPrefix(a.err, "core-id must be set") {
		return Hint{}, false
	}
	return Hint{
		Why:     "device_add names its slot with every property info hotpluggable-cpus lists for it (on x86 socket-id, core-id and thread-id; on pseries core-id).",
		Try:     a.freeSlot(),
		Section: SectionSlots,
	}, true
}

var notFound = lazyre.New(`^Device '([^']+)' not found$`)

func deviceNotFound(a *answer) (Hint, bool) {
	m := notFound().FindStringSubmatch(a.err)
	if m == nil {
		return Hint{}, false
	}
	return Hint{
		Why:     "No device has the id " + m[1] + ": device_del takes the id given to device_add or -device (or a QOM path, which info hotpluggable-cpus shows). A CPU the guest ejected is gone too.",
		Section: SectionUnplug,
	}, true
}

func bootCPU(a *answer) (Hint, bool) {
	if a.err != "Boot CPU is unpluggable" {
		return Hint{}, false
	}
	return Hint{Why: "The first CPU (slot 0) boots the machine and can never be unplugged. The CPUs -smp starts without an id have QOM paths under /machine/unattached.", Section: SectionUnplug}, true
}

func duplicateID(a *answer) (Hint, bool) {
	if !strings.HasPrefix(a.err, "Duplicate device ID '") {
		return Hint{}, false
	}
	return Hint{Why: "Every device needs its own id: another device already has this one. Choose a new id=.", Section: SectionSlots}, true
}

// noCPUHotplug: a machine type whose board offers no CPU slots (microvm):
// QEMU has no hotpluggable-CPU list for it (each release says so in its
// own words), and 7.2's hotplug handler refuses a CPU as an unsupported
// device.
func noCPUHotplug(a *answer) (Hint, bool) {
	typ, refused := strings.CutPrefix(a.err, "virt: device plug request for unsupported device type: ")
	isCPU := refused && (strings.HasSuffix(typ, "-cpu") || strings.HasSuffix(typ, "-cpu-core"))
	noList := a.err == "The feature 'query-hotpluggable-cpus' is not enabled" || // 7.2
		a.err == "machine does not support hot-plugging CPUs" // 10.0
	if !isCPU && !noList {
		return Hint{}, false
	}
	name := "This machine type"
	if m := a.machine(); m != nil {
		name = m.Name
	}
	return Hint{
		Why:     name + " has no CPU hotplug: its board offers no CPU slots, so QEMU lists none and refuses a CPU added after start. -smp still sets the CPUs it starts with; pc, q35 and pseries hot-plug CPUs.",
		Section: SectionSlots,
	}, true
}

func negotiatedTwice(a *answer) (Hint, bool) {
	if !strings.HasPrefix(a.err, "Capabilities negotiation is already complete") {
		return Hint{}, false
	}
	return Hint{
		Why:     "A QMP client negotiates once, with the first request it sends. This tab sent qmp_capabilities for you when it connected (see the top of its transcript).",
		Section: SectionQMP,
	}, true
}

var couldNotOpen = lazyre.New(`: Could not open '([^']*=[^']*)'`)

const productMismatch = "Invalid CPU topology: product of the hierarchy must match maxcpus"

// Startup explains a start-up's messages (QEMU's stderr for the command
// line args); false when there is nothing to add.
func Startup(args []string, stderr string) (Hint, bool) {
	// Every render asks, mostly with nothing on stderr: the pattern is only
	// compiled when the text is there.
	if strings.Contains(stderr, ": Could not open '") {
		if m := couldNotOpen().FindStringSubmatch(stderr); m != nil {
			return Hint{
				Why: "QEMU takes a word that is not an option's value for a disk image, and " + m[1] +
					" is an option's properties on their own: a line break or space split an option's value in two. Join it to the value before it, with no space after the comma.",
				Section: SectionColdPlug,
			}, true
		}
	}
	if strings.Contains(stderr, productMismatch) {
		return Hint{
			Why:     "Every -smp level you give must multiply to maxcpus (sockets × dies × cores × threads); QEMU fills in only the levels you leave out.",
			Section: SectionSMPFill,
		}, true
	}
	return Hint{}, false
}
