package monitor

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"

	"hotpluglab/engine/release"
)

// HMPCommand is how the engine runs one human monitor command. What the
// command is called and how its arguments parse come from the release's
// recorded command table (hmp-commands-<target>.json, QEMU's
// hmp-commands.hx as that binary has it).
type HMPCommand struct {
	// Name may hold aliases: "cont|c"; the first names the handler.
	Name string
	// ArgsType documents QEMU's argument specification; what parses is the
	// release's recorded table.
	ArgsType string
	// Run gets the parsed arguments and returns the output, lines ending in
	// "\r\n".
	Run func(mon *Monitor, args Args) string
}

var hmpHandlers = map[string]*HMPCommand{}

// Each file's init hands its registrations to registerLater: they run when
// a monitor is first asked for a command, not at package init, so a page's
// start neither compiles nor runs them (start-up, issue 11).
var (
	registrations     []func()
	registrationsOnce sync.Once
)

func registerLater(f func()) { registrations = append(registrations, f) }

// registerHandlers runs the registrations, once, in init order.
func registerHandlers() {
	registrationsOnce.Do(func() {
		for _, f := range registrations {
			f()
		}
		registrations = nil
	})
}

// infoHandlers are the handlers of `info` subcommands.
var infoHandlers = map[string]*HMPCommand{}

// RegisterHMP adds a top-level command's handler.
func RegisterHMP(c *HMPCommand) {
	for _, n := range strings.Split(c.Name, "|") {
		hmpHandlers[n] = c
	}
}

// RegisterInfo adds an `info` subcommand's handler.
func RegisterInfo(c *HMPCommand) { infoHandlers[c.Name] = c }

// hmpEntry is one entry of a recorded command table.
type hmpEntry struct {
	Name     string `json:"name"`
	ArgsType string `json:"args_type"`
	Params   string `json:"params"`
	Help     string `json:"help"`
	names    []string
}

func (e *hmpEntry) is(name string) bool {
	for _, n := range e.names {
		if n == name {
			return true
		}
	}
	return false
}

// hmpTable is a binary's command tables, sorted by name as QEMU sorts them
// at start-up (sortcmdlist).
type hmpTable struct {
	commands, info []*hmpEntry
}

var hmpTables perBinary[*hmpTable]

func tableOf(rel *release.Release, target string) *hmpTable {
	return hmpTables.get(rel.Name+"/"+target, func() *hmpTable { return loadTable(rel, target) })
}

func loadTable(rel *release.Release, target string) *hmpTable {
	var raw struct {
		Commands []*hmpEntry `json:"commands"`
		Info     []*hmpEntry `json:"info"`
	}
	_ = json.Unmarshal([]byte(rel.Text("hmp-commands-"+target+".json")), &raw)
	t := &hmpTable{commands: raw.Commands, info: raw.Info}
	for _, l := range [][]*hmpEntry{t.commands, t.info} {
		for _, e := range l {
			e.names = strings.Split(e.Name, "|")
		}
		sort.SliceStable(l, func(i, j int) bool { return l[i].Name < l[j].Name })
	}
	return t
}

func find(l []*hmpEntry, name string) *hmpEntry {
	for _, e := range l {
		if e.is(name) {
			return e
		}
	}
	return nil
}

func (mon *Monitor) table() *hmpTable { return tableOf(mon.M.Release(), string(mon.Target)) }

// HMPCommandNames lists the release's top-level commands and aliases,
// sorted (for completion).
func (mon *Monitor) HMPCommandNames() []string { return names(mon.table().commands) }

// InfoNames lists the release's `info` subcommands, sorted.
func (mon *Monitor) InfoNames() []string { return names(mon.table().info) }

func names(l []*hmpEntry) []string {
	var out []string
	for _, e := range l {
		out = append(out, e.names...)
	}
	sort.Strings(out)
	return out
}

// CRLF converts "\n" line ends to HMP's "\r\n".
func CRLF(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }

