package timeline

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"hotpluglab/engine/lazyre"
	"hotpluglab/engine/regex"
)

// The plain-language side of the timeline: what each line means for a
// learner. It is help beside QEMU's text and never changes that text.

var (
	argHex  = lazyre.New(`0x([0-9a-f]+)`)
	portCmd = lazyre.New(`^\s*([io])\s*/?([bwl])?\s+(0x[0-9a-fA-F]+|\d+)(?:\s+(\S+))?`)
)

// hexArgs are the 0x numbers of a trace line, in order.
func hexArgs(text string) []int64 {
	var out []int64
	for _, m := range argHex().FindAllStringSubmatch(text, -1) {
		n, _ := strconv.ParseInt(m[1], 16, 64)
		out = append(out, n)
	}
	return out
}

func arg(a []int64, i int) int64 {
	if i < len(a) {
		return a[i]
	}
	return -1
}

// explain is a line's headline and explanation.
func explain(r Record) (title, text string) {
	switch r.Source {
	case Command:
		return explainCommand(r)
	case Reply:
		return explainReply(r)
	case Event:
		return explainEvent(r)
	case Trace:
		return explainTrace(r)
	case Stderr:
		return "QEMU's message on stderr", "QEMU writes warnings and some errors to its standard error, outside the monitor."
	case Kernel:
		return explainKernel(r.Text)
	case Shell:
		return "You type in the guest's shell", "A command run by Linux inside the virtual machine, not by QEMU."
	case ShellOutput:
		return "The guest's shell answers", ""
	case Action:
		if r.Name == "boot" {
			return "The guest boots", "The firmware loads Linux; the kernel reads its CPUs from the firmware tables " +
				"(ACPI on x86, the device tree on pseries) and from then on takes part in every hotplug."
		}
	}
	return "", ""
}

func explainCommand(r Record) (string, string) {
	name, text := r.Text, r.Text
	if r.Name == "qmp" {
		var req struct {
			Execute string `json:"execute"`
		}
		if json.Unmarshal([]byte(text), &req) == nil {
			name = req.Execute
		}
	} else if f := strings.Fields(text); len(f) > 0 {
		name = f[0]
	}
	switch name {
	case "device_add":
		return "You ask QEMU to plug a CPU", "QEMU checks the slot and the type, creates the CPU and plugs it into the " +
			"machine. Then it tells the guest: an ACPI interrupt on x86, a hotplug event for the DR connector on pseries. " +
			"The guest decides when to use the new CPU."
	case "device_del":
		return "You ask QEMU to unplug a CPU", "QEMU cannot pull a CPU from under a running OS: it only asks the guest " +
			"to let it go and answers at once. The CPU disappears when the guest ejects it (x86) or gives its DR " +
			"connector back (pseries), or when a reset completes the request."
	case "system_reset":
		return "You reset the machine", "Every device is reset. On pseries the DR connectors are reset one by one, " +
			"which completes any pending unplug."
	case "trace-event", "trace-event-set-state":
		return "You switch trace events on or off", "Trace events are QEMU's own debug lines; the ones switched on " +
			"are printed on stderr from now on."
	case "info", "trace-event-get-state":
		return "You ask QEMU for information", ""
	case "cont":
		return "You start the virtual CPUs", ""
	case "stop":
		return "You pause the virtual CPUs", ""
	case "i", "o":
		if m := portCmd().FindStringSubmatch(text); m != nil {
			verb := "read"
			if m[1] == "o" {
				verb = "write " + m[4] + " to"
			}
			return "You access an I/O port by hand", fmt.Sprintf("You %s port %s, as the guest's ACPI code does: "+
				"the x86 CPU hotplug registers sit at 0xaf00 (pc) or 0x0cd8 (q35).", verb, m[3])
		}
	}
	return "You type a monitor command", ""
}

