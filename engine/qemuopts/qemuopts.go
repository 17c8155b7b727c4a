// Package qemuopts holds what QEMU's util/qemu-option.c does to an option
// string before any option list looks at it: split at commas, ",," being an
// escaped comma. -device, -numa, -object, -m and the pasted non-CPU options
// share it.
package qemuopts

import "strings"

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
