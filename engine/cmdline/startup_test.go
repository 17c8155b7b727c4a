package cmdline

import (
	"hotpluglab/engine/release"
	"strings"
	"testing"

	"hotpluglab/engine/machinetype"
)

const (
	caps3 = "qemu-system-ppc64: warning: TCG doesn't support requested feature, cap-cfpc=workaround\n" +
		"qemu-system-ppc64: warning: TCG doesn't support requested feature, cap-sbbc=workaround\n" +
		"qemu-system-ppc64: warning: TCG doesn't support requested feature, cap-ibs=workaround\n"
	ccf  = "qemu-system-ppc64: warning: TCG doesn't support requested feature, cap-ccf-assist=on\n"
	caps = caps3 + ccf
)

const (
	depW = "qemu-system-x86_64: warning: This feature depends on other features that were not requested: "
	tcgW = "qemu-system-x86_64: warning: TCG doesn't support requested feature: "
)

// TestStartupOutcomes: what QEMU 7.2 printed and its exit status for each
// command line (recorded; see testdata/oracle/own.jsonl for the full cases).
func TestStartupOutcomes(t *testing.T) {
	for _, tc := range []struct {
		target  machinetype.Target
		args    string
		started bool
		exit    int
		stderr  string
	}{
		{machinetype.X86_64, "-M pc -smp 4,maxcpus=8", true, 0, ""},
		{machinetype.X86_64, "-smp 4,sockets=65536,threads=65536", false, -8, ""},
		{machinetype.X86_64, "-M foo", false, 1, "qemu-system-x86_64: unsupported machine type\nUse -machine help to list supported machines\n"},
		{machinetype.X86_64, "-M pc,foo=1", false, 1, "qemu-system-x86_64: Property 'pc-i440fx-7.2-machine.foo' not found\n"},
		{machinetype.X86_64, "-cpu foo", false, 1, "qemu-system-x86_64: unable to find CPU model 'foo'\n"},
		{machinetype.X86_64, "-foo", false, 1, "qemu-system-x86_64: -foo: invalid option\n"},
		// -set acts where it stands, on options already read (round 8, measured).
		{machinetype.X86_64, "-set device.n0.mac=52:54:00:12:34:56 -device e1000,id=n0", false, 1, "qemu-system-x86_64: -set device.n0.mac=52:54:00:12:34:56: there is no device \"n0\" defined\n"},
		{machinetype.X86_64, "-object iothread,id=io0 -set object.io0.poll-max-ns=10", false, 1, "qemu-system-x86_64: -set object.io0.poll-max-ns=10: -set is not supported with object\n"},
		{machinetype.X86_64, "-smp 1,maxcpus=2 -device qemu64-x86_64-cpu,id=c1,socket-id=1,core-id=0,thread-id=0 -set device.c1.socket-id=3", false, 1, "qemu-system-x86_64: -device qemu64-x86_64-cpu,id=c1,socket-id=1,core-id=0,thread-id=0: Invalid CPU socket-id: 3 must be in range 0:0\n"},
		{machinetype.X86_64, "-usb -usbdevice nosuch", false, 1, "qemu-system-x86_64: -usbdevice nosuch: could not add USB device 'nosuch'\n"},
		{machinetype.X86_64, "- 2", false, 1, "qemu-system-x86_64: -: invalid option\n"},
		{machinetype.X86_64, "-m 16E", false, 1, "qemu-system-x86_64: -m 16E: Value '16E' is out of range for parameter 'size'\n"},
		{machinetype.X86_64, "-cpu ,+avx", false, 1, "qemu-system-x86_64: unable to find CPU model ''\n"},
		{machinetype.X86_64, "-smp", false, 1, "qemu-system-x86_64: -smp: requires an argument\n"},
		{machinetype.X86_64, "-M pc-i440fx-1.4", true, 0, "qemu-system-x86_64: warning: Machine type 'pc-i440fx-1.4' is deprecated: old and unattended - use a newer version instead\n"},
		{machinetype.X86_64, "-accel tcg -M pc,accel=tcg", false, 1, "qemu-system-x86_64: The -accel and \"-machine accel=\" options are incompatible\n"},
		{machinetype.X86_64, "-accel foo -accel tcg", true, 0, "qemu-system-x86_64: -accel foo: invalid accelerator foo\nqemu-system-x86_64: falling back to tcg\n"},
		{machinetype.X86_64, "-M pc,accel=foo:bar", false, 1, "qemu-system-x86_64: invalid accelerator foo\nqemu-system-x86_64: invalid accelerator bar\n"},
		{machinetype.X86_64, "-M q35 -smp 1,maxcpus=288 -accel kvm", true, 0, ""},
		{machinetype.X86_64, "-M q35 -smp 1,maxcpus=288", false, 1, "qemu-system-x86_64: current -smp configuration requires kernel irqchip and X2APIC API support.\n"},
		{machinetype.X86_64, "-m 256,slots=2", false, 1, "qemu-system-x86_64: slots specified but no max-size\n"},
		// round 18: a directory as a config
		// file; more RAM than a host process can map (7.2 reads 0x40000000 as MiB).
		{machinetype.X86_64, "-readconfig /tmp", false, 1, "qemu-system-x86_64: -readconfig /tmp: Cannot read config file: Is a directory\n"},
		{machinetype.X86_64, "-m 0x40000000", false, 1, "qemu-system-x86_64: warning: Using a multiplier suffix on hex numbers is deprecated: 0x40000000M\n" +
			"qemu-system-x86_64: cannot set up guest memory 'pc.ram': Cannot allocate memory\n"},
		{machinetype.X86_64, "-chardev null,id=c0 -object rng-egd,id=r0,chardev=c9", false, 1, "qemu-system-x86_64: Device 'c9' not found\n"},
		{machinetype.X86_64, "-m 0x10M -numa node", false, 1, "qemu-system-x86_64: -m 0x10M: warning: Using a multiplier suffix on hex numbers is deprecated: 0x10M\n" +
			"qemu-system-x86_64: warning: Using a multiplier suffix on hex numbers is deprecated: 0x10M\n" +
			"qemu-system-x86_64: total memory for NUMA nodes (0x0) should equal RAM size (0x1000000)\n"},
		{machinetype.X86_64, "-numa node,memdev=m9", false, 1, "qemu-system-x86_64: -numa node,memdev=m9: memdev=m9 is ambiguous\n"},
		{machinetype.X86_64, "-smp 2,maxcpus=8,sockets=2,cores=2,threads=2 -object memory-backend-ram,id=m0,size=64M -object memory-backend-ram,id=m1,size=64M -numa node,memdev=m0 -numa node,memdev=m1 -numa cpu,node-id=1,thread-id=1", true, 0,
			"qemu-system-x86_64: warning: CPU(s) not present in any NUMA nodes: CPU 0 [socket-id: 0, core-id: 0, thread-id: 0], CPU 2 [socket-id: 0, core-id: 1, thread-id: 0], CPU 4 [socket-id: 1, core-id: 0, thread-id: 0], CPU 6 [socket-id: 1, core-id: 1, thread-id: 0]\n" +
				"qemu-system-x86_64: warning: All CPU(s) up to maxcpus should be described in NUMA config, ability to start up with partial NUMA mappings is obsoleted and will be removed in future\n" +
				"qemu-system-x86_64: warning: This family of AMD CPU doesn't support hyperthreading(2)\nPlease configure -smp options properly or try enabling topoext feature.\n"},
		{machinetype.X86_64, "-cpu qemu64,foo", false, 1, "qemu-system-x86_64: can't apply global qemu64-x86_64-cpu.foo=on: Property 'qemu64-x86_64-cpu.foo' not found\n"},
		{machinetype.X86_64, "-netdev user,id=n0", true, 0, "qemu-system-x86_64: warning: netdev n0 has no peer\n"},
		{machinetype.X86_64, "-drive foo=1", false, 1, "qemu-system-x86_64: -drive foo=1: Must specify either driver or file\n"},
		// hmat=y is hmat=on (qapi_bool_parse; measured on 7.2).
		{machinetype.X86_64, "-M pc,hmat=y -m 1G -smp 2 -object memory-backend-ram,id=m0,size=1G -numa node,nodeid=0,memdev=m0,initiator=0 -numa cpu,node-id=0,socket-id=0", true, 0, ""},
		// -msg guest-name=on: error_report's lines start with -name's guest (probe_cmdline r4).
		{machinetype.X86_64, "-name guest=g1 -msg guest-name=on -device nosuch", false, 1, "g1 qemu-system-x86_64: -device nosuch: 'nosuch' is not a valid device model name\n"},
		{machinetype.X86_64, "-name guest=g1 -msg guest-name=on -netdev user,id=n0", true, 0, "g1 qemu-system-x86_64: warning: netdev n0 has no peer\n"},
		{machinetype.X86_64, "-name guest=g1 -msg guest-name=on -smp two", false, 1, "g1 qemu-system-x86_64: Parameter 'smp.cpus' expects integer\n"},
		{machinetype.X86_64, "-name g1 -msg guest-name=off -device nosuch", false, 1, "qemu-system-x86_64: -device nosuch: 'nosuch' is not a valid device model name\n"},
		{machinetype.X86_64, "-device ich9-intel-hda -device hda-duplex,audiodev=nosuch", false, 1, "qemu-system-x86_64: -device hda-duplex,audiodev=nosuch: Property 'hda-duplex.audiodev' can't find value 'nosuch'\n"},
		{machinetype.X86_64, "-audiodev none,id=a -device ich9-intel-hda -device hda-duplex,audiodev=a", true, 0, ""},
		{machinetype.X86_64, "-device ich9-intel-hda -device hda-duplex,audiodev=nosuch", false, 1, "10.0:qemu-system-x86_64: -device hda-duplex,audiodev=nosuch: audiodev 'nosuch' not found\n"},
		// spice's audio driver inits only beside a spice display (7.2 has
		// its module; measured with -spice on a port and on a socket).
		{machinetype.X86_64, "-audiodev spice,id=s0", false, 1, "audio: Could not init `spice' audio driver\n"},
		{machinetype.X86_64, "-audiodev spice,id=s0 -spice unix=on,addr=/tmp/s.sock,disable-ticketing=on", true, 0, ""},
		{machinetype.X86_64, "-audiodev spice,id=s0", false, 1, "10.0:qemu-system-x86_64: Unknown audio driver `spice'. Perhaps you want to install qemu-system-modules-spice package?\n"},
		// -spice (libvirt round 7): 7.2's OpenGL needs a render node the
		// host has not, and is local only; 10.0's build has no spice.
		{machinetype.X86_64, "-spice unix=on,addr=/tmp/s.sock,disable-ticketing=on,gl=on", false, 1,
			"qemu-system-x86_64: egl: no drm render node available\nqemu-system-x86_64: Failed to initialize EGL render node for SPICE GL\n"},
		{machinetype.X86_64, "-spice port=5900,gl=on", false, 1, "qemu-system-x86_64: SPICE GL support is local-only for now and incompatible with -spice port/tls-port\n"},
		{machinetype.X86_64, "-spice unix=on,addr=/tmp/s.sock,gl=off -chardev spicevmc,id=c0,name=vdagent", true, 0, ""},
		{machinetype.X86_64, "-device nosuch -spice port=0", false, 1,
			"10.0:qemu-system-x86_64: -spice port=0: There is no option group 'spice'\nqemu-system-x86_64: -spice port=0: Perhaps you want to install qemu-system-modules-spice package?\n"},
		{machinetype.X86_64, "-chardev spicevmc,id=c0,name=vdagent", false, 1, "10.0:qemu-system-x86_64: -chardev spicevmc,id=c0,name=vdagent: 'spicevmc' is not a valid char driver name\n"},
		// blob=on needs /dev/udmabuf; a card with no -audiodev at all.
		{machinetype.X86_64, "-device virtio-gpu-pci,blob=on", false, 1,
			"qemu-system-x86_64: -device virtio-gpu-pci,blob=on: warning: open /dev/udmabuf: No such file or directory\nqemu-system-x86_64: -device virtio-gpu-pci,blob=on: cannot enable blob resources without udmabuf\n"},
		{machinetype.X86_64, "-device virtio-gpu-pci,blob=on", false, 1,
			"10.0:qemu-system-x86_64: -device virtio-gpu-pci,blob=on: warning: open /dev/udmabuf: No such file or directory\nqemu-system-x86_64: -device virtio-gpu-pci,blob=on: need rutabaga or udmabuf for blob resources\n"},
		{machinetype.X86_64, "-device ich9-intel-hda -device hda-output", false, 1, "10.0:qemu-system-x86_64: -device hda-output: no default audio driver available\n"},
		// microvm: its own -machine properties, its buses (no PCI unless pcie=on).
		{machinetype.X86_64, "-M microvm,x-option-roms=off,pit=off,pic=off,rtc=off,isa-serial=off", true, 0, ""},
		{machinetype.X86_64, "-M microvm -device virtio-net-pci", false, 1, "qemu-system-x86_64: -device virtio-net-pci: No 'PCI' bus found for device 'virtio-net-pci'\n"},
		{machinetype.X86_64, "-M microvm -device qemu-xhci", false, 1, "qemu-system-x86_64: -device qemu-xhci: No 'PCI' bus found for device 'qemu-xhci'\n"},
		// MSR-word flags cleared for want of what their word needs, in
		// feature_dependencies' order, chains included (measured).
		{machinetype.X86_64, "-cpu qemu64,+vmx-exit-nosave-debugctl,+arch-capabilities,+pdcm,+rdctl-no", true, 0,
			depW + "MSR(48FH).vmx-exit-nosave-debugctl [bit 2]\n" + tcgW + "CPUID.01H:ECX.pdcm [bit 15]\n" + tcgW + "CPUID.07H:EDX.arch-capabilities [bit 29]\n" + tcgW + "MSR(10AH).rdctl-no [bit 0]\n"},
		{machinetype.X86_64, "-cpu qemu64,+vmx-secondary-ctls,+vmx-ept", true, 0,
			depW + "MSR(48EH).vmx-secondary-ctls [bit 31]\n" + depW + "MSR(48BH).vmx-ept [bit 1]\n"},
		{machinetype.X86_64, "-cpu qemu64,+vmx-invvpid,+vmx-ept-1gb", true, 0,
			depW + "MSR(48CH).vmx-ept-1gb [bit 17]\n" + depW + "MSR(48CH).vmx-invvpid [bit 32]\n"},
		// TCG lacks every VMX capability: its warnings come word by word in
		// FeatureWord order; vmx-invept-single-context's VPID half is
		// cleared, its EPT half filtered.
		{machinetype.X86_64, "-cpu qemu64,+vmx,+vmx-secondary-ctls,+vmx-ept,+vmx-invept-single-context,+ibrs-all,+vmx-ins-outs,+vmx-activity-hlt", true, 0,
			depW + "MSR(10AH).ibrs-all [bit 1]\n" + depW + "MSR(48CH).vmx-invept-single-context [bit 41]\n" + tcgW + "CPUID.01H:ECX.vmx [bit 5]\n" +
				tcgW + "MSR(48EH).vmx-secondary-ctls [bit 31]\n" + tcgW + "MSR(48BH).vmx-ept [bit 1]\n" + tcgW + "MSR(485H).vmx-activity-hlt [bit 6]\n" +
				tcgW + "MSR(48CH).vmx-invept-single-context [bit 25]\n" + tcgW + "MSR(480H).vmx-ins-outs [bit 54]\n"},
		{machinetype.X86_64, "-cpu Skylake-Client,-vmx,+vmx-eptp-switching,+lbrv,+sgx1", true, 0,
			"10.0:" + depW + "MSR(491H).vmx-eptp-switching [bit 0]\n" + depW + "CPUID.8000000AH:EDX.lbrv [bit 1]\n" + depW + "CPUID.12H:EAX.sgx1 [bit 0]\n" +
				tcgW + "CPUID.01H:ECX.pcid [bit 17]\n" + tcgW + "CPUID.01H:ECX.tsc-deadline [bit 24]\n" + tcgW + "CPUID.07H:EBX.hle [bit 4]\n" +
				tcgW + "CPUID.07H:EBX.invpcid [bit 10]\n" + tcgW + "CPUID.07H:EBX.rtm [bit 11]\n" + tcgW + "CPUID.0DH:EAX.xsavec [bit 1]\n"},
		{machinetype.PPC64, "-M pseries", true, 0, caps},
		// spapr_caps_apply in the table's order: hpt-max-page-size's
		// warning before ccf-assist's, its error and nested-hv's ending
		// the sequence (round 7).
		{machinetype.PPC64, "-M pseries,cap-hpt-max-page-size=8k", true, 0, caps3 +
			"qemu-system-ppc64: warning: Many guests require at least 64kiB hpt-max-page-size\n" + ccf},
		{machinetype.PPC64, "-M pseries,cap-hpt-max-page-size=2k", false, 1, caps3 + "qemu-system-ppc64: Require at least 4kiB hpt-max-page-size\n"},
		{machinetype.PPC64, "-M pseries,cap-nested-hv=on,max-cpu-compat=power8", true, 0, caps},
		{machinetype.PPC64, "-M pseries,cap-nested-hv=on -cpu POWER8", false, 1,
			caps3 + "qemu-system-ppc64: Nested-HV only supported on POWER9 and later\nTry appending -machine cap-nested-hv=off\n"},
		{machinetype.PPC64, "-M pseries-2.10", false, 1, "qemu-system-ppc64: No Transactional Memory support in TCG\nTry appending -machine cap-htm=off\n"},
		{machinetype.PPC64, "-cpu 603", false, 1, "qemu-system-ppc64: Unable to find sPAPR CPU Core definition\n"},
		{machinetype.PPC64, "-m 300M", false, 1, "qemu-system-ppc64: Memory size 0x12c00000 is not aligned to 256 MiB\n"},
		{machinetype.PPC64, "-m 256,maxmem=300M", false, 1, "qemu-system-ppc64: Maximum memory size 0x10000000 is not aligned to 256 MiB\n"},
		{machinetype.PPC64, "-smp 2,threads=2 -m 300M", false, 1, "qemu-system-ppc64: TCG cannot support more than 1 thread/core on a pseries machine\n"},
		{machinetype.PPC64, "-object memory-backend-ram,id=m0,size=128M -object memory-backend-ram,id=m1,size=384M -numa node,memdev=m0 -numa node,memdev=m1", false, 1,
			"qemu-system-ppc64: Node 0 memory size 0x8000000 is not aligned to 256 MiB\n"},
		{machinetype.PPC64, "-smp 2,maxcpus=4 -object memory-backend-ram,id=m0,size=256M -object memory-backend-ram,id=m1,size=256M -numa node,memdev=m0,cpus=0 -numa node,memdev=m1 -cpu 603", false, 1,
			"qemu-system-ppc64: -numa node,memdev=m0,cpus=0: Unable to find sPAPR CPU Core definition\n"},
		{machinetype.PPC64, "-cpu POWER9,foo", false, 1, "qemu-system-ppc64: Expected key=value format, found foo.\n"},
		// parse_sandbox reads the other keys of an enabled sandbox only,
		// each -sandbox on its own.
		{machinetype.X86_64, "-sandbox off,obsolete=x", true, 0, ""},
		{machinetype.X86_64, "-sandbox obsolete=deny,resourcecontrol=x,enable=on", false, 1, "qemu-system-x86_64: -sandbox obsolete=deny,resourcecontrol=x,enable=on: invalid argument for resourcecontrol\n"},
		{machinetype.X86_64, "-sandbox on,obsolete=x -sandbox on,spawn=x", false, 1, "qemu-system-x86_64: -sandbox on,obsolete=x: invalid argument for obsolete\n"},
		// -fw_cfg: two names pc_machine_done adds: the SMBIOS tables come first.
		{machinetype.X86_64, "-fw_cfg name=opt/x,string=1 -fw_cfg name=etc/acpi/rsdp,string=1 -fw_cfg name=etc/smbios/smbios-tables,string=1", false, 1,
			"qemu-system-x86_64: -fw_cfg name=etc/acpi/rsdp,string=1: warning: externally provided fw_cfg item names should be prefixed with \"opt/\"\n" +
				"qemu-system-x86_64: -fw_cfg name=etc/smbios/smbios-tables,string=1: warning: externally provided fw_cfg item names should be prefixed with \"opt/\"\n" +
				"qemu-system-x86_64: duplicate fw_cfg file name: etc/smbios/smbios-tables\n"},
		// A JSON -object's list (libvirt's host-nodes) is the opts visitor's repeated key (measured on 7.2).
		{machinetype.X86_64, `-object {"qom-type":"memory-backend-ram","id":"m","size":536870912,"host-nodes":[0],"policy":"bind"}`, true, 0, ""},
		{machinetype.X86_64, `-object {"qom-type":"memory-backend-ram","id":"m","size":536870912,"host-nodes":[0,200],"policy":"bind"}`, false, 1,
			"qemu-system-x86_64: Invalid host-nodes value: 200\n"},
		// ehci_register_companion: an EHCI masterbus with free ports (measured on 7.2).
		{machinetype.X86_64, "-M q35 -device qemu-xhci,id=x -device ich9-usb-uhci1,masterbus=x.0", false, 1,
			"qemu-system-x86_64: -device ich9-usb-uhci1,masterbus=x.0: Can't use USB bus 'x.0' as masterbus, it doesn't support companion controllers\n"},
		{machinetype.X86_64, "-M q35 -device ich9-usb-ehci1,id=e -device ich9-usb-uhci1,masterbus=e.0,firstport=5", false, 1,
			"qemu-system-x86_64: -device ich9-usb-uhci1,masterbus=e.0,firstport=5: firstport must be between 0 and 4\n"},
		{machinetype.X86_64, "-M q35 -device ich9-usb-ehci1,id=e -device pci-ohci,masterbus=e.0,firstport=2 -device pci-ohci,masterbus=e.0,num-ports=2,firstport=1", false, 1,
			"qemu-system-x86_64: -device pci-ohci,masterbus=e.0,num-ports=2,firstport=1: firstport 1 asks for ports 1-2, but port 2 has a companion assigned already\n"},
		{machinetype.X86_64, "-M q35,usb=on", true, 0, ""},
		// scsi_realize's serial limits (10.0): 36 characters, 20 when the
		// serial is also the device_id; a scsi-hd with no drive fails first
		// (measured on 10.0.13; 7.2 takes them).
		{machinetype.X86_64, "-device virtio-scsi-pci -device scsi-hd,serial=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", false, 1, "10.0:qemu-system-x86_64: -device scsi-hd,serial=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX: drive property not set\n"},
		{machinetype.X86_64, "-device virtio-scsi-pci -device scsi-cd,serial=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", false, 1, "10.0:qemu-system-x86_64: -device scsi-cd,serial=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX: The serial number can't be longer than 36 characters\n"},
		{machinetype.X86_64, "-device virtio-scsi-pci -device scsi-cd,serial=YYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYY", false, 1, "10.0:qemu-system-x86_64: -device scsi-cd,serial=YYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYY: The serial number can't be longer than 20 characters when it is also used as the default for device_id\n"},
		{machinetype.X86_64, "-device virtio-scsi-pci -device scsi-cd,serial=YYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYY,device_id=d0", true, 0, "10.0:"},
		{machinetype.X86_64, "-device virtio-scsi-pci -device scsi-cd,serial=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", true, 0, ""},
		// -iscsi's QemuOpts (Proxmox writes initiator-name=): keys, then
		// timeout's number, item by item (libvirt round 5, measured).
		{machinetype.X86_64, "-iscsi initiator-name=iqn.1993-08.org.debian:01:6d3f8a2b1c", true, 0, ""},
		{machinetype.X86_64, "-iscsi initiator-name=iqn.1993-08.org.debian:01:x,nosuch=1", false, 1, "qemu-system-x86_64: -iscsi initiator-name=iqn.1993-08.org.debian:01:x,nosuch=1: Invalid parameter 'nosuch'\n"},
		{machinetype.X86_64, "-iscsi timeout=abc,nosuch=1", false, 1, "qemu-system-x86_64: -iscsi timeout=abc,nosuch=1: Parameter 'timeout' expects a number\n"},
		{machinetype.X86_64, "-iscsi nosuch=1,timeout=abc", false, 1, "qemu-system-x86_64: -iscsi nosuch=1,timeout=abc: Invalid parameter 'nosuch'\n"},
		{machinetype.X86_64, "-iscsi timeout=-1,id=i0,user=a,password=b,header-digest=crc32c", true, 0, ""},
		{machinetype.X86_64, "-iscsi id=1x", false, 1, "qemu-system-x86_64: -iscsi id=1x: Parameter 'id' expects an identifier\nIdentifiers consist of letters, digits, '-', '.', '_', starting with a letter.\n"},
		{machinetype.X86_64, "-iscsi id=a,user=x -iscsi id=a,timeout=zz", false, 1, "qemu-system-x86_64: -iscsi id=a,timeout=zz: Duplicate ID 'a' for iscsi\n"},
		{machinetype.X86_64, "-add-fd fd=x,nosuch=1", false, 1, "qemu-system-x86_64: -add-fd fd=x,nosuch=1: Parameter 'fd' expects a number\n"},
		// ACPI tables only with ACPI.
		{machinetype.X86_64, "-M pc,acpi=off -fw_cfg name=opt/a,string=1 -fw_cfg name=opt/a/../b,string=2", true, 0, ""},
		{machinetype.X86_64, "-tpmdev emulator,chardev=c,id=t -chardev socket,id=c,path=/nonexistent.sock", false, 1,
			"qemu-system-x86_64: -chardev socket,id=c,path=/nonexistent.sock: Failed to connect to '/nonexistent.sock': No such file or directory\n"},
	} {
		rel := release.V7_2 // a stderr starting "10.0:" is 10.0's
		if rest, ok := strings.CutPrefix(tc.stderr, "10.0:"); ok {
			rel, tc.stderr = release.V10_0, rest
		}
		r := Start(rel, tc.target, strings.Fields(tc.args))
		if r.Started != tc.started || r.ExitCode != tc.exit || r.Stderr != tc.stderr {
			t.Errorf("%s %s:\n got started=%v exit=%d stderr=%q\nwant started=%v exit=%d stderr=%q",
				tc.target, tc.args, r.Started, r.ExitCode, r.Stderr, tc.started, tc.exit, tc.stderr)
		}
	}
}

