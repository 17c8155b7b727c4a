package monitor

import (
	"fmt"
	"strings"

	"hotpluglab/engine/block"
	"hotpluglab/engine/board"
	"hotpluglab/engine/qjson"
)

// Removable media: eject, change and the tray commands (blockdev.c's
// blockdev_open_tray, blockdev_remove_medium, blockdev_insert_medium,
// qmp_blockdev_change_medium). A device with a tray (a CD-ROM) moves it,
// with DEVICE_TRAY_MOVED; one without (the floppy drive) takes and gives
// its medium with no tray to move. Measured on both releases (m10-media-).

// medium is qmp_get_blk and the removable check.
type medium struct {
	l       *block.Layer
	b       *block.Backend
	who     string
	hasTray bool
	name    string // as the messages name it: the device, else the id
}

func (mon *Monitor) findMedium(a qjson.Object) (*medium, *Error) {
	id, hasID := a.Get("id")
	dev, hasDev := a.Get("device")
	if hasID == hasDev {
		return nil, GenericError("Need exactly one of 'device' and 'id'")
	}
	return mon.findMediumBy(orEmpty(dev), orEmpty(id), hasDev)
}

func (mon *Monitor) findMediumBy(dev, id string, byName bool) (*medium, *Error) {
	l := block.Of(mon.M)
	name := id
	if byName {
		name = dev
	}
	var b *block.Backend
	if l != nil {
		if byName {
			b = l.Backend(dev)
		} else {
			if e := mon.blkByQdevID(l, id); e != nil {
				return nil, e
			}
			b = l.ByQdevID(qdevKey(id))
		}
	}
	if b == nil && !byName && l != nil {
		// A device holding a node by its name has a backend of its own.
		if u, ok := l.DeviceUse(id); ok && !u.Removable {
			return nil, GenericError(fmt.Sprintf("Device '%s' is not removable", name))
		}
	}
	if b == nil {
		return nil, &Error{Class: "DeviceNotFound", Desc: fmt.Sprintf("Device '%s' not found", name)}
	}
	m := &medium{l: l, b: b, name: name}
	u, held := l.Holder(b)
	if held {
		if !u.Removable {
			return nil, GenericError(fmt.Sprintf("Device '%s' is not removable", name))
		}
		m.who, m.hasTray = u.Who, !u.NoTray
	}
	return m, nil
}

func (mon *Monitor) moveTray(m *medium, open bool) {
	if !m.hasTray || m.b.TrayOpen == open {
		return
	}
	m.b.TrayOpen = open
	mon.Emit("DEVICE_TRAY_MOVED", qjson.O("device", m.b.Name, "tray-open", open, "id", m.who))
}

// removeMedium is blockdev_remove_medium.
func (mon *Monitor) removeMedium(m *medium) *Error {
	if m.hasTray && !m.b.TrayOpen {
		return GenericError(fmt.Sprintf("Tray of device '%s' is not open", m.name))
	}
	m.l.Remove(m.b)
	return nil
}

// insertMedium is qmp_blockdev_insert_anon_medium, whose errors name no
// device (measured on both releases).
func (mon *Monitor) insertMedium(m *medium, n *block.Node) *Error {
	if m.hasTray && !m.b.TrayOpen {
		return GenericError("Tray of the device is not open")
	}
	if m.b.Root != nil {
		return GenericError("There already is a medium in the device")
	}
	m.l.Insert(m.b, n)
	return nil
}

// eject is qmp_eject: the tray opens (whether or not a medium is in),
// then the medium goes.
func (mon *Monitor) eject(m *medium) *Error {
	mon.moveTray(m, true)
	return mon.removeMedium(m)
}

// changeMedium is qmp_blockdev_change_medium: the new medium opens first,
// then the tray opens, the old medium goes, the new one goes in and the
// tray closes.
func (mon *Monitor) changeMedium(m *medium, file, format, mode string) *Error {
	ro := true // a CD-ROM's medium keeps its read-only root state
	if mode == "read-write" {
		ro = false
	}
	if !m.hasTray && mode != "read-only" {
		ro = m.b.Root != nil && m.b.Root.ReadOnly
	}
	n, printed, err := m.l.OpenMedium(file, format, ro)
	for _, p := range printed {
		mon.WriteStderr(p + "\n")
	}
	if err != nil {
		return GenericError(err.Error())
	}
	mon.moveTray(m, true)
	if e := mon.removeMedium(m); e != nil {
		return e
	}
	if e := mon.insertMedium(m, n); e != nil {
		return e
	}
	mon.moveTray(m, false)
	return nil
}

