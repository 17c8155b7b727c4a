// Package cmdline turns a QEMU command line into a started machine, the way
// qemu-system-x86_64 / qemu-system-ppc64 7.2 do: options parsed left to right,
// then machine creation, -smp, NUMA, machine init checks, boot CPUs, -device
// cold-plug and the first reset, each printing what QEMU prints.
package cmdline

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"hotpluglab/engine/block"
	"hotpluglab/engine/board"
	"hotpluglab/engine/chardev"
	"hotpluglab/engine/compat"
	"hotpluglab/engine/cpumodel"
	"hotpluglab/engine/format"
	"hotpluglab/engine/hostfs"
	"hotpluglab/engine/hotplug"
	"hotpluglab/engine/keyval"
	"hotpluglab/engine/machine"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/netdev"
	"hotpluglab/engine/numa"
	"hotpluglab/engine/object"
	"hotpluglab/engine/qapi"
	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qemuopts"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/qom"
	"hotpluglab/engine/release"
	"hotpluglab/engine/smp"
	"hotpluglab/engine/spapr"
	"hotpluglab/engine/trace"
)

// Result is the outcome of starting QEMU.
type Result struct {
	Target   machinetype.Target
	Machine  *machine.Machine // nil unless Started
	Started  bool
	ExitCode int // 0 when started, or QEMU's exit status; negative: killed by that signal
	Stdout   string
	Stderr   string
	// NotSimulated lists options accepted but with no effect in the simulator.
	NotSimulated []string
	// Trace is the process's tracing (nil when the options did not parse).
	Trace *trace.Backend
}

// Binary is the program name.
func (r *Result) Binary() string { return r.Target.Binary() }

// Options is the command line after the parsing pass.
type Options struct {
	appendGiven, initrdGiven bool // -append, -initrd
	// flashSeq numbers the BlockBackends the machine's pflash0/pflash1
	// make for the nodes they name, as the alias sets the flash's drive
	// (before any -device's): info block and query-block list them first.
	flashSeq        [2]int
	appendLine, dtb string // -append's and -dtb's values
	msgGuestName    bool   // -msg guest-name=on
	// guestPrefixFrom: the number of Printed lines before -msg guest-name=on
	// and -name guest= were both read (vl.c's loop sets error_guest_name
	// and configure_msg at once); -1 not yet.
	guestPrefixFrom int
	logFileGiven    bool              // -D, even empty
	incomingURI     string            // the last -incoming
	pidFile         string            // -pidfile
	plugins         []string          // -plugin's files, loaded before the board's init
	vnc             []string          // -vnc options, as given
	spice           []string          // -spice options' values (one merged QemuOpts)
	display         displayMembers    // the DisplayOptions -display and -nographic gave
	memPrealloc     bool              // -mem-prealloc
	preconfig       bool              // -preconfig
	monIDs          map[string]bool   // -mon ids (QemuOpts: each once)
	logMask         string            // the last -d
	logGiven        bool              // -d given (an empty mask prints the usage)
	compatPolicy    map[string]string // the last -compat
	sandbox         []string          // the -sandbox options
	tpmdevs         []string          // the -tpmdev options
	actions         []string          // the -action options, -no-reboot and -no-shutdown as theirs
	actionsLoc      string            // the option that made the "action" opts (merged: the first's)
	fwCfg           []string          // -fw_cfg options, in order
	debugcon        []string          // -debugcon backends, in order
	optionROMs      []string          // -option-rom files, in order
	debugconTaken   bool              // a device option has the id "debugcon"
	deviceLoc       map[int]string    // Devices made by another option, or changed by -set: their location
	optsIDs         map[string]bool   // "group.id" of QemuOpts options read, for -set
	listIDs         map[string]bool   // "list.id" of the ids optsCreate took (qemu_opts_create refuses one twice)
	cpuGiven        bool              // -cpu given (perhaps empty)
	usbDevices      []string          // -usbdevice names, in order
	userGlobals     []compat.Global   // -global options (not the ones other options register)
	later           map[string]string // -icount, -loadvm, -mem-path: acted on later; "blockdev": the last -blockdev
	Target          machinetype.Target
	// Globals are -global DRIVER.PROP=VALUE options and the globals
	// other options register (-rtc driftfix=slew), in order.
	Globals      []compat.Global
	Machine      *keyval.Dict
	CPU          string
	AccelOptions []string       // as typed, for messages
	accelSet     map[int]string // what -set added to AccelOptions[i] (",key=value"...)
	Devices      []string
	NUMA         []string
	Objects      *numa.Objects
	Memory       memoryOptions
	// Printed while parsing, after "<binary>: " (warnings with a location).
	Printed []string
	// Net is the network: -netdev, -nic, -net.
	Net *netdev.State
	// Chr are the character devices: -chardev, -serial, -parallel, the
	// monitors'.
	Chr *chardev.State
	// defaults: -nodefaults was not given.
	defaults bool
	// Registry holds the backends' ids for the devices that name them.
	Registry *board.Registry
	// emptyIDEDisks counts -drive options with no medium on the default IDE bus.
	emptyIDEDisks int
	// DeviceHelp are the -device options that asked for help.
	DeviceHelp []*qdev.Opts
	// The first failing -serial: QEMU creates it
	// after parsing, at its own point of the start-up.
	serialErr, vgaErr error
	vga               string // -vga's card model
	nographic         bool
	Paused            bool
	noReboot          bool
	incoming          bool // -incoming
	noShutdown        bool
	singleStep        bool // -singlestep: TCG's one instruction per block
	NotSimulated      []string
	// audiodevs are the -audiodev options (keyval form), in order.
	audiodevs []string
	// soundCard is -audio's model and soundAudiodev the backend it names.
	soundCard, soundAudiodev string
	// smbiosType41 are -smbios type=41's pcidev and designation.
	smbiosType41 [][2]string
	// GuestName is -name's guest (HasName when given); UUID is -uuid's
	// value, "" when none (query-name, query-uuid).
	GuestName string
	HasName   bool
	UUID      string
	// Trace is the process's tracing, set up by -trace, -d trace:, -D
	// and -msg while the options are parsed.
	Trace    *trace.Backend
	logTrace []string // -d trace:PATTERN, applied after parsing
	// Block is the block layer the -blockdev and -drive options open
	// (configure_blockdev, after the machine type is known).
	Block     *block.Layer
	blockdevs []blockdevOption
	objects   []object.Object // -object's, in order
	// driveDevices are the devices -drive if=virtio asks for.
	driveDevices []driveDevice
	driveIDs     map[string]bool
	objectFiles  []objectFile
	virtfs       []string // -virtfs options as typed
	drives       []*block.Drive
	rel          *release.Release
	rtc          rtcOptions
	kernel       string // -kernel
	chroot       string // -chroot (7.2)
	// jsonObjects are the -object ids given as JSON; objectDup the
	// first memory backend id given twice where one was JSON (the others
	// fail among the early objects: objectFiles).
	jsonObjects map[string]bool
	objectDup   error
}

// TargetOf picks the binary for a command line: an explicit "-target", else
// the -M/-machine type's family, else x86_64.
func TargetOf(rel *release.Release, args []string) machinetype.Target {
	var t machinetype.Target
	for i := 0; i < len(args); i++ {
		a := strings.TrimPrefix(strings.TrimPrefix(args[i], "-"), "-")
		if !strings.HasPrefix(args[i], "-") || i+1 >= len(args) {
			continue
		}
		switch a {
		case "target":
			return machinetype.Target(args[i+1])
		case "M", "machine":
			d, _, err := keyval.Parse(args[i+1], "type")
			if err == nil {
				if s, ok := d.String("type"); ok && t == "" {
					t = machinetype.TargetOf(rel, s)
				}
			}
		}
	}
	if t == "" {
		t = machinetype.X86_64
	}
	return t
}

type exit struct {
	code   int
	stdout string
	msg    string // error message, printed "<bin>: msg"
	raw    bool   // msg printed as is
}

func (e *exit) Error() string { return e.msg }

// Start runs the start-up of qemu-system-<target> with args (without the
// program name). "-target x86_64|ppc64" selects the binary explicitly.
func Start(rel *release.Release, target machinetype.Target, args []string) *Result {
	return StartWithFiles(rel, target, args, nil)
}

// StartOnHost is Start on a simulated host with files (disk images and
// directories the options name).
func StartOnHost(rel *release.Release, target machinetype.Target, args []string, host *hostfs.FS) *Result {
	return start(rel, target, args, nil, host)
}

// StartWithFiles is Start on a host with files (what -trace events= reads).
func StartWithFiles(rel *release.Release, target machinetype.Target, args []string, files trace.Files) *Result {
	return start(rel, target, args, files, nil)
}

func start(rel *release.Release, target machinetype.Target, args []string, files trace.Files, host *hostfs.FS) *Result {
	var guest guestPrefix
	r := startNamed(rel, target, args, files, host, &guest)
	if guest.name != "" && guest.at <= len(r.Stderr) {
		r.Stderr = r.Stderr[:guest.at] + guest.apply(r.Stderr[guest.at:], r.Target.Binary())
	}
	return r
}

// guestPrefix is -msg guest-name=on with -name guest=NAME: once the early
// options have named the guest (at, an offset in stderr), every message
// error_report prints starts with NAME and a space; the lines it adds with
// error_printf (hints) do not.
type guestPrefix struct {
	name string
	at   int
}

func (g guestPrefix) apply(s, binary string) string {
	lines := strings.SplitAfter(s, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, binary+":") {
			lines[i] = g.name + " " + l
		}
	}
	return strings.Join(lines, "")
}

