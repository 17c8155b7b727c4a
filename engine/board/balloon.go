package board

import (
	"errors"
	"math"
	"strings"

	"hotpluglab/engine/qdev"
)

// A virtio balloon's guest-stats-polling-interval is an object property
// (balloon_stats_get/set_poll_interval), no qdev one: qom-set changes it
// on a realized device. It reads 0 until set (measured on both releases).

// balloonOf is the balloon a property of d stands for: the device itself,
// or the proxy whose backend d is.
func balloonOf(d *qdev.Device) *qdev.Device {
	if d.Internal && d.Bus != nil && d.Bus.Parent != nil && isBalloon(d.Bus.Parent) {
		return d.Bus.Parent
	}
	if isBalloon(d) {
		return d
	}
	return nil
}

func isBalloon(d *qdev.Device) bool { return strings.HasPrefix(d.Type.Name, "virtio-balloon") }

// PollInterval is qom-get of guest-stats-polling-interval; ok is false
// for a device that is no balloon.
func (s *State) PollInterval(d *qdev.Device) (v int64, ok bool) {
	b := balloonOf(d)
	if b == nil {
		return 0, false
	}
	return s.pollInterval[b], true
}

// SetPollInterval is balloon_stats_set_poll_interval's checks and store.
func (s *State) SetPollInterval(d *qdev.Device, v int64) error {
	b := balloonOf(d)
	if b == nil {
		return errors.New("no balloon")
	}
	switch {
	case v < 0:
		return errors.New("timer value must be greater than zero")
	case v > math.MaxUint32:
		return errors.New("timer value is too big")
	}
	s.pollInterval[b] = v
	return nil
}

// GuestStatsNotWritable is qom-set of a balloon's guest-stats: a getter
// only (balloon_stats_get_all), the proxy's an alias of its backend's, so
// the refusal names the backend's type (measured on both releases).
func GuestStatsNotWritable(d *qdev.Device, prop string) error {
	b := balloonOf(d)
	if b == nil || prop != "guest-stats" {
		return nil
	}
	owner := b
	for _, bus := range b.Buses {
		for _, c := range bus.Children {
			if isVirtioBackend(bus, c) {
				owner = c
			}
		}
	}
	return errors.New("Property '" + owner.Type.Name + ".guest-stats' is not writable")
}
