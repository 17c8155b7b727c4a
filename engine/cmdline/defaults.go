package cmdline

import (
	"fmt"
	"strings"

	"hotpluglab/engine/board"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/release"
)

// The devices QEMU adds without -nodefaults (vl.c's default_* flags): a
// -device of a type in default_list turns its kind off, as -nodefaults
// turns off all of them.

// defaultList is vl.c's default_list: device types and the default each
// replaces.
var defaultList = map[string]string{
	"isa-serial": "serial", "isa-parallel": "parallel",
	"isa-fdc": "floppy", "floppy": "floppy",
	"ide-cd": "cdrom", "ide-hd": "cdrom", "scsi-cd": "cdrom", "scsi-hd": "cdrom",
	"VGA": "vga", "isa-vga": "vga", "cirrus-vga": "vga", "isa-cirrus-vga": "vga", "vmware-svga": "vga",
	"qxl-vga": "vga", "virtio-vga": "vga", "ati-vga": "vga", "vhost-user-vga": "vga",
	"virtio-vga-gl": "vga", "vhost-user-vga-gl": "vga",
}

// defaultOn says whether a kind of default device is still wanted: no
// -nodefaults and no -device of its kind.
func (o *Options) defaultOn(kind string) bool {
	return o.defaults && !o.kindGiven(kind)
}

// kindGiven says whether a -device or a -global names a type of a default
// device's kind (default_driver_check runs over both).
func (o *Options) kindGiven(kind string) bool {
	for _, arg := range o.Devices {
		if defaultList[driver(arg)] == kind {
			return true
		}
	}
	for _, g := range o.Globals {
		if defaultList[g.Type] == kind {
			return true
		}
	}
	return false
}

// vgaModel is the display card the board makes: -vga's, else the
// default one ("std") unless turned off.
func (o *Options) vgaModel() string {
	model := o.vga
	if model == "" && o.defaultOn("vga") {
		model = "std"
	}
	return board.VGATypes[model]
}

// isaVGAMissing are isa_vga_init's names for the cards an ISA bus cannot
// take (measured on isapc, both releases: it says so and goes on).
var isaVGAMissing = map[string]string{"vmware-svga": "vmware_vga", "virtio-vga": "virtio-vga", "qxl-vga": "qxl"}

// boardExtras makes the display card and the serial and parallel ports;
// warn is a line QEMU prints on the way ("" none).
func (o *Options) boardExtras(st *board.State) (warn string, err error) {
	if st == nil {
		return "", nil
	}
	vga := o.vgaModel()
	if o.vga == "" && vga != "" && st.M.Type.Family == machinetype.ISAPC {
		vga = "cirrus-vga" // isapc sets no default_display: get_default_vga_model's cirrus
	}
	if name, ok := isaVGAMissing[vga]; ok && st.M.Type.Family == machinetype.ISAPC {
		warn = "isa_vga_init: " + name + ": no PCI bus"
	}
	usb, _ := o.Machine.String("usb")
	// spapr_vga_init: a display the board made, or one a -device makes
	// (default_vga cleared by a -device or -global of a display type,
	// without -vga: VGA_DEVICE; -nodefaults alone makes none); then USB
	// comes with the defaults unless usb=off.
	graphics := vga != "" || o.vga == "" && o.kindGiven("vga")
	err = st.AddExtras(board.Extras{VGA: vga,
		Serials: o.Chr.PortLabels("serial"), Parallels: o.Chr.PortLabels("parallel"),
		USB: isOn(usb) || graphics && o.defaults && !isOff(usb), Graphics: graphics, USBOn: isOn(usb)})
	if err == nil && !st.M.IsSPAPR() {
		// A -serial/-parallel chardev no port took stays unopened.
		for _, kind := range []string{"serial", "parallel"} {
			for i, id := range o.Chr.PortLabels(kind) {
				if id == fmt.Sprintf("%s%d", kind, i) && !st.PortMade(id) {
					o.Chr.NoFrontend(id)
				}
			}
		}
	}
	return warn, err
}

func isOff(v string) bool { return v == "off" || v == "no" || v == "false" || v == "n" }

// driver is a -device argument's type name (JSON or QemuOpts).
func driver(arg string) string {
	if strings.HasPrefix(strings.TrimSpace(arg), "{") {
		v, _ := qjson.Parse([]byte(arg))
		o, _ := v.(qjson.Object)
		d, _ := o.Get("driver")
		s, _ := d.(string)
		return s
	}
	opts, _, err := qdev.Parse(arg)
	if err != nil {
		return ""
	}
	d, _ := opts.Get("driver")
	return strings.TrimSpace(d)
}

// fdcWarning is pc_cmos_init_floppy's complaint when more than one floppy
// controller sits at the standard port ("" when there is none).
func fdcWarning(st *board.State) string {
	if st == nil {
		return ""
	}
	n := 0
	st.Tree.Walk(func(d *qdev.Device) {
		if io, _ := d.Prop("iobase"); d.Type.Name == "isa-fdc" && io == "1008 (0x3f0)" {
			n++
		}
	})
	if n < 2 {
		return ""
	}
	return "multiple floppy disk controllers with iobase=0x3f0 have been found\nthe one being picked for CMOS setup might not reflect your intent"
}

// vgaUnavailable is select_vgahw for a card QEMU knows that the binary
// lacks (its module, or the device for this target, is not installed):
// not in -vga help's list. The release says it its own way.
func vgaUnavailable(rel *release.Release, target machinetype.Target, vga string) error {
	desc := vgaTypes[vga]
	if desc == "" {
		return nil
	}
	for _, l := range strings.Split(vgaHelp(rel, target).stdout, "\n") {
		if f := strings.Fields(l); len(f) > 0 && f[0] == vga {
			return nil
		}
	}
	if pkg := rel.VGAModulePackage; pkg != nil {
		return fmt.Errorf("%s not available. Perhaps you want to install %s package?", desc, pkg(vga))
	}
	return &exit{code: 1, raw: true, msg: fmt.Sprintf("%[1]s: type is NULL\n%[1]s: %[2]s not available\n", target.Binary(), desc)}
}

// vgaHelp is -vga help as the release's binary printed it: the cards
// whose modules are installed on stdout; probing a missing module printed
// "type is NULL" on stderr.
func vgaHelp(rel *release.Release, target machinetype.Target) *exit {
	v, _ := qjson.ParseRecorded(rel.Text(string(target) + "-vga-help.json"))
	o, _ := v.(qjson.Object)
	out, _ := o.Get("stdout")
	errText, _ := o.Get("stderr")
	stdout, _ := out.(string)
	stderr, _ := errText.(string)
	return &exit{code: 0, stdout: stdout, raw: true, msg: stderr}
}
