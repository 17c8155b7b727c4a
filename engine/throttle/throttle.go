// Package throttle is QEMU's I/O throttling configuration (util/throttle.c):
// six leaky buckets and the checks throttle_is_valid makes of them, shared
// by block_set_io_throttle and the throttle-group object.
package throttle

import (
	"errors"
	"fmt"
)

// The buckets, in QEMU's order (BucketType).
const (
	BPSTotal = iota
	BPSRead
	BPSWrite
	OpsTotal
	OpsRead
	OpsWrite
	Buckets
)

// ValueMax is THROTTLE_VALUE_MAX.
const ValueMax = 1000000000000000

// Bucket is a LeakyBucket's configuration: the average rate, the burst
// rate and how long a burst may last (seconds, 1 unless set).
type Bucket struct {
	Avg, Max, BurstLength uint64
}

// Config is a ThrottleConfig.
type Config struct {
	Buckets [Buckets]Bucket
	OpSize  uint64
}

// New is throttle_config_init: every burst length 1.
func New() *Config {
	c := &Config{}
	for i := range c.Buckets {
		c.Buckets[i].BurstLength = 1
	}
	return c
}

// Valid is throttle_is_valid, its checks in its order.
func (c *Config) Valid() error {
	b := &c.Buckets
	both := func(total, read, write uint64) bool { return total != 0 && (read != 0 || write != 0) }
	if both(b[BPSTotal].Avg, b[BPSRead].Avg, b[BPSWrite].Avg) || both(b[OpsTotal].Avg, b[OpsRead].Avg, b[OpsWrite].Avg) ||
		both(b[BPSTotal].Max, b[BPSRead].Max, b[BPSWrite].Max) || both(b[OpsTotal].Max, b[OpsRead].Max, b[OpsWrite].Max) {
		return errors.New("bps/iops/max total values and read/write values cannot be used at the same time")
	}
	if c.OpSize != 0 && b[OpsTotal].Avg == 0 && b[OpsRead].Avg == 0 && b[OpsWrite].Avg == 0 {
		return errors.New("iops size requires an iops value to be set")
	}
	for _, k := range b {
		switch {
		case k.Avg > ValueMax || k.Max > ValueMax:
			return fmt.Errorf("bps/iops/max values must be within [0, %d]", ValueMax)
		case k.BurstLength == 0:
			return errors.New("the burst length cannot be 0")
		case k.BurstLength > 1 && k.Max == 0:
			return errors.New("burst length set without burst rate")
		case k.Max != 0 && k.BurstLength > ValueMax/k.Max:
			return errors.New("burst length too high for this burst rate")
		case k.Max != 0 && k.Avg == 0:
			return errors.New("bps_max/iops_max require corresponding bps/iops values")
		case k.Max != 0 && k.Max < k.Avg:
			return errors.New("bps_max/iops_max cannot be lower than bps/iops")
		}
	}
	return nil
}

// Enabled is throttle_enabled: some bucket has a rate.
func (c *Config) Enabled() bool {
	for _, k := range c.Buckets {
		if k.Avg != 0 || k.Max != 0 {
			return true
		}
	}
	return false
}
