package monitor

import (
	"fmt"
	"strings"

	"hotpluglab/engine/block"
	"hotpluglab/engine/qjson"
)

// QEMU's NBD server and its block exports (blockdev-nbd.c, block/export):
// one server per QEMU, exports by id, newest listed first. The server's
// socket is the host's and nothing connects here; what is modelled is the
// bookkeeping the monitor reads and refuses by. Measured on both releases
// (m15-*-nbd-*).

type nbdExport struct{ id, node string }

type nbdServer struct {
	running bool
	exports []nbdExport // oldest first
}

func (s *nbdServer) find(id string) int {
	for i, e := range s.exports {
		if e.id == id {
			return i
		}
	}
	return -1
}

// nbdAddress is socket_parse's check of an HMP address: the unix:, fd: and
// vsock: forms, else inet's host:port.
func nbdAddress(uri string) *Error {
	for _, p := range []string{"unix:", "fd:", "vsock:"} {
		if strings.HasPrefix(uri, p) {
			return nil
		}
	}
	if !strings.Contains(uri, ":") {
		return GenericError(fmt.Sprintf("error parsing address '%s'", uri))
	}
	return nil
}

// exportAdd is blk_exp_add for an NBD export: the id, the node, the
// server, then the write permission a device attached to the node unshares.
func (mon *Monitor) exportAdd(id, node string, byDevice, writable bool) *Error {
	s := &mon.nbd
	if s.find(id) >= 0 {
		return GenericError(fmt.Sprintf("Block export id '%s' is already in use", id))
	}
	device := ""
	if byDevice {
		device = node
	}
	l := block.Of(mon.M)
	var n *block.Node
	if l != nil {
		if byDevice {
			n = l.Lookup(node)
		} else {
			n = l.Named(node)
		}
	}
	if n == nil {
		return GenericError(fmt.Sprintf("Cannot find device='%s' nor node-name='%s'", device, node))
	}
	if !s.running {
		return GenericError("NBD server not running")
	}
	if writable {
		if user := l.AttachedUser(n); user != "" {
			return GenericError(fmt.Sprintf("Permission conflict on node '%s': permissions 'write' are both required by an "+
				"unnamed block device (uses node '%s' as 'root' child) and unshared by block device '%s' (uses node '%s' as 'root' child).",
				n.Name, n.Name, user, n.Name))
		}
	}
	s.exports = append(s.exports, nbdExport{id: id, node: n.Name})
	return nil
}

func (mon *Monitor) exportDel(id string) *Error {
	s := &mon.nbd
	i := s.find(id)
	if i < 0 {
		return GenericError(fmt.Sprintf("Export '%s' is not found", id))
	}
	s.exports = append(s.exports[:i:i], s.exports[i+1:]...)
	mon.Emit("BLOCK_EXPORT_DELETED", qjson.O("id", id))
	return nil
}

// nbdStop is nbd_server_stop: the server's exports close with it.
func (mon *Monitor) nbdStop() *Error {
	s := &mon.nbd
	if !s.running {
		return GenericError("NBD server not running")
	}
	for len(s.exports) > 0 {
		mon.exportDel(s.exports[len(s.exports)-1].id)
	}
	s.running = false
	return nil
}

func (mon *Monitor) nbdStart() *Error {
	if mon.nbd.running {
		return GenericError("NBD server already running")
	}
	mon.nbd.running = true
	mon.Note("The NBD server's socket is the host's: nothing connects to it here.")
	return nil
}

// nbdServerAdd is qmp_nbd_server_add (HMP nbd_server_add too): the export's
// id is its name, the device's name by default. The device is looked up
// before the export is made (which needs the server running): an unknown
// device is that error either way.
func (mon *Monitor) nbdServerAdd(device, name string, writable bool) *Error {
	if _, err := mon.lookupNode(device); err != nil {
		return err
	}
	if !mon.nbd.running {
		return GenericError("NBD server not running")
	}
	if name == "" {
		name = device
	}
	return mon.exportAdd(name, device, true, writable)
}

func init() {
	registerLater(func() {
		RegisterQMP("nbd-server-start", func(mon *Monitor, _ qjson.Object) (any, *Error) {
			if err := mon.nbdStart(); err != nil {
				return nil, err
			}
			return qjson.Object{}, nil
		})
		RegisterQMP("nbd-server-stop", func(mon *Monitor, _ qjson.Object) (any, *Error) {
			if err := mon.nbdStop(); err != nil {
				return nil, err
			}
			return qjson.Object{}, nil
		})
		RegisterQMP("nbd-server-add", func(mon *Monitor, a qjson.Object) (any, *Error) {
			if err := mon.nbdServerAdd(orEmpty(arg(a, "device")), orEmpty(arg(a, "name")), arg(a, "writable") == true); err != nil {
				return nil, err
			}
			return qjson.Object{}, nil
		})
		RegisterQMP("block-export-add", func(mon *Monitor, a qjson.Object) (any, *Error) {
			if err := mon.exportAdd(orEmpty(arg(a, "id")), orEmpty(arg(a, "node-name")), false, arg(a, "writable") == true); err != nil {
				return nil, err
			}
			return qjson.Object{}, nil
		})
		del := func(key string) QMPCommand {
			return func(mon *Monitor, a qjson.Object) (any, *Error) {
				if err := mon.exportDel(orEmpty(arg(a, key))); err != nil {
					return nil, err
				}
				return qjson.Object{}, nil
			}
		}
		RegisterQMP("block-export-del", del("id"))
		RegisterQMP("nbd-server-remove", del("name"))
		RegisterQMP("query-block-exports", func(mon *Monitor, _ qjson.Object) (any, *Error) {
			out := []any{}
			for i := len(mon.nbd.exports) - 1; i >= 0; i-- {
				e := mon.nbd.exports[i]
				out = append(out, qjson.O("id", e.id, "type", "nbd", "node-name", e.node, "shutting-down", false))
			}
			return out, nil
		})
		RegisterHMP(&HMPCommand{Name: "nbd_server_start", Run: func(mon *Monitor, a Args) string {
			if err := nbdAddress(str(a, "uri")); err != nil {
				return hmpErr(err)
			}
			return hmpErr(mon.nbdStart())
		}})
		RegisterHMP(&HMPCommand{Name: "nbd_server_stop", Run: func(mon *Monitor, a Args) string {
			return hmpErr(mon.nbdStop())
		}})
		RegisterHMP(&HMPCommand{Name: "nbd_server_add", Run: func(mon *Monitor, a Args) string {
			return hmpErr(mon.nbdServerAdd(str(a, "device"), str(a, "name"), a.Bool("writable")))
		}})
		// hmp_nbd_server_remove: -f is mode hard, and ids are looked up the same.
		RegisterHMP(&HMPCommand{Name: "nbd_server_remove", Run: func(mon *Monitor, a Args) string {
			return hmpErr(mon.exportDel(str(a, "name")))
		}})
	})
}