func startNamed(rel *release.Release, target machinetype.Target, args []string, files trace.Files, host *hostfs.FS, guest *guestPrefix) *Result {
	if target == "" {
		target = TargetOf(rel, args)
	}
	r := &Result{Target: target}
	var stderr strings.Builder
	var chr *chardev.State
	warn := func(msg string) { fmt.Fprintf(&stderr, "%s: warning: %s\n", target.Binary(), msg) }
	// warnAt is a warning raised while an option is processed: it carries
	// the option as its location.
	warnAt := func(loc, msg string) {
		text, end := board.WarningEnd(msg)
		fmt.Fprintf(&stderr, "%s: %s: warning: %s%s", target.Binary(), loc, text, end)
	}
	fail := func(e error) *Result {
		if errors.Is(e, smp.ErrDivideByZero) {
			// QEMU dies of SIGFPE there, with nothing more printed.
			r.Stderr, r.ExitCode = stderr.String(), -8
			return r
		}
		if crash := (*machine.Crash)(nil); errors.As(e, &crash) && crash.Signal > 0 {
			// an assertion on the way (a -global's setter): QEMU aborts
			r.Stderr, r.Stdout, r.ExitCode = stderr.String()+crash.Reported+crash.Stderr, crash.Stdout, -crash.Signal
			return r
		}
		var x *exit
		if errors.As(e, &x) && x.raw {
			stderr.WriteString(x.msg)
		} else if e != nil && e.Error() != "" {
			fmt.Fprintf(&stderr, "%s: %s\n", target.Binary(), e.Error())
		}
		r.Stderr = stderr.String()
		r.ExitCode = 1
		if chr != nil {
			r.Stdout = chr.Stdout.String() // the ptys made before the failure
		}
		if errors.As(e, &x) {
			r.ExitCode = x.code
			r.Stdout += x.stdout
		}
		return r
	}
	if target != machinetype.X86_64 && target != machinetype.PPC64 {
		r.Target = machinetype.X86_64
		return fail(&exit{code: 1, msg: fmt.Sprintf("-target: unknown target '%s' (use x86_64 or ppc64)", target)})
	}
	o, err := parse(rel, target, args, files, host)
	if o != nil {
		chr = o.Chr
		for i, p := range o.Printed {
			if i == o.guestPrefixFrom && o.GuestName != "" {
				guest.name, guest.at = o.GuestName, stderr.Len()
			}
			if loc, ok := strings.CutPrefix(p, atFile); ok {
				fmt.Fprintf(&stderr, "%s:%s\n", target.Binary(), loc)
			} else {
				fmt.Fprintf(&stderr, "%s: %s\n", target.Binary(), p)
			}
		}
		if o.guestPrefixFrom == len(o.Printed) && o.GuestName != "" && guest.name == "" {
			guest.name, guest.at = o.GuestName, stderr.Len()
		}
		r.Trace = o.Trace
		// The log backend writes to stderr, in turn with everything else.
		o.Trace.Out = func(line string) { stderr.WriteString(line) }
	}
	if err != nil {
		return fail(err)
	}
	if err := o.validateOptions(); err != nil {
		return fail(err)
	}
	if _, loadvm := o.later["loadvm"]; loadvm && o.incoming {
		return fail(errors.New("'incoming' and 'loadvm' options are mutually exclusive"))
	}
	if o.msgGuestName && o.GuestName != "" && guest.name == "" {
		guest.name, guest.at = o.GuestName, stderr.Len()
	}
	if err := o.earlyOptions(target); err != nil {
		return fail(err)
	}
	// -d trace: items are applied after the option loop, with no location.
	for _, p := range o.logTrace {
		if w := o.Trace.EnableEvents(p); w != "" {
			warn(w)
		}
	}
	// -device TYPE,help prints the type's properties and exits (vl.c
	// device_help_func, before the machine is created).
	// qemu_process_help_options: -cpu help (the last -cpu), then the
	// -device options asking for help, in order.
	if keyval.IsHelpOption(o.CPU) {
		r.Stderr, r.Stdout, r.ExitCode = stderr.String(), rel.Text(string(target)+"-cpu-help.txt"), 0
		return r
	}
	for _, d := range o.DeviceHelp {
		if d == nil {
			r.Stderr, r.Stdout, r.ExitCode = stderr.String(), rel.Text(string(target)+"-device-help.txt"), 0
			return r
		}
		drv, _ := d.Get("driver")
		if keyval.IsHelpOption(drv) {
			break
		}
		if parent := qdev.MissingModule(rel, target, drv); parent != "" {
			fmt.Fprintf(&stderr, "%s: -device %s: missing object type '%s'\n", target.Binary(), d.Arg, parent)
			r.Stderr, r.ExitCode = stderr.String(), 1
			return r
		}
		out, errText := DeviceHelp(rel, target, drv)
		if errText != "" {
			fmt.Fprintf(&stderr, "%s: -device %s: %s\n", target.Binary(), d.Arg, errText)
		}
		r.Stderr, r.Stdout, r.ExitCode = stderr.String(), out, 0
		return r
	}
	// qemu_maybe_daemonize: the pid file is written after the help options.
	if f := o.pidFile; f != "" && !o.hostCanCreate(f) {
		return fail(fmt.Errorf("cannot create PID file: Could not create '%s': No such file or directory", f))
	}
	r.NotSimulated = o.NotSimulated
	// configure_rtc, before the machine type is looked up.
	if err := o.rtc.check(); err != nil {
		return fail(err)
	}
	// qemu_create_early_backends' audio_init_audiodevs: a driver whose
	// module the host lacks.
	if err := o.audioBackends(rel, target); err != nil {
		return fail(err)
	}

	// Machine selection.
	name, _ := o.Machine.String("type")
	var mt *machinetype.Type
	if name == "" {
		mt = machinetype.Default(rel, target)
	} else {
		mt = machinetype.Lookup(rel, target, name)
	}
	if mt == nil {
		named := ""
		if rel.UnknownMachineNamed {
			named = fmt.Sprintf(": \"%s\"", name)
		}
		return fail(&exit{code: 1, raw: true, msg: target.Binary() + ": unsupported machine type" + named + "\nUse -machine help to list supported machines\n"})
	}
	if mt.Family == machinetype.Other && !mt.Empty() {
		return fail(&exit{code: 1, msg: fmt.Sprintf("machine type '%s' is listed but not simulated: use pc, q35, pseries or a versioned type", mt.Name)})
	}
	// -vga names a card model the board looks up first.
	if o.vgaErr != nil {
		return fail(o.vgaErr)
	}
	if o.vga == "help" {
		return fail(vgaHelp(rel, target))
	}
	if err := vgaUnavailable(rel, target, o.vga); err != nil {
		return fail(err)
	}
	if mt.Family == machinetype.PSeries && (o.vga == "vmware" || o.vga == "qxl") {
		return fail(errors.New("Unsupported VGA mode, only -vga std or -vga virtio is supported"))
	}

	// Early backends (qemu_create_early_backends): the objects created
	// early, the character devices, then -blockdev and -drive
	// (configure_blockdev), all before the machine's properties are set
	// (measured: a bad -chardev wins over a bad -drive, -smp, -m or -M
	// property).
	if o.display != nil {
		printed, err := o.display.earlyChecks(rel)
		if printed != "" {
			fmt.Fprintf(&stderr, "%s: %s\n", target.Binary(), printed)
		}
		if err != nil {
			return fail(err)
		}
	}
	if err := o.objectFileError(false); err != nil {
		return fail(err)
	}
	if o.Chr.Help {
		return fail(&exit{code: 0, stdout: rel.Text(string(target) + "-chardev-help.txt")})
	}
	if o.defaults {
		o.Chr.Defaults(o.defaultOn("serial"), o.defaultOn("parallel") && target == machinetype.X86_64, o.nographic)
	}
	// qemu_spice.init, after the early objects and before the chardevs.
	if msg := o.spiceInit(target.Binary()); msg != "" {
		return fail(&exit{code: 1, raw: true, msg: msg})
	}
	err = o.Chr.Create()
	stderr.WriteString(o.Chr.Stderr.String())
	if err != nil {
		return fail(err)
	}
	printed, err := o.configureBlock(mt)
	for _, p := range printed {
		stderr.WriteString(p + "\n")
	}
	if err != nil {
		return fail(err)
	}
	if err := o.checkVirtfs(); err != nil {
		return fail(err)
	}

	if err := dashify(o.Machine); err != nil {
		return fail(err)
	}

	// Machine properties, smp and memory among them, are applied in QDict
	// order (a hash order; measured: -M pc,aaa=1 fails before a bad -smp,
	// -M pc,bar=1 after it).
	props := mt.SMPProps()
	top, _, _ := smp.Resolve(rel, smp.Config{}, props) // the default when -smp is not given
	var mem memoryOptions
	acpi, hmat := true, false
	given := map[string]string{}
	var sgxMemdevs []string   // -M sgx-epc.N.memdev, looked up at the board's memory init
	var smpCaches *smp.Caches // smp-cache, when given
	for _, k := range machinePropertyOrder(o.Machine.Keys) {
		if _, isStr := o.Machine.String(k); isStr && (k == "smp" || k == "boot") {
			// -M smp=4: the visitor wants SMPConfiguration (BootConfiguration)
			return fail(fmt.Errorf("Invalid parameter type for '%s', expected: object", k))
		}
		switch k {
		case "smp": // machine_set_smp → machine_parse_smp_config
			cfg, err := smp.FromDict(rel, o.Machine.Sub("smp"))
			if err != nil {
				return fail(err)
			}
			var warnings []string
			top, warnings, err = smp.Resolve(rel, cfg, props)
			for _, w := range warnings {
				warn(w)
			}
			if err != nil {
				return fail(err)
			}
		case "boot":
			if err := checkBoot(o.Machine.Sub("boot")); err != nil {
				return fail(err)
			}
		case "smp-cache":
			if !machineHasProp(mt, k) {
				return fail(fmt.Errorf("Property '%s.%s' not found", mt.QOMType(), k))
			}
			entries, err := smpCacheEntries(o.Machine.Sub(k))
			if err != nil {
				return fail(err)
			}
			caches := smp.DefaultCaches()
			if err := caches.Set(entries, props, mt.CachesSupported()); err != nil {
				return fail(err)
			}
			smpCaches = &caches
		case "memory": // machine_set_mem (-m)
			var memWarnings []string
			mem, memWarnings, err = o.Memory.apply(rel, mt.DefaultRAMBytes)
			for _, p := range memWarnings {
				fmt.Fprintf(&stderr, "%s: %s\n", target.Binary(), p)
			}
			if err != nil {
				return fail(err)
			}
		default:
			if kind, _ := machinePropKind(mt, k); kind == propArray && k == "sgx-epc" && o.Machine.Sub(k) != nil {
				ids, err := sgxEPCList(o.Machine.Sub(k))
				if err != nil {
					return fail(err)
				}
				for _, m := range ids {
					if rel.SGXEPCMemdevLooked && !o.Registry.Objects[m] {
						return fail(fmt.Errorf("Device '%s' not found", m))
					}
				}
				sgxMemdevs = ids
				continue
			}
			v, _ := o.Machine.String(k)
			if err := checkMachineProperty(mt, k, v); err != nil {
				return fail(err)
			}
			if k == "memory-encryption" {
				// machine_set_memory_encryption looks the object up as it
				// is set, then links it (no object here is a guest-support one).
				if !o.Registry.Objects[v] {
					return fail(fmt.Errorf("No such memory encryption object '%s'", v))
				}
				return fail(errors.New("Invalid parameter type for 'confidential-guest-support', expected: confidential-guest-support"))
			}
			if k == "pcspk-audiodev" && !o.Registry.Audiodevs[v] {
				// The alias sets the speaker's audiodev now (no location).
				if rel.AudiodevNotFound != "" {
					return fail(fmt.Errorf(rel.AudiodevNotFound, v))
				}
				return fail(fmt.Errorf("Property 'isa-pcspk.audiodev' can't find value '%s'", v))
			}
			if (k == "pflash0" || k == "pflash1") && o.Block.Node(v) == nil && o.Block.Backend(v) == nil {
				// The alias sets the flash's drive property now.
				return fail(fmt.Errorf("Property 'cfi.pflash01.drive' can't find value '%s'", v))
			}
			if (k == "pflash0" || k == "pflash1") && o.Block.Node(v) != nil {
				o.flashSeq[k[len(k)-1]-'0'] = o.Block.NextSeq()
			}
			if w := MachinePropertyWarning(k, v); w != "" {
				warn(w)
			}
			given[k] = v
			if k == "acpi" {
				acpi = v != "off"
			}
			if k == "hmat" {
				hmat = isOn(v)
			}
		}
	}
	accel, printed, err := selectAccel(o)
	for _, p := range printed {
		fmt.Fprintf(&stderr, "%s: %s\n", target.Binary(), p)
	}
	if err != nil {
		return fail(err)
	}
	deprecated := func() {
		if mt.Deprecated {
			warn(fmt.Sprintf("Machine type '%s' is deprecated: %s", mt.Name, rel.DeprecatedMachineReason))
		}
	}
	if !rel.DeprecationAfterChardevs {
		deprecated()
	}

	// Late backends: -netdev (net_init_clients), the memory backends, then
	// the -serial character devices.
	if rel.DeprecationAfterChardevs {
		deprecated()
	}
	if o.Net.Help == "netdev" {
		return fail(&exit{code: 0, stdout: rel.Text("netdev-help.txt")})
	}
	if err := o.Net.Create(); err != nil {
		return fail(err)
	}
	if o.objectDup != nil {
		return fail(o.objectDup)
	}
	if err := o.preallocContextError(); err != nil {
		return fail(err)
	}
	if err := o.Objects.Create(); errors.Is(err, numa.ErrRAMSizeWraps) {
		return fail(&machine.Crash{Stderr: fmt.Sprintf("%s: %s: %s\n", target.Binary(), rel.FindRAMOffsetAssert, err), Signal: 6})
	} else if err != nil {
		return fail(err)
	}
	if err := o.objectFileError(true); err != nil {
		return fail(err)
	}
	if o.Objects.RemoteObjectCrash {
		return fail(&machine.Crash{Signal: 11})
	}
	if err := o.tpmInit(); err != nil {
		return fail(err)
	}
	if id, ok := o.Machine.String("memory-backend"); ok && o.Objects.Backends[id] == nil {
		return fail(fmt.Errorf("Memory backend '%s' not found", id))
	} else if _, mp := o.later["mem-path"]; ok && mp { // (QEMU's message lacks the space)
		return fail(errors.New("'-mem-path' can't be used together with'-machine memory-backend'"))
	}
	if err := o.Chr.CreateMonitors(); err != nil {
		return fail(err)
	}
	if o.serialErr != nil {
		return fail(o.serialErr)
	}
	if err := o.Chr.CreateSerials(); err != nil {
		return fail(err)
	}
	// debugcon_parse: a chardev and a device option, both "debugcon", the
	// device after the -device ones, at the -debugcon option's location.
	for _, v := range o.debugcon {
		if err := o.Chr.Debugcon(v); err != nil {
			return fail(err)
		}
		if o.debugconTaken {
			return fail(fmt.Errorf("-debugcon %s: already have a debugcon device", v))
		}
		o.debugconTaken = true
		o.addDeviceAt("-debugcon "+v, "isa-debugcon,chardev=debugcon,id=debugcon")
	}

	// -cpu.
	if o.cpuGiven && o.CPU == "" { // parse_cpu_option: g_strsplit gave no model
		return fail(errors.New("-cpu option cannot be empty"))
	}
	cpuModel, features := cpumodel.SplitCPUOption(o.CPU)
	if o.cpuGiven && cpuModel == "" { // ",+avx": an empty model name
		return fail(cpumodel.UnknownModel(""))
	}
	var cpuType, threadType string
	if target == machinetype.X86_64 {
		if cpuModel == "" {
			cpuType = mt.DefaultCPUType
		} else {
			if cpumodel.For(rel).X86(cpuModel) == nil {
				return fail(cpumodel.UnknownModel(cpuModel))
			}
			cpuType = cpuModel + "-x86_64-cpu"
		}
	} else {
		model := strings.TrimSuffix(mt.DefaultCPUType, "-powerpc64-cpu")
		// ppc_cpu_class_by_name: "max" is the machine's default CPU.
		if cpuModel != "" && cpuModel != "max" {
			var ok bool
			if model, ok = cpumodel.For(rel).PPC(cpuModel); !ok {
				return fail(cpumodel.UnknownModel(cpuModel))
			}
		}
		threadType = model + "-powerpc64-cpu"
		cpuType = model + "-spapr-cpu-core"
	}
	cpuOpts := parseCPUFeatures(rel, target, features)
	for _, p := range cpuOpts.warnings {
		fmt.Fprintf(&stderr, "%s: %s\n", target.Binary(), p)
	}
	if cpuOpts.parseFail != nil {
		return fail(cpuOpts.parseFail)
	}

	m := machine.New(mt, top, accel)
	m.Host.Trace, m.Host.Tracing = o.Trace.Trace, o.Trace.Enabled
	m.CPUType, m.ThreadType = cpuType, threadType
	m.Paused = o.Paused
	m.Preconfig = o.preconfig
	m.Incoming = o.incoming
	m.IncomingDeferred = o.incomingURI == "defer"
	m.RebootShuts, m.ShutdownPauses = o.noReboot, o.noShutdown
	// isapc has no ACPI; microvm's has no CPU hotplug block.
	m.ACPI, m.HMAT = acpi && mt.Family != machinetype.ISAPC && mt.Family != machinetype.Microvm, hmat
	m.Props = given
	if smpCaches != nil {
		if err := smpCaches.Resolve(mt.L3CacheLevel()); err != nil {
			return fail(err)
		}
		m.Extra[smp.CachesKey] = *smpCaches
	}
	m.Extra[AudiodevsKey] = o.audiodevs
	if boot := o.Machine.Sub("boot"); boot != nil {
		m.Extra[BootConfigKey] = BootConfig(boot)
	}
	if t, ok := o.rtc.baseTime(); ok {
		m.Extra[RTCBaseKey] = t
	}
	if d := o.display.object(); d != nil {
		m.Extra[DisplayOptionsKey] = d
	}
	if o.compatPolicy != nil {
		m.Extra[CompatPolicyKey] = o.compatPolicy
	}
	if o.singleStep {
		m.Extra[SingleStepKey] = true
	}
	m.RAMBytes, m.MaxRAMBytes, m.RAMSlots = mem.size, mem.maxmem, int(mem.slots)
	m.GuestName, m.HasName, m.UUID = o.GuestName, o.HasName, o.UUID
	m.MemPrealloc = o.memPrealloc
	for _, b := range o.Objects.MemoryBackends() {
		m.Memdevs = append(m.Memdevs, machine.Memdev{ID: b.ID, Size: b.Size, Share: b.Share, Type: b.Type})
	}

	// machine_run_board_init: -m given beside memory-backend= must match it.
	// Without -m (or with "-m 0") the backend's size is the RAM's.
	if id, ok := o.Machine.String("memory-backend"); ok {
		b := o.Objects.Backends[id]
		switch {
		case b == nil:
		case o.Memory.sizeStr != "" && o.Memory.size != 0:
			if b.Size != m.RAMBytes {
				return fail(errors.New("Machine memory size does not match the size of the memory backend"))
			}
		default:
			if m.MaxRAMBytes == m.RAMBytes {
				m.MaxRAMBytes = b.Size
			}
			m.RAMBytes = b.Size
		}
	}

	if err := o.memPathError(); err != nil {
		return fail(err)
	}
	if err := o.defaultRAMAllocError(m); err != nil {
		return fail(err)
	}
	if err := o.icountError(); err != nil {
		return fail(err)
	}

	// NUMA configuration, then its slot mapping (before the board's init).
	printed, err = numa.Configure(m, o.NUMA, o.Objects.Backends)
	for _, p := range printed {
		fmt.Fprintf(&stderr, "%s: %s\n", target.Binary(), p)
	}
	if err != nil {
		return fail(err)
	}
	if m.Preconfig && len(o.NUMA) == 0 {
		// set-numa-node may still configure NUMA (not modelled on top
		// of -numa's, completed here already)
		m.Extra[numa.PreconfigKey] = numa.NewPreconfig(m, o.Objects.Backends)
	}

	// qemu_init_board: the plugins, then the machine's init.
	if err := pluginLoadError(o.Block.Host, o.plugins); err != nil {
		return fail(err)
	}
	// Machine init checks.
	if err := initChecks(m, cpuModel); err != nil {
		return fail(err)
	}
	for _, id := range sgxMemdevs {
		// pc_machine_init_sgx_epc sets each EPC device's memdev link.
		if err := o.linkError("memdev", id, "memory-backend-epc"); err != nil {
			return fail(err)
		}
	}
	if w := ramSplitWarning(m, given["max-ram-below-4g"]); w != "" {
		warn(w)
	}

	if !m.IsSPAPR() {
		m.CPUCompat = format.CPUCompatProps(rel, m.Target, m.Type.Name)
	}
	// The first CPU object takes the -cpu features.
	if !mt.Empty() {
		ft := cpuType
		if m.IsSPAPR() {
			ft = threadType
		}
		if err := cpuOpts.atCreate(ft, o.Globals); err != nil {
			return fail(err)
		}
		if !m.IsSPAPR() {
			m.CPUFeaturesOn, m.CPUFeaturesOff = cpuOpts.featureChanges(ft, o.Globals)
			m.CPUUnchecked = cpuOpts.unchecked()
			m.CPUSettings = cpuOpts.settings(ft, o.Globals)
			m.CPUGlobals, m.CPUPlus, m.CPUMinus = cpuOpts.objectGlobals(ft, o.Globals)
			// x86_cpu_pre_plug on the boot CPU: 7.2 asks the (absent) KVM
			// whether it may set hv-vpindex, under TCG too.
			if m.Release().HypervVPIndexNeedsKVM && m.Accel != "kvm" && m.CPUPropertyOn(ft, "hv-vpindex") {
				return fail(errors.New("kernel doesn't allow setting HyperV VP_INDEX"))
			}
		}
	}

	// Boot CPUs ("-M none" and x-remote have none: empty boards).
	if mt.Empty() {
		// machine_none_init creates the -cpu CPU on its own: on x86 no
		// board gives it an APIC ID.
		if mt.Name == "none" && cpuModel != "" && target == machinetype.X86_64 {
			return fail(hotplug.ErrAPICIDUnset)
		}
	} else if m.IsSPAPR() {
		mode, _ := spaprICMode(m) // checked by initChecks
		m.Extra["spapr.ic-mode"] = mode
		m.XIVE = mode != "xics"
		if m.XIVE {
			m.NextUnattached()
		}
		if err := spaprLMBLimit(m); err != nil {
			return fail(err)
		}
		cores := (int(top.CPUs) + int(top.Threads) - 1) / int(top.Threads)
		spapr.Realize(m, func(i int) *machine.CPU {
			if i >= cores {
				return nil
			}
			c := &machine.CPU{Slot: i, QOMPath: m.NextUnattached(), Type: cpuType, Origin: machine.Boot, Threads: int(top.Threads)}
			m.AddCPU(c)
			return c
		})
	} else {
		if x := cpumodel.For(rel).X86FromType(cpuType); x != nil && x.Error != "" && accel == "tcg" {
			// host's features are filtered as max's before it is refused
			// (measured: -cpu host,+invtsc warns about invtsc first; the
			// topology's hyperthreading warning comes later, so never).
			for _, w := range m.CPUCreateWarnings("max-x86_64-cpu") {
				if strings.HasPrefix(w, "TCG doesn't support") {
					warn(w)
				}
			}
			return fail(errors.New(x.Error))
		}
		for i := 0; i < int(top.CPUs); i++ {
			// pre_plug first: -cpu's topology properties must name this CPU.
			if err := hotplug.PrePlug(m, &machine.CPU{Type: cpuType}, cpuOpts.bootCPUProps(m.Slots[i].ArchID, cpuType, o.Globals), false); err != nil {
				return fail(err)
			}
			ws := m.CPUCreateWarnings(cpuType)
			for _, w := range ws {
				if m.Preconfig {
					put, _ := m.Extra[machine.BootCPUWarningsKey].([]string)
					m.Extra[machine.BootCPUWarningsKey] = append(put, w)
					continue
				}
				warn(w)
			}
			if err := cpuOpts.atRealize(ws); err != nil {
				return fail(err)
			}
			if e := m.X2APICError(cpuType, i, nil); e != nil {
				r.Stderr, r.ExitCode = stderr.String()+machine.APICAbort(target.Binary(), "", e), -6
				return r
			}
			m.AddCPU(&machine.CPU{Slot: i, QOMPath: m.NextUnattached(), Type: cpuType, Origin: machine.Boot})
			if i == 0 {
				m.NextUnattached() // kvmvapic, created with CPU 0
			}
		}
	}

	if err := physBitsCheck(m, cpuType, o.Globals); err != nil {
		return fail(err)
	}
	// pc_memory_init, after the CPUs: the BIOS, then the kernel, from the
	// host's files (a bare name is looked up in QEMU's data directories).
	// spapr_machine_init: the LPAR firmware likewise.
	if f, given := o.Machine.String("firmware"); given {
		size, found := o.firmwareSize(f)
		switch {
		case m.IsSPAPR() && !found:
			return fail(fmt.Errorf("Could not find LPAR firmware '%s'", f))
		case m.IsSPAPR() && strings.Contains(f, "/") && (size <= 0 || size > spaprFirmwareMax):
			// load_image_targphys: nothing read, or more than FW_MAX_SIZE
			return fail(fmt.Errorf("Could not load LPAR firmware '%s'", f))
		case (m.Type.Family == machinetype.PC || m.Type.Family == machinetype.Q35) && !o.hasSystemFlash() ||
			m.Type.Family == machinetype.ISAPC:
			if size > 0 && size%65536 == 0 {
				break
			}
			// x86_bios_rom_init: found, and a multiple of 64 KiB (a PCI
			// board with a system flash maps it, or refuses its gap, and
			// never reads -bios; isapc has no flash)
			return fail(&exit{code: 1, raw: true, msg: fmt.Sprintf("qemu: could not load PC BIOS '%s'\n", f)})
		}
	}
	// pc_cmos_init's set_boot_dev, with error_fatal: the PC boards keep at
	// most three boot devices of a, b, c, d and n.
	if f := m.Type.Family; f == machinetype.PC || f == machinetype.Q35 || f == machinetype.ISAPC {
		if boot := o.Machine.Sub("boot"); boot != nil {
			if order, ok := boot.String("order"); ok {
				if err := PCBootDevicesError(order); err != nil {
					return fail(err)
				}
			}
		}
	}
	if o.kernel != "" {
		m.Extra["kernel"] = o.kernel // what runs after the firmware
	}
	if f := o.kernel; f != "" {
		if err := o.loadKernel(m, target, f); err != nil {
			return fail(err)
		}
	}

	// The device memory region's slot limit (pc_memory_init: ACPI's 256;
	// spapr: 32), after the CPUs.
	if m.MaxRAMBytes > m.RAMBytes {
		switch {
		// slots is a uint64 ("-1" wrapped): compared and printed unsigned.
		case m.IsSPAPR() && uint64(m.RAMSlots) > 32:
			return fail(fmt.Errorf("Specified number of memory slots %d exceeds max supported 32", uint64(m.RAMSlots)))
		case !m.IsSPAPR() && uint64(m.RAMSlots) > 256 && (m.Type.Family == machinetype.PC || m.Type.Family == machinetype.Q35):
			return fail(fmt.Errorf("unsupported amount of memory slots: %d", uint64(m.RAMSlots)))
		}
	}
	// fw_cfg's realize (pc_memory_init): the boot splash time, the splash
	// file, then the reboot timeout.
	if m.Type.Family == machinetype.PC || m.Type.Family == machinetype.Q35 {
		if boot := o.Machine.Sub("boot"); boot != nil {
			if v, ok := boot.String("splash-time"); ok {
				if n, err := strconv.ParseInt(v, 0, 64); err == nil && (n < 0 || n > 0xffff) {
					return fail(errors.New("splash-time is invalid,it should be a value between 0 and 65535"))
				}
			}
			if f, ok := boot.String("splash"); ok && !o.hostHas(f) {
				fmt.Fprintf(&stderr, "%s: failed to find file '%s'\n", target.Binary(), f)
			}
			if v, ok := boot.String("reboot-timeout"); ok {
				if n, err := strconv.ParseInt(v, 0, 64); err == nil && (n < -1 || n > 0xffff) {
					return fail(errors.New("reboot timeout is invalid,it should be a value between -1 and 65535"))
				}
			}
		}
	}
	// pc_memory_init, after the CPUs: these old types and isapc have no
	// hotplug memory region.
	oldPC := m.Type.Family == machinetype.PC && m.Type.VersionAtMost(2, 0) // measured: 2.0 too
	if (oldPC || m.Type.Family == machinetype.ISAPC) && (m.RAMSlots > 0 || m.MaxRAMBytes > m.RAMBytes) {
		return fail(fmt.Errorf("\"-memory 'slots|maxmem'\" is not supported by: %s", m.Type.Name))
	}

	// pc_memory_init's (microvm_devices_init's unless x-option-roms=off)
	// last step: each -option-rom, after the kernel; one that cannot be
	// read is reported and left out. pseries and none load none.
	romsLoaded := m.Type.Family == machinetype.PC || m.Type.Family == machinetype.Q35 || m.Type.Family == machinetype.ISAPC ||
		m.Type.Family == machinetype.Microvm && !m.PropOff("x-option-roms")
	for _, f := range o.optionROMs {
		if _, found := o.firmwareSize(f); romsLoaded && !found {
			fmt.Fprintln(&stderr, fmt.Sprintf(rel.OptionROMMissing, f))
		}
	}

	// pc_basic_device_init, after the memory.
	if m.Release().VMPortNeedsI8042 && m.VMPort() == "on" && m.PropOff("i8042") {
		return fail(errors.New("vmport requires the i8042 controller to be enabled"))
	}

	// The x86 board's IDE disks (pc_init, after the CPUs).
	if o.emptyIDEDisks > 0 && !m.IsSPAPR() && !mt.Empty() {
		return fail(errors.New("Device needs media, but drive is empty"))
	}

	// The objects exist before the board's devices and -device's
	// (qemu_create_late_backends): a link names them, of its type.
	object.Set(m, o.objects)
	if id, ok := o.Machine.String("memory-backend"); ok {
		object.Claim(m, id) // machine_consume_memdev maps it
	}

	// The board's own devices, then -device, in order.
	st := board.Build(m, o.Registry)
	if st != nil {
		st.SetGlobals(o.Globals)
		st.Host = o.Block.Host
		if m.Type.Family == machinetype.PC || m.Type.Family == machinetype.Q35 {
			// Made as pc_memory_init set the memory up (after the CPUs).
			if err := o.mapSystemFlash(m, target.Binary()); err != nil {
				return fail(err)
			}
		}
	}
	if line, err := o.boardExtras(st); line != "" || err != nil {
		if line != "" {
			fmt.Fprintf(&stderr, "%s: %s\n", target.Binary(), line)
		}
		if err != nil {
			return fail(err)
		}
	}
	// The ports' chardev property is set with error_abort: a chardev
	// another frontend holds aborts QEMU.
	if id, msg := o.Chr.PortInUse(); id != "" && st != nil {
		r.Stderr, r.ExitCode = stderr.String()+"Unexpected error in "+rel.ChardevInUseAbortAt+":\n"+target.Binary()+": "+msg+"\n", -6
		return r
	}
	if st != nil {
		if err := st.GlobalError(); err != nil {
			return fail(err)
		}
	}
	// The NICs come before the drives' devices (pc_nic_init before the
	// IDE controller's; spapr's NICs before its VSCSI controllers).
	if err := onBoardNICs(m, st, o.Net, o.Registry); err != nil {
		return fail(err)
	}
	if err := o.boardDrives(m, st); err != nil {
		return fail(err)
	}
	// qemu_create_cli_devices: -audio's sound card, -fw_cfg, then -device.
	if err := o.soundHWInit(m); err != nil {
		return fail(err)
	}
	// the audio voices devices open at realize, again at the first reset
	var resetVoices []string
	openVoices := func(dev string) {
		for _, l := range o.audioVoiceFailures(rel, dev) {
			stderr.WriteString(l)
			resetVoices = append(resetVoices, l)
		}
	}
	if o.soundCard != "" {
		openVoices(soundCards[o.soundCard].typ + ",audiodev=" + o.soundAudiodev)
	}
	fwCfgTaken := ""
	{
		ws, taken, err := o.fwCfgEntries(m)
		for _, w := range ws {
			fmt.Fprintf(&stderr, "%s: %s\n", target.Binary(), w)
		}
		if err != nil {
			return fail(err)
		}
		fwCfgTaken = taken
		user := len(o.fwCfg)
		if o.kernel != "" || len(o.optionROMs) > 0 {
			user = -1
		}
		if boot := o.Machine.Sub("boot"); boot != nil {
			if _, ok := boot.String("splash"); ok {
				user = -1
			}
		}
		m.Extra[fwCfgUserFilesKey] = user
	}
	// qemu_create_cli_devices: -usbdevice's devices, when the machine has
	// USB, before -device's.
	if usb, _ := o.Machine.String("usb"); isOn(usb) {
		for _, u := range o.usbDevices {
			loc := "-usbdevice " + u
			drv, known := legacyUSBDevice(u)
			if drv == "" && known {
				r.NotSimulated = append(r.NotSimulated, loc)
				continue
			}
			if known {
				if _, err := hotplug.ColdPlug(m, drv); err != nil {
					// usbdevice_create: no bus (usb_bus_find), or the device's own error
					msg := "Error: no usb bus to attach usbdevice " + u + ", please try -machine usb=on and check that the machine model supports USB"
					if !strings.HasPrefix(err.Error(), "No 'usb-bus' bus found") {
						msg = "Failed to initialize USB device '" + drv + "': " + err.Error()
					}
					stderr.WriteString(target.Binary() + ": " + loc + ": " + msg + "\n")
					known = false
				}
			} else if strings.Contains(u, ":") {
				stderr.WriteString(target.Binary() + ": " + loc + ": usbdevice parameters are not supported anymore\n")
			}
			if !known {
				return fail(fmt.Errorf("%s: could not add USB device '%s'", loc, u))
			}
		}
	}
	for i, d := range o.Devices {
		loc := "-device " + d
		if l, ok := o.deviceLoc[i]; ok {
			loc = l // a device option another option made (-virtfs, -set)
		}
		ws, err := hotplug.ColdPlug(m, d)
		if b := board.Of(m); b != nil {
			for _, l := range b.TakeStderr() {
				stderr.WriteString(l + "\n")
			}
		}
		if err == nil {
			openVoices(d)
		}
		for _, w := range ws {
			warnAt(loc, w)
		}
		var apicErr *machine.HintError
		if errors.As(err, &apicErr) {
			r.Stderr, r.ExitCode = stderr.String()+machine.APICAbort(target.Binary(), loc+": ", apicErr), -6
			return r
		}
		var crash *machine.Crash
		if errors.As(err, &crash) && crash.Signal > 0 {
			// An assertion in the device's realize: QEMU aborts, no location.
			r.Stderr, r.Stdout, r.ExitCode = stderr.String()+crash.Reported+crash.Stderr, crash.Stdout, -crash.Signal
			return r
		}
		var abort *board.AbortError
		if errors.As(err, &abort) {
			r.Stderr, r.ExitCode = stderr.String()+"Unexpected error in "+abort.At+":\n"+target.Binary()+": "+loc+": "+abort.Msg+"\n", -6
			return r
		}
		var report *board.ReportError
		if errors.As(err, &report) {
			fmt.Fprintf(&stderr, "%s: %s: %s\n", target.Binary(), loc, report.Report)
			if report.Abort != "" {
				r.Stderr, r.ExitCode = stderr.String()+target.Binary()+": "+report.Abort+"\n", -6
				return r
			}
			err = report.Err
		}
		if err != nil {
			var h *board.HintError
			if errors.As(err, &h) {
				return fail(fmt.Errorf("%s: %s\n%s", loc, err, h.Hint))
			}
			return fail(fmt.Errorf("%s: %s", loc, err))
		}
	}

	if err := o.plugDriveDevices(m); err != nil {
		return fail(err)
	}
	o.attachDrives(m)
	object.Set(m, o.objects)

	// pc_machine_done builds the SMBIOS tables, then the CMOS.
	if err := smbiosError(m); err != nil {
		return fail(err)
	}
	if err := o.smbiosType41Error(m); err != nil {
		return fail(err)
	}
	if fwCfgTaken != "" {
		return fail(fmt.Errorf("duplicate fw_cfg file name: %s", fwCfgTaken))
	}
	if w := fdcWarning(st); w != "" {
		// warn_report's text ends without a newline: QEMU prints none.
		fmt.Fprintf(&stderr, "%s: warning: %s", target.Binary(), w)
	}

	// net_check_clients: a -netdev no device uses.
	for _, w := range o.Net.Warnings(netdev.NICsOf(st)) {
		warn(w)
	}
	o.Net.Attach(m)
	o.Chr.Attach(m)

	// First reset.
	// qdev_prop_check_globals, once the machine is made (before its first
	// reset): a -global for a type the binary lacks, or for a type that is
	// never hot-plugged of which the machine made no device.
	for _, g := range o.userGlobals {
		switch {
		case !qdev.KnownType(rel, target, g.Type) || !qdev.LookupType(rel, target, g.Type).Implements("device"): // a machine's type too
			warn(fmt.Sprintf("global %s.%s has invalid class name", g.Type, g.Property))
		case coldOnlyType(rel, target, g.Type) && !board.Of(m).Has(g.Type):
			warn(fmt.Sprintf("global %s.%s=%s not used", g.Type, g.Property, g.Value))
		}
	}
	// qemu_machine_creation_done: a -vga model no board device took.
	if o.vga != "" && o.vga != "none" && (mt.Family == machinetype.Microvm || mt.Empty()) {
		warn("A -vga option was passed but this machine type does not use that option; No VGA device has been created")
	}
	for _, l := range resetVoices {
		stderr.WriteString(l)
	}
	if m.IsSPAPR() {
		warnings, capErr := spaprCapsApply(m)
		for _, w := range warnings {
			if !o.preconfig { // -preconfig: the first reset is x-exit-preconfig's
				warn(w)
			}
		}
		if capErr != nil {
			return fail(capErr)
		}
		if isOn(m.Props["cap-rpt-invalidate"]) && m.Accel == "tcg" { // the last capability applied
			return fail(errors.New("No H_RPT_INVALIDATE support in TCG\nTry appending -machine cap-rpt-invalidate=off"))
		}
		if err := spaprCompatError(m); err != nil {
			return fail(err)
		}
		hotplug.Reset(m)
		if st := board.Of(m); st != nil {
			st.NumberSPAPRBuses()
		}
		if err := spaprFDTError(m); err != nil {
			return fail(err)
		}
	}
	// os_setup_post, after the machine is made: -chroot (7.2) into a
	// directory of the host.
	if o.chroot != "" {
		if f, ok := o.Block.Host.Lookup(o.chroot); !ok || f.Format != hostfs.Dir {
			return fail(errors.New("chroot failed"))
		}
	}
	// qmp_x_exit_preconfig: -loadvm needs a drive that can hold a snapshot.
	if name, ok := o.later["loadvm"]; ok && o.later["blockdev"] == "" {
		return fail(o.Block.LoadSnapshotError(name))
	}
	// then -incoming's URI (qmp_migrate_incoming): its protocol.
	if o.incomingURI != "" && o.incomingURI != "defer" && !rel.MigrationProtocol(o.incomingURI) {
		return fail(fmt.Errorf("-incoming %s: unknown migration protocol: %s", o.incomingURI, o.incomingURI))
	}
	// qemu_init_displays: a VNC server on a unix socket binds its path.
	for _, v := range o.vnc {
		arg, _ := strings.CutPrefix(v, "-vnc ")
		if p, ok := strings.CutPrefix(arg, "unix:"); ok {
			p, _, _ = strings.Cut(p, ",")
			if !o.hostCanCreate(p) {
				return fail(fmt.Errorf("%s: Failed to bind socket to %s: No such file or directory", v, p))
			}
		}
	}
	for _, v := range o.vnc {
		m.VNC = append(m.VNC, strings.TrimPrefix(v, "-vnc "))
	}
	m.Spice = o.spiceOpts()
	r.Machine, r.Started = m, true
	r.Stderr = stderr.String() + o.Chr.TakeUnconnected(target.Binary())
	r.Stdout = o.Chr.Stdout.String()
	return r
}

