package cmdline

import (
	"errors"
	"fmt"
	"strings"

	"hotpluglab/engine/hostfs"
	"hotpluglab/engine/qemuopts"
)

// pluginOption is qemu_plugin_opt_parse on one -plugin (QemuOpts with the
// implied key "file", every other key the plugin's argument): plugin_add
// starts a plugin at each file= and gives it the keys after it. It returns
// the paths named and the warnings printed at the option (the deprecated
// arg= form), or plugin_add's refusal.
func pluginOption(opt, v string) (paths, warnings []string, err error) {
	keys, vals := qemuOpts(v, "file")
	have := false
	for i, k := range keys {
		switch {
		case k == "file":
			if vals[i] == "" {
				return paths, warnings, errors.New("requires a non-empty argument")
			}
			paths, have = append(paths, vals[i]), true
		case !have:
			return paths, warnings, errors.New("missing earlier '-plugin file=' option")
		case k == "arg":
			if _, ok := qemuopts.ParseBool(vals[i]); ok {
				continue // arg=on: a plain argument named arg
			}
			full := vals[i]
			if !strings.Contains(full, "=") { // arg="name" is name=on
				full += "=on"
			}
			warnings = append(warnings, fmt.Sprintf("%s %s: warning: using 'arg=%s' is deprecated\nPlease use '%s' directly", opt, v, vals[i], full))
		}
	}
	return paths, warnings, nil
}

// pluginLoadError is qemu_plugin_load_list: g_module_open on each plugin
// in turn, and its error (dlerror's text, of the name GModule tried): a
// path that is not a regular file and has no suffix gets ".so" first
// (measured: "-plugin /tmp" fails on /tmp.so); a folder, or a file that is
// not a shared object (no image holds one), fails as dlopen does.
func pluginLoadError(host *hostfs.FS, paths []string) error {
	for _, p := range paths {
		name := p
		f, found := host.Lookup(p)
		if !found || f.Format == hostfs.Dir {
			if dot, slash := strings.LastIndexByte(p, '.'), strings.LastIndexByte(p, '/'); dot < 0 || dot < slash {
				name = p + ".so"
				f, found = host.Lookup(name)
			}
		}
		why := "cannot open shared object file: No such file or directory"
		switch {
		case !found:
		case f.Format == hostfs.Dir:
			why = "cannot read file data: Is a directory"
		case f.Length() < 64: // shorter than an ELF header
			why = "file too short"
		default:
			why = "invalid ELF header"
		}
		return fmt.Errorf("Could not load plugin %s: %s: %s", p, name, why)
	}
	return nil
}
