package cmdline

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"hotpluglab/engine/hotplug"
	"hotpluglab/engine/keyval"
	"hotpluglab/engine/machine"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/release"
)

// soundCards are the soundhw table's entries (hw/audio/soundhw.c): the
// model's description, the device it makes, and whether it sits on ISA.
// Which of them a release has is its SoundCards. hda's device is
// intel_hda_and_codec_init's controller with an hda-duplex codec on it.
var soundCards = map[string]struct {
	descr, typ string
	isa        bool
}{
	"ac97": {"Intel 82801AA AC97 Audio", "AC97", false}, "adlib": {"Yamaha YM3812 (OPL2)", "adlib", true},
	"cs4231a": {"CS4231A", "cs4231a", true}, "es1370": {"ENSONIQ AudioPCI ES1370", "ES1370", false},
	"gus": {"Gravis Ultrasound GF1", "gus", true}, "hda": {"Intel HD Audio", "intel-hda", false},
	"sb16": {"Creative Sound Blaster 16", "sb16", true}, "virtio": {"Virtio Sound", "virtio-sound-pci", false},
}

// soundCardList is show_valid_soundhw (stdout).
func soundCardList(rel *release.Release) string {
	var b strings.Builder
	b.WriteString("Valid sound card names (comma separated):\n")
	for _, c := range rel.SoundCards {
		fmt.Fprintf(&b, "%-11s %s\n", c, soundCards[c].descr)
	}
	return b.String()
}

// audioOption is vl.c's QEMU_OPTION_audio: keyval with "driver" implied,
// help for the drivers, the id audiodev0 unless given, the model taken
// out (7.2 needs one; 10.0 without one defines the default backend, which
// no device names), the rest visited as an Audiodev (audio_define), then
// select_soundhw: one model only, a known one.
func (o *Options) audioOption(rel *release.Release, target machinetype.Target, a, v string) error {
	loc := func(err error) error { return fmt.Errorf("%s %s: %s", a, v, err) }
	dict, help, err := keyval.Parse(v, "driver")
	if err != nil {
		return loc(err)
	}
	if drv, _ := dict.String("driver"); help || keyval.IsHelpOption(drv) {
		if h := moduleHelp(rel, target, "audiodev"); h != nil {
			return h
		}
		return &exit{code: 0}
	}
	model, hasModel := dict.String("model")
	if !hasModel && !rel.AudioModelOptional {
		return loc(errors.New("Parameter 'model' is missing"))
	}
	if hasModel && keyval.IsHelpOption(model) {
		return &exit{code: 0, stdout: soundCardList(rel)}
	}
	// The Audiodev: the option's elements without model=, with the id.
	var elems []string
	hasID := false
	for i, e := range splitKeepingEscapes(v) {
		k, _, eq := strings.Cut(e, "=")
		if !eq && i == 0 {
			if e != "" { // the implied driver ("" gives none)
				elems = append(elems, e)
			}
			continue
		}
		if k == "model" {
			continue
		}
		hasID = hasID || k == "id"
		elems = append(elems, e)
	}
	if !hasID {
		elems = append(elems, "id=audiodev0")
	}
	dev := strings.Join(elems, ",")
	if err := checkAudiodev(rel, dev); err != nil {
		return loc(err)
	}
	if !hasModel {
		return nil // audio_define_default: no id a device can name
	}
	o.audiodevs = append(o.audiodevs, dev)
	id := "audiodev0"
	keys, vals := qemuOpts(dev, "driver")
	for j, k := range keys {
		if k == "id" {
			id = vals[j]
		}
	}
	o.Registry.Audiodevs[id] = true
	if o.Registry.FirstAudiodev == "" {
		o.Registry.FirstAudiodev = id
	}
	if o.soundCard != "" {
		return loc(errors.New("only one -soundhw option is allowed"))
	}
	if !slices.Contains(rel.SoundCards, model) {
		return &exit{code: 1, stdout: soundCardList(rel), msg: fmt.Sprintf("%s %s: Unknown sound card name `%s'", a, v, model)}
	}
	o.soundCard, o.soundAudiodev = model, id
	return nil
}

// splitKeepingEscapes splits a keyval string at its single commas, ",,"
// kept as written.
func splitKeepingEscapes(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] != ',' {
			continue
		}
		if i+1 < len(s) && s[i+1] == ',' {
			i++
			continue
		}
		out = append(out, s[start:i])
		start = i + 1
	}
	return append(out, s[start:])
}

