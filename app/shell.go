package app

import (
	"sort"
	"strings"

	"hotpluglab/components"
	"hotpluglab/engine/monitor"
	"hotpluglab/engine/session"
	"hotpluglab/engine/topoview"
)

// topologer is the engine session's view-model method; asserted rather than
// called so the page builds against an engine that does not have it yet.
type topologer interface{ Topology() topoview.View }

// completer is the engine's own completion, when it offers one.
type completer interface {
	Complete(mode, line string) []string
}

// topologyOf is the session's view model (empty when the engine has none).
func topologyOf(s *session.Session) topoview.View {
	if t, ok := any(s).(topologer); ok && s != nil && s.Started() {
		return t.Topology()
	}
	return topoview.View{}
}

// shell adapts the page's session to the console.
type shell struct{ p *Page }

func (sh *shell) Run(mode components.Mode, line string) string {
	s := sh.p.sess
	if s == nil || !s.Started() {
		return ""
	}
	var out string
	start := perfNow()
	switch mode {
	case components.QMP:
		lines := s.QMP(line)
		// Events come first, then the reply.
		for i := 0; i+1 < len(lines); i++ {
			sh.p.addEvents(lines[i])
		}
		out = strings.Join(lines, "\n")
	default:
		var evs []monitor.Event
		out, evs = s.HMPWithEvents(line)
		sh.p.addEventList(evs)
	}
	measureEngine(start)
	sh.p.afterInput()
	return out
}

// TakeNotes passes on the engine's notes about the line that ran.
func (sh *shell) TakeNotes() []string {
	if sh.p.sess == nil {
		return nil
	}
	return sh.p.sess.TakeNotes()
}

func (sh *shell) Complete(mode components.Mode, line string) []string {
	s := sh.p.sess
	if s == nil || !s.Started() {
		return nil
	}
	if c, ok := any(s).(completer); ok {
		return c.Complete(string(mode), line)
	}
	return complete(mode, line, sh.p.view, commandsOf(s.Mon))
}

// commands are the names the session's QEMU knows, for completion.
type commands struct{ qmp, hmp, info []string }

func commandsOf(mon *monitor.Monitor) commands {
	return commands{mon.QMPCommandNames(), mon.HMPCommandNames(), mon.InfoNames()}
}

// complete is the fallback completion until the engine offers its own: every
// candidate comes from the engine (its command tables and the view model's
// hotplug type, slot commands and ids).
func complete(mode components.Mode, line string, v topoview.View, cmds commands) []string {
	if mode == components.QMP {
		const pre = `{"execute": "`
		typed := line
		if !strings.HasPrefix(pre, line) && !strings.HasPrefix(line, pre) {
			return nil
		}
		name := strings.TrimPrefix(typed, pre)
		if len(typed) < len(pre) {
			name = ""
		}
		var out []string
		for _, n := range cmds.qmp {
			if strings.HasPrefix(n, name) {
				out = append(out, pre+n+`"}`)
			}
		}
		return out
	}
	cmd, rest, hasArg := strings.Cut(strings.TrimLeft(line, " "), " ")
	if !hasArg {
		return withPrefix("", cmd, cmds.hmp)
	}
	head := line[:len(line)-len(rest)]
	switch cmd {
	case "info":
		return withPrefix(head, rest, cmds.info)
	case "device_add":
		typ, props, hasProps := strings.Cut(rest, ",")
		if !hasProps {
			var types []string
			if v.CPUType != "" {
				types = append(types, v.CPUType)
			}
			return withPrefix(head, typ, append(types, "help"))
		}
		at := strings.LastIndex(props, ",") + 1
		last := props[at:]
		if strings.Contains(last, "=") {
			return nil
		}
		base := head + typ + "," + props[:at]
		return withPrefix(base, last, slotProps(v))
	case "device_del":
		var ids []string
		for _, sl := range v.Slots {
			if sl.ID != "" {
				ids = append(ids, sl.ID)
			}
		}
		return withPrefix(head, rest, ids)
	}
	return nil
}

// slotProps are the property names the engine's own device_add commands
// use (every empty slot's command names the same ones).
func slotProps(v topoview.View) []string {
	for i, sl := range v.Slots {
		if sl.State != topoview.Empty {
			continue
		}
		_, props, _ := strings.Cut(strings.TrimPrefix(v.Command(i), "device_add "), ",")
		var out []string
		for _, kv := range strings.Split(props, ",") {
			if k, _, _ := strings.Cut(kv, "="); k != "" {
				out = append(out, k+"=")
			}
		}
		sort.Strings(out)
		return out
	}
	return nil
}

func withPrefix(head, typed string, words []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, w := range words {
		if strings.HasPrefix(w, typed) && !seen[w] {
			seen[w] = true
			out = append(out, head+w)
		}
	}
	sort.Strings(out)
	return out
}
