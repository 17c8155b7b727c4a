package monitor

import (
	"errors"
	"fmt"
	"strings"

	"hotpluglab/engine/board"
	"hotpluglab/engine/cmdline"
	"hotpluglab/engine/hotplug"
	"hotpluglab/engine/keyval"
	"hotpluglab/engine/machine"
	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qjson"
)

// device_add, device_del and the device type queries.

func init() {
	registerLater(func() {
		RegisterHMP(&HMPCommand{Name: "device_add", ArgsType: "device:O", Run: hmpDeviceAdd})
		RegisterHMP(&HMPCommand{Name: "device_del", ArgsType: "id:s", Run: hmpDeviceDel})
		RegisterQMPRaw("device_add", func(mon *Monitor, args qjson.Object) (any, *Error) {
			opts, err := qdev.FromQMP(mon.M.Release(), args)
			if err != nil {
				return nil, GenericError(err.Error())
			}
			warnings, err := hotplug.DeviceAdd(mon.M, opts, true)
			for _, w := range warnings {
				// Not an HMP command: warnings go to stderr, without the
				// program name (a monitor is current).
				text, end := board.WarningEnd(w)
				mon.WriteStderr("warning: " + text + end)
			}
			if err != nil {
				var crash *machine.Crash
				if errors.As(err, &crash) {
					mon.crash(crash)
					return nil, GenericError(err.Error())
				}
				mon.FlushDeferred() // drain_call_rcu
				var nf *board.LinkNotFoundError
				if errors.As(err, &nf) {
					return nil, &Error{Class: "DeviceNotFound", Desc: err.Error()}
				}
				return nil, GenericError(err.Error())
			}
			mon.drainAfterAdd()
			return qjson.Object{}, nil
		})
		RegisterQMP("device_del", func(mon *Monitor, args qjson.Object) (any, *Error) {
			id, _ := args.Get("id")
			return qjson.Object{}, mon.deviceDel(id.(string))
		})
		RegisterQMP("device-list-properties", func(mon *Monitor, args qjson.Object) (any, *Error) {
			n, _ := args.Get("typename")
			name := n.(string)
			if parent := qdev.MissingModule(mon.M.Release(), mon.Target, name); parent != "" {
				mon.crash(&machine.Crash{Stderr: fmt.Sprintf("missing object type '%s'\n", parent), Signal: -1}) // exit(1)
				return nil, GenericError("exited")
			}
			if class, desc := qdev.ListError(mon.M.Release(), mon.Target, name); desc != "" {
				return nil, &Error{Class: class, Desc: desc}
			}
			t := qdev.Lookup(mon.M.Release(), mon.Target, name)
			return t.PropsJSON(), nil
		})
		RegisterQMP("qom-list-types", func(mon *Monitor, args qjson.Object) (any, *Error) {
			impl, named := args.Get("implements")
			s, _ := impl.(string)
			if named && s == "" { // object_class_dynamic_cast finds no type named ""
				return []any{}, nil
			}
			abs, _ := args.Get("abstract")
			b, _ := abs.(bool)
			return qdev.ListTypes(mon.M.Release(), mon.Target, s, b), nil
		})
	})
}

// hmpDeviceAdd is hmp_device_add → qmp_device_add: the help forms first,
// then the add; warnings of the CPU's creation are monitor text.
func hmpDeviceAdd(mon *Monitor, a Args) string {
	opts, _ := a["device"].(*qdev.Opts)
	if opts == nil {
		opts = &qdev.Opts{}
	}
	driver, hasDriver := opts.Get("driver")
	if hasDriver && keyval.IsHelpOption(driver) {
		return CRLF(mon.M.Release().Text(string(mon.Target) + "-device-help.txt"))
	}
	if hasDriver && opts.HasHelp() {
		if qdev.MissingModule(mon.M.Release(), mon.Target, driver) != "" {
			// QEMU exits; what it said went to this monitor, unanswered.
			mon.crash(&machine.Crash{Signal: -1})
			return ""
		}
		out, errText := cmdline.DeviceHelp(mon.M.Release(), mon.Target, driver)
		if errText != "" {
			return CRLF(errText + "\n")
		}
		return CRLF(out)
	}
	warnings, err := hotplug.DeviceAdd(mon.M, opts, true)
	var b strings.Builder
	for _, w := range warnings {
		text, end := board.WarningEnd(w)
		b.WriteString(CRLF("warning: " + text + end))
	}
	var crash *machine.Crash
	if errors.As(err, &crash) {
		// What it reported went to this monitor, which never answers.
		mon.crash(&machine.Crash{Stderr: crash.Stderr, Stdout: crash.Stdout, Signal: crash.Signal})
		return ""
	}
	if err != nil {
		// qmp_device_add drains the pending RCU callbacks when the add
		// fails (so that a device being finalized frees its id): an
		// unplugged device's DEVICE_DELETED comes now.
		mon.FlushDeferred()
		b.WriteString(ErrorLine(err))
	} else {
		mon.drainAfterAdd()
	}
	return b.String()
}

// drainAfterAdd: on 7.2 a PCI device's device_add that succeeds delivers
// the pending finalizations too (measured on pseries: the unplugged
// device's DEVICE_DELETED came before its reply in every recording, HMP
// and QMP; not after a usb-kbd's, nor on 10.0; x86 recordings vary from
// one recording to the next: pm-x-r5-10, r5-15, r7m-pcie-hot, left out of
// the corpus, see probe_mix_excluded.txt).
func (mon *Monitor) drainAfterAdd() {
	if st := board.Of(mon.M); st != nil && st.LastAddPCI && mon.M.Release().DeviceAddDrainsRCU {
		mon.FlushDeferred()
	}
}

func hmpDeviceDel(mon *Monitor, a Args) string {
	id, _ := a.Str("id")
	if err := mon.deviceDel(id); err != nil {
		if mon.Crashed != nil {
			return ""
		}
		return ErrorLine(err)
	}
	return ""
}

// deviceDel runs device_del and sorts its outcome into a QMP error class,
// or QEMU dying.
func (mon *Monitor) deviceDel(id string) *Error {
	err := hotplug.DeviceDel(mon.M, id)
	if err == nil {
		return nil
	}
	var nf *hotplug.NotFoundError
	if errors.As(err, &nf) {
		// find_device_state: an object that is no device (a bus, say).
		path := id
		if !strings.HasPrefix(id, "/") {
			path = "/machine/peripheral/" + id
		}
		if t := mon.qomObject(path); t != "" && !qdev.LookupType(mon.M.Release(), mon.M.Target, t).Implements("device") {
			return GenericError(fmt.Sprintf(mon.M.Release().DeviceDelNotDevice, id))
		}
		return &Error{Class: "DeviceNotFound", Desc: err.Error()}
	}
	var crash *machine.Crash
	if errors.As(err, &crash) {
		mon.crash(crash)
	}
	return GenericError(err.Error())
}

// crash records QEMU dying: its last words go to stderr and stdout.
func (mon *Monitor) crash(c *machine.Crash) {
	mon.Crashed = c
	mon.WriteStderr(c.Reported + c.Stderr)
	mon.Stdout.WriteString(c.Stdout)
}
