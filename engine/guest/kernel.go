package guest

import "strings"

// What the guest's kernel says about itself (recorded: uname -a,
// /proc/version, /proc/cmdline).

func (g *Guest) kernelRelease() string {
	if g.IsSPAPR() {
		return "6.1.0-50-powerpc64le"
	}
	return "6.1.0-50-amd64"
}

// kernelBuild is uname -v.
func (g *Guest) kernelBuild() string {
	if g.IsSPAPR() {
		return "#1 SMP Debian 6.1.176-1 (2026-07-02)"
	}
	return "#1 SMP PREEMPT_DYNAMIC Debian 6.1.176-1 (2026-07-02)"
}

func (g *Guest) kernelVersion() string {
	return "Linux version " + g.kernelRelease() + " (debian-kernel@lists.debian.org) (gcc-12 (Debian 12.2.0-14+deb12u1) 12.2.0, GNU ld (GNU Binutils for Debian) 2.40) " + g.kernelBuild()
}

// cmdline is the kernel command line the recorder gives the guest.
func (g *Guest) cmdline() string {
	s := "console=ttyS1 loglevel=7 lpj=10000000 tsc=reliable"
	if g.IsSPAPR() {
		s = "console=hvc1 loglevel=7"
	}
	if g.AutoOnline {
		s += " guest.autoonline=1"
	} else {
		s += " guest.autoonline=0"
	}
	if a := strings.TrimSpace(g.KernelArgs); a != "" {
		s += " " + a
	}
	return s
}