// -machine's keys are dashified before any is applied
// (qemu_apply_legacy_machine_options' keyval_dashify; probe_cmdline's
// r3m-dashify-* cases).
func TestMachineKeysDashified(t *testing.T) {
	for _, c := range []struct {
		args   []string
		stderr string // "" when it starts
	}{
		{[]string{"-M", "q35,kernel_irqchip=off"}, ""},
		{[]string{"-M", "pc,dump_guest_core=off"}, ""},
		{[]string{"-M", "pc,foo_bar=1"}, "Property 'pc-i440fx-7.2-machine.foo-bar' not found"},
		{[]string{"-M", "pc,mem_merge=off,mem-merge=on"}, "Conflict between 'mem_merge' and 'mem-merge'"},
		{[]string{"-M", "pc,mem_merge=off", "-M", "mem-merge=on"}, "Conflict between 'mem_merge' and 'mem-merge'"},
	} {
		r := Start(release.V7_2, "", c.args)
		if c.stderr == "" && !r.Started || c.stderr != "" && (r.Started || !strings.Contains(r.Stderr, c.stderr)) {
			t.Errorf("%q: started %v, stderr %q, want %q", c.args, r.Started, r.Stderr, c.stderr)
		}
	}
}

// smbios type 0's release is read by sscanf("%hhu.%hhu"): blanks and a
// sign before each number, anything after the second.
func TestScansTwoBytes(t *testing.T) {
	for s, want := range map[string]bool{
		"1.50": true, " 1. 5": true, "-1.+2": true, "1.5junk": true, "300.1": true,
		"1": false, "1.": false, ".5": false, "a.b": false, "1,5": false, "": false, "1 .5": false,
	} {
		if got := scansTwoBytes(s); got != want {
			t.Errorf("scansTwoBytes(%q) = %v, want %v", s, got, want)
		}
	}
}

