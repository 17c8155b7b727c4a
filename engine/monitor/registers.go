package monitor

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"hotpluglab/engine/cpumodel"
	"hotpluglab/engine/format"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/qom"
	"hotpluglab/engine/release"
)

// The registers an expression can name ($pc, $eax, $r3, ...), as a CPU
// holds them after reset: the simulator runs no guest code, so once the
// machine has run they are what they were at reset, and a note says so.

// x86Reset follows target/i386's monitor_defs: sp and fp are esp's and
// ebp's other names, each segment has .base and .limit.
var x86Reset = map[string]int64{
	"pc": 0xfffffff0, "eip": 0xfff0, "eflags": 0x2, "cs": 0xf000,
	"eax": 0, "ebx": 0, "ecx": 0, "esi": 0, "edi": 0, "ebp": 0, "esp": 0, "sp": 0, "fp": 0,
	"r8": 0, "r9": 0, "r10": 0, "r11": 0, "r12": 0, "r13": 0, "r14": 0, "r15": 0,
	"ds": 0, "es": 0, "ss": 0, "fs": 0, "gs": 0,
	"cs.base": 0xffff0000, "ds.base": 0, "es.base": 0, "ss.base": 0, "fs.base": 0, "gs.base": 0,
	"cs.limit": 0xffff, "ds.limit": 0xffff, "es.limit": 0xffff, "ss.limit": 0xffff, "fs.limit": 0xffff, "gs.limit": 0xffff,
	// EDX holds the CPUID signature; this is qemu64's.
	"edx": 0x60fb1,
}

var ppcReset = map[string]int64{"pc": 0x100, "nip": 0x100, "lr": 0, "ctr": 0, "xer": 0, "msr": 0, "cr": 0, "fpscr": 0}

// ppcZeroSPRs are SPRs info registers shows zero at reset; the monitor
// finds an SPR by its name in any case (strcasecmp), unlike its own
// definitions (tbl, decr: exact).
var ppcZeroSPRs = map[string]bool{"SPRG0": true, "SPRG1": true, "SPRG2": true, "SPRG3": true, "SPRG4": true,
	"SPRG5": true, "SPRG6": true, "SPRG7": true, "SRR0": true, "SRR1": true, "HSRR0": true, "HSRR1": true,
	"VRSAVE": true, "DAR": true, "DSISR": true, "HSPRG0": true, "HSPRG1": true, "HID0": true, "AMR": true,
	"TAR": true, "PPR": true}

// ppcResetSPR reads the timebase, the decrementer and the SPRs of a
// pseries CPU at reset (measured: $sprg0, $tbl, $decr, $pvr).
func (mon *Monitor) ppcResetSPR(name string) (int64, bool) {
	model, family := mon.spaprModel()
	switch up := strings.ToUpper(name); {
	case name == "tbl" || name == "tbu" || ppcZeroSPRs[up]:
		return 0, true
	case name == "decr":
		if reset, known := mon.M.Release().SPAPRResets[family]; known {
			d, err := strconv.ParseUint(reset.DECR, 10, 64)
			return int64(d), err == nil
		}
	case slices.Contains(mon.M.Release().SPAPRNamedSPRs, up):
		return 0, true
	case up == "LPCR": // spapr_cpu_reset's, by family
		if reset, known := mon.M.Release().SPAPRResets[family]; known {
			return int64(reset.LPCR), true
		}
	case up == "PIR": // the thread's cpu_index (spapr_create_vcpu)
		return int64(max(mon.currentCPU, 0)), true
	case up == "PVR":
		pvr, ok := cpumodel.For(mon.M.Release()).PVR(model)
		return int64(pvr), ok
	}
	return 0, false
}

// noCPU says the machine has no CPU for the monitor to read ("-M none"):
// what mon_get_cpu's callers check.
func (mon *Monitor) noCPU() bool { return len(format.CPUThreads(mon.M)) == 0 }

