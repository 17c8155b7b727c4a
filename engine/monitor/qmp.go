package monitor

import (
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"

	"hotpluglab/engine/cmdline"
	"hotpluglab/engine/machine"
	"hotpluglab/engine/qapi"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/release"
)

// QMPCommand runs with the request's arguments (never nil) and returns the
// value of "return" or an error.
type QMPCommand func(mon *Monitor, args qjson.Object) (any, *Error)

type qmpEntry struct {
	f QMPCommand
	// raw commands ('gen': false in the schema) see their arguments
	// unchecked.
	raw bool
}

var qmpCommands = map[string]qmpEntry{}

// RegisterQMP adds a QMP command (QAPI checks its arguments against the
// release's schema).
func RegisterQMP(name string, f QMPCommand) { qmpCommands[name] = qmpEntry{f: f} }

// RegisterQMPRaw adds a command that checks its own arguments (device_add).
func RegisterQMPRaw(name string, f QMPCommand) { qmpCommands[name] = qmpEntry{f: f, raw: true} }

// QMPCommandNames lists the QMP commands of the monitor's QEMU, sorted.
func (mon *Monitor) QMPCommandNames() []string {
	var l []string
	for n := range knownQMP(mon.M.Release(), string(mon.Target)) {
		l = append(l, n)
	}
	sort.Strings(l)
	return l
}

var qmpKnown perBinary[map[string]bool]

// knownQMP is the set of commands query-commands lists for that binary.
func knownQMP(rel *release.Release, target string) map[string]bool {
	return qmpKnown.get(rel.Name+"/"+target, func() map[string]bool {
		var list []struct{ Name string }
		_ = json.Unmarshal([]byte(rel.Text("qmp-commands-"+target+".json")), &list)
		k := map[string]bool{}
		for _, c := range list {
			k[c.Name] = true
		}
		return k
	})
}

var qmpPreconfig perBinary[map[string]bool]

// preconfigQMP is the set of commands that run before the machine is
// initialised (allow-preconfig; recorded by record_preconfig.py).
func preconfigQMP(rel *release.Release, target string) map[string]bool {
	return qmpPreconfig.get(rel.Name+"/"+target, func() map[string]bool {
		k := map[string]bool{}
		for _, n := range strings.Fields(rel.Text("qmp-preconfig-" + target + ".txt")) {
			k[n] = true
		}
		return k
	})
}

// Execute runs one QMP command by name (qmp_dispatch once the request is
// well formed): lookup, argument checking, then the command.
func (mon *Monitor) Execute(name string, args qjson.Object) (any, *Error) {
	rel, target := mon.M.Release(), string(mon.Target)
	if mon.negotiating() && name != "qmp_capabilities" {
		return nil, &Error{Class: "CommandNotFound", Desc: "Expecting capabilities negotiation with 'qmp_capabilities'"}
	}
	if !knownQMP(rel, target)[name] {
		return nil, &Error{Class: "CommandNotFound", Desc: fmt.Sprintf("The command %s has not been found", name)}
	}
	if err := mon.compatPolicyInput(name); err != nil {
		return nil, err
	}
	if mon.M.Preconfig && !preconfigQMP(rel, target)[name] {
		// qmp_dispatch refuses it before reading its arguments
		return nil, GenericError(fmt.Sprintf("The command '%s' is permitted only after machine initialization has completed", name))
	}
	if args == nil {
		args = qjson.Object{}
	}
	registerHandlers()
	e, registered := qmpCommands[name]
	if !e.raw {
		schema := qapi.For(rel, target)
		if err := schema.CheckArgs(schema.Command(name), args); err != nil {
			// The introspection folds integer types into "int": a member's
			// narrower range, checked as it is visited, is reported before
			// a member nobody asked for.
			if narrow := narrowIntChecks[name]; narrow != nil && strings.HasSuffix(err.Error(), "' is unexpected") {
				if nerr := narrow(mon, args); nerr != nil {
					return nil, GenericError(nerr.Error())
				}
			}
			return nil, GenericError(err.Error())
		}
	}
	if !registered {
		return mon.unmodelled(name, args)
	}
	return e.f(mon, args)
}

// QMPInput feeds text to the QMP monitor's input stream and returns the
// messages it completed; Answer replies to each.
func (mon *Monitor) QMPInput(text []byte) []qjson.Message { return mon.qmpIn.Feed(text) }

// QMPPending says whether the input so far has begun a JSON text that has
// not ended: QEMU waits for the rest.
func (mon *Monitor) QMPPending() bool { return mon.qmpIn.Pending() }

// Answer replies to one message of the input stream (handle_qmp_command,
// qmp_dispatch). Events are left queued for the caller.
func (mon *Monitor) Answer(m qjson.Message) qjson.Object {
	if m.Err != nil {
		return errorReply(GenericError(m.Err.Error()), nil, false)
	}
	return mon.QMPValue(m.Value)
}

