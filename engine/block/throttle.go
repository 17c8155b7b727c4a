package block

import (
	"errors"
	"fmt"

	"hotpluglab/engine/qjson"
	"hotpluglab/engine/throttle"
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

var throttleBuckets = []string{"bps", "bps_rd", "bps_wr", "iops", "iops_rd", "iops_wr"} // throttle's order

// SetThrottle is qmp_block_set_io_throttle on a backend: the limits are
// checked as throttle_is_valid does; all zero turns throttling off. The
// group defaults to the name the backend was found by (device or id).
func (l *Layer) SetThrottle(b *Backend, limits map[string]int64, group, foundBy string) error {
	if b.anonPath != "" {
		defer func() {
			if l.anonThrottle == nil {
				l.anonThrottle = map[string]*Throttle{}
			}
			l.anonThrottle[b.anonPath] = b.Throttle
		}()
	}
	if b.Root == nil {
		return errors.New("Device has no medium")
	}
	cfg := throttle.New()
	for i, k := range throttleBuckets {
		bk := &cfg.Buckets[i]
		bk.Avg, bk.Max = uint64(limits[k]), uint64(limits[k+"_max"])
		if n, ok := limits[k+"_max_length"]; ok {
			bk.BurstLength = uint64(n)
		}
	}
	cfg.OpSize = uint64(limits["iops_size"])
	if err := cfg.Valid(); err != nil {
		return err
	}
	if !cfg.Enabled() {
		b.Throttle = nil
		return nil
	}
	// Limits already on keep their group unless one is given.
	if group == "" && b.Throttle != nil {
		group = b.Throttle.Group
	}
	if group == "" {
		group = foundBy
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
