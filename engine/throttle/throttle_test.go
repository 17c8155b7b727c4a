package throttle

import "testing"

// throttle_is_valid's answers, as QEMU 7.2 and 10.0 gave them to
// block_set_io_throttle (testdata/oracle block round b4, bk-x-throttle-limits).
func TestValid(t *testing.T) {
	type set func(c *Config)
	b := func(i int, avg, max, burst uint64) set {
		return func(c *Config) { c.Buckets[i] = Bucket{avg, max, burst} }
	}
	for _, c := range []struct {
		name string
		sets []set
		want string
	}{
		{"none", nil, ""},
		{"max alone", []set{b(BPSTotal, 0, 100, 1)}, "bps_max/iops_max require corresponding bps/iops values"},
		{"max below avg", []set{b(BPSTotal, 100, 50, 1)}, "bps_max/iops_max cannot be lower than bps/iops"},
		{"total and read", []set{b(BPSTotal, 100, 0, 1), b(BPSRead, 1, 0, 1)}, "bps/iops/max total values and read/write values cannot be used at the same time"},
		{"total max and read max", []set{b(BPSTotal, 10, 100, 1), b(BPSRead, 0, 100, 1)}, "bps/iops/max total values and read/write values cannot be used at the same time"},
		{"size alone", []set{func(c *Config) { c.OpSize = 4096 }}, "iops size requires an iops value to be set"},
		{"too big", []set{b(BPSTotal, 2000000000000000, 0, 1)}, "bps/iops/max values must be within [0, 1000000000000000]"},
		{"negative", []set{b(BPSTotal, ^uint64(0), 0, 1)}, "bps/iops/max values must be within [0, 1000000000000000]"},
		{"burst 0", []set{b(BPSTotal, 100, 200, 0)}, "the burst length cannot be 0"},
		{"burst without rate", []set{b(BPSTotal, 100, 0, 2)}, "burst length set without burst rate"},
		{"burst too long", []set{b(BPSTotal, 100, ValueMax, 2)}, "burst length too high for this burst rate"},
		{"ops max below", []set{b(OpsTotal, 10, 5, 1)}, "bps_max/iops_max cannot be lower than bps/iops"},
		{"valid", []set{b(BPSTotal, 100, 200, 5), b(OpsTotal, 10, 0, 1), func(c *Config) { c.OpSize = 512 }}, ""},
	} {
		cfg := New()
		for _, s := range c.sets {
			s(cfg)
		}
		got := ""
		if err := cfg.Valid(); err != nil {
			got = err.Error()
		}
		if got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}

func TestEnabled(t *testing.T) {
	c := New()
	if c.Enabled() {
		t.Error("a new configuration throttles")
	}
	c.Buckets[OpsWrite].Max = 1
	if !c.Enabled() {
		t.Error("a burst rate alone does not throttle")
	}
}
