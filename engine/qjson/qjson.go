// Package qjson writes JSON the way QEMU's QMP does: members of an object in
// the order of QEMU's QDict hash table (not insertion or schema order), ", " and
// ": " separators, "{}" and "[]" when empty. It also reads QMP input.
package qjson

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Member is one key/value pair of an Object.
type Member struct {
	Key   string
	Value any
}

// Object keeps members in insertion order; Marshal prints them in QDict order.
type Object []Member

// Set appends or replaces a member.
func (o *Object) Set(key string, v any) {
	for i := range *o {
		if (*o)[i].Key == key {
			(*o)[i].Value = v
			return
		}
	}
	*o = append(*o, Member{key, v})
}

// Get returns a member's value.
func (o Object) Get(key string) (any, bool) {
	for _, m := range o {
		if m.Key == key {
			return m.Value, true
		}
	}
	return nil, false
}

// O builds an Object from alternating keys and values.
func O(kv ...any) Object {
	o := make(Object, 0, len(kv)/2)
	for i := 0; i+1 < len(kv); i += 2 {
		o = append(o, Member{kv[i].(string), kv[i+1]})
	}
	return o
}

// bucket is QEMU's qdict tdb_hash(key) % QDICT_BUCKET_MAX (512).
func bucket(key string) uint32 {
	h := uint32(0x238F13AF) * uint32(len(key))
	for i := 0; i < len(key); i++ {
		h += uint32(key[i]) << uint((5*i)%24)
	}
	return (1103515243*h + 12345) % 512
}

// Ordered returns the members in the order QEMU prints them: ascending bucket,
// and within a bucket the member inserted last first (QDict prepends).
func (o Object) Ordered() []Member {
	return o.orderInto(make([]Member, 0, len(o)))
}

// orderInto is Ordered appending to out. Insertion sort (objects are small,
// and this runs for every object printed): a member goes after every member
// of a lower bucket and before the earlier-inserted members of its own bucket.
func (o Object) orderInto(out []Member) []Member {
	var small [16]uint32
	bs := small[:0]
	for _, m := range o {
		b := bucket(m.Key)
		i := 0
		for i < len(bs) && bs[i] < b {
			i++
		}
		out = append(out, Member{})
		copy(out[i+1:], out[i:])
		out[i] = m
		bs = append(bs, 0)
		copy(bs[i+1:], bs[i:])
		bs[i] = b
	}
	return out
}

// Marshal encodes v as QEMU would print it.
func Marshal(v any) string {
	var b strings.Builder
	write(&b, v)
	return b.String()
}

func write(b *strings.Builder, v any) {
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
	case bool:
		if x {
			b.WriteString("true")
		} else {
			b.WriteString("false")
		}
	case int:
		b.WriteString(strconv.Itoa(x))
	case int64:
		b.WriteString(strconv.FormatInt(x, 10))
	case uint32:
		b.WriteString(strconv.FormatUint(uint64(x), 10))
	case uint64:
		b.WriteString(strconv.FormatUint(x, 10))
	case float64:
		b.WriteString(formatFloat(x))
	case json.Number:
		b.WriteString(string(x))
	case string:
		writeString(b, x)
	case Object:
		if len(x) == 0 {
			b.WriteString("{}")
			return
		}
		b.WriteByte('{')
		var buf [16]Member
		ordered := buf[:0]
		if len(x) > len(buf) {
			ordered = x.Ordered()
		} else {
			ordered = x.orderInto(ordered)
		}
		for i, m := range ordered {
			if i > 0 {
				b.WriteString(", ")
			}
			writeString(b, m.Key)
			b.WriteString(": ")
			write(b, m.Value)
		}
		b.WriteByte('}')
	case []any:
		if len(x) == 0 {
			b.WriteString("[]")
			return
		}
		b.WriteByte('[')
		for i, e := range x {
			if i > 0 {
				b.WriteString(", ")
			}
			write(b, e)
		}
		b.WriteByte(']')
	case []Object:
		l := make([]any, len(x))
		for i := range x {
			l[i] = x[i]
		}
		write(b, l)
	case map[string]any:
		// Generic decoded input: keep it deterministic.
		o := make(Object, 0, len(x))
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			o = append(o, Member{k, x[k]})
		}
		write(b, o)
	default:
		panic(fmt.Sprintf("qjson: cannot encode %T", v))
	}
}

func formatFloat(f float64) string {
	// QEMU prints doubles with %.17g and trims nothing; good enough for the
	// few floats that pass through (they only echo input).
	s := strconv.FormatFloat(f, 'g', 17, 64)
	return s
}

// writeString escapes like QEMU's qjson to_json: ", \, control characters and
// non-ASCII as \uXXXX; "/" is not escaped.
// plainASCII says whether s needs no escaping.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f || c == '"' || c == '\\' {
			return false
		}
	}
	return true
}

func writeString(b *strings.Builder, s string) {
	b.WriteByte('"')
	if plainASCII(s) { // the common case: keys, types, paths
		b.WriteString(s)
		b.WriteByte('"')
		return
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 || r >= 0x7f {
				if r >= 0x10000 {
					r -= 0x10000
					fmt.Fprintf(b, `\u%04X\u%04X`, 0xD800+(r>>10), 0xDC00+(r&0x3FF))
				} else {
					fmt.Fprintf(b, `\u%04X`, r)
				}
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
}

// Decode parses one JSON value from QMP input, keeping object member order
// (as Object) and numbers as json.Number.
func Decode(data []byte) (any, error) {
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	v, err := decodeValue(d, 0)
	if err != nil {
		return nil, err
	}
	if _, err := d.Token(); err != io.EOF {
		return nil, fmt.Errorf("trailing data")
	}
	return v, nil
}

// MaxNesting is QEMU's json-streamer limit on open brackets and braces;
// deeper input is refused with ErrNesting, before the recursion could run
// the page's stack out. (A stop-gap: the monitorface lane brings QEMU's own
// streaming parser, which replaces this decoder.)
const MaxNesting = 1024

// ErrNesting is QEMU's error for input nested past MaxNesting.
var ErrNesting = errors.New("JSON nesting depth limit exceeded")

func decodeValue(d *json.Decoder, depth int) (any, error) {
	t, err := d.Token()
	if err != nil {
		return nil, err
	}
	switch x := t.(type) {
	case json.Delim:
		if depth >= MaxNesting {
			return nil, ErrNesting
		}
		switch x {
		case '{':
			o := Object{}
			for d.More() {
				kt, err := d.Token()
				if err != nil {
					return nil, err
				}
				k, ok := kt.(string)
				if !ok {
					return nil, fmt.Errorf("object key is not a string")
				}
				v, err := decodeValue(d, depth+1)
				if err != nil {
					return nil, err
				}
				o.Set(k, v)
			}
			if _, err := d.Token(); err != nil {
				return nil, err
			}
			return o, nil
		case '[':
			l := []any{}
			for d.More() {
				v, err := decodeValue(d, depth+1)
				if err != nil {
					return nil, err
				}
				l = append(l, v)
			}
			if _, err := d.Token(); err != nil {
				return nil, err
			}
			return l, nil
		}
		return nil, fmt.Errorf("unexpected %v", x)
	default:
		return x, nil
	}
}
