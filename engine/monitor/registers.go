package monitor

import (
	"strconv"
	"strings"

	"hotpluglab/engine/format"
)

// The registers an expression can name ($pc, $eax, $r3, ...), as a CPU
// holds them after reset: the simulator runs no guest code, so once the
// machine has run they are what they were at reset, and a note says so.

var x86Reset = map[string]int64{
	"pc": 0xfffffff0, "eip": 0xfff0, "eflags": 0x2, "cs": 0xf000,
	"eax": 0, "ebx": 0, "ecx": 0, "esi": 0, "edi": 0, "ebp": 0, "esp": 0,
	"ds": 0, "es": 0, "ss": 0, "fs": 0, "gs": 0,
	// EDX holds the CPUID signature; this is qemu64's.
	"edx": 0x60fb1,
}

var ppcReset = map[string]int64{"pc": 0x100, "nip": 0x100, "lr": 0, "ctr": 0, "xer": 0, "msr": 0, "cr": 0}

// register is get_monitor_def for the current CPU.
func (mon *Monitor) register(name string) (int64, bool) {
	var v int64
	var ok bool
	if mon.M.IsSPAPR() {
		v, ok = ppcReset[name]
		if n, err := strconv.Atoi(strings.TrimLeft(name, "rf")); !ok && err == nil && len(name) > 1 && (name[0] == 'r' || name[0] == 'f') && n >= 0 && n < 32 {
			v, ok = 0, true
		}
	} else {
		v, ok = x86Reset[name]
		if name == "edx" && mon.M.CPUType != "qemu64-x86_64-cpu" {
			mon.Note("EDX at reset holds the CPU model's CPUID signature; the simulator knows qemu64's only.")
		}
	}
	if ok && !mon.neverRan() {
		mon.Note("The simulator runs no guest code: registers read as they were at reset.")
	}
	return v, ok
}

func init() {
	RegisterInfo(&HMPCommand{Name: "registers", Run: func(mon *Monitor, a Args) string {
		reset := linesOf(mon.M.Release(), string(mon.Target))["info registers"]
		body, ok := strings.CutPrefix(reset, "\r\nCPU#0\r\n")
		if mon.M.IsSPAPR() || !ok {
			mon.Note("The registers of this CPU are not simulated: the simulator runs no guest code.")
			return ""
		}
		if mon.M.CPUType != "qemu64-x86_64-cpu" {
			mon.Note("This is a qemu64 CPU at reset: the simulator has the reset state of QEMU's default x86 model only.")
		} else if !mon.neverRan() {
			mon.Note("The simulator runs no guest code: the registers are those of a CPU at reset.")
		}
		threads := format.CPUThreads(mon.M)
		// The recorded dump is the boot CPU's; the others wait halted for
		// their startup IPI (HLT=1), hotplugged ones too.
		dump := func(index int) string {
			regs := body
			if index != 0 {
				regs = strings.Replace(regs, " HLT=0\r\n", " HLT=1\r\n", 1)
			}
			return "\r\nCPU#" + strconv.Itoa(index) + "\r\n" + regs
		}
		if a.Bool("cpustate_all") {
			var b strings.Builder
			for _, t := range threads {
				b.WriteString(dump(t.CPUIndex))
			}
			return b.String()
		}
		if v, ok := a.Int("vcpu"); ok {
			for _, t := range threads {
				if int64(t.CPUIndex) == v {
					return dump(t.CPUIndex)
				}
			}
			return "CPU#" + strconv.FormatInt(v, 10) + " not available\r\n"
		}
		if mon.currentCPU >= 0 {
			return dump(mon.currentCPU)
		}
		return dump(threads[0].CPUIndex)
	}})
}