// mapSystemFlash: pc_system_firmware_init maps the flash the machine's
// pflash0/pflash1 name (libvirt's -blockdev nodes) or the if=pflash
// drives of units 0 and 1 give (a drive where the machine names one
// clashes; a third unit has no flash to take it: the orphaned drives'
// check refuses it).
func (o *Options) mapSystemFlash(m *machine.Machine, binary string) error {
	b := board.Of(m)
	if b == nil || o.Block == nil {
		return nil
	}
	flash, any := make([]board.Flash, 2), false
	for unit := range flash {
		if node, ok := o.Machine.String(fmt.Sprintf("pflash%d", unit)); ok {
			flash[unit].Drive, any = node, true
			if n := o.Block.Node(node); n != nil {
				flash[unit].Size, flash[unit].Seq = n.Size, o.flashSeq[unit]
			} else if x := o.Block.Backend(node); x != nil && x.Root != nil {
				flash[unit].Name, flash[unit].Size = node, x.Root.Size
			}
		}
	}
	for _, x := range o.Block.Backends {
		if x.Interface != "pflash" || x.Bus != 0 || x.Unit >= len(flash) {
			continue
		}
		if flash[x.Unit].Drive != "" {
			return fmt.Errorf("%s: clashes with -machine", x.Option)
		}
		flash[x.Unit] = board.Flash{Name: x.Name, Drive: x.Name}
		if x.Root != nil {
			flash[x.Unit].Size = x.Root.Size
		}
		any = true
	}
	if !any {
		return nil
	}
	maxSize := int64(8 << 20)
	if v, ok := o.Machine.String("max-fw-size"); ok {
		if n, err := parseSizeValue(v); err == nil {
			maxSize = n
		}
	}
	err := b.MapSystemFlash(flash, maxSize)
	var h *board.HintError
	if errors.As(err, &h) {
		return fmt.Errorf("%s\n%s: %s", h.Msg, binary, h.Hint)
	}
	return err
}

