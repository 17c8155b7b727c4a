package cmdline

import (
	"hotpluglab/engine/release"
	"regexp"
	"strings"
	"testing"

	"hotpluglab/engine/machinetype"
)

// startupErrors are the texts QEMU 7.2 and 10.0 print when they refuse to start (after
// "<binary>: " and an optional "<option> <argument>: " location), plus the
// simulator's own notices for what it does not model.
var startupErrors = regexp.MustCompile(`(?s)^(` + strings.Join([]string{
	// option parsing
	`-?-.*: invalid option`, `-?-.*: requires an argument`,
	`Invalid parameter '.*'`, `Parameter( fragment)? '.*' is too long`, `Expected '=' after parameter '.*'`,
	// -set GROUP.ID.KEY=VALUE (qemu_set_option)
	`There is no option group '.*'`, `there is no .* ".*" defined`, `-set is not supported with .*`,
	`Parameters? '.*' used inconsistently`, `Parameter '.*' expects .*`, `Parameter '.*' is unexpected`,
	`Parameter '.*' is missing`, `Parameter '.*' missing`, // keyval_listify: a list index missing
	`Parameter '.*' does not accept value '.*'`,
	`Duplicate ID '.*' for (device|object)`, `Property '.*' not found`,
	`unsupported machine type(: ".*")?\nUse -machine help to list supported machines`,
	`The -accel and "-machine accel=" options are incompatible`, `invalid accelerator .*`,
	// -smp
	`dies not supported by this machine's CPU topology`, `clusters not supported by this machine's CPU topology`,
	`(modules|clusters|dies|books|drawers) > 1 not supported by this machine's CPU topology`,
	`Invalid CPU topology: .*`, `Invalid SMP CPUs -?\d+\. The (min|max) CPUs supported by machine '.*' is \d+`,
	// -m, -object
	`slots specified but no max-size`, `Value '.*' is out of range for parameter '.*'`, `invalid value of maxmem: .*`, `ram size too large`, `cannot set up guest memory '.*': Cannot allocate memory`,
	`property 'size' of memory-backend-.* doesn't take value '0'`,
	// -cpu, board init
	`unable to find CPU model '.*'`, `CPU model '.*' requires KVM or HVF`, `Unable to find sPAPR CPU Core definition`,
	`TCG cannot support more than \d+ threads?/core on a pseries machine`, `TCG only supports SMT on POWER8 or newer CPUs`,
	`Cannot support \d+ threads/core on a pseries machine because it must be a power of 2`,
	`This machine version does not support CPU hotplug`, `(smp_cpus|max_cpus) \(\d+\) must be multiple of threads \(\d+\)`,
	`No Transactional Memory support in TCG\nTry appending -machine cap-htm=off`,
	`current -smp configuration requires kernel irqchip and X2APIC API support\.`,
	`(Maximum memory|Memory|Node \d+ memory) size 0x[0-9a-f]+ is not aligned to 256 MiB`,
	`error creating device tree: .*: FDT_ERR_NOSPACE`,
	`Couldn't (create|finalize) ibm,drc-[a-z-]+ property\nCouldn't set up CPU DR device tree properties`,
	`Expected key=value format, found .*\.`, `can't apply global .*: Property '.*' not found`,
	`"-memory 'slots\|maxmem'" is not supported by: .*`, `Device needs media, but drive is empty`,
	`A block device must be specified for "file"`, `unsupported bus type '.*'`,
	`Source/Destination NUMA node is missing\. Please use '-numa node' option to declare it first\.`,
	`NUMA distance \(\d+\) is invalid, it shouldn't be less than 10\.`, `Local distance of node \d+ should be 10\.`,
	`ACPI Heterogeneous Memory Attribute Table \(HMAT\) is disabled, enable it with -machine hmat=on before using any of hmat specific options`,
	`Duplicate ID '.*' for netdev`,
	// -machine property values
	`Invalid parameter type for '.*', expected: array`, `Property '.*' is not writable`,
	`Parameter 'sgx-epc\.\d+\.(memdev|node)' is missing`, `Parameter 'sgx-epc\.\d+\.node' expects integer`,
	`invalid object type: .*`, `There is no option group '.*'`, `there is no [a-z-]+ ".*" defined`,
	`Bad value for ".*" property`, `Invalid compatibility mode ".*"`, `Invalid capability mode ".*" for .*`,
	`Device '.*' not found`, `Memory backend '.*' not found`,
	`failed to find romfile ".*"`,
	`failed to parse UUID string: wrong format`, `'.*' is not a valid char driver name`, `unknown vga type: .*`, `chardev ".*" not found`,
	`invalid datetime format\nvalid formats: .*`,
	`CPU model 'host' requires KVM or HVF`, `Invalid boot device '.'`, `Boot device '.' was given twice`,
	// -numa
	`Max number of NUMA nodes reached: \d+`, `Duplicate NUMA nodeid: \d+`, `NUMA is not supported by this machine-type`,
	`CPU index \(\d+\) should be smaller than maxcpus \(\d+\)`, `CPU is already assigned to node-id: \d+`,
	`numa configuration should use either mem= or memdev=,mixing both is not allowed`,
	`Parameter -numa node,mem is not supported by this machine type\nUse -numa node,memdev instead`,
	`memdev=.* is ambiguous`, `Missing mandatory node-id property`,
	`Invalid node-id=\d+, NUMA node must be defined with -numa node,nodeid=ID before it's used with -numa cpu,node-id=ID`,
	`(thread|core|cluster|socket|die)-id is not supported`, `no match found`, `numa: Node ID missing: \d+`,
	`total memory for NUMA nodes \(0x[0-9a-f]+\) should equal RAM size \(0x[0-9a-f]+\)`,
	`memory backend .* can't be used multiple times\.`,
	// pasted options the simulator only checks for QEMU's own refusals
	`Must specify either driver or file`, `'.*' is not a valid char driver\n.*could not connect serial device to character backend '.*'`,
	`Could not open '.*': No such file or directory`, `Could not find LPAR firmware '.*'`,
	`Error opening logfile .*: (No such file or directory|Is a directory)`,
	`Address space limit 0x[0-9a-f]+ < 0x[0-9a-f]+ phys-bits too low \(\d+\)`,     // the 64-bit PCI hole (r11)
	`pSeries SLOF firmware requires >= .*MiB guest RMA \(Real Mode Area memory\)`, // QEMU prints "80ldMiB"
	`can't parse: ".*"`, // -set without group.id.property=
	`('.*' is not a valid char driver\n.*: )?parse error: .*`, `Unknown driver '.*'`, `Unknown protocol '.*'`, `JSON parse error, .*`, `Expecting at most one JSON value`, `fw_cfg device not available`,
	`drive with bus=\d+, unit=\d+ \(index=-?\d+\) exists`, `unit \d+ too big \(max is \d+\)`, `index cannot be used with bus and unit`,
	`'.*' invalid media`, `Duplicate ID '.*' for drive`, `Parameter 'id' expects an identifier`, `chardev: .*`,
	`Duplicate ID '.*' for chardev`, `attempt to add duplicate property '.*' to object \(type 'container'\)`,
	// qemu_set_option (-set): a group no option has, an id none of its options has
	`There is no option group '.*'`, `there is no .* ".*" defined`,
	// the simulator's notices
	`-target: unknown target '.*' \(use x86_64 or ppc64\)`,
	`machine type '.*' is listed but not simulated: use pc, q35, pseries or a versioned type`,
	`hotpluglab: maxmem leaves \d+ GiB for hotplug: .*`,
	`-device .*`,
	// the error paths of the probe_errors corpus
	`Invalid host-nodes value: \d+`, `'prealloc=on' and 'reserve=off' are incompatible`, `host-nodes must be set for policy [a-z]+`,
	`Property values cannot be negative`, `bps/iops/max total values and read/write values cannot be used at the same time`,
	`bps_max/iops_max require corresponding bps/iops values`, `bps_max/iops_max cannot be lower than bps/iops`,
	`Property 'filter-buffer.interval' requires a positive value`,
	`backend memory size must be multiple of 0x[0-9a-f]+`, `'block-size' property has to be (a power of two|at least 0x[0-9a-f]+)`,
	`'requested-size' property has to be multiples of 'block-size' \(0x[0-9a-f]+\)`,
	`the size of memdev .* \(0x[0-9a-f]+\) is too small to contain nvdimm label \(0x[0-9a-f]+\) and aligned PMEM \(0x[0-9a-f]+\)`,
	`can't apply global .*: .*`, `phys-bits should be between 32 and 52  \(but is \d+\)`, `TCG doesn't support requested features`,
	`property [a-z]+-id: \d+ doesn't match set apic-id: 0x[0-9a-f]+ \([a-z]+-id: \d+\)`, `invalid node-id, must be \d+`,
	`Option not supported for this target`, `-(append|initrd) only allowed with -kernel option`,
	`options 'driver', 'property', and 'value' are required`, `Must specify type= or file=`,
	`Don't know how to build fields for SMBIOS type \d+`, `Cannot read SMBIOS file .*`, `Invalid UUID`, `out of range!`,
	`can't open file .*: No such file or directory`, `name, plus exactly one of file, string and gen_id, are needed`,
	`name too long \(max\. \d+ char\)`, `can't load .*`, `icount: Invalid shift value`,
	`no block device can store vmstate for snapshot`, `can't open backing store .* for guest RAM: No such file or directory`,
	`qemu: could not load PC BIOS '.*'`, `Machine option 'max-ram-below-4g=\d+' expects size less than or equal to 4G`,
	`User specified x-oem(-table)?-id value is bigger than \d+ bytes in size`, `cap-hpt-max-page-size must be a power of 2`,
	`No H_RPT_INVALIDATE support in TCG\nTry appending -machine cap-rpt-invalidate=off`,
	`unsupported amount of memory slots: \d+`, `Specified number of memory slots \d+ exceeds max supported 32`,
	`Either 'file' or 'data' must be provided`, `[a-z-]+ value must be in range \[0, \d+\]`, `host-nodes must be empty .*`,
	`property '.*' of .* doesn't take value '.*'`, `Property '.*' doesn't take value '.*'`,
	`'.*' and its alias '.*' can't be used at the same time`, `invalid aio option`, `bps/iops/max values must be within \[0, \d+\]`,
	`invalid parameter value: .*`, `'.*' invalid (write|read) error action`, `Invalid discard option`,
	`Device name '.*' conflicts with an existing node name`, `Block (protocol|format) '.*' (doesn't|does not) support the option '.*'`,
	`IPv4 and IPv6 disabled`, `IPv[46] disabled but .* provided`, `(Host|DHCP) doesn't belong to network`,
	`Failed to parse (host|DHCP start address|netmask)`, `chardev: socket: no port given`, `Invalid netmask provided \(must be in range 4-32\)`,
	`-machine nvdimm-persistence=.*: unsupported option`,
	`Could not create '.*': No such file or directory`, `(.*\n)?.*could not connect (serial|parallel) device to character backend '.*'`,
	`security_model property not set\nValid options are: .*`, `reboot timeout is invalid,it should be a value between -1 and 65535`,
	`Could not parse the JSON options: .*`, `Invalid JSON object given`, `A block device must be specified for ".*"`, // json: names (b3)
	`Failed to connect to '.*': (Connection refused|No such file or directory)`, `Could not read directory .*`, `The only allowed filename for this driver is '.*'`,
	`Parameter 'id' expects an identifier\n.*`, `parameter '.*' can be at most \d+`, `value of property 'vendor' must consist of exactly 12 characters`,
	// round 12: -audio, the backends' modules, pcspk-audiodev, memory-encryption, SMBIOS type 41, VIO IRQs
	"Unknown sound card name `.*'", `only one -soundhw option is allowed`, `(ISA|PCI) bus not available for .*`,
	"(qemu: module .* not found, do you want to install .* package\\?\n)?(audio: )?Unknown audio driver `.*'(\\. Perhaps you want to install .* package\\?)?",
	`No such memory encryption object '.*'`, `No PCI device .* for SMBIOS type 41 entry .*`, `IRQ \d+ is not free`,
	`Property 'isa-pcspk\.audiodev' can't find value '.*'`, `audiodev '.*' not found`,
	`Invalid parameter type for 'confidential-guest-support', expected: confidential-guest-support`,
	// round 13: TCG's setters, -rtc's date, set_boot_dev, monitors' chardevs, pseries' firmware, nvdimm-persistence
	`Invalid 'thread' setting .*`, "invalid datetime format\nvalid formats: '2006-06-17T16:01:21' or '2006-06-17'",
	`Too many boot devices for PC`, `Invalid boot device for PC: '.'`, `chardev ".*" not found`,
	`(Device '.*' is in use|chardev '.*' is already in use)`, `Could not load LPAR firmware '.*'`,
	`-machine nvdimm-persistence=.*: unsupported option`,
	// met by the fuzzer (m12): -rtc base= a date QEMU cannot read
	`invalid datetime format\nvalid formats: .*`, `chardev ".*" not found`,
	// round 14: monitors' ids, -mon pretty, the display's early checks, MTTCG with icount, -dfilter,
	// icount's align, snapshots, migration URIs
	`Duplicate ID '.*' for mon`, `'pretty' is not compatible with HMP monitors`,
	`(window-close is only valid for GTK and SDL, ignoring option\n)?OpenGL is not supported by (the display|display backend '.*')`,
	`No MTTCG when icount is enabled`, `Bad range specifier`, `Invalid number to the (left|right) of .*`, `Invalid range`,
	`Please specify shift option when using align`, `'incoming' and 'loadvm' options are mutually exclusive`,
	`Device '.*' is writable but does not support snapshots`, `Snapshot '.*' does not exist in one or more devices`,
	`unknown migration protocol: .*`, `Error opening logfile .*`,
	// met by the fuzzer (c14): -set on a group QEMU does not have, or an id not given
	`There is no option group '.*'`, `there is no .* ".*" defined`, `-set is not supported with .*`,
}, "|") + `)$`)

