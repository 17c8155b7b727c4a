// Package qemuopts holds what QEMU's util/qemu-option.c does to an option
// string before any option list looks at it: split at commas, ",," being an
// escaped comma. -device, -numa, -object, -m and the pasted non-CPU options
// share it.
package qemuopts

import (
	"errors"
	"strings"
)

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

// ShortForm is QemuOpts' reading of a word without '=' past the first: a
// boolean set on, or off when the word starts with "no" ("nodeid" is
// deid=off).
func ShortForm(p string) (key, value string) {
	if rest, no := strings.CutPrefix(p, "no"); no {
		return rest, "off"
	}
	return p, "on"
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

// IDWellFormed is id_wellformed, which qemu_opts_create asks of an option
// list's id: a letter, then letters, digits, '-', '.', '_'.
func IDWellFormed(id string) bool {
	if id == "" || !isAlpha(id[0]) {
		return false
	}
	for i := 1; i < len(id); i++ {
		c := id[i]
		if !isAlpha(c) && !(c >= '0' && c <= '9') && c != '-' && c != '.' && c != '_' {
			return false
		}
	}
	return true
}

func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// IDError is qemu_opts_create's refusal of a malformed id, with its hint.
type IDError struct{}

func (IDError) Error() string { return "Parameter 'id' expects an identifier\n" + IDHint }

// IDHint is the hint QEMU prints after a malformed id.
const IDHint = "Identifiers consist of letters, digits, '-', '.', '_', starting with a letter."

// FirstID is opts_parse_id: the value of the first "id=" item, which
// qemu_opts_create checks before any other item is read.
func FirstID(arg string) (string, bool) {
	for _, p := range Split(arg) {
		if k, v, ok := strings.Cut(p, "="); ok && k == "id" {
			return v, true
		}
	}
	return "", false
}

// Number is a QemuOpts number (parse_option_number: qemu_strtou64 in base
// 0): leading blanks, a sign that negates modulo 2^64 ("-1" is 2^64-1), 0x
// hex or 0 octal, and nothing after the digits. tooLarge is strtoull's
// ERANGE, the digits all valid but past 2^64.
func Number(v string) (n uint64, ok, tooLarge bool) {
	s := strings.TrimLeft(v, " \t\n\v\f\r")
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg, s = s[0] == '-', s[1:]
	}
	base := uint64(10)
	if len(s) > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') && digit(s[2]) < 16 {
		base, s = 16, s[2:]
	} else if len(s) > 1 && s[0] == '0' {
		base, s = 8, s[1:]
	}
	if s == "" {
		return 0, false, false
	}
	for i := 0; i < len(s); i++ {
		d := digit(s[i])
		if d >= base {
			return 0, false, false
		}
		if !tooLarge && n > (^uint64(0)-d)/base {
			tooLarge = true
		}
		n = n*base + d
	}
	if tooLarge {
		return ^uint64(0), false, true
	}
	if neg {
		n = -n
	}
	return n, true, false
}

// NumberError is the error QemuOpts gives a number parameter's value, nil
// when Number takes it.
func NumberError(name, v string) error {
	switch _, ok, tooLarge := Number(v); {
	case tooLarge:
		return errors.New("Value '" + v + "' is too large for parameter '" + name + "'")
	case !ok:
		return errors.New("Parameter '" + name + "' expects a number")
	}
	return nil
}

// digit is c's value as a digit of any base up to 36 (99: none).
func digit(c byte) uint64 {
	switch {
	case c >= '0' && c <= '9':
		return uint64(c - '0')
	case c >= 'a' && c <= 'z':
		return uint64(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return uint64(c-'A') + 10
	}
	return 99
}
