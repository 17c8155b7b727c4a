package board

import "testing"

// TestInfoMice: hmp_info_mice's lines for query-mice lists (the x86 and
// pseries lists recorded with QEMU 7.2: PS/2 mouse #2 current).
func TestInfoMice(t *testing.T) {
	for _, c := range []struct {
		mice []MouseInfo
		want string
	}{
		{nil, "No mouse devices connected\n"},
		{[]MouseInfo{{"QEMU HID Tablet", 3, false, true}, {"QEMU PS/2 Mouse", 2, true, false}},
			"  Mouse #3: QEMU HID Tablet (absolute)\n* Mouse #2: QEMU PS/2 Mouse\n"},
		{[]MouseInfo{{"QEMU HID Mouse", 2, false, false}, {"QEMU HID Tablet", 1, true, true}},
			"  Mouse #2: QEMU HID Mouse\n* Mouse #1: QEMU HID Tablet (absolute)\n"},
	} {
		if got := InfoMice(c.mice); got != c.want {
			t.Errorf("InfoMice(%v) = %q, want %q", c.mice, got, c.want)
		}
	}
}