// register is get_monitor_def for the current CPU.
func (mon *Monitor) register(name string) (int64, bool) {
	if mon.noCPU() {
		return 0, false
	}
	var v int64
	var ok bool
	if mon.M.IsSPAPR() {
		v, ok = ppcReset[name]
		if name == "msr" { // 10.0 resets with FP and ME on (info registers' MSR)
			_, family := mon.spaprModel()
			if reset, known := mon.M.Release().SPAPRResets[family]; known {
				v = int64(mon.spaprState(mon.currentThreadID(), reset).MSR)
			}
		}
		if !ok {
			v, ok = mon.ppcResetSPR(name)
		}
		if n, err := strconv.Atoi(strings.TrimLeft(name, "rf")); !ok && err == nil && len(name) > 1 && (name[0] == 'r' || name[0] == 'f') && n >= 0 && n < 32 {
			v, ok = 0, true
			if name == "r3" && mon.currentCPU <= 0 { // the boot CPU's: the device tree
				v = int64(mon.spaprFDT())
			}
		}
	} else {
		v, ok = x86Reset[name]
		if name == "edx" {
			if sig, known := mon.cpuidVersion(); known {
				v = int64(sig)
			}
		}
	}
	if ok && !mon.neverRan() {
		mon.Note("The simulator runs no guest code: registers read as they were at reset.")
	}
	return v, ok
}

