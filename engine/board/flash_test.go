package board_test

import (
	"fmt"
	"strings"
	"testing"

	"hotpluglab/engine/cmdline"
	"hotpluglab/engine/hostfs"
	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// startsAsWanted checks a session started, or (wantStderr not "") failed
// saying so; true when it started as wanted and can be looked at.
func startsAsWanted(t *testing.T, name string, s *session.Session, wantStderr string) bool {
	t.Helper()
	switch {
	case wantStderr != "":
		if s.Started() || !strings.Contains(s.Stderr(), wantStderr) {
			t.Errorf("%s: started %v, stderr %q, want %q", name, s.Started(), s.Stderr(), wantStderr)
		}
		return false
	case !s.Started():
		t.Errorf("%s: did not start: %s", name, s.Stderr())
		return false
	}
	return true
}

// pc's system flash from if=pflash drives, as QEMU 7.2 and 10.0 answered
// (probe_cmdline's r3-ovmf-pflash and r3m-pflash-* cases).
func TestSystemFlash(t *testing.T) {
	host := hostfs.New(hostfs.File{Path: "/img/code.fd", Format: hostfs.Raw, Size: 2 << 20},
		hostfs.File{Path: "/img/vars.fd", Format: hostfs.Raw, Size: 128 << 10},
		hostfs.File{Path: "/img/odd.fd", Format: hostfs.Raw, Size: 6 << 10},
		hostfs.File{Path: "/img/big.fd", Format: hostfs.Raw, Size: 5 << 20})
	drive := func(unit, file string) []string {
		return []string{"-drive", "if=pflash,format=raw,unit=" + unit + ",file=/img/" + file}
	}
	for _, c := range []struct {
		name   string
		args   []string
		stderr string   // "" when it starts
		qtree  []string // lines `info qtree` has, in this order
	}{
		{"code and vars", append(append([]string{"-M", "q35"}, drive("0", "code.fd")...), drive("1", "vars.fd")...), "",
			[]string{`dev: cfi.pflash01, id ""`, `drive = "pflash1"`, "num-blocks = 32 (0x20)", "mmio 00000000ffde0000/0000000000020000",
				`dev: cfi.pflash01, id ""`, `drive = "pflash0"`, "num-blocks = 512 (0x200)", `name = "system.flash0"`,
				"mmio 00000000ffe00000/0000000000200000", "dev: kvmvapic"}},
		{"odd size", append([]string{"-M", "q35"}, drive("0", "odd.fd")...),
			"system firmware block device pflash0 has invalid size 6144\nqemu-system-x86_64: info: its size must be a non-zero multiple of 0x1000", nil},
		{"gap", append([]string{"-M", "q35"}, drive("1", "vars.fd")...), "pflash1 requires pflash0", nil},
		{"too big", append(append([]string{"-M", "pc"}, drive("0", "big.fd")...), drive("1", "big.fd")...),
			"combined size of system firmware exceeds 8388608 bytes", nil},
		{"libvirt's nodes", []string{"-blockdev", "driver=file,filename=/img/code.fd,node-name=f0", "-blockdev", "driver=raw,file=f0,node-name=r0",
			"-M", "q35,pflash0=r0"}, "", []string{`dev: cfi.pflash01, id ""`, `drive = "r0"`, "num-blocks = 512 (0x200)", "dev: kvmvapic"}},
		{"a node and a drive", append([]string{"-blockdev", "driver=file,filename=/img/code.fd,node-name=f0", "-M", "q35,pflash0=f0"},
			drive("0", "vars.fd")...), "-drive if=pflash,format=raw,unit=0,file=/img/vars.fd: clashes with -machine", nil},
		{"no such node", []string{"-M", "q35,pflash0=nosuch"}, "Property 'cfi.pflash01.drive' can't find value 'nosuch'", nil},
		{"third unit", append(append([]string{"-M", "q35"}, drive("0", "code.fd")...), drive("2", "vars.fd")...),
			"machine type does not support if=pflash,bus=0,unit=2", nil},
	} {
		for _, rel := range release.All() {
			s := session.StartOnHost(rel, "", c.args, host)
			if !startsAsWanted(t, c.name+", "+rel.Name, s, c.stderr) {
				continue
			}
			qtree, at := s.HMP("info qtree"), 0
			for _, l := range c.qtree {
				i := strings.Index(qtree[at:], l)
				if i < 0 {
					t.Errorf("%s, %s: info qtree lacks %q after offset %d", c.name, rel.Name, l, at)
					break
				}
				at += i + len(l)
			}
		}
	}
}

// A pasted libvirt UEFI line starts on the files the page proposes for it
// (cmdline.NamedFiles): flash-sized images, not disk-sized ones.
func TestPastedUEFILineStartsOnProposedFiles(t *testing.T) {
	node := func(unit, path string, ro bool) []string {
		return []string{"-blockdev", `{"driver":"file","filename":"` + path + `","node-name":"libvirt-pflash` + unit + `-storage","auto-read-only":true,"discard":"unmap"}`,
			"-blockdev", fmt.Sprintf(`{"node-name":"libvirt-pflash%s-format","read-only":%v,"driver":"raw","file":"libvirt-pflash%s-storage"}`, unit, ro, unit)}
	}
	args := append(append(node("0", "/usr/share/OVMF/OVMF_CODE_4M.secboot.fd", true), node("1", "/var/lib/libvirt/qemu/nvram/vm_VARS.fd", false)...),
		"-machine", "pc-q35-7.2,smm=on,pflash0=libvirt-pflash0-format,pflash1=libvirt-pflash1-format")
	for _, rel := range release.All() {
		s := session.StartOnHost(rel, "", args, hostfs.New(cmdline.NamedFiles(args)...))
		if !startsAsWanted(t, "pasted UEFI line, "+rel.Name, s, "") {
			continue
		}
		if q := s.HMP("info qtree"); !strings.Contains(q, `drive = "libvirt-pflash1-format"`) {
			t.Errorf("%s: no flash holds the variables' node", rel.Name)
		}
	}
}

// The flashes pc and q35 make at instance init take -global at once, even
// with no drive (QEMU 7.2 and 10.0 measured beside lv-x-r4-secure-global-bad):
// isapc makes none, and DRIVER.PROP splits at the first dot (cfi.pflash01
// reads as driver "cfi": a warning only).
func TestSystemFlashTakesGlobals(t *testing.T) {
	for _, c := range []struct {
		name, stderr string // "" when it starts
		args         []string
	}{
		{"pc, unknown property", "can't apply global cfi.pflash01.nosuch=1: Property 'cfi.pflash01.nosuch' not found",
			[]string{"-M", "pc", "-global", "driver=cfi.pflash01,property=nosuch,value=1"}},
		{"q35, bad width", "can't apply global cfi.pflash01.width=x: Parameter 'width' expects uint64",
			[]string{"-M", "q35", "-global", "driver=cfi.pflash01,property=width,value=x"}},
		{"q35, secure=on", "", []string{"-M", "q35", "-global", "driver=cfi.pflash01,property=secure,value=on"}},
		{"isapc", "", []string{"-M", "isapc", "-global", "driver=cfi.pflash01,property=secure,value=bad"}},
		{"short form", "", []string{"-M", "pc", "-global", "cfi.pflash01.secure=bad"}},
	} {
		for _, rel := range release.All() {
			startsAsWanted(t, c.name+", "+rel.Name, session.StartOnHost(rel, "", c.args, hostfs.New()), c.stderr)
		}
	}
}
