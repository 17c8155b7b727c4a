// Package qemuopts holds what QEMU's util/qemu-option.c does to an option
// string before any option list looks at it: split at commas, ",," being an
// escaped comma. -device, -numa, -object, -m and the pasted non-CPU options
// share it.
package qemuopts

import "strings"

// ParseBool is qapi_bool_parse: the words QEMU takes for a boolean
// option value; ok is false for any other.
func ParseBool(v string) (value, ok bool) {
	switch v {
	case "on", "yes", "true", "y":
		return true, true
	case "off", "no", "false", "n":
		return false, true
	}
	return false, false
}

// Split splits s at single commas; ",," stands for a literal comma.
func Split(s string) []string {
	var out []string
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == ',' {
			if i+1 < len(s) && s[i+1] == ',' {
				b.WriteByte(',')
				i++
				continue
			}
			out = append(out, b.String())
			b.Reset()
			continue
		}
		b.WriteByte(s[i])
	}
	return append(out, b.String())
}
