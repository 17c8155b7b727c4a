package block

import (
	"testing"

	"hotpluglab/engine/release"
)

// libvirt round 6's -blockdev lines (lv-x-r6-bd-*): detect-zeroes=unmap
// needs discard=unmap on the node, raw's offset and size fit the child,
// and a filter (throttle, copy-on-read) counts its child in the chain.
func TestRound6Nodes(t *testing.T) {
	null := `{"driver":"null-co","node-name":"s","size":1073741824}`
	for _, c := range []struct {
		args       []string
		want       string // the last option's error
		depth      int    // the last node's chain depth
		size       int64
		detectZero string
	}{
		{[]string{null, `{"driver":"raw","node-name":"f","file":"s","detect-zeroes":"unmap"}`},
			"setting detect-zeroes to unmap is not allowed without setting discard operation to unmap", 0, 0, ""},
		{[]string{null, `{"driver":"raw","node-name":"f","file":"s","discard":"unmap","detect-zeroes":"unmap"}`}, "", 0, 1 << 30, "unmap"},
		{[]string{null, `{"driver":"raw","node-name":"f","file":"s","detect-zeroes":"on"}`}, "", 0, 1 << 30, "on"},
		{[]string{null, `{"driver":"raw","node-name":"f","file":"s","offset":1048576,"size":536870912}`}, "", 0, 536870912, "off"},
		{[]string{null, `{"driver":"raw","node-name":"f","file":"s","offset":1048576}`}, "", 0, 1<<30 - 1048576, "off"},
		{[]string{null, `{"driver":"raw","node-name":"f","file":"s","offset":1048576,"size":1073741824}`},
			"The sum of offset (1048576) and size (1073741824) has to be smaller or equal to the  actual size of the containing file (1073741824)", 0, 0, ""},
		{[]string{null, `{"driver":"raw","node-name":"f","file":"s","offset":2147483648}`},
			"Offset (2147483648) cannot be greater than size of the containing file (1073741824)", 0, 0, ""},
		{[]string{null, `{"driver":"raw","node-name":"f","file":"s","size":1000}`}, "Specified size is not multiple of 512", 0, 0, ""},
		{[]string{null, `{"driver":"raw","node-name":"f","file":"s"}`, `{"driver":"copy-on-read","node-name":"c","file":"f"}`}, "", 1, 1 << 30, "off"},
		{[]string{null, `{"driver":"copy-on-read","node-name":"c","file":"s"}`, `{"driver":"copy-on-read","node-name":"c2","file":"c"}`}, "", 2, 1 << 30, "off"},
	} {
		l := New(release.V7_2, testHost)
		got := ""
		var last string
		for _, a := range c.args {
			o, err := ParseBlockdev(release.V7_2, "x86_64", a)
			if err == nil {
				err = l.Add(o)
			}
			if err != nil {
				got = err.Error()
				break
			}
			last, _ = str(o, "node-name")
		}
		if got != c.want {
			t.Errorf("%v: %q, want %q", c.args, got, c.want)
			continue
		}
		if got != "" {
			continue
		}
		n := l.Node(last)
		if n.BackingDepth() != c.depth || n.Size != c.size || n.DetectZeroes() != c.detectZero {
			t.Errorf("%v: depth %d, size %d, detect-zeroes %s; want %d, %d, %s", c.args, n.BackingDepth(), n.Size, n.DetectZeroes(), c.depth, c.size, c.detectZero)
		}
	}
}
