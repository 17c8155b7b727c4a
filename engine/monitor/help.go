package monitor

import (
	"strings"

	"hotpluglab/engine/release"
)

// helpEntry is one command's help text as QEMU prints it: "name params --
// help" and, for a few commands, continuation lines starting with a tab.
type helpEntry struct {
	names []string // "cont|c" → cont, c
	text  string   // with "\n" line ends
}

// helpEntries splits a recorded `help` listing into entries, in QEMU's
// table order.
func helpEntries(listing, prefix string) []helpEntry {
	var out []helpEntry
	for _, l := range strings.SplitAfter(listing, "\n") {
		if l == "" {
			continue
		}
		if strings.HasPrefix(l, "\t") && len(out) > 0 {
			out[len(out)-1].text += l
			continue
		}
		first := strings.TrimPrefix(l, prefix)
		name, _, _ := strings.Cut(first, " ")
		out = append(out, helpEntry{names: strings.Split(name, "|"), text: l})
	}
	return out
}

// helpTables are the recorded listings of a release's binary.
func helpTables(rel *release.Release, target string) (top, info []helpEntry) {
	return helpEntries(rel.Text("hmp-help-"+target+".txt"), ""), helpEntries(rel.Text("hmp-help-info-"+target+".txt"), "info ")
}

// splitHelpArgs is parse_cmdline: words, double quotes allowed.
func splitHelpArgs(s string) []string {
	var out []string
	p := 0
	for {
		for p < len(s) && isSpace(s[p]) {
			p++
		}
		if p >= len(s) {
			return out
		}
		w, np, _, ok := getStr(s, p)
		if !ok {
			return out
		}
		out = append(out, w)
		p = np
	}
}

// help is help_cmd: every command the simulator knows, or the one named
// (with `info` descending into its subcommands). The lines are QEMU's own.
func (mon *Monitor) help(args []string) string {
	top, info := helpTables(mon.M.Release(), string(mon.Target))
	known := func(table map[string]*HMPCommand, e helpEntry) bool {
		for _, n := range e.names {
			if table[n] != nil {
				return true
			}
		}
		return false
	}
	dump := func(entries []helpEntry, table map[string]*HMPCommand) string {
		var b strings.Builder
		for _, e := range entries {
			if known(table, e) {
				b.WriteString(e.text)
			}
		}
		return b.String()
	}
	find := func(entries []helpEntry, table map[string]*HMPCommand, name string) *helpEntry {
		for i, e := range entries {
			for _, n := range e.names {
				if n == name && known(table, e) {
					return &entries[i]
				}
			}
		}
		return nil
	}
	if len(args) == 0 {
		return CRLF(dump(top, hmpCommands))
	}
	e := find(top, hmpCommands, args[0])
	if e == nil {
		return "unknown command: '" + args[0] + "'\r\n"
	}
	if e.names[0] != "info" {
		return CRLF(e.text)
	}
	if len(args) == 1 {
		return CRLF(dump(info, infoCommands))
	}
	sub := find(info, infoCommands, args[1])
	if sub == nil {
		return "unknown command: '" + args[0] + " " + args[1] + "'\r\n"
	}
	return CRLF(sub.text)
}