func explainReply(r Record) (string, string) {
	t := strings.TrimSpace(r.Text)
	switch {
	case strings.HasPrefix(t, "Error:") || strings.Contains(t, `"error"`):
		return "QEMU refuses", "The command failed before anything changed; the text says why."
	case t == "" || t == `{"return": {}}`:
		return "QEMU accepts", "An empty answer means the command was taken. For device_del it does not mean the CPU is gone."
	}
	return "QEMU answers", ""
}

var ostStatus = map[int64]string{
	0:    "success",
	1:    "non-specific failure",
	2:    "unrecognized notify code",
	0x80: "eject not supported: the guest will not give this CPU up",
	0x81: "device in use",
	0x82: "device busy",
	0x83: "eject dependency is busy",
	0x84: "eject in progress: the guest is working on it",
}

func explainEvent(r Record) (string, string) {
	switch r.Name {
	case "ACPI_DEVICE_OST":
		var e struct {
			Data struct {
				Info struct {
					Source, Status int64
					Slot           string
				}
			}
		}
		json.Unmarshal([]byte(r.Text), &e)
		i := e.Data.Info
		what := "its answer to a device check (a new CPU)"
		if i.Source == 3 {
			what = "its answer to an eject request"
		}
		st := ostStatus[i.Status]
		if st == "" {
			st = fmt.Sprintf("status %d", i.Status)
		}
		return "The guest reports back (_OST)", fmt.Sprintf("The guest's ACPI _OST method told QEMU %s for slot %s: %s. "+
			"QEMU passes it on as this event.", what, i.Slot, st)
	case "DEVICE_DELETED":
		return "QEMU deleted a device", "The unplug is complete for this object. An x86 CPU under TCG only reports its " +
			"local APIC; a pseries core reports each thread's parts, each thread, then the core."
	case "DEVICE_UNPLUG_GUEST_ERROR":
		return "The guest refused the unplug", "The guest put the DR connector back in use instead of releasing it " +
			"(Linux will not remove its last online CPU, for example). The core stays; device_del may be tried again."
	case "RESET":
		return "The machine was reset", ""
	case "RESUME":
		return "The virtual CPUs run", ""
	case "STOP":
		return "The virtual CPUs are paused", ""
	}
	return "QEMU reports an event", ""
}

var ostSource = map[int64]string{1: "device check", 3: "eject request"}

