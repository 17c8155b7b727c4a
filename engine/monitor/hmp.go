package monitor

import (
	"fmt"
	"sort"
	"strings"
)

// HMPCommand is one human monitor command.
type HMPCommand struct {
	Name string
	// Params and Help make the `help` line: "<name> <params> -- <help>".
	Params string
	Help   string
	// Run gets the text after the command name (leading blanks removed) and
	// returns the output, lines ending in "\r\n".
	Run func(mon *Monitor, args string) string
	// Sub holds `info` subcommands.
	Sub map[string]*HMPCommand
}

var hmpCommands = map[string]*HMPCommand{}

// infoCommands are the subcommands of `info`.
var infoCommands = map[string]*HMPCommand{}

// RegisterHMP adds a top-level command.
func RegisterHMP(c *HMPCommand) { hmpCommands[c.Name] = c }

// RegisterInfo adds an `info` subcommand.
func RegisterInfo(c *HMPCommand) { infoCommands[c.Name] = c }

// HMPCommandNames lists top-level commands, sorted (for completion and help).
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
func ErrorLine(err error) string { return "Error: " + err.Error() + "\r\n" }

// HMP runs one human monitor line and returns its output.
func (mon *Monitor) HMP(line string) string {
	line = strings.TrimLeft(line, " \t")
	if line == "" {
		return ""
	}
	name, rest := splitWord(line)
	c := hmpCommands[name]
	if c == nil {
		return fmt.Sprintf("unknown command: '%s'\r\n", name)
	}
	return c.Run(mon, rest)
}

func splitWord(s string) (string, string) {
	s = strings.TrimLeft(s, " \t")
	i := strings.IndexAny(s, " \t")
	if i < 0 {
		return s, ""
	}
	return s[:i], strings.TrimLeft(s[i:], " \t")
}

func init() {
	RegisterHMP(&HMPCommand{Name: "info", Params: "[subcommand]", Help: "show various information about the system state",
		Run: func(mon *Monitor, args string) string {
			sub, rest := splitWord(args)
			if sub == "" {
				var b strings.Builder
				for _, n := range InfoNames() {
					c := infoCommands[n]
					fmt.Fprintf(&b, "info %s %s -- %s\r\n", c.Name, c.Params, c.Help)
				}
				return b.String()
			}
			c := infoCommands[sub]
			if c == nil {
				return fmt.Sprintf("unknown command: 'info %s'\r\n", sub)
			}
			return c.Run(mon, rest)
		}})
}