// soundHWInit is soundhw_init, first in qemu_create_cli_devices: the
// model's device on the ISA or PCI bus, its audiodev set; errors carry no
// location (error_fatal).
func (o *Options) soundHWInit(m *machine.Machine) error {
	if o.soundCard == "" {
		return nil
	}
	c := soundCards[o.soundCard]
	dev := c.typ + ",audiodev=" + o.soundAudiodev
	if o.soundCard == "hda" {
		dev = c.typ
	}
	if _, err := hotplug.ColdPlug(m, dev); err != nil {
		if strings.HasPrefix(err.Error(), "No 'ISA' bus found") {
			return fmt.Errorf("ISA bus not available for %s", o.soundCard)
		}
		if strings.HasPrefix(err.Error(), "No 'PCI' bus found") {
			return fmt.Errorf("PCI bus not available for %s", o.soundCard)
		}
		return err
	}
	if o.soundCard == "hda" {
		if _, err := hotplug.ColdPlug(m, "hda-duplex,audiodev="+o.soundAudiodev); err != nil {
			return err
		}
	}
	return nil
}

// audioBackends is audio_init_audiodevs: each -audiodev (and -audio with
// a model) in order, its driver looked up among those the recorded
// `-audiodev help` lists; a missing module is reported as the release
// words it (release.AudioUnknownDriver; 7.2 names the module first).
func (o *Options) audioBackends(rel *release.Release, target machinetype.Target) error {
	if len(o.audiodevs) == 0 {
		return nil // nothing to look up: the recorded help stays unread
	}
	h := moduleHelp(rel, target, "audiodev")
	if h == nil || rel.AudioUnknownDriver == "" {
		return nil
	}
	available := strings.Split(strings.TrimPrefix(h.stdout, "Available audio drivers:\n"), "\n")
	for _, dev := range o.audiodevs {
		keys, vals := qemuOpts(dev, "driver")
		drv := ""
		for j, k := range keys {
			if k == "driver" {
				drv = vals[j]
			}
		}
		if drv == "spice" && slices.Contains(available, drv) && rel.AudioDriverInitFailed != "" && !o.spiceGiven() {
			// audio_driver_init: spice's init wants a spice display
			return &exit{code: 1, raw: true, msg: fmt.Sprintf(rel.AudioDriverInitFailed, drv) + "\n"}
		}
		if drv == "" || slices.Contains(available, drv) {
			continue
		}
		msg := ""
		for _, l := range strings.SplitAfter(h.msg, "\n") {
			if strings.Contains(l, "module audio-audio-"+drv+" ") {
				msg += l
			}
		}
		text := fmt.Sprintf(rel.AudioUnknownDriver, drv)
		if pkg := rel.AudioModulePackage; pkg != nil {
			text = fmt.Sprintf(rel.AudioUnknownDriver, drv, pkg(drv))
		}
		if strings.HasPrefix(text, "audio: ") { // AUD_log's own prefix
			return &exit{code: 1, raw: true, msg: msg + text + "\n"}
		}
		return &exit{code: 1, raw: true, msg: msg + target.Binary() + ": " + text + "\n"}
	}
	return nil
}

// spiceGiven: a -spice option was given (accepted, not simulated).
func (o *Options) spiceGiven() bool {
	return slices.ContainsFunc(o.NotSimulated, func(a string) bool { return strings.HasPrefix(strings.TrimLeft(a, "-"), "spice ") })
}

// ac97InputVoices are the input voices AC97's reset opens (reset_voices:
// PCM in, then the microphone; PCM out needs none here).
var ac97InputVoices = []string{"ac97.pi", "ac97.mc"}

// audioVoiceFailures is what opening a device's input voices logs when its
// backend has no input voices: wav records nothing (max_voices_in 0), and
// in.voices=0 leaves none. AC97 opens them at realize and at every reset.
func (o *Options) audioVoiceFailures(rel *release.Release, dev string) []string {
	typ, rest, _ := strings.Cut(dev, ",")
	if typ != "AC97" || rel.AudioVoiceFailed == "" {
		return nil
	}
	id := ""
	for _, e := range strings.Split(rest, ",") {
		if v, ok := strings.CutPrefix(e, "audiodev="); ok {
			id = v
		}
	}
	for _, ad := range o.audiodevs {
		keys, vals := qemuOpts(ad, "driver")
		drv, adID, noInput := "", "", false
		for j, k := range keys {
			switch k {
			case "driver":
				drv = vals[j]
			case "id":
				adID = vals[j]
			case "in.voices":
				noInput = vals[j] == "0"
			}
		}
		if adID != id || id == "" {
			continue
		}
		if drv != "wav" && !noInput {
			return nil
		}
		var out []string
		for _, v := range ac97InputVoices {
			out = append(out, fmt.Sprintf(rel.AudioVoiceFailed, v)+"\n")
		}
		return out
	}
	return nil
}
