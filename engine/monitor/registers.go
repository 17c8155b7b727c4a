package monitor

import (
	"strconv"
	"strings"
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