func explainTrace(r Record) (string, string) {
	a := hexArgs(strings.TrimPrefix(r.Text, r.Name))
	slot := arg(a, 0)
	drc := fmt.Sprintf("DR connector 0x%x (%s)", arg(a, 0), drcKind(arg(a, 0)))
	switch r.Name {
	case "cpuhp_acpi_write_idx":
		return fmt.Sprintf("The guest selects CPU slot %d", slot), "Every ACPI access to a CPU starts by writing its " +
			"slot number to the selector register; the other registers then speak about that slot."
	case "cpuhp_acpi_read_flags":
		f := arg(a, 1)
		var parts []string
		for bit, n := range map[int64]string{1: "present", 2: "insert event pending", 4: "remove event pending", 16: "firmware eject requested"} {
			if f&bit != 0 {
				parts = append(parts, n)
			}
		}
		state := "empty, nothing pending"
		if len(parts) > 0 {
			state = strings.Join(sortedFlags(parts), ", ")
		}
		return fmt.Sprintf("The guest reads slot %d's flags", slot), fmt.Sprintf("Flags 0x%x: %s. The guest's _STA "+
			"method reads the present bit to know whether the CPU exists; its scan reads the event bits.", f, state)
	case "cpuhp_acpi_write_cmd":
		cmd := map[int64]string{0: "find the next slot with an event", 1: "the next data write is the _OST event",
			2: "the next data write is the _OST status", 3: "data reads give the CPU's APIC ID"}[arg(a, 1)]
		if cmd == "" {
			cmd = "an unknown command, ignored"
		}
		return "The guest gives the block a command", fmt.Sprintf("Command 0x%x: %s.", arg(a, 1), cmd)
	case "cpuhp_acpi_cpu_has_events":
		return fmt.Sprintf("QEMU finds an event at slot %d", slot), "Asked for the next slot with an event, QEMU moves " +
			"the selector there. The guest's scan method (CSCN) walks the slots this way after every ACPI interrupt."
	case "cpuhp_acpi_read_cmd_data":
		return "The guest reads the command data", fmt.Sprintf("It reads 0x%x: after 'next event' the selected slot, "+
			"after 'get CPU ID' the APIC ID.", arg(a, 1))
	case "cpuhp_acpi_read_cmd_data2":
		return "The guest reads the upper command data", "The upper half of a 64-bit CPU ID; 0 on x86."
	case "cpuhp_acpi_clear_inserting_evt":
		return fmt.Sprintf("The guest acknowledges slot %d's insert", slot), "It clears the insert event and notifies " +
			"the CPU's ACPI device: Linux then checks the CPU (its _STA) and adds it, offline until someone onlines it."
	case "cpuhp_acpi_clear_remove_evt":
		return fmt.Sprintf("The guest acknowledges slot %d's remove request", slot), "It clears the remove event and " +
			"sends an eject request to the CPU's ACPI device: Linux offlines the CPU, then ejects it."
	case "cpuhp_acpi_ejecting_cpu":
		return fmt.Sprintf("The guest ejects slot %d: QEMU unplugs the CPU", slot), "The guest's _EJ0 method wrote the " +
			"eject bit. This is the moment QEMU removes the CPU (its DEVICE_DELETED follows)."
	case "cpuhp_acpi_ejecting_invalid_cpu":
		return "An eject QEMU ignores", "There is no CPU in that slot, or it is the first CPU, which cannot be ejected."
	case "cpuhp_acpi_fw_remove_cpu", "cpuhp_acpi_fw_remove_invalid_cpu":
		return "A firmware eject request", "Used when the firmware (OVMF with SMM) ejects CPUs; Linux does not use it."
	case "cpuhp_acpi_write_ost_ev":
		src := ostSource[arg(a, 1)]
		return "The guest starts its _OST report", fmt.Sprintf("It names the notification it answers: 0x%x (%s).", arg(a, 1), src)
	case "cpuhp_acpi_write_ost_status":
		st := ostStatus[arg(a, 1)]
		return "The guest reports the outcome (_OST)", fmt.Sprintf("Status 0x%x: %s. QEMU emits ACPI_DEVICE_OST with it.", arg(a, 1), st)
	case "cpuhp_acpi_invalid_idx_selected":
		return "An access to a slot that does not exist", "The selector is past the last slot: QEMU ignores the write."
	case "spapr_drc_realize", "spapr_drc_realize_child", "spapr_drc_realize_complete":
		return "QEMU creates a DR connector", fmt.Sprintf("%s is created at start-up. pseries has one dynamic "+
			"reconfiguration connector per possible core (0x1...), per memory block (0x8...), per PCI host bridge (0x2...) "+
			"and per PCI slot (0x4...): the guest plugs and unplugs through them.", drc)
	case "spapr_drc_attach":
		if arg(a, 0)>>28 != 1 {
			return "QEMU attaches a device to its DR connector", fmt.Sprintf("The device now sits behind %s.", drc)
		}
		return "QEMU attaches the core to its DR connector", fmt.Sprintf("The core now sits behind %s. A hot-plugged "+
			"core is not usable yet: QEMU queues a hotplug event and the guest has to allocate, unisolate and configure "+
			"it; a core present at start-up is reset to ready at once.", drc)
	case "spapr_drc_reset":
		return "QEMU resets a DR connector", fmt.Sprintf("%s: a connector with a core becomes ready (configured), an empty "+
			"one unusable, a pending unplug completes. A machine reset, and the guest's boot (CAS), reset every connector.", drc)
	case "spapr_drc_unplug_request":
		return "QEMU marks the core for removal", fmt.Sprintf("%s is flagged 'unplug requested' and a hotplug event asks "+
			"the guest to release it. A core the guest never configured goes at once.", drc)
	case "spapr_drc_awaiting_quiesce":
		return "The unplug waits for the guest", "The guest still uses this core, so nothing is removed now: QEMU waits for " +
			"the guest to isolate the connector and mark it unusable. This is why device_del returns before the core is gone."
	case "spapr_drc_set_allocation_state":
		if arg(a, 1) == 1 {
			return "The guest allocates the connector (RTAS)", "set-indicator allocation-state usable: the guest claims the new core."
		}
		return "The guest gives the connector back (RTAS)", "set-indicator allocation-state unusable: the guest no longer needs the core."
	case "spapr_drc_set_allocation_state_finalizing":
		return "QEMU completes the unplug", "The guest gave back a connector whose core was waiting to be removed: QEMU " +
			"releases the core now (its DEVICE_DELETED events follow)."
	case "spapr_drc_set_isolation_state":
		if arg(a, 1) == 1 {
			return "The guest unisolates the connector (RTAS)", "set-indicator isolation-state unisolate: it connects the " +
				"core to itself. On a connector waiting to be unplugged this means the guest refuses the unplug."
		}
		return "The guest isolates the connector (RTAS)", "set-indicator isolation-state isolate: the guest has offlined " +
			"the core's threads and disconnects it."
	case "spapr_drc_set_isolation_state_finalizing":
		return "QEMU completes the unplug", "The guest isolated a connector waiting to be unplugged."
	case "spapr_drc_set_configured":
		return "The guest has configured the core", "ibm,configure-connector handed the core's device-tree node to the " +
			"guest; the connector is ready and Linux brings the CPU up."
	case "spapr_drc_set_dr_indicator":
		return "The guest sets a connector's indicator (RTAS)", ""
	case "spapr_drc_unrealize":
		return "QEMU destroys a DR connector", ""
	case "spapr_rtas_ibm_configure_connector_invalid", "spapr_rtas_get_sensor_state_invalid":
		return "An RTAS call for a connector that does not exist", ""
	}
	return "A QEMU trace line", ""
}

