package monitor

import (
	"fmt"
	"strings"

	"hotpluglab/engine/board"
	"hotpluglab/engine/cpumodel"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/pci"
	"hotpluglab/engine/qjson"
)

// info roms (hmp_info_roms) on x86: the ROMs the board registered, as
// measured per machine: the vapic option ROM (with an APIC, on the boards
// that load option ROMs), the firmware, then ACPI's fw_cfg blobs (the RSDP
// in RAM from pc-i440fx-2.3 on). pseries and other machines keep their
// recorded listing.
func init() {
	registerLater(func() {
		RegisterInfo(&HMPCommand{Name: "roms", Run: func(mon *Monitor, _ Args) string {
			m := mon.M
			if m.Type.Empty() {
				return ""
			}
			if m.IsSPAPR() { // SLOF at 0, then the option ROMs (address 0 too)
				return mon.fixed().hmp["info roms"] + mon.fwCfgOptionROMs()
			}
			var b strings.Builder
			fw := func(size uint32, mem, name string) {
				fmt.Fprintf(&b, "addr=%016x size=0x%06x mem=%s name=\"%s\"\r\n", uint64(1<<32)-uint64(size), size, mem, name)
			}
			acpi := m.ACPI
			switch m.Type.Family {
			case machinetype.PC, machinetype.Q35, machinetype.ISAPC:
				if m.Type.Family == machinetype.ISAPC && board.Of(m).Has("isa-cirrus-vga") { // rom_add_vga
					fmt.Fprintf(&b, "fw=vgaroms/vgabios-cirrus.bin size=0x%06x name=\"vgabios-cirrus.bin\"\r\n", m.Release().CirrusVGABIOSSize)
				}
				if mon.cpuHasAPIC() {
					b.WriteString("fw=genroms/kvmvapic.bin size=0x002400 name=\"kvmvapic.bin\"\r\n")
				}
				b.WriteString(mon.fwCfgOptionROMs())
				if m.Type.Family == machinetype.ISAPC { // no PCI: the BIOS is RAM
					fw(0x20000, "ram", "bios.bin")
				} else {
					fw(0x40000, "rom", "bios-256k.bin")
				}
			case machinetype.Microvm:
				acpi = m.Props["acpi"] != "off"
				if acpi {
					fw(m.Release().MicrovmBIOSSize, "ram", "bios-microvm.bin")
				} else {
					fw(0x10000, "ram", "qboot.rom")
				}
			default:
				return mon.fixed().hmp["info roms"]
			}
			if acpi {
				b.WriteString("/rom@etc/acpi/tables size=0x200000 name=\"etc/acpi/tables\"\r\n")
				b.WriteString("/rom@etc/table-loader size=0x010000 name=\"etc/table-loader\"\r\n")
				if !(m.Type.Family == machinetype.PC && m.Type.VersionAtMost(2, 2)) { // rsdp_in_ram
					b.WriteString("/rom@etc/acpi/rsdp size=0x001000 name=\"etc/acpi/rsdp\"\r\n")
				}
			}
			return b.String()
		}})
	})
}

// fwCfgOptionROMs are the ROMs of PCI devices made with the machine
// without a ROM BAR (rombar=0): pci_add_option_rom hands their romfile to
// the firmware through fw_cfg (rom_add_option, "genroms/"), at address 0
// after the ones before them, in the order the devices were made.
func (mon *Monitor) fwCfgOptionROMs() string {
	st := board.Of(mon.M)
	if st == nil {
		return ""
	}
	var b strings.Builder
	for _, d := range st.Created() {
		bar, _ := d.Prop("rombar")
		file, _ := d.Prop("romfile")
		file = strings.Trim(file, `"`)
		if d.Hotplugged || pci.Of(d) == nil || !strings.HasPrefix(bar, "0 ") || file == "" {
			continue
		}
		size, ok := mon.M.Release().FirmwareFiles[file]
		if !ok {
			mon.Note(fmt.Sprintf("The option ROM %s is not one of QEMU's firmware files: its size is not known and it is left out.", file))
			continue
		}
		fmt.Fprintf(&b, "fw=genroms/%s size=0x%06x name=\"%s\"\r\n", file, size, file)
	}
	return b.String()
}

// cpuHasAPIC: the -cpu model, with its features as given, has a local
// APIC (a 486 has none).
func (mon *Monitor) cpuHasAPIC() bool {
	m := mon.M
	if m.CPUFeaturesOff["apic"] {
		return false
	}
	if m.CPUFeaturesOn["apic"] {
		return true
	}
	model := strings.TrimSuffix(m.CPUType, "-x86_64-cpu")
	e := cpumodel.ExpansionFor(m.Release())
	if !e.Has(model) {
		return true
	}
	o, err := e.Expand("full", model, nil, m.CPUType, "")
	if err != nil {
		return true
	}
	mo, _ := o.Get("model")
	props, _ := mo.(qjson.Object).Get("props")
	v, _ := props.(qjson.Object).Get("apic")
	return v != false
}

// wakeupSuspend is query-current-machine's wakeup-suspend-support: x86
// machines with an ACPI PM device (PIIX4's, ICH9's, which q35 keeps with
// acpi=off) register it; microvm and isapc do not.
func (mon *Monitor) wakeupSuspend() bool {
	m := mon.M
	if m.Target != machinetype.X86_64 || m.Type.Family == machinetype.Other {
		return m.Type.WakeupSuspend
	}
	b := board.Of(m)
	return b.Has("PIIX4_PM") || b.Has("ICH9-LPC")
}
