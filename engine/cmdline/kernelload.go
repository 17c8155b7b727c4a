package cmdline

import (
	"fmt"
	"strconv"
	"strings"

	"hotpluglab/engine/hostfs"
	"hotpluglab/engine/machine"
	"hotpluglab/engine/machinetype"
)

// The simulated host's files are disk images as qemu-img writes them
// (zeros, or a qcow2 header): none carries a Linux setup header ("HdrS"
// at 0x202), a multiboot header or an ELF header. What QEMU's kernel
// loaders make of such a file follows.

// loadKernel is the board's -kernel loading: x86_load_linux (pc_memory_init
// after the BIOS, isapc's too; microvm_memory_init) and spapr_machine_init's
// load_elf.
func (o *Options) loadKernel(m *machine.Machine, target machinetype.Target, f string) error {
	h, found := o.Block.Host.Lookup(f)
	_, initrd := o.Machine.String("initrd")
	initrd = initrd || o.initrdGiven
	switch {
	case m.Type.Family == machinetype.PC || m.Type.Family == machinetype.Q35 || m.Type.Family == machinetype.ISAPC ||
		m.Type.Family == machinetype.Microvm:
		if !found {
			return &exit{code: 1, raw: true, msg: fmt.Sprintf("qemu: could not open kernel file '%s': No such file or directory\n", f)}
		}
		if h.Format == hostfs.Dir {
			return nil // (not measured)
		}
		// No "HdrS", no multiboot magic, no ELF for PVH: boot protocol 0.
		// The command line's vga= first, then a ram disk (a zImage is too
		// old for one: checked before its file), the setup code, a dtb.
		line := o.appendLine
		if !o.appendGiven {
			line, _ = o.Machine.String("append")
		}
		if !kernelVGAModeValid(line) {
			return &exit{code: 1, raw: true, msg: "qemu: invalid 'vga=' kernel parameter.\n"}
		}
		if initrd {
			return &exit{code: 1, raw: true, msg: "qemu: linux kernel too old to load a ram disk\n"}
		}
		// The setup code is header[0x1f1] (0: 4) + 1 sectors.
		if h.Length() < 5*512 {
			return &exit{code: 1, raw: true, msg: "qemu: invalid kernel header\n"}
		}
		dtb := o.dtb
		if dtb == "" {
			dtb, _ = o.Machine.String("dtb")
		}
		if dtb != "" { // setup_data needs protocol 2.09
			return &exit{code: 1, raw: true, msg: "qemu: Linux kernel too old to load a dtb\n"}
		}
	case m.IsSPAPR():
		// load_elf: a file that does not open is perror()ed; one that
		// opens has no ELF magic (big-endian tried, then nothing else).
		if !found {
			return &exit{code: 1, raw: true, msg: fmt.Sprintf("%s: No such file or directory\n%s: error loading %s: Failed to load ELF\n",
				f, target.Binary(), f)}
		}
		if h.Format == hostfs.Dir {
			return nil // (not measured)
		}
		return fmt.Errorf("error loading %s: The image is not ELF", f)
	}
	return nil
}

// hasSystemFlash is pc_system_firmware_init's test before it falls back
// to the BIOS ROM: a flash at unit 0 or 1, from the machine's pflash0/1 or
// an if=pflash drive of bus 0 (a flash at 1 alone is a gap it refuses).
func (o *Options) hasSystemFlash() bool {
	for _, k := range []string{"pflash0", "pflash1"} {
		if _, ok := o.Machine.String(k); ok {
			return true
		}
	}
	if o.Block == nil {
		return false
	}
	for _, x := range o.Block.Backends {
		if x.Interface == "pflash" && x.Bus == 0 && x.Unit < 2 {
			return true
		}
	}
	return false
}

// kernelVGAModeValid is x86_load_linux's "vga=" handling: the first
// "vga=" in the command line is normal, ext, ask (by prefix) or an
// unsigned int (qemu_strtoui, base 0) that ends the line or a word.
func kernelVGAModeValid(line string) bool {
	i := strings.Index(line, "vga=")
	if i < 0 {
		return true
	}
	v := line[i+4:]
	for _, p := range []string{"normal", "ext", "ask"} {
		if strings.HasPrefix(v, p) {
			return true
		}
	}
	v = strings.TrimLeft(v, " \t\n\v\f\r") // strtoull skips them
	if end := strings.IndexByte(v, ' '); end >= 0 {
		v = v[:end]
	}
	return qemuStrtoui(v)
}

// qemuStrtoui: strtoull's syntax after the spaces (a sign, 0x or 0 for
// the base), at least one digit, the whole word, and a value that fits
// 32 bits (a negated one too).
func qemuStrtoui(v string) bool {
	if v != "" && (v[0] == '+' || v[0] == '-') {
		v = v[1:]
	}
	lower := strings.ToLower(v)
	// (Go's base 0 also takes 0b, 0o and digit separators; C's does not)
	if v == "" || strings.Contains(v, "_") || strings.HasPrefix(lower, "0b") || strings.HasPrefix(lower, "0o") {
		return false
	}
	_, err := strconv.ParseUint(v, 0, 32)
	return err == nil
}
