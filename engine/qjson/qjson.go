// Package qjson writes JSON the way QEMU's QMP does: members of an object in
// the order of QEMU's QDict hash table (not insertion or schema order), ", " and
// ": " separators, "{}" and "[]" when empty. It also reads QMP input.
package qjson

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

// Member is one key/value pair of an Object.
type Member struct {
	Key   string
	Value any
}

// Raw is JSON text written as it is: a value QEMU printed, recorded.
type Raw string

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

// orderInto is Ordered appending to out. Small objects (nearly every one
// printed) use an insertion sort; large ones a counting sort over the 512
// buckets, so that ordering stays linear in the number of members.
func (o Object) orderInto(out []Member) []Member {
	if len(o) > 16 {
		return o.countingOrder(out)
	}
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

func (o Object) countingOrder(out []Member) []Member {
	var start [513]int
	buckets := make([]uint16, len(o))
	for i, m := range o {
		b := bucket(m.Key)
		buckets[i] = uint16(b)
		start[b+1]++
	}
	for b := 1; b <= 512; b++ {
		start[b] += start[b-1]
	}
	base := len(out)
	out = append(out, make([]Member, len(o))...)
	// Within a bucket the last inserted comes first.
	for i := len(o) - 1; i >= 0; i-- {
		b := buckets[i]
		out[base+start[b]] = o[i]
		start[b]++
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
		b.WriteString(FormatDouble(x))
	case json.Number:
		b.WriteString(string(x))
	case Raw:
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

// FormatDouble is C's printf("%.17g"), as QEMU prints a double.
func FormatDouble(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	s := strconv.FormatFloat(f, 'g', 17, 64)
	// Go keeps the trailing zeros of the mantissa, which %g drops.
	mant, exp, hasExp := strings.Cut(s, "e")
	if strings.Contains(mant, ".") {
		mant = strings.TrimRight(mant, "0")
		mant = strings.TrimSuffix(mant, ".")
	}
	if hasExp {
		return mant + "e" + exp
	}
	return mant
}

// writeString escapes like QEMU's to_json: ", \, control characters and
// everything outside ASCII as \uXXXX (surrogate pairs beyond the BMP), a
// sequence that is not modified UTF-8 as U+FFFD; "/" is not escaped. Like
// the C string it is, the text ends at a NUL byte.
func writeString(b *strings.Builder, s string) {
	b.WriteByte('"')
	if plainASCII(s) { // the common case: keys, types, paths
		b.WriteString(s)
		b.WriteByte('"')
		return
	}
	for len(s) > 0 && s[0] != 0 {
		r, n := modUTF8Codepoint(s)
		s = s[n:]
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
			if r < 0 {
				r = 0xFFFD
			}
			switch {
			case r > 0xFFFF:
				r -= 0x10000
				fmt.Fprintf(b, `\u%04X\u%04X`, 0xD800+(r>>10), 0xDC00+(r&0x3FF))
			case r < 0x20 || r >= 0x7f:
				fmt.Fprintf(b, `\u%04X`, r)
			default:
				b.WriteByte(byte(r))
			}
		}
	}
	b.WriteByte('"')
}

// plainASCII says whether s needs no escaping.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f || c == '"' || c == '\\' {
			return false
		}
	}
	return true
}