// SPAPRResetWarnings are the spapr capability warnings printed at every
// machine reset (spapr_caps_apply): see spaprCapsApply.
func SPAPRResetWarnings(m *machine.Machine) []string {
	w, _ := spaprCapsApply(m)
	return w
}

// spaprCapsApply is spapr_caps_apply: each capability's apply in the
// table's order (htm, vsx, dfp, cfpc, sbbc, ibs, hpt-max-page-size,
// nested-hv, large-decr, ccf-assist, ...), the warnings until the first
// error, which ends QEMU at the first reset. Under TCG the security
// capabilities whose value is not "broken"/"off" warn; a maximum HPT
// page size under 64 KiB warns and under 4 KiB fails; nested-hv needs an
// ISA 3.00 CPU (the CPU's own, not max-cpu-compat's), the large
// decrementer ISA 3.00 after max-cpu-compat, VSX and DFP a CPU that has
// them.
func spaprCapsApply(m *machine.Machine) ([]string, error) {
	var w []string
	// cap_htm_apply, the table's first: after the devices are made
	// (measured: pseries-2.8's PHB index error comes first, r13-phb-19).
	htm := m.Type.VersionAtMost(2, 11) && !strings.HasSuffix(m.Type.Name, "-sxxm") && spaprPOWER8Up(m) // the default
	if v, ok := m.Props["cap-htm"]; ok {
		htm = isOn(v)
	}
	if m.Accel == "tcg" && htm {
		return w, errors.New("No Transactional Memory support in TCG\nTry appending -machine cap-htm=off")
	}
	tcgWarn := func(c string) {
		if v := spaprCap(m, c); m.Accel == "tcg" && v != "broken" && v != "off" {
			w = append(w, "TCG doesn't support requested feature, "+c+"="+v)
		}
	}
	// cap_vsx_apply, cap_dfp_apply: the CPU's own instructions (a 970
	// has neither); their defaults never ask for them on such a CPU.
	for _, c := range []string{"vsx", "dfp"} {
		if isOn(m.Props["cap-"+c]) && spaprCPULevel(m) < isa206 {
			return w, fmt.Errorf("%s support not available\nTry appending -machine cap-%s=off", strings.ToUpper(c), c)
		}
	}
	for _, c := range []string{"cap-cfpc", "cap-sbbc", "cap-ibs"} {
		tcgWarn(c)
	}
	if v, ok := m.Props["cap-hpt-max-page-size"]; ok {
		if n, err := parseSizeValue(v); err == nil {
			switch {
			case n < 4<<10:
				return w, errors.New("Require at least 4kiB hpt-max-page-size")
			case n < 64<<10:
				w = append(w, "Many guests require at least 64kiB hpt-max-page-size")
			}
		}
	}
	if isOn(m.Props["cap-nested-hv"]) && spaprCPULevel(m) < isa300 {
		return w, errors.New("Nested-HV only supported on POWER9 and later\nTry appending -machine cap-nested-hv=off")
	}
	// cap_large_decr_apply: ppc_check_compat against ISA 3.00, capped by
	// max-cpu-compat (the default is off below it).
	if isOn(m.Props["cap-large-decr"]) && spaprCompatLevel(m) < isa300 {
		return w, errors.New("Large decrementer only supported on POWER9\nTry -cpu POWER9")
	}
	tcgWarn("cap-ccf-assist")
	return w, nil
}

