package monitor

import (
	"fmt"
	"slices"
	"strconv"

	"hotpluglab/engine/board"
	"hotpluglab/engine/pci"
	"hotpluglab/engine/qdev"
)

// HMP pcie_aer_inject_error (hw/pci/pcie_aer.c): a PCI device by its id,
// which must be PCI Express; the error by its name or a status number, one
// supported bit; then "OK" with where the device sits. 7.2 prints its own
// lines, 10.0 reports Errors (release AERErrorsAsErrors). Measured on both
// releases (m15-*-aer): a device behind a PCIe root port is express, and a
// root port itself; devices on the root complex's own bus were not measured
// and count as conventional PCI.

// aerUncorrectable and aerCorrectable are pcie_aer_parse_error_string's
// names, with their status bits (PCI_ERR_UNC_* and PCI_ERR_COR_*).
var (
	aerUncorrectable = map[string]uint64{"DLP": 0x10, "SDN": 0x20, "POISON_TLP": 0x1000, "FCP": 0x2000,
		"COMP_TIME": 0x4000, "COMP_ABORT": 0x8000, "UNX_COMP": 0x10000, "RX_OVER": 0x20000, "MALF_TLP": 0x40000,
		"ECRC": 0x80000, "UNSUP": 0x100000, "ACSV": 0x200000, "INTN": 0x400000, "MCBTLP": 0x800000,
		"ATOP_EBLOCKED": 0x1000000, "TLP_PRF_BLOCKED": 0x2000000}
	aerCorrectable = map[string]uint64{"RCVR": 0x1, "BAD_TLP": 0x40, "BAD_DLLP": 0x80, "REP_ROLL": 0x100,
		"REP_TIMER": 0x1000, "ADV_NONFATAL": 0x2000, "INTERNAL": 0x4000, "HL_OVERFLOW": 0x8000}
)

// pcieProper are the PCI Express ports and bridges, express wherever they sit.
var pcieProper = []string{"pcie-root-port", "ioh3420", "x3130-upstream", "xio3130-downstream", "pcie-pci-bridge"}

func isExpress(d *qdev.Device) bool {
	if slices.Contains(pcieProper, d.Type.Name) {
		return true
	}
	b := pci.BusOf(d.Bus)
	return b != nil && b.Express && !b.Root
}

// aerSupported: the bits pcie_aer_inject_error takes (one of the names').
func aerSupported(status uint64, correctable bool) bool {
	table := aerUncorrectable
	if correctable {
		table = aerCorrectable
	}
	for _, bit := range table {
		if status == bit {
			return true
		}
	}
	return false
}

func init() {
	registerLater(func() {
		RegisterHMP(&HMPCommand{Name: "pcie_aer_inject_error", Run: func(mon *Monitor, a Args) string {
			asErr := mon.M.Release().AERErrorsAsErrors
			id := str(a, "id")
			var dev *qdev.Device
			if b := board.Of(mon.M); b != nil {
				b.Tree.Walk(func(d *qdev.Device) {
					if dev == nil && id != "" && d.ID == id && pci.Of(d) != nil {
						dev = d
					}
				})
			}
			if dev == nil {
				if asErr {
					return line("Error: device '%s' not found", id)
				}
				return line("id or pci device path is invalid or device not found. %s", id)
			}
			if !isExpress(dev) {
				if asErr {
					return line("Error: device '%s' is not a PCIe device", id)
				}
				return line("the device doesn't support pci express. %s", id)
			}
			name := str(a, "error_status")
			correctable := a.Bool("correctable")
			status, named := aerUncorrectable[name]
			if s, ok := aerCorrectable[name]; ok {
				status, named, correctable = s, true, true
			}
			switch {
			case named && a.Bool("correctable") && asErr:
				return "Error: -c is only valid with numeric error status\r\n"
			case !named:
				v, err := strconv.ParseUint(name, 0, 64)
				if err != nil {
					if asErr {
						return line("Error: invalid error status value '%s'", name)
					}
					return fmt.Sprintf("invalid error status value. \"%s\"", name) // 7.2: no line end
				}
				status = v
			}
			if !aerSupported(status, correctable) {
				if asErr {
					return "Error: failed to inject error: Invalid argument\r\n"
				}
				return "failed to inject error: Invalid argument\r\n"
			}
			mon.Note("The error is raised in the device's AER registers; the simulated guest has no AER driver.")
			f := pci.Of(dev)
			return line("OK id: %s root bus: 0000:00, bus: %x devfn: %x.%x", id, pci.BusNumber(dev), f.DevFn>>3, f.DevFn&7)
		}})
	})
}
