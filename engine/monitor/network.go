package monitor

import (
	"fmt"

	"hotpluglab/engine/board"
	"hotpluglab/engine/netdev"
	"hotpluglab/engine/qjson"
)

// The network as the monitor sees it: info network (hubs first, as
// hmp_info_network), netdev_add and netdev_del.
func init() {
	RegisterInfo(&HMPCommand{Name: "network", Run: func(mon *Monitor, _ Args) string {
		n := netdev.Of(mon.M)
		if n == nil {
			return ""
		}
		return CRLF(n.Info(nics(mon)))
	}})
	RegisterHMP(&HMPCommand{Name: "netdev_add", ArgsType: "netdev:O", Run: func(mon *Monitor, a Args) string {
		n := netdev.Of(mon.M)
		arg := str(a, "netdev")
		if n == nil {
			return ""
		}
		if arg == "help" || arg == "?" {
			return CRLF(mon.M.Release().Text("netdev-help.txt"))
		}
		parseErr, err := n.AddHMP(arg)
		if parseErr != nil {
			// The argument's QemuOpts parse reports to stderr; the
			// command then gives its usage hint.
			mon.WriteStderr(parseErr.Error() + "\n")
			return "Try \"help netdev_add\" for more information\r\n"
		}
		if err != nil {
			return "Error: " + err.Error() + "\r\n"
		}
		registerNetdevs(mon, n)
		return ""
	}})
	RegisterHMP(&HMPCommand{Name: "netdev_del", ArgsType: "id:s", Run: func(mon *Monitor, a Args) string {
		if err := netdevDel(mon, str(a, "id")); err != nil {
			return "Error: " + err.Desc + "\r\n"
		}
		return ""
	}})
	RegisterQMPRaw("netdev_add", func(mon *Monitor, args qjson.Object) (any, *Error) {
		n := netdev.Of(mon.M)
		if n == nil {
			return nil, GenericError("network backends are not simulated on this machine")
		}
		if err := n.AddQMP(args); err != nil {
			return nil, GenericError(err.Error())
		}
		registerNetdevs(mon, n)
		return qjson.Object{}, nil
	})
	RegisterQMP("netdev_del", func(mon *Monitor, args qjson.Object) (any, *Error) {
		id, _ := args.Get("id")
		s, _ := id.(string)
		if err := netdevDel(mon, s); err != nil {
			return nil, err
		}
		return qjson.Object{}, nil
	})
}

// nics are the board's NICs as net clients.
func nics(mon *Monitor) []netdev.NIC {
	if b := board.Of(mon.M); b != nil {
		return netdev.NICsOf(b)
	}
	return nil
}

// registerNetdevs lets device_add find the backends netdev_add made.
func registerNetdevs(mon *Monitor, n *netdev.State) {
	b := board.Of(mon.M)
	if b == nil {
		return
	}
	if r, ok := b.Backends.(*board.Registry); ok {
		for _, name := range n.Names() {
			r.Netdevs[name] = true
		}
	}
}

func netdevDel(mon *Monitor, id string) *Error {
	n := netdev.Of(mon.M)
	if n == nil || !n.Del(id, nics(mon)) {
		return &Error{Class: "DeviceNotFound", Desc: fmt.Sprintf("Device '%s' not found", id)}
	}
	if b := board.Of(mon.M); b != nil {
		if r, ok := b.Backends.(*board.Registry); ok && !n.Has(id) {
			delete(r.Netdevs, id)
		}
	}
	return nil
}
