package guest

import "fmt"

// The guest ending itself (recorded with busybox's poweroff/reboot/halt -f,
// the shell's exit and system_powerdown): reboot(2) from the applets, the
// kernel's panic when init (the shell) exits, and the power button.

// Halted: the kernel stopped (halt -f, or a panic QEMU survives); no shell.
const Halted State = 3

// PowerButton is the machine's power button pressed (system_powerdown):
// the pseries kernel powers off at once on the EPOW event; the x86 guest's
// busybox userspace has no acpid, so the ACPI button goes unheard. It
// reports whether the guest powered the machine off.
func (g *Guest) PowerButton() bool {
	if g.state != Running || !g.IsSPAPR() {
		return false
	}
	g.kernel("Power off requested")
	g.kernel("reboot: Failed to start orderly shutdown: forcing the issue")
	g.kernel("reboot: Power down")
	g.stop()
	return true
}

// rebootRequest is reboot(2): cmd "poweroff", "reboot" or "halt".
func (g *Guest) rebootRequest(cmd string) {
	switch cmd {
	case "poweroff":
		if !g.IsSPAPR() {
			g.kernel("ACPI: PM: Preparing to enter system sleep state S5")
			g.kernel("reboot: Power down")
		}
		g.stop()
		if g.HW.PowerOff != nil {
			g.HW.PowerOff()
		}
	case "halt":
		g.kernel("reboot: System halted")
		g.stop()
	case "reboot":
		g.kernel("reboot: Restarting system")
		// The guest's own reset: the machine resets (RESET guest-reset) and
		// the firmware boots the kernel again, resetting once more on x86.
		printed := g.pending
		g.Reset(true)
		g.pending = printed
		if g.HW.Reset != nil {
			g.HW.Reset()
			if !g.IsSPAPR() {
				for i := 1; i <= firmwareResets; i++ {
					g.after(int64(i)*300_000, g.HW.Reset)
				}
			}
		}
	}
}

// initExited: the shell was init; the kernel panics. The call trace that
// follows the first lines holds addresses that change with every boot
// (KASLR, the stack), so only its frame is shown. On pseries the panic
// reaches QEMU (ibm,os-term): GUEST_PANICKED, and QEMU powers off.
func (g *Guest) initExited(status int) {
	msg := fmt.Sprintf("Attempted to kill init! exitcode=0x%08x", status<<8)
	g.kernel("Kernel panic - not syncing: %s", msg)
	g.kernel("CPU: 0 PID: 1 Comm: sh %s %s #1  Debian 6.1.176-1", g.printTainted(), g.kernelRelease())
	g.kernel("Hardware name: %s", g.hardwareName())
	g.kernel("Call Trace:")
	g.notes = append(g.notes, "the kernel's call trace after a panic is not reproduced: its addresses change with every boot")
	if !g.IsSPAPR() {
		g.kernel("---[ end Kernel panic - not syncing: %s ]---", msg)
	}
	g.stop()
	if g.IsSPAPR() && g.HW.Panicked != nil {
		g.HW.Panicked("OS panic: " + msg)
	}
}

// taintWarn is TAINT_WARN (bit 9, 'W'), the only taint this guest takes.
const taintWarn = 1 << 9

// taintMask is the kernel's tainted_mask (/proc/sys/kernel/tainted).
func (g *Guest) taintMask() int {
	if g.tainted {
		return taintWarn
	}
	return 0
}

// printTainted is print_tainted() of Linux 6.1: "Not tainted", or a letter
// or a blank for each of its 19 taint flags (G for a GPL-only kernel).
func (g *Guest) printTainted() string {
	if !g.tainted {
		return "Not tainted"
	}
	return "Tainted: G        W         "
}

// hardwareName is the panic's "Hardware name:" (DMI on x86, the device
// tree's model and the CPU on pseries).
func (g *Guest) hardwareName() string {
	if g.IsSPAPR() {
		m := powerModels[g.M.CPUType]
		pvr := map[string]string{"POWER9": "0x4e1200", "POWER10": "0x801200"}[m[0]]
		return fmt.Sprintf("IBM pSeries (emulated by qemu) %s (architected) %s 0xf000005 of:SLOF,HEAD pSeries", m[0], pvr)
	}
	board := "QEMU Standard PC (i440FX + PIIX, 1996)"
	if g.hotplugBase() == 0x0cd8 {
		board = "QEMU Standard PC (Q35 + ICH9, 2009)"
	}
	return board + ", BIOS 1.16.2-debian-1.16.2-1 04/01/2014"
}

// stop ends the kernel's work: no shell, no more timers.
func (g *Guest) stop() {
	g.state = Halted
	g.timers = nil
	g.sh = nil
}
