package qom

import (
	"slices"
	"strings"
	"testing"
)

// reversed is how qom-list prints a walk: it prepends each property.
func reversed(l []string) []string {
	out := slices.Clone(l)
	slices.Reverse(out)
	return out
}

// Orders recorded from QEMU 7.2 (qom-list walks an object's property table,
// then its class's, and lists them in reverse).
func TestOrderMatchesQEMU(t *testing.T) {
	for _, c := range []struct {
		inserted []string
		want     string // qom-list's names, class property "type" first
	}{
		// qom-list / on pc and pseries
		{[]string{"chardevs", "machine", "objects"}, "type objects machine chardevs"},
		{[]string{"chardevs", "machine", "objects", "dr-connector"}, "type dr-connector objects machine chardevs"},
		// /machine/peripheral after 15 device_add: the table grows twice
		{strings.Fields("c1 c2 c3 c4 c5 c6 c7 c8 c9 c10 c11 c12 c13 c14 c15"),
			"type c11 c15 c4 c13 c5 c14 c6 c10 c7 c1 c8 c2 c9 c3 c12"},
	} {
		got := strings.Join(append([]string{"type"}, reversed(order(c.inserted))...), " ")
		if got != c.want {
			t.Errorf("%v:\n got  %s\n want %s", c.inserted, got, c.want)
		}
	}
}

// Removing keys leaves the others where they were until the table shrinks.
func TestRemove(t *testing.T) {
	tb := NewTable()
	for _, k := range strings.Fields("a b c d e f g h i j k l") {
		tb.Insert(k)
	}
	before := tb.Keys()
	tb.Remove("c")
	tb.Remove("nosuch")
	after := tb.Keys()
	if len(after) != len(before)-1 || slices.Contains(after, "c") {
		t.Fatalf("remove: %v -> %v", before, after)
	}
	for _, k := range strings.Fields("a b d e f g h i j k") {
		tb.Remove(k)
	}
	if got := tb.Keys(); !slices.Equal(got, []string{"l"}) || len(tb.hashes) != 8 {
		t.Fatalf("after removing all but l: %v (size %d)", got, len(tb.hashes))
	}
}

func TestStrHash(t *testing.T) {
	for s, want := range map[string]uint32{"": 5381, "a": 5381*33 + 'a', "machine": 3016371994, "\xff": 5381*33 - 1} {
		if got := strHash(s); got != want {
			t.Errorf("strHash(%q) = %d, want %d", s, got, want)
		}
	}
}

// order is the iteration order of a table the keys were inserted into.
func order(keys []string) []string {
	t := NewTable()
	for _, k := range keys {
		t.Insert(k)
	}
	return t.Keys()
}