// drcKind names what a DRC index connects (its type, the top nibble).
func drcKind(index int64) string {
	switch index >> 28 {
	case 1:
		return "a CPU core"
	case 2:
		return "a PCI host bridge"
	case 3:
		return "a VIO device"
	case 4:
		return "a PCI slot"
	case 8:
		return "a 256 MiB memory block"
	case 9:
		return "an NVDIMM"
	}
	return "unknown type"
}

// sortedFlags keeps the flag words in bit order.
func sortedFlags(parts []string) []string {
	order := []string{"present", "insert event pending", "remove event pending", "firmware eject requested"}
	var out []string
	for _, o := range order {
		for _, p := range parts {
			if p == o {
				out = append(out, p)
			}
		}
	}
	return out
}

var kernelLines = []struct {
	re           func() *regex.Regexp
	title, about string
}{
	{lazyre.New(`CPU\d+ has been hot-added`), "Linux adds the new CPU", "The CPU is present now, but offline: " +
		"echo 1 > /sys/devices/system/cpu/cpuN/online brings it up (or a udev rule does)."},
	{lazyre.New(`smpboot: Booting Node \d+ Processor`), "Linux starts the CPU", ""},
	{lazyre.New(`Will online and init hotplugged CPU`), "The CPU is online", ""},
	{lazyre.New(`smpboot: CPU \d+ is now offline`), "Linux takes the CPU offline", "Before an eject the kernel " +
		"moves every task away from the CPU and stops it."},
	{lazyre.New(`Eject disabled`), "Linux refuses the eject", "/sys/firmware/acpi/hotplug/processor/enabled is 0: " +
		"the kernel answers eject requests with 'not supported'."},
	{lazyre.New(`Unable to remove last online CPU|Failed to offline CPU`), "Linux refuses the unplug", "A CPU of " +
		"the core is the last one online; the kernel keeps it and unisolates the connector again."},
	{lazyre.New(`Cannot find CPU`), "Linux has no such CPU", "The core was already released."},
}

func explainKernel(line string) (string, string) {
	for _, k := range kernelLines {
		if k.re().MatchString(line) {
			return k.title, k.about
		}
	}
	return "A kernel message", ""
}