// spaprCap is a capability's value: the one given with -machine, else the
// machine version's default lowered for CPUs (or max-cpu-compat levels)
// below the ISA level it needs (default_caps_with_cpu).
func spaprCap(m *machine.Machine, c string) string {
	if v, ok := m.Props[c]; ok {
		if c == "cap-ccf-assist" {
			if isOn(v) {
				return "on"
			}
			return "off"
		}
		for _, e := range enumValues[c] {
			if strings.EqualFold(v, e) {
				return e
			}
		}
	}
	level := spaprCompatLevel(m)
	t := m.Type
	sxxm := strings.HasSuffix(t.Name, "-sxxm")
	secure := !t.VersionAtMost(3, 1) || sxxm // spectre/meltdown workarounds on by default from 4.0
	switch c {
	case "cap-cfpc":
		if secure && level >= isa207 {
			return "workaround"
		}
	case "cap-sbbc":
		if secure && level >= isa206Plus && !(level >= isa207 && m.Release().SPAPRSBBCBrokenFromPOWER8) {
			return "workaround"
		}
	case "cap-ibs":
		if secure && level >= isa206 {
			if sxxm {
				return "fixed-ccd"
			}
			return "workaround"
		}
	case "cap-ccf-assist":
		if !t.VersionAtMost(4, 2) {
			return "on"
		}
		return "off"
	}
	return "broken"
}

// SPAPRCapWithCPU is a capability's value as the machine's CPU lowers its
// version's default (default_caps_with_cpu), for qom-get of /machine:
// recorded is the value recorded with the version's default CPU. ok is
// false for a capability the CPU does not change.
func SPAPRCapWithCPU(m *machine.Machine, c string, recorded any) (any, bool) {
	switch c {
	case "cap-cfpc", "cap-sbbc", "cap-ibs":
		return spaprCap(m, c), true
	case "cap-large-decr": // off below ISA 3.00
		on, _ := recorded.(bool)
		return on && spaprCompatLevel(m) >= isa300, true
	case "cap-htm": // off below ISA 2.07
		on, _ := recorded.(bool)
		return on && spaprCompatLevel(m) >= isa207, true
	}
	return nil, false
}

// ISA levels in the order ppc_type_check_compat compares them (the
// logical PVRs'): a POWER7 CPU is 2.06+, max-cpu-compat=power7 only 2.06.
const (
	isaOld = iota
	isa206
	isa206Plus
	isa207
	isa300
	isa310
	isa311
)

// spaprModelLevel is the ISA level of a CPU model, or of a max-cpu-compat
// value (compat).
func spaprModelLevel(model string, compat bool) int {
	switch {
	case strings.HasPrefix(model, "power11"):
		return isa311
	case strings.HasPrefix(model, "power10"):
		return isa310
	case strings.HasPrefix(model, "power9"):
		return isa300
	case strings.HasPrefix(model, "power8"):
		return isa207
	case strings.HasPrefix(model, "power7") && compat:
		return isa206
	case strings.HasPrefix(model, "power7"):
		return isa206Plus
	}
	return isaOld
}

// spaprCPULevel is the ISA level of the machine's CPU model.
func spaprCPULevel(m *machine.Machine) int {
	return spaprModelLevel(strings.ToLower(strings.TrimSuffix(m.ThreadType, "-powerpc64-cpu")), false)
}

// spaprCompatLevel is the level the board's checks compare with: the
// CPU's, capped by max-cpu-compat when it is set.
func spaprCompatLevel(m *machine.Machine) int {
	level := spaprCPULevel(m)
	// (an empty max-cpu-compat is no compat mode: it caps nothing)
	if compat, ok := m.Props["max-cpu-compat"]; ok && compat != "" {
		level = min(level, spaprModelLevel(compat, true))
	}
	return level
}

// spaprPOWER8Up: the CPU is ISA 2.07 (POWER8) or later.
func spaprPOWER8Up(m *machine.Machine) bool { return spaprCompatLevel(m) >= isa207 }

// spaprCompatError is the first reset's refusal of a max-cpu-compat the
// CPU cannot run in (ppc_set_compat_all), or nil.
func spaprCompatError(m *machine.Machine) error {
	compat, ok := m.Props["max-cpu-compat"]
	if !ok || compat == "" {
		return nil
	}
	want := spaprModelLevel(compat, true)
	if want <= spaprCPULevel(m) {
		return nil
	}
	pvr := map[int]int{isa206: 3, isa207: 4, isa300: 5, isa310: 6, isa311: 7}[want]
	return fmt.Errorf("Compatibility PVR 0x%08x not valid for CPU", 0x0f000000+pvr)
}

// spaprICMode is the interrupt controller the board ends up with: ic-mode,
// or the version's default (dual after 4.0); dual is XICS for CPUs before
// POWER9. The error is QEMU's for XIVE on an older CPU.
func spaprICMode(m *machine.Machine) (string, error) {
	mode, given := m.Props["ic-mode"]
	if !given {
		mode = "xics"
		if !m.Type.VersionAtMost(4, 0) {
			mode = "dual"
		}
	}
	if spaprCompatLevel(m) < isa300 {
		switch mode {
		case "xive":
			return "", errors.New("XIVE-only machines require a POWER9 CPU")
		case "dual":
			mode = "xics"
		}
	}
	return mode, nil
}

func isOn(v string) bool {
	on, _ := qemuopts.ParseBool(v)
	return on
}

func initChecks(m *machine.Machine, cpuModel string) error {
	t := m.Topology
	if m.IsSPAPR() {
		if err := spaprRMAError(m); err != nil {
			return err
		}
		model := strings.TrimSuffix(m.ThreadType, "-powerpc64-cpu")
		if !cpumodel.For(m.Type.Release).HasSPAPRCore(model) {
			return errors.New("Unable to find sPAPR CPU Core definition")
		}
		if _, err := spaprICMode(m); err != nil {
			return err
		}
		rel := m.Release()
		if m.Accel == "tcg" {
			if rel.SPAPRTCGSMTFromPOWER8 && t.Threads > 1 && !spaprPOWER8Up(m) {
				return errors.New("TCG only supports SMT on POWER8 or newer CPUs")
			}
			if t.Threads > uint32(rel.SPAPRTCGMaxThreads) {
				return fmt.Errorf(rel.SPAPRTCGThreadsError, rel.SPAPRTCGMaxThreads)
			}
		}
		if t.Threads&(t.Threads-1) != 0 {
			return fmt.Errorf("Cannot support %d threads/core on a pseries machine because it must be a power of 2", t.Threads)
		}
		if v, ok := m.Props["vsmt"]; ok {
			if vsmt, err := smp.ParseInt64(v); err == nil && uint32(vsmt) != 0 && uint32(vsmt) < t.Threads { // 0: not given
				return fmt.Errorf("Cannot support VSMT mode %d because it must be >= threads/core (%d)", uint32(vsmt), t.Threads)
			}
		}
		// Measured order: threads, memory alignment, CPU hotplug support
		// (TM is the first capability applied at the first reset).
		if err := spaprMemoryChecks(m); err != nil {
			return err
		}
		if !m.Type.HotpluggableCPUs && t.MaxCPUs != t.CPUs {
			return errors.New("This machine version does not support CPU hotplug")
		}
		if t.CPUs%t.Threads != 0 {
			return fmt.Errorf("smp_cpus (%d) must be multiple of threads (%d)", t.CPUs, t.Threads)
		}
		if t.MaxCPUs%t.Threads != 0 {
			return fmt.Errorf("max_cpus (%d) must be multiple of threads (%d)", t.MaxCPUs, t.Threads)
		}
		return nil
	}
	if len(m.Slots) > 0 && m.Slots[len(m.Slots)-1].ArchID > 254 && m.Accel != "kvm" && !m.Release().X86TCGx2APIC {
		return errors.New("current -smp configuration requires kernel irqchip and X2APIC API support.")
	}
	return nil
}

