package monitor

import "testing"

// Behaviours of round 15's commands the recorded cases do not pin.
// (cvtstr's three decimals were measured by m16-*-m-memsave-lengths.)

func TestCvtstr(t *testing.T) {
	for _, c := range []struct {
		v    float64
		want string
	}{
		{0, "0 bytes"}, {512, "512 bytes"}, {1024, "1 KiB"}, {1536, "1.500 KiB"},
		{64 << 20, "64 MiB"}, {3 << 30, "3 GiB"}, {1 << 40, "1 TiB"},
	} {
		if got := cvtstr(c.v); got != c.want {
			t.Errorf("cvtstr(%v) = %q, want %q", c.v, got, c.want)
		}
	}
}

func TestNBDAddress(t *testing.T) {
	for _, c := range []struct {
		uri string
		ok  bool
	}{
		{"unix:/tmp/s", true}, {"fd:3", true}, {"vsock:3:10809", true}, {"localhost:10809", true},
		{":10809", true}, {"help", false}, {"", false},
	} {
		if err := nbdAddress(c.uri); (err == nil) != c.ok {
			t.Errorf("nbdAddress(%q) = %v, want ok=%v", c.uri, err, c.ok)
		}
	}
}

func TestAERSupported(t *testing.T) {
	for _, c := range []struct {
		status      uint64
		correctable bool
		ok          bool
	}{
		{0x10, false, true}, {0x4000, false, true}, {0x1, false, false}, {0x30, false, false},
		{0x1, true, true}, {0x40, true, true}, {0x10, true, false},
	} {
		if got := aerSupported(c.status, c.correctable); got != c.ok {
			t.Errorf("aerSupported(%#x, %v) = %v, want %v", c.status, c.correctable, got, c.ok)
		}
	}
}
