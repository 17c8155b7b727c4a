// Package keyval parses option strings the way QEMU's util/keyval.c does
// (used for -machine and -smp): "key=value,key=value", an implied first key,
// dotted keys nesting into dictionaries, ",," escaping a comma in values,
// and "help" / "?" anywhere asking for help.
package keyval

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

// Dict is a parsed option string: values are string or Dict. Keys keep
// their first insertion order; a repeated key replaces the value in place.
type Dict struct {
	Keys   []string
	Values map[string]any
}

func NewDict() *Dict { return &Dict{Values: map[string]any{}} }

func (d *Dict) put(k string, v any) {
	if _, ok := d.Values[k]; !ok {
		d.Keys = append(d.Keys, k)
	}
	d.Values[k] = v
}

// Sub returns the sub-dictionary under key, or nil.
func (d *Dict) Sub(key string) *Dict {
	if d == nil {
		return nil
	}
	s, _ := d.Values[key].(*Dict)
	return s
}

// String returns the string value under key.
func (d *Dict) String(key string) (string, bool) {
	if d == nil {
		return "", false
	}
	s, ok := d.Values[key].(string)
	return s, ok
}

// Delete removes a key.
func (d *Dict) Delete(key string) {
	if _, ok := d.Values[key]; !ok {
		return
	}
	delete(d.Values, key)
	for i, k := range d.Keys {
		if k == key {
			d.Keys = append(d.Keys[:i:i], d.Keys[i+1:]...)
			break
		}
	}
}

// Merge copies src into d key by key, the later (src) winning; nested
// dictionaries merge recursively (keyval_merge).
func (d *Dict) Merge(src *Dict) error {
	return d.merge(src, "")
}

func (d *Dict) merge(src *Dict, prefix string) error {
	for _, k := range src.Keys {
		sv := src.Values[k]
		dv, exists := d.Values[k]
		if sd, ok := sv.(*Dict); ok {
			if !exists {
				nd := NewDict()
				d.put(k, nd)
				dv = nd
			}
			dd, ok := dv.(*Dict)
			if !ok {
				return fmt.Errorf("Parameter '%s%s' used inconsistently", prefix, k)
			}
			if err := dd.merge(sd, prefix+k+"."); err != nil {
				return err
			}
			continue
		}
		if _, isDict := dv.(*Dict); exists && isDict {
			return fmt.Errorf("Parameter '%s%s' used inconsistently", prefix, k)
		}
		d.put(k, sv)
	}
	return nil
}

// ErrNoHelp is keyval_parse's refusal of a help request where its caller
// takes none (p_help NULL: qobject_input_visitor_new_str's options).
var ErrNoHelp = errors.New("Help is not available for this option")

// IsHelpOption is QEMU's is_help_option.
func IsHelpOption(s string) bool { return s == "help" || s == "?" }

func startsWithHelpOption(s string) int {
	for _, h := range []string{"help", "?"} {
		if strings.HasPrefix(s, h) {
			return len(h)
		}
	}
	return 0
}

// parseQAPIName is QEMU's parse_qapi_name(str, false): the length of a
// leading name [_]alpha[alnum-_]*, or -1.
func parseQAPIName(s string) int {
	p := 0
	if p < len(s) && s[p] == '_' {
		p++
	}
	if p >= len(s) || !isAlpha(s[p]) {
		return -1
	}
	for p < len(s) && (isAlpha(s[p]) || isDigit(s[p]) || s[p] == '-' || s[p] == '_') {
		p++
	}
	return p
}

func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// keyToIndex accepts a decimal list index fragment (keyval allows them after
// the first fragment).
func keyToIndex(s string) int {
	n := 0
	for n < len(s) && isDigit(s[n]) {
		n++
	}
	if n == 0 || (n < len(s) && s[n] != '.' && s[n] != '=' && s[n] != ',') {
		return -1
	}
	return n
}

// Parse parses params into a new Dict. help reports a help request.
func Parse(params, impliedKey string) (d *Dict, help bool, err error) {
	d = NewDict()
	help, err = ParseInto(d, params, impliedKey)
	return d, help, err
}

// ParseInto parses params into d (keyval_parse_into).
func ParseInto(d *Dict, params, impliedKey string) (help bool, err error) {
	s := params
	for s != "" {
		var h bool
		s, h, err = parseOne(d, s, impliedKey)
		if err != nil {
			return false, err
		}
		help = help || h
		impliedKey = ""
	}
	return help, d.checkLists("")
}

