package monitor

import (
	"fmt"
	"regexp"
	"strings"

	"hotpluglab/engine/qjson"
)

// Commands about what the simulated machine does not have, answered as
// QEMU answers on a machine without it (measured with -nodefaults, no
// disks, no network, no display, no migration under way): block devices,
// network backends, chardevs, file descriptors, migration, snapshots,
// record/replay, COLO, SPICE and VNC passwords. The device model answers
// for the devices it creates; these answer for the names it does not know.

// errorf is HMP's "Error: ..." line.
func errorf(format string, a ...any) string { return "Error: " + fmt.Sprintf(format, a...) + "\r\n" }

// line is a plain output line.
func line(format string, a ...any) string { return fmt.Sprintf(format, a...) + "\r\n" }

func str(a Args, k string) string { s, _ := a.Str(k); return s }

func init() {
	for name, f := range map[string]func(mon *Monitor, a Args) string{
		"balloon":    func(*Monitor, Args) string { return errorf("No balloon device has been activated") },
		"set_link":   func(_ *Monitor, a Args) string { return errorf("Device '%s' not found", str(a, "name")) },
		"eject":      func(_ *Monitor, a Args) string { return errorf("Device '%s' not found", str(a, "device")) },
		"drive_del":  func(_ *Monitor, a Args) string { return line("Device '%s' not found", str(a, "id")) },
		"netdev_del": func(_ *Monitor, a Args) string { return errorf("Device '%s' not found", str(a, "id")) },
		"object_del": func(_ *Monitor, a Args) string { return errorf("object '%s' not found", str(a, "id")) },
		"ringbuf_read": func(_ *Monitor, a Args) string {
			return errorf("Device '%s' not found", str(a, "device"))
		},
		"ringbuf_write": func(_ *Monitor, a Args) string {
			return errorf("Device '%s' not found", str(a, "device"))
		},
		"chardev-remove":     func(_ *Monitor, a Args) string { return errorf("Chardev '%s' not found", str(a, "id")) },
		"chardev-send-break": func(_ *Monitor, a Args) string { return errorf("Chardev '%s' not found", str(a, "id")) },
		"block_resize": func(_ *Monitor, a Args) string {
			return errorf("Cannot find device='%s' nor node-name=''", str(a, "device"))
		},
		"commit": func(_ *Monitor, a Args) string {
			if d := str(a, "device"); d != "all" {
				return line("Device '%s' not found", d)
			}
			return ""
		},
		"snapshot_blkdev": func(mon *Monitor, a Args) string {
			if _, ok := a.Str("snapshot-file"); !ok {
				return errorf("Parameter 'snapshot-file' is missing")
			}
			return errorf("Cannot find device='%s' nor node-name=''", str(a, "device"))
		},
		"savevm": func(*Monitor, Args) string { return errorf("no block device can store vmstate for snapshot") },
		"loadvm": func(*Monitor, Args) string { return errorf("no block device can store vmstate for snapshot") },
		"getfd":  func(*Monitor, Args) string { return errorf("No file descriptor supplied via SCM_RIGHTS") },
		"closefd": func(_ *Monitor, a Args) string {
			return errorf("File descriptor named '%s' not found", str(a, "fdname"))
		},
		"pcie_aer_inject_error": func(_ *Monitor, a Args) string {
			return line("id or pci device path is invalid or device not found. %s", str(a, "id"))
		},
		"client_migrate_info": func(mon *Monitor, a Args) string {
			if str(a, "protocol") == "spice" {
				return errorf("SPICE is not in use")
			}
			return errorf("Parameter 'protocol' expects 'spice'")
		},
		"migrate_recover": func(*Monitor, Args) string {
			return errorf("Migrate recover can only be run when postcopy is paused.")
		},
		"migrate_pause": func(*Monitor, Args) string {
			return errorf("migrate-pause is currently only supported during postcopy-active state")
		},
		"migrate_start_postcopy": func(*Monitor, Args) string {
			return errorf("Enable postcopy with migrate_set_capability before the start of migration")
		},
		"x_colo_lost_heartbeat": func(*Monitor, Args) string { return errorf("The feature 'colo' is not enabled") },
		"exit_preconfig": func(*Monitor, Args) string {
			return errorf("The command is permitted only before machine initialization")
		},
		"replay_break":        func(*Monitor, Args) string { return line("setting the breakpoint is allowed only in play mode") },
		"replay_delete_break": func(*Monitor, Args) string { return line("replay breakpoints are allowed only in play mode") },
		"replay_seek":         func(*Monitor, Args) string { return line("replay must be enabled to seek") },
		"nbd_server_stop":     func(*Monitor, Args) string { return errorf("NBD server not running") },
		"system_wakeup": func(*Monitor, Args) string {
			return errorf("Unable to wake up: guest is not in suspended state")
		},
		"set_password":    func(*Monitor, Args) string { return errorf("Could not set password") },
		"expire_password": func(*Monitor, Args) string { return errorf("Could not set password expire time") },
		"cancel_vcpu_dirty_limit": func(*Monitor, Args) string {
			return line("[Please use 'info vcpu_dirty_limit' to query dirty limit for virtual CPU]")
		},
		"gdbserver": func(mon *Monitor, a Args) string {
			if d, ok := a.Str("device"); ok && d == "none" {
				return line("Disabled gdbserver")
			}
			mon.Note("gdbserver is not simulated: QEMU would listen for a debugger on the host.")
			return ""
		},
		"migrate_continue": func(mon *Monitor, a Args) string {
			st := str(a, "state")
			if !schemaOf(mon.M.Release(), string(mon.Target)).enumHas("pre-switchover", st) {
				return errorf("invalid parameter value: %s", st)
			}
			return errorf("Migration not in expected state: none")
		},
		"watchdog_action": func(mon *Monitor, a Args) string {
			act := str(a, "action")
			if !mon.table().paramChoice("watchdog_action", act) {
				return errorf("invalid parameter value: %s", act)
			}
			return ""
		},
		"sync-profile": func(mon *Monitor, a Args) string {
			switch op, _ := a.Str("op"); op {
			case "":
				if mon.syncProfile {
					return line("sync-profile is on")
				}
				return line("sync-profile is off")
			case "on", "off":
				mon.syncProfile = op == "on"
				return ""
			case "reset":
				return ""
			default:
				return errorf("Invalid parameter '%s'", op)
			}
		},
		"log": func(mon *Monitor, a Args) string {
			items := str(a, "items")
			if items == "none" {
				return ""
			}
			if !mon.logItemsKnown(items) {
				return mon.helpLog()
			}
			mon.Note("Logging is not simulated: QEMU would write these log items to its stderr as the guest runs.")
			return ""
		},
		"mouse_set": func(mon *Monitor, a Args) string {
			i, _ := a.Int("index")
			if !mon.M.IsSPAPR() {
				switch i {
				case 1:
					return line("Input device 'QEMU PS/2 Keyboard' is not a mouse")
				case 2:
					return ""
				}
			}
			return line("Mouse at index '%d' not found", i)
		},
		"migrate_set_capability": func(mon *Monitor, a Args) string {
			c := str(a, "capability")
			if !strings.Contains("\n"+mon.fixedHMP("info migrate_capabilities"), "\n"+c+": ") {
				return errorf("invalid parameter value: %s", c)
			}
			mon.Note("Migration is not simulated: the capability is accepted, and `info migrate_capabilities` still shows the defaults.")
			return ""
		},
		"migrate_set_parameter": func(mon *Monitor, a Args) string {
			p := str(a, "parameter")
			if !strings.Contains("\n"+mon.fixedHMP("info migrate_parameters"), "\n"+p+": ") {
				return errorf("invalid parameter value: %s", p)
			}
			mon.Note("Migration is not simulated: the parameter is accepted, and `info migrate_parameters` still shows the defaults.")
			return ""
		},
	} {
		RegisterHMP(&HMPCommand{Name: name, Run: f})
	}

	RegisterInfo(&HMPCommand{Name: "rocker", Run: func(_ *Monitor, a Args) string { return errorf("rocker %s not found", str(a, "name")) }})
	RegisterInfo(&HMPCommand{Name: "virtio-status", Run: func(_ *Monitor, a Args) string {
		return errorf("Path %s is not a VirtIODevice", str(a, "path"))
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
		"system_wakeup": func(*Monitor, qjson.Object) (any, *Error) {
			return nil, GenericError("Unable to wake up: guest is not in suspended state")
		},
		"x-exit-preconfig": func(*Monitor, qjson.Object) (any, *Error) {
			return nil, GenericError("The command is permitted only before machine initialization")
		},
		"eject": func(_ *Monitor, a qjson.Object) (any, *Error) {
			id, hasID := a.Get("id")
			dev, hasDev := a.Get("device")
			if hasID == hasDev {
				return nil, GenericError("Need exactly one of 'device' and 'id'")
			}
			if hasDev {
				return nil, &Error{Class: "DeviceNotFound", Desc: fmt.Sprintf("Device '%s' not found", dev)}
			}
			return nil, &Error{Class: "DeviceNotFound", Desc: fmt.Sprintf("Device '%s' not found", id)}
		},
		"block_resize": func(_ *Monitor, a qjson.Object) (any, *Error) {
			dev, _ := a.Get("device")
			node, _ := a.Get("node-name")
			return nil, GenericError(fmt.Sprintf("Cannot find device='%s' nor node-name='%s'", orEmpty(dev), orEmpty(node)))
		},
		"qom-list-properties": func(_ *Monitor, a qjson.Object) (any, *Error) {
			n, _ := a.Get("typename")
			return nil, &Error{Class: "DeviceNotFound", Desc: fmt.Sprintf("Class '%s' not found", n)}
		},
		"query-stats": func(*Monitor, qjson.Object) (any, *Error) { return []any{}, nil },
	} {
		RegisterQMP(name, f)
	}
}

func orEmpty(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	return ""
}

// fixedHMP is a recorded `info` listing, with "\n" line ends.
func (mon *Monitor) fixedHMP(line string) string {
	return strings.ReplaceAll(fixedOf(mon.M.Release(), string(mon.Target)).hmp[line], "\r\n", "\n")
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

var logItem = regexp.MustCompile(`(?m)^(\S+)\s`)

// logItemsKnown is qemu_str_to_log_mask: a comma list of the items `help
// log` lists ("all" too); trace patterns are the trace backend's.
func (mon *Monitor) logItemsKnown(items string) bool {
	known := map[string]bool{"all": true}
	for _, m := range logItem.FindAllStringSubmatch(mon.M.Release().Text("hmp-help-log-"+string(mon.Target)+".txt"), -1) {
		known[m[1]] = true
	}
	for _, it := range strings.Split(items, ",") {
		if !known[it] && !strings.HasPrefix(it, "trace:") {
			return false
		}
	}
	return true
}
