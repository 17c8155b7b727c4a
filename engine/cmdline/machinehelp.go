package cmdline

import (
	"encoding/json"
	"strings"

	"hotpluglab/engine/keyval"
	"hotpluglab/engine/lazyre"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/qemuopts"
	"hotpluglab/engine/release"
)

// machineHelp is -machine ...,help at the option that asks: the
// properties of the machine type the options so far name ("pc" resolved
// to its type), else the list of machine types (no type, or an unknown
// one), exit 0.
func machineHelp(rel *release.Release, target machinetype.Target, d *keyval.Dict) *exit {
	if name, ok := d.String("type"); ok {
		if m := machinetype.Lookup(rel, target, name); m != nil {
			if body, ok := machineProps(rel.Text("machine-props-"+string(target)+".txt"), m.Name); ok {
				return &exit{code: 0, stdout: m.Name + "-machine options:\n" + body}
			}
		}
	}
	return &exit{code: 0, stdout: rel.Text(string(target) + "-machine-help.txt")}
}

// machineProps finds a type's property list in record_machine_help.py's
// file: "== TYPE TYPE ..." lines head the list those types share.
func machineProps(text, typ string) (string, bool) {
	for _, sec := range strings.Split("\n"+text, "\n== ")[1:] {
		head, body, _ := strings.Cut(sec, "\n")
		for _, t := range strings.Fields(head) {
			if t == typ {
				if body != "" && !strings.HasSuffix(body, "\n") {
					body += "\n"
				}
				return body, true
			}
		}
	}
	return "", false
}

// optsHelp is qemu_opts_print_help for an option list asked for help
// while its option is parsed (`-rtc help`, `-msg timestamp=on,help`,
// `-chardev null,help`): the list recorded by record_opts_help.py, with
// QEMU's exit status; nil when v asks for no help or the list has none.
func optsHelp(rel *release.Release, target machinetype.Target, opt, v string) *exit {
	params := qemuopts.Split(v)
	asks := false
	for i, p := range params {
		if !keyval.IsHelpOption(p) {
			continue
		}
		switch {
		case opt == "global" && len(params) > 1: // qemu_global_option: DRIVER.PROP=VALUE
		case opt == "chardev" && i == 0: // the backend's place: the backends' list
		default:
			asks = true
		}
	}
	if !asks {
		return nil
	}
	text := rel.Text("opts-help-" + string(target) + ".txt")
	for _, sec := range strings.Split("\n"+text, "\n== ")[1:] {
		head, body, _ := strings.Cut(sec, "\n")
		name, code, _ := strings.Cut(head, " ")
		if name != opt {
			continue
		}
		if !strings.HasSuffix(body, "\n") {
			body += "\n"
		}
		return &exit{code: atoi(code), stdout: body}
	}
	return nil
}

// moduleHelp is `-display help` / `-audiodev help` as the release's binary
// printed it (record_opts_help.py): what its installed modules provide
// on stdout, the modules it lacks on stderr; nil when not recorded.
func moduleHelp(rel *release.Release, target machinetype.Target, opt string) *exit {
	var all map[string]struct {
		Exit           int
		Stdout, Stderr string
	}
	if json.Unmarshal([]byte(rel.Text("help-modules-"+string(target)+".json")), &all) != nil {
		return nil
	}
	h, ok := all[opt]
	if !ok {
		return nil
	}
	return &exit{code: h.Exit, stdout: h.Stdout, raw: true, msg: h.Stderr}
}

// MachineTypeProps are the properties `-machine TYPE,help` lists for a
// machine type (its classes' settable ones): type and description by name.
func MachineTypeProps(rel *release.Release, target machinetype.Target, typ string) (map[string][2]string, bool) {
	body, ok := machineProps(rel.Text("machine-props-"+string(target)+".txt"), typ)
	if !ok {
		return nil, false
	}
	out := map[string][2]string{}
	for _, m := range machinePropLine().FindAllStringSubmatch(body, -1) {
		out[m[1]] = [2]string{m[2], m[3]}
	}
	return out, true
}

// machinePropLine: "  memory-backend=<link<memory-backend>> - Set RAM backend..."
var machinePropLine = lazyre.New(`(?m)^\s+(\S+)=<(\S*)>(?:\s+- (.*))?$`)