// 7.2 with no -audiodev probes the host's audio for an HDA codec: the
// missing modules once, then each voice's two failed attempts and the
// audio layer's line (libvirt round 7, lv-x-r7-hda-no-audiodev).
func TestHostAudioProbe72(t *testing.T) {
	for _, tc := range []struct {
		args              string
		modules, dac, adc int
	}{
		{"-device ich9-intel-hda -device hda-duplex", 1, 2, 2},
		{"-device ich9-intel-hda -device hda-output", 1, 2, 0},
		{"-device ich9-intel-hda -device hda-output -device hda-micro", 1, 4, 2},
		{"-audiodev none,id=a0 -device ich9-intel-hda -device hda-duplex,audiodev=a0", 0, 0, 0},
	} {
		r := Start(release.V7_2, machinetype.X86_64, strings.Fields("-M q35 "+tc.args))
		got := [3]int{strings.Count(r.Stderr, "qemu: module audio-audio-jack not found"),
			strings.Count(r.Stderr, "alsa: Could not initialize DAC"), strings.Count(r.Stderr, "alsa: Could not initialize ADC")}
		if !r.Started || got != [3]int{tc.modules, tc.dac, tc.adc} {
			t.Errorf("%s: started=%v, modules/DAC/ADC = %v, want %v; stderr:\n%s", tc.args, r.Started, got, [3]int{tc.modules, tc.dac, tc.adc}, r.Stderr)
		}
		if tc.dac > 0 && !strings.HasSuffix(r.Stderr, "audio: Failed to create voice `"+map[bool]string{true: "adc", false: "dac"}[strings.HasSuffix(tc.args, "micro") || strings.HasSuffix(tc.args, "duplex")]+"'\n") {
			t.Errorf("%s: stderr ends %q", tc.args, r.Stderr[max(0, len(r.Stderr)-60):])
		}
	}
}
