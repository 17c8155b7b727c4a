package acpi_test

import (
	"hotpluglab/engine/acpi"
	"hotpluglab/engine/release"
	"testing"

	"hotpluglab/engine/cmdline"
	"hotpluglab/engine/machine"
	"hotpluglab/engine/qjson"
)

func newBlock(t *testing.T, args ...string) (*machine.Machine, *acpi.CPUHotplug, *[]string) {
	r := cmdline.Start(release.V7_2, "", args)
	if !r.Started {
		t.Fatal(r.Stderr)
	}
	var events []string
	r.Machine.Host.Emit = func(name string, data qjson.Object) { events = append(events, name+" "+qjson.Marshal(data)) }
	return r.Machine, acpi.Of(r.Machine), &events
}

func TestLegacyBitmapAndSwitch(t *testing.T) {
	m, b, _ := newBlock(t, "-M", "pc", "-smp", "3,maxcpus=8")
	if b.Base != acpi.PIIX4Base || !b.Legacy() {
		t.Fatalf("base %#x legacy %v", b.Base, b.Legacy())
	}
	if v, _ := b.Read(acpi.PIIX4Base, 1); v != 0x07 {
		t.Errorf("legacy bitmap %#x, want 0x07", v)
	}
	if err := b.UnplugRequest(m.CPUs[1]); err == nil || err.Error() != "acpi: device unplug request for not supported device type: qemu64-x86_64-cpu" {
		t.Errorf("legacy unplug request: %v", err)
	}
	b.Write(acpi.PIIX4Base+1, 1, 0) // not offset 0: nothing
	if !b.Legacy() {
		t.Fatal("a write at offset 1 switched modes")
	}
	b.Write(acpi.PIIX4Base, 4, 0)
	if b.Legacy() {
		t.Fatal("writing 0 at the base did not switch to modern mode")
	}
	if _, ok := b.Read(acpi.PIIX4Base+12, 1); ok {
		t.Error("the modern block is 12 bytes long")
	}
	_, q35, _ := newBlock(t, "-M", "q35")
	if q35.Base != acpi.ICH9Base {
		t.Errorf("q35 base %#x", q35.Base)
	}
}

func TestModernRegisters(t *testing.T) {
	m, b, events := newBlock(t, "-M", "pc", "-smp", "2,maxcpus=4")
	b.SwitchToModern()
	c := &machine.CPU{Slot: 3, ID: "c3", QOMPath: "/machine/peripheral/c3", Type: m.CPUType}
	m.AddCPU(c)
	b.Plug(c, true)
	if b.Flags(3) != acpi.FlagPresent|acpi.FlagInserting || b.SCIs != 1 {
		t.Fatalf("after hot-plug: flags %#x, SCIs %d", b.Flags(3), b.SCIs)
	}
	for _, step := range []struct {
		port uint16
		size int
		val  uint32
	}{{acpi.PIIX4Base, 4, 0}, {acpi.PIIX4Base + acpi.OffCommand, 1, acpi.CmdNextEvent}} {
		b.Write(step.port, step.size, step.val)
	}
	if v, _ := b.Read(acpi.PIIX4Base+acpi.OffData, 4); v != 3 || b.Selector() != 3 {
		t.Fatalf("next event: data %d selector %d, want 3", v, b.Selector())
	}
	b.Write(acpi.PIIX4Base+acpi.OffCommand, 1, acpi.CmdGetCPUID)
	if v, _ := b.Read(acpi.PIIX4Base+acpi.OffData, 4); v != 3 {
		t.Errorf("APIC ID %d", v)
	}
	b.Write(acpi.PIIX4Base+acpi.OffFlags, 1, acpi.FlagInserting)
	if b.Flags(3) != acpi.FlagPresent {
		t.Errorf("clear inserting: %#x", b.Flags(3))
	}
	b.Write(acpi.PIIX4Base+acpi.OffCommand, 1, acpi.CmdOSTEvent)
	b.Write(acpi.PIIX4Base+acpi.OffData, 4, 1)
	b.Write(acpi.PIIX4Base+acpi.OffCommand, 1, acpi.CmdOSTStatus)
	b.Write(acpi.PIIX4Base+acpi.OffData, 4, 0)
	want := `ACPI_DEVICE_OST {"info": {"device": "c3", "source": 1, "status": 0, "slot": "3", "slot-type": "CPU"}}`
	if len(*events) != 1 || (*events)[0] != want {
		t.Fatalf("events %q", *events)
	}
	var ejected *machine.CPU
	b.Eject = func(x *machine.CPU) { ejected = x }
	b.Write(acpi.PIIX4Base, 4, 0)
	b.Write(acpi.PIIX4Base+acpi.OffFlags, 1, acpi.FlagEject) // slot 0: the first CPU, ignored
	b.Write(acpi.PIIX4Base, 4, 3)
	b.Write(acpi.PIIX4Base+acpi.OffFlags, 1, acpi.FlagEject)
	if ejected != c {
		t.Fatal("eject of slot 3 did not reach the handler")
	}
	b.Write(acpi.PIIX4Base, 4, 99) // out of range: reads 0, writes ignored
	if v, _ := b.Read(acpi.PIIX4Base+acpi.OffFlags, 1); v != 0 {
		t.Errorf("out-of-range flags %#x", v)
	}
	if got := len(b.OSPMStatus()); got != 4 {
		t.Errorf("OSPM status entries %d", got)
	}
	if v := acpi.PortsOf(m).In(0x5000, 2); v != 0xffff {
		t.Errorf("unassigned port read %#x", v)
	}
}
