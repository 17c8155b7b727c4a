package trace

import (
	"errors"
	"fmt"
	"strings"
)

// MainThreadID is the thread id the simulator gives QEMU's main thread in
// "-msg timestamp=on" prefixes (the vCPU threads start at 1000).
const MainThreadID = 999

// Backend is one QEMU process's tracing: which events are enabled and the
// log backend that prints them.
type Backend struct {
	load func() *Catalog
	cat  *Catalog
	on   []bool
	// vcpuOn: vCPU-specific events enabled for single vCPUs (by cpu-index).
	vcpuOn map[int]map[int64]bool
	// Out receives each line the log backend writes to stderr ("...\n").
	Out func(line string)
	// File is the log file -trace file= or -D named: lines go there
	// instead of stderr (the simulator keeps them for the timeline only).
	File string
	// Timestamps: -msg timestamp=on prefixes "tid@seconds.micros:".
	Timestamps bool
	// Now is the virtual clock (microseconds).
	Now func() int64
	// Observe sees every line the backend prints, to stderr or a file.
	Observe func(event, line string)
	enabled int
}

// NewBackend makes a backend with every event disabled. It reads its
// catalog (load) when first asked about an event: a machine that enables
// none never parses it, a good part of a first start in the browser.
func NewBackend(load func() *Catalog) *Backend {
	return &Backend{load: load, vcpuOn: map[int]map[int64]bool{}}
}

// Catalog is the events this process knows.
func (b *Backend) Catalog() *Catalog {
	if b.cat == nil {
		b.cat = b.load()
		b.on = make([]bool, len(b.cat.Events))
	}
	return b.cat
}

// Enabled says whether an event would print.
func (b *Backend) Enabled(event string) bool {
	if b == nil || b.enabled == 0 {
		return false
	}
	i, ok := b.Catalog().index[event]
	return ok && b.on[i]
}

// Trace is a trace point: an enabled event prints one line,
// "<name> <format>\n" with the arguments.
func (b *Backend) Trace(event string, args ...any) {
	if !b.Enabled(event) {
		return
	}
	line := event + " " + Sprintf(b.Catalog().Format(event), args...) + "\n"
	if b.Timestamps {
		now := int64(0)
		if b.Now != nil {
			now = b.Now()
		}
		line = fmt.Sprintf("%d@%d.%06d:", MainThreadID, now/1e6, now%1e6) + line
	}
	if b.Observe != nil {
		b.Observe(event, line)
	}
	if b.File == "" && b.Out != nil {
		b.Out(line)
	}
}

// set is trace_event_set_state_dynamic for one event.
func (b *Backend) set(i int, on bool) {
	if b.on[i] != on {
		if on {
			b.enabled++
		} else {
			b.enabled--
		}
		b.on[i] = on
	}
	delete(b.vcpuOn, i)
}

// state is an event's dynamic state: on, or on for some vCPU.
func (b *Backend) state(i int) bool {
	if b.on[i] {
		return true
	}
	for _, on := range b.vcpuOn[i] {
		if on {
			return true
		}
	}
	return false
}

// EnableEvents is trace_enable_events for one -trace pattern or one line
// of an events file: "name", "pattern*", or either with a leading '-' to
// disable. It returns the warning QEMU prints, or "".
func (b *Backend) EnableEvents(line string) string {
	enable := !strings.HasPrefix(line, "-")
	name := strings.TrimPrefix(line, "-")
	pattern := IsPattern(name)
	for _, i := range b.Catalog().Matching(name) {
		if b.Catalog().Events[i].Unavailable {
			if !pattern {
				return fmt.Sprintf("trace event '%s' is not traceable", name)
			}
			continue
		}
		b.set(i, enable)
		if !pattern {
			return ""
		}
	}
	if !pattern {
		return fmt.Sprintf("trace event '%s' does not exist", name)
	}
	return ""
}

// EventState is one entry of trace-event-get-state.
type EventState struct {
	Name  string
	VCPU  bool
	State string // "enabled", "disabled", "unavailable"
}

// VCPU selects one vCPU in the QMP commands (QEMU 7.2's "vcpu" argument).
type VCPU struct {
	Index int64
	// Exists says whether a vCPU with that cpu-index exists.
	Exists func(int64) bool
}