func init() {
	registerLater(func() {
		RegisterInfo(&HMPCommand{Name: "registers", Run: func(mon *Monitor, a Args) string {
			if mon.noCPU() { // hmp_info_registers finds none
				if a.Bool("cpustate_all") {
					return ""
				}
				if v, ok := a.Int("vcpu"); ok {
					return "CPU#" + strconv.FormatInt(v, 10) + " not available\r\n"
				}
				return "No CPU available\r\n"
			}
			if mon.M.IsSPAPR() {
				return mon.spaprRegisters(a)
			}
			reset := linesOf(mon.M.Release(), string(mon.Target))["info registers"]
			body, ok := strings.CutPrefix(reset, "\r\nCPU#0\r\n")
			if !ok {
				mon.Note("The registers of this CPU are not simulated: the simulator runs no guest code.")
				return ""
			}
			// x86_cpu_reset puts the model's CPUID signature in EDX.
			if v, ok := mon.cpuidVersion(); ok {
				body = strings.Replace(body, "EDX=00060fb1", fmt.Sprintf("EDX=%08x", v), 1)
			}
			if mon.M.CPUType != "qemu64-x86_64-cpu" {
				mon.Note("These are a CPU's registers at reset: the simulator has the reset state of QEMU's default x86 model, with this model's CPUID signature.")
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
	})
}

// spaprFDT is where spapr_machine_reset puts the device tree, the boot
// CPU's r3: 2 MiB below the top of the real mode area (the RAM, at most
// 2 GiB of it).
func (mon *Monitor) spaprFDT() uint64 {
	return min(uint64(mon.M.RAMBytes), 0x80000000) - 0x200000
}

// spaprModel is the pseries CPU model (power9_v2.0) and its processor
// family (power9), by which the reset registers are known.
func (mon *Monitor) spaprModel() (model, family string) {
	model, _, _ = strings.Cut(mon.M.ThreadType, "-powerpc64-cpu")
	family, _, _ = strings.Cut(model, "_")
	return model, family
}

// spaprRegisters is info registers on pseries: the boot CPU before the
// machine first runs; other CPUs, other processor families and a machine
// that has run get a note (their state is not modelled).
func (mon *Monitor) spaprRegisters(a Args) string {
	threads := format.CPUThreads(mon.M)
	want := threads[0].CPUIndex
	if mon.currentCPU >= 0 {
		want = mon.currentCPU
	}
	if v, ok := a.Int("vcpu"); ok {
		found := false
		for _, t := range threads {
			found = found || int64(t.CPUIndex) == v
		}
		if !found {
			return "CPU#" + strconv.FormatInt(v, 10) + " not available\r\n"
		}
		want = int(v)
	}
	model, family := mon.spaprModel()
	reset, known := mon.M.Release().SPAPRResets[family]
	pvr, hasPVR := cpumodel.For(mon.M.Release()).PVR(model)
	if !known || !hasPVR || !mon.neverRan() {
		mon.Note("The registers of this CPU are not simulated: the simulator has the reset state of pseries CPUs (POWER8 to POWER10) only, and runs no guest code.")
		return ""
	}
	var b strings.Builder
	for i, t := range threads {
		if a.Bool("cpustate_all") || t.CPUIndex == want {
			mon.spaprThreadRegisters(&b, t.CPUIndex, t.ThreadID, i == 0, reset, pvr)
		}
	}
	return CRLF(b.String())
}

// spaprThreadRegisters writes one vCPU's registers as they are before the
// machine first runs. Only the first vCPU is started by the machine's reset
// (spapr_cpu_set_entry_state): it has the FDT's address in r3 and the
// power-management exit bits (pcc->lpcr_pm, 0x1f000 from POWER8 on) in LPCR;
// the others wait for RTAS start-cpu without them (measured, m7m-regs-*).
func (mon *Monitor) spaprThreadRegisters(b *strings.Builder, index, tid int, first bool, reset release.SPAPRReset, pvr uint64) {
	const lpcrPM = 0x1f000
	st := mon.spaprState(tid, reset)
	r3, lpcr := uint64(0), reset.LPCR&^lpcrPM
	if first {
		r3, lpcr = mon.spaprFDT(), reset.LPCR
	}
	fmt.Fprintf(b, "\nCPU#%d\nNIP 0000000000000100   LR 0000000000000000 CTR 0000000000000000 XER 0000000000000000 CPU#%d\n", index, index)
	fmt.Fprintf(b, "MSR %016x HID0 0000000000000000  HF %08x iidx 3 didx 3\nTB 00000000 00000000 DECR %s\n", st.MSR, st.hflags(reset.HF), reset.DECR)
	zeros := " 0000000000000000 0000000000000000 0000000000000000 0000000000000000\n"
	fmt.Fprintf(b, "GPR00 0000000000000000 0000000000000000 0000000000000000 %016x\n", r3)
	for r := 4; r < 32; r += 4 {
		fmt.Fprintf(b, "GPR%02d%s", r, zeros)
	}
	b.WriteString(mon.M.Release().SPAPRCRLine + "\n")
	for r := 0; r < 32; r += 4 {
		fmt.Fprintf(b, "FPR%02d%s", r, zeros)
	}
	fmt.Fprintf(b, "FPSCR 0000000000000000\n SRR0 %016x  SRR1 %016x    PVR %016x VRSAVE 0000000000000000\n", st.SRR0, st.SRR1, pvr)
	b.WriteString("SPRG0 0000000000000000 SPRG1 0000000000000000  SPRG2 0000000000000000  SPRG3 0000000000000000\n" +
		"SPRG4 0000000000000000 SPRG5 0000000000000000  SPRG6 0000000000000000  SPRG7 0000000000000000\n" +
		"HSRR0 0000000000000000 HSRR1 0000000000000000\n CFAR 0000000000000000\n")
	reg := "PTCR"
	if reset.SDR1 {
		reg = "SDR1"
	}
	fmt.Fprintf(b, " LPCR %016x\n %s 0000000000000000   DAR 0000000000000000  DSISR 0000000000000000\n", lpcr, reg)
}

// spaprInterrupted is what a pseries vCPU holds that an interrupt changes
// while it has not run.
type spaprInterrupted struct {
	MSR, SRR0, SRR1 uint64
}

// MSR bits that the interrupts and hflags below read.
const (
	msrSF = uint64(1) << 63
	msrFP = uint64(1) << 13
	msrME = uint64(1) << 12
)

// hflags is info registers' HF: the reset's, with the bits that follow
// MSR's FP and 64-bit mode (hreg_compute_hflags) taken from this MSR.
func (st spaprInterrupted) hflags(reset uint64) uint64 {
	const hf64, hfFP = 1 << 2, 1 << 13
	hf := reset &^ (hf64 | hfFP)
	if st.MSR&msrSF != 0 {
		hf |= hf64
	}
	if st.MSR&msrFP != 0 {
		hf |= hfFP
	}
	return hf
}

// spaprState is a pseries vCPU's state (by host thread id): the reset
// one unless an nmi has interrupted it since.
func (mon *Monitor) spaprState(tid int, reset release.SPAPRReset) spaprInterrupted {
	if st, ok := mon.spaprNMI[tid]; ok {
		return st
	}
	return spaprInterrupted{MSR: reset.MSR}
}

// currentThreadID is the host thread id of the monitor's current CPU.
func (mon *Monitor) currentThreadID() int {
	threads := format.CPUThreads(mon.M)
	for _, t := range threads {
		if t.CPUIndex == mon.currentCPU {
			return t.ThreadID
		}
	}
	if len(threads) == 0 {
		return -1
	}
	return threads[0].ThreadID
}

// injectSPAPRNMI is spapr_nmi: every vCPU takes a system reset interrupt
// (ppc_cpu_do_system_reset) at once, run or not: SRR0 and SRR1 keep where
// it was (the reset vector, 0x100) and its MSR (less the bits an
// interrupt's SRR1 does not carry), and the new MSR is 64-bit with ME
// kept (measured on both releases, POWER8 to POWER10).
func (mon *Monitor) injectSPAPRNMI() {
	_, family := mon.spaprModel()
	reset := mon.M.Release().SPAPRResets[family]
	if mon.spaprNMI == nil {
		mon.spaprNMI = map[int]spaprInterrupted{}
	}
	for _, t := range format.CPUThreads(mon.M) {
		old := mon.spaprState(t.ThreadID, reset)
		mon.spaprNMI[t.ThreadID] = spaprInterrupted{MSR: msrSF | old.MSR&msrME, SRR0: 0x100, SRR1: old.MSR &^ 0x783f0000}
	}
}

func init() {
	registerLater(func() {
		RegisterHMP(&HMPCommand{Name: "nmi", Run: func(mon *Monitor, _ Args) string {
			if mon.M.Type.Name == "none" {
				return "Error: " + mon.M.Release().NoNMIProvider + "\r\n"
			}
			if !mon.M.IsSPAPR() {
				mon.Note("nmi is not simulated: QEMU would act on it; here nothing changed.")
				return ""
			}
			mon.injectSPAPRNMI()
			return ""
		}})
		RegisterQMP("inject-nmi", func(mon *Monitor, args qjson.Object) (any, *Error) {
			if mon.M.Type.Name == "none" {
				return nil, GenericError(mon.M.Release().NoNMIProvider)
			}
			if !mon.M.IsSPAPR() {
				return mon.unmodelled("inject-nmi", args)
			}
			mon.injectSPAPRNMI()
			return qjson.Object{}, nil
		})
	})
}

// cpuidVersion is the x86 CPU's CPUID signature (cpuid_version, what
// EDX holds at reset) from its family, model and stepping: -cpu's
// settings, else the model's recorded values.
func (mon *Monitor) cpuidVersion() (uint64, bool) {
	get := func(p string) (uint64, bool) {
		if s, ok := mon.M.CPUSettings[p]; ok {
			n, err := strconv.ParseUint(s, 0, 64)
			return n, err == nil
		}
		r, ok := qom.RecordedValue(mon.M.Release(), string(mon.Target), "cpu:"+mon.M.CPUType, p)
		if !ok {
			return 0, false
		}
		n, err := strconv.ParseUint(fmt.Sprint(r), 10, 64)
		return n, err == nil
	}
	family, ok1 := get("family")
	model, ok2 := get("model")
	stepping, ok3 := get("stepping")
	if !ok1 || !ok2 || !ok3 {
		return 0, false
	}
	v := family << 8
	if family > 0x0f {
		v = 0xf00 | (family-0x0f)<<20
	}
	return v | (model&0xf)<<4 | (model>>4)<<16 | stepping&0xf, true
}
