package monitor

import (
	"encoding/json"
	"fmt"
	"sort"

	"hotpluglab/engine/qjson"
)

// QMPCommand runs with the request's arguments (never nil) and returns the
// value of "return" or an error.
type QMPCommand func(mon *Monitor, args qjson.Object) (any, *Error)

var qmpCommands = map[string]QMPCommand{}

// RegisterQMP adds a QMP command.
func RegisterQMP(name string, f QMPCommand) { qmpCommands[name] = f }

// QMPCommandNames lists QMP commands, sorted.
func QMPCommandNames() []string {
	var l []string
	for n := range qmpCommands {
		l = append(l, n)
	}
	sort.Strings(l)
	return l
}

// Execute runs one QMP command by name.
func (mon *Monitor) Execute(name string, args qjson.Object) (any, *Error) {
	f := qmpCommands[name]
	if f == nil {
		return nil, &Error{Class: "CommandNotFound", Desc: fmt.Sprintf("The command %s has not been found", name)}
	}
	if args == nil {
		args = qjson.Object{}
	}
	return f(mon, args)
}

// QMPRequest parses and runs one request line; it returns the reply object
// (with "id" echoed). Events are left queued for the caller.
func (mon *Monitor) QMPRequest(line []byte) qjson.Object {
	v, err := qjson.Decode(line)
	if err != nil {
		return errorReply(GenericError("JSON parse error, "+jsonErrorText(err)), nil)
	}
	req, ok := v.(qjson.Object)
	if !ok {
		return errorReply(GenericError("QMP input must be a JSON object"), nil)
	}
	id, hasID := req.Get("id")
	var idv any
	if hasID {
		idv = id
	}
	exe, ok := req.Get("execute")
	if !ok {
		return errorReply(GenericError("QMP input lacks member 'execute'"), idv)
	}
	name, ok := exe.(string)
	if !ok {
		return errorReply(GenericError("QMP input member 'execute' must be a string"), idv)
	}
	for _, m := range req {
		switch m.Key {
		case "execute", "arguments", "id":
		default:
			return errorReply(GenericError(fmt.Sprintf("QMP input member '%s' is unexpected", m.Key)), idv)
		}
	}
	var args qjson.Object
	if a, ok := req.Get("arguments"); ok {
		if args, ok = a.(qjson.Object); !ok {
			return errorReply(GenericError("QMP input member 'arguments' must be an object"), idv)
		}
	}
	ret, qerr := mon.Execute(name, args)
	if qerr != nil {
		return errorReply(qerr, idv)
	}
	if ret == nil {
		ret = qjson.Object{}
	}
	o := qjson.O("return", ret)
	if hasID {
		o = append(o, qjson.Member{Key: "id", Value: idv})
	}
	return o
}

func errorReply(e *Error, id any) qjson.Object {
	o := qjson.O("error", qjson.O("class", e.Class, "desc", e.Desc))
	if id != nil {
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
