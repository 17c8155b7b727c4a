package components

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Command-line editing for the machine bar's pickers: they rewrite one option
// of the line the user typed and leave every other word as it was. This is
// text editing, not QEMU parsing: the engine judges the result on Start.

// ErrLoneBackslash: the line ends in "\", which a shell takes as "the line
// goes on": it would wait for the next line.
var ErrLoneBackslash = errors.New("the line ends with a backslash: a shell would wait for the next line (paste the rest, or remove the backslash)")

// SplitArgs splits a command line into words the way a POSIX shell would for
// plain words, '…' and "…" quotes, backslash escapes and lines continued
// with a backslash. A line a shell would not run yet (an open quote, a
// final backslash) is an error.
func SplitArgs(line string) ([]string, error) {
	var (
		args  []string
		cur   strings.Builder
		inArg bool
		quote rune
	)
	rs := []rune(strings.ReplaceAll(line, "\r\n", "\n"))
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case quote == '\'':
			if r == '\'' {
				quote = 0
			} else {
				cur.WriteRune(r)
			}
		case quote == '"':
			switch {
			case r == '"':
				quote = 0
			case r == '\\' && i+1 < len(rs) && strings.ContainsRune(`"\$`+"`", rs[i+1]):
				i++
				cur.WriteRune(rs[i])
			default:
				cur.WriteRune(r)
			}
		case r == '\'' || r == '"':
			quote, inArg = r, true
		case r == '\\' && i+1 < len(rs) && rs[i+1] == '\n':
			i++ // a line continued: the shell drops both
			if strings.TrimSpace(string(rs[i+1:])) == "" {
				return nil, ErrLoneBackslash // ... and waits for that line
			}
		case r == '\\':
			if i+1 >= len(rs) {
				return nil, ErrLoneBackslash
			}
			i++
			cur.WriteRune(rs[i])
			inArg = true
		case r == ' ' || r == '\t' || r == '\n' || r == '\r':
			if inArg {
				args = append(args, cur.String())
				cur.Reset()
				inArg = false
			}
		default:
			cur.WriteRune(r)
			inArg = true
		}
	}
	if quote != 0 {
		return nil, fmt.Errorf("the %c quote is never closed: a shell would wait for the rest of the line", quote)
	}
	if inArg {
		args = append(args, cur.String())
	}
	return args, nil
}

// JoinArgs is SplitArgs' inverse: words that need it are single-quoted.
func JoinArgs(args []string) string {
	out := make([]string, len(args))
	for i, a := range args {
		if a != "" && !strings.ContainsAny(a, " \t\n\r'\"\\$`*?[]{}()<>|&;#~") {
			out[i] = a
			continue
		}
		out[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
	}
	return strings.Join(out, " ")
}

// optIndex finds the value position of the last occurrence of an option
// (QEMU takes the last one), accepting -opt and --opt spellings.
func optIndex(args []string, names ...string) int {
	at := -1
	for i := 0; i+1 < len(args); i++ {
		a := strings.TrimPrefix(args[i], "-")
		if !strings.HasPrefix(args[i], "-") {
			continue
		}
		a = strings.TrimPrefix(a, "-")
		for _, n := range names {
			if a == n {
				at = i + 1
			}
		}
	}
	return at
}

// GetOpt returns an option's value ("" when absent).
func GetOpt(args []string, names ...string) string {
	if i := optIndex(args, names...); i >= 0 {
		return args[i]
	}
	return ""
}

// SetOpt sets an option's value, appending "-names[0] value" when absent and
// removing the option when value is "".
func SetOpt(args []string, value string, names ...string) []string {
	i := optIndex(args, names...)
	switch {
	case i < 0 && value == "":
		return args
	case i < 0:
		return append(append([]string(nil), args...), "-"+names[0], value)
	case value == "":
		return append(append([]string(nil), args[:i-1]...), args[i+1:]...)
	}
	out := append([]string(nil), args...)
	out[i] = value
	return out
}

// MachineName is the machine type in a -M/-machine value ("pc" in
// "pc,accel=kvm" or "type=pc,...").
func MachineName(value string) string {
	for i, part := range strings.Split(value, ",") {
		if k, v, ok := strings.Cut(part, "="); ok {
			if k == "type" {
				return v
			}
			continue
		}
		if i == 0 {
			return part
		}
	}
	return ""
}

// WithMachineName replaces the machine type in a -M value, keeping its
// properties.
func WithMachineName(value, name string) string {
	parts := strings.Split(value, ",")
	for i, part := range parts {
		if k, _, ok := strings.Cut(part, "="); ok {
			if k == "type" {
				parts[i] = "type=" + name
				return strings.Join(parts, ",")
			}
			continue
		}
		if i == 0 {
			parts[0] = name
			return strings.Join(parts, ",")
		}
	}
	if value == "" {
		return name
	}
	return name + "," + value
}

// SMPFields are the -smp keys the machine bar offers, in QEMU's order.
var SMPFields = []string{"cpus", "maxcpus", "sockets", "dies", "cores", "threads"}

// SMPGet reads one -smp key; a leading bare number is "cpus".
func SMPGet(value, key string) string {
	for i, part := range strings.Split(value, ",") {
		k, v, ok := strings.Cut(part, "=")
		if !ok && i == 0 && key == "cpus" {
			return part
		}
		if ok && k == key {
			return v
		}
	}
	return ""
}

// SMPSet sets one -smp key in place (keeping the user's order and spelling of
// the others); an empty v removes it.
func SMPSet(value, key, v string) string {
	var parts []string
	if value != "" {
		parts = strings.Split(value, ",")
	}
	found := false
	for i := 0; i < len(parts); i++ {
		k, _, ok := strings.Cut(parts[i], "=")
		bareCPUs := !ok && i == 0 && key == "cpus"
		if !(ok && k == key) && !bareCPUs {
			continue
		}
		found = true
		switch {
		case v == "":
			parts = append(parts[:i], parts[i+1:]...)
			i--
		case bareCPUs:
			parts[i] = v
		default:
			parts[i] = key + "=" + v
		}
	}
	if !found && v != "" {
		if key == "cpus" {
			parts = append([]string{v}, parts...)
		} else {
			parts = append(parts, key+"="+v)
		}
	}
	return strings.Join(parts, ",")
}

// validCount accepts what a number picker may write: empty or a positive
// decimal.
func validCount(s string) bool {
	if s == "" {
		return true
	}
	n, err := strconv.Atoi(s)
	return err == nil && n > 0
}
