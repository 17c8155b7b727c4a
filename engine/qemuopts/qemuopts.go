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

// Split splits s at single commas; ",," stands for a literal comma. A
// trailing comma ends the list (opts_do_parse stops at the string's end), so
// "a=1," is one item; "," alone is one empty item.
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
	if b.Len() == 0 && strings.HasSuffix(s, ",") {
		// the last comma separated (an escaped one would be in b)
		return out
	}
	return append(out, b.String())
}