// checkLists is keyval_listify's check: a dictionary whose keys are all
// list indices must hold every index from 0 up; one mixing indices and
// names is refused.
func (d *Dict) checkLists(prefix string) error {
	members, indices := 0, 0
	for _, k := range d.Keys {
		if allDigits(k) {
			indices++
		} else {
			members++
		}
		if members > 0 && indices > 0 {
			return fmt.Errorf("Parameters '%s*' used inconsistently", prefix)
		}
		if sub, ok := d.Values[k].(*Dict); ok {
			if err := sub.checkLists(prefix + k + "."); err != nil {
				return err
			}
		}
	}
	// An index is the key's number ("00" is 0, as key_to_index reads it);
	// QEMU looks for the first one missing below both the largest given
	// and the count of keys plus one.
	present, largest := map[int]bool{}, -1
	for _, k := range d.Keys {
		if allDigits(k) {
			i := indexValue(k)
			present[i], largest = true, max(largest, i)
		}
	}
	for i := 0; i < min(indices+1, largest+1); i++ {
		if !present[i] {
			return fmt.Errorf("Parameter '%s%d' missing", prefix, i)
		}
	}
	return nil
}

// indexValue is a list index's number, INT_MAX when larger (key_to_index).
func indexValue(k string) int {
	n := 0
	for _, c := range k {
		n = n*10 + int(c-'0')
		if n > math.MaxInt32 {
			return math.MaxInt32
		}
	}
	return n
}

func allDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

func parseOne(d *Dict, params, impliedKey string) (rest string, help bool, err error) {
	key := params
	n := strings.IndexAny(params, "=,")
	if n < 0 {
		n = len(params)
	}
	implied := false
	var valEnd int
	if n > 0 && (n == len(params) || params[n] != '=') {
		if startsWithHelpOption(params) == n {
			s := params[n:]
			if strings.HasPrefix(s, ",") {
				s = s[1:]
			}
			return s, true, nil
		}
		if impliedKey != "" {
			implied = true
			valEnd = n
			key = impliedKey
			n = len(impliedKey)
		}
	}
	keyStr := key[:n]
	// Walk the dotted fragments.
	cur := d
	var frags []string
	s := 0
	for {
		var l int
		if s != 0 {
			l = keyToIndex(keyStr[s:])
		} else {
			l = -1
		}
		if l < 0 {
			l = parseQAPIName(keyStr[s:])
			if l < 0 {
				l = 0
			}
		}
		if l == 0 || (s+l < n && keyStr[s+l] != '.') {
			return "", false, fmt.Errorf("Invalid parameter '%s'", keyStr)
		}
		if l >= 128 {
			which := ""
			if s != 0 || s+l != n {
				which = " fragment"
			}
			return "", false, fmt.Errorf("Parameter%s '%s' is too long", which, keyStr[s:s+l])
		}
		frags = append(frags, keyStr[s:s+l])
		s += l
		if s >= n || keyStr[s] != '.' {
			break
		}
		s++
	}
	var val string
	var after string
	if implied {
		val = params[:valEnd]
		after = params[valEnd:]
		if strings.HasPrefix(after, ",") {
			after = after[1:]
		}
	} else {
		if s >= len(key) || key[s] != '=' {
			return "", false, fmt.Errorf("Expected '=' after parameter '%s'", key[:s])
		}
		p := s + 1
		var b strings.Builder
		for p < len(key) {
			if key[p] == ',' {
				p++
				if p >= len(key) || key[p] != ',' {
					break
				}
			}
			b.WriteByte(key[p])
			p++
		}
		val = b.String()
		after = key[p:]
	}
	// Put the value, creating intermediate dictionaries.
	for i, f := range frags[:len(frags)-1] {
		next, ok := cur.Values[f]
		if !ok {
			nd := NewDict()
			cur.put(f, nd)
			cur = nd
			continue
		}
		nd, isDict := next.(*Dict)
		if !isDict {
			return "", false, fmt.Errorf("Parameters '%s.*' used inconsistently", strings.Join(frags[:i+1], "."))
		}
		cur = nd
	}
	last := frags[len(frags)-1]
	if old, ok := cur.Values[last]; ok {
		if _, isDict := old.(*Dict); isDict {
			return "", false, fmt.Errorf("Parameters '%s.*' used inconsistently", strings.Join(frags, "."))
		}
	}
	cur.put(last, val)
	return after, false, nil
}