// parse is the left-to-right option pass.
func parse(rel *release.Release, target machinetype.Target, args []string, files trace.Files, host *hostfs.FS) (*Options, error) {
	o := &Options{Target: target, Machine: keyval.NewDict(), Objects: numa.NewObjects(), Net: netdev.NewFor(rel, true), Chr: chardev.New(), defaults: true, Registry: board.NewRegistry(), guestPrefixFrom: -1,
		rel: rel, Block: block.New(rel, host), driveIDs: map[string]bool{}, rtc: rtcOptions{}, jsonObjects: map[string]bool{}, later: map[string]string{},
		Trace: trace.NewBackend(trace.Lazy(rel, string(target)))}
	o.Registry.CharClaims = o.Chr
	o.Objects.InSchema = func(typ string) bool {
		return qapi.For(rel, string(target)).EnumHasAll("authz-listfile", "memory-backend-ram", typ)
	}
	o.Objects.Added = rel.ObjectTypesAdded
	o.Chr.InUse = func(id string) string { return fmt.Sprintf(rel.ChardevInUse, id) }
	o.Chr.Binary = target.Binary()
	o.Chr.MuxHotswap = rel.ChardevMuxHotswap
	o.Chr.MuxAlwaysBusy = rel.ChardevMuxAlwaysBusy
	o.Chr.Aliases = rel.ChardevAliases
	o.Chr.NoSpice = rel.SpiceModulesPackage != ""
	o.Chr.MonitorGreeting = func(control bool) string {
		if control { // no oob: the backend has no context of its own
			return qjson.Marshal(qjson.O("QMP", qjson.O("version", qjson.O("qemu", qjson.O("major", rel.Major, "minor", rel.Minor,
				"micro", rel.Micro), "package", rel.PackageString()), "capabilities", []any{}))) + "\r\n"
		}
		return "QEMU " + rel.Version() + " monitor - type 'help' for more information\r\n(qemu) "
	}
	o.Chr.CanCreate = o.hostCanCreate
	o.Chr.Exists = func(p string) bool { _, found := o.Block.Host.Lookup(p); return found }
	o.Chr.NegativeSizeOutOfRange = rel.SizeHexSuffixError
	deviceIDs := map[string]bool{}
	if err := firstPass(rel.RemovedOptions, args); err != nil {
		return o, err
	}
	for i := 0; i < len(args); i++ {
		a := args[i]
		if !strings.HasPrefix(a, "-") {
			// A bare word is a disk image (-hda): a path the simulated host
			// may lack (the guide's line pasted with a stray
			// "core-id=1,thread-id=0").
			o.drives = append(o.drives, block.Legacy(a, a, 0, "disk"))
			continue
		}
		name := strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-")
		if name == "target" { // the simulator's own: choose the binary
			i++
			continue
		}
		if rel.RemovedOptions[name] {
			return o, fmt.Errorf("%s: invalid option", a)
		}
		if flagOptions[name] && !optionOnTarget(name, target) {
			return o, fmt.Errorf("%s: Option not supported for this target", a)
		}
		if flagOptions[name] {
			switch name {
			case "S":
				o.Paused = true
			case "preconfig":
				o.preconfig = true
			case "enable-kvm": // vl.c: the same as -machine accel=kvm
				o.setMachine("accel", "kvm")
			case "no-hpet", "no-acpi": // -machine hpet=off / acpi=off
				o.setMachine(strings.TrimPrefix(name, "no-"), "off")
			case "nodefaults":
				o.Net.DefaultNet, o.defaults = false, false
			case "nographic": // vl.c: graphics=off, display none
				o.nographic = true
				o.display = o.display.withType("none")
				o.setMachine("graphics", "off")
			case "no-reboot": // -action reboot=shutdown
				o.noReboot = true
				o.addAction(a, "reboot=shutdown")
			case "no-shutdown": // -action shutdown=pause
				o.noShutdown = true
				o.addAction(a, "shutdown=pause")
			case "singlestep": // vl.c: -accel one-insn-per-tb=on (7.2: the singlestep flag)
				o.singleStep = true
			case "no-user-config":
			case "mem-prealloc":
				o.memPrealloc = true
			case "daemonize": // a stdio chardev refuses it (is_daemonized)
				o.Chr.Daemonized = true
				o.NotSimulated = append(o.NotSimulated, a)
			case "snapshot":
				o.Block.Snapshot = true
				o.NotSimulated = append(o.NotSimulated, a)
			case "usb": // vl.c: -machine usb=on
				o.setMachine("usb", "on")
			default:
				o.NotSimulated = append(o.NotSimulated, a)
			}
			continue
		}
		if _, ok := argOptions[name]; !ok {
			return o, fmt.Errorf("%s: invalid option", a)
		}
		if i+1 >= len(args) {
			return o, fmt.Errorf("%s: requires an argument", a)
		}
		i++
		v := args[i]
		loc := func(err error) error { return fmt.Errorf("%s %s: %s", a, v, err) }
		if !optionOnTarget(name, target) {
			return o, loc(errors.New("Option not supported for this target"))
		}
		if name == "spice" && rel.SpiceModulesPackage != "" {
			// qemu_find_opts: no spice modules, no "spice" option group.
			o.Printed = append(o.Printed, a+" "+v+": There is no option group 'spice'")
			return o, loc(fmt.Errorf("Perhaps you want to install %s package?", rel.SpiceModulesPackage))
		}
		o.noteOptsID(name, v)
		if err := o.optsCreate(name, v); err != nil {
			return o, loc(err)
		}
		switch name {
		case "action", "compat", "add-fd", "sandbox", "smbios", "acpitable", "iscsi":
			if name == "compat" { // a keyval option (QAPI visitor), not QemuOpts
				if !strings.HasPrefix(v, "{") {
					if _, _, err := keyval.Parse(v, ""); err != nil {
						return o, loc(err)
					}
				}
			} else {
				o.Printed = append(o.Printed, shortFormBooleans(a, v, map[string]string{"sandbox": "enable"}[name])...)
			}
			if err := o.checkOptionAsRead(name, v); err != nil {
				return o, loc(err)
			}
			switch name {
			case "sandbox":
				o.sandbox = append(o.sandbox, v)
			case "action":
				o.addAction(a+" "+v, v)
			}
		case "icount", "loadvm", "mem-path":
			if name == "icount" { // QemuOpts reads it now; icount_configure acts later
				o.Printed = append(o.Printed, shortFormBooleans(a, v, impliedKey[name])...)
				if err := checkKeys(name, v); err != nil {
					return o, loc(err)
				}
			}
			o.later[name] = v
		case "pidfile":
			o.pidFile = v
		case "echr": // vl.c: strtol, and a word on stdout when no digit was read
			if !strtolReads(v) {
				o.Chr.Stdout.WriteString("Bad argument to echr\n")
			}
		case "plugin":
			o.Printed = append(o.Printed, shortFormBooleans(a, v, "file")...)
			paths, warnings, err := pluginOption(a, v)
			o.Printed = append(o.Printed, warnings...)
			if err != nil {
				return o, loc(err)
			}
			o.plugins = append(o.plugins, paths...)
		case "vnc":
			o.vnc = append(o.vnc, a+" "+v)
		case "spice":
			o.spice = append(o.spice, v)
		case "append":
			o.appendGiven, o.appendLine = true, v
		case "initrd":
			o.initrdGiven = true
		case "dtb":
			o.dtb = v
		case "fw_cfg": // its first word is the name
			o.Printed = append(o.Printed, shortFormBooleans(a, v, "name")...)
			if err := checkKeys(name, v); err != nil {
				return o, loc(err)
			}
			o.fwCfg = append(o.fwCfg, v)
		case "debugcon":
			o.debugcon = append(o.debugcon, v)
		case "option-rom": // vl.c reads it at once: romfile (implied), bootindex
			if err := checkKeys(name, v); err != nil {
				return o, loc(err)
			}
			keys, vals := qemuOpts(v, impliedKey[name])
			rom := ""
			for i, k := range keys {
				if k == "romfile" {
					rom = vals[i]
				}
			}
			if rom == "" {
				return o, loc(errors.New("Option ROM file is not specified"))
			}
			o.optionROMs = append(o.optionROMs, rom)
		}
		if name == "blockdev" {
			o.later["blockdev"] = v
			if err := o.blockdev(a, v); err != nil {
				return o, err
			}
			continue
		}
		if h := optsHelp(rel, target, name, v); h != nil {
			return o, h
		}
		jsonForm := strings.HasPrefix(v, "{")
		if name == "object" {
			if !jsonForm && !keyval.IsHelpOption(v) {
				o.Printed = append(o.Printed, shortFormBooleans(a, v, "qom-type")...)
			}
			kv, err := o.objectOption(a, v)
			if err != nil {
				return o, err
			}
			v = kv
		}
		if name == "virtfs" || name == "fsdev" {
			o.virtfs = append(o.virtfs, a+" "+v)
		}
		if name == "fsdev" || name == "virtfs" {
			// qemu_opts_create's id checks (-fsdev), then each parameter
			if id, ok := qemuopts.FirstID(v); ok && name == "fsdev" {
				if !qemuopts.IDWellFormed(id) {
					return o, loc(qemuopts.IDError{})
				}
				if o.Registry.Fsdevs[id] {
					return o, loc(fmt.Errorf("Duplicate ID '%s' for fsdev", id))
				}
			}
			o.Printed = append(o.Printed, shortFormBooleans(a, v, "fsdriver")...)
			keys, _ := qemuOpts(v, "fsdriver")
			for _, k := range keys {
				if !slices.Contains(fsdevKeys, k) && !(name == "virtfs" && k == "mount_tag") && !strings.HasPrefix(k, "throttling.") {
					return o, loc(fmt.Errorf("Invalid parameter '%s'", k))
				}
			}
		}
		if name == "fsdev" {
			if id, ok := optValue(v, "id"); ok {
				o.Registry.Fsdevs[id] = true
			}
		}
		if name == "virtfs" {
			// -virtfs is an fsdev and a virtio-9p-pci device option, made
			// now: the device comes among the -device ones in order.
			keys, vals := qemuOpts(v, "fsdriver")
			opt := lastValues(keys, vals)
			if opt["fsdriver"] == "" || opt["mount_tag"] == "" {
				return o, loc(errors.New("Usage: -virtfs fsdriver,mount_tag=tag"))
			}
			id := opt["id"]
			if id == "" {
				id = opt["mount_tag"]
			}
			if o.Registry.Fsdevs[id] {
				return o, loc(fmt.Errorf("duplicate or invalid fsdev id: %s", opt["mount_tag"]))
			}
			o.Registry.Fsdevs[id] = true
			o.addDeviceAt(a+" "+v, "virtio-9p-pci,fsdev="+strings.ReplaceAll(id, ",", ",,")+",mount_tag="+strings.ReplaceAll(opt["mount_tag"], ",", ",,"))
		}
		if intf, ok := map[string]string{"pflash": "pflash", "mtdblock": "mtd", "sd": "sd"}[name]; ok {
			// drive_add(IF_..., -1, optarg, "file=%s"): a -drive of that interface.
			o.drives = append(o.drives, block.ParseDrive(a+" "+v, "file="+strings.ReplaceAll(v, ",", ",,")+",if="+intf))
			continue
		}
		if l, ok := legacyDrives[name]; ok {
			o.drives = append(o.drives, block.Legacy(a+" "+v, v, l.index, l.media))
			continue
		}
		if name == "audiodev" && strings.HasPrefix(v, "{") {
			// The QAPI visitor reads it: members' JSON types matter.
			if err := checkAudiodevJSON(rel, v); err != nil {
				return o, loc(err)
			}
		}
		if jsonOptions[name] && strings.HasPrefix(v, "{") && name != "netdev" {
			// libvirt's JSON form: read as the key=value form it stands for.
			kv, err := jsonAsKeyval(v)
			if err != nil {
				return o, loc(err)
			}
			v = kv
		}
		switch name {
		case "M", "machine":
			help, err := keyval.ParseInto(o.Machine, v, "type")
			if err != nil {
				return o, loc(err)
			}
			if help {
				return o, machineHelp(rel, target, o.Machine)
			}
		case "smp":
			d, help, err := keyval.Parse(v, "cpus")
			if err != nil {
				return o, loc(err)
			}
			if help {
				return o, &exit{code: 0, stdout: rel.Text("smp-help.txt")}
			}
			wrap := keyval.NewDict()
			wrap.Keys, wrap.Values = []string{"smp"}, map[string]any{"smp": d}
			if err := o.Machine.Merge(wrap); err != nil {
				return o, loc(err)
			}
		case "boot": // a machine property (BootConfiguration), checked when set
			d := keyval.NewDict()
			keys, vals := qemuOpts(v, "order")
			for i, k := range keys {
				if _, dup := d.Values[k]; !dup {
					d.Keys = append(d.Keys, k)
				}
				d.Values[k] = vals[i]
			}
			wrap := keyval.NewDict()
			wrap.Keys, wrap.Values = []string{"boot"}, map[string]any{"boot": d}
			if err := o.Machine.Merge(wrap); err != nil {
				return o, loc(err)
			}
			o.NotSimulated = append(o.NotSimulated, a+" "+v)
		case "cpu":
			o.CPU, o.cpuGiven = v, true
		case "accel":
			if keyval.IsHelpOption(strings.SplitN(v, ",", 2)[0]) || v == "" {
				return o, &exit{code: 0, stdout: "Accelerators supported in QEMU binary:\n" + strings.Join(rel.Accelerators[string(target)], "\n") + "\n"}
			}
			o.Printed = append(o.Printed, shortFormBooleans(a, v, "accel")...)
			o.AccelOptions = append(o.AccelOptions, v)
		case "device":
			if strings.HasPrefix(v, "{") {
				// qobject_from_json: the device is made after the machine.
				if err := checkJSONObject(v); err != nil {
					return o, loc(err)
				}
				o.Devices = append(o.Devices, v)
				continue
			}
			if deviceListWanted(v) {
				// device_help_func, after the option loop (a nil entry: the
				// list); QemuOpts checked the id and warned of the flags as
				// it read them.
				if _, _, err := qdev.Parse(v); err != nil {
					if _, ok := err.(qdev.IDError); ok {
						return o, fmt.Errorf("%s %s: %s\n%s", a, v, err, qdev.IDHint)
					}
				}
				o.Printed = append(o.Printed, shortFormBooleans(a, v, "driver")...)
				o.DeviceHelp = append(o.DeviceHelp, nil)
				continue
			}
			// qemu_opts_parse_noisily on the "device" list: id checks now,
			// the device itself after the machine exists.
			do, warnings, err := qdev.Parse(v)
			if err != nil {
				if _, ok := err.(qdev.IDError); ok {
					return o, fmt.Errorf("%s %s: %s\n%s", a, v, err, qdev.IDHint)
				}
				return o, loc(err)
			}
			for _, w := range warnings {
				o.Printed = append(o.Printed, fmt.Sprintf("%s %s: warning: %s", a, v, w))
			}
			o.debugconTaken = o.debugconTaken || do.HasID && do.ID == "debugcon"
			if do.HasID {
				if deviceIDs[do.ID] {
					return o, fmt.Errorf("%s %s: Duplicate ID '%s' for device", a, v, do.ID)
				}
				deviceIDs[do.ID] = true
			}
			if do.HasHelp() {
				o.DeviceHelp = append(o.DeviceHelp, do)
			}
			o.Devices = append(o.Devices, v)
		case "numa":
			o.Printed = append(o.Printed, shortFormBooleans(a, v, "type")...)
			o.NUMA = append(o.NUMA, v)
		case "netdev":
			if !strings.HasPrefix(v, "{") {
				o.Printed = append(o.Printed, shortFormBooleans(a, v, "type")...)
			}
			if err := o.Net.Netdev(v); err != nil {
				return o, loc(err) // QemuOpts' id checks and JSON's visit, while parsing
			}
		case "nic":
			o.Printed = append(o.Printed, shortFormBooleans(a, v, "type")...)
			if typ, _, _ := strings.Cut(v, ","); keyval.IsHelpOption(typ) {
				// 10.0 lists the backends and NIC models (recorded); 7.2
				// reads "help" as a type.
				if h := optsHelp(rel, target, "nic", "help"); h != nil {
					return o, h
				}
			}
			if err := o.Net.NICOption(v); err != nil {
				return o, loc(err)
			}
		case "net":
			if err := o.Net.NetOption(v); err != nil {
				return o, loc(err)
			}
		case "display":
			if keyval.IsHelpOption(v) {
				if h := moduleHelp(rel, target, "display"); h != nil {
					return o, h
				}
			}
			if err := checkDisplay(v); err != nil {
				return o, loc(err)
			}
			if !strings.HasPrefix(v, "vnc") {
				o.display = displayOptions(v) // each -display replaces the last
			}
			o.NotSimulated = append(o.NotSimulated, a+" "+v)
		case "serial":
			if err := checkSerial(v); err != nil && o.serialErr == nil {
				o.serialErr = fmt.Errorf("%s %s: %s\n%s: %s %s: could not connect serial device to character backend '%s'", a, v, err, target.Binary(), a, v, v)
			}
			o.Chr.Serial(v)
		case "parallel":
			o.Chr.Parallel(v)
		case "global":
			g, err := globalOption(v)
			if err != nil {
				// QemuOpts checks each parameter as it reads it: the
				// warnings up to the one it refuses.
				ws := shortFormBooleans(a, v, "")
				if bad := strings.TrimPrefix(strings.TrimSuffix(err.Error(), "'"), "Invalid parameter '"); bad != err.Error() {
					for i, w := range ws {
						if strings.Contains(w, "option '"+bad+"' deprecated") {
							ws = ws[:i+1]
							break
						}
					}
				}
				o.Printed = append(o.Printed, ws...)
				return o, loc(err)
			}
			o.Globals = append(o.Globals, g)
			o.userGlobals = append(o.userGlobals, g)
		case "rtc", "name", "overcommit", "run-with":
			o.Printed = append(o.Printed, shortFormBooleans(a, v, impliedKey[name])...)
			if err := checkKeys(name, v); err != nil {
				return o, loc(err)
			}
			if err := checkBoolParams(rel, name, v, impliedKey[name]); err != nil {
				return o, loc(err)
			}
			if name == "rtc" {
				o.rtc.add(v)
			}
			if name == "run-with" { // os_parse_runwith: chroot= as -chroot was
				keys, vals := qemuOpts(v, "")
				for i, k := range keys {
					if k == "chroot" {
						o.chroot = vals[i]
					}
				}
			}
			if name == "rtc" {
				// configure_rtc: driftfix=slew is a global on the RTC.
				keys, vals := qemuOpts(v, "")
				for i, k := range keys {
					if k == "driftfix" && vals[i] == "slew" {
						o.Globals = append(o.Globals, compat.Global{Type: "mc146818rtc", Property: "lost_tick_policy", Value: "slew"})
					}
				}
			}
			if name == "name" {
				keys, vals := qemuOpts(v, "guest")
				for i, k := range keys {
					if k == "guest" {
						o.GuestName, o.HasName = vals[i], true
					}
				}
				o.noteGuestPrefix()
				continue
			}
			o.NotSimulated = append(o.NotSimulated, a+" "+v)
		case "uuid":
			if err := checkUUID(v); err != nil {
				return o, loc(err)
			}
			o.UUID = strings.ToLower(v)
		case "chardev":
			o.Printed = append(o.Printed, shortFormBooleans(a, v, "backend")...)
			if err := o.Chr.Option(v); err != nil {
				return o, loc(err)
			}
		case "vga":
			if _, known := vgaTypes[v]; !known && v != "help" && o.vgaErr == nil {
				o.vgaErr = fmt.Errorf("unknown vga type: %s", v)
			}
			o.vga = v
			if board.VGATypes[v] == "" && v != "none" && v != "help" {
				o.NotSimulated = append(o.NotSimulated, a+" "+v)
			}
		case "drive":
			o.Printed = append(o.Printed, shortFormBooleans(a, v, "")...)
			d := block.ParseDrive(a+" "+v, v)
			if id, ok := d.Get("id"); ok {
				if !qdev.IDWellFormed(id) {
					return o, fmt.Errorf("%s %s: %s\n%s", a, v, qdev.IDError{}, qdev.IDHint)
				}
				if o.driveIDs[id] { // QemuOpts, as the option is read
					return o, loc(fmt.Errorf("Duplicate ID '%s' for drive", id))
				}
				o.driveIDs[id] = true
			}
			o.drives = append(o.drives, d)
			if emptyIDEDisk(v) {
				o.emptyIDEDisks++
			}
		case "object":
			id, hasID := optValue(v, "id")
			if hasID && o.Registry.Objects[id] && (jsonForm || o.jsonObjects[id]) {
				// QemuOpts keeps the keyval -object ids only: the second
				// object fails when it is added to /objects, among the
				// early backends unless it is a memory backend (measured:
				// a secret's or rng-builtin's before a bad -smp, a memory
				// backend's after it).
				dup := fmt.Errorf("attempt to add duplicate property '%s' to object (type 'container')", id)
				keys, vals := qemuOpts(v, "qom-type")
				if i := slices.Index(keys, "qom-type"); i >= 0 && !strings.HasPrefix(vals[i], "memory-backend-") {
					o.objectFiles = append(o.objectFiles, objectFile{msg: dup.Error()})
				} else if o.objectDup == nil {
					o.objectDup = dup
				}
				continue
			}
			if hasID {
				o.Registry.Objects[id] = true
				if jsonForm {
					o.jsonObjects[id] = true
				}
			}
			simulated, err := o.Objects.Parse(v)
			if err != nil {
				return o, loc(err)
			}
			if err := o.objectKeys(v, jsonForm); err != nil {
				return o, loc(err)
			}
			if !simulated {
				o.NotSimulated = append(o.NotSimulated, a+" "+v)
			}
		case "m":
			ws, err := o.Memory.parse(rel, v)
			o.Printed = append(o.Printed, ws...)
			if err != nil {
				return o, loc(err)
			}
		case "trace":
			if err := o.traceOption(a, v, files); err != nil {
				return o, err
			}
		case "d":
			o.logMask, o.logGiven = v, true
			o.logOption(v)
			o.NotSimulated = append(o.NotSimulated, a+" "+v)
		case "D":
			o.Trace.File, o.logFileGiven = v, true
			o.NotSimulated = append(o.NotSimulated, a+" "+v)
		case "dfilter": // qemu_set_dfilter_ranges, at once
			if err := checkDfilter(v); err != nil {
				return o, loc(err)
			}
			o.NotSimulated = append(o.NotSimulated, a+" "+v)
		case "msg": // QemuOpts without an implied key: "timestamp" is timestamp=on
			o.Printed = append(o.Printed, shortFormBooleans(a, v, "")...)
			if err := o.checkOptionAsRead(name, v); err != nil {
				return o, loc(err)
			}
			if err := checkBoolParams(rel, name, v, ""); err != nil {
				return o, loc(err)
			}
			o.msgOption(v)
			o.noteGuestPrefix()
			o.NotSimulated = append(o.NotSimulated, a+" "+v)
		case "audiodev":
			if keyval.IsHelpOption(v) {
				if h := moduleHelp(rel, target, "audiodev"); h != nil {
					return o, h
				}
				o.NotSimulated = append(o.NotSimulated, a+" "+v)
				break
			}
			if err := checkAudiodev(rel, v); err != nil {
				return o, fmt.Errorf("%s %s: %s", a, args[i], err)
			}
			o.audiodevs = append(o.audiodevs, v)
			keys, vals := qemuOpts(v, "driver")
			for j, k := range keys {
				if k == "id" {
					o.Registry.Audiodevs[vals[j]] = true // what a device's audiodev= names
					if o.Registry.FirstAudiodev == "" {
						o.Registry.FirstAudiodev = vals[j]
					}
				}
			}
			o.NotSimulated = append(o.NotSimulated, a+" "+v)
		case "audio":
			if err := o.audioOption(rel, target, a, v); err != nil {
				return o, err
			}
		case "incoming": // the run state is inmigrate until a migration comes in
			o.incoming, o.incomingURI = true, v
			if rel.MigrationURIAtOption && v != "defer" && !rel.MigrationProtocol(v) { // incoming_option_parse
				return o, loc(fmt.Errorf("unknown migration protocol: %s", v))
			}
			if v != "defer" { // a listening socket or file on the host
				o.NotSimulated = append(o.NotSimulated, a+" "+v)
			}
		case "readconfig": // read at once (qemu_read_config_file); what a file holds is not simulated
			if v != "" && o.hostOpensDirectory(v) { // fopen takes a directory; reading it fails
				return o, loc(errors.New("Cannot read config file: Is a directory"))
			}
			if _, found := o.Block.Host.Lookup(v); !found && v != "/dev/null" && v != "-" {
				return o, loc(fmt.Errorf("Could not open '%s': No such file or directory", v))
			}
			o.NotSimulated = append(o.NotSimulated, a+" "+v)
		case "chroot":
			o.chroot = v
			o.NotSimulated = append(o.NotSimulated, a+" "+v)
		case "kernel", "bios":
			if name == "kernel" {
				o.kernel = v
			} else {
				o.setMachine("firmware", v)
			}
			o.NotSimulated = append(o.NotSimulated, a+" "+v)
		case "watchdog-action":
			if err := checkWatchdogAction(v); err != nil {
				return o, loc(err)
			}
			o.NotSimulated = append(o.NotSimulated, a+" "+v)
		case "qmp", "qmp-pretty", "monitor":
			if err := o.Chr.MonitorAt(a+" "+v, v); err != nil {
				if err.Error() == "" {
					return o, loc(fmt.Errorf("parse error: %s", v))
				}
				return o, loc(fmt.Errorf("%s\n%s: %s %s: parse error: %s", err, target.Binary(), a, v, v))
			}
			// monitor_parse makes a -mon whose id is the chardev's label: a
			// chardev two monitors name is a duplicate -mon.
			if id, ok := strings.CutPrefix(v, "chardev:"); ok && (name != "monitor" || !strings.HasPrefix(v, "none")) {
				if o.monIDs[id] {
					return o, loc(fmt.Errorf("Duplicate ID '%s' for mon", id))
				}
				if o.monIDs == nil {
					o.monIDs = map[string]bool{}
				}
				o.monIDs[id] = true
			}
			// the simulator is its own monitor and has no display
			if name != "qmp" || v != "stdio" {
				o.NotSimulated = append(o.NotSimulated, a+" "+v)
			}
		case "mon":
			// qemu_opts_create checks the id (a list of many: id is taken),
			// then each parameter is read.
			if id, ok := qemuopts.FirstID(v); ok {
				if !qemuopts.IDWellFormed(id) {
					return o, loc(qemuopts.IDError{})
				}
				if o.monIDs[id] {
					return o, loc(fmt.Errorf("Duplicate ID '%s' for mon", id))
				}
				if o.monIDs == nil {
					o.monIDs = map[string]bool{}
				}
				o.monIDs[id] = true
			}
			o.Printed = append(o.Printed, shortFormBooleans(a, v, impliedKey[name])...)
			if err := checkKeys(name, v); err != nil {
				return o, loc(err) // while parsing, before the chardev is looked for
			}
			o.Chr.Mon(v)
		case "tpmdev":
			o.Printed = append(o.Printed, shortFormBooleans(a, v, "type")...)
			o.tpmdevs = append(o.tpmdevs, v)
			o.NotSimulated = append(o.NotSimulated, a+" "+v)
		case "set":
			if err := o.setOption(v); err != nil {
				return o, loc(err)
			}
		case "usbdevice": // vl.c: -machine usb=on, the device after the machine
			o.setMachine("usb", "on")
			o.usbDevices = append(o.usbDevices, v)
		case "debugcon", "virtfs", "fsdev": // their chardev, fsdev and devices are made
		default:
			o.NotSimulated = append(o.NotSimulated, a+" "+v)
		}
	}
	return o, nil
}

