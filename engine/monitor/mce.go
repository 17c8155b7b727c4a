package monitor

import (
	"fmt"

	"hotpluglab/engine/format"
	"hotpluglab/engine/qjson"
)

// mce (hmp_mce, cpu_x86_inject_mce) on an x86 machine whose guest never
// ran: CR4.MCE is clear, so each CPU the MCE reaches reports it and
// raises a triple fault (MEMORY_FAILURE, then the guest's reset).
// Measured with qemu64 (10 banks, an AMD vendor) on both releases.
const (
	mceBanks     = 10      // MCE_BANKS_DEF
	mciStatusVal = 1 << 63 // MCI_STATUS_VAL
)

func init() {
	registerLater(func() {
		RegisterHMP(&HMPCommand{Name: "mce", Run: func(mon *Monitor, a Args) string {
			if mon.M.IsSPAPR() {
				return ""
			}
			index, _ := a.Int("cpu_index")
			bank, _ := a.Int("bank")
			status, _ := a.Int("status")
			var cpus []int
			target := -1
			for _, t := range format.CPUThreads(mon.M) {
				cpus = append(cpus, t.CPUIndex)
				if int64(t.CPUIndex) == index {
					target = t.CPUIndex
				}
			}
			if target < 0 { // qemu_get_cpu found none: nothing happens
				return ""
			}
			if mon.M.CPUType != "qemu64-x86_64-cpu" || !mon.neverRan() {
				mon.Note("mce is simulated for qemu64 CPUs of a guest that never ran only: QEMU would inject the MCE.")
				return ""
			}
			switch {
			case uint64(bank) >= mceBanks:
				return "Invalid MCE bank number\r\n"
			case uint64(status)&mciStatusVal == 0:
				return "Invalid MCE status code\r\n"
			case a.Bool("broadcast") && mon.M.Release().MCABroadcastNotOnAMD:
				return "Guest CPU does not support MCA broadcast\r\n"
			}
			reached := []int{target}
			if a.Bool("broadcast") {
				for _, c := range cpus {
					if c != target {
						reached = append(reached, c)
					}
				}
			}
			out := ""
			for _, c := range reached {
				// monitor_printf without a line end.
				out += fmt.Sprintf("CPU %d: MCE capability is not enabled, raising triple fault", c)
				mon.Emit("MEMORY_FAILURE", qjson.O("recipient", "guest", "action", "reset",
					"flags", qjson.O("action-required", false, "recursive", false)))
			}
			mon.guestReset()
			return out
		}})
	})
}

// guestReset is a reset the guest asked for (a triple fault).
func (mon *Monitor) guestReset() {
	if mon.M.RebootShuts {
		mon.RequestShutdown(true, "guest-reset")
		return
	}
	mon.Emit("RESET", qjson.O("guest", true, "reason", "guest-reset"))
}
