package monitor

import (
	"fmt"
	"strings"

	"hotpluglab/engine/board"
	"hotpluglab/engine/machine"
	"hotpluglab/engine/netdev"
	"hotpluglab/engine/object"
	"hotpluglab/engine/qjson"
)

// The network as the monitor sees it: info network (hubs first, as
// hmp_info_network), netdev_add and netdev_del.
func init() {
	registerLater(func() {
		RegisterInfo(&HMPCommand{Name: "network", Run: func(mon *Monitor, _ Args) string {
			n := netdev.Of(mon.M)
			if n == nil {
				return ""
			}
			n.Filters = func(client string) []string {
				var out []string
				for _, o := range object.Of(mon.M) {
					if strings.HasPrefix(o.Type, "filter-") && o.Props["netdev"] == client {
						out = append(out, object.FilterLine(mon.M.Release(), string(mon.Target), o))
					}
				}
				return out
			}
			return CRLF(n.Info(nics(mon)))
		}})
		RegisterInfo(&HMPCommand{Name: "usernet", Run: func(mon *Monitor, _ Args) string {
			n := netdev.Of(mon.M)
			if n == nil {
				return ""
			}
			return CRLF(n.UsernetInfo())
		}})
		// hostfwd_add / hostfwd_remove [netdev_id] rule: the rules a
		// user backend forwards (the simulated host binds nothing).
		hostfwd := func(mon *Monitor, a Args, add bool) string {
			n := netdev.Of(mon.M)
			if n == nil {
				return ""
			}
			id, rule := "", str(a, "arg1")
			if r := str(a, "arg2"); r != "" {
				id, rule = rule, r
			}
			name, msg := n.Slirp(id)
			if msg != "" {
				return msg + "\r\n"
			}
			rules, _ := mon.M.Extra["hostfwd"].(map[string]bool)
			if rules == nil {
				rules = map[string]bool{}
				mon.M.Extra["hostfwd"] = rules
			}
			if add {
				if e := netdev.HostfwdError(rule); e != "" {
					return e + "\r\n"
				}
				src, _, _ := strings.Cut(rule, "-")
				rules[name+"|"+src] = true
				return ""
			}
			if !netdev.HostfwdRemoveReads(rule) {
				return "invalid format\r\n"
			}
			key := name + "|" + rule
			if !strings.HasPrefix(rule, "tcp:") && !strings.HasPrefix(rule, "udp:") {
				key = name + "|tcp" + rule
			}
			if rules[key] {
				delete(rules, key)
				return "host forwarding rule for " + rule + " removed\r\n"
			}
			return "host forwarding rule for " + rule + " not found\r\n"
		}
		RegisterHMP(&HMPCommand{Name: "hostfwd_add", ArgsType: "arg1:s,arg2:s?", Run: func(mon *Monitor, a Args) string {
			return hostfwd(mon, a, true)
		}})
		RegisterHMP(&HMPCommand{Name: "hostfwd_remove", ArgsType: "arg1:s,arg2:s?", Run: func(mon *Monitor, a Args) string {
			return hostfwd(mon, a, false)
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
			if n.HubPeerTaken(arg) {
				mon.crash(&machine.Crash{Stderr: fmt.Sprintf("%s: %s: qemu_net_client_setup: Assertion `!peer->peer' failed.\n",
					mon.Target.Binary(), mon.M.Release().NetClientSetupAssert), Signal: 6})
				return ""
			}
			before := n.Clients()
			parseErr, err := n.AddHMP(arg)
			n.MadeAfter(nics(mon), before)
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
		// set_link on a net client QEMU has: nothing to say (the link state
		// shows to the guest only); other names get the recorded answer.
		RegisterHMP(&HMPCommand{Name: "set_link", ArgsType: "name:s,up:b", Run: func(mon *Monitor, a Args) string {
			name := str(a, "name")
			if hasClient(mon, name) {
				return ""
			}
			return mon.said("set_link ARG on", name)
		}})
		RegisterQMP("set_link", func(mon *Monitor, args qjson.Object) (any, *Error) {
			name, _ := args.Get("name")
			s, _ := name.(string)
			if !hasClient(mon, s) {
				return nil, &Error{Class: "DeviceNotFound", Desc: fmt.Sprintf("Device '%s' not found", s)}
			}
			return qjson.Object{}, nil
		})
		RegisterQMPRaw("netdev_add", func(mon *Monitor, args qjson.Object) (any, *Error) {
			n := netdev.Of(mon.M)
			if n == nil {
				return nil, GenericError("network backends are not simulated on this machine")
			}
			before := n.Clients()
			defer n.MadeAfter(nics(mon), before)
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
	})
}

// hasClient says whether a net client (a backend or a NIC) has that name.
func hasClient(mon *Monitor, name string) bool {
	n := netdev.Of(mon.M)
	if n == nil {
		return false
	}
	if n.Has(name) {
		return true
	}
	for _, c := range nics(mon) {
		if c.Name == name {
			return true
		}
	}
	return false
}

// nics are the board's NICs as net clients.
// query-rx-filter (qmp_query_rx_filter): virtio-net NICs' receive
// filters as a NIC has them before its guest driver sets any (promiscuous,
// every VLAN), in creation order; a name picks one net client (measured on
// both releases).
func init() {
	registerLater(func() {
		RegisterQMP("query-rx-filter", func(mon *Monitor, args qjson.Object) (any, *Error) {
			name, named := args.Get("name")
			out := []any{}
			for _, n := range nics(mon) {
				if named && n.Name != name {
					continue
				}
				if !strings.HasPrefix(n.Model, "virtio-net") {
					if named {
						return nil, GenericError(fmt.Sprintf("net client(%s) doesn't support rx-filter querying", n.Name))
					}
					continue
				}
				vlans := make([]any, 4096)
				for i := range vlans {
					vlans[i] = 4095 - i
				}
				out = append(out, qjson.O("name", n.Name, "promiscuous", true, "multicast", "normal", "unicast", "normal",
					"vlan", "all", "broadcast-allowed", false, "multicast-overflow", false, "unicast-overflow", false,
					"main-mac", n.MAC, "vlan-table", vlans, "unicast-table", []any{}, "multicast-table", []any{}))
			}
			if named && len(out) == 0 {
				if n := netdev.Of(mon.M); n != nil && n.Has(fmt.Sprint(name)) {
					return nil, GenericError(fmt.Sprintf("net client(%s) isn't a NIC", name))
				}
				return nil, GenericError(fmt.Sprintf("invalid net client name: %s", name))
			}
			return out, nil
		})
	})
}

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
	if n != nil && n.NotNetdev(id) {
		return GenericError(fmt.Sprintf("Device '%s' is not a netdev", id))
	}
	if n == nil || !n.Del(id, nics(mon)) {
		return &Error{Class: "DeviceNotFound", Desc: fmt.Sprintf("Device '%s' not found", id)}
	}
	// qemu_cleanup_net_client: the netdev's filters go with it.
	for _, o := range object.Of(mon.M) {
		if strings.HasPrefix(o.Type, "filter-") && o.Props["netdev"] == id {
			object.Del(mon.M, o.ID)
		}
	}
	if b := board.Of(mon.M); b != nil {
		if r, ok := b.Backends.(*board.Registry); ok && !n.Has(id) {
			// Gone for device_add, even while a NIC still holds it: a
			// new netdev_add of the id may be claimed again.
			delete(r.Netdevs, id)
			r.ReleaseNetdev(id)
		}
	}
	return nil
}
