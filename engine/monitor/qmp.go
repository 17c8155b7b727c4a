package monitor

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"hotpluglab/engine/qjson"
)

// QMPCommand runs with the request's arguments (never nil) and returns the
// value of "return" or an error.
type QMPCommand func(mon *Monitor, args qjson.Object) (any, *Error)

// ArgSpec is one QAPI argument: name, type ("str", "bool", "int", "any",
// "list") and whether it may be left out.
type ArgSpec struct {
	Name     string
	Type     string
	Optional bool
}

type qmpEntry struct {
	f    QMPCommand
	spec []ArgSpec
	// raw commands ('gen': false in the schema) see their arguments
	// unchecked.
	raw bool
}

var qmpCommands = map[string]qmpEntry{}

// RegisterQMP adds a QMP command that takes no arguments.
func RegisterQMP(name string, f QMPCommand) { qmpCommands[name] = qmpEntry{f: f, spec: []ArgSpec{}} }

// RegisterQMPArgs adds a QMP command whose arguments QAPI checks against spec.
func RegisterQMPArgs(name string, spec []ArgSpec, f QMPCommand) {
	qmpCommands[name] = qmpEntry{f: f, spec: spec}
}

// RegisterQMPRaw adds a command that checks its own arguments (device_add).
func RegisterQMPRaw(name string, f QMPCommand) { qmpCommands[name] = qmpEntry{f: f, raw: true} }

// QMPCommandNames lists QMP commands, sorted.
func QMPCommandNames() []string {
	var l []string
	for n := range qmpCommands {
		l = append(l, n)
	}
	sort.Strings(l)
	return l
}

// checkArgs is the QAPI input visitor's verdict: members in schema order
// (missing, then wrong type), then members the schema does not know.
func checkArgs(spec []ArgSpec, args qjson.Object) *Error {
	for _, s := range spec {
		v, ok := args.Get(s.Name)
		if !ok {
			if s.Optional {
				continue
			}
			return GenericError(fmt.Sprintf("Parameter '%s' is missing", s.Name))
		}
		want := ""
		switch s.Type {
		case "str":
			if _, ok := v.(string); !ok {
				want = "string"
			}
		case "bool":
			if _, ok := v.(bool); !ok {
				want = "boolean"
			}
		case "int":
			if n, ok := v.(json.Number); !ok || strings.ContainsAny(n.String(), ".eE") {
				want = "integer"
			}
		case "list":
			if _, ok := v.([]any); !ok {
				want = "array"
			}
		}
		if want != "" {
			return GenericError(fmt.Sprintf("Invalid parameter type for '%s', expected: %s", s.Name, want))
		}
	}
	for _, m := range args {
		found := false
		for _, s := range spec {
			if s.Name == m.Key {
				found = true
				break
			}
		}
		if !found {
			return GenericError(fmt.Sprintf("Parameter '%s' is unexpected", m.Key))
		}
	}
	return nil
}

// Execute runs one QMP command by name.
func (mon *Monitor) Execute(name string, args qjson.Object) (any, *Error) {
	switch {
	case mon.RequireNegotiation && !mon.negotiated && name != "qmp_capabilities":
		return nil, &Error{Class: "CommandNotFound", Desc: "Expecting capabilities negotiation with 'qmp_capabilities'"}
	case mon.negotiated && name == "qmp_capabilities":
		// Even where negotiation is implicit (the page), a connection
		// negotiates once.
		return nil, &Error{Class: "CommandNotFound", Desc: "Capabilities negotiation is already complete, command ignored"}
	}
	e, ok := qmpCommands[name]
	if !ok {
		return nil, &Error{Class: "CommandNotFound", Desc: fmt.Sprintf("The command %s has not been found", name)}
	}
	if args == nil {
		args = qjson.Object{}
	}
	if !e.raw {
		if err := checkArgs(e.spec, args); err != nil {
			return nil, err
		}
	}
	ret, err := e.f(mon, args)
	if err == nil && name == "qmp_capabilities" {
		mon.negotiated = true
	}
	return ret, err
}

// QMPRequest parses and runs one request line; it returns the reply object
// (with "id" echoed). Events are left queued for the caller.
func (mon *Monitor) QMPRequest(line []byte) qjson.Object {
	v, err := qjson.Decode(line)
	if err != nil {
		return errorReply(GenericError("JSON parse error, "+jsonErrorText(err)), nil, false)
	}
	return mon.QMPValue(v)
}

// QMPValue runs one decoded request.
func (mon *Monitor) QMPValue(v any) qjson.Object {
	req, ok := v.(qjson.Object)
	if !ok {
		return errorReply(GenericError("QMP input must be a JSON object"), nil, false)
	}
	id, hasID := req.Get("id")
	// qmp_dispatch_check_obj: members in QDict order, then "execute".
	var name string
	var args qjson.Object
	hasExec := false
	for _, m := range req.Ordered() {
		switch m.Key {
		case "execute":
			s, ok := m.Value.(string)
			if !ok {
				return errorReply(GenericError("QMP input member 'execute' must be a string"), id, hasID)
			}
			name, hasExec = s, true
		case "arguments":
			a, ok := m.Value.(qjson.Object)
			if !ok {
				return errorReply(GenericError("QMP input member 'arguments' must be an object"), id, hasID)
			}
			args = a
		case "id":
		default:
			return errorReply(GenericError(fmt.Sprintf("QMP input member '%s' is unexpected", m.Key)), id, hasID)
		}
	}
	if !hasExec {
		return errorReply(GenericError("QMP input lacks member 'execute'"), id, hasID)
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

func errorReply(e *Error, id any, hasID bool) qjson.Object {
	o := qjson.O("error", qjson.O("class", e.Class, "desc", e.Desc))
	if hasID {
		o = append(o, qjson.Member{Key: "id", Value: id})
	}
	return o
}

func jsonErrorText(err error) string {
	if _, ok := err.(*json.SyntaxError); ok {
		return "invalid JSON"
	}
	return err.Error()
}

// Negotiated marks capabilities negotiation as done on a session that
// enforces it (a recorded session starts after qmp_capabilities).
func (mon *Monitor) Negotiated() { mon.RequireNegotiation, mon.negotiated = true, true }