// QMPValue runs one parsed request.
func (mon *Monitor) QMPValue(v any) qjson.Object {
	req, ok := v.(qjson.Object)
	if !ok {
		return errorReply(GenericError("QMP input must be a JSON object"), nil, false)
	}
	id, hasID := req.Get("id")
	// qmp_dispatch_check_obj: members in QDict order.
	var name string
	var args qjson.Object
	hasExec, oob := false, false
	for _, m := range req.Ordered() {
		switch {
		case m.Key == "execute" || m.Key == "exec-oob" && mon.oob:
			s, ok := m.Value.(string)
			if !ok {
				return errorReply(GenericError(fmt.Sprintf("QMP input member '%s' must be a string", m.Key)), id, hasID)
			}
			if hasExec {
				other := "execute"
				if mon.oob {
					other = "exec-oob"
				}
				return errorReply(GenericError(fmt.Sprintf("QMP input member '%s' clashes with '%s'", m.Key, other)), id, hasID)
			}
			name, hasExec, oob = s, true, m.Key == "exec-oob"
		case m.Key == "arguments":
			a, ok := m.Value.(qjson.Object)
			if !ok {
				return errorReply(GenericError("QMP input member 'arguments' must be an object"), id, hasID)
			}
			args = a
		case m.Key == "id":
		default:
			return errorReply(GenericError(fmt.Sprintf("QMP input member '%s' is unexpected", m.Key)), id, hasID)
		}
	}
	if !hasExec {
		return errorReply(GenericError("QMP input lacks member 'execute'"), id, hasID)
	}
	if oob && !mon.negotiating() && knownQMP(mon.M.Release(), string(mon.Target))[name] && !mon.allowsOOB(name) {
		return errorReply(GenericError(fmt.Sprintf("The command %s does not support OOB", name)), id, hasID)
	}
	ret, qerr := mon.Execute(name, args)
	if qerr != nil {
		return errorReply(qerr, id, hasID)
	}
	if ret == nil {
		ret = qjson.Object{}
	}
	o := qjson.O("return", ret)
	if hasID {
		o = append(o, qjson.Member{Key: "id", Value: id})
	}
	return o
}

// allowsOOB: the schema marks the command allow-oob.
func (mon *Monitor) allowsOOB(name string) bool {
	c := qapi.For(mon.M.Release(), string(mon.Target)).Command(name)
	return c != nil && c.AllowOOB
}

func errorReply(e *Error, id any, hasID bool) qjson.Object {
	o := qjson.O("error", qjson.O("class", e.Class, "desc", e.Desc))
	if hasID {
		o = append(o, qjson.Member{Key: "id", Value: id})
	}
	return o
}

// StartNegotiation puts QMP in capabilities negotiation mode, as a fresh
// -qmp connection starts.
func (mon *Monitor) StartNegotiation() { mon.RequireNegotiation, mon.negotiated = true, false }

// Negotiated marks capabilities negotiation as done (a recorded session
// starts after the recorder's qmp_capabilities).
func (mon *Monitor) Negotiated() { mon.RequireNegotiation, mon.negotiated = true, true }

// negotiating: only qmp_capabilities is known yet.
func (mon *Monitor) negotiating() bool { return mon.RequireNegotiation && !mon.negotiated }

func init() {
	registerLater(func() {
		RegisterQMP("qmp_capabilities", func(mon *Monitor, args qjson.Object) (any, *Error) {
			if mon.negotiated {
				mon.Note("This QMP connection is already past capabilities negotiation, as a QMP client leaves it after its greeting; QEMU refuses a second qmp_capabilities.")
				return nil, &Error{Class: "CommandNotFound", Desc: "Capabilities negotiation is already complete, command ignored"}
			}
			if l, ok := args.Get("enable"); ok {
				for _, c := range l.([]any) {
					if c == "oob" {
						mon.oob = true
					}
				}
			}
			mon.negotiated = true
			return qjson.Object{}, nil
		})
	})
}

// compatPolicyInput is compat_policy_input_ok for a command: a deprecated
// or unstable one is refused as not found when the policy rejects it, and
// aborts QEMU when it says crash.
func (mon *Monitor) compatPolicyInput(name string) *Error {
	policy, _ := mon.M.Extra[cmdline.CompatPolicyKey].(map[string]string)
	if len(policy) == 0 {
		return nil
	}
	cmd := qapi.For(mon.M.Release(), string(mon.Target)).Command(name)
	if cmd == nil {
		return nil
	}
	for _, f := range [][3]string{{"deprecated", "deprecated-input", "Deprecated"}, {"unstable", "unstable-input", "Unstable"}} {
		if !slices.Contains(cmd.Features, f[0]) {
			continue
		}
		switch policy[f[1]] {
		case "reject":
			return &Error{Class: "CommandNotFound", Desc: f[2] + " command " + name + " disabled by policy"}
		case "crash":
			mon.crash(&machine.Crash{Signal: 6})
			return GenericError("abort")
		}
	}
	return nil
}
