package monitor

import (
	"encoding/json"
	"fmt"
	"hotpluglab/engine/block"
	"hotpluglab/engine/board"
	"hotpluglab/engine/chardev"
	"hotpluglab/engine/cmdline"
	"strconv"
	"strings"

	"hotpluglab/engine/lazyre"
	"hotpluglab/engine/machine"
	"hotpluglab/engine/numa"
	"hotpluglab/engine/qapi"
	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/qom"
	"hotpluglab/engine/release"
)

// Commands about what the simulated machine does not have, answered as
// QEMU answers on a machine without it (measured with -nodefaults, no
// disks, no network, no display, no migration under way): block devices,
// network backends, chardevs, file descriptors, migration, snapshots,
// record/replay, COLO, SPICE and VNC passwords. The device model answers
// for the devices it creates; these answer for the names it does not know.

// line is a plain output line.
func line(format string, a ...any) string { return fmt.Sprintf(format, a...) + "\r\n" }

func str(a Args, k string) string { s, _ := a.Str(k); return s }

// recordedSaying names, for each command, the recorded line (hmp-lines,
// record_monitor.py) it answers with, and the argument that replaces ARG
// (or 4242) in it.
var recordedSaying = map[string][2]string{
	"x_colo_lost_heartbeat": {"x_colo_lost_heartbeat"}, "migrate_pause": {"migrate_pause"}, "migrate_recover": {"migrate_recover ARG", "uri"},
	"exit_preconfig": {"exit_preconfig"}, "replay_break": {"replay_break 4242"}, "replay_delete_break": {"replay_delete_break"},
	"replay_seek": {"replay_seek 4242"}, "system_wakeup": {"system_wakeup"}, "cancel_vcpu_dirty_limit": {"cancel_vcpu_dirty_limit"},
	"xen-event-list": {"xen-event-list"}, "xen-event-inject": {"xen-event-inject 4242"},
	"savevm": {"savevm ARG"}, "loadvm": {"loadvm ARG"}, "getfd": {"getfd ARG"}, "closefd": {"closefd ARG", "fdname"},
	"set_password": {"set_password vnc p"}, "expire_password": {"expire_password vnc now"},
}

// said is a recorded answer with the argument put back.
func (mon *Monitor) said(line, arg string) string {
	text, ok := linesOf(mon.M.Release(), string(mon.Target))[line]
	if !ok {
		mon.Note(line + ": not recorded for this QEMU; the simulator has no answer.")
		return ""
	}
	return strings.NewReplacer("ARG", arg, "4242", arg).Replace(text)
}

var hmpLines perBinary[map[string]string]

func linesOf(rel *release.Release, target string) map[string]string {
	return hmpLines.get(rel.Name+"/"+target, func() map[string]string {
		l := map[string]string{}
		_ = json.Unmarshal([]byte(rel.Text("hmp-lines-"+target+".json")), &l)
		return l
	})
}

