package monitor

import (
	"strings"
)

// maxHelpArgs is parse_cmdline's MAX_ARGS: more words and help says nothing.
const maxHelpArgs = 16

// splitHelpArgs is parse_cmdline: words, double quotes allowed; false when
// QEMU gives up (too many words, or a quoting error, which get_str reports
// on QEMU's stdout).
func (mon *Monitor) splitHelpArgs(s string) ([]string, bool) {
	var out []string
	p := 0
	for {
		for p < len(s) && isSpace(s[p]) {
			p++
		}
		if p >= len(s) {
			return out, true
		}
		if len(out) >= maxHelpArgs {
			return nil, false
		}
		w, np, stdout, ok := getStr(s, p)
		if !ok {
			mon.Stdout.WriteString(stdout)
			return nil, false
		}
		out = append(out, w)
		p = np
	}
}

// helpLine is help_cmd_dump_one: "name params -- help", after the words
// typed before it ("info ").
func helpLine(prefix []string, e *hmpEntry) string {
	var b strings.Builder
	for _, w := range prefix {
		b.WriteString(w + " ")
	}
	b.WriteString(e.Name + " " + e.Params + " -- " + e.Help + "\n")
	return b.String()
}

// help is help_cmd_dump over the release's tables: every command, or the
// one the words name (descending into `info`).
func (mon *Monitor) help(args []string) string {
	t := mon.table()
	var b strings.Builder
	table, inInfo := t.commands, false
	for i := 0; ; i++ {
		if i >= len(args) {
			for _, e := range table {
				b.WriteString(helpLine(args, e))
			}
			break
		}
		e := find(table, args[i])
		if e == nil {
			b.WriteString("unknown command: '" + strings.Join(args[:i+1], " ") + "'\n")
			break
		}
		if e.Name != "info" || inInfo {
			b.WriteString(helpLine(args[:i], e))
			break
		}
		table, inInfo = t.info, true
	}
	return CRLF(b.String())
}

// helpLog is `help log`: the log items, recorded from the binary.
func (mon *Monitor) helpLog() string {
	return CRLF(mon.M.Release().Text("hmp-help-log-" + string(mon.Target) + ".txt"))
}
