package cmdline

import (
	"errors"
	"path"
	"strings"
)

// Split turns a pasted command line into arguments, the way a POSIX shell
// would for the quoting people use (single and double quotes, backslash,
// line continuations). A leading qemu-system-x86_64 / qemu-system-ppc64 (any
// path) becomes "-target x86_64|ppc64", so the binary is the one pasted.
func Split(line string) ([]string, error) {
	var args []string
	var cur strings.Builder
	inArg := false
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case c == '\\' && i+1 < len(line) && line[i+1] == '\n':
			i++
		case c == '\\' && i+1 < len(line):
			cur.WriteByte(line[i+1])
			i++
			inArg = true
		case c == '\'':
			j := strings.IndexByte(line[i+1:], '\'')
			if j < 0 {
				return nil, errors.New("unterminated ' quote in the command line")
			}
			cur.WriteString(line[i+1 : i+1+j])
			i += j + 1
			inArg = true
		case c == '"':
			i++
			for ; i < len(line) && line[i] != '"'; i++ {
				if line[i] == '\\' && i+1 < len(line) && strings.IndexByte("\"\\$`", line[i+1]) >= 0 {
					i++
				}
				cur.WriteByte(line[i])
			}
			if i >= len(line) {
				return nil, errors.New("unterminated \" quote in the command line")
			}
			inArg = true
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			if inArg {
				args = append(args, cur.String())
				cur.Reset()
				inArg = false
			}
		default:
			cur.WriteByte(c)
			inArg = true
		}
	}
	if inArg {
		args = append(args, cur.String())
	}
	if len(args) > 0 {
		switch path.Base(args[0]) {
		case "qemu-system-x86_64":
			args = append([]string{"-target", "x86_64"}, args[1:]...)
		case "qemu-system-ppc64":
			args = append([]string{"-target", "ppc64"}, args[1:]...)
		}
	}
	return args, nil
}
