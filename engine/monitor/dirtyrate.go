package monitor

import (
	"encoding/json"
	"fmt"
	"strings"

	"hotpluglab/engine/machine"
	"hotpluglab/engine/qjson"
)

// calc-dirty-rate and calc_dirty_rate (migration/dirtyrate.c) under TCG:
// the checks in QEMU's order, then a measurement that the simulator has no
// guest writes for. Once one starts it stays "measuring" here (the real one
// ends after its period, on the host's clock).

type dirtyRate struct {
	measuring   bool
	mode        string
	samplePages int64
	calcTimeMS  int64
	startMS     int64
}

// calcDirtyRate is qmp_calc_dirty_rate with the period in milliseconds.
func (mon *Monitor) calcDirtyRate(calcMS int64, samplePages int64, hasSamplePages bool, mode string) *Error {
	rel := mon.M.Release()
	if mon.dirty.measuring {
		return GenericError("the dirty rate is already being measured.")
	}
	if rel.DirtyRateMS {
		if calcMS < 50 || calcMS > 60000 {
			return GenericError("Calculation time is out of range [50ms, 60000ms].")
		}
	} else if calcMS < 1000 || calcMS > 60000 {
		return GenericError("calc-time is out of range[1, 60].")
	}
	if rel.DirtyRateMS && hasSamplePages && mode != "page-sampling" {
		return GenericError("sample-pages is used only in page-sampling mode")
	}
	if !hasSamplePages {
		samplePages = 512
	} else if samplePages < 128 || samplePages > 16384 {
		return GenericError("sample-pages is out of range[128, 16384].")
	}
	if mode == "dirty-ring" { // no KVM dirty ring under TCG
		return GenericError("mode dirty-ring is not enabled, use other method instead.")
	}
	if mode == "dirty-bitmap" && rel.DirtyBitmapSIGSEGVX86 && !mon.M.IsSPAPR() {
		mon.crash(&machine.Crash{Signal: 11})
		return nil
	}
	mon.dirty = dirtyRate{measuring: true, mode: mode, samplePages: samplePages, calcTimeMS: calcMS, startMS: mon.Now() / 1000}
	mon.Note("The dirty rate measurement is not simulated: it stays \"measuring\" (the guest writes no pages here).")
	return nil
}

// dirtyRateStatus is query-dirty-rate's reply while measuring.
func (mon *Monitor) dirtyRateStatus(unitMS bool) qjson.Object {
	d := mon.dirty
	o := qjson.O("status", "measuring", "sample-pages", d.samplePages, "mode", d.mode)
	calc := d.calcTimeMS / 1000
	if mon.M.Release().DirtyRateMS {
		unit := "second"
		if unitMS {
			unit, calc = "millisecond", d.calcTimeMS
		}
		o = append(o, qjson.Member{Key: "calc-time-unit", Value: unit})
	}
	return append(o, qjson.O("start-time", d.startMS, "calc-time", calc)...)
}

func init() {
	registerLater(func() {
		RegisterQMP("calc-dirty-rate", func(mon *Monitor, a qjson.Object) (any, *Error) {
			t, _ := a.Get("calc-time")
			calc := toInt64(t)
			if u, _ := a.Get("calc-time-unit"); u != "millisecond" {
				calc *= 1000
			}
			sp, hasSP := a.Get("sample-pages")
			mode := "page-sampling"
			if m, ok := a.Get("mode"); ok {
				mode = orEmpty(m)
			}
			if err := mon.calcDirtyRate(calc, toInt64(sp), hasSP, mode); err != nil {
				return nil, err
			}
			return qjson.Object{}, nil
		})
		RegisterQMP("query-dirty-rate", func(mon *Monitor, a qjson.Object) (any, *Error) {
			u, _ := a.Get("calc-time-unit")
			if !mon.dirty.measuring {
				r, err := mon.unmodelled("query-dirty-rate", nil)
				// The recorded reply before any measurement; the unit asked for is echoed.
				if raw, ok := r.(qjson.Raw); ok && u == "millisecond" {
					r = qjson.Raw(strings.Replace(string(raw), `"calc-time-unit": "second"`, `"calc-time-unit": "millisecond"`, 1))
				}
				return r, err
			}
			return mon.dirtyRateStatus(u == "millisecond"), nil
		})
		RegisterHMP(&HMPCommand{Name: "calc_dirty_rate", Run: func(mon *Monitor, a Args) string {
			sec, _ := a.Int("second")
			sp, hasSP := a.Int("sample_pages_per_GB")
			if sec == 0 {
				return "Incorrect period length specified!\r\n"
			}
			ring, bitmap := a.Bool("dirty_ring"), a.Bool("dirty_bitmap")
			mode := "page-sampling"
			switch {
			case ring && bitmap:
				return "Either dirty ring or dirty bitmap can be specified!\r\n"
			case bitmap:
				mode = "dirty-bitmap"
			case ring:
				mode = "dirty-ring"
			}
			if err := mon.calcDirtyRate(sec*1000, sp, hasSP, mode); err != nil {
				return "Error: " + err.Desc + "\r\n"
			}
			if mon.Crashed != nil {
				return ""
			}
			return fmt.Sprintf("Starting dirty rate measurement with period %d seconds\r\n[Please use 'info dirty_rate' to check results]\r\n", sec)
		}})
		RegisterInfo(&HMPCommand{Name: "dirty_rate", Run: func(mon *Monitor, _ Args) string {
			if !mon.dirty.measuring {
				return mon.fixed().hmp["info dirty_rate"]
			}
			d := mon.dirty
			return fmt.Sprintf("Status: measuring\r\nStart Time: %d (ms)\r\nSample Pages: %d (per GB)\r\nPeriod: %d (sec)\r\nMode: %s\r\nDirty rate: (not ready)\r\n",
				d.startMS, d.samplePages, d.calcTimeMS/1000, d.mode)
		}})
	})
}

// toInt64 is a QAPI-checked integer argument (0 when absent).
func toInt64(v any) int64 {
	n, _ := v.(json.Number)
	i, _ := n.Int64()
	return i
}