func init() {
	registerLater(func() {
		for name, say := range recordedSaying {
			RegisterHMP(&HMPCommand{Name: name, Run: func(mon *Monitor, a Args) string {
				if strings.HasSuffix(name, "_password") {
					switch str(a, "protocol") {
					case "vnc":
						if mon.vncPasswordAuth() {
							return "" // a VNC server with password auth takes it
						}
					case "spice": // qemu_using_spice (measured m15-*-display-none)
						return "Error: SPICE is not in use\r\n"
					}
				}
				arg := ""
				if say[1] != "" {
					arg = str(a, say[1])
				}
				return mon.said(say[0], arg)
			}})
		}
		for name, f := range map[string]func(mon *Monitor, a Args) string{
			"commit": func(mon *Monitor, a Args) string {
				if d := str(a, "device"); d != "all" {
					return mon.said("commit ARG", d)
				}
				return ""
			},
			"snapshot_blkdev": func(mon *Monitor, a Args) string {
				if _, ok := a.Str("snapshot-file"); !ok {
					return mon.said("snapshot_blkdev ARG", str(a, "device"))
				}
				return mon.said("snapshot_blkdev ARG f", str(a, "device"))
			},
			"client_migrate_info": func(mon *Monitor, a Args) string {
				if p := str(a, "protocol"); p != "spice" {
					return mon.said("client_migrate_info ARG h", p)
				}
				return mon.said("client_migrate_info spice h", "")
			},
			"gdbserver": func(mon *Monitor, a Args) string {
				if d, ok := a.Str("device"); ok && d == "none" {
					return mon.said("gdbserver none", "")
				}
				d, ok := a.Str("device")
				if !ok {
					d = "tcp::1234"
				}
				mon.Note("gdbserver is not simulated: QEMU would listen for a debugger on the host.")
				return line("Waiting for gdb connection on device '%s'", d)
			},
			"migrate_continue": func(mon *Monitor, a Args) string {
				st := str(a, "state")
				if !qapi.For(mon.M.Release(), string(mon.Target)).EnumHas("pre-switchover", st) {
					return mon.said("migrate_continue ARG", st)
				}
				if st == "none" { // the state no migration leaves
					return ""
				}
				return mon.said("migrate_continue pre-switchover", "")
			},
			"migrate_start_postcopy": func(mon *Monitor, a Args) string {
				if err := mon.startPostcopy(); err != nil {
					return "Error: " + err.Desc + "\r\n"
				}
				return ""
			},
			"watchdog_action": func(mon *Monitor, a Args) string {
				// QEMU lowercases the action first (its answer says "arg" for ARG).
				act := strings.ToLower(str(a, "action"))
				// qapi_enum_parse of WatchdogAction (7.2's help omits inject-nmi, which it takes).
				if !qapi.For(mon.M.Release(), string(mon.Target)).EnumHasAll("inject-nmi", "debug", act) {
					return strings.Replace(mon.said("watchdog_action ARG", act), ": arg\r\n", ": "+act+"\r\n", 1)
				}
				return ""
			},
			"sync-profile": func(mon *Monitor, a Args) string {
				switch op, _ := a.Str("op"); op {
				case "":
					if mon.syncProfile {
						return line("sync-profile is on")
					}
					return mon.said("sync-profile", "")
				case "on", "off":
					mon.syncProfile = op == "on"
					return ""
				case "reset":
					return ""
				default:
					return mon.said("sync-profile ARG", op)
				}
			},
			"logfile": func(mon *Monitor, a Args) string {
				f := str(a, "filename")
				if c := chardev.Of(mon.M); c != nil && c.CanCreate != nil && !c.CanCreate(f) {
					return line("Error opening logfile %s: No such file or directory", f)
				}
				mon.M.Extra["logfile"] = f
				return ""
			},
			"log": func(mon *Monitor, a Args) string {
				items := str(a, "items")
				if items == "none" {
					return ""
				}
				if !mon.logItemsKnown(items) {
					return mon.helpLog()
				}
				// qemu_set_log_internal: a log per thread needs a file name
				// that takes the thread's id.
				for _, it := range strings.Split(items, ",") {
					if f, _ := mon.M.Extra["logfile"].(string); (it == "all" || it == "tid") && !strings.Contains(f, "%d") {
						return line("%s", "Filename template with '%d' required for 'tid'")
					}
				}
				mon.Note("Logging is not simulated: QEMU would write these log items to its stderr as the guest runs.")
				return ""
			},
			"mouse_set": func(mon *Monitor, a Args) string {
				i, _ := a.Int("index")
				if b := board.Of(mon.M); b != nil {
					if found, notMouse, ok := b.MouseSet(int(i)); ok {
						switch {
						case !found:
							return mon.said("mouse_set 4242", fmt.Sprint(i))
						case notMouse != "":
							// ui/input.c's words, recorded for x86's PS/2 keyboard (#1): the
							// handler's name is the variable part
							said := linesOf(mon.M.Release(), "x86_64")["mouse_set 1"]
							return strings.Replace(said, "QEMU PS/2 Keyboard", notMouse, 1)
						case notMouse == "":
							return ""
						}
					}
				}
				if !mon.M.IsSPAPR() {
					switch i {
					case 1:
						return mon.said("mouse_set 1", "")
					case 2:
						return ""
					}
				}
				return mon.said("mouse_set 4242", fmt.Sprint(i))
			},
			"migrate_set_capability": func(mon *Monitor, a Args) string {
				c := str(a, "capability")
				if out, known := mon.migrationSetting("migrate_capabilities", c, "migrate_set_capability ARG on"); !known {
					return out
				}
				on, _ := a["state"].(bool)
				w, err := mon.setCapabilities(map[string]bool{c: on}, []string{c})
				if err != nil {
					return CRLF(w) + "Error: " + err.Error() + "\r\n"
				}
				return CRLF(w)
			},
			"migrate_set_parameter": func(mon *Monitor, a Args) string {
				p := str(a, "parameter")
				// MigrationParameter_lookup: every parameter of the release's
				// enum, also those `info migrate_parameters` does not print.
				if _, member := mon.paramDefault(p); !member {
					if out, known := mon.migrationSetting("migrate_parameters", p, "migrate_set_parameter ARG 1"); !known {
						return out
					}
				}
				return mon.setParameterHMP(p, str(a, "value"))
			},
		} {
			RegisterHMP(&HMPCommand{Name: name, Run: f})
		}

		RegisterInfo(&HMPCommand{Name: "virtio-status", Run: func(mon *Monitor, a Args) string {
			return mon.said("info virtio-status ARG", str(a, "path"))
		}})

		// QMP twins of the above.
		for name, f := range map[string]QMPCommand{
			"getfd": func(*Monitor, qjson.Object) (any, *Error) {
				return nil, GenericError("No file descriptor supplied via SCM_RIGHTS")
			},
			"closefd": func(_ *Monitor, a qjson.Object) (any, *Error) {
				n, _ := a.Get("fdname")
				return nil, GenericError(fmt.Sprintf("File descriptor named '%s' not found", n))
			},
			"remove-fd": func(_ *Monitor, a qjson.Object) (any, *Error) {
				id, _ := a.Get("fdset-id")
				desc := fmt.Sprintf("fdset-id:%v", id)
				if fd, ok := a.Get("fd"); ok {
					desc += fmt.Sprintf(", fd:%v", fd)
				}
				return nil, GenericError(fmt.Sprintf("File descriptor named '%s' not found", desc))
			},
			// With no migration under way, whatever the URI (wire_m6).
			"migrate-recover": func(mon *Monitor, _ qjson.Object) (any, *Error) {
				return nil, GenericError(strings.TrimSuffix(strings.TrimPrefix(mon.said("migrate_recover ARG", ""), "Error: "), "\r\n"))
			},
			"system_wakeup": func(*Monitor, qjson.Object) (any, *Error) {
				return nil, GenericError("Unable to wake up: guest is not in suspended state")
			},
			"set-numa-node": func(mon *Monitor, a qjson.Object) (any, *Error) {
				if mon.M.Preconfig {
					p, _ := mon.M.Extra[numa.PreconfigKey].(*numa.Preconfig)
					arg, ok := numaOptionsText(a)
					if p == nil || !ok {
						mon.Note("set-numa-node is accepted, but what it configures is not simulated here.")
						return qjson.Object{}, nil
					}
					if err := p.Apply(arg); err != nil {
						return nil, GenericError(err.Error())
					}
					return qjson.Object{}, nil
				}
				return nil, GenericError("The command is permitted only before the machine has been created")
			},
			"x-exit-preconfig": func(mon *Monitor, _ qjson.Object) (any, *Error) {
				if p, _ := mon.M.Extra[numa.PreconfigKey].(*numa.Preconfig); p != nil && mon.M.Preconfig {
					// numa_complete_configuration, in the monitor's context:
					// no program name; its error ends QEMU (error_fatal).
					printed, err := p.Complete()
					for _, w := range printed {
						mon.WriteStderr(w + "\n")
					}
					if err != nil {
						mon.crash(&machine.Crash{Stderr: err.Error() + "\n", Signal: -1})
						return nil, nil
					}
				}
				if mon.M.Preconfig {
					if ws, _ := mon.M.Extra[machine.BootCPUWarningsKey].([]string); len(ws) > 0 {
						for _, w := range ws {
							mon.WriteStderr("warning: " + w + "\n")
						}
						delete(mon.M.Extra, machine.BootCPUWarningsKey)
					}
					mon.M.Preconfig = false // the machine was made at start; it now shows
					// Its first reset warns as a monitor command does: no
					// program name.
					if mon.M.IsSPAPR() {
						for _, w := range cmdline.SPAPRResetWarnings(mon.M) {
							mon.WriteStderr("warning: " + w + "\n")
						}
					}
					return qjson.Object{}, nil
				}
				return nil, GenericError("The command is permitted only before machine initialization")
			},
			"block_resize": func(mon *Monitor, a qjson.Object) (any, *Error) {
				dev, _ := a.Get("device")
				node, _ := a.Get("node-name")
				size, _ := a.Get("size")
				if err := blockResize(mon, orEmpty(dev), orEmpty(node), toInt64(size)); err != nil {
					return nil, GenericError(err.Error())
				}
				return qjson.Object{}, nil
			},
			"qom-list-properties": func(mon *Monitor, a qjson.Object) (any, *Error) {
				n, _ := a.Get("typename")
				if list, ok := qom.ClassProperties(mon.M.Release(), string(mon.Target), fmt.Sprint(n)); ok {
					return list, nil
				}
				name, _ := n.(string)
				if list, ok := mon.machineQOMProperties(name); ok {
					return list, nil
				}
				if class, _ := qdev.ListError(mon.M.Release(), mon.Target, name); class == "" || name == "device" || name == "pci-device" {
					if list, ok := mon.deviceQOMProperties(qdev.Lookup(mon.M.Release(), mon.Target, name)); ok {
						return list, nil
					}
					mon.Note("Where this device type's legacy properties sit in its class tables is not known: the simulator does not list it.")
				}
				return nil, &Error{Class: "DeviceNotFound", Desc: fmt.Sprintf("Class '%s' not found", n)}
			},
		} {
			RegisterQMP(name, f)
		}
	})
}

