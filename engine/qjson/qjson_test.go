package qjson

import (
	"math"
	"strconv"
	"testing"
)

func TestBucketsMatchQEMUTable(t *testing.T) {
	// Buckets from ../shared/qemu/monitor-output.md §6.1.
	for key, want := range map[string]uint32{
		"abstract": 2, "core-id": 3, "timestamp": 26, "node-id": 156, "qom-path": 338,
		"cpu-index": 475, "target": 491, "thread-id": 90, "props": 130, "type": 425,
		"vcpus-count": 272, "socket-id": 239, "die-id": 219, "return": 401, "reason": 401,
		"id": 486, "alias": 509, "micro": 225, "minor": 225,
	} {
		if got := bucket(key); got != want {
			t.Errorf("bucket(%q) = %d, want %d", key, got, want)
		}
	}
}

func TestMarshalOrder(t *testing.T) {
	for _, tc := range []struct {
		in   any
		want string
	}{
		{O("socket-id", 0, "core-id", 3, "thread-id", 0), `{"core-id": 3, "thread-id": 0, "socket-id": 0}`},
		{O("type", "t", "vcpus-count", 1, "props", Object{}, "qom-path", "/a/b"), `{"props": {}, "vcpus-count": 1, "qom-path": "/a/b", "type": "t"}`},
		// same bucket: the later insertion prints first
		{O("minor", 2, "micro", 22), `{"micro": 22, "minor": 2}`},
		{O("return", []any{}), `{"return": []}`},
		{O("s", "a\"b\\c\r\n\u00e9/"), `{"s": "a\"b\\c\r\n\u00E9/"}`},
	} {
		if got := Marshal(tc.in); got != tc.want {
			t.Errorf("Marshal = %s, want %s", got, tc.want)
		}
	}
}

func TestParseKeepsOrder(t *testing.T) {
	v, err := Parse([]byte(`{"execute": "x", "arguments": {"b": 1, "a": "s"}}`))
	if err != nil {
		t.Fatal(err)
	}
	o := v.(Object)
	if o[0].Key != "execute" || o[1].Key != "arguments" {
		t.Fatalf("order lost: %v", o)
	}
	if _, err := Parse([]byte(`x`)); err == nil || err.Error() != "JSON parse error, invalid keyword 'x'" {
		t.Fatalf("keyword: %v", err)
	}
	// Whatever follows a value, even an error, is one value too many.
	if _, err := Parse([]byte(`{"a":1} x`)); err == nil || err.Error() != "Expecting at most one JSON value" {
		t.Fatalf("trailing keyword: %v", err)
	}
	if _, err := Parse([]byte(`{"a":1} {}`)); err == nil || err.Error() != "Expecting at most one JSON value" {
		t.Fatalf("two values: %v", err)
	}
	if v, err := Parse([]byte(`  `)); v != nil || err != nil {
		t.Fatalf("empty input: %v %v", v, err)
	}
	if _, err := Parse([]byte(`{"a": [1`)); err == nil || err.Error() != "JSON parse error, premature EOI" {
		t.Fatalf("cut input: %v", err)
	}
}

// Large objects print in QDict order too (the counting sort), the same
// order the insertion sort gives.
func TestOrderedLargeMatchesSmall(t *testing.T) {
	var o Object
	for i := 0; i < 300; i++ {
		o = append(o, Member{Key: string(rune('a'+i%26)) + strconv.Itoa(i*7%113), Value: i})
	}
	got := o.Ordered()
	for i := 1; i < len(got); i++ {
		bi, bj := bucket(got[i-1].Key), bucket(got[i].Key)
		if bi > bj {
			t.Fatalf("bucket order broken at %d: %d > %d", i, bi, bj)
		}
		if bi == bj && got[i-1].Value.(int) < got[i].Value.(int) {
			t.Fatalf("within bucket %d the earlier insertion prints first", bi)
		}
	}
	if len(got) != len(o) {
		t.Fatalf("%d members, want %d", len(got), len(o))
	}
}

func TestFormatDouble(t *testing.T) {
	for _, tc := range []struct {
		f    float64
		want string
	}{
		{1, "1"}, {0.1, "0.10000000000000001"}, {1500, "1500"}, {1.8446744073709552e19, "1.8446744073709552e+19"},
		{-9.2233720368547758e18, "-9.2233720368547758e+18"}, {math.Inf(1), "inf"}, {math.Copysign(0, -1), "-0"},
	} {
		if got := FormatDouble(tc.f); got != tc.want {
			t.Errorf("FormatDouble(%v) = %s, want %s", tc.f, got, tc.want)
		}
	}
}
