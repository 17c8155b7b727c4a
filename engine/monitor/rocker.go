package monitor

import (
	"encoding/binary"
	"fmt"

	"hotpluglab/engine/board"
	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qjson"
)

// The rocker switch's queries (hw/net/rocker/rocker.c, rocker_of_dpa.c): a
// switch found by its name, its id, its front-panel ports, and the OF-DPA
// flow and group tables a guest driver fills (empty without one). Measured
// on both releases (m15-*-rocker) with a switch given no ports.

type rockerSwitch struct {
	name  string
	id    uint64
	ports int
}

// rockerDefaultMAC is fp_start_macaddr's default (rocker_realize).
var rockerDefaultMAC = []byte{0x52, 0x54, 0x00, 0x12, 0x35, 0x01}

func (mon *Monitor) rocker(name string) (*rockerSwitch, *Error) {
	var found *rockerSwitch
	if b := board.Of(mon.M); b != nil {
		b.Tree.Walk(func(d *qdev.Device) {
			if d.Type.Name != "rocker" || found != nil {
				return
			}
			n := "rocker" // TYPE_ROCKER when no name is given
			if v, ok := d.Set["name"]; ok {
				n = fmt.Sprint(v)
			}
			if n != name {
				return
			}
			// The switch id is the first port's MAC read as a little-endian
			// number unless switch_id is given.
			mac := rockerDefaultMAC
			if v, ok := d.Set["fp_start_macaddr"]; ok {
				if m, ok := board.ParseMAC(fmt.Sprint(v)); ok {
					mac = m[:]
				}
			}
			var buf [8]byte
			copy(buf[:], mac)
			id := d.SetUint("switch_id", 0)
			if id == 0 {
				id = binary.LittleEndian.Uint64(buf[:])
			}
			found = &rockerSwitch{name: n, id: id, ports: int(d.SetUint("len-ports", 0))}
		})
	}
	if found == nil {
		return nil, GenericError(fmt.Sprintf("rocker %s not found", name))
	}
	return found, nil
}

func init() {
	registerLater(func() {
		RegisterQMP("query-rocker", func(mon *Monitor, a qjson.Object) (any, *Error) {
			r, err := mon.rocker(orEmpty(arg(a, "name")))
			if err != nil {
				return nil, err
			}
			return qjson.O("name", r.name, "id", r.id, "ports", r.ports), nil
		})
		// Without ports and without a guest driver, the lists are empty.
		for _, c := range []string{"query-rocker-ports", "query-rocker-of-dpa-flows", "query-rocker-of-dpa-groups"} {
			RegisterQMP(c, func(mon *Monitor, a qjson.Object) (any, *Error) {
				if _, err := mon.rocker(orEmpty(arg(a, "name"))); err != nil {
					return nil, err
				}
				return []any{}, nil
			})
		}
		RegisterInfo(&HMPCommand{Name: "rocker", Run: func(mon *Monitor, a Args) string {
			r, err := mon.rocker(str(a, "name"))
			if err != nil {
				return hmpErr(err)
			}
			return fmt.Sprintf("name: %s\r\nid: 0x%x\r\nports: %d\r\n", r.name, r.id, r.ports)
		}})
		for name, header := range map[string]string{
			"rocker-ports":         "            ena/    speed/ auto\r\n      port  link    duplex neg?\r\n",
			"rocker-of-dpa-flows":  "prio tbl hits key(mask) --> actions\r\n",
			"rocker-of-dpa-groups": "id (decode) --> buckets\r\n",
		} {
			RegisterInfo(&HMPCommand{Name: name, Run: func(mon *Monitor, a Args) string {
				if _, err := mon.rocker(str(a, "name")); err != nil {
					return hmpErr(err)
				}
				return header
			}})
		}
	})
}