var changeModes = map[string]bool{"retain": true, "read-only": true, "read-write": true}

func init() {
	registerLater(func() {
		RegisterHMP(&HMPCommand{Name: "eject", Run: func(mon *Monitor, a Args) string {
			m, err := mon.findMediumBy(str(a, "device"), "", true)
			if err == nil {
				err = mon.eject(m)
			}
			return hmpErr(err)
		}})
		RegisterQMP("eject", func(mon *Monitor, a qjson.Object) (any, *Error) {
			m, err := mon.findMedium(a)
			if err == nil {
				err = mon.eject(m)
			}
			return okOr(err)
		})
		RegisterHMP(&HMPCommand{Name: "change", Run: func(mon *Monitor, a Args) string {
			dev := str(a, "device")
			if dev == "vnc" {
				return mon.said("change vnc ARG", str(a, "target"))
			}
			mode, hasMode := a.Str("read-only-mode")
			if hasMode && !changeModes[mode] {
				return "Error: invalid parameter value: " + mode + "\r\n"
			}
			m, err := mon.findMediumBy(dev, "", true)
			if err == nil {
				err = mon.changeMedium(m, str(a, "target"), str(a, "arg"), mode)
			}
			return hmpErr(err)
		}})
		RegisterQMP("blockdev-change-medium", func(mon *Monitor, a qjson.Object) (any, *Error) {
			m, err := mon.findMedium(a)
			if err == nil {
				err = mon.changeMedium(m, orEmpty(arg(a, "filename")), orEmpty(arg(a, "format")), orEmpty(arg(a, "read-only-mode")))
			}
			return okOr(err)
		})
		RegisterQMP("blockdev-open-tray", func(mon *Monitor, a qjson.Object) (any, *Error) {
			m, err := mon.findMedium(a)
			if err == nil {
				mon.moveTray(m, true)
			}
			return okOr(err)
		})
		RegisterQMP("blockdev-close-tray", func(mon *Monitor, a qjson.Object) (any, *Error) {
			m, err := mon.findMedium(a)
			if err == nil {
				mon.moveTray(m, false)
			}
			return okOr(err)
		})
		RegisterQMP("blockdev-remove-medium", func(mon *Monitor, a qjson.Object) (any, *Error) {
			m, err := mon.findMedium(a)
			if err == nil {
				err = mon.removeMedium(m)
			}
			return okOr(err)
		})
		RegisterQMP("blockdev-insert-medium", func(mon *Monitor, a qjson.Object) (any, *Error) {
			m, err := mon.findMedium(a)
			if err != nil {
				return nil, err
			}
			name := orEmpty(arg(a, "node-name"))
			n := m.l.Node(name)
			if n == nil {
				return nil, GenericError(fmt.Sprintf("Node '%s' not found", name))
			}
			if m.l.InUse(n) {
				return nil, GenericError(fmt.Sprintf("Node '%s' is already in use", name))
			}
			return okOr(mon.insertMedium(m, n))
		})
	})
}

func okOr(err *Error) (any, *Error) {
	if err != nil {
		return nil, err
	}
	return qjson.Object{}, nil
}

// qdevKey is find_device_state's reading of an id: with a slash, a QOM
// path (absolute, or below /machine/peripheral); else a qdev id.
func qdevKey(id string) string {
	if !strings.Contains(id, "/") || strings.HasPrefix(id, "/") {
		return id
	}
	return "/machine/peripheral/" + id
}

// blkByQdevID is blk_by_qdev_id's answers before the backend: no device
// with the id (qdev_find_recursive), or a device that is no BlockBackend's
// own (a controller, a virtio-blk proxy: measured on 7.2 and 10.0).
func (mon *Monitor) blkByQdevID(l *block.Layer, id string) *Error {
	if key := qdevKey(id); strings.Contains(key, "/") {
		switch b := board.Of(mon.M); {
		case l.DeviceHoldsBackend(key):
			return nil
		case b != nil && b.DeviceAt(key) != nil:
			return GenericError("Device does not have a block device backend")
		}
		return &Error{Class: "DeviceNotFound", Desc: fmt.Sprintf("Device '%s' not found", id)}
	}
	if !mon.hasDeviceID(id) {
		return &Error{Class: "DeviceNotFound", Desc: fmt.Sprintf("Device '%s' not found", id)}
	}
	if !l.DeviceHoldsBackend(id) {
		return GenericError("Device does not have a block device backend")
	}
	return nil
}