// noteGuestPrefix marks where error_report starts naming the guest.
func (o *Options) noteGuestPrefix() {
	if o.guestPrefixFrom < 0 && o.msgGuestName && o.GuestName != "" {
		o.guestPrefixFrom = len(o.Printed)
	}
}

// setMachine is an option that stands for a -machine property.
func (o *Options) setMachine(k, v string) {
	o.Machine.Values[k] = v
	if !slices.Contains(o.Machine.Keys, k) {
		o.Machine.Keys = append(o.Machine.Keys, k)
	}
}

// addDeviceAt adds a device option another option made (-virtfs,
// -debugcon): its errors and warnings name that option.
func (o *Options) addDeviceAt(loc, dev string) {
	if o.deviceLoc == nil {
		o.deviceLoc = map[int]string{}
	}
	o.deviceLoc[len(o.Devices)] = loc
	o.Devices = append(o.Devices, dev)
}

// dashify is keyval_dashify on -machine's dictionary
// (qemu_apply_legacy_machine_options): "kernel_irqchip" is
// "kernel-irqchip", re-inserted under its new name; both spellings given
// conflict.
func dashify(d *keyval.Dict) error {
	for _, k := range slices.Clone(d.Keys) {
		if sub, ok := d.Values[k].(*keyval.Dict); ok {
			if err := dashify(sub); err != nil {
				return err
			}
		}
		if !strings.Contains(k, "_") {
			continue
		}
		nk := strings.ReplaceAll(k, "_", "-")
		if _, dup := d.Values[nk]; dup {
			return fmt.Errorf("Conflict between '%s' and '%s'", k, nk)
		}
		d.Values[nk] = d.Values[k]
		delete(d.Values, k)
		d.Keys = append(slices.DeleteFunc(d.Keys, func(x string) bool { return x == k }), nk)
	}
	return nil
}