// migrationSetting: a migration capability or parameter that `info
// migrate_capabilities` / `info migrate_parameters` lists is known; another
// is refused as QEMU words it.
func (mon *Monitor) migrationSetting(info, name, refusal string) (string, bool) {
	if !strings.Contains("\n"+mon.fixedHMP("info "+info), "\n"+name+": ") {
		return mon.said(refusal, name), false
	}
	return "", true
}

func orEmpty(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	return ""
}

// fixedHMP is a recorded `info` listing, with "\n" line ends.
func (mon *Monitor) fixedHMP(line string) string {
	return strings.ReplaceAll(mon.fixed().hmp[line], "\r\n", "\n")
}

// paramChoice: a value among those a command's help lists ("[a|b|c]").
func (t *hmpTable) paramChoice(cmd, v string) bool {
	e := find(t.commands, cmd)
	if e == nil || v == "" {
		return false
	}
	for _, c := range strings.Split(strings.Trim(e.Params, "[]"), "|") {
		if c == v {
			return true
		}
	}
	return false
}

var logItem = lazyre.New(`(?m)^(\S+)\s`)

// logItemsKnown is qemu_str_to_log_mask: a comma list of the items `help
// log` lists ("all" too); trace patterns are the trace backend's.
func (mon *Monitor) logItemsKnown(items string) bool {
	known := map[string]bool{"all": true}
	for _, m := range logItem().FindAllStringSubmatch(mon.M.Release().Text("hmp-help-log-"+string(mon.Target)+".txt"), -1) {
		known[m[1]] = true
	}
	for _, it := range strings.Split(items, ",") {
		if !known[it] && !strings.HasPrefix(it, "trace:") {
			return false
		}
	}
	return true
}

