package monitor

import (
	"fmt"

	"hotpluglab/engine/cmdline"
	"hotpluglab/engine/keyval"
)

// HMP wavcapture, stopcapture and info capture (audio/wavcapture.c): a
// capture of an -audiodev's output into a wave file, listed newest first.
// The simulated guest plays nothing, so every file stays at 0 bytes.
// Measured on both releases (m15-*-wavcapture).

type wavCapture struct {
	path                  string
	freq, bits, nchannels int64
}

func (mon *Monitor) hasAudiodev(id string) bool {
	specs, _ := mon.M.Extra[cmdline.AudiodevsKey].([]string)
	for _, s := range specs {
		d, _, _ := keyval.Parse(s, "driver")
		if got, _ := d.String("id"); got == id {
			return true
		}
	}
	return false
}

func init() {
	registerLater(func() {
		RegisterHMP(&HMPCommand{Name: "wavcapture", Run: func(mon *Monitor, a Args) string {
			id := str(a, "audiodev")
			if !mon.hasAudiodev(id) {
				return line(mon.M.Release().WavcaptureNoAudiodev, id)
			}
			c := wavCapture{path: str(a, "path"), freq: 44100, bits: 16, nchannels: 2}
			if v, ok := a.Int("freq"); ok {
				c.freq = v
			}
			if v, ok := a.Int("bits"); ok {
				c.bits = v
			}
			if v, ok := a.Int("nchannels"); ok {
				c.nchannels = v
			}
			// wav_start_capture's checks.
			if c.bits != 8 && c.bits != 16 {
				return line("incorrect bit count %d, must be 8 or 16", c.bits) + "Failed to add wave capture\r\n"
			}
			if c.nchannels != 1 && c.nchannels != 2 {
				return line("incorrect channel count %d, must be 1 or 2", c.nchannels) + "Failed to add wave capture\r\n"
			}
			if c.freq <= 0 { // audio_validate_settings, from AUD_add_capture
				fmtName := map[int64]string{8: "U8", 16: "S16"}[c.bits]
				mon.WriteStderr("audio: Invalid settings were passed when trying to add capture\n" +
					fmt.Sprintf("audio: frequency=%d nchannels=%d fmt=%s endianness=little\n", c.freq, c.nchannels, fmtName))
				return "Failed to add audio capture\r\nFailed to add wave capture\r\n"
			}
			mon.captures = append([]wavCapture{c}, mon.captures...)
			return ""
		}})
		RegisterHMP(&HMPCommand{Name: "stopcapture", Run: func(mon *Monitor, a Args) string {
			if n, _ := a.Int("n"); n >= 0 && int(n) < len(mon.captures) {
				mon.captures = append(mon.captures[:n:n], mon.captures[n+1:]...)
			}
			return ""
		}})
		RegisterInfo(&HMPCommand{Name: "capture", Run: func(mon *Monitor, _ Args) string {
			out := ""
			for i, c := range mon.captures {
				out += fmt.Sprintf("[%d]: Capturing audio(%d,%d,%d) to %s: 0 bytes\r\n", i, c.freq, c.bits, c.nchannels, c.path)
			}
			return out
		}})
	})
}
