package cmdline

import "strconv"

// The -spice display (ui/spice-core.c). Only what a line shows before
// any client connects is simulated: the options (one merged QemuOpts
// list, the last value of a key wins), qemu_spice_init's OpenGL check and
// query-spice on a unix socket (engine/monitor). 10.0's build has no spice
// at all (release.SpiceModulesPackage, refused while options are read).

// spiceOpts are the -spice options' keys and last values, nil without
// -spice.
func (o *Options) spiceOpts() map[string]string {
	if len(o.spice) == 0 {
		return nil
	}
	m := map[string]string{}
	for _, v := range o.spice {
		keys, vals := qemuOpts(v, "")
		for k, x := range lastValues(keys, vals) {
			m[k] = x
		}
	}
	return m
}

// OptsBool is qemu_opt_get_bool's reading of a value that was given.
func OptsBool(v string) bool {
	switch v {
	case "on", "yes", "true", "y":
		return true
	}
	return false
}

// spiceInit is qemu_spice_init's OpenGL check, reported with no option
// location and fatal: gl=on is local only, and needs a DRM render node
// (egl_rendernode_init), which the simulated host, like the recording
// hosts, has not. It returns what QEMU prints, or "".
func (o *Options) spiceInit(prog string) string {
	opts := o.spiceOpts()
	if opts == nil || !OptsBool(opts["gl"]) {
		return ""
	}
	port, _ := strconv.ParseInt(opts["port"], 0, 64)
	tls, _ := strconv.ParseInt(opts["tls-port"], 0, 64)
	if port != 0 || tls != 0 {
		return prog + ": SPICE GL support is local-only for now and incompatible with -spice port/tls-port\n"
	}
	return prog + ": egl: no drm render node available\n" + prog + ": Failed to initialize EGL render node for SPICE GL\n"
}
