package monitor

import (
	"encoding/json"
	"fmt"
	"strings"
	"sync"

	"hotpluglab/engine/qjson"
	"hotpluglab/engine/release"
)

// Answers that do not depend on the simulated machine, recorded from each
// release's binaries (testdata/oracle/record_monitor.py): QMP replies to
// commands given no arguments, and `info` listings. A command the engine
// models itself never gets here.

type fixedAnswers struct {
	qmp map[string]string // command -> reply line
	hmp map[string]string // command line -> output
}

var fixed sync.Map // "<release>/<target>" -> *fixedAnswers

func fixedOf(rel *release.Release, target string) *fixedAnswers {
	key := rel.Name + "/" + target
	if f, ok := fixed.Load(key); ok {
		return f.(*fixedAnswers)
	}
	f := &fixedAnswers{}
	_ = json.Unmarshal([]byte(rel.Text("qmp-fixed-"+target+".json")), &f.qmp)
	_ = json.Unmarshal([]byte(rel.Text("hmp-fixed-"+target+".json")), &f.hmp)
	got, _ := fixed.LoadOrStore(key, f)
	return got.(*fixedAnswers)
}

// replyOf splits a recorded reply line into its return value (as printed)
// or its error.
func replyOf(line string) (any, *Error) {
	if v, ok := strings.CutPrefix(line, `{"return": `); ok {
		return qjson.Raw(strings.TrimSuffix(v, "}")), nil
	}
	var r struct {
		Error struct{ Class, Desc string }
	}
	_ = json.Unmarshal([]byte(line), &r)
	return nil, &Error{Class: r.Error.Class, Desc: r.Error.Desc}
}

// unmodelled answers a command of the release that the engine has no model
// of: the recorded answer when it was given no arguments, else QEMU's
// empty success with a note saying nothing happened.
func (mon *Monitor) unmodelled(name string, args qjson.Object) (any, *Error) {
	if line, ok := fixedOf(mon.M.Release(), string(mon.Target)).qmp[name]; ok && len(args) == 0 {
		return replyOf(line)
	}
	mon.Note(fmt.Sprintf("%s is not simulated: QEMU would act on it; here nothing changed.", name))
	return qjson.Object{}, nil
}
