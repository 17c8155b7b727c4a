package monitor

import (
	"encoding/json"
	"fmt"
	"maps"
	"strconv"
	"strings"

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

// recordedFixed is a file's layout: answers for every machine, and those
// for the release's own machine versions only (older ones have compat
// properties that change them).
type recordedFixed struct {
	All    map[string]string `json:"all"`
	Latest map[string]string `json:"latest"`
}

var fixed perBinary[*fixedAnswers]

func fixedOf(rel *release.Release, target string, latest bool) *fixedAnswers {
	return fixed.get(fmt.Sprint(rel.Name, "/", target, "/", latest), func() *fixedAnswers {
		return &fixedAnswers{
			qmp: loadFixed(rel.Text("qmp-fixed-"+target+".json"), latest),
			hmp: loadFixed(rel.Text("hmp-fixed-"+target+".json"), latest),
		}
	})
}

func loadFixed(text string, latest bool) map[string]string {
	var r recordedFixed
	_ = json.Unmarshal([]byte(text), &r)
	if r.All == nil {
		r.All = map[string]string{}
	}
	if latest {
		for k, v := range r.Latest {
			r.All[k] = v
		}
	}
	return r.All
}

// fixed are the recorded answers that hold for the monitor's machine.
func (mon *Monitor) fixed() *fixedAnswers {
	t := mon.M.Type
	rel := mon.M.Release()
	// An unversioned board (isapc, microvm) has no compat properties: the
	// release's own answers hold (measured: 10.0's migration globals).
	latest := t.Major == rel.Major && t.Minor == rel.Minor || t.Major == 0 && t.Minor == 0
	if latest || len(rel.MigrationCompat) == 0 {
		return fixedOf(rel, string(mon.Target), latest)
	}
	return fixed.get(fmt.Sprint(rel.Name, "/", mon.Target, "/", t.Major, ".", t.Minor), func() *fixedAnswers {
		return compatFixed(rel, string(mon.Target), t.Major, t.Minor)
	})
}

// compatFixed are the answers for an older machine version of a release
// whose migration views its compat properties change: the release's own
// views (recorded on its latest machines) with the compat values put back.
func compatFixed(rel *release.Release, target string, major, minor int) *fixedAnswers {
	own, newest := fixedOf(rel, target, false), fixedOf(rel, target, true)
	a := &fixedAnswers{qmp: maps.Clone(own.qmp), hmp: maps.Clone(own.hmp)}
	var set []release.MigrationCompat
	for _, c := range rel.MigrationCompat {
		if major < c.UpTo[0] || major == c.UpTo[0] && minor <= c.UpTo[1] {
			set = append(set, c)
		}
	}
	if v, ok := newest.qmp["query-migrate-parameters"]; ok {
		if _, have := a.qmp["query-migrate-parameters"]; !have {
			for _, c := range set {
				if c.Param {
					v = replaceMember(v, c.Name, strconv.Quote(c.Value))
				}
			}
			a.qmp["query-migrate-parameters"] = v
		}
	}
	for _, k := range []string{"info migrate_parameters", "info migrate"} {
		v, ok := newest.hmp[k]
		if _, have := a.hmp[k]; !ok || have {
			continue
		}
		for _, c := range set {
			if c.Param == (k == "info migrate_parameters") {
				v = setListedValue(v, c.Name, c.Value)
			}
		}
		a.hmp[k] = v
	}
	return a
}

// setListedValue gives the "name: value" line of an HMP listing the value
// val.
func setListedValue(text, name, val string) string {
	lines := strings.SplitAfter(text, "\r\n")
	for i, l := range lines {
		if rest, ok := strings.CutPrefix(l, name+": "); ok {
			lines[i] = name + ": " + val + rest[len(strings.TrimSuffix(rest, "\r\n")):]
		}
	}
	return strings.Join(lines, "")
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
	if line, ok := mon.fixed().qmp[name]; ok && len(args) == 0 {
		return replyOf(line)
	}
	mon.Note(fmt.Sprintf("%s is not simulated: QEMU would act on it; here nothing changed.", name))
	return qjson.Object{}, nil
}
