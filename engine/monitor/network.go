package monitor

import (
	"hotpluglab/engine/board"
	"hotpluglab/engine/netdev"
)

// info network: the net clients, hubs first (hmp_info_network).
func init() {
	RegisterInfo(&HMPCommand{Name: "network", Run: func(mon *Monitor, _ Args) string {
		n := netdev.Of(mon.M)
		if n == nil {
			return ""
		}
		var nics []netdev.NIC
		if b := board.Of(mon.M); b != nil {
			nics = netdev.NICsOf(b)
		}
		return CRLF(n.Info(nics))
	}})
}