func (v *VCPU) check() error {
	if v != nil && !v.Exists(v.Index) {
		return fmt.Errorf("invalid vCPU index %d", uint32(v.Index))
	}
	return nil
}

// checkEvents is check_events: a name must exist (and, with a vCPU, be
// vCPU-specific); unless unavailable events are ignored, none may be
// unavailable.
func (b *Backend) checkEvents(name string, vcpu *VCPU, ignoreUnavailable bool) error {
	if !IsPattern(name) {
		i, ok := b.Catalog().Lookup(name)
		if !ok {
			return fmt.Errorf("unknown event \"%s\"", name)
		}
		if vcpu != nil && !b.Catalog().Events[i].VCPU {
			return fmt.Errorf("event \"%s\" is not vCPU-specific", name)
		}
		if !ignoreUnavailable && b.Catalog().Events[i].Unavailable {
			return fmt.Errorf("event \"%s\" is disabled", name)
		}
		return nil
	}
	for _, i := range b.Catalog().Matching(name) {
		if !ignoreUnavailable && b.Catalog().Events[i].Unavailable {
			return fmt.Errorf("event \"%s\" is disabled", b.Catalog().Events[i].Name)
		}
	}
	return nil
}

// GetState is qmp_trace_event_get_state: the matching events, last
// registered first (QEMU prepends to its list).
func (b *Backend) GetState(name string, vcpu *VCPU) ([]EventState, error) {
	if err := vcpu.check(); err != nil {
		return nil, err
	}
	if err := b.checkEvents(name, vcpu, true); err != nil {
		return nil, err
	}
	var out []EventState
	for _, i := range b.Catalog().Matching(name) {
		e := b.Catalog().Events[i]
		if vcpu != nil && !e.VCPU {
			continue
		}
		st := EventState{Name: e.Name, VCPU: e.VCPU, State: "disabled"}
		switch {
		case e.Unavailable:
			st.State = "unavailable"
		case vcpu != nil && (b.on[i] || b.vcpuOn[i][vcpu.Index]):
			st.State = "enabled"
		case vcpu == nil && b.state(i):
			st.State = "enabled"
		}
		out = append([]EventState{st}, out...)
	}
	return out, nil
}

// SetState is qmp_trace_event_set_state.
func (b *Backend) SetState(name string, enable, ignoreUnavailable bool, vcpu *VCPU) error {
	if err := vcpu.check(); err != nil {
		return err
	}
	if err := b.checkEvents(name, vcpu, ignoreUnavailable); err != nil {
		return err
	}
	for _, i := range b.Catalog().Matching(name) {
		e := b.Catalog().Events[i]
		if e.Unavailable || (vcpu != nil && !e.VCPU) {
			continue
		}
		if vcpu == nil {
			b.set(i, enable)
			continue
		}
		if b.vcpuOn[i] == nil {
			b.vcpuOn[i] = map[int64]bool{}
		}
		b.vcpuOn[i][vcpu.Index] = enable
	}
	return nil
}

// ErrNoFile is what reading a host file the simulator does not have gives.
var ErrNoFile = errors.New("No such file or directory")

// Files is where -trace events=FILE is read from: the simulated host's
// files. A nil Files has none.
type Files interface {
	ReadFile(name string) ([]byte, error)
}

// EventsFileLines is trace_init_events' reading of an events file: fgets
// lines of at most 1023 bytes; a line of one byte is skipped, otherwise its
// last byte (normally the newline) is cut; lines starting with '#' are
// comments. It returns each line to enable with its 1-based line number.
func EventsFileLines(data []byte) (lines []string, numbers []int) {
	const bufSize = 1024
	n := 0
	for len(data) > 0 {
		end := 0
		for end < len(data) && end < bufSize-1 {
			end++
			if data[end-1] == '\n' {
				break
			}
		}
		chunk := string(data[:end])
		data = data[end:]
		n++
		if len(chunk) <= 1 {
			continue
		}
		chunk = chunk[:len(chunk)-1]
		if chunk[0] == '#' {
			continue
		}
		lines, numbers = append(lines, chunk), append(numbers, n)
	}
	return lines, numbers
}