// blockResize is block_resize on the drives and nodes the machine has.
func blockResize(mon *Monitor, device, node string, size int64) error {
	l := block.Of(mon.M)
	if l == nil {
		return fmt.Errorf("Cannot find device='%s' nor node-name='%s'", device, node)
	}
	if err := l.Resize(device, node, size); err != nil {
		return err
	}
	mon.Note("block_resize: the guest's disk would grow; the simulator keeps no disk contents.")
	return nil
}

func init() {
	registerLater(func() {
		RegisterHMP(&HMPCommand{Name: "block_resize", Run: func(mon *Monitor, a Args) string {
			size, _ := a.Int("size")
			if err := blockResize(mon, str(a, "device"), "", size); err != nil {
				return "Error: " + err.Error() + "\r\n"
			}
			return ""
		}})
	})
}

// info sync-profile (hmp_info_sync_profile, qsp_report): the table of
// contended locks, sorted and cut by -m, -n and max. The simulator runs no
// QEMU threads, so there is nothing to profile: QEMU's table is as empty
// as this until profiling is switched on (sync-profile on, or
// -enable-sync-profile), and then lists lock addresses of the host's.
func init() {
	RegisterInfo(&HMPCommand{Name: "sync-profile", ArgsType: "mean:-m,no_coalesce:-n,max:i?", Run: func(mon *Monitor, _ Args) string {
		if mon.syncProfile {
			mon.Note("The lock profile QEMU collects (the host's lock addresses and wait times) is not simulated: the table is left empty.")
		}
		dashes := strings.Repeat("-", 79) + "\r\n"
		return "Type               Object  Call site  Wait Time (s)         Count  Average (us)\r\n" + dashes + dashes
	}})
}

// numaOptionsText is set-numa-node's NumaOptions as -numa's text (a list,
// cpus' or node's, one key per element); ok is false for members that are
// not plain values. Every number of NumaOptions but the cpu branch's is
// unsigned: the QObject input visitor takes a negative one as its uint64
// wrap, which the narrower range then refuses ("expects uint16_t").
func numaOptionsText(a qjson.Object) (string, bool) {
	var parts []string
	typ, _ := a.Get("type")
	unsigned := typ != "cpu"
	for _, m := range a {
		var vals []any
		switch v := m.Value.(type) {
		case []any:
			vals = v
		case qjson.Object:
			return "", false
		default:
			vals = []any{v}
		}
		for _, v := range vals {
			switch x := v.(type) {
			case string:
				parts = append(parts, m.Key+"="+strings.ReplaceAll(x, ",", ",,"))
			case bool:
				parts = append(parts, m.Key+"="+map[bool]string{true: "on", false: "off"}[x])
			case json.Number:
				if n, err := x.Int64(); err == nil && n < 0 && unsigned {
					parts = append(parts, m.Key+"="+strconv.FormatUint(uint64(n), 10))
					continue
				}
				parts = append(parts, m.Key+"="+x.String())
			default:
				return "", false
			}
		}
	}
	return strings.Join(parts, ","), true
}
