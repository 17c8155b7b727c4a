package monitor

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// HMPCommand is one human monitor command, as in QEMU's hmp-commands.hx.
type HMPCommand struct {
	// Name may hold aliases: "cont|c".
	Name string
	// ArgsType is QEMU's argument specification, e.g. "path:s,property:s"
	// (types: s string, S rest of line, O device options, i integer
	// expression, / format, -x flag; '?' optional, '.' index).
	ArgsType string
	// Run gets the parsed arguments and returns the output, lines ending in
	// "\r\n".
	Run func(mon *Monitor, args Args) string
	// Sub holds `info` subcommands.
	Sub map[string]*HMPCommand
}

var hmpCommands = map[string]*HMPCommand{}

// infoCommands are the subcommands of `info`.
var infoCommands = map[string]*HMPCommand{}

// RegisterHMP adds a top-level command.
func RegisterHMP(c *HMPCommand) {
	for _, n := range strings.Split(c.Name, "|") {
		hmpCommands[n] = c
	}
}

// RegisterInfo adds an `info` subcommand.
func RegisterInfo(c *HMPCommand) { infoCommands[c.Name] = c }

// HMPCommandNames lists top-level commands and aliases, sorted (for
// completion and help).
func HMPCommandNames() []string {
	var l []string
	for n := range hmpCommands {
		l = append(l, n)
	}
	sort.Strings(l)
	return l
}

// InfoNames lists `info` subcommands, sorted.
func InfoNames() []string {
	var l []string
	for n := range infoCommands {
		l = append(l, n)
	}
	sort.Strings(l)
	return l
}

// CRLF converts "\n" line ends to HMP's "\r\n".
func CRLF(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }

// ErrorLine is how HMP prints a command's error.
// An error with hint lines (error_append_hint) prints them after it.
func ErrorLine(err error) string {
	var h interface{ ErrorHint() string }
	if errors.As(err, &h) {
		return "Error: " + err.Error() + "\r\n" + CRLF(h.ErrorHint())
	}
	return "Error: " + err.Error() + "\r\n"
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// commandName is get_command_name: skip blanks, then up to a blank or '/'.
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
	return s[start:p], p, true
}

// HMP runs one human monitor line and returns its output
// (monitor/hmp.c handle_hmp_command).
func (mon *Monitor) HMP(line string) string {
	// The C monitor sees the line up to a NUL byte.
	if i := strings.IndexByte(line, 0); i >= 0 {
		line = line[:i]
	}
	table := hmpCommands
	p := 0
	var cmd *HMPCommand
	for {
		name, end, ok := commandName(line, p)
		if !ok {
			if cmd == nil {
				return ""
			}
			break
		}
		c := table[name]
		if c == nil {
			return fmt.Sprintf("unknown command: '%s'\r\n", line[:end])
		}
		for end < len(line) && isSpace(line[end]) {
			end++
		}
		cmd, p = c, end
		if c.Sub == nil || p == len(line) {
			break
		}
		table = c.Sub
	}
	args, out, ok := mon.parseArgs(cmd, line, p)
	if !ok {
		q := p
		for q > 0 && isSpace(line[q-1]) {
			q--
		}
		return out + fmt.Sprintf("Try \"help %s\" for more information\r\n", line[:q])
	}
	return cmd.Run(mon, args)
}

func init() {
	RegisterHMP(&HMPCommand{Name: "info", ArgsType: "item:s?", Sub: infoCommands,
		Run: func(mon *Monitor, _ Args) string { return mon.help([]string{"info"}) }})
	RegisterHMP(&HMPCommand{Name: "help|?", ArgsType: "name:S?",
		Run: func(mon *Monitor, a Args) string {
			name, _ := a.Str("name")
			return mon.help(splitHelpArgs(name))
		}})
}