// location is the "<option> <argument>: " prefix of a located message.
var location = regexp.MustCompile(`(?s)^-{1,2}[a-z_-]+ .*?: `)

// errorText strips the binary name, every warning line and any location
// from stderr, leaving the error QEMU exited with.
func errorText(stderr, bin string) string {
	var kept []string
	lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if strings.Contains(l, ": warning: ") || strings.HasPrefix(l, bin+": warning: ") {
			if strings.Contains(l, "hyperthreading") || strings.Contains(l, "short-form boolean") {
				i++ // the warning's unprefixed second line
			}
			continue
		}
		kept = append(kept, strings.TrimPrefix(l, bin+": "))
	}
	return strings.Join(kept, "\n")
}

func matchesStartupError(text string) bool {
	if startupErrors.MatchString(text) {
		return true
	}
	// located: try every possible end of the "<option> <argument>: " prefix
	// (or a positional image's "<path>: ")
	for i := 0; i+2 <= len(text); i++ {
		if text[i] == ':' && text[i+1] == ' ' && startupErrors.MatchString(text[i+2:]) {
			return true
		}
	}
	return false
}

// FuzzCommandLine starts random command lines on a release (rel indexes
// release.All()): no panic, and a refusal always ends with one of QEMU's
// texts.
func FuzzCommandLine(f *testing.F) {
	for _, s := range []string{
		"-M pc -smp 4,maxcpus=8,sockets=2,cores=2,threads=2",
		"-M pseries -smp 2,maxcpus=4",
		"-M q35 -smp 1,maxcpus=288 -accel kvm",
		"-M pc -smp 4,maxcpus=8,sockets=2,cores=2,threads=2 -object memory-backend-ram,id=m0,size=64M -object memory-backend-ram,id=m1,size=64M -numa node,nodeid=0,cpus=0-1,memdev=m0 -numa node,nodeid=1,cpus=4,memdev=m1",
		"-M pseries -smp 2,maxcpus=4 -object memory-backend-ram,id=m0,size=256M -object memory-backend-ram,id=m1,size=256M -numa node,memdev=m0 -numa node,memdev=m1 -numa cpu,node-id=1,core-id=3",
		"-m 256,maxmem=512M,slots=2", "-m 0x100", "-M foo", "-M pc,foo=1", "-cpu foo", "-cpu help", "-smp",
		"-numa node", "-numa cpu,node-id=0", "-M pseries-2.10", "-M pseries -cpu 603", "-enable-kvm", "-foo",
		"-smp 4,sockets=65536,threads=65536", "-M none -numa node", "-object memory-backend-ram,id=m0,size=0",
		"-numa node -numa cpu,node-id=-1,socket-id=0", // once a panic: QEMU indexes nodes[-1] and starts
		"-M pseries -smp 8,threads=2", "-M pseries -smp 4,threads=2 -cpu POWER7", "-M q35 -smp 256", "-M q35 -smp 1,maxcpus=4096",
		"-smp 8,modules=2,dies=2", "-smp 4,books=2", "-M pseries,cap-sbbc=fixed,max-cpu-compat=power8", "-m -1",
		// the error paths of issue 8's probe_errors corpus
		"-cpu qemu64,family=300,level=x,vendor=abc,phys-bits=99 -global qemu64-x86_64-cpu.socket-id=1",
		"-smbios type=4,max-speed=x -acpitable file=/x -fw_cfg name=x -action reboot=x -compat deprecated-input=y",
		"-drive if=none,id=d,driver=null-co,bps=1,throttling.bps-total=2,aio=x,werror=y -d nosuch -icount shift=99",
		"-numa node,mem=1G,initiator=3 -numa hmat-lb,initiator=0 -m 1G,slots=300,maxmem=4G -append x",
		"-device virtio-net-pci,rx_queue_size=3,speed=-9,duplex=x -device nvme -device vfio-pci,host=1:2.3",
		"-netdev user,id=n,net=10.0.0.0/8,host=1.2.3.4,dhcpstart=x -serial tcp: -chardev file,id=c,path=/a/b",
		"-audio none,model=sb16 -audio pa,model=hda -M pc,pcspk-audiodev=audiodev0,memory-encryption=x -smbios type=41,kind=x",
		"-M isapc -audio none,model=es1370 -audiodev sdl,id=a -global spapr-vty.reg=0x71000100 -serial null",
		"-m 256,maxmem=512P,slots=2", // once a hang: pseries built 2^31 memory connectors, as QEMU tries to
		// round 13's forms
		"-accel tcg,thread=x,tb-size=-1 -rtc base=1969-12-31T23:59:59 -boot order=ncda -monitor chardev:m0 -qmp none",
		"-chardev null,id=c -serial chardev:c -monitor chardev:c -parallel /dev/null -display none,gl=off -nographic",
		// round 14's forms
		"-chardev null,id=m -qmp-pretty chardev:m -monitor chardev:m -mon chardev=m,pretty=on -display none,gl=on,window-close=off",
		"-accel tcg,id=a,thread=multi -set accel.a.tb-size=x -icount align=on -dfilter 0x10..0x1,+x -D -loadvm s -incoming x:y",
	} {
		for rel := range release.All() {
			f.Add(s, false, uint8(rel))
			f.Add(s, true, uint8(rel))
		}
	}
	f.Fuzz(func(t *testing.T, line string, ppc bool, relIndex uint8) {
		rel := release.All()[int(relIndex)%len(release.All())]
		target := machinetype.X86_64
		if ppc {
			target = machinetype.PPC64
		}
		args := strings.Fields(line)
		r := Start(rel, target, args)
		if r.Started {
			if r.Machine == nil || r.ExitCode != 0 {
				t.Fatalf("%q: started without a machine or with exit %d", line, r.ExitCode)
			}
			return
		}
		if r.ExitCode == 0 || r.ExitCode == -8 {
			return // help output, or QEMU's SIGFPE
		}
		if r.ExitCode == -6 && strings.Contains(r.Stderr, "Unexpected error in apic_common_set_id()") {
			return // QEMU's abort on an APIC ID its CPU cannot take
		}
		if r.ExitCode == -6 && strings.Contains(r.Stderr, "Unexpected error in qemu_chr_fe_init()") {
			return // QEMU's abort on a port given a chardev another frontend holds
		}
		text := errorText(r.Stderr, r.Binary())
		if r.ExitCode == 1 && text == "" && strings.HasPrefix(r.Stdout, "Log items") {
			return // -d with an item QEMU does not know: its usage, on stdout
		}
		if r.ExitCode == 1 && text == "" && strings.Contains(r.Stdout, " options:\n") {
			return // "help" after an option's first word (-chardev ,?): QemuOpts' help, then exit 1
		}
		if !matchesStartupError(text) {
			t.Fatalf("%s %q: exit %d with an unknown error:\n%s", target, line, r.ExitCode, r.Stderr)
		}
	})
}