// optValue finds key=value in a QemuOpts-style argument.
func optValue(arg, key string) (string, bool) {
	for _, p := range qemuopts.Split(arg) {
		if k, v, ok := strings.Cut(p, "="); ok && k == key {
			return v, true
		}
	}
	return "", false
}

// machinePropertyOrder is the order QEMU applies -machine properties in:
// QDict's (hash bucket ascending, the later-inserted key first within a
// bucket), with "memory" (from -m, always set) inserted last. The type and
// the accelerator list are not properties.
func machinePropertyOrder(keys []string) []string {
	o := qjson.Object{}
	for _, k := range keys {
		if k != "type" && k != "accel" && k != "memory" {
			o = append(o, qjson.Member{Key: k})
		}
	}
	o = append(o, qjson.Member{Key: "memory"})
	var out []string
	for _, m := range o.Ordered() {
		out = append(out, m.Key)
	}
	return out
}

// dataDirFiles are the firmware files both recording hosts' QEMU data
// directories hold (qemu_find_file: /usr/share/qemu, seabios' and ipxe's),
// by name, with the size of those whose size is a multiple of 64 KiB (a
// PC BIOS must be; 1: any other); vgabios*.bin, efi-*.rom and pxe-*.rom are
// found by prefix. OVMF.fd is the 7.2 host's only: left found, as before.
const dataDirFiles = " bios.bin=131072 bios-256k.bin=262144 bios-microvm.bin=65536 qboot.rom=65536 OVMF.fd=2097152 pvh.bin=1 " +
	"linuxboot.bin=1 linuxboot_dma.bin=1 multiboot.bin=1 multiboot_dma.bin=1 kvmvapic.bin=1 slof.bin=1 skiboot.lid=1 vof.bin=1 openbios-ppc=1 "

// firmwareSize is qemu_find_file for -bios and the size of what it finds:
// a path names a host file, a bare name a file of QEMU's data directories.
func (o *Options) firmwareSize(f string) (int64, bool) {
	if strings.Contains(f, "/") {
		h, ok := o.Block.Host.Lookup(f)
		if !ok {
			return 0, false
		}
		return h.Size, true
	}
	if i := strings.Index(dataDirFiles, " "+f+"="); f != "" && i >= 0 {
		n, _ := strconv.ParseInt(strings.Fields(dataDirFiles[i+len(f)+2:])[0], 10, 64)
		return n, true
	}
	if strings.HasPrefix(f, "vgabios") || (strings.HasPrefix(f, "efi-") || strings.HasPrefix(f, "pxe-")) && strings.HasSuffix(f, ".rom") {
		return 1, true
	}
	return 0, false
}

// physBitsCheck is pc_memory_init's first check: the highest guest
// physical address the machine uses (pc_max_used_gpa) must fit the CPU's
// physical address bits. For a CPU with long mode that is the end of the
// 64-bit PCI hole, which starts above the RAM over 4 GiB (or above the
// device memory) on a GiB boundary, and is as big as the host bridge's
// pci-hole64-size (q35: 32 GiB, i440FX: 2 GiB, none on isapc). An AMD CPU
// on a 7.1+ machine has its RAM over 4 GiB moved to 1 TiB once the hole
// would reach the HyperTransport range (enforce_amd_1tb_hole). A CPU
// without long mode is checked as its release says (X86PhysBits32).
func physBitsCheck(m *machine.Machine, cpuType string, globals []compat.Global) error {
	const gib = uint64(1) << 30
	host, hole := "i440FX-pcihost", uint64(2)*gib
	switch {
	case m.Accel != "tcg":
		return nil
	case m.Type.Family == machinetype.Q35:
		host, hole = "q35-pcihost", 32*gib
	case m.Type.Family == machinetype.ISAPC:
		host, hole = "", 0
	case m.Type.Family != machinetype.PC:
		return nil
	}
	for _, g := range globals {
		if g.Type == host && g.Property == "pci-hole64-size" {
			if n, ok := qdev.StrToSize(g.Value); ok {
				hole = n
			}
		}
	}
	// The RAM split below and over 4 GiB: 3.5 GiB below at most, 3 GiB
	// (q35: 2 GiB) once it splits; isapc does not align it to a GiB.
	ram := uint64(m.RAMBytes)
	lowmem, split := uint64(0xe0000000), uint64(0xc0000000)
	switch m.Type.Family {
	case machinetype.Q35:
		lowmem, split = 0xb0000000, 0x80000000
	case machinetype.ISAPC:
		split = lowmem
	}
	above := uint64(0)
	if ram >= lowmem {
		above = ram - split
	}
	// isapc and pc up to 2.0 have no device memory (has_reserved_memory).
	devmem := m.MaxRAMBytes > m.RAMBytes && m.Type.Family != machinetype.ISAPC &&
		!(m.Type.Family == machinetype.PC && m.Type.VersionAtMost(2, 0))
	ramEnd := func(start uint64) uint64 {
		end := start + above
		if devmem {
			end = (end+gib-1)/gib*gib + uint64(m.MaxRAMBytes-m.RAMBytes) + uint64(m.RAMSlots)*gib
		}
		return end
	}
	holeEnd := func(start uint64) uint64 { return (ramEnd(start)+gib-1)/gib*gib + hole - 1 }
	check := func(physBits int) error {
		var maxUsed uint64
		switch {
		case physBits == 40 || !m.Release().X86PhysBits32 && physBits > 32:
			start := uint64(1) << 32
			// The CPU's vendor matters only near 1 TiB: it is looked up then (the
			// recorded QOM values are a large table to read at every start).
			if !m.Type.VersionAtMost(7, 0) && holeEnd(start) >= 0xfd00000000 {
				vendor, _ := qom.RecordedValue(m.Release(), string(m.Target), "cpu:"+cpuType, "vendor")
				if v, ok := m.CPUSettings["vendor"]; ok {
					vendor = v
				}
				if vendor == "AuthenticAMD" {
					start = 1 << 40
				}
			}
			maxUsed = holeEnd(start)
		case !m.Release().X86PhysBits32 || m.Type.Family != machinetype.ISAPC && m.Type.VersionAtMost(8, 1):
			return nil // the CPU's own limit: nothing to check
		default:
			maxUsed = ramEnd(1<<32) - 1
		}
		if limit := uint64(1)<<physBits - 1; maxUsed > limit {
			return fmt.Errorf("Address space limit 0x%x < 0x%x phys-bits too low (%d)", limit, maxUsed, physBits)
		}
		return nil
	}
	// The CPU's features are read only when the answer depends on them:
	// its recorded expansion is a large table to read at every start.
	for _, bits := range []int{40, 36, 32} {
		if check(bits) != nil {
			return check(m.PhysBits(cpuType))
		}
	}
	return nil
}
