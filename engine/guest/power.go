package guest

// The guest ending itself: reboot(2) from poweroff/reboot/halt -f, and
// the shell, which is init, exiting (the kernel panics).

func (g *Guest) rebootRequest(cmd string) {
	g.notes = append(g.notes, cmd+" -f is not modelled in this simulated guest yet")
}

func (g *Guest) initExited(status int) {
	g.notes = append(g.notes, "the shell was the guest's init; its exit is not modelled in this simulated guest yet")
}
