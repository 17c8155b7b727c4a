package block

import (
	"errors"
	"fmt"
	"strings"

	"hotpluglab/engine/qjson"
)

// I/O throttling of a BlockBackend (block_set_io_throttle,
// throttle_is_valid): its limits and group, as query-block and `info
// block` show them.

// Throttle is a backend's limits; keys are ThrottleLimits' names (bps,
// bps_rd, ..., iops_max_length, iops_size).
type Throttle struct {
	Limits map[string]int64
	Group  string
}

const throttleValueMax = 1000000000000000

var throttleBuckets = []string{"bps", "bps_rd", "bps_wr", "iops", "iops_rd", "iops_wr"}

// SetThrottle is qmp_block_set_io_throttle on a backend: the limits are
// checked as throttle_is_valid does; all zero turns throttling off.
func (l *Layer) SetThrottle(b *Backend, limits map[string]int64, group string) error {
	if b.Root == nil {
		return errors.New("Device has no medium")
	}
	for k, v := range limits {
		if (v < 0 || v > throttleValueMax) && !strings.HasSuffix(k, "_length") && k != "iops_size" {
			return fmt.Errorf("bps/iops/max values must be within [0, %d]", int64(throttleValueMax))
		}
	}
	if limits["bps"] != 0 && (limits["bps_rd"] != 0 || limits["bps_wr"] != 0) ||
		limits["iops"] != 0 && (limits["iops_rd"] != 0 || limits["iops_wr"] != 0) {
		return errors.New("bps/iops/max total values and read/write values cannot be used at the same time")
	}
	for _, k := range throttleBuckets {
		if m := limits[k+"_max"]; m != 0 && limits[k] == 0 {
			return errors.New("bps_max/iops_max require corresponding bps/iops values")
		} else if m != 0 && m < limits[k] {
			return errors.New("bps_max/iops_max cannot be lower than bps/iops values")
		}
	}
	on := false
	for _, k := range throttleBuckets {
		on = on || limits[k] != 0 || limits[k+"_max"] != 0
	}
	if !on {
		b.Throttle = nil
		return nil
	}
	if group == "" {
		group = b.Name
		if group == "" {
			group = b.Root.Name
		}
	}
	b.Throttle = &Throttle{Limits: limits, Group: group}
	return nil
}

// throttled adds the limits to BlockDeviceInfo (bdrv_block_device_info).
func (t *Throttle) throttled(in qjson.Object) qjson.Object {
	for _, k := range throttleBuckets {
		in.Set(k, t.Limits[k])
		if m := t.Limits[k+"_max"]; m != 0 {
			in.Set(k+"_max", m)
			n := t.Limits[k+"_max_length"]
			if n == 0 {
				n = 1
			}
			in.Set(k+"_max_length", n)
		}
	}
	if s := t.Limits["iops_size"]; s != 0 {
		in.Set("iops_size", s)
	}
	in.Set("group", t.Group)
	return in
}

// line is `info block`'s "I/O throttling:" line.
func (t *Throttle) line() string {
	v := func(k string) int64 { return t.Limits[k] }
	return fmt.Sprintf("    I/O throttling:   bps=%d bps_rd=%d bps_wr=%d bps_max=%d bps_rd_max=%d bps_wr_max=%d"+
		" iops=%d iops_rd=%d iops_wr=%d iops_max=%d iops_rd_max=%d iops_wr_max=%d iops_size=%d group=%s\n",
		v("bps"), v("bps_rd"), v("bps_wr"), v("bps_max"), v("bps_rd_max"), v("bps_wr_max"),
		v("iops"), v("iops_rd"), v("iops_wr"), v("iops_max"), v("iops_rd_max"), v("iops_wr_max"), v("iops_size"), t.Group)
}