// ErrorLine is how HMP prints a command's error.
// An error with hint lines (error_append_hint) prints them after it.
func ErrorLine(err error) string {
	var h interface{ ErrorHint() string }
	// A desc of several lines (qemu_strtosz's) ends each with the monitor's CRLF.
	desc := CRLF(strings.ReplaceAll(err.Error(), "\r\n", "\n"))
	if errors.As(err, &h) {
		return "Error: " + desc + "\r\n" + CRLF(h.ErrorHint())
	}
	return "Error: " + desc + "\r\n"
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// commandName is get_command_name: skip blanks, then up to a blank or '/'
// (cut to QEMU's 255-byte name buffer).
func commandName(s string, at int) (name string, end int, ok bool) {
	p := at
	for p < len(s) && isSpace(s[p]) {
		p++
	}
	if p == len(s) {
		return "", p, false
	}
	start := p
	for p < len(s) && s[p] != '/' && !isSpace(s[p]) {
		p++
	}
	name = s[start:p]
	if len(name) > 255 {
		name = name[:255]
	}
	return name, p, true
}

// HMP runs one human monitor line and returns its output
// (monitor/hmp.c handle_hmp_command).
func (mon *Monitor) HMP(line string) string {
	// The C monitor sees the line up to a NUL byte.
	if i := strings.IndexByte(line, 0); i >= 0 {
		line = line[:i]
	}
	t := mon.table()
	name, end, ok := commandName(line, 0)
	if !ok {
		return ""
	}
	e := find(t.commands, name)
	if e == nil {
		return fmt.Sprintf("unknown command: '%s'\r\n", line[:end])
	}
	registerHandlers()
	handlers, isInfo := hmpHandlers, false
	p := end
	for p < len(line) && isSpace(line[p]) {
		p++
	}
	if e.Name == "info" && p < len(line) {
		name, end, _ = commandName(line, p)
		if e = find(t.info, name); e == nil {
			return fmt.Sprintf("unknown command: '%s'\r\n", line[:end])
		}
		handlers, isInfo = infoHandlers, true
		for p = end; p < len(line) && isSpace(line[p]); p++ {
		}
	}
	typed := strings.TrimRight(line[:p], " \t\n\v\f\r")
	fixedLine := strings.TrimLeft(typed, " \t\n\v\f\r")
	if isInfo {
		fixedLine = "info " + e.names[0]
	}
	h := handlers[e.names[0]]
	answer, hasFixed := mon.fixed().hmp[fixedLine]
	if h == nil && hasFixed && strings.HasSuffix(answer, "\" is not available.\r\n") {
		return fmt.Sprintf("Command \"%s\" is not available.\r\n", typed)
	}
	args, out, ok := mon.parseArgs(e, line, p)
	if !ok {
		return out + fmt.Sprintf("Try \"help %s\" for more information\r\n", typed)
	}
	if isInfo && infoNeedsCPU[e.names[0]] && mon.noCPU() {
		return "No CPU available\r\n" // mon_get_cpu finds none ("-M none")
	}
	switch {
	case h != nil:
		return h.Run(mon, args)
	case hasFixed && len(args) == 0:
		return answer
	}
	mon.Note(fmt.Sprintf("%s is not simulated: QEMU would act on it; here nothing changed.", typed))
	return ""
}

// infoNeedsCPU are the info commands that read the monitor's current CPU
// and answer "No CPU available" without one (info registers too, which
// says it its own way).
var infoNeedsCPU = map[string]bool{"lapic": true, "tlb": true, "mem": true}

func init() {
	registerLater(func() {
		RegisterHMP(&HMPCommand{Name: "info", Run: func(mon *Monitor, _ Args) string { return mon.help([]string{"info"}) }})
		RegisterHMP(&HMPCommand{Name: "help|?", Run: func(mon *Monitor, a Args) string {
			name, has := a.Str("name")
			if !has {
				return mon.help(nil)
			}
			if name == "log" {
				return mon.helpLog()
			}
			words, ok := mon.splitHelpArgs(name)
			if !ok {
				return ""
			}
			return mon.help(words)
		}})
	})
}
