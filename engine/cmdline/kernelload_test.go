package cmdline

import "testing"

// x86_load_linux's vga= (measured: vga=foo refused, vga=ask, vga=0x317 and a
// word after taken, vga=791,quiet refused on both releases).
func TestKernelVGAModeValid(t *testing.T) {
	for line, want := range map[string]bool{
		"": true, "console=ttyS0": true, "vga=ask": true, "vga=normal": true, "vga=extended": true,
		"quiet vga=0x317 splash": true, "vga=791": true, "vga=-1": true, "vga=foo console=ttyS0": false,
		"vga=791,quiet": false, "vga=": false, "vga=0x": false, "vga=1_000": false, "vga=0b101": false,
		"vga=4294967296": false, "vga=4294967295": true, "vga= 5": true, "vga= quiet": false, "vga=+-5": false,
	} {
		if got := kernelVGAModeValid(line); got != want {
			t.Errorf("kernelVGAModeValid(%q) = %v, want %v", line, got, want)
		}
	}
}
