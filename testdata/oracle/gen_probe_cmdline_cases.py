#!/usr/bin/env python3
"""An outside tester's probe of the command line (issue 8): lines as
learners paste them from blog posts, wikis and QEMU's docs (TCG, no
-enable-kvm: -m, -smp, -cpu, -drive/-hda/-cdrom/-boot, -netdev user with
hostfwd, -nic, virtio devices, -usb with usb-tablet, -vga, -serial/-monitor/
-chardev, -object rng/memory backends, -numa, -rtc, -name, -uuid, -global,
-machine q35,accel=tcg, pseries with spapr-vscsi/spapr-vlan/-nographic),
libvirt lines with JSON -device/-blockdev/-netdev/-object on several
machine versions, the monitor commands a reader types next (info pci,
qtree, block, network, chardev, usb, query-pci, qom-list
/machine/peripheral, info hotpluggable-cpus), and the error paths a learner
hits: typos, bad and missing values, duplicate ids, conflicts (one PCI
address twice, a netdev with two peers, a drive with no media, a bad bus),
unknown and removed options, JSON syntax errors in every JSON-taking
option (and JSON given to options that take none), help queries with
filters, and which error wins when several are present. Written without
reading the engine; both releases. Later groups: what was measured
while fixing the engine (-usb, input handlers, balloon, drive flags), a
second probe round (the monitor's refusals on non-CPU devices and
backends, object_add/drive_add, pseries buses, ids, JSON where none is
taken), and a third (the options and devices blog posts use that the
first two left out: SCSI HBAs, NVMe, AHCI, SD, PCIe switches and
expanders, OVMF's flash, debug ports, watchdogs, 9p shares, -boot/-action/
-name forms, CPU models with flags, memory hotplug, client sockets, and
the monitor commands a reader tries next), with what was measured while
fixing what it found (r3m-), and a fourth (r4-: microvm and virtio-mmio,
USB hubs and serial adapters, SCSI LUNs and IDE units, -nic models,
stream/dgram/socket netdevs, -boot/-rtc/-k/-msg/-overcommit, file-backed
and preallocated memory, NUMA distances, NVDIMMs, -global on more
drivers, sound cards, rng, watchdogs, pvpanic, serial ports, pseries' VIO
devices and machine options, the monitor on them), with r4m-, and r4c-:
-cpu lines with VMX and other MSR-word flags (libvirt's Intel host-model
line with vmx=on), a fifth (r5-: recent libvirt lines for q35, pc and
pseries, secrets, -sandbox, virtio-serial channels, display and sound
devices, TPM, SMBIOS, -fw_cfg, -acpitable, IOMMUs, older CPU models with
host-model flags, DIMMs, common mistakes), with r5m-, r5v-: microvm's
-machine options and virtio-mmio devices, isapc, per-bit VMX dependencies,
nvdimm's bool words, -msg timestamp=on's stderr (wall-clock: dropped by
the two recordings), and a sixth (r6-: CPU hotplug right after pasting a
libvirt-style line on q35, pc and pseries of several versions, with NUMA,
-cpu flags and the errors of that flow), with r6m-, and a seventh (r7-:
pseries command lines as users paste them: libvirt's ppc64le lines on
pseries-2.12 ... 7.2 with cap-* options, extra PHBs and NUMA, docs and
blog lines with caps, ic-mode, max-cpu-compat, resize-hpt, kvm-type,
POWER7-10 models, VIO devices, PHBs, USB, -numa, -prom-env, DIMMs and
NVDIMMs, x86 habits on pseries, and the monitor after them), with r7m-,
and an eighth (r8-: x86 pc and q35 lines from recent tutorials and wikis,
with the CPU hotplug steps a reader types and their common mistakes), with r8m-,
and a ninth (r9-: the global options that are not devices: -name, -uuid,
-rtc, -boot and the machine's boot property, -k, -overcommit, -accel tcg's
properties, -icount, -no-reboot/-no-shutdown/-action with system_reset and
system_powerdown, -msg guest-name, -d/-D, -bios, -set on their groups,
-readconfig, -compat, -run-with, -machine's non-CPU properties, and what the
monitor says of them), with r9m-, and a tenth (r10-: Proxmox VE's qm showcmd
lines verbatim and made runnable, libvirt 11/9 lines, virt-install,
virt-manager and GNOME Boxes defaults, on q35, pc and pseries, with the
monitor steps after them), with r10m- (-pidfile, server sockets, -vnc unix:,
-daemonize and stdio, raw's offset/size, hv-vpindex), and an eleventh
(r11-: Windows, macOS (OSX-KVM), Android-x86, VFIO passthrough, Kata-like
and microvm, cloud-image lines, long -cpu feature lists, q35 globals), with
r11m- (around its fixes), and a twelfth (r12-: -audio and -audiodev with
the sound cards, -global on board devices and proxies' aliases, machine
properties read back, SMBIOS 8/9/41, versioned CPU models, memory
backends, pseries guides), with r12m-, and a thirteenth (r13-: -boot/-rtc/
-name/-uuid/-smbios/-fw_cfg values and errors, -serial/-parallel/-monitor/
-qmp/-mon spellings, -display and -vga per machine, what -nodefaults
leaves, -accel tcg's properties, -icount/-overcommit/-msg/-d/-bios errors,
-global on board devices, x86 -machine properties, options of one target
given to the other), with r13m-, and a fourteenth (r14-: -qmp-pretty,
second monitors, host paths that do not exist, -display none's keys, -accel
tcg's bad values where QEMU reaches them, -msg/-sandbox/-action/-compat/
-icount/-d/-dfilter/-k, -S with cont/stop, -loadvm, -incoming defer,
-prom-env, -nodefaults beside -vga/-serial, -smp/-m typos), with r14m-,
and a fifteenth (r15-: blog, wiki and distro lines as pasted: -nographic
with a mux monitor, -kernel/-initrd/-append, -bios and OVMF's pflash, -boot,
-usb input, -vga and the GL devices, -nic/-net/-netdev user without hostfwd,
-rtc/-name/-uuid/-smbios type=1, kernel_irqchip and intel-iommu, -cpu
host/max and -enable-kvm where /dev/kvm does not matter, pseries guides,
misspelt options and stray words), with r15m- (the kernel loaders on files
with no kernel, -bios beside a flash), and a sixteenth (r16-: Proxmox VE's
qm showcmd beyond round 10, Lima/Colima, Kata's QMP, minikube, Multipass,
QEMU's docs, IBM's AIX and Linux-on-Power lines, distro wikis, cloud-image
quick starts), with r16m- (-global on the board's drive devices,
blkconf_blocksizes' checks, legacy SCSI disks, megasas' SAS address,
-audiodev spice), and a seventeenth (r17-: older tutorials' and forum
answers' lines on today's binaries: -net vlan=, -redir, -soundhw,
-usbdevice, -balloon, -localtime, -no-hpet/-no-acpi, -std-vga, removed
machine types, -cpu flags of the time, Windows lines, old HMP commands),
and an eighteenth (c18-: options given twice and which wins or merges,
-global's long form and mistakes, -action beside -no-reboot/-no-shutdown,
-rtc base dates read back as rtc-time, -m slots/maxmem mixes, vmgenid,
pvpanic, virtio-rng with rng-random/builtin/egd, -mon and server sockets,
-readconfig of a directory, -pidfile, -vga/-display pairs, white space and
case inside values, versioned q35 and pseries; its block says what it left
out: mon:stdio, -msg timestamp=on with a message, mem-lock=on, display
modules, vmgenid's random GUID, an rng-egd that connects), and a
nineteenth (c19-: QEMU's docs' -numa dist/hmat-lb/CPU hotplug lines,
memory backends with share/prealloc/policy/host-nodes/readonly, -accel
tcg and -icount, -semihosting and -plugin refusals, intel-iommu and
virtio-iommu, the x-remote machine and its objects, microvm and
Firecracker-like lines, kernel developers' -kernel/-append/-initrd lines,
wiki, GNS3, EVE-NG, Packer and Multipass lines, versioned pc/q35/pseries;
its block says what it left out; 10.0's reserve=off case is not in the
golden: the recording chroot has no /proc), and a twentieth (c20-: CPU
hotplug tutorials' whole lines: -smp with maxcpus and topologies, -cpu
models with +/- features, -numa node,cpus= and -numa cpu, CPUs given with
-device at start, beside virtio-net, virtio-blk on a missing file and on
null-co, qemu-xhci with usb-tablet and -serial null, on pc, q35 and pseries), and a twenty-first (c21-: help and listing
options on both releases: -object TYPE,help for every type either lists
and for ones a binary lacks, the none machine's help and its -smp, -m,
-cpu and CPU devices, versioned machine types' help, -cpu/-device/-accel/
-audiodev/-display/-netdev/-chardev help forms, -global's help-like
mistakes), with c21m- (types the ObjectType enum has but a binary lacks,
given an id; CPUs on the none machine; help beside a bad key or id).

    python3 testdata/oracle/gen_probe_cmdline_cases.py     # cases + the image files
    python3 ../shared/oracle/record.py testdata/oracle/probe_cmdline_cases.jsonl -o /tmp/pc1.jsonl -j 2   # twice
    python3 testdata/oracle/keep_identical.py /tmp/pc1.jsonl /tmp/pc2.jsonl testdata/oracle/probe_cmdline.jsonl
    (10.0: PATH=/work/oracle-env/qbin:$PATH, output under testdata/oracle/v10.0/)

Disk images are declared per case ("hostfs", as gen_block_cases.py does):
each case has its own copies under IMG/<case id>/ (QEMU locks what it
opens), written here with qemu-img on the host and in the 10.0 chroot.

Left out, and why:
- anything on stdio (-nographic with default devices, -serial stdio,
  -monitor stdio, -serial mon:stdio): the recorder's QMP is on stdio, so
  QEMU would answer a clash no user sees; -nographic is kept only with
  -nodefaults, where it adds nothing on stdio;
- displays that need the host's (gtk, sdl, spice, a VNC port): their
  answers follow the host's X server and ports; -display none/help only;
- -vga qxl and -device qxl: the 10.0 chroot has no qxl module (until round
  15, which records its refusal);
- -enable-kvm and accel=kvm: no /dev/kvm here (the shared kvm corpus);
  round 15 keeps only the answers that come before KVM is tried;
- pty chardevs (their /dev/pts number), -daemonize, -pidfile, -smb;
- sound on the host's audio server: HDA lines carry -audiodev none;
- hostfwd ports are unique per case (47100 + n), and a TCP monitor listens
  on its own port, so that two cases running at once never share one.
"""
import json

from casegen import Corpus, HostFiles, hmp, qmp

IMG = "/tmp/hotplug-lab-pc"
FILES = {"disk.qcow2": ("qcow2", 64 << 20), "disk.raw": ("raw", 8 << 20), "install.iso": ("raw", 4 << 20),
         "vm.img": ("raw", 16 << 20), "data.qcow2": ("qcow2", 32 << 20), "OVMF_CODE.fd": ("raw", 2 << 20),
         "OVMF_VARS.fd": ("raw", 128 << 10), "odd.fd": ("raw", 6 << 10), "big.fd": ("raw", 5 << 20),
         "master-key.aes": ("raw", 512)}  # qemu-img rounds a raw file up to 512 bytes
corpus = Corpus("probe_cmdline", "pc")
C = corpus.cases
_port = [47100]


def port():
    _port[0] += 1
    return _port[0]


hostfiles = HostFiles(corpus, IMG, FILES)
case = hostfiles.case


x = lambda *a, **k: case("x86_64", *a, **k)
p = lambda *a, **k: case("ppc64", *a, **k)


img = hostfiles.img


def j(**o):
    return json.dumps(o, separators=(",", ":"))


PCI, QTREE, BLOCK, NET, CHR = (hmp(c)[0] for c in ("info pci", "info qtree", "info block", "info network", "info chardev"))
USB = hmp("info usb")[0]
HPC = hmp("info hotpluggable-cpus")[0]
QPCI = qmp("query-pci")
PERIPH = qmp("qom-list", path="/machine/peripheral")
LOOK = [PCI, QTREE, NET, QPCI]
# base=false lines: QEMU's own defaults, no VNC, stopped.
OWN = ["-S", "-no-user-config", "-display", "none"]

# ============================================ blog and wiki lines (x86) ====
x("arch-install", "-m", "2G", "-smp", "2", "-drive", "file=%s,format=qcow2" % img("disk.qcow2"),
  "-cdrom", img("install.iso"), "-boot", "order=d", files=["disk.qcow2", "install.iso"], steps=[BLOCK, PCI])
x("arch-hda-boot-c", "-m", "1024", "-hda", img("vm.img"), "-boot", "c", files=["vm.img"], steps=[BLOCK])
x("arch-raw-noformat", "-m", "1G", "-drive", "file=%s" % img("disk.raw"), files=["disk.raw"], steps=[BLOCK])
x("ubuntu-q35-virtio", "-machine", "q35,accel=tcg", "-cpu", "max", "-m", "2048", "-smp", "2",
  "-drive", "file=%s,if=virtio,format=qcow2" % img("disk.qcow2"),
  "-netdev", "user,id=net0,hostfwd=tcp::%d-:22" % port(), "-device", "virtio-net-pci,netdev=net0",
  files=["disk.qcow2"], steps=[PCI, BLOCK, NET, QPCI])
x("nic-virtio-hostfwd", "-m", "1G", "-nic", "user,model=virtio-net-pci,hostfwd=tcp::%d-:22" % port(), steps=[NET, PCI])
x("nic-e1000-default", "-nic", "user", steps=[NET, PCI])
x("nic-none", "-nic", "none", steps=[NET])
x("net-nic-legacy", "-net", "nic,model=rtl8139", "-net", "user", steps=[NET, PCI])
x("net-nic-vlan-legacy", "-net", "nic,model=e1000,macaddr=52:54:00:12:34:99", "-net", "user,hostfwd=tcp:127.0.0.1:%d-:80" % port(), steps=[NET])
x("usb-tablet", "-usb", "-device", "usb-tablet", steps=[USB, PCI, hmp("info mice")[0]])
x("usb-tablet-q35", "-M", "q35", "-usb", "-device", "usb-tablet,id=tab0", steps=[USB, PERIPH])
x("xhci-kbd-mouse", "-device", "qemu-xhci,id=xhci", "-device", "usb-kbd,bus=xhci.0", "-device", "usb-mouse,bus=xhci.0",
  steps=[USB, hmp("info mice")[0], QTREE])
x("ehci-storage", "-device", "usb-ehci,id=ehci", "-drive", "if=none,id=stick,file=%s,format=raw" % img("disk.raw"),
  "-device", "usb-storage,bus=ehci.0,drive=stick", files=["disk.raw"], steps=[USB, BLOCK])
for v in ["std", "cirrus", "virtio", "none", "vmware"]:
    x("vga-" + v, *OWN, "-vga", v, "-nic", "none", base=False, steps=[PCI])
x("display-none-q35", *OWN, "-M", "q35", steps=[PCI, NET], base=False)
x("defaults-pc", *OWN, steps=[PCI, NET, BLOCK, CHR], base=False)
x("defaults-nodefaults", *OWN, "-nodefaults", steps=[PCI, NET, BLOCK], base=False)
x("nodefaults-then-vga", *OWN, "-nodefaults", "-vga", "std", steps=[PCI], base=False)
x("nodefaults-nic", *OWN, "-nodefaults", "-nic", "user,model=virtio", steps=[PCI, NET], base=False)
x("default-cdrom-plus-cdrom", *OWN, "-cdrom", img("install.iso"), files=["install.iso"], steps=[BLOCK], base=False)
x("serial-null-monitor-none", "-serial", "null", "-monitor", "none", steps=[CHR, QTREE])
x("serial-two-null", "-serial", "null", "-serial", "null", steps=[CHR])
x("chardev-socket-mon", "-chardev", "socket,id=mon0,path=/tmp/hotplug-lab-pc-mon0.sock,server=on,wait=off",
  "-mon", "chardev=mon0,mode=readline", steps=[CHR])
x("monitor-telnet-short", "-monitor", "telnet:127.0.0.1:%d,server,nowait" % port(), steps=[CHR])
x("chardev-ringbuf-serial", "-chardev", "ringbuf,id=rb0,size=4096", "-serial", "chardev:rb0", steps=[CHR, hmp("ringbuf_read rb0 16")[0]])
x("virtio-console", "-chardev", "null,id=c0", "-device", "virtio-serial-pci,id=vs0", "-device", "virtconsole,chardev=c0,id=con0",
  steps=[QTREE, CHR])
x("rng-random", "-object", "rng-random,id=rng0,filename=/dev/urandom", "-device", "virtio-rng-pci,rng=rng0",
  steps=[PCI, qmp("qom-list", path="/objects")])
x("rng-builtin-q35", "-M", "q35", "-object", "rng-builtin,id=rng0", "-device", "virtio-rng-pci,rng=rng0,id=rng", steps=[PCI, PERIPH])
x("numa-memdev-ram", "-m", "1G", "-object", "memory-backend-ram,id=mem0,size=1G", "-numa", "node,memdev=mem0",
  steps=[hmp("info numa")[0], hmp("info memdev")[0]])
x("numa-two-nodes", "-m", "2G", "-smp", "4", "-object", "memory-backend-ram,id=m0,size=1G",
  "-object", "memory-backend-ram,id=m1,size=1G", "-numa", "node,nodeid=0,cpus=0-1,memdev=m0",
  "-numa", "node,nodeid=1,cpus=2-3,memdev=m1", steps=[hmp("info numa")[0], HPC])
x("numa-legacy-mem", "-m", "2G", "-smp", "2", "-numa", "node,mem=1G,cpus=0", "-numa", "node,mem=1G,cpus=1")
x("numa-no-mem", "-m", "2G", "-smp", "2", "-numa", "node,cpus=0", "-numa", "node,cpus=1", steps=[hmp("info numa")[0]])
x("numa-dist", "-m", "2G", "-smp", "2", "-object", "memory-backend-ram,id=m0,size=1G", "-object", "memory-backend-ram,id=m1,size=1G",
  "-numa", "node,nodeid=0,memdev=m0", "-numa", "node,nodeid=1,memdev=m1", "-numa", "dist,src=0,dst=1,val=20",
  steps=[hmp("info numa")[0]])
x("numa-cpu-socket", "-m", "2G", "-smp", "4,sockets=2,cores=2", "-object", "memory-backend-ram,id=m0,size=1G",
  "-object", "memory-backend-ram,id=m1,size=1G", "-numa", "node,nodeid=0,memdev=m0", "-numa", "node,nodeid=1,memdev=m1",
  "-numa", "cpu,node-id=0,socket-id=0", "-numa", "cpu,node-id=1,socket-id=1", steps=[HPC])
x("memfd-share", "-m", "512M", "-object", "memory-backend-memfd,id=mem,size=512M,share=on", "-machine", "memory-backend=mem",
  steps=[hmp("info memdev")[0]])
x("rtc-localtime", "-rtc", "base=localtime,clock=host", steps=[QTREE])
x("rtc-fixed-date", "-rtc", "base=2006-06-17T16:01:21,clock=vm,driftfix=slew")
x("name-uuid", "-name", "debian-test", "-uuid", "6c1f8e2a-3b4d-4e5f-9a0b-1c2d3e4f5a6b",
  steps=hmp("info name", "info uuid") + [qmp("query-name"), qmp("query-uuid")])
x("name-process", "-name", "guest=web01,process=qemu-web01,debug-threads=on", steps=hmp("info name"))
x("global-q35-s3", "-M", "q35", "-global", "ICH9-LPC.disable_s3=1", "-global", "ICH9-LPC.disable_s4=1", steps=[QTREE])
x("global-pc-fdc", "-global", "isa-fdc.fdtypeA=none", steps=[QTREE])
x("global-virtio-net-default", "-global", "virtio-net-pci.mq=on", "-nic", "user,model=virtio-net-pci", steps=[QTREE])
x("q35-accel-tcg-thread", "-machine", "q35,accel=tcg", "-accel", "tcg,thread=single", "-smp", "2", steps=[HPC])
x("accel-tcg-tb-size", "-accel", "tcg,tb-size=64", steps=[hmp("info status")[0]])
x("cpu-max-smp-topology", "-cpu", "max", "-smp", "4,sockets=1,cores=2,threads=2", steps=[HPC])
x("cpu-host-tcg", "-cpu", "host")
x("cpu-kvm64-features", "-cpu", "kvm64,+ssse3,+sse4.1,+sse4.2,+popcnt")
x("cpu-skylake-tcg", "-M", "q35", "-cpu", "Skylake-Client-v4", "-smp", "2")
x("cpu-epyc-tcg", "-cpu", "EPYC", "-smp", "4,cores=4")
x("boot-menu-splash", "-boot", "menu=on,splash-time=5000", steps=[QTREE])
x("boot-once-d", "-boot", "once=d", "-cdrom", img("install.iso"), files=["install.iso"], steps=[BLOCK])
x("virtio-scsi-cd", "-device", "virtio-scsi-pci,id=scsi0", "-drive", "if=none,id=cd0,file=%s,media=cdrom,format=raw" % img("install.iso"),
  "-device", "scsi-cd,bus=scsi0.0,drive=cd0", files=["install.iso"], steps=[BLOCK, QTREE])
x("virtio-blk-iothread", "-object", "iothread,id=io0", "-drive", "if=none,id=d0,file=%s,format=qcow2" % img("data.qcow2"),
  "-device", "virtio-blk-pci,drive=d0,iothread=io0,id=vblk", files=["data.qcow2"], steps=[BLOCK, hmp("info iothreads")[0]])
x("nvme-drive", "-drive", "file=%s,if=none,id=nvm,format=raw" % img("disk.raw"), "-device", "nvme,serial=deadbeef,drive=nvm",
  files=["disk.raw"], steps=[BLOCK, PCI])
x("ahci-q35-sata", "-M", "q35", "-drive", "file=%s,if=none,id=s0,format=qcow2" % img("disk.qcow2"),
  "-device", "ide-hd,drive=s0,bus=ide.1", files=["disk.qcow2"], steps=[BLOCK, QTREE])
x("hda-audio-none", "-audiodev", "none,id=snd0", "-device", "ich9-intel-hda", "-device", "hda-duplex,audiodev=snd0", steps=[PCI])
x("virtio-input", "-device", "virtio-keyboard-pci", "-device", "virtio-mouse-pci", "-device", "virtio-tablet-pci", steps=[PCI, hmp("info mice")[0]])
x("pci-bridge-e1000", "-device", "pci-bridge,chassis_nr=1,id=br1", "-netdev", "user,id=n1", "-device", "e1000,netdev=n1,bus=br1,addr=1",
  steps=[PCI, NET])
x("pcie-root-port-virtio", "-M", "q35", "-device", "pcie-root-port,id=rp1,chassis=1,slot=1", "-netdev", "user,id=n0",
  "-device", "virtio-net-pci,netdev=n0,bus=rp1", steps=[PCI, QPCI])
x("intel-iommu", "-M", "q35,kernel-irqchip=split", "-device", "intel-iommu,intremap=on", steps=[PCI])
x("edu-pvpanic", "-device", "edu", "-device", "pvpanic", steps=[PCI, QTREE])
x("balloon-info", "-device", "virtio-balloon-pci,id=b0", steps=[hmp("info balloon")[0], PERIPH])
x("watchdog-i6300", "-device", "i6300esb", "-watchdog-action", "pause", steps=[PCI])
x("vhost-user-less-vsock", "-device", "vhost-vsock-pci,guest-cid=3")
x("smp-maxcpus-hotplug-look", "-M", "q35", "-smp", "2,maxcpus=4", "-device", "virtio-net-pci,netdev=n0", "-netdev", "user,id=n0",
  steps=[HPC, PERIPH, {"hmp": "device_add qemu64-x86_64-cpu,socket-id=2,core-id=0,thread-id=0,id=cpu2"}, PERIPH])
x("kernel-missing", "-kernel", "/boot/vmlinuz-nosuch-6.1", "-append", "console=ttyS0")
x("bios-missing", "-bios", "/usr/share/nosuch/OVMF_CODE.fd")
x("snapshot-mode", "-snapshot", "-hda", img("vm.img"), files=["vm.img"], steps=[BLOCK])

# ================================================ pseries blog lines ======
p("nographic-vscsi", "-M", "pseries", "-cpu", "POWER9", "-m", "2G", "-smp", "2", "-nographic",
  "-device", "spapr-vscsi,id=scsi0", "-drive", "file=%s,if=none,id=hd0,format=qcow2" % img("disk.qcow2"),
  "-device", "scsi-hd,drive=hd0,bus=scsi0.0", files=["disk.qcow2"], steps=[QTREE, BLOCK])
p("vlan-netdev", "-M", "pseries", "-netdev", "user,id=n0", "-device", "spapr-vlan,netdev=n0,id=vlan0", steps=[NET, QTREE, PERIPH])
p("nic-spapr-vlan", "-M", "pseries", "-nic", "user,model=spapr-vlan", steps=[NET])
p("nic-default", "-M", "pseries", "-nic", "user", steps=[NET, PCI])
p("defaults", *OWN, "-M", "pseries", steps=[PCI, NET, BLOCK, CHR], base=False)
p("virtio-scsi-cd", "-M", "pseries", "-device", "virtio-scsi-pci,id=s0",
  "-drive", "if=none,id=cd,file=%s,media=cdrom,format=raw" % img("install.iso"), "-device", "scsi-cd,drive=cd,bus=s0.0",
  files=["install.iso"], steps=[BLOCK, QTREE])
p("cdrom-hda", "-M", "pseries", "-hda", img("vm.img"), "-cdrom", img("install.iso"), files=["vm.img", "install.iso"], steps=[BLOCK])
p("power8-smt8", "-M", "pseries-6.2", "-cpu", "POWER8", "-smp", "8,threads=8", steps=[HPC])
p("power10-maxcpus", "-M", "pseries", "-cpu", "POWER10", "-smp", "2,maxcpus=8", steps=[HPC, PERIPH])
p("vty-chardev", "-M", "pseries", "-chardev", "null,id=c0", "-device", "spapr-vty,chardev=c0", steps=[QTREE, CHR])
p("usb-xhci-kbd", "-M", "pseries", "-device", "qemu-xhci", "-device", "usb-kbd", "-device", "usb-tablet", steps=[USB])
p("rng-spapr", "-M", "pseries", "-object", "rng-builtin,id=r", "-device", "spapr-rng,rng=r", steps=[QTREE])
p("numa-two", "-M", "pseries", "-m", "2G", "-smp", "2", "-object", "memory-backend-ram,id=m0,size=1G",
  "-object", "memory-backend-ram,id=m1,size=1G", "-numa", "node,memdev=m0,cpus=0", "-numa", "node,memdev=m1,cpus=1",
  steps=[hmp("info numa")[0]])
p("cap-broken-line", "-M", "pseries,cap-cfpc=broken,cap-sbbc=broken,cap-ibs=broken", "-cpu", "POWER9")
p("name-uuid", "-M", "pseries", "-name", "ppc-guest", "-uuid", "00000000-1111-2222-3333-444444444444",
  steps=hmp("info name", "info uuid"))
p("pseries-nvram-global", "-M", "pseries", "-global", "spapr-nvram.drive=", steps=[QTREE])

# ======================================== libvirt JSON lines, versions ====
def lv_head(machine, ram_id):
    return ["-name", "guest=lab,debug-threads=on", "-machine", machine + ",usb=off,dump-guest-core=off,memory-backend=" + ram_id,
            "-accel", "tcg", "-m", "512", "-object", j(**{"qom-type": "memory-backend-ram", "id": ram_id, "size": 536870912}),
            "-smp", "2,maxcpus=4,sockets=4,cores=1,threads=1", "-uuid", "0f4b3c1e-7d8a-4b2c-9e1f-2a3b4c5d6e7f",
            "-no-user-config", "-nodefaults", "-rtc", "base=utc", "-no-shutdown", "-boot", "strict=on"]


for m in ["pc-q35-5.2", "pc-q35-6.1", "pc-q35-7.0"]:
    x("lv-" + m, *lv_head(m, "pc.ram"),
      "-device", j(driver="pcie-root-port", port=8, chassis=1, id="pci.1", bus="pcie.0", multifunction=True, addr="0x1"),
      "-device", j(driver="pcie-root-port", port=9, chassis=2, id="pci.2", bus="pcie.0", addr="0x1.0x1"),
      "-device", j(driver="virtio-scsi-pci", id="scsi0", bus="pci.1", addr="0x0"),
      "-blockdev", j(driver="null-co", **{"node-name": "libvirt-1-storage"}, size=1073741824),
      "-blockdev", j(**{"node-name": "libvirt-1-format", "read-only": False}, driver="raw", file="libvirt-1-storage"),
      "-device", j(driver="scsi-hd", bus="scsi0.0", channel=0, **{"scsi-id": 0}, lun=0, device_id="drive-scsi0-0-0-0",
                   drive="libvirt-1-format", id="scsi0-0-0-0", bootindex=1),
      "-netdev", j(type="user", id="hostnet0"),
      "-device", j(driver="e1000e", netdev="hostnet0", id="net0", mac="52:54:00:aa:bb:01", bus="pci.2", addr="0x0"),
      "-chardev", "null,id=charmonitor",
      "-device", j(driver="VGA", id="video0", vgamem_mb=16, bus="pcie.0", addr="0x3"),
      steps=[PCI, QTREE, BLOCK, NET, PERIPH, HPC])
for m in ["pc-i440fx-5.2", "pc-i440fx-6.2"]:
    x("lv-" + m, *lv_head(m, "pc.ram"),
      "-device", j(driver="piix3-usb-uhci", id="usb", bus="pci.0", addr="0x1.0x2"),
      "-blockdev", j(driver="null-co", **{"node-name": "libvirt-2-storage"}),
      "-blockdev", j(**{"node-name": "libvirt-2-format", "read-only": True}, driver="raw", file="libvirt-2-storage"),
      "-device", j(driver="ide-cd", bus="ide.1", unit=0, drive="libvirt-2-format", id="ide0-1-0"),
      "-netdev", j(type="user", id="hostnet0"),
      "-device", j(driver="rtl8139", netdev="hostnet0", id="net0", mac="52:54:00:aa:bb:02", bus="pci.0", addr="0x3"),
      "-device", j(driver="usb-tablet", id="input0", bus="usb.0", port="1"),
      "-device", j(driver="cirrus-vga", id="video0", bus="pci.0", addr="0x2"),
      steps=[PCI, BLOCK, USB, NET, PERIPH])
for m in ["pseries-5.2", "pseries-6.2", "pseries-7.1"]:
    p("lv-" + m, *lv_head(m, "ppc_spapr.ram"),
      "-device", j(driver="spapr-vscsi", id="scsi0", reg=0x2000),
      "-blockdev", j(driver="null-co", **{"node-name": "libvirt-1-storage"}),
      "-blockdev", j(**{"node-name": "libvirt-1-format", "read-only": False}, driver="raw", file="libvirt-1-storage"),
      "-device", j(driver="scsi-hd", bus="scsi0.0", channel=0, **{"scsi-id": 0}, lun=0, drive="libvirt-1-format", id="scsi0-0-0-0"),
      "-netdev", j(type="user", id="hostnet0"),
      "-device", j(driver="spapr-vlan", netdev="hostnet0", id="net0", mac="52:54:00:aa:bb:03", reg=0x71000001),
      "-chardev", "null,id=charserial0",
      "-device", j(driver="spapr-vty", chardev="charserial0", id="serial0", reg=0x30000000),
      steps=[QTREE, BLOCK, NET, PERIPH, HPC])
x("lv-q35-json-numa", "-machine", "pc-q35-6.2,accel=tcg", "-m", "1024", "-smp", "2,sockets=2,cores=1,threads=1",
  "-object", j(**{"qom-type": "memory-backend-ram", "id": "ram-node0", "size": 536870912}),
  "-numa", "node,nodeid=0,cpus=0,memdev=ram-node0",
  "-object", j(**{"qom-type": "memory-backend-ram", "id": "ram-node1", "size": 536870912}),
  "-numa", "node,nodeid=1,cpus=1,memdev=ram-node1", steps=[hmp("info numa")[0], HPC])
x("lv-json-iothread-blk", "-M", "pc-q35-7.1", "-object", j(**{"qom-type": "iothread", "id": "iothread1"}),
  "-blockdev", j(driver="null-co", **{"node-name": "n1"}),
  "-device", j(driver="virtio-blk-pci", iothread="iothread1", drive="n1", id="virtio-disk1", bus="pcie.0", addr="0x5"),
  steps=[BLOCK, PCI])
x("lv-json-netdev-hostfwd", "-netdev", j(type="user", id="hostnet0", hostfwd=[{"str": "tcp::%d-:22" % port()}]),
  "-device", j(driver="virtio-net-pci", netdev="hostnet0", id="net0"), steps=[NET])
x("lv-json-chardev-object-rng", "-object", j(**{"qom-type": "rng-random", "id": "objrng0", "filename": "/dev/urandom"}),
  "-device", j(driver="virtio-rng-pci", rng="objrng0", id="rng0", max_bytes=1024, period=1000), steps=[QTREE])

# ============================================================ errors =====
# typos and unknown or removed options
for name, args in [
    ("typo-smpp", ["-smpp", "2"]), ("typo-devcie", ["-devcie", "virtio-net-pci"]), ("typo-enable-kvm-underscore", ["-enable_kvm"]),
    ("typo-nographics", ["-nographics"]), ("double-dash-m", ["--m", "512"]), ("typo-cdrom", ["-cd-rom", "x.iso"]),
    ("removed-soundhw", ["-soundhw", "hda"]), ("removed-no-kvm", ["-no-kvm"]), ("removed-realtime", ["-realtime", "mlock=off"]),
    ("removed-balloon", ["-balloon", "virtio"]), ("removed-enable-fips", ["-enable-fips"]), ("chroot-opt", ["-chroot", "/nonexistent"]),
    ("usbdevice-tablet", ["-usbdevice", "tablet"]), ("tdf", ["-tdf"]), ("removed-no-kvm-pit", ["-no-kvm-pit-reinjection"]),
    ("missing-m", ["-m"]), ("missing-cpu", ["-cpu"]), ("missing-device", ["-device"]), ("missing-netdev", ["-netdev"]),
    ("missing-drive-at-end", ["-smp", "2", "-drive"]),
]:
    x("err-" + name, *args)
# bad values
for name, args in [
    ("m-suffix", ["-m", "2X"]), ("m-negative", ["-m", "-1"]), ("m-zero", ["-m", "0"]), ("m-slots-no-maxmem", ["-m", "1G,slots=2"]),
    ("smp-word", ["-smp", "two"]), ("smp-zero-cores", ["-smp", "4,cores=0"]), ("cpu-nosuch", ["-cpu", "Haswel"]),
    ("cpu-feature-typo", ["-cpu", "qemu64,+ssse4"]), ("machine-typo", ["-M", "q53"]), ("machine-accel-bad", ["-machine", "q35,accel=kvn"]),
    ("accel-bad", ["-accel", "hvf"]), ("boot-order-bad", ["-boot", "order=z"]), ("boot-menu-bad", ["-boot", "menu=maybe"]),
    ("boot-unknown-key", ["-boot", "order=c,foo=1"]), ("rtc-base-bad", ["-rtc", "base=tomorrow"]), ("rtc-clock-bad", ["-rtc", "clock=wall"]),
    ("uuid-bad", ["-uuid", "1234-5678"]), ("vga-bad", ["-vga", "vesa"]), ("display-bad", ["-display", "curses2"]),
    ("serial-bad", ["-serial", "nosuch:foo"]), ("chardev-bad-backend", ["-chardev", "pipe2,id=c0"]),
    ("netdev-bad-type", ["-netdev", "tap2,id=n0"]), ("nic-bad-model", ["-nic", "user,id=u0,model=virtio-net"]),
    ("nic-model-help", ["-nic", "user,model=help"]), ("net-nic-model-bad", ["-net", "nic,model=ne2k,id=nn0", "-net", "user,id=u0"]),
    ("numa-nodeid-bad", ["-numa", "node,nodeid=x"]), ("numa-cpus-range-bad", ["-smp", "2", "-numa", "node,cpus=1-0"]),
    ("global-no-dot", ["-global", "foo=1"]), ("global-bad-prop", ["-global", "e1000.nosuch=1", "-device", "e1000"]),
    ("global-bad-value", ["-global", "virtio-net-pci.mq=maybe", "-device", "virtio-net-pci"]),
    ("object-size-bad", ["-object", "memory-backend-ram,id=m,size=1Q"]), ("drive-if-bad", ["-drive", "if=sata,file=x.img"]),
    ("drive-media-bad", ["-drive", "media=floppy,file=x.img"]), ("drive-cache-bad", ["-drive", "if=none,id=d0,cache=fast"]),
    ("drive-format-bad", ["-drive", "if=none,id=d0,format=qcow3"]), ("device-mac-bad", ["-device", "e1000,mac=52:54:00:zz:00:01"]),
    ("device-addr-bad", ["-device", "e1000,addr=0x40"]), ("device-addr-func-bad", ["-device", "e1000,addr=3.9"]),
    ("device-bool-bad", ["-device", "virtio-net-pci,mq=yes please"]), ("device-unknown-prop", ["-device", "virtio-net-pci,queues=4"]),
    ("device-typo", ["-device", "virtio-net-pcii"]), ("device-uppercase", ["-device", "E1000"]),
    ("netdev-hostfwd-bad", ["-netdev", "user,id=n0,hostfwd=tcp::22"]), ("netdev-net-bad", ["-netdev", "user,id=n0,net=10.0.2.0/33"]),
    ("name-bad-key", ["-name", "guest=a,color=red"]), ("msg-bad", ["-msg", "timestamp=maybe"]),
    ("overcommit-bad", ["-overcommit", "mem-lock=maybe"]), ("watchdog-action-bad", ["-watchdog-action", "explode"]),
    ("k-bad", ["-k", "xx"]), ("smp-maxcpus-less", ["-smp", "4,maxcpus=2"]), ("smp-cpus-over-max", ["-M", "pc", "-smp", "300"]),
]:
    x("bad-" + name, *args)
p("bad-cpu-x86-name", "-M", "pseries", "-cpu", "Skylake-Client")
p("bad-device-isa-serial", "-M", "pseries", "-device", "isa-serial")
p("bad-vga-cirrus", "-M", "pseries", "-vga", "cirrus")
p("bad-smp-threads", "-M", "pseries", "-smp", "4,threads=3")
p("bad-machine-ic-mode", "-M", "pseries,ic-mode=apic")
p("bad-spapr-vlan-no-netdev", "-M", "pseries", "-device", "spapr-vlan", steps=[NET])
p("bad-spapr-vscsi-reg-clash", "-M", "pseries", "-device", "spapr-vscsi,reg=0x2000", "-device", "spapr-vscsi,reg=0x2000")
x("bad-spapr-on-x86", "-device", "spapr-vscsi")
# missing values
for name, args in [
    ("netdev-no-id", ["-netdev", "user"]), ("chardev-no-id", ["-chardev", "null"]), ("chardev-socket-no-path", ["-chardev", "socket,id=c0"]),
    ("object-no-size", ["-object", "memory-backend-ram,id=m"]), ("object-no-id", ["-object", "iothread"]),
    ("object-file-no-path", ["-object", "memory-backend-file,id=m,size=64M"]), ("virtio-blk-no-drive", ["-device", "virtio-blk-pci"]),
    ("scsi-hd-no-controller", ["-drive", "if=none,id=d0", "-device", "scsi-hd,drive=d0"]), ("rng-no-backend", ["-device", "virtio-rng-pci,rng=nosuch"]),
    ("numa-memdev-missing", ["-numa", "node,memdev=nosuch"]), ("device-empty-value", ["-device", "e1000,netdev="]),
    ("device-driver-only-comma", ["-device", ","]), ("object-empty", ["-object", ""]), ("machine-empty", ["-machine", ""]),
    ("mon-no-chardev", ["-mon", "mode=control"]), ("serial-chardev-missing", ["-serial", "chardev:nosuch"]),
]:
    x("miss-" + name, *args)
# duplicate ids
for name, args in [
    ("netdev", ["-netdev", "user,id=n0", "-netdev", "user,id=n0"]), ("chardev", ["-chardev", "null,id=c", "-chardev", "null,id=c"]),
    ("device", ["-device", "e1000,id=d", "-device", "e1000,id=d"]), ("object", ["-object", "iothread,id=o", "-object", "iothread,id=o"]),
    ("drive", ["-drive", "if=none,id=d", "-drive", "if=none,id=d"]), ("device-cpu-id", ["-smp", "1,maxcpus=2", "-device", "e1000,id=cpu1",
                                                                                        "-device", "qemu64-x86_64-cpu,socket-id=1,core-id=0,thread-id=0,id=cpu1"]),
    ("nic-netdev", ["-netdev", "user,id=hostnet0", "-nic", "user,id=hostnet0"]), ("drive-index", ["-drive", "if=ide,index=0,media=cdrom", "-drive", "if=ide,index=0,media=cdrom"]),
    ("json-device", ["-device", j(driver="e1000", id="n"), "-device", j(driver="rtl8139", id="n")]),
    ("object-vs-memdev", ["-object", "memory-backend-ram,id=mem,size=64M", "-object", j(**{"qom-type": "memory-backend-ram", "id": "mem", "size": 67108864})]),
]:
    x("dup-" + name, *args)
# conflicts
for name, args in [
    ("pci-addr", ["-device", "e1000,addr=5", "-device", "virtio-net-pci,addr=5"]),
    ("pci-addr-default-vga", ["-device", "e1000,addr=2", "-vga", "std"]),
    ("pci-addr-q35-lpc", ["-M", "q35", "-device", "e1000,addr=0x1f"]),
    ("netdev-two-peers", ["-netdev", "user,id=n", "-device", "e1000,netdev=n", "-device", "virtio-net-pci,netdev=n"]),
    ("netdev-no-peer", ["-netdev", "user,id=n"]),
    ("netdev-no-peer-two", ["-netdev", "user,id=b", "-netdev", "user,id=a"]),
    ("drive-no-media-virtio", ["-drive", "if=virtio"]),
    ("drive-no-media-none", ["-drive", "if=none,id=d0", "-device", "virtio-blk-pci,drive=d0"]),
    ("drive-cdrom-on-virtio", ["-drive", "if=virtio,media=cdrom,file=%s,format=raw" % img("install.iso")]),
    ("drive-used-twice", ["-drive", "if=none,id=d0,file=%s,format=raw" % img("disk.raw"), "-device", "virtio-blk-pci,drive=d0",
                          "-device", "ide-hd,drive=d0"]),
    ("bus-usb-none", ["-device", "usb-tablet"]),
    ("bus-pcie-on-pc", ["-device", "virtio-net-pci,bus=pcie.0"]),
    ("bus-pci1-missing", ["-device", "e1000,bus=pci.1"]),
    ("bus-scsi-missing", ["-blockdev", "null-co,node-name=n", "-device", "scsi-hd,drive=n,bus=scsi0.0"]),
    ("bus-ide-out-of-range", ["-blockdev", "null-co,node-name=n", "-device", "ide-hd,drive=n,bus=ide.5"]),
    ("bus-ide-taken", ["-blockdev", "null-co,node-name=a", "-blockdev", "null-co,node-name=b",
                       "-device", "ide-hd,drive=a,bus=ide.0,unit=0", "-device", "ide-hd,drive=b,bus=ide.0,unit=0"]),
    ("bus-virtio-device", ["-device", "virtio-net-device"]),
    ("bus-usb-port-bad", ["-device", "qemu-xhci,id=x", "-device", "usb-tablet,bus=x.0,port=9"]),
    ("bus-root-port-on-pc", ["-device", "pcie-root-port,id=rp"]),
    ("bus-q35-pci-0", ["-M", "q35", "-device", "e1000,bus=pci.0"]),
    ("isa-serial-three", ["-serial", "null", "-serial", "null", "-serial", "null", "-serial", "null", "-serial", "null"]),
    ("nodefaults-usb-kbd", ["-M", "q35", "-device", "usb-kbd"]),
    ("two-vga-isa", ["-device", "isa-vga", "-device", "isa-vga"]),
    ("memory-backend-size-mismatch", ["-m", "1G", "-object", "memory-backend-ram,id=r,size=512M", "-machine", "memory-backend=r"]),
    ("numa-mem-sum", ["-m", "1G", "-object", "memory-backend-ram,id=m0,size=256M", "-numa", "node,memdev=m0"]),
]:
    x("conf-" + name, *args, **({"files": ["disk.raw"]} if "disk.raw" in " ".join(args) else
                                 {"files": ["install.iso"]} if "install.iso" in " ".join(args) else {}))
# JSON syntax errors, and JSON where no JSON is taken
for name, opt, val in [
    ("device-unterminated", "-device", '{"driver":"e1000"'), ("device-bare-key", "-device", '{driver:"e1000"}'),
    ("device-single-quotes", "-device", "{'driver':'e1000','id':'n1'}"), ("device-trailing-comma", "-device", '{"driver":"e1000",}'),
    ("device-array", "-device", '["e1000"]'), ("device-bare-value", "-device", '{"driver":e1000}'), ("device-empty", "-device", "{}"),
    ("device-driver-int", "-device", '{"driver":5}'), ("device-addr-int", "-device", '{"driver":"e1000","addr":3}'),
    ("device-bool-string", "-device", '{"driver":"virtio-net-pci","mq":"on"}'), ("device-null", "-device", '{"driver":"e1000","netdev":null}'),
    ("device-two-objects", "-device", '{"driver":"e1000"}{"driver":"e1000"}'), ("device-space", "-device", ' {"driver":"e1000"}'),
    ("object-no-id", "-object", '{"qom-type":"iothread"}'), ("object-id-int", "-object", '{"qom-type":"iothread","id":1}'),
    ("object-empty", "-object", "{}"), ("object-unterminated-string", "-object", '{"qom-type":"iothread","id":"io'),
    ("object-size-string", "-object", '{"qom-type":"memory-backend-ram","id":"m","size":"64M"}'),
    ("object-unknown-member", "-object", '{"qom-type":"iothread","id":"i","poll-max":1}'),
    ("netdev-hostfwd-string", "-netdev", '{"type":"user","id":"n","hostfwd":"tcp::2222-:22"}'),
    ("netdev-type-bad", "-netdev", '{"type":"nosuch","id":"n"}'), ("netdev-no-type", "-netdev", '{"id":"n"}'),
    ("netdev-garbage", "-netdev", '{"type":"user","id":"n"'), ("blockdev-unterminated", "-blockdev", '{"driver":"null-co"'),
    ("blockdev-size-neg", "-blockdev", '{"driver":"null-co","node-name":"n","size":-1}'),
    ("blockdev-lexer", "-blockdev", '{"driver":"null-co","node-name":"n",@}'),
    ("chardev-json", "-chardev", '{"backend":"null","id":"c0"}'), ("machine-json", "-machine", '{"type":"q35"}'),
    ("accel-json", "-accel", '{"accel":"tcg"}'), ("display-json", "-display", '{"type":"none"}'),
    ("audiodev-json-bad", "-audiodev", '{"id":"a","driver":"nosuch"}'), ("numa-json", "-numa", '{"type":"node","nodeid":0}'),
    ("drive-json", "-drive", '{"if":"none","id":"d0"}'), ("compat-json", "-compat", '{"deprecated-input":"reject"}'),
]:
    x("json-" + name, opt, val)
# help queries with filters
for name, args in [
    ("device-virtio-net", ["-device", "virtio-net-pci,help"]), ("device-usb-tablet", ["-device", "usb-tablet,help"]),
    ("device-scsi-hd", ["-device", "scsi-hd,help"]), ("device-e1000e", ["-device", "e1000e,help"]),
    ("device-nosuch", ["-device", "virtio-nett,help"]), ("device-json-help", ["-device", '{"driver":"help"}']),
    ("object-ram", ["-object", "memory-backend-ram,help"]), ("object-file", ["-object", "memory-backend-file,help"]),
    ("object-help", ["-object", "help"]), ("object-iothread", ["-object", "iothread,help"]),
    ("machine-pc", ["-machine", "pc,help"]), ("machine-q35", ["-machine", "q35,help"]), ("machine-none-help", ["-machine", "help"]),
    ("accel", ["-accel", "help"]), ("accel-tcg-help", ["-accel", "tcg,help"]), ("netdev", ["-netdev", "help"]),
    ("netdev-user-help", ["-netdev", "user,help"]), ("chardev", ["-chardev", "help"]), ("chardev-socket-help", ["-chardev", "socket,help"]),
    ("display", ["-display", "help"]), ("audiodev", ["-audiodev", "help"]), ("cpu-x86", ["-cpu", "help"]),
    ("cpu-question", ["-cpu", "?"]), ("vga", ["-vga", "help"]), ("nic-help", ["-nic", "help"]), ("net-nic-model-help", ["-net", "nic,model=help"]),
    ("boot-help", ["-boot", "help"]), ("smp-help", ["-smp", "help"]), ("m-help", ["-m", "help"]), ("rtc-help", ["-rtc", "help"]),
    ("drive-help", ["-drive", "help"]), ("global-help", ["-global", "help"]), ("numa-help", ["-numa", "help"]),
    ("watchdog-action-help", ["-watchdog-action", "help"]), ("help-after-error", ["-m", "2X", "-device", "help"]),
    ("help-before-error", ["-device", "help", "-foo"]), ("two-helps", ["-cpu", "help", "-machine", "help"]),
]:
    x("help-" + name, *args)
p("help-machine-pseries", "-machine", "pseries,help")
p("help-device-spapr-vlan", "-device", "spapr-vlan,help")
p("help-device-spapr-vscsi", "-device", "spapr-vscsi,help")
p("help-cpu-ppc", "-cpu", "help")
p("help-vga", "-vga", "help")
# which error wins
for name, args in [
    ("m-then-smp", ["-m", "2X", "-smp", "two"]), ("smp-then-m", ["-smp", "two", "-m", "2X"]),
    ("device-then-netdev", ["-device", "nosuch", "-netdev", "nosuch,id=n"]), ("cpu-then-machine", ["-cpu", "nosuch", "-M", "nosuch"]),
    ("drive-then-vga", ["-drive", "if=nosuch", "-vga", "nosuch"]), ("object-then-device", ["-device", "nosuch", "-object", "nosuch,id=o"]),
    ("unknown-after-bad", ["-m", "2X", "-foo"]), ("json-then-typo", ["-device", '{"driver"', "-smpp", "2"]),
    ("chardev-then-netdev-dup", ["-netdev", "user,id=a", "-netdev", "user,id=a", "-chardev", "nosuch,id=c"]),
    ("uuid-then-name", ["-uuid", "bad", "-name", "guest=x,bad=1"]), ("global-then-device", ["-device", "e1000,nosuch=1", "-global", "e1000.other=1"]),
    ("bus-then-peer", ["-netdev", "user,id=n", "-device", "usb-tablet"]), ("two-bad-devices", ["-device", "e1000,addr=0x40", "-device", "nosuch"]),
    ("accel-then-cpu", ["-accel", "nosuch", "-cpu", "nosuch"]), ("numa-then-object", ["-numa", "node,memdev=m", "-object", "memory-backend-ram,id=m"]),
    ("display-then-vga", ["-vga", "nosuch", "-display", "nosuch"]), ("rtc-then-boot", ["-boot", "order=z", "-rtc", "base=x"]),
    ("help-then-missing-arg", ["-device", "e1000,help", "-m"]),
]:
    x("win-" + name, *args)

# ================================================== monitor beyond hotplug ==
x("mon-pc-look", "-M", "pc", "-device", "virtio-net-pci,id=nic1,netdev=u", "-netdev", "user,id=u",
  "-chardev", "null,id=c9", "-device", "isa-serial,chardev=c9", steps=[
      hmp("info version")[0], hmp("info kvm")[0], CHR, NET, PERIPH, qmp("qom-list", path="/machine/peripheral-anon"),
      qmp("query-chardev"), hmp("info qom-tree /machine/peripheral")[0]])
x("mon-device-add-nic", "-M", "q35", "-netdev", "user,id=u1", "-device", "pcie-root-port,id=rp1,chassis=1", steps=[
    {"hmp": "device_add virtio-net-pci,netdev=u1,id=hot1,bus=rp1"}, NET, PCI, {"hmp": "device_add e1000,netdev=u1"},
    {"hmp": "device_del hot1"}, PERIPH])
x("mon-netdev-add", "-M", "pc", steps=[
    {"hmp": "netdev_add user,id=n1"}, NET, {"hmp": "netdev_add user,id=n1"}, {"hmp": "device_add e1000,netdev=n1,id=e1"}, NET,
    {"hmp": "netdev_del n1"}, NET, {"hmp": "netdev_add nosuch,id=n2"}])
x("mon-chardev-add", "-M", "pc", steps=[
    {"hmp": "chardev-add null,id=cx"}, CHR, {"hmp": "chardev-add null,id=cx"}, {"hmp": "chardev-remove cx"},
    {"hmp": "chardev-remove cx"}, CHR])
x("mon-qmp-device-add-json", "-M", "pc", "-netdev", "user,id=n0", steps=[
    qmp("device_add", driver="e1000", netdev="n0", id="e0"), qmp("device_add", driver="e1000", netdev="n0", id="e1"),
    qmp("device_add", driver="e1000", id="e0"), qmp("device_add", driver="nosuch"), QPCI, PERIPH])
x("mon-usb-add", "-M", "pc", "-usb", steps=[
    {"hmp": "device_add usb-tablet,id=t1"}, USB, {"hmp": "device_add usb-kbd,id=t1"}, {"hmp": "device_del t1"}, USB], settle=1.0)
p("mon-pseries-look", "-M", "pseries", "-smp", "1,maxcpus=2", "-netdev", "user,id=u", "-device", "spapr-vlan,netdev=u,id=v0",
  steps=[hmp("info version")[0], NET, PERIPH, HPC, {"hmp": "device_add spapr-vlan,netdev=u"}, {"hmp": "device_del v0"}, PERIPH])
p("mon-pseries-pci-add", "-M", "pseries", "-netdev", "user,id=u", steps=[
    {"hmp": "device_add virtio-net-pci,netdev=u,id=vn"}, PCI, NET, QPCI])


# ==================== measured while fixing the engine (both releases) ====
# -usb's controllers, the input handlers' numbering, the balloon, and more
# of the checks the first failures pointed at.
MICE, QMICE = hmp("info mice")[0], qmp("query-mice")
x("usb-pc-look", "-M", "pc", "-usb", steps=[PCI, USB, QTREE])
x("usb-q35-look", "-M", "q35", "-usb", "-device", "usb-tablet", "-device", "usb-kbd", steps=[PCI, USB, QTREE, MICE, QMICE])
x("usb-machine-prop", "-machine", "pc,usb=on", "-device", "usb-mouse", steps=[USB, MICE])
x("mice-q35-hotplug", "-M", "q35", "-device", "qemu-xhci", "-device", "usb-tablet", "-device", "usb-kbd",
  steps=[MICE, {"hmp": "device_add usb-mouse"}, MICE, QMICE])
p("mice-kbd-tablet", "-M", "pseries", "-device", "qemu-xhci", "-device", "usb-kbd", "-device", "usb-tablet", steps=[MICE])
p("mice-tablet-mouse", "-M", "pseries", "-device", "qemu-xhci", "-device", "usb-tablet", "-device", "usb-mouse", steps=[MICE, QMICE])
x("balloon-qmp", "-m", "512", "-device", "virtio-balloon-pci", steps=[qmp("query-balloon"), hmp("info balloon")[0]])
for name, args in [
    ("hostfwd-bad-port", ["-netdev", "user,id=n0,hostfwd=tcp::x-:22"]), ("hostfwd-bad-proto", ["-netdev", "user,id=n0,hostfwd=sctp::1-:2"]),
    ("hostfwd-guest-port", ["-netdev", "user,id=n0,hostfwd=tcp::%d-:0" % port()]), ("net-mask-dotted", ["-netdev", "user,id=n0,net=10.0.2.0/255.255.255.0"]),
    ("drive-bare-word", ["-drive", "nosuch.img"]), ("drive-cache-none", ["-drive", "if=none,id=d,cache=none"]),
    ("boot-splash-time", ["-boot", "splash-time=x"]), ("boot-menu-strict", ["-boot", "menu=yes,strict=x"]),
    ("rtc-driftfix-bad", ["-rtc", "driftfix=foo"]), ("rtc-date-only", ["-rtc", "base=2006-06-17"]),
    ("msg-guest-name", ["-msg", "guest-name=x,timestamp=x"]), ("mem-backend-match", ["-object", "memory-backend-ram,id=r,size=256M", "-machine", "memory-backend=r"]),
]:
    x("more-" + name, *args)


# ================================================ round 2 (both releases) ====
# The monitor's refusals on non-CPU devices and backends, pseries' buses.
x("r2-mon-refusals", "-M", "q35", "-netdev", "user,id=n0", "-chardev", "null,id=c0", "-device", "isa-serial,chardev=c0,id=s0",
  "-device", "virtio-net-pci,netdev=n0,id=nic0,bus=pcie.0,addr=0x5", steps=[
      {"hmp": "device_add e1000e,netdev=nosuch"}, {"hmp": "device_add e1000e,bus=pcie.0,addr=0x5"},
      {"hmp": "device_add e1000e"}, {"hmp": "device_del nic0"}, {"hmp": "device_del s0"}, {"hmp": "netdev_del n0"},
      {"hmp": "chardev-remove c0"}, {"hmp": "device_del nosuch"}, {"hmp": "device_add nosuch"},
      qmp("device_del", id="nic0"), qmp("netdev_del", id="nosuch"), qmp("chardev-remove", id="c0")])
x("r2-pc-hotplug-nic", "-M", "pc", "-netdev", "user,id=n0", steps=[
    {"hmp": "device_add e1000,netdev=n0,id=hp0"}, PCI, {"hmp": "device_add rtl8139,netdev=n0"}, {"hmp": "device_del hp0"}, PERIPH,
    QPCI])
x("r2-pc-object-add", "-M", "pc", steps=[
    {"hmp": "object_add iothread,id=io9"}, {"hmp": "object_add iothread,id=io9"}, {"hmp": "info iothreads"},
    {"hmp": "object_del io9"}, {"hmp": "object_del io9"}, {"hmp": "object_add nosuch,id=x"}, {"hmp": "object_add memory-backend-ram,id=m"}])
x("r2-drive-add", "-M", "pc", steps=[
    {"hmp": "drive_add 0 if=none,id=d9,driver=null-co"}, {"hmp": "device_add virtio-blk-pci,drive=d9,id=vb9"}, PCI,
    {"hmp": "drive_add 0 if=none,id=d9,driver=null-co"}, {"hmp": "drive_add 0 if=virtio"}, {"hmp": "device_del vb9"}])
p("r2-pseries-vio", "-M", "pseries", "-device", "spapr-vscsi", "-device", "spapr-vscsi", "-device", "spapr-vty,chardev=c",
  "-chardev", "null,id=c", steps=[QTREE, {"hmp": "device_add spapr-vscsi"}])
p("r2-pseries-usb-off", "-M", "pseries,usb=off", "-device", "usb-kbd")
p("r2-pseries-vga", *OWN, "-M", "pseries", "-vga", "std", "-nic", "none", steps=[PCI, USB], base=False)
p("r2-pseries-scsi-cd-empty", "-M", "pseries", "-device", "spapr-vscsi,id=v", "-device", "scsi-cd,bus=v.0,id=cd0", steps=[QTREE])
p("r2-pseries-phb-addr", "-M", "pseries", "-device", "e1000,addr=0x1f", "-device", "e1000,addr=0x20")
p("r2-pseries-numa-cpu", "-M", "pseries", "-smp", "4,cores=2,threads=2", "-object", "memory-backend-ram,id=m0,size=512M",
  "-object", "memory-backend-ram,id=m1,size=512M", "-m", "1G", "-numa", "node,memdev=m0", "-numa", "node,memdev=m1",
  "-numa", "cpu,node-id=1,core-id=0", steps=[HPC, hmp("info numa")[0]])
for name, args in [
    ("device-id-spaces", ["-device", "e1000,id=my nic"]), ("device-bus-typo", ["-device", "e1000,bus=pci"]),
    ("netdev-id-dash", ["-netdev", "user,id=-n"]), ("object-id-dot", ["-object", "iothread,id=io.0"]),
    ("drive-if-virtio-index", ["-drive", "if=virtio,index=1,driver=null-co", "-drive", "if=virtio,index=1,driver=null-co"]),
    ("cdrom-twice", ["-cdrom", "a.iso", "-cdrom", "b.iso"]), ("hda-and-drive-index0", ["-drive", "if=ide,index=0,driver=null-co", "-hda", "x.img"]),
    ("smp-cores-float", ["-smp", "2.5"]), ("m-float", ["-m", "1.5G"]), ("m-k-suffix", ["-m", "131072k"]),
    ("cpu-model-case", ["-cpu", "QEMU64"]), ("machine-case", ["-M", "Q35"]), ("accel-twice", ["-accel", "tcg", "-accel", "tcg"]),
    ("machine-accel-list", ["-machine", "accel=kvm:tcg"]), ("name-empty", ["-name", ""]), ("boot-c-d", ["-boot", "cd"]),
    ("serial-mon-null", ["-serial", "mon:null"]), ("monitor-null", ["-monitor", "null"]), ("parallel-none", ["-parallel", "none"]),
    ("vga-none-device-vga", ["-vga", "none", "-device", "VGA"]), ("global-json", ["-global", '{"driver":"e1000","property":"mac","value":"x"}']),
    ("object-json-array", ["-object", '[{"qom-type":"iothread","id":"a"}]']), ("netdev-json-nested", ["-netdev", '{"type":"user","id":"n","ipv4":"on"}']),
    ("blockdev-json-number-name", ["-blockdev", '{"driver":"null-co","node-name":5}']),
]:
    x("r2-" + name, *args)


# ================================================ round 3 (both releases) ====
# Options and devices blog posts and QEMU's docs use that the first two
# rounds left out: storage controllers (SCSI HBAs, NVMe, AHCI, SD), PCIe
# switches and expanders, firmware flash, debug ports, watchdogs, the
# educational devices, -boot/-action/-name forms, CPU models with flags,
# memory hotplug, and the informational commands a reader tries next.
MTREE_FREE = [hmp(c)[0] for c in ("info status", "info name", "info numa", "info memory-devices")]
x("r3-virtio-scsi-hd", "-device", "virtio-scsi-pci,id=scsi0", "-drive", "file=%s,if=none,id=drive0,format=qcow2" % img("disk.qcow2"),
  "-device", "scsi-hd,drive=drive0,bus=scsi0.0,id=sd0", files=["disk.qcow2"], steps=[PCI, QTREE, PERIPH])
x("r3-lsi-scsi-cd", "-device", "lsi53c895a,id=lsi", "-drive", "file=%s,if=none,id=cd0,format=raw,media=cdrom" % img("install.iso"),
  "-device", "scsi-cd,drive=cd0,bus=lsi.0", files=["install.iso"], steps=[PCI, QTREE])
x("r3-megasas", "-device", "megasas,id=raid", "-device", "scsi-hd,bus=raid.0,drive=d0", "-drive",
  "file=%s,if=none,id=d0,format=raw" % img("disk.raw"), files=["disk.raw"], steps=[PCI])
x("r3-mptsas", "-M", "q35", "-device", "mptsas1068,id=sas", steps=[PCI, QTREE])
x("r3-nvme", "-drive", "file=%s,if=none,id=nvm,format=qcow2" % img("disk.qcow2"), "-device", "nvme,serial=deadbeef,drive=nvm,id=nvme0",
  files=["disk.qcow2"], steps=[PCI, QTREE, PERIPH])
x("r3-nvme-no-serial", "-drive", "file=%s,if=none,id=nvm,format=qcow2" % img("disk.qcow2"), "-device", "nvme,drive=nvm",
  files=["disk.qcow2"])
x("r3-q35-ahci-ide-hd", "-M", "q35", "-drive", "file=%s,if=none,id=d0,format=qcow2" % img("disk.qcow2"),
  "-device", "ide-hd,drive=d0,bus=ide.2,id=disk0", files=["disk.qcow2"], steps=[QTREE, PERIPH])
x("r3-pc-ahci", "-device", "ahci,id=ahci", "-drive", "file=%s,if=none,id=d0,format=raw" % img("disk.raw"),
  "-device", "ide-hd,drive=d0,bus=ahci.0", files=["disk.raw"], steps=[PCI, QTREE])
x("r3-bootindex", "-drive", "file=%s,if=none,id=d0,format=qcow2" % img("disk.qcow2"), "-device", "virtio-blk-pci,drive=d0,bootindex=1",
  "-drive", "file=%s,if=none,id=cd0,format=raw,media=cdrom" % img("install.iso"), "-device", "ide-cd,drive=cd0,bootindex=2",
  files=["disk.qcow2", "install.iso"], steps=[QTREE])
x("r3-bootindex-twice", "-device", "virtio-blk-pci,drive=d0,bootindex=1", "-drive", "if=none,id=d0,driver=null-co",
  "-device", "e1000,bootindex=1")
x("r3-drive-ide-index1", "-drive", "file=%s,if=ide,index=1,media=disk,format=qcow2" % img("disk.qcow2"), files=["disk.qcow2"], steps=[QTREE])
x("r3-sdhci", "-device", "sdhci-pci", "-drive", "file=%s,if=none,id=sd0,format=raw" % img("disk.raw"), "-device", "sd-card,drive=sd0",
  files=["disk.raw"], steps=[PCI, QTREE])
x("r3-usb-storage-xhci", "-device", "qemu-xhci,id=xhci", "-drive", "file=%s,if=none,id=stick,format=raw" % img("vm.img"),
  "-device", "usb-storage,bus=xhci.0,drive=stick,removable=on", files=["vm.img"], steps=[USB, QTREE])
x("r3-usb-kbd-no-bus", "-device", "usb-kbd")
x("r3-e1000e", "-netdev", "user,id=n0", "-device", "e1000e,netdev=n0,mac=52:54:00:ab:cd:ef", steps=[PCI, NET])
x("r3-virtio-net-mq", "-netdev", "user,id=n0", "-device", "virtio-net-pci,netdev=n0,mq=on,vectors=10,id=vn0", steps=[PCI, QTREE])
x("r3-pci-bridge-nic", "-device", "pci-bridge,chassis_nr=1,id=br1", "-netdev", "user,id=n0",
  "-device", "e1000,bus=br1,addr=0x3,netdev=n0,id=e0", steps=[PCI, QPCI])
x("r3-q35-root-port-nic", "-M", "q35", "-device", "pcie-root-port,id=rp1,slot=1,chassis=1", "-netdev", "user,id=n0",
  "-device", "virtio-net-pci,bus=rp1,netdev=n0,id=vn0", steps=[PCI, QTREE])
x("r3-q35-switch", "-M", "q35", "-device", "pcie-root-port,id=rp1,chassis=1,slot=1", "-device", "x3130-upstream,id=up,bus=rp1",
  "-device", "xio3130-downstream,id=dn1,bus=up,chassis=2,slot=0", "-device", "virtio-rng-pci,bus=dn1", steps=[PCI, QTREE])
x("r3-q35-ioh3420", "-M", "q35", "-device", "ioh3420,id=rp,chassis=1", "-device", "virtio-balloon-pci,bus=rp", steps=[PCI])
x("r3-pxb-pcie", "-M", "q35", "-device", "pxb-pcie,bus_nr=128,bus=pcie.0,id=pxb", "-device", "pcie-root-port,bus=pxb,id=rpx,chassis=9",
  steps=[PCI, QTREE])
x("r3-pxb-pc", "-device", "pxb,bus_nr=64,id=pxb1", "-device", "e1000,bus=pxb1,netdev=n0", "-netdev", "user,id=n0", steps=[PCI])
x("r3-edu", "-device", "edu", steps=[PCI, QTREE])
x("r3-edu-q35-hot", "-M", "q35", steps=[{"hmp": "device_add edu,id=edu0"}, PCI, {"hmp": "device_del edu0"}])
x("r3-pci-testdev", "-device", "pci-testdev", steps=[PCI])
x("r3-pvpanic", "-device", "pvpanic", steps=[QTREE])
x("r3-pvpanic-pci-q35", "-M", "q35", "-device", "pvpanic-pci", steps=[PCI])
x("r3-vmcoreinfo", "-device", "vmcoreinfo", steps=[QTREE, PERIPH])
x("r3-vmcoreinfo-twice", "-device", "vmcoreinfo", "-device", "vmcoreinfo")
x("r3-sga", "-device", "sga", "-chardev", "null,id=s", "-serial", "chardev:s", steps=[QTREE])
x("r3-debugcon-file", "-debugcon", "file:/tmp/hotplug-lab-pc-debugcon.log", "-global", "isa-debugcon.iobase=0x402", steps=[QTREE, CHR])
x("r3-isa-debugcon", "-chardev", "file,id=dbg,path=/tmp/hotplug-lab-pc-dbg.log", "-device", "isa-debugcon,iobase=0x402,chardev=dbg",
  steps=[QTREE, CHR])
x("r3-i6300esb", "-device", "i6300esb", "-watchdog-action", "poweroff", steps=[PCI])
x("r3-watchdog-opt", "-watchdog", "i6300esb")
x("r3-ib700", "-device", "ib700", steps=[QTREE])
x("r3-ramfb", "-device", "ramfb")
x("r3-bochs-display", "-device", "bochs-display", steps=[PCI])
x("r3-virtio-gpu", "-device", "virtio-gpu-pci,id=gpu0", steps=[PCI, QTREE])
x("r3-vga-vgamem", "-device", "VGA,vgamem_mb=64", steps=[QTREE])
x("r3-virtio-input", "-device", "virtio-keyboard-pci", "-device", "virtio-tablet-pci", "-device", "virtio-mouse-pci",
  steps=[PCI, hmp("info mice")[0]])
x("r3-intel-iommu", "-M", "q35,kernel-irqchip=split", "-device", "intel-iommu,intremap=on", steps=[QTREE])
x("r3-intel-iommu-pc", "-device", "intel-iommu")
x("r3-ovmf-pflash", "-M", "q35", "-drive", "if=pflash,format=raw,unit=0,file=%s,readonly=on" % img("OVMF_CODE.fd"),
  "-drive", "if=pflash,format=raw,unit=1,file=%s" % img("OVMF_VARS.fd"), files=["OVMF_CODE.fd", "OVMF_VARS.fd"], steps=[QTREE])
x("r3-ovmf-smm", "-M", "q35,smm=on", "-global", "driver=cfi.pflash01,property=secure,value=on",
  "-drive", "if=pflash,format=raw,unit=0,file=%s,readonly=on" % img("OVMF_CODE.fd"), files=["OVMF_CODE.fd"],
  steps=[hmp("info status")[0]])
x("r3-bios-missing", "-bios", "/nonexistent/OVMF.fd")
x("r3-boot-menu", "-boot", "menu=on,splash-time=5000", steps=[hmp("info status")[0]])
x("r3-boot-once", "-boot", "once=d,reboot-timeout=1000")
x("r3-boot-strict", "-boot", "order=nc,strict=on")
x("r3-boot-bad-drive", "-boot", "order=z")
x("r3-action", "-no-reboot", "-action", "panic=pause", steps=[hmp("info status")[0]])
x("r3-action-bad", "-action", "reboot=pause")
x("r3-name-process", "-name", "myvm,process=qemu-myvm,debug-threads=on", steps=[hmp("info name")[0], qmp("query-name")])
x("r3-rtc-localtime", "-rtc", "base=localtime,clock=vm", steps=[hmp("info status")[0]])
x("r3-fw-cfg-string", "-fw_cfg", "name=opt/com.example/blob,string=hello", steps=[QTREE])
x("r3-fw-cfg-bad-name", "-fw_cfg", "name=blob,string=hello")
x("r3-smbios-type1", "-smbios", "type=1,manufacturer=Acme,product=Widget,serial=123,uuid=4d6f2c2a-1d5c-4b8f-9e0f-1c2b3a4d5e6f")
x("r3-cpu-x86-64-v2", "-cpu", "qemu64,+ssse3,+sse4.1,+sse4.2,+popcnt", "-smp", "2", steps=[hmp("info cpus")[0]])
x("r3-cpu-nehalem-aes", "-cpu", "Nehalem,+aes", steps=[HPC])
x("r3-cpu-epyc", "-cpu", "EPYC", "-smp", "2")
x("r3-cpu-host-tcg", "-cpu", "host")
x("r3-cpu-max-q35", "-M", "q35", "-cpu", "max,-svm", "-smp", "4,sockets=1,cores=2,threads=2", steps=[HPC])
x("r3-mem-hotplug", "-m", "1G,slots=2,maxmem=4G", "-object", "memory-backend-ram,id=mem1,size=1G", "-device",
  "pc-dimm,id=dimm1,memdev=mem1", steps=MTREE_FREE + [hmp("info memory_size_summary")[0],
  {"hmp": "object_add memory-backend-ram,id=mem2,size=512M"}, {"hmp": "device_add pc-dimm,id=dimm2,memdev=mem2"},
  hmp("info memory-devices")[0], qmp("query-memory-devices")])
x("r3-mem-hotplug-no-slots", "-m", "1G", "-object", "memory-backend-ram,id=mem1,size=1G", "-device", "pc-dimm,memdev=mem1")
x("r3-balloon-deflate", "-m", "1G", "-device", "virtio-balloon-pci,deflate-on-oom=on,id=bal", steps=[
    hmp("info balloon")[0], {"hmp": "balloon 512"}, hmp("info balloon")[0], QTREE])
x("r3-iothread-blk", "-object", "iothread,id=io1", "-drive", "file=%s,if=none,id=d0,format=qcow2" % img("disk.qcow2"),
  "-device", "virtio-blk-pci,drive=d0,iothread=io1,id=vb0", files=["disk.qcow2"], steps=[PCI, QTREE])
x("r3-iothread-missing", "-device", "virtio-blk-pci,drive=d0,iothread=io9", "-drive", "if=none,id=d0,driver=null-co")
x("r3-virtio-9p", "-fsdev", "local,id=fs0,path=/tmp,security_model=none", "-device", "virtio-9p-pci,fsdev=fs0,mount_tag=hostshare",
  steps=[PCI, QTREE])
x("r3-virtfs", "-virtfs", "local,path=/tmp,mount_tag=host0,security_model=mapped-xattr,id=host0", steps=[PCI])
x("r3-tpm-tis-no-dev", "-device", "tpm-tis")
x("r3-rng-egd-missing", "-chardev", "socket,id=egd,host=127.0.0.1,port=%d" % port(), "-object", "rng-egd,id=r0,chardev=egd")
x("r3-netdev-socket-listen", "-netdev", "socket,id=n1,listen=127.0.0.1:%d" % port(), "-device", "e1000,netdev=n1", steps=[NET])
x("r3-hda-q35", "-M", "q35", "-device", "ich9-intel-hda", "-device", "hda-duplex,audiodev=snd0", "-audiodev", "none,id=snd0",
  steps=[PCI, QTREE])
x("r3-usb-audio", "-device", "qemu-xhci", "-device", "usb-audio,audiodev=a0", "-audiodev", "none,id=a0", steps=[USB])
x("r3-mon-look", "-M", "q35", steps=[hmp(c)[0] for c in (
    "info status", "info roms", "info irq", "info pic", "info tpm", "info vnc", "info spice", "info snapshots",
    "info migrate", "info history", "info cpustats", "info dump", "info vm-generation-id", "info qdm",
    "info replay", "info sev", "info sgx", "info dirty_rate", "info block-jobs", "info balloon")])
p("r3-pseries-vscsi-cd", "-M", "pseries", "-device", "spapr-vscsi,id=vs", "-drive",
  "file=%s,if=none,id=cd0,format=raw,media=cdrom" % img("install.iso"), "-device", "scsi-cd,drive=cd0,bus=vs.0", files=["install.iso"],
  steps=[QTREE, PERIPH])
p("r3-pseries-virtio-scsi", "-M", "pseries", "-device", "virtio-scsi-pci,id=scsi0", "-drive",
  "file=%s,if=none,id=d0,format=qcow2" % img("disk.qcow2"), "-device", "scsi-hd,drive=d0,bus=scsi0.0", files=["disk.qcow2"],
  steps=[PCI, QTREE])
p("r3-pseries-nvram", "-M", "pseries", "-drive", "file=%s,if=none,id=nv,format=raw" % img("disk.raw"), "-device", "spapr-nvram,drive=nv",
  files=["disk.raw"], steps=[QTREE])
p("r3-pseries-ic-dual", "-M", "pseries,ic-mode=dual", steps=[hmp("info pic")[0]])
p("r3-pseries-hpt", "-M", "pseries,cap-hpt-max-page-size=64k", "-cpu", "POWER9", "-smp", "2", steps=[HPC])
p("r3-pseries-vsmt", "-M", "pseries,vsmt=8", "-smp", "4,threads=4")
p("r3-pseries-power8-compat", "-M", "pseries,max-cpu-compat=power8", "-cpu", "POWER9")
p("r3-pseries-usb-storage", "-M", "pseries", "-device", "qemu-xhci,id=x", "-drive", "file=%s,if=none,id=u,format=raw" % img("vm.img"),
  "-device", "usb-storage,drive=u,bus=x.0", files=["vm.img"], steps=[USB])
p("r3-pseries-edu", "-M", "pseries", "-device", "edu", steps=[PCI])
p("r3-pseries-mon-look", "-M", "pseries", steps=[hmp(c)[0] for c in (
    "info status", "info roms", "info irq", "info pic", "info tpm", "info snapshots", "info history", "info qdm",
    "info vm-generation-id", "info balloon")])

# Measured while fixing round 3: a client socket connects as it opens.
P1, P2, P3 = port(), port(), port()
x("r3m-sock-unix-missing", "-chardev", "socket,id=c,path=/tmp/hotplug-lab-pc-nosuch.sock")
x("r3m-sock-reconnect", "-chardev", "socket,id=c,host=127.0.0.1,port=%d,reconnect=1" % P2)
x("r3m-sock-own-server", "-chardev", "socket,id=s,host=127.0.0.1,port=%d,server=on,wait=off" % P3,
  "-chardev", "socket,id=c,host=127.0.0.1,port=%d" % P3)
x("r3m-sock-serial", "-serial", "tcp:127.0.0.1:%d" % port())
x("r3m-sock-chardev-add", "-M", "pc", steps=[{"hmp": "chardev-add socket,id=c2,host=127.0.0.1,port=%d" % port()}, CHR,
  qmp("chardev-add", id="c3", backend={"type": "socket", "data": {"addr": {"type": "inet", "data": {"host": "127.0.0.1", "port": str(port())}}, "server": False}}),
  qmp("chardev-add", id="c4", backend={"type": "socket", "data": {"addr": {"type": "unix", "data": {"path": "/tmp/hotplug-lab-pc-nosuch.sock"}}, "server": False}}),
  CHR])
x("r3m-bootindex-hotplug", "-M", "pc", "-device", "e1000,bootindex=2,id=e0", "-netdev", "user,id=n0", steps=[
  {"hmp": "device_add e1000,netdev=n0,bootindex=2"}, {"hmp": "device_add e1000,netdev=n0,bootindex=-1"},
  {"hmp": "device_add e1000,netdev=n0,bootindex=-1,id=e2"}, {"hmp": "device_del e0"}, {"hmp": "device_add e1000,bootindex=2"}])
x("r3m-mptsas-q35-port", "-M", "q35", "-device", "pcie-root-port,id=rp1,chassis=1", "-device", "mptsas1068,id=sas,bus=rp1",
  "-device", "mptsas1068,id=sas2,addr=0x5.0x3,multifunction=on", steps=[QTREE])
x("r3m-pflash-secure", "-M", "q35,smm=on", "-global", "driver=cfi.pflash01,property=secure,value=on",
  "-drive", "if=pflash,format=raw,unit=0,file=%s,readonly=on" % img("OVMF_CODE.fd"), files=["OVMF_CODE.fd"], steps=[QTREE])
x("r3m-pflash-pc", "-M", "pc", "-drive", "if=pflash,format=raw,file=%s" % img("big.fd"), files=["big.fd"], steps=[QTREE])
x("r3m-pflash-odd", "-M", "q35", "-drive", "if=pflash,format=raw,unit=0,file=%s" % img("odd.fd"), files=["odd.fd"])
x("r3m-pflash-too-big", "-M", "q35", "-drive", "if=pflash,format=raw,unit=0,file=%s" % img("big.fd"),
  "-drive", "if=pflash,format=raw,unit=1,file=%s" % img("OVMF_CODE.fd"), "-drive", "if=pflash,format=raw,unit=2,file=%s" % img("vm.img"),
  files=["big.fd", "OVMF_CODE.fd", "vm.img"])
x("r3m-pflash-max-fw", "-M", "q35,max-fw-size=16M", "-drive", "if=pflash,format=raw,unit=0,file=%s" % img("big.fd"),
  "-drive", "if=pflash,format=raw,unit=1,file=%s" % img("OVMF_CODE.fd"), "-drive", "if=pflash,format=raw,unit=2,file=%s" % img("OVMF_VARS.fd"),
  files=["big.fd", "OVMF_CODE.fd", "OVMF_VARS.fd"], steps=[QTREE])
x("r3m-pflash-unit1-only", "-M", "q35", "-drive", "if=pflash,format=raw,unit=1,file=%s" % img("OVMF_VARS.fd"), files=["OVMF_VARS.fd"],
  steps=[QTREE])
x("r3m-debugcon-twice", "-debugcon", "null", "-debugcon", "null")
x("r3m-debugcon-bad", "-debugcon", "nosuch:x")
x("r3m-debugcon-id-taken", "-device", "isa-debugcon,id=debugcon", "-debugcon", "null")
x("r3m-debugcon-q35", "-M", "q35", "-debugcon", "null", steps=[CHR, PERIPH])
p("r3m-debugcon-pseries", "-M", "pseries", "-debugcon", "null")
x("r3m-virtfs-order", "-device", "e1000,netdev=n0", "-netdev", "user,id=n0", "-virtfs",
  "local,path=/tmp,mount_tag=tag0,security_model=none", "-device", "virtio-rng-pci", steps=[PCI, QTREE])
x("r3m-virtfs-no-tag", "-virtfs", "local,path=/tmp,security_model=none")
x("r3m-virtfs-no-driver", "-virtfs", "path=/tmp,mount_tag=t,security_model=none")
x("r3m-virtfs-twice", "-virtfs", "local,path=/tmp,mount_tag=t,security_model=none", "-virtfs", "local,path=/tmp,mount_tag=t,security_model=none")
x("r3m-virtfs-q35", "-M", "q35", "-virtfs", "local,path=/tmp,mount_tag=host0,security_model=passthrough,id=fs9", steps=[PCI, QTREE])
x("r3m-9p-bad-fsdev", "-device", "virtio-9p-pci,fsdev=nosuch,mount_tag=x")
x("r3m-9p-no-tag", "-fsdev", "local,id=f,path=/tmp,security_model=none", "-device", "virtio-9p-pci,fsdev=f")
x("r3m-9p-hotplug", "-fsdev", "local,id=f,path=/tmp,security_model=none", steps=[
  {"hmp": "device_add virtio-9p-pci,fsdev=f,mount_tag=m,id=p9"}, PCI, {"hmp": "device_del p9"}])
p("r3m-virtfs-pseries", "-M", "pseries", "-virtfs", "local,path=/tmp,mount_tag=host0,security_model=none", steps=[PCI, QTREE])
# Round 3b: more blog lines (aliases, globals, monitors on sockets, TCG
# and CPU options, drive options, pseries bridges).
x("r3b-install-aliases", "-machine", "type=q35,accel=tcg", "-m", "4096", "-smp", "4", "-cpu", "qemu64",
  "-drive", "file=%s,format=qcow2,if=virtio" % img("disk.qcow2"), "-cdrom", img("install.iso"), "-boot", "d", "-vga", "virtio",
  "-device", "virtio-net,netdev=net0", "-netdev", "user,id=net0", files=["disk.qcow2", "install.iso"], steps=[PCI])
x("r3b-virtio-aliases", "-device", "virtio-rng", "-device", "virtio-balloon", "-device", "virtio-serial", "-device",
  "virtio-blk,drive=d0", "-drive", "if=none,id=d0,driver=null-co", steps=[PCI, QTREE])
x("r3b-rng-rate", "-object", "rng-random,filename=/dev/urandom,id=rng0", "-device", "virtio-rng-pci,rng=rng0,max-bytes=1024,period=1000",
  steps=[QTREE])
x("r3b-globals-s3", "-M", "q35", "-global", "ICH9-LPC.disable_s3=1", "-global", "ICH9-LPC.disable_s4=1", steps=[QTREE])
x("r3b-globals-piix-s3", "-global", "PIIX4_PM.disable_s3=1", "-global", "kvm-pit.lost_tick_policy=discard", steps=[QTREE])
x("r3b-vmport-off", "-M", "q35,vmport=off", steps=[QTREE])
x("r3b-serial-file", "-serial", "file:/tmp/hotplug-lab-pc-serial.log", steps=[CHR, QTREE])
x("r3b-chardev-file-serial", "-chardev", "file,id=char0,path=/tmp/hotplug-lab-pc-char0.log", "-serial", "chardev:char0", steps=[CHR])
x("r3b-monitor-unix", "-monitor", "unix:/tmp/hotplug-lab-pc-mon.sock,server,nowait", steps=[CHR])
x("r3b-qmp-unix", "-qmp", "unix:/tmp/hotplug-lab-pc-qmp.sock,server,nowait", steps=[CHR])
x("r3b-qmp-tcp", "-qmp", "tcp:127.0.0.1:%d,server,nowait" % port(), steps=[CHR])
x("r3b-virtio-modern-pc", "-netdev", "user,id=n0", "-device", "virtio-net-pci,netdev=n0,disable-legacy=on,disable-modern=off",
  steps=[PCI])
x("r3b-virtio-modern-q35", "-M", "q35", "-netdev", "user,id=n0", "-device", "virtio-net-pci,netdev=n0,disable-legacy=on", steps=[PCI])
x("r3b-e1000-romfile-empty", "-netdev", "user,id=n0", "-device", "e1000,netdev=n0,romfile=", steps=[PCI])
x("r3b-netdev-missing", "-device", "virtio-net-pci,netdev=n0")
x("r3b-tcg-single", "-accel", "tcg,thread=single", "-smp", "2", steps=[hmp("info status")[0]])
x("r3b-tcg-multi", "-accel", "tcg,thread=multi", "-smp", "4")
x("r3b-tcg-tb-size", "-accel", "tcg,tb-size=512")
x("r3b-icount", "-icount", "shift=7,align=off,sleep=on")
x("r3b-kernel-irqchip-underscore", "-machine", "q35,accel=tcg,kernel_irqchip=off")
x("r3b-cpu-skylake-nohle", "-cpu", "Skylake-Client-v4,-hle,-rtm")
x("r3b-cpu-cascadelake", "-cpu", "Cascadelake-Server")
x("r3b-cpu-epyc-rome", "-cpu", "EPYC-Rome", "-smp", "4,sockets=1,cores=2,threads=2", steps=[HPC])
x("r3b-cpu-avx2", "-cpu", "qemu64,+avx2")
x("r3b-cpu-haswell", "-cpu", "Haswell")
x("r3b-cpu-max-migratable", "-cpu", "max,migratable=no")
x("r3b-aio-native", "-drive", "file=%s,if=virtio,format=qcow2,cache=writeback,discard=unmap,aio=native" % img("disk.qcow2"),
  files=["disk.qcow2"])
x("r3b-blk-scsi-off", "-drive", "file=%s,if=none,id=d0,format=qcow2" % img("disk.qcow2"), "-device", "virtio-blk-pci,drive=d0,scsi=off",
  files=["disk.qcow2"])
x("r3b-blk-write-cache", "-drive", "file=%s,if=none,id=d0,format=qcow2" % img("disk.qcow2"), "-device",
  "virtio-blk-pci,drive=d0,write-cache=on,id=vb", files=["disk.qcow2"], steps=[QTREE])
x("r3b-boot-dc-menu", "-boot", "order=dc,menu=on")
x("r3b-usb-uhci-ehci", "-device", "piix3-usb-uhci,id=uhci", "-device", "ich9-usb-ehci1,id=ehci", "-device", "usb-tablet,bus=ehci.0",
  steps=[USB, PCI])
p("r3b-pseries-power8", "-M", "pseries", "-cpu", "POWER8", "-smp", "2", steps=[HPC])
p("r3b-pseries-6.2", "-M", "pseries-6.2", "-smp", "1,maxcpus=2", steps=[HPC])
p("r3b-pseries-vty", "-M", "pseries", "-chardev", "null,id=c0", "-device", "spapr-vty,chardev=c0", steps=[QTREE, CHR])
p("r3b-pseries-phb1", "-M", "pseries", "-device", "spapr-pci-host-bridge,index=1,id=phb1", "-netdev", "user,id=n0",
  "-device", "virtio-net-pci,bus=phb1.0,netdev=n0", steps=[PCI])
p("r3b-pseries-caps-broken", "-M", "pseries,cap-cfpc=broken,cap-sbbc=broken,cap-ibs=broken,cap-ccf-assist=off")
x("r3m-dashify-irqchip", "-M", "q35,kernel_irqchip=off", steps=[hmp("info status")[0]])
x("r3m-dashify-unknown", "-M", "pc,foo_bar=1")
x("r3m-dashify-dump", "-M", "pc,dump_guest_core=off", steps=[qmp("qom-get", path="/machine", property="dump-guest-core")])
x("r3m-dashify-conflict", "-M", "pc,mem_merge=off,mem-merge=on")
x("r3m-dashify-conflict-two", "-M", "pc,mem_merge=off", "-M", "mem-merge=on")
p("r3m-dashify-pseries", "-M", "pseries,cap_htm=off", steps=[qmp("qom-get", path="/machine", property="cap-htm")])
x("r3m-aio-native-direct", "-drive", "file=%s,if=virtio,format=qcow2,cache=none,aio=native" % img("disk.qcow2"), files=["disk.qcow2"])
x("r3m-aio-native-null", "-drive", "driver=null-co,if=virtio,aio=native")
x("r3m-aio-native-none-id", "-drive", "file=%s,if=none,id=d0,format=raw,aio=native,cache.direct=off" % img("disk.raw"), files=["disk.raw"])
x("r3m-rombar-0", "-netdev", "user,id=n0", "-device", "e1000,netdev=n0,rombar=0", steps=[PCI, QTREE])
x("r3m-romfile-empty-virtio", "-netdev", "user,id=n0", "-device", "virtio-net-pci,netdev=n0,romfile=,id=vn", steps=[QPCI])
x("r3m-pxb-pcie-anon", "-M", "q35", "-device", "pxb-pcie,bus_nr=32", steps=[PCI, QTREE, qmp("qom-get", path="/machine/unattached/device[24]", property="type")])
x("r3m-pxb-pcie-two", "-M", "q35", "-device", "pxb-pcie,bus_nr=32,id=a", "-device", "pxb-pcie,bus_nr=64,id=b",
  "-device", "pcie-root-port,bus=b,id=rb,chassis=3", "-device", "virtio-net-pci,bus=rb,netdev=n0", "-netdev", "user,id=n0",
  steps=[PCI, QPCI, PERIPH])
x("r3m-pxb-pcie-same-nr", "-M", "q35", "-device", "pxb-pcie,bus_nr=32,id=a", "-device", "pxb-pcie,bus_nr=32,id=b")
x("r3m-pxb-pcie-numa", "-M", "q35", "-device", "pxb-pcie,bus_nr=32,id=a,numa_node=1")
x("r3m-pxb-nic-behind", "-device", "pxb,bus_nr=40,id=p0", "-netdev", "user,id=n0", "-device", "e1000,bus=p0,addr=0x1,netdev=n0,id=e9",
  steps=[PCI, QTREE, PERIPH] + [qmp("qom-get", path="/machine/unattached/device[%d]" % n, property="type") for n in (26, 27, 28, 29)])
x("r3m-pxb-no-nr", "-device", "pxb,id=p0")
x("r3m-pxb-hotplug", "-M", "q35", "-device", "pxb-pcie,bus_nr=32,id=a", "-device", "pcie-root-port,bus=a,id=ra,chassis=4", steps=[
  {"hmp": "device_add virtio-rng-pci,bus=ra,id=rng9"}, PCI, {"hmp": "device_add pxb-pcie,bus_nr=50,id=c"}])
# Round 3d: what a reader types in the monitor of a blog machine.
x("r3d-mon-power", "-M", "q35", "-smp", "2", steps=[hmp(c)[0] for c in (
    "info status", "stop", "info status", "cont", "info status", "system_reset", "info status", "system_powerdown",
    "info status")])
x("r3d-mon-snapshots", "-M", "pc", steps=[hmp(c)[0] for c in ("savevm s1", "loadvm s1", "info snapshots", "delvm s1")])
x("r3d-mon-regs", "-M", "pc", steps=[hmp(c)[0] for c in ("info registers", "info tlb", "info mem", "info lapic", "cpu 0", "info cpus")])
x("r3d-mon-regs-smp", "-M", "q35", "-smp", "2", steps=[hmp(c)[0] for c in ("cpu 1", "info registers", "info cpus", "cpu 5")])
x("r3d-mon-input", "-M", "pc", "-usb", "-device", "usb-tablet", steps=[hmp(c)[0] for c in (
    "sendkey ctrl-alt-delete", "mouse_move 10 10", "mouse_button 1", "mouse_set 0", "info mice", "sendkey nosuchkey")])
x("r3d-mon-log", "-M", "pc", steps=[hmp(c)[0] for c in ("log help", "log nosuch", "info trace-events nosuch*", "trace-event nosuch on")])
x("r3d-mon-balloon-none", "-M", "pc", steps=[hmp(c)[0] for c in ("info balloon", "balloon 100")] + [qmp("query-balloon")])
x("r3d-mon-qmp-look", "-M", "q35", "-smp", "2,maxcpus=4", steps=[qmp(c) for c in (
    "query-status", "query-kvm", "query-cpus-fast", "query-hotpluggable-cpus", "query-machines", "query-iothreads",
    "query-memory-devices", "query-acpi-ospm-status", "query-rocker", "query-tpm", "query-vnc", "query-spice",
    "query-display-options", "query-sev", "query-sgx", "query-gic-capabilities", "query-target", "query-vm-generation-id")])
p("r3d-mon-pseries-look", "-M", "pseries", "-smp", "2,maxcpus=4", steps=[qmp(c) for c in (
    "query-status", "query-cpus-fast", "query-hotpluggable-cpus", "query-memory-devices", "query-target", "query-tpm",
    "query-acpi-ospm-status")] + [hmp(c)[0] for c in ("info registers", "info tlb", "info mem", "info irq")])
# libvirt's UEFI lines: the flash as -blockdev nodes the machine's pflash0/1 name.
def lv_flash(unit, file, ro):
    return ["-blockdev", j(driver="file", filename=img(file), **{"node-name": "libvirt-pflash%d-storage" % unit, "auto-read-only": True,
                                                                  "discard": "unmap"}),
            "-blockdev", j(**{"node-name": "libvirt-pflash%d-format" % unit, "read-only": ro, "driver": "raw",
                              "file": "libvirt-pflash%d-storage" % unit})]


x("r3m-lv-uefi", *lv_flash(0, "OVMF_CODE.fd", True), *lv_flash(1, "OVMF_VARS.fd", False),
  "-machine", "pc-q35-7.2,usb=off,vmport=off,smm=on,dump-guest-core=off,pflash0=libvirt-pflash0-format,pflash1=libvirt-pflash1-format",
  "-global", "driver=cfi.pflash01,property=secure,value=on", files=["OVMF_CODE.fd", "OVMF_VARS.fd"],
  steps=[QTREE, BLOCK, qmp("qom-get", path="/machine", property="pflash0"), qmp("qom-list", path="/machine/pflash0")])
x("r3m-lv-uefi-code-only", *lv_flash(0, "OVMF_CODE.fd", True), "-machine", "q35,pflash0=libvirt-pflash0-format",
  files=["OVMF_CODE.fd"], steps=[QTREE])
x("r3m-lv-uefi-pc", *lv_flash(0, "OVMF_CODE.fd", True), "-machine", "pc,pflash0=libvirt-pflash0-format", files=["OVMF_CODE.fd"],
  steps=[QTREE])
x("r3m-lv-uefi-missing-node", "-machine", "q35,pflash0=nosuch")
x("r3m-lv-uefi-vars-only", *lv_flash(1, "OVMF_VARS.fd", False), "-machine", "q35,pflash1=libvirt-pflash1-format", files=["OVMF_VARS.fd"])
x("r3m-lv-uefi-and-drive", *lv_flash(0, "OVMF_CODE.fd", True), "-machine", "q35,pflash0=libvirt-pflash0-format",
  "-drive", "if=pflash,format=raw,unit=0,file=%s" % img("OVMF_VARS.fd"), files=["OVMF_CODE.fd", "OVMF_VARS.fd"])
x("r3m-lv-uefi-odd", *lv_flash(0, "odd.fd", True), "-machine", "q35,pflash0=libvirt-pflash0-format", files=["odd.fd"])
p("r3m-lv-uefi-pseries", "-machine", "pseries,pflash0=x")
x("r3m-pxb-anon", "-device", "pxb,bus_nr=40", "-device", "pxb,bus_nr=50", steps=[QTREE, PERIPH])
x("r3m-sock-reconnect-hmp", "-M", "pc", steps=[{"hmp": "chardev-add socket,id=c2,host=127.0.0.1,port=%d,reconnect=1" % port()}, CHR])

# ================================================ round 4 (both releases) ====
# A fourth outside tester's round: what the first three left out. microvm
# and its virtio-mmio devices, USB hubs and serial adapters with their
# ports, SCSI LUNs and IDE units, -nic models and MACs, socket/stream/dgram
# netdevs that need no network, -boot/-rtc/-k/-msg/-overcommit forms,
# preallocated and file-backed memory, NUMA distances, NVDIMMs, -global on
# more drivers, HDA codecs and other sound cards, rng backends, watchdog
# actions, pvpanic, ISA/PCI serial ports, pseries' VIO devices and machine
# options, and the monitor commands a reader types on those devices.
QGET = lambda path, prop: qmp("qom-get", path=path, property=prop)
MEMDEV, NUMA, MEMDEVS = hmp("info memdev")[0], hmp("info numa")[0], hmp("info memory-devices")[0]
STATUS, PIC = hmp("info status")[0], hmp("info pic")[0]
# microvm: virtio-mmio transports, no PCI unless pcie=on
x("r4-microvm-plain", "-M", "microvm", steps=[QTREE, PCI, CHR])
x("r4-microvm-options", "-M", "microvm,x-option-roms=off,pit=off,pic=off,rtc=off,isa-serial=off", steps=[QTREE])
x("r4-microvm-blk", "-M", "microvm", "-blockdev", "null-co,node-name=d0", "-device", "virtio-blk-device,drive=d0,id=vd0",
  steps=[QTREE, BLOCK, PERIPH])
x("r4-microvm-net", "-M", "microvm", "-netdev", "user,id=n0", "-device", "virtio-net-device,netdev=n0,id=vn0", steps=[NET, QTREE])
x("r4-microvm-rng", "-M", "microvm", "-device", "virtio-rng-device", "-device", "virtio-balloon-device", steps=[QTREE])
x("r4-microvm-pcie", "-M", "microvm,pcie=on", "-netdev", "user,id=n0", "-device", "virtio-net-pci,netdev=n0", steps=[PCI])
x("r4-microvm-no-pci", "-M", "microvm", "-device", "virtio-net-pci")
x("r4-microvm-xhci", "-M", "microvm", "-device", "qemu-xhci")
x("r4-microvm-hotplug", "-M", "microvm", "-netdev", "user,id=n0", steps=[{"hmp": "device_add virtio-net-device,netdev=n0,id=hv"}, QTREE])
# USB: hubs, ports, serial adapters, companions
x("r4-usb-hub", "-device", "qemu-xhci,id=x", "-device", "usb-hub,bus=x.0,port=1,id=hub", "-device", "usb-kbd,bus=x.0,port=1.1",
  "-device", "usb-mouse,bus=x.0,port=1.2", steps=[USB, QTREE])
x("r4-usb-hub-uhci", "-usb", "-device", "usb-hub,id=hub", "-device", "usb-tablet,port=1.3", steps=[USB])
x("r4-usb-serial", "-device", "qemu-xhci", "-chardev", "null,id=c", "-device", "usb-serial,chardev=c,id=us", steps=[USB, CHR, PERIPH])
x("r4-usb-ehci-companions", "-device", "ich9-usb-ehci1,id=ehci,addr=1d.7,multifunction=on",
  "-device", "ich9-usb-uhci1,masterbus=ehci.0,firstport=0,addr=1d.0,multifunction=on",
  "-device", "ich9-usb-uhci2,masterbus=ehci.0,firstport=2,addr=1d.1", "-device", "usb-tablet,bus=ehci.0", steps=[USB, PCI])
x("r4-usb-mouse-kbd", "-usb", "-device", "usb-mouse", "-device", "usb-kbd", steps=[USB, MICE])
x("r4-usb-storage-blockdev", "-device", "usb-ehci,id=e", "-blockdev", "null-co,node-name=u", "-device", "usb-storage,bus=e.0,drive=u,id=stick",
  steps=[USB, BLOCK, QTREE])
x("r4-usb-port-taken", "-device", "qemu-xhci,id=x", "-device", "usb-kbd,bus=x.0,port=1", "-device", "usb-mouse,bus=x.0,port=1")
x("r4-usb-bus-missing", "-device", "qemu-xhci,id=x", "-device", "usb-tablet,bus=nosuch.0")
x("r4-usb-nec-xhci", "-device", "nec-usb-xhci,id=x", "-device", "usb-tablet,bus=x.0", steps=[USB, PCI])
x("r4-usb-qom", "-device", "qemu-xhci,id=x", "-device", "usb-tablet,id=tab,bus=x.0", steps=[QGET("/machine/peripheral/tab", "port"),
  QGET("/machine/peripheral/tab", "usb_version"), USB])
x("r4-usb-hot", "-device", "qemu-xhci,id=x", steps=[{"hmp": "device_add usb-kbd,id=k,bus=x.0"}, USB, {"hmp": "device_add usb-hub,id=h"},
  USB, {"hmp": "device_del k"}, USB], settle=1.0)
# SCSI LUNs, channels and ids; IDE units
x("r4-scsi-luns", "-device", "virtio-scsi-pci,id=s", "-blockdev", "null-co,node-name=a", "-blockdev", "null-co,node-name=b",
  "-device", "scsi-hd,drive=a,bus=s.0,channel=0,scsi-id=1,lun=0,id=l0", "-device", "scsi-hd,drive=b,bus=s.0,scsi-id=1,lun=3,id=l3",
  steps=[QTREE, PERIPH])
x("r4-scsi-cd-empty", "-device", "virtio-scsi-pci,id=s", "-device", "scsi-cd,bus=s.0,id=cd", steps=[BLOCK, QTREE])
x("r4-scsi-id-taken", "-device", "virtio-scsi-pci,id=s", "-blockdev", "null-co,node-name=a", "-blockdev", "null-co,node-name=b",
  "-device", "scsi-hd,drive=a,bus=s.0,scsi-id=2,lun=0", "-device", "scsi-hd,drive=b,bus=s.0,scsi-id=2,lun=0")
x("r4-scsi-lun-too-big", "-device", "virtio-scsi-pci,id=s", "-blockdev", "null-co,node-name=a", "-device", "scsi-hd,drive=a,bus=s.0,lun=20000")
x("r4-lsi-scsi-id-7", "-device", "lsi53c895a,id=l", "-blockdev", "null-co,node-name=a", "-device", "scsi-hd,drive=a,bus=l.0,scsi-id=7")
x("r4-virtio-scsi-iothread", "-object", "iothread,id=io0", "-device", "virtio-scsi-pci,id=s,iothread=io0,num_queues=4",
  "-blockdev", "null-co,node-name=a", "-device", "scsi-hd,drive=a,bus=s.0", steps=[QTREE, hmp("info iothreads")[0]])
x("r4-scsi-hotplug", "-device", "virtio-scsi-pci,id=s", "-blockdev", "null-co,node-name=a", steps=[
  {"hmp": "device_add scsi-hd,drive=a,bus=s.0,id=h,scsi-id=4"}, QTREE, BLOCK, {"hmp": "device_del h"}], settle=1.0)
x("r4-ide-cd-unit1", "-blockdev", "driver=file,filename=%s,node-name=cdf,read-only=on" % img("install.iso"),
  "-device", "ide-cd,drive=cdf,bus=ide.1,unit=1,id=cd1", files=["install.iso"], steps=[QTREE, BLOCK])
x("r4-ide-unit-2", "-blockdev", "null-co,node-name=a", "-device", "ide-hd,drive=a,bus=ide.0,unit=2")
x("r4-ide-cd-empty", "-device", "ide-cd,bus=ide.1,unit=0,id=cd", steps=[BLOCK, QTREE])
x("r4-q35-ide-unit1", "-M", "q35", "-blockdev", "null-co,node-name=a", "-device", "ide-hd,drive=a,bus=ide.0,unit=1")
x("r4-ide-hotplug", "-blockdev", "null-co,node-name=a", steps=[{"hmp": "device_add ide-hd,drive=a,bus=ide.1"}])
x("r4-hdb-hdd", "-hdb", img("vm.img"), "-hdd", img("disk.raw"), files=["vm.img", "disk.raw"], steps=[PCI])
# -nic models and options
for name, val in [("e1000e-mac", "user,model=e1000e,mac=52:54:00:12:34:56"), ("rtl8139", "user,model=rtl8139"),
                  ("ne2k-pci", "user,model=ne2k_pci"), ("vmxnet3", "user,model=vmxnet3"),
                  ("user-opts", "user,model=virtio-net-pci,net=192.168.76.0/24,dhcpstart=192.168.76.9,hostname=guest,"
                                "domainname=lab.local,dns=192.168.76.3"),
                  ("restrict", "user,restrict=on,ipv6=off,model=e1000")]:
    x("r4-nic-" + name, "-nic", val, steps=[PCI])
x("r4-nic-q35-virtio-mac", "-M", "q35", "-nic", "user,model=virtio-net-pci,mac=52:54:00:98:76:54", steps=[PCI, QPCI])
x("r4-nic-two", "-nic", "user,model=e1000", "-nic", "user,model=virtio-net-pci", steps=[PCI])
x("r4-nic-mac-short", "-nic", "user,mac=52:54:00:12:34")
x("r4-nic-dhcpstart-outside", "-nic", "user,net=10.0.2.0/24,dhcpstart=10.0.3.15")
# socket/stream/dgram netdevs that need no network
PS, PD1, PD2, PU1, PU2, PC, PH, PJ = (port() for _ in range(8))
x("r4-netdev-stream-inet", "-netdev", "stream,id=s0,server=on,addr.type=inet,addr.host=127.0.0.1,addr.port=%d" % PS,
  "-device", "virtio-net-pci,netdev=s0", steps=[NET])
x("r4-netdev-stream-unix", "-netdev", "stream,id=s0,server=on,addr.type=unix,addr.path=/tmp/hotplug-lab-pc-r4-stream.sock",
  "-device", "e1000,netdev=s0", steps=[NET])
x("r4-netdev-dgram", "-netdev", "dgram,id=d0,local.type=inet,local.host=127.0.0.1,local.port=%d,remote.type=inet,"
  "remote.host=127.0.0.1,remote.port=%d" % (PD1, PD2), "-device", "e1000,netdev=d0", steps=[NET])
x("r4-netdev-socket-udp", "-netdev", "socket,id=u0,udp=127.0.0.1:%d,localaddr=127.0.0.1:%d" % (PU1, PU2), "-device", "e1000,netdev=u0",
  steps=[NET])
x("r4-netdev-socket-refused", "-netdev", "socket,id=c0,connect=127.0.0.1:%d" % PC, "-device", "e1000,netdev=c0")
x("r4-netdev-hubport", "-netdev", "hubport,id=hp,hubid=1", "-device", "e1000,netdev=hp", steps=[NET])
x("r4-netdev-hostfwd-udp", "-netdev", "user,id=n,hostfwd=udp::%d-:53" % PH, "-device", "e1000,netdev=n", steps=[NET])
x("r4-netdev-stream-json", "-netdev", j(type="stream", id="s", server=True, addr={"type": "inet", "host": "127.0.0.1", "port": str(PJ)}),
  "-device", "virtio-net-pci,netdev=s", steps=[NET])
x("r4-netdev-stream-no-addr", "-netdev", "stream,id=s0,server=on")
# -boot, -rtc, -k, -name, -msg, -overcommit
x("r4-boot-order-menu", "-boot", "order=cdn,menu=on,splash-time=3000", steps=[STATUS])
x("r4-boot-splash-missing", "-boot", "menu=on,splash=/nonexistent/splash.bmp,splash-time=3000")
x("r4-boot-reboot-timeout-big", "-boot", "reboot-timeout=70000")
x("r4-rtc-q35-localtime", "-M", "q35", "-rtc", "base=localtime,driftfix=none", steps=[STATUS])
x("r4-k-de", "-k", "de")
x("r4-name-guest-debug", "-name", "guest=lab4,debug-threads=on", steps=[qmp("query-name")])
x("r4-msg-timestamp", "-msg", "timestamp=on", steps=[STATUS])
x("r4-msg-guest-name-error", "-name", "guest=g1", "-msg", "guest-name=on", "-device", "nosuch")
x("r4-overcommit", "-overcommit", "mem-lock=off,cpu-pm=off", steps=[STATUS])
# memory: prealloc, file backends, NUMA distances, DIMMs and NVDIMMs
x("r4-mem-prealloc", "-m", "128M", "-mem-prealloc", steps=[MEMDEV])
x("r4-mem-file-share-numa", "-m", "128M", "-object", "memory-backend-file,id=mf,size=128M,mem-path=/tmp,share=on",
  "-numa", "node,memdev=mf", steps=[MEMDEV, NUMA])
x("r4-mem-file-hostfs", "-m", "16M", "-object", "memory-backend-file,id=mf,size=16M,mem-path=%s,share=on" % img("vm.img"),
  "-machine", "memory-backend=mf", files=["vm.img"], steps=[MEMDEV])
x("r4-mem-file-missing-dir", "-m", "128M", "-object", "memory-backend-file,id=mf,size=128M,mem-path=/nonexistent/hugepages",
  "-machine", "memory-backend=mf")
x("r4-numa-three-dist", "-m", "3G", "-smp", "3", *[a for n in range(3) for a in ("-object", "memory-backend-ram,id=m%d,size=1G" % n,
  "-numa", "node,nodeid=%d,cpus=%d,memdev=m%d" % (n, n, n))], "-numa", "dist,src=0,dst=1,val=15", "-numa", "dist,src=0,dst=2,val=20",
  "-numa", "dist,src=1,dst=2,val=25", steps=[NUMA])
x("r4-numa-dist-missing", "-m", "3G", "-smp", "3", *[a for n in range(3) for a in ("-object", "memory-backend-ram,id=m%d,size=1G" % n,
  "-numa", "node,nodeid=%d,memdev=m%d" % (n, n))], "-numa", "dist,src=0,dst=1,val=15")
x("r4-numa-dist-local", "-m", "2G", "-object", "memory-backend-ram,id=m0,size=1G", "-object", "memory-backend-ram,id=m1,size=1G",
  "-numa", "node,nodeid=0,memdev=m0", "-numa", "node,nodeid=1,memdev=m1", "-numa", "dist,src=0,dst=0,val=20")
x("r4-numa-memless-node", "-m", "1G", "-smp", "2", "-object", "memory-backend-ram,id=m0,size=1G", "-numa", "node,nodeid=0,cpus=0,memdev=m0",
  "-numa", "node,nodeid=1,cpus=1", steps=[NUMA])
x("r4-dimm-nvdimm", "-M", "pc,nvdimm=on", "-m", "1G,slots=4,maxmem=8G", "-object", "memory-backend-ram,id=m1,size=512M",
  "-device", "pc-dimm,memdev=m1,id=d1", "-object", "memory-backend-file,id=nv,size=256M,mem-path=/tmp,share=on",
  "-device", "nvdimm,memdev=nv,id=nv1", steps=[MEMDEVS, qmp("query-memory-devices")])
x("r4-nvdimm-no-machine-opt", "-m", "1G,slots=2,maxmem=4G", "-object", "memory-backend-ram,id=nv,size=256M", "-device", "nvdimm,memdev=nv")
x("r4-dimm-addr", "-m", "1G,slots=2,maxmem=4G", "-object", "memory-backend-ram,id=m1,size=256M",
  "-device", "pc-dimm,memdev=m1,addr=0x140000000,id=d1", steps=[MEMDEVS])
x("r4-dimm-hot-q35", "-M", "q35", "-m", "512M,slots=2,maxmem=2G", steps=[{"hmp": "object_add memory-backend-ram,id=hm,size=256M"},
  {"hmp": "device_add pc-dimm,memdev=hm,id=hd"}, hmp("info memory_size_summary")[0], MEMDEVS, {"hmp": "device_add pc-dimm,memdev=hm"}])
x("r4-maxmem-less", "-m", "1G,slots=2,maxmem=512M")
# -global on more drivers
x("r4-global-e1000-autoneg", "-global", "e1000.autonegotiation=off", "-netdev", "user,id=n", "-device", "e1000,netdev=n,id=e",
  steps=[QGET("/machine/peripheral/e", "autonegotiation")])
x("r4-global-driver-form", "-global", "driver=virtio-net-pci,property=disable-legacy,value=on", "-netdev", "user,id=n",
  "-device", "virtio-net-pci,netdev=n", steps=[PCI])
x("r4-global-isa-serial", "-global", "isa-serial.iobase=0x2f8", "-chardev", "null,id=c", "-device", "isa-serial,chardev=c,id=s",
  steps=[QGET("/machine/peripheral/s", "iobase"), QTREE])
x("r4-global-mch-tseg", "-M", "q35", "-global", "mch.extended-tseg-mbytes=48", steps=[QGET("/machine/q35/mch", "extended-tseg-mbytes")])
x("r4-global-unknown-driver", "-global", "nosuch-dev.prop=1")
# sound: HDA codecs and other cards on -audiodev none
x("r4-hda-pc", "-audiodev", "none,id=a", "-device", "intel-hda", "-device", "hda-duplex,audiodev=a", steps=[PCI, QTREE])
x("r4-hda-codecs", "-audiodev", "none,id=a", "-device", "ich9-intel-hda,id=hda", "-device", "hda-output,audiodev=a,bus=hda.0",
  "-device", "hda-micro,audiodev=a", steps=[QTREE])
x("r4-ac97", "-audiodev", "none,id=a", "-device", "AC97,audiodev=a", steps=[PCI])
x("r4-hda-no-bus", "-audiodev", "none,id=a", "-device", "hda-duplex,audiodev=a")
x("r4-hda-audiodev-missing", "-device", "ich9-intel-hda", "-device", "hda-duplex,audiodev=nosuch")
# rng backends
x("r4-rng-random-dev-random", "-object", "rng-random,id=r,filename=/dev/random", "-device", "virtio-rng-pci,rng=r,id=rng",
  steps=[QGET("/machine/peripheral/rng", "rng"), qmp("qom-list", path="/objects")])
x("r4-rng-random-missing", "-object", "rng-random,id=r,filename=/nonexistent/random", "-device", "virtio-rng-pci,rng=r")
x("r4-rng-shared-backend", "-object", "rng-builtin,id=r", "-device", "virtio-rng-pci,rng=r", "-device", "virtio-rng-pci,rng=r")
# watchdogs and pvpanic
x("r4-i6300esb-reset", "-device", "i6300esb,id=wd", "-watchdog-action", "reset", steps=[PCI, QTREE])
x("r4-ib700-shutdown", "-device", "ib700", "-watchdog-action", "shutdown", steps=[QTREE])
x("r4-watchdog-inject-nmi", "-watchdog-action", "inject-nmi", "-device", "i6300esb", steps=[{"hmp": "watchdog_action pause"}, STATUS])
x("r4-pvpanic-ioport", "-device", "pvpanic,ioport=0x600,id=pp", steps=[QTREE, QGET("/machine/peripheral/pp", "events")])
# serial ports
x("r4-isa-serial-index", "-chardev", "null,id=c0", "-chardev", "null,id=c1", "-device", "isa-serial,chardev=c0,index=1",
  "-device", "isa-serial,chardev=c1,index=3", steps=[QTREE, CHR])
x("r4-isa-serial-index-big", "-chardev", "null,id=c0", "-device", "isa-serial,chardev=c0,index=5")
x("r4-pci-serial", "-chardev", "null,id=c", "-device", "pci-serial,chardev=c,id=ps", steps=[PCI, QTREE])
x("r4-pci-serial-2x", "-chardev", "null,id=a", "-chardev", "null,id=b", "-device", "pci-serial-2x,chardev1=a,chardev2=b", steps=[PCI])
x("r4-chardev-in-use", "-chardev", "null,id=c", "-device", "isa-serial,chardev=c", "-device", "pci-serial,chardev=c")
x("r4-isa-parallel", "-chardev", "null,id=p", "-device", "isa-parallel,chardev=p", steps=[QTREE, CHR])
# the monitor on those devices
x("r4-mon-qom-nic", "-netdev", "user,id=n0", "-device", "e1000e,netdev=n0,id=nic0,mac=52:54:00:00:00:42", steps=[
  QGET("/machine/peripheral/nic0", "mac"), QGET("/machine/peripheral/nic0", "netdev"), QGET("/machine/peripheral/nic0", "addr"), NET])
x("r4-mon-serial-hot", "-chardev", "null,id=c", "-chardev", "null,id=d", steps=[{"hmp": "device_add pci-serial,chardev=c,id=ps"}, PCI,
  {"hmp": "device_del ps"}, {"hmp": "device_add isa-serial,chardev=d"}, CHR])
x("r4-mon-scsi-cd-hot", "-device", "virtio-scsi-pci,id=s", steps=[{"hmp": "device_add scsi-cd,bus=s.0,id=cd1"}, BLOCK,
  {"hmp": "device_del cd1"}], settle=1.0)
x("r4-mon-rng-hot", "-object", "rng-builtin,id=r", steps=[{"hmp": "device_add virtio-rng-pci,rng=r,id=rg"}, PCI, QPCI,
  {"hmp": "device_add virtio-rng-pci,rng=nosuch"}])
x("r4-mon-hda-hot", "-audiodev", "none,id=a", steps=[{"hmp": "device_add intel-hda,id=hda"}, {"hmp": "device_add hda-duplex,audiodev=a,bus=hda.0"},
  PCI])
x("r4-mon-watchdog-hot", steps=[{"hmp": "device_add i6300esb,id=wd"}, PCI, {"hmp": "device_add ib700"}])
# pseries: VIO devices and machine options
p("r4-spapr-vty-reg", "-M", "pseries", "-chardev", "null,id=c", "-device", "spapr-vty,chardev=c,reg=0x71000010,id=vty", steps=[QTREE, PERIPH])
p("r4-spapr-vty-two", "-M", "pseries", "-chardev", "null,id=a", "-chardev", "null,id=b", "-device", "spapr-vty,chardev=a",
  "-device", "spapr-vty,chardev=b", steps=[CHR, QTREE])
p("r4-spapr-vty-no-chardev", "-M", "pseries", "-device", "spapr-vty")
p("r4-pseries-caps", "-M", "pseries,cap-htm=off,cap-vsx=on,cap-dfp=on,cap-large-decr=off", steps=[QGET("/machine", "cap-htm"),
  QGET("/machine", "cap-large-decr")])
p("r4-pseries-resize-hpt", "-M", "pseries,resize-hpt=disabled", steps=[QGET("/machine", "resize-hpt")])
p("r4-pseries-ic-xive", "-M", "pseries,ic-mode=xive", "-cpu", "POWER9", steps=[QGET("/machine", "ic-mode")])
p("r4-pseries-compat-power9", "-M", "pseries,max-cpu-compat=power9", "-cpu", "POWER10", steps=[HPC, QGET("/machine", "max-cpu-compat")])
p("r4-pseries-compat-bad", "-M", "pseries,max-cpu-compat=power5")
p("r4-pseries-vsmt-bad", "-M", "pseries,vsmt=3", "-smp", "2,threads=2")
p("r4-pseries-vty-hot", "-M", "pseries", "-chardev", "null,id=c", steps=[{"hmp": "device_add spapr-vty,chardev=c,id=v"}])
p("r4-pseries-vlan-mac", "-M", "pseries", "-netdev", "user,id=n", "-device", "spapr-vlan,netdev=n,mac=52:54:00:01:02:03,id=v",
  steps=[NET, QGET("/machine/peripheral/v", "mac")])
p("r4-pseries-usb-hub", "-M", "pseries", "-device", "qemu-xhci,id=x", "-device", "usb-hub,bus=x.0", "-device", "usb-kbd,bus=x.0,port=1.1",
  steps=[USB])
p("r4-pseries-pci-serial", "-M", "pseries", "-chardev", "null,id=c", "-device", "pci-serial,chardev=c", steps=[PCI])
p("r4-pseries-vscsi-lun", "-M", "pseries", "-device", "spapr-vscsi,id=v", "-blockdev", "null-co,node-name=a",
  "-device", "scsi-hd,drive=a,bus=v.0,scsi-id=2,lun=1", steps=[QTREE])
p("r4-pseries-rng-random", "-M", "pseries", "-object", "rng-random,id=r,filename=/dev/urandom", "-device", "spapr-rng,rng=r,use-kvm=off",
  steps=[QTREE])
p("r4-pseries-dimm", "-M", "pseries", "-m", "1G,slots=2,maxmem=4G", "-object", "memory-backend-ram,id=m,size=256M",
  "-device", "pc-dimm,memdev=m,id=d", steps=[MEMDEVS])
p("r4-pseries-scsi-iothread", "-M", "pseries", "-object", "iothread,id=io", "-device", "virtio-scsi-pci,id=s,iothread=io",
  "-blockdev", "null-co,node-name=a", "-device", "scsi-hd,drive=a,bus=s.0", steps=[PCI, QTREE])

# Measured while fixing round 4: object links, NVDIMM labels, -msg
# guest-name's reach, a parallel port's -global.
x("r4m-link-iothread", "-object", "iothread,id=io", "-device", "virtio-scsi-pci,id=s,iothread=io", "-blockdev", "null-co,node-name=n",
  "-device", "virtio-blk-pci,drive=n,id=b,iothread=io", "-device", "virtio-scsi-pci,id=s2",
  steps=[QGET("/machine/peripheral/s", "iothread"), QGET("/machine/peripheral/b", "iothread"), QGET("/machine/peripheral/s2", "iothread")])
x("r4m-link-rng-default", "-device", "virtio-rng-pci,id=rng", steps=[QGET("/machine/peripheral/rng", "rng")])
x("r4m-nvdimm-label", "-M", "pc,nvdimm=on", "-m", "1G,slots=2,maxmem=4G", "-object",
  "memory-backend-file,id=nv,size=256M,mem-path=/tmp,share=on", "-device", "nvdimm,memdev=nv,id=n,label-size=128K", steps=[MEMDEVS])
x("r4m-msg-guest-name-warning", "-name", "guest=g1", "-msg", "guest-name=on", "-netdev", "user,id=n0")
x("r4m-msg-guest-name-smp", "-name", "guest=g1", "-msg", "guest-name=on", "-smp", "two")
x("r4m-isa-parallel-global", "-global", "isa-parallel.iobase=0x278", "-chardev", "null,id=p", "-device", "isa-parallel,chardev=p",
  steps=[QTREE])
x("r4m-microvm-bus-named", "-M", "microvm", "-device", "virtio-net-device,bus=nosuch")

# Round 4c (both releases): -cpu lines with VMX and other MSR-word flags, as
# libvirt's host-model lines on Intel hosts write them (vmx=on and the VMX
# capabilities), and the same flags without what their words need; QOM
# reads of a flag back.
HOSTMODEL = ("Skylake-Client-IBRS,ss=on,vmx=on,pdcm=on,hypervisor=on,tsc-adjust=on,clflushopt=on,umip=on,md-clear=on,"
             "stibp=on,arch-capabilities=on,ssbd=on,xsaves=on,pdpe1gb=on,ibpb=on,ibrs=on,amd-stibp=on,amd-ssbd=on,rsba=on,"
             "skip-l1dfl-vmentry=on,pschange-mc-no=on,vmx-activity-hlt=on,vmx-cr8-load-exit=on,vmx-secondary-ctls=on,"
             "vmx-ept=on,vmx-vpid=on,vmx-unrestricted-guest=on,vmx-rdrand-exit=on,vmx-invvpid=on,vmx-ept-2mb=on,"
             "vmx-vmfunc=on,vmx-eptp-switching=on,vmx-xsaves=on,vmx-rdseed-exit=on")
x("r4c-cpu-hostmodel-vmx", "-cpu", HOSTMODEL, "-smp", "2")
x("r4c-cpu-skylake-vmx", "-cpu", "Skylake-Client-IBRS,vmx=on")
x("r4c-cpu-cascadelake-vmx", "-M", "q35", "-cpu", "Cascadelake-Server,vmx=on")
x("r4c-cpu-nehalem-vmx-no-secondary", "-cpu", "Nehalem,vmx=on,vmx-secondary-ctls=off")
x("r4c-cpu-skylake-vmx-no-ept", "-cpu", "Skylake-Client-IBRS,vmx=on,vmx-ept=off,vmx-exit-ack-intr=off")
x("r4c-cpu-skylake-vmx-no-vpid", "-cpu", "Skylake-Client-IBRS,vmx=on,vmx-vpid=off,vmx-vmfunc=off")
x("r4c-cpu-vmx-flags-without-vmx", "-cpu", "qemu64,+vmx-exit-nosave-debugctl,+arch-capabilities,+pdcm,+rdctl-no")
x("r4c-cpu-vmx-chain", "-cpu", "qemu64,+vmx-secondary-ctls,+vmx-ept,+vmx-invvpid,+vmx-ept-1gb")
x("r4c-cpu-msr-words-order", "-cpu", "Skylake-Client,-vmx,+ibrs-all,+split-lock-detect,+full-width-write,+vmx-exit-ack-intr,"
  "+vmx-apicv-register,+intel-pt-lip,+vmx-ept-1gb,+vmx-invvpid,+vmx-eptp-switching,+lbrv")
x("r4c-cpu-vmx-half-cleared", "-cpu", "qemu64,+vmx,+vmx-secondary-ctls,+vmx-ept,+vmx-invept-single-context,+ibrs-all,+vmx-ins-outs,+vmx-activity-hlt")
x("r4c-cpu-epyc-vmx", "-cpu", "EPYC,vmx=on")
x("r4c-cpu-vmx-qom", "-cpu", "Skylake-Client-IBRS,vmx=on,vmx-ept=off",
  steps=[QGET("/machine/unattached/device[0]", "vmx"), QGET("/machine/unattached/device[0]", "vmx-ept"),
         QGET("/machine/unattached/device[0]", "vmx-vpid")])

# ================================================ round 5 (both releases) ====
# A fifth outside tester's round: what the first four left out. The lines
# recent libvirt (9.x/10.x) writes for q35, pc and pseries (-machine with
# memory-backend= and hpet=, -overcommit, -smp with dies/clusters, a secret
# master key, file+qcow2 -blockdev chains, JSON -device with bus/addr, the
# QMP -mon on a socket path instead of an fd, -rtc driftfix, -sandbox, -msg
# timestamp, virtio-serial channels, a balloon with free-page-reporting,
# rng-random); blog lines (USB input, display devices, HDA on -audiodev
# none, a TPM whose emulator socket is missing, SMBIOS tables of every type
# and their errors, -fw_cfg files, -acpitable, intel-iommu's and
# virtio-iommu's checks, kernel-irqchip=split, older CPU models with
# host-model flags, DIMMs); common mistakes (typos, missing values, the
# wrong machine for a device, a bus that does not exist, bad ids, a
# property or an option given twice, unknown machine properties); and the
# monitor commands a reader types next. Left out as host-dependent:
# usb-host (what it finds follows the host's USB) and vhost-vsock (needs
# /dev/vhost-vsock).
def lv10_head(machine, ram, sock, smp="2,sockets=2,dies=1,cores=1,threads=1", mem=1073741824):
    return ["-name", "guest=lab10,debug-threads=on",
            "-object", j(**{"qom-type": "secret", "id": "masterKey0", "format": "raw", "file": img("master-key.aes")}),
            "-machine", machine, "-accel", "tcg", "-m", "size=%dk" % (mem >> 10),
            "-object", j(**{"qom-type": "memory-backend-ram", "id": ram, "size": mem}),
            "-overcommit", "mem-lock=off", "-smp", smp, "-uuid", "3f2a8c1e-5b7d-4e9f-8a6c-1d2e3f4a5b6c",
            "-no-user-config", "-nodefaults",
            "-chardev", "socket,id=charmonitor,path=/tmp/hotplug-lab-pc-%s.monitor,server=on,wait=off" % sock,
            "-mon", "chardev=charmonitor,id=monitor,mode=control"]


def lv10_disk(n, file, fmt="qcow2"):
    return ["-blockdev", j(driver="file", filename=img(file), **{"node-name": "libvirt-%d-storage" % n, "auto-read-only": True,
                                                                  "discard": "unmap"}),
            "-blockdev", j(**{"node-name": "libvirt-%d-format" % n, "read-only": False, "discard": "unmap", "driver": fmt,
                              "file": "libvirt-%d-storage" % n}, **({"backing": None} if fmt == "qcow2" else {}))]


SANDBOX = ["-sandbox", "on,obsolete=deny,elevateprivileges=deny,spawn=deny,resourcecontrol=deny"]
RP = lambda port, chassis, addr, **k: j(driver="pcie-root-port", port=port, chassis=chassis, id="pci.%d" % chassis, bus="pcie.0",
                                        addr=addr, **k)
for m in ["pc-q35-7.2", "pc-q35-7.1"]:
    x("r5-lv10-" + m, *lv10_head(m + ",usb=off,vmport=off,smm=on,dump-guest-core=off,memory-backend=pc.ram", "pc.ram", "r5-" + m),
      "-rtc", "base=utc,driftfix=slew", "-global", "kvm-pit.lost_tick_policy=delay", "-no-hpet", "-no-shutdown",
      "-global", "ICH9-LPC.disable_s3=1", "-global", "ICH9-LPC.disable_s4=1", "-boot", "strict=on",
      "-device", RP(16, 1, "0x2", multifunction=True), "-device", RP(17, 2, "0x2.0x1"), "-device", RP(18, 3, "0x2.0x2"),
      "-device", RP(19, 4, "0x2.0x3"), "-device", RP(20, 5, "0x2.0x4"), "-device", RP(21, 6, "0x2.0x5"),
      "-device", j(driver="qemu-xhci", p2=15, p3=15, id="usb", bus="pci.2", addr="0x0"),
      "-device", j(driver="virtio-serial-pci", id="virtio-serial0", bus="pci.3", addr="0x0"),
      *lv10_disk(1, "disk.qcow2"),
      "-device", j(driver="virtio-blk-pci", bus="pci.4", addr="0x0", drive="libvirt-1-format", id="virtio-disk0", bootindex=1),
      "-netdev", j(type="user", id="hostnet0"),
      "-device", j(driver="virtio-net-pci", netdev="hostnet0", id="net0", mac="52:54:00:5e:10:01", bus="pci.1", addr="0x0"),
      "-chardev", "null,id=charserial0", "-device", j(driver="isa-serial", chardev="charserial0", id="serial0", index=0),
      "-chardev", "socket,id=charchannel0,path=/tmp/hotplug-lab-pc-r5-%s.agent,server=on,wait=off" % m,
      "-device", j(driver="virtserialport", bus="virtio-serial0.0", nr=1, chardev="charchannel0", id="channel0",
                   name="org.qemu.guest_agent.0"),
      "-device", j(driver="usb-tablet", id="input0", bus="usb.0", port="1"),
      "-audiodev", j(id="audio1", driver="none"),
      "-device", j(driver="VGA", id="video0", vgamem_mb=16, bus="pcie.0", addr="0x1"),
      "-global", "ICH9-LPC.noreboot=off", "-watchdog-action", "reset",
      "-device", j(driver="virtio-balloon-pci", id="balloon0", bus="pci.5", addr="0x0", **{"free-page-reporting": True}),
      "-object", j(**{"qom-type": "rng-random", "id": "objrng0", "filename": "/dev/urandom"}),
      "-device", j(driver="virtio-rng-pci", rng="objrng0", id="rng0", bus="pci.6", addr="0x0"),
      *SANDBOX, "-msg", "timestamp=on", files=["disk.qcow2", "master-key.aes"],
      steps=[PCI, QTREE, BLOCK, NET, CHR, USB, PERIPH, HPC, QPCI])
x("r5-lv10-q35-hpet-prop", *lv10_head("pc-q35-7.2,usb=off,dump-guest-core=off,memory-backend=pc.ram,hpet=off,acpi=on", "pc.ram",
                                      "r5-hpet"), "-rtc", "base=utc", files=["master-key.aes"], steps=[QTREE])
x("r5-lv10-q35-clusters", *lv10_head("pc-q35-7.2,memory-backend=pc.ram", "pc.ram", "r5-clusters",
                                     smp="4,sockets=2,dies=1,clusters=1,cores=2,threads=1"), files=["master-key.aes"], steps=[HPC])
x("r5-lv10-q35-clusters-2", "-M", "q35", "-smp", "4,sockets=1,dies=1,clusters=2,cores=2,threads=1")
x("r5-lv10-q35-dies-2", "-M", "q35", "-smp", "8,sockets=2,dies=2,cores=2,threads=1", steps=[HPC])
x("r5-lv10-pc", *lv10_head("pc-i440fx-7.2,usb=off,vmport=off,dump-guest-core=off,memory-backend=pc.ram", "pc.ram", "r5-pc",
                           smp="1,maxcpus=4,sockets=4,dies=1,cores=1,threads=1", mem=536870912),
  "-rtc", "base=utc,driftfix=slew", "-global", "kvm-pit.lost_tick_policy=delay", "-no-hpet", "-no-shutdown",
  "-global", "PIIX4_PM.disable_s3=1", "-global", "PIIX4_PM.disable_s4=1", "-boot", "strict=on",
  "-device", j(driver="piix3-usb-uhci", id="usb", bus="pci.0", addr="0x1.0x2"),
  "-device", j(driver="virtio-serial-pci", id="virtio-serial0", bus="pci.0", addr="0x4"),
  *lv10_disk(2, "vm.img", "raw"),
  "-device", j(driver="ide-hd", bus="ide.0", unit=0, drive="libvirt-2-format", id="ide0-0-0", bootindex=1),
  "-device", j(driver="ide-cd", bus="ide.0", unit=1, id="ide0-0-1"),
  "-netdev", j(type="user", id="hostnet0"),
  "-device", j(driver="e1000", netdev="hostnet0", id="net0", mac="52:54:00:5e:10:02", bus="pci.0", addr="0x3"),
  "-device", j(driver="usb-tablet", id="input0", bus="usb.0", port="1"),
  "-device", j(driver="cirrus-vga", id="video0", bus="pci.0", addr="0x2"),
  "-device", j(driver="virtio-balloon-pci", id="balloon0", bus="pci.0", addr="0x5"),
  "-device", j(driver="pvpanic", id="panic0", ioport=1285), "-device", j(driver="vmcoreinfo"),
  *SANDBOX, "-msg", "timestamp=on", files=["vm.img", "master-key.aes"],
  steps=[PCI, BLOCK, USB, NET, CHR, PERIPH, HPC, QTREE])
for m in ["pseries-7.2", "pseries-6.2"]:
    p("r5-lv10-" + m, *lv10_head(m + ",usb=off,dump-guest-core=off,memory-backend=ppc_spapr.ram", "ppc_spapr.ram", "r5-" + m,
                                 smp="2,maxcpus=4,sockets=4,dies=1,cores=1,threads=1"),
      "-cpu", "POWER9", "-rtc", "base=utc", "-no-shutdown", "-boot", "strict=on",
      "-device", j(driver="qemu-xhci", p2=15, p3=15, id="usb", bus="pci.0", addr="0x2"),
      "-device", j(driver="virtio-scsi-pci", id="scsi0", bus="pci.0", addr="0x3"),
      "-device", j(driver="virtio-serial-pci", id="virtio-serial0", bus="pci.0", addr="0x4"),
      *lv10_disk(1, "disk.qcow2"),
      "-device", j(driver="scsi-hd", bus="scsi0.0", channel=0, **{"scsi-id": 0}, lun=0, device_id="drive-scsi0-0-0-0",
                   drive="libvirt-1-format", id="scsi0-0-0-0", bootindex=1),
      "-netdev", j(type="user", id="hostnet0"),
      "-device", j(driver="virtio-net-pci", netdev="hostnet0", id="net0", mac="52:54:00:5e:10:03", bus="pci.0", addr="0x1"),
      "-chardev", "null,id=charserial0", "-device", j(driver="spapr-vty", chardev="charserial0", id="serial0", reg=0x30000000),
      "-chardev", "socket,id=charchannel0,path=/tmp/hotplug-lab-pc-r5-%s.agent,server=on,wait=off" % m,
      "-device", j(driver="virtserialport", bus="virtio-serial0.0", nr=1, chardev="charchannel0", id="channel0",
                   name="org.qemu.guest_agent.0"),
      "-device", j(driver="usb-kbd", id="input0", bus="usb.0", port="1"),
      "-device", j(driver="usb-mouse", id="input1", bus="usb.0", port="2"),
      "-device", j(driver="VGA", id="video0", vgamem_mb=16, bus="pci.0", addr="0x7"),
      "-device", j(driver="virtio-balloon-pci", id="balloon0", bus="pci.0", addr="0x5", **{"free-page-reporting": True}),
      "-object", j(**{"qom-type": "rng-random", "id": "objrng0", "filename": "/dev/urandom"}),
      "-device", j(driver="virtio-rng-pci", rng="objrng0", id="rng0", bus="pci.0", addr="0x6"),
      *SANDBOX, files=["disk.qcow2", "master-key.aes"],  # no -msg timestamp=on: TCG's cap-* warnings would carry the time
      steps=[PCI, QTREE, BLOCK, NET, CHR, USB, PERIPH, HPC])
p("r5-lv10-pseries-dies-2", "-M", "pseries", "-smp", "4,sockets=1,dies=2,cores=2,threads=1")
p("r5-lv10-pseries-clusters-1", "-M", "pseries", "-smp", "2,sockets=2,dies=1,clusters=1,cores=1,threads=1", steps=[HPC])
# libvirt pieces, one at a time
x("r5-lv-secret-file-missing", "-object", j(**{"qom-type": "secret", "id": "masterKey0", "format": "raw",
                                              "file": "/var/lib/libvirt/qemu/domain-1-lab/master-key.aes"}))
x("r5-lv-secret-data", "-object", "secret,id=sec0,data=letmein", steps=[qmp("qom-list", path="/objects")])
x("r5-lv-secret-base64-bad", "-object", "secret,id=sec0,data=not*base64,format=base64")
x("r5-lv-secret-none", "-object", "secret,id=sec0")
x("r5-lv-secret-both", "-object", "secret,id=sec0,data=x,file=%s" % img("master-key.aes"), files=["master-key.aes"])
x("r5-lv-qcow2-chain", *lv10_disk(1, "data.qcow2"), "-device", "virtio-blk-pci,drive=libvirt-1-format,id=vd0", files=["data.qcow2"],
  steps=[BLOCK, qmp("query-named-block-nodes", flat=True), PCI])
x("r5-lv-qcow2-on-raw-file", *lv10_disk(1, "disk.raw"), files=["disk.raw"])
x("r5-lv-raw-on-qcow2", *lv10_disk(1, "disk.qcow2", "raw"), "-device", "virtio-blk-pci,drive=libvirt-1-format", files=["disk.qcow2"],
  steps=[BLOCK])
x("r5-lv-blockdev-node-twice", *lv10_disk(1, "disk.qcow2"), "-device", "virtio-blk-pci,drive=libvirt-1-format",
  "-device", "virtio-blk-pci,drive=libvirt-1-format", files=["disk.qcow2"])
x("r5-lv-blockdev-file-missing", "-blockdev", j(driver="file", filename="/var/lib/libvirt/images/nosuch.qcow2",
                                               **{"node-name": "libvirt-1-storage", "auto-read-only": True}))
x("r5-lv-blockdev-storage-dangling", "-blockdev", j(**{"node-name": "libvirt-1-format", "driver": "qcow2", "file": "libvirt-1-storage"}))
x("r5-lv-mon-control", "-chardev", "socket,id=charmonitor,path=/tmp/hotplug-lab-pc-r5-mon.sock,server=on,wait=off",
  "-mon", "chardev=charmonitor,id=monitor,mode=control", steps=[CHR, qmp("query-chardev")])
x("r5-lv-mon-fd", "-chardev", "socket,id=charmonitor,fd=33,server=on,wait=off", "-mon", "chardev=charmonitor,id=monitor,mode=control")
x("r5-lv-mon-bad-mode", "-chardev", "null,id=c", "-mon", "chardev=c,mode=qmp")
x("r5-lv-overcommit-on", "-overcommit", "mem-lock=on")
x("r5-lv-overcommit-cpu-pm", "-overcommit", "cpu-pm=on", steps=[STATUS])
x("r5-lv-rtc-slew-q35", "-M", "q35", "-rtc", "base=utc,driftfix=slew", "-global", "kvm-pit.lost_tick_policy=delay", steps=[QTREE])
x("r5-lv-sandbox-on", "-sandbox", "on", steps=[STATUS])
x("r5-lv-sandbox-bad", "-sandbox", "on,spawn=maybe")
x("r5-lv-sandbox-unknown", "-sandbox", "on,nosuch=deny")
x("r5-lv-sandbox-off", "-sandbox", "off,obsolete=allow")
x("r5-lv-msg-timestamp-clean", "-msg", "timestamp=on", "-name", "guest=t,debug-threads=on", steps=[qmp("query-name")])
x("r5-lv-virtserialport-two", "-device", "virtio-serial-pci,id=vs0", "-chardev", "null,id=a", "-chardev", "null,id=b",
  "-device", "virtserialport,bus=vs0.0,nr=1,chardev=a,name=org.qemu.guest_agent.0,id=ch0",
  "-device", "virtserialport,bus=vs0.0,nr=2,chardev=b,name=com.redhat.spice.0,id=ch1", steps=[QTREE, CHR, PERIPH])
x("r5-lv-virtserialport-nr-taken", "-device", "virtio-serial-pci,id=vs0", "-chardev", "null,id=a", "-chardev", "null,id=b",
  "-device", "virtserialport,bus=vs0.0,nr=1,chardev=a", "-device", "virtserialport,bus=vs0.0,nr=1,chardev=b")
x("r5-lv-virtserialport-name-taken", "-device", "virtio-serial-pci,id=vs0", "-chardev", "null,id=a", "-chardev", "null,id=b",
  "-device", "virtserialport,chardev=a,name=org.qemu.guest_agent.0", "-device", "virtserialport,chardev=b,name=org.qemu.guest_agent.0")
x("r5-lv-virtserialport-no-bus", "-chardev", "null,id=a", "-device", "virtserialport,bus=virtio-serial0.0,chardev=a")
x("r5-lv-virtserialport-nr-0", "-device", "virtio-serial-pci,id=vs0", "-chardev", "null,id=a", "-device", "virtserialport,bus=vs0.0,nr=0,chardev=a")
x("r5-lv-balloon-fpr", "-device", "virtio-balloon-pci,id=balloon0,free-page-reporting=on,deflate-on-oom=on", steps=[
  QGET("/machine/peripheral/balloon0", "free-page-reporting"), hmp("info balloon")[0], QPCI])
x("r5-lv-balloon-fpr-json-string", "-device", '{"driver":"virtio-balloon-pci","id":"b","free-page-reporting":"on"}')
x("r5-lv-pvpanic-json", "-device", j(driver="pvpanic", id="panic0", ioport=1285), steps=[QTREE, PERIPH])
x("r5-lv-pvpanic-q35-pci", "-M", "q35", "-device", j(driver="pvpanic-pci", id="panic0", bus="pcie.0", addr="0x7"), steps=[PCI])
x("r5-lv-json-bus-missing", "-device", j(driver="virtio-net-pci", id="net0", bus="pci.1", addr="0x0"))
x("r5-lv-json-addr-taken", "-M", "q35", "-device", j(driver="virtio-rng-pci", id="r1", bus="pcie.0", addr="0x3"),
  "-device", j(driver="virtio-rng-pci", id="r2", bus="pcie.0", addr="0x3"))
x("r5-lv-json-port-dup", "-M", "q35", "-device", RP(16, 1, "0x2"), "-device", j(driver="pcie-root-port", port=16, chassis=1, id="pci.2",
                                                                           bus="pcie.0", addr="0x3"), steps=[PCI])
x("r5-lv-json-mac-bad", "-netdev", j(type="user", id="hostnet0"), "-device", j(driver="e1000", netdev="hostnet0", mac="52:54:00:5e:10"))
# blog lines: input, displays, audio, TPM
x("r5-xhci-usb-input-q35", "-M", "q35", "-device", "qemu-xhci,id=xhci", "-device", "usb-kbd", "-device", "usb-mouse",
  "-device", "usb-tablet", steps=[USB, MICE, QMICE, PERIPH])
x("r5-virtio-input-q35", "-M", "q35", "-device", "virtio-keyboard-pci,id=kbd", "-device", "virtio-tablet-pci,id=tab",
  steps=[PCI, MICE, QPCI])
x("r5-virtio-gpu-vga-none", *OWN, "-vga", "none", "-device", "virtio-gpu-pci", "-nic", "none", base=False, steps=[PCI])
x("r5-virtio-vga-q35", "-M", "q35", "-device", "virtio-vga,id=vv", steps=[PCI, QTREE])
x("r5-vga-std-ramfb", *OWN, "-vga", "std", "-device", "ramfb", "-nic", "none", base=False, steps=[PCI, QTREE])
x("r5-bochs-display-q35", "-M", "q35", "-device", "bochs-display,id=bd", steps=[PCI])
x("r5-vga-twice", "-device", "VGA", "-device", "VGA")
x("r5-vga-and-cirrus", "-device", "VGA", "-device", "cirrus-vga")
x("r5-secondary-vga", "-device", "VGA", "-device", "secondary-vga", steps=[PCI])
x("r5-vga-xres", "-device", "VGA,xres=1920,yres=1080,id=v", steps=[QGET("/machine/peripheral/v", "xres")])
x("r5-hda-no-audiodev-prop", "-audiodev", "none,id=snd0", "-device", "intel-hda", "-device", "hda-duplex", steps=[QTREE])
x("r5-hda-audiodev-pa-missing", "-audiodev", "none,id=snd0", "-device", "ich9-intel-hda", "-device", "hda-duplex,audiodev=snd1")
x("r5-audiodev-bad-driver", "-audiodev", "nosuch,id=snd0")
x("r5-audiodev-no-id", "-audiodev", "none")
x("r5-tpm-emulator-no-socket", "-chardev", "socket,id=chrtpm,path=/tmp/hotplug-lab-pc-r5-swtpm.sock", "-tpmdev",
  "emulator,id=tpm0,chardev=chrtpm", "-device", "tpm-tis,tpmdev=tpm0")
x("r5-tpmdev-bad-type", "-tpmdev", "nosuch,id=tpm0")
x("r5-tpmdev-emulator-no-chardev", "-tpmdev", "emulator,id=tpm0")
x("r5-tpm-tis-missing-backend", "-device", "tpm-tis,tpmdev=nosuch")
# SMBIOS
SMB = [
    ("type0", "type=0,vendor=LENOVO,version=N1ET50W,date=01/15/2020,release=1.50"),
    ("type0-uefi", "type=0,uefi=on"),
    ("type0-release-bad", "type=0,release=1"),
    ("type1", "type=1,manufacturer=Dell Inc.,product=PowerEdge R740,version=1,serial=ABC123,sku=SKU1,family=PowerEdge"),
    ("type1-uuid-bad", "type=1,uuid=not-a-uuid"),
    ("type2", "type=2,manufacturer=Dell Inc.,product=0H28RR,version=A01,serial=CN123,asset=A1,location=Slot1"),
    ("type3", "type=3,manufacturer=Dell Inc.,version=1,serial=7XYZ,asset=tag1,sku=S3"),
    ("type4", "type=4,sock_pfx=CPU,manufacturer=Intel,version=Xeon,max-speed=3000,current-speed=2400"),
    ("type4-speed-big", "type=4,max-speed=70000"),
    ("type11", "type=11,value=Hello,value=World"),
    ("type17", "type=17,loc_pfx=DIMM,bank=Bank0,manufacturer=Samsung,serial=1,asset=a,part=M393,speed=2666"),
    ("type5", "type=5,foo=bar"),
    ("type1-unknown-key", "type=1,colour=red"),
    ("no-type", "vendor=x"),
    ("file-missing", "file=/nonexistent/smbios.bin"),
    ("type-word", "type=bios"),
]
for name, val in SMB:
    x("r5-smbios-" + name, "-smbios", val)
x("r5-smbios-q35-twice", "-M", "q35", "-smbios", "type=1,manufacturer=A", "-smbios", "type=1,product=B")
x("r5-smbios-old-machine", "-M", "pc-i440fx-2.0", "-smbios", "type=1,manufacturer=A")
p("r5-smbios-pseries", "-M", "pseries", "-smbios", "type=1,manufacturer=A")
# -fw_cfg, -acpitable
x("r5-fw-cfg-file", "-fw_cfg", "name=opt/com.example/vars,file=%s" % img("OVMF_VARS.fd"), files=["OVMF_VARS.fd"])
x("r5-fw-cfg-file-missing", "-fw_cfg", "name=opt/com.example/blob,file=/nonexistent/blob.bin")
x("r5-fw-cfg-both", "-fw_cfg", "name=opt/x,string=a,file=/etc/hostname")
x("r5-fw-cfg-neither", "-fw_cfg", "name=opt/x")
x("r5-fw-cfg-no-name", "-fw_cfg", "string=hello")
x("r5-fw-cfg-long-name", "-fw_cfg", "name=opt/" + "n" * 60 + ",string=x")
x("r5-fw-cfg-etc", "-fw_cfg", "name=etc/boot-fail-wait,string=5")
x("r5-fw-cfg-twice", "-fw_cfg", "name=opt/a,string=1", "-fw_cfg", "name=opt/a,string=2")
x("r5-fw-cfg-shortform", "-fw_cfg", "opt/com.example/blob,string=hi")
x("r5-acpitable-file-zeros", "-acpitable", "file=%s" % img("odd.fd"), files=["odd.fd"])
x("r5-acpitable-sig-data", "-acpitable", "sig=OEMX,rev=1,oem_id=LAB,oem_table_id=LABTBL,oem_rev=1,asl_compiler_id=LAB,"
  "asl_compiler_rev=1,data=%s" % img("odd.fd"), files=["odd.fd"])
x("r5-acpitable-missing", "-acpitable", "file=/nonexistent/SLIC.bin")
x("r5-acpitable-no-file", "-acpitable", "sig=SLIC")
x("r5-acpitable-sig-long", "-acpitable", "sig=TOOLONG,data=/nonexistent/x")
# IOMMUs and the irqchip
x("r5-iommu-caching", "-M", "q35,kernel-irqchip=split", "-device", "intel-iommu,caching-mode=on,device-iotlb=on,intremap=on,id=iommu",
  steps=[QTREE, PERIPH])
x("r5-iommu-intremap-no-split", "-M", "q35", "-device", "intel-iommu,intremap=on")
x("r5-iommu-plain-q35", "-M", "q35", "-device", "intel-iommu", steps=[PCI, QTREE])
x("r5-iommu-aw-bits-40", "-M", "q35", "-device", "intel-iommu,aw-bits=40")
x("r5-iommu-aw-bits-48", "-M", "q35", "-device", "intel-iommu,aw-bits=48", steps=[QTREE])
x("r5-iommu-twice", "-M", "q35", "-device", "intel-iommu", "-device", "intel-iommu")
x("r5-iommu-after-nic", "-M", "q35", "-netdev", "user,id=n0", "-device", "virtio-net-pci,netdev=n0", "-device", "intel-iommu")
x("r5-iommu-eim-no-intremap", "-M", "q35,kernel-irqchip=split", "-device", "intel-iommu,eim=on")
x("r5-iommu-hotplug", "-M", "q35", steps=[{"hmp": "device_add intel-iommu"}])
x("r5-virtio-iommu-q35", "-M", "q35", "-device", "virtio-iommu-pci,id=vi", steps=[PCI, QTREE])
x("r5-virtio-iommu-pc", "-device", "virtio-iommu-pci", steps=[PCI])
x("r5-virtio-iommu-and-intel", "-M", "q35", "-device", "virtio-iommu-pci", "-device", "intel-iommu")
p("r5-virtio-iommu-pseries", "-M", "pseries", "-device", "virtio-iommu-pci")
x("r5-irqchip-split-pc", "-M", "pc,kernel-irqchip=split", steps=[STATUS])
x("r5-irqchip-on-tcg", "-M", "q35,kernel-irqchip=on")
x("r5-irqchip-bad", "-M", "q35,kernel-irqchip=maybe")
x("r5-amd-iommu-q35", "-M", "q35", "-device", "amd-iommu", steps=[PCI])
# older CPU models with host-model flags
for name, cpu in [
    ("westmere-hostflags", "Westmere,+pcid,+x2apic,+tsc-deadline,+hypervisor,+arat,+tsc_adjust,+umip,+md-clear,+stibp,"
                           "+arch-capabilities,+ssbd,+xsaveopt,+pdpe1gb,+ibpb,+ibrs,+amd-stibp,+amd-ssbd,+skip-l1dfl-vmentry,+pschange-mc-no"),
    ("sandybridge-ibrs", "SandyBridge-IBRS,+spec-ctrl,+ssbd,+md-clear"),
    ("ivybridge-off", "IvyBridge,-x2apic,-tsc-deadline,check"),
    ("opteron-g5", "Opteron_G5,+svm,+npt,+nrip-save"),
    ("penryn-enforce", "Penryn,enforce"),
    ("core2duo-vme", "core2duo,+vme,-vmx"),
    ("conroe-ssse3", "Conroe,+ssse3,+cx16,+lahf_lm"),
    ("haswell-noTSX", "Haswell-noTSX-IBRS,+vmx,+f16c,+rdrand"),
]:
    x("r5-cpu-" + name, "-cpu", cpu, steps=[HPC])
x("r5-cpu-enforce-fail", "-cpu", "Haswell,enforce")
x("r5-cpu-flag-value-bad", "-cpu", "qemu64,pcid=maybe")
x("r5-cpu-flag-typo", "-cpu", "Westmere,+tsc_deadlin")
# DIMMs
x("r5-dimm-numa-node", "-m", "1G,slots=4,maxmem=4G", "-smp", "2", "-object", "memory-backend-ram,id=m0,size=512M",
  "-object", "memory-backend-ram,id=m1,size=512M", "-numa", "node,nodeid=0,cpus=0,memdev=m0", "-numa", "node,nodeid=1,cpus=1,memdev=m1",
  "-object", "memory-backend-ram,id=d1,size=256M", "-device", "pc-dimm,memdev=d1,node=1,id=dimm1", steps=[MEMDEVS, NUMA])
x("r5-dimm-no-slots", "-m", "size=1G,maxmem=4G")
x("r5-dimm-slots-too-many", "-m", "1G,slots=300,maxmem=8G")
x("r5-dimm-memdev-twice", "-m", "1G,slots=2,maxmem=4G", "-object", "memory-backend-ram,id=d,size=256M",
  "-device", "pc-dimm,memdev=d", "-device", "pc-dimm,memdev=d")
x("r5-dimm-node-bad", "-m", "1G,slots=2,maxmem=4G", "-object", "memory-backend-ram,id=d,size=256M", "-device", "pc-dimm,memdev=d,node=3")
x("r5-dimm-over-maxmem", "-m", "1G,slots=2,maxmem=2G", "-object", "memory-backend-ram,id=d,size=2G", "-device", "pc-dimm,memdev=d")
x("r5-dimm-no-memdev", "-m", "1G,slots=2,maxmem=2G", "-device", "pc-dimm,id=d0")
x("r5-dimm-q35-hot", "-M", "q35", "-m", "1G,slots=4,maxmem=4G", steps=[
  {"hmp": "object_add memory-backend-ram,id=h1,size=512M"}, {"hmp": "device_add pc-dimm,id=hd1,memdev=h1"},
  {"hmp": "object_add memory-backend-ram,id=h2,size=3G"}, {"hmp": "device_add pc-dimm,id=hd2,memdev=h2"}, MEMDEVS,
  hmp("info memory_size_summary")[0]])
# common mistakes
x("r5-mis-prop-twice", "-netdev", "user,id=n0", "-netdev", "user,id=n1", "-device", "virtio-net-pci,netdev=n0,netdev=n1,id=v",
  steps=[NET, QGET("/machine/peripheral/v", "netdev")])
x("r5-mis-id-twice", "-device", "e1000,id=a,id=b,netdev=n0", "-netdev", "user,id=n0", steps=[PERIPH])
x("r5-mis-json-key-twice", "-device", '{"driver":"e1000","id":"a","id":"b"}')
x("r5-mis-m-twice", "-m", "1G", "-m", "2G", steps=[hmp("info memory_size_summary")[0]])
x("r5-mis-name-twice", "-name", "a", "-name", "b", steps=[qmp("query-name")])
x("r5-mis-uuid-twice", "-uuid", "11111111-1111-1111-1111-111111111111", "-uuid", "22222222-2222-2222-2222-222222222222",
  steps=[qmp("query-uuid")])
x("r5-mis-cpu-twice", "-cpu", "Nehalem", "-cpu", "Westmere", steps=[HPC])
x("r5-mis-machine-twice", "-machine", "pc", "-machine", "q35", steps=[PCI])
x("r5-mis-accel-and-machine-accel", "-accel", "tcg", "-machine", "q35,accel=tcg")
x("r5-mis-smp-twice", "-smp", "2", "-smp", "4", steps=[HPC])
x("r5-mis-nodefaults-twice", "-nodefaults", "-nodefaults", steps=[PCI])
x("r5-mis-id-colon", "-netdev", "user,id=n0", "-device", "e1000,netdev=n0,id=nic:0")
x("r5-mis-chardev-id-digit", "-chardev", "null,id=1c")
x("r5-mis-object-id-slash", "-object", "iothread,id=io/0")
x("r5-mis-drive-id-at", "-drive", "if=none,id=d@0,driver=null-co")
x("r5-mis-netdev-id-empty", "-netdev", "user,id=")
x("r5-mis-device-netdev-no-value", "-device", "virtio-net-pci,netdev")
x("r5-mis-m-slots-empty", "-m", "1G,slots=,maxmem=2G")
x("r5-mis-smp-sockets-empty", "-smp", "4,sockets=")
x("r5-mis-machine-unknown-prop", "-machine", "q35,iommu=on")
x("r5-mis-machine-smm-bad", "-machine", "q35,smm=maybe")
x("r5-mis-machine-pc-prop-on-pseries", "-machine", "q35,cap-htm=off")
p("r5-mis-pseries-x86-prop", "-machine", "pseries,vmport=off")
x("r5-mis-bus-pci3-q35", "-M", "q35", "-device", "virtio-blk-pci,bus=pci.3,drive=d", "-blockdev", "null-co,node-name=d")
x("r5-mis-bus-scsi-wrong-id", "-device", "virtio-scsi-pci,id=scsi1", "-blockdev", "null-co,node-name=d",
  "-device", "scsi-hd,bus=scsi0.0,drive=d")
x("r5-mis-bus-usb0-none", "-device", "usb-tablet,bus=usb.0")
x("r5-mis-bus-usb0-q35-nodefaults", "-M", "q35", "-device", "qemu-xhci,id=usb", "-device", "usb-tablet,bus=usb.0,port=5", steps=[USB])
x("r5-mis-isa-fdc-q35", "-M", "q35", "-device", "isa-fdc")
x("r5-mis-piix-ide-q35", "-M", "q35", "-device", "piix3-ide")
x("r5-mis-ich9-lpc-pc", "-device", "ICH9-LPC")
p("r5-mis-pvpanic-pseries", "-M", "pseries", "-device", "pvpanic")
p("r5-mis-vmcoreinfo-pseries", "-M", "pseries", "-device", "vmcoreinfo", steps=[QTREE])
p("r5-mis-intel-iommu-pseries", "-M", "pseries", "-device", "intel-iommu")
x("r5-mis-i8042-twice", "-device", "i8042")
x("r5-mis-device-space-after-comma", "-device", "e1000, id=n")
x("r5-mis-option-equals", "-m=1G")
x("r5-mis-smp-x", "-smp", "cpus=2,maxcpus=4,sockets=2,cores=2,threads=1", steps=[HPC])
x("r5-mis-hotplug-then-look", "-M", "q35", "-smp", "1,maxcpus=4,sockets=4,dies=1,cores=1,threads=1", steps=[
  HPC, {"hmp": "device_add qemu64-x86_64-cpu,socket-id=2,core-id=0,thread-id=0,id=cpu2"},
  {"hmp": "device_add qemu64-x86_64-cpu,socket-id=2,die-id=0,core-id=0,thread-id=0,id=cpu3"}, PERIPH, HPC])

# Measured while fixing round 5: the fw_cfg files a board has made when
# -fw_cfg is read, eim under TCG, a TPM emulator on a chardev that is no
# swtpm, -acpitable's sizes, -mon's pretty, the audio card's default
# audiodev, amd-iommu's PCI function, base64 secrets.
for fam in ["pc", "q35"]:
    for n in ["etc/e820", "etc/boot-menu-wait", "bootorder", "etc/smbios/smbios-tables", "etc/acpi/tables", "etc/table-loader",
              "etc/system-states", "etc/smi/supported-features", "etc/msr_feature_control", "etc/reserved-memory-end",
              "etc/max-cpus", "genroms/kvmvapic.bin", "etc/tpm/log", "etc/acpi/rsdp"]:
        x("r5m-fwcfg-%s-%s" % (fam, n.replace("/", "-").replace("_", "-")), "-M", fam, "-fw_cfg", "name=%s,string=1" % n)
x("r5m-fwcfg-menu-wait", "-boot", "menu=on", "-fw_cfg", "name=etc/boot-menu-wait,string=1")
x("r5m-fwcfg-reserved-mem", "-m", "1G,slots=2,maxmem=2G", "-fw_cfg", "name=etc/reserved-memory-end,string=1")
x("r5m-fwcfg-microvm", "-M", "microvm", "-fw_cfg", "name=etc/e820,string=1")
x("r5m-fwcfg-gen-id", "-fw_cfg", "name=opt/g,gen_id=nosuch")
p("r5m-fwcfg-pseries", "-M", "pseries", "-fw_cfg", "name=opt/a,string=1")
x("r5m-eim-intremap-off", "-M", "q35,kernel-irqchip=split", "-device", "intel-iommu,intremap=off,eim=on")
x("r5m-eim-intremap-on", "-M", "q35,kernel-irqchip=split", "-device", "intel-iommu,intremap=on,eim=on")
x("r5m-eim-no-split", "-M", "q35", "-device", "intel-iommu,eim=on")
x("r5m-eim-off", "-M", "q35", "-device", "intel-iommu,eim=off", steps=[QTREE])
x("r5m-tpm-emulator-null", "-chardev", "null,id=c", "-tpmdev", "emulator,id=tpm0,chardev=c", "-device", "tpm-tis,tpmdev=tpm0")
x("r5m-tpm-emulator-nosuch", "-tpmdev", "emulator,id=tpm0,chardev=nosuch")
x("r5m-tpm-no-id", "-tpmdev", "emulator,chardev=c", "-chardev", "null,id=c")
x("r5m-tpm-no-type", "-tpmdev", "id=t0")
x("r5m-tpm-unknown-param", "-chardev", "null,id=c", "-tpmdev", "emulator,id=t0,chardev=c,foo=bar")
x("r5m-tpm-crb-nosuch", "-M", "q35", "-device", "tpm-crb,tpmdev=t")
x("r5m-tpm-hot", "-M", "q35", steps=[{"hmp": "device_add tpm-tis,tpmdev=t"}])
for name, f in [("big", "vm.img"), ("medium", "OVMF_VARS.fd"), ("two", "odd.fd:" + img("odd.fd"))]:
    x("r5m-acpitable-" + name, "-acpitable", "file=" + (f if ":" in f else img(f)), files=[f.split(":")[0]])
x("r5m-acpitable-data-big", "-acpitable", "data=%s" % img("OVMF_VARS.fd"), files=["OVMF_VARS.fd"])
x("r5m-acpitable-file-sig", "-acpitable", "sig=SLIC,oem_id=LAB,file=%s" % img("odd.fd"), files=["odd.fd"])
x("r5m-acpitable-qcow2", "-acpitable", "file=%s" % img("data.qcow2"), files=["data.qcow2"])
x("r5m-acpitable-then-error", "-acpitable", "file=%s" % img("odd.fd"), "-smp", "two", files=["odd.fd"])
x("r5m-acpitable-both", "-acpitable", "file=%s,data=%s" % (img("odd.fd"), img("odd.fd")), files=["odd.fd"])
x("r5m-mon-pretty-bad", "-chardev", "null,id=c", "-mon", "chardev=c,mode=control,pretty=maybe")
x("r5m-mon-pretty", "-chardev", "null,id=c", "-mon", "chardev=c,mode=control,pretty=on", steps=[CHR])
x("r5m-mon-mode-no-chardev", "-mon", "mode=qmp")
x("r5m-secret-base64", "-object", "secret,id=s,data=aGVsbG8=,format=base64", steps=[qmp("qom-list", path="/objects")])
x("r5m-secret-keyid-no-iv", "-object", "secret,id=k,data=x", "-object", "secret,id=s,data=aGVsbG8=,format=base64,keyid=k")
x("r5m-secret-file-base64", "-object", "secret,id=s,file=%s,format=base64" % img("master-key.aes"), files=["master-key.aes"])
x("r5m-secret-json-both", "-object", j(**{"qom-type": "secret", "id": "s", "data": "x", "file": "/nonexistent"}))
x("r5m-sandbox-off-bad", "-sandbox", "off,spawn=maybe")
x("r5m-sandbox-elevate-children", "-sandbox", "on,elevateprivileges=children")
x("r5m-sandbox-then-smp", "-sandbox", "on,obsolete=x", "-smp", "two")
x("r5m-sandbox-vs-action", "-sandbox", "on,obsolete=x", "-action", "panic=nosuch")
x("r5m-sandbox-twice", "-sandbox", "on", "-sandbox", "spawn=maybe")
for dev, extra in [("AC97", []), ("usb-audio", ["-device", "qemu-xhci"]), ("sb16", []), ("ES1370", [])]:
    x("r5m-audio-default-" + dev.lower(), "-audiodev", "none,id=snd0", *extra, "-device", dev)
x("r5m-audio-default-two", "-audiodev", "none,id=a1", "-audiodev", "none,id=a2", "-device", "intel-hda", "-device", "hda-duplex",
  "-device", "hda-output")
x("r5m-audio-default-warn-order", "-audiodev", "none,id=snd0", "-device", "intel-hda", "-device", "hda-duplex", "-device", "e1000,addr=0x40")
x("r5m-audio-default-hot", "-audiodev", "none,id=snd0", "-device", "intel-hda,id=h", steps=[{"hmp": "device_add hda-duplex"}])
x("r5m-amd-iommu-q35", "-M", "q35", "-device", "amd-iommu,id=am", steps=[QTREE, QPCI, PERIPH])
x("r5m-amd-iommu-pc", "-device", "amd-iommu", steps=[PCI])
x("r5m-amd-iommu-slot1-taken", "-M", "q35", "-device", "e1000,addr=1", "-device", "amd-iommu", steps=[PCI])
x("r5m-amd-iommu-after-nic", "-M", "q35", "-device", "e1000", "-device", "amd-iommu", steps=[PCI])
x("r5m-fd-forms", "-chardev", "socket,id=a,fd=x1")
x("r5m-fd-negative", "-chardev", "socket,id=a,fd=-1")
x("r5m-chardev-id-bad-then-param", "-chardev", "null,id=1c,foo=bar")

x("r5m-secret-keyid-nosuch", "-object", "secret,id=s,data=aGVsbG8=,format=base64,keyid=nosuch")
x("r5m-secret-keyid-not-secret", "-object", "iothread,id=k", "-object", "secret,id=s,data=aGVsbG8=,format=base64,keyid=k")
x("r5m-secret-keyid-no-iv-32", "-object", "secret,id=k,data=0123456789abcdef0123456789abcdef",
  "-object", "secret,id=s,data=aGVsbG8=,format=base64,keyid=k")
x("r5m-secret-keyid-base64-key", "-object", "secret,id=k,data=aGVsbG8=,format=base64", "-object", "secret,id=s,data=x,keyid=k,iv=x")
x("r5m-audio-default-hot-ac97", "-audiodev", "none,id=snd0", steps=[{"hmp": "device_add AC97,id=a"}, PCI])
# ============================================= round 5v (both releases) ====
# Issue 8 beyond the CPU path: microvm's board as firecracker-style and
# QEMU-docs lines write it (its -machine options: acpi, ioapic2, pic, pit,
# rtc, pcie, isa-serial, x-option-roms, auto-kernel-cmdline; virtio-mmio
# devices, transports running out, bus= names), isapc (ISA-only devices,
# what needs PCI or USB, its VGA, ports, NICs and drives), per-bit VMX
# dependencies, the nvdimm bool words, and -msg timestamp=on's stderr.
MV = ["-M", "microvm"]
x("r5v-microvm-acpi-off", "-M", "microvm,acpi=off", steps=[QTREE, hmp("info qom-tree /machine/unattached")[0]])
x("r5v-microvm-ioapic2-off", "-M", "microvm,ioapic2=off", steps=[QTREE])
x("r5v-microvm-pic-pit-off", "-M", "microvm,pic=off,pit=off", steps=[QTREE])
x("r5v-microvm-rtc-off", "-M", "microvm,rtc=off,x-option-roms=off", steps=[QTREE])
x("r5v-microvm-pcie-acpi-off", "-M", "microvm,pcie=on,acpi=off", "-device", "virtio-net-pci", steps=[QTREE])
x("r5v-microvm-pcie-ioapic2-off", "-M", "microvm,pcie=on,ioapic2=off", steps=[QTREE, PCI])
x("r5v-microvm-pcie-blk", "-M", "microvm,pcie=on", "-blockdev", "null-co,node-name=d0", "-device", "virtio-blk-pci,drive=d0,id=vb",
  steps=[QTREE, PCI, BLOCK, QPCI])
x("r5v-microvm-pcie-root-port", "-M", "microvm,pcie=on", "-device", "pcie-root-port,id=rp,chassis=1", "-netdev", "user,id=n0",
  "-device", "virtio-net-pci,netdev=n0,bus=rp,id=vn", steps=[PCI, NET])
x("r5v-microvm-firecracker", "-M", "microvm,x-option-roms=off,isa-serial=off,rtc=off", "-m", "512m", "-smp", "2",
  "-blockdev", "null-co,node-name=rootfs", "-device", "virtio-blk-device,drive=rootfs", "-netdev", "user,id=n0",
  "-device", "virtio-net-device,netdev=n0", steps=[QTREE, NET, BLOCK])
x("r5v-microvm-kernel-cmdline", "-M", "microvm,auto-kernel-cmdline=off", steps=[QGET("/machine", "auto-kernel-cmdline"),
                                                                               QGET("/machine", "pcie"), QGET("/machine", "ioapic2")])
x("r5v-microvm-nine-devices", "-M", "microvm,ioapic2=off", *[a for i in range(9) for a in ("-device", "virtio-rng-device,id=r%d" % i)])
x("r5v-microvm-eight-devices", "-M", "microvm,ioapic2=off", *[a for i in range(8) for a in ("-device", "virtio-rng-device,id=r%d" % i)],
  steps=[PERIPH])
x("r5v-microvm-scsi", *MV, "-device", "virtio-scsi-device,id=vs", "-blockdev", "null-co,node-name=d0",
  "-device", "scsi-hd,drive=d0,bus=vs.0,id=sd", steps=[QTREE, BLOCK])
x("r5v-microvm-console", *MV, "-chardev", "null,id=c0", "-device", "virtio-serial-device,id=vser",
  "-device", "virtconsole,chardev=c0,id=con", steps=[QTREE, CHR])
x("r5v-microvm-bus-named-ok", *MV, "-blockdev", "null-co,node-name=d0", "-device", "virtio-blk-device,drive=d0,bus=virtio-mmio-bus.3,id=vd",
  "-device", "virtio-rng-device,id=r", steps=[QTREE])
x("r5v-microvm-bus-taken", *MV, "-device", "virtio-rng-device,bus=virtio-mmio-bus.3", "-device", "virtio-balloon-device,bus=virtio-mmio-bus.3")
x("r5v-microvm-bus-gone", "-M", "microvm,ioapic2=off", "-device", "virtio-rng-device,bus=virtio-mmio-bus.9")
x("r5v-microvm-serial", *MV, "-serial", "null", steps=[QTREE])
x("r5v-microvm-no-isa-serial", "-M", "microvm,isa-serial=off", "-serial", "null", steps=[QTREE])
x("r5v-microvm-usb", *MV, "-usb")
x("r5v-microvm-qom", *MV, "-device", "virtio-rng-device,id=rng", "-device", "virtio-keyboard-device,id=kbd",
  steps=[PERIPH, QGET("/machine/peripheral/rng", "rng"), hmp("info qom-tree /machine/peripheral")[0]])
x("r5v-microvm-monitor", *MV, "-netdev", "user,id=n0", "-device", "virtio-net-device,netdev=n0,id=nic",
  steps=hmp("device_del nic", "info network", "device_add virtio-rng-device,id=r2", "info pci", "info hotpluggable-cpus"))
x("r5v-microvm-smp", *MV, "-smp", "4", steps=[QTREE, hmp("info cpus")[0]])
x("r5v-microvm-pcie-e1000e", "-M", "microvm,pcie=on", "-netdev", "user,id=n0", "-device", "e1000e,netdev=n0,id=e", steps=[PCI, NET])
# isapc: ISA only
x("r5v-isapc-look", "-M", "isapc", steps=[QTREE, PCI, QPCI, hmp("info qom-tree /machine/unattached")[0]])
x("r5v-isapc-e1000", "-M", "isapc", "-netdev", "user,id=n0", "-device", "e1000,netdev=n0")
x("r5v-isapc-usb", "-M", "isapc", "-device", "usb-tablet")
x("r5v-isapc-ne2k", "-M", "isapc", "-netdev", "user,id=n0", "-device", "ne2k_isa,netdev=n0,id=ne", steps=[NET, QTREE])
x("r5v-isapc-net-nic-e1000", "-M", "isapc", "-netdev", "user,id=n0", "-net", "nic,netdev=n0,model=e1000")
x("r5v-isapc-net-nic-ne2k", "-M", "isapc", "-netdev", "user,id=n0", "-net", "nic,netdev=n0,model=ne2k_isa",
  "-netdev", "user,id=n1", "-net", "nic,netdev=n1", steps=[hmp("info qom-tree /machine/unattached")[0], QGET("/machine/unattached/device[15]", "iobase")])
x("r5v-isapc-vga", "-M", "isapc", "-vga", "std", steps=[QTREE])
x("r5v-isapc-cirrus", "-M", "isapc", "-vga", "cirrus", steps=[hmp("info qom-tree /machine/unattached")[0]])
x("r5v-isapc-ports", "-M", "isapc", "-serial", "null", "-parallel", "null", steps=[QTREE, CHR])
x("r5v-isapc-ide", "-M", "isapc", "-blockdev", "null-co,node-name=d0", "-device", "ide-hd,drive=d0,bus=ide.0,id=hd",
  "-device", "ide-cd,bus=ide.1,id=cd", steps=[QTREE, BLOCK])
x("r5v-isapc-floppy", "-M", "isapc", "-blockdev", "null-co,node-name=f0,size=1474560", "-device", "floppy,drive=f0,id=fd", steps=[QTREE, BLOCK])
x("r5v-isapc-isa-devices", "-M", "isapc", "-device", "sb16,audiodev=a", "-audiodev", "none,id=a", "-device", "isa-debugcon,iobase=0x402,chardev=c",
  "-chardev", "null,id=c", steps=[QTREE])
x("r5v-isapc-dimm", "-M", "isapc", "-m", "512M,slots=2,maxmem=1G")
x("r5v-isapc-cpu", "-M", "isapc", "-cpu", "pentium3", "-smp", "2", steps=[HPC, hmp("info cpus")[0]])
# per-bit VMX dependencies
x("r5v-cpu-vmx-perbit", "-cpu", "qemu64,+vmx,+vmx-secondary-ctls,+vmx-rdseed-exit,+vmx-rdrand-exit,+vmx-invpcid-exit,+vmx-xsaves,"
  "+vmx-rdtscp-exit,+vmx-entry-load-bndcfgs,+vmx-exit-clear-bndcfgs,+vmx-unrestricted-guest,+vmx-entry-ia32e-mode,+vmx-encls-exit")
x("r5v-cpu-vmx-perbit-32", "-cpu", "qemu32,+vmx,+vmx-secondary-ctls,+vmx-rdtscp-exit,+intel-pt-lip,+vmx-rdseed-exit,+vmx-ept,"
  "+vmx-unrestricted-guest,+vmx-ept-1gb,+vmx-xsaves,+vmx-entry-ia32e-mode,+vmx-vpid,+vmx-invvpid")
x("r5v-cpu-vmx-rdseed-model", "-cpu", "Skylake-Client,+vmx,+vmx-secondary-ctls,+vmx-rdseed-exit,+vmx-xsaves,+vmx-exit-clear-bndcfgs")
x("r5v-cpu-vmx-unrestricted-no-ept", "-cpu", "Broadwell,vmx=on,vmx-ept=off,vmx-unrestricted-guest=on")
x("r5v-cpu-vmx-no-rdseed", "-cpu", "Skylake-Client-IBRS,vmx=on,rdseed=off,vmx-rdseed-exit=on")
x("r5v-cpu-vmx-waitpkg", "-cpu", "qemu32,+vmx,+vmx-secondary-ctls,+vmx-eptp-switching,+vmx-enable-user-wait-pause,+npt,+sgx1,+vmx-rdseed-exit")
x("r5v-cpu-vmx-perbit-qom", "-cpu", "qemu64,+vmx,+vmx-secondary-ctls,+vmx-rdseed-exit,+vmx-rdtscp-exit",
  steps=[QGET("/machine/unattached/device[0]", "vmx-rdseed-exit"), QGET("/machine/unattached/device[0]", "vmx-secondary-ctls")])
# nvdimm: QEMU's bool words
NVD = ["-m", "1G,slots=2,maxmem=4G", "-object", "memory-backend-ram,id=nv,size=256M", "-device", "nvdimm,memdev=nv,id=n"]
x("r5v-nvdimm-y", "-M", "pc,nvdimm=y", *NVD, steps=[MEMDEVS])
x("r5v-nvdimm-n", "-M", "pc,nvdimm=n", *NVD)
x("r5v-nvdimm-Y", "-M", "q35,nvdimm=Y", *NVD)
x("r5v-nvdimm-yes-q35", "-M", "q35,nvdimm=yes", *NVD, steps=[MEMDEVS])
# -msg timestamp=on on stderr (wall-clock: expected to differ between recordings)
x("r5v-msg-timestamp-warning", "-msg", "timestamp=on", "-netdev", "user,id=n0")
x("r5v-msg-timestamp-error", "-msg", "timestamp=on", "-smp", "two")
# Measured while fixing round 5v (r5vm-): isapc's PCI-only VGA models, DIMMs
# without ACPI, microvm's -nic models and mice, floppy types by size.
x("r5vm-isapc-vga-vmware", "-M", "isapc", "-vga", "vmware", steps=[QTREE])
x("r5vm-isapc-vga-virtio", "-M", "isapc", "-vga", "virtio")
x("r5vm-pc-acpi-off-dimm", "-M", "pc,acpi=off", "-m", "1G,slots=2,maxmem=2G", "-object", "memory-backend-ram,id=m0,size=128M",
  "-device", "pc-dimm,memdev=m0")
x("r5vm-q35-acpi-off-nvdimm", "-M", "q35,acpi=off,nvdimm=on", *NVD)
x("r5vm-isapc-dimm", "-M", "isapc", "-object", "memory-backend-ram,id=m0,size=128M", "-device", "pc-dimm,memdev=m0")
x("r5vm-microvm-nic-model", *MV, "-nic", "user,id=u1,model=e1000")
x("r5vm-microvm-mice", *MV, "-device", "virtio-tablet-device", "-device", "virtio-mouse-device", steps=[hmp("info mice")[0]])
for size, name in ((1474560, "144"), (2949120, "288"), (737280, "720k"), (1228800, "120"), (368640, "360k")):
    x("r5vm-pc-floppy-%s" % name, "-M", "pc", "-blockdev", "null-co,node-name=f0,size=%d" % size, "-device", "floppy,drive=f0,id=fd",
      steps=[QTREE])

# ================================================ round 6 (both releases) ====
# A sixth outside tester's round: CPU hotplug right after pasting a
# real-world line. libvirt-style lines (JSON -device/-blockdev/-netdev,
# -object memory-backend-ram, pc-q35/pc-i440fx/pseries of several versions,
# -smp with maxcpus and sockets/dies/cores/threads, -numa node with memdev
# and -numa cpu, -cpu models with flags) with non-CPU devices present, then
# the hotplug session a reader types: info hotpluggable-cpus /
# query-hotpluggable-cpus, device_add of the CPU type (HMP and QMP, node-id
# where NUMA is given), info cpus / query-cpus-fast, device_del (no guest:
# no completion), qom-list /machine/peripheral, qom-get of the CPU's
# properties, query-cpu-model-expansion of the model in use; and the errors
# met on the way (the wrong CPU type for -cpu, missing ids, a node-id that
# disagrees with -numa cpu, a slot already used).
QHPC, QCPUS, CPUS = qmp("query-hotpluggable-cpus"), qmp("query-cpus-fast"), hmp("info cpus")[0]


def r6_head(machine, smp, cpu=None, numa=(), mem=2048):
    a = ["-name", "guest=hp6,debug-threads=on", "-machine", machine, "-accel", "tcg"]
    if cpu:
        a += ["-cpu", cpu]
    a += ["-m", str(mem)]
    if not numa:
        ram = "ppc_spapr.ram" if machine.startswith("pseries") else "pc.ram"
        a += ["-object", j(**{"qom-type": "memory-backend-ram", "id": ram, "size": mem << 20})]
        a[3] += ",memory-backend=" + ram
    a += ["-overcommit", "mem-lock=off", "-smp", smp, "-uuid", "6a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "-no-user-config", "-nodefaults"]
    for n, (size, cpus) in enumerate(numa):
        a += ["-object", j(**{"qom-type": "memory-backend-ram", "id": "ram-node%d" % n, "size": size << 20}),
              "-numa", "node,nodeid=%d,cpus=%s,memdev=ram-node%d" % (n, cpus, n) if cpus else "node,nodeid=%d,memdev=ram-node%d" % (n, n)]
    return a


def hda(t, id=None, **ids):
    s = "device_add " + t + "".join(",%s=%s" % (k.replace("_", "-"), v) for k, v in ids.items())
    return {"hmp": s + (",id=" + id if id else "")}


def qda(t, id=None, **ids):
    a = {"driver": t, **{k.replace("_", "-"): v for k, v in ids.items()}}
    if id:
        a["id"] = id
    return {"qmp": {"execute": "device_add", "arguments": a}}


def qdel(id):
    return qmp("device_del", id=id)


QEXP = lambda name, t="full", **props: qmp("query-cpu-model-expansion", type=t, model={"name": name, **({"props": props} if props else {})})
Q35_DEV = ["-device", RP(16, 1, "0x2", multifunction=True), "-device", RP(17, 2, "0x2.0x1"), "-device", RP(18, 3, "0x2.0x2"),
           "-blockdev", j(driver="null-co", **{"node-name": "libvirt-1-storage"}, size=1073741824),
           "-blockdev", j(**{"node-name": "libvirt-1-format", "read-only": False}, driver="raw", file="libvirt-1-storage"),
           "-device", j(driver="virtio-blk-pci", bus="pci.2", addr="0x0", drive="libvirt-1-format", id="virtio-disk0", bootindex=1),
           "-netdev", j(type="user", id="hostnet0"),
           "-device", j(driver="virtio-net-pci", netdev="hostnet0", id="net0", mac="52:54:00:6e:00:01", bus="pci.1", addr="0x0"),
           "-device", j(driver="virtio-balloon-pci", id="balloon0", bus="pci.3", addr="0x0")]
PC_DEV = ["-blockdev", j(driver="null-co", **{"node-name": "libvirt-1-storage"}),
          "-blockdev", j(**{"node-name": "libvirt-1-format", "read-only": False}, driver="raw", file="libvirt-1-storage"),
          "-device", j(driver="ide-hd", bus="ide.0", unit=0, drive="libvirt-1-format", id="ide0-0-0", bootindex=1),
          "-netdev", j(type="user", id="hostnet0"),
          "-device", j(driver="e1000", netdev="hostnet0", id="net0", mac="52:54:00:6e:00:02", bus="pci.0", addr="0x3")]
SKY = "Skylake-Client-IBRS"
SKYT = SKY + "-x86_64-cpu"
CPU0 = "/machine/unattached/device[0]"
for m in ["pc-q35-7.2", "pc-q35-6.2", "pc-q35-4.2"]:
    x("r6-q35-" + m, *r6_head(m + ",usb=off,dump-guest-core=off", "2,maxcpus=8,sockets=4,dies=1,cores=2,threads=1", SKY + ",+vmx"),
      *Q35_DEV, steps=[HPC, hda(SKYT, "cpu2", socket_id=1, core_id=0, thread_id=0), CPUS, PERIPH,
                       qda(SKYT, "cpu3", **{"socket-id": 1, "core-id": 1, "thread-id": 0}), QCPUS, qdel("cpu3"), QCPUS])
x("r6-q35-wrong-type", *r6_head("pc-q35-7.2", "2,maxcpus=4,sockets=2,cores=2,threads=1", SKY + ",+vmx"), *Q35_DEV,
  steps=[hda("qemu64-x86_64-cpu", "c2", socket_id=1, core_id=0, thread_id=0),
         qda("Skylake-Client-x86_64-cpu", "c2", **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
         qda(SKYT, "c2", **{"socket-id": 1, "core-id": 0, "thread-id": 0}), PERIPH])
x("r6-q35-missing-ids", *r6_head("pc-q35-7.2", "1,maxcpus=4,sockets=2,dies=2,cores=1,threads=1", "EPYC"), *Q35_DEV,
  steps=[HPC, hda("EPYC-x86_64-cpu", "c1", socket_id=0, core_id=0, thread_id=0),
         hda("EPYC-x86_64-cpu", "c1", socket_id=0, die_id=1, core_id=0),
         qda("EPYC-x86_64-cpu", "c1", **{"socket-id": 0, "die-id": 1}),
         qda("EPYC-x86_64-cpu", "c1", **{"socket-id": 0, "die-id": 1, "core-id": 0, "thread-id": 0}), CPUS, QHPC])
x("r6-q35-slot-used", *r6_head("pc-q35-6.2", "2,maxcpus=4,sockets=2,cores=2,threads=1", SKY), *Q35_DEV,
  steps=[hda(SKYT, "c0", socket_id=0, core_id=1, thread_id=0), hda(SKYT, "c1", socket_id=0, core_id=0, thread_id=0),
         qda(SKYT, "c2", **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
         qda(SKYT, "c3", **{"socket-id": 1, "core-id": 0, "thread-id": 0}), qda(SKYT, "c2", **{"socket-id": 1, "core-id": 1, "thread-id": 0})])
x("r6-q35-threads", *r6_head("pc-q35-7.2", "2,maxcpus=8,sockets=2,cores=2,threads=2", "Cascadelake-Server,+vmx"), *Q35_DEV,
  steps=[HPC, hda("Cascadelake-Server-x86_64-cpu", "t2", socket_id=0, core_id=1, thread_id=0),
         hda("Cascadelake-Server-x86_64-cpu", "t3", socket_id=0, core_id=1, thread_id=1), CPUS,
         qda("Cascadelake-Server-x86_64-cpu", "t4", **{"socket-id": 1, "core-id": 0, "thread-id": 2})])
x("r6-q35-qom-get", *r6_head("pc-q35-7.2", "1,maxcpus=4,sockets=4,cores=1,threads=1", SKY + ",+vmx,-hle,-rtm"), *Q35_DEV,
  steps=[hda(SKYT, "cpu1", socket_id=2, core_id=0, thread_id=0)] +
        [QGET("/machine/peripheral/cpu1", p_) for p_ in ("socket-id", "core-id", "thread-id", "node-id", "apic-id", "hotplugged",
                                                        "vmx", "hle", "model-id", "type")] +
        [QGET(CPU0, "hotplugged"), QGET(CPU0, "apic-id"), qmp("qom-list", path="/machine/peripheral/cpu1")])
x("r6-q35-qom-get-bad", *r6_head("pc-q35-7.2", "1,maxcpus=2,sockets=2,cores=1,threads=1", SKY), *Q35_DEV,
  steps=[QGET("/machine/peripheral/cpu1", "socket-id"), hda(SKYT, "cpu1", socket_id=1, core_id=0, thread_id=0),
         QGET("/machine/peripheral/cpu1", "socket_id"), QGET("/machine/peripheral/cpu1", "die-id"), qdel("cpu1"),
         QGET("/machine/peripheral/cpu1", "socket-id"), PERIPH])
for name, extra in [(SKY, {}), ("EPYC", {}), (SKY, {"vmx": True}), ("qemu64", {}), ("host", {}), ("Nosuch", {})]:
    tag = name.lower() + ("-vmx" if extra else "")
    x("r6-expand-" + tag, *r6_head("pc-q35-7.2", "1,maxcpus=2", name if name not in ("host", "Nosuch") else SKY), *Q35_DEV,
      steps=[QEXP(name, **extra)])
x("r6-expand-static", *r6_head("pc-q35-7.2", "1,maxcpus=2", SKY), steps=[QEXP(SKY, "static"), QEXP("max", "static")])
x("r6-expand-bad-type", *r6_head("pc-q35-7.2", "1,maxcpus=2", SKY),
  steps=[QEXP(SKY, "partial"), qmp("query-cpu-model-expansion", type="full"), QEXP(SKY, vmx="on")])
# NUMA: -numa cpu binding slots to nodes, then node-id on device_add.
NUMA2 = [(1024, None), (1024, None)]
NUMACPU = ["-numa", "cpu,node-id=0,socket-id=0", "-numa", "cpu,node-id=0,socket-id=1",
           "-numa", "cpu,node-id=1,socket-id=2", "-numa", "cpu,node-id=1,socket-id=3"]
for m in ["pc-q35-7.2", "pc-i440fx-7.1"]:
    x("r6-numa-" + m, *r6_head(m, "2,maxcpus=4,sockets=4,dies=1,cores=1,threads=1", SKY + ",+vmx", NUMA2), *NUMACPU,
      *(Q35_DEV if "q35" in m else PC_DEV),
      steps=[HPC, hda(SKYT, "cpu2", socket_id=2, core_id=0, thread_id=0, node_id=1),
             qda(SKYT, "cpu3", **{"socket-id": 3, "core-id": 0, "thread-id": 0, "node-id": 1}), hmp("info numa")[0], CPUS, QCPUS])
x("r6-numa-node-disagrees", *r6_head("pc-q35-7.2", "2,maxcpus=4,sockets=4,cores=1,threads=1", SKY, NUMA2), *NUMACPU, *Q35_DEV,
  steps=[hda(SKYT, "cpu2", socket_id=2, core_id=0, thread_id=0, node_id=0),
         qda(SKYT, "cpu2", **{"socket-id": 2, "core-id": 0, "thread-id": 0, "node-id": 0}),
         qda(SKYT, "cpu2", **{"socket-id": 2, "core-id": 0, "thread-id": 0, "node-id": 7}),
         qda(SKYT, "cpu2", **{"socket-id": 2, "core-id": 0, "thread-id": 0}), QGET("/machine/peripheral/cpu2", "node-id")])
x("r6-numa-cpus-ranges", *r6_head("pc-q35-7.2", "2,maxcpus=8,sockets=2,cores=4,threads=1", "EPYC", [(1024, "0-3"), (1024, "4-7")]),
  *Q35_DEV, steps=[QHPC, hda("EPYC-x86_64-cpu", "c5", socket_id=1, core_id=1, thread_id=0, node_id=0),
                   hda("EPYC-x86_64-cpu", "c5", socket_id=1, core_id=1, thread_id=0, node_id=1), hmp("info numa")[0]])
x("r6-numa-no-cpu-binding", *r6_head("pc-q35-7.2", "2,maxcpus=4,sockets=4,cores=1,threads=1", SKY, NUMA2), *Q35_DEV,
  steps=[HPC, hda(SKYT, "c3", socket_id=3, core_id=0, thread_id=0), QGET("/machine/peripheral/c3", "node-id"), hmp("info numa")[0]])
x("r6-numa-cpu-bad-node", *r6_head("pc-q35-7.2", "2,maxcpus=4,sockets=4,cores=1,threads=1", SKY, NUMA2),
  "-numa", "cpu,node-id=2,socket-id=3")
x("r6-numa-cpu-no-slot", *r6_head("pc-q35-7.2", "2,maxcpus=4,sockets=4,cores=1,threads=1", SKY, NUMA2),
  "-numa", "cpu,node-id=1,socket-id=9")
x("r6-numa-cpu-die-on-pc", *r6_head("pc-i440fx-7.1", "2,maxcpus=4,sockets=4,cores=1,threads=1", SKY, NUMA2),
  "-numa", "cpu,node-id=1,socket-id=3,die-id=0", steps=[HPC])
x("r6-numa-cpu-thread-only", *r6_head("pc-q35-7.2", "2,maxcpus=4,sockets=2,cores=1,threads=2", SKY, NUMA2),
  "-numa", "cpu,node-id=1,thread-id=1", steps=[HPC])
# pc-i440fx lines with IDE and e1000 (older libvirt), several versions.
for m in ["pc-i440fx-7.1", "pc-i440fx-5.2", "pc-i440fx-2.12"]:
    x("r6-pc-" + m, *r6_head(m, "1,maxcpus=4,sockets=2,cores=2,threads=1", "Westmere,+aes,+pcid"), *PC_DEV,
      steps=[HPC, hda("Westmere-x86_64-cpu", "vcpu1", socket_id=0, core_id=1, thread_id=0), CPUS,
             qda("Westmere-x86_64-cpu", "vcpu2", **{"socket-id": 1, "core-id": 0, "thread-id": 0}), qdel("vcpu2"), PERIPH, QCPUS])
x("r6-pc-qemu64-default-type", *r6_head("pc-i440fx-7.1", "1,maxcpus=2"), *PC_DEV,
  steps=[hda("qemu64-x86_64-cpu", "c1", socket_id=1, core_id=0, thread_id=0), QGET("/machine/peripheral/c1", "model-id"),
         QEXP("qemu64", "static")])
x("r6-pc-cpu-help-type", *r6_head("pc-i440fx-7.1", "1,maxcpus=2", "Haswell-noTSX-IBRS"), *PC_DEV,
  steps=[hda("Haswell-noTSX-IBRS", "c1", socket_id=1, core_id=0, thread_id=0),
         hda("haswell-notsx-ibrs-x86_64-cpu", "c1", socket_id=1, core_id=0, thread_id=0),
         hda("Haswell-noTSX-IBRS-x86_64-cpu", "c1", socket_id=1, core_id=0, thread_id=0, apic_id=1)])
x("r6-pc-hostmodel-list", *r6_head("pc-i440fx-7.1", "2,maxcpus=4,sockets=4,cores=1,threads=1",
                                   "Skylake-Client-IBRS,ss=on,vmx=on,hypervisor=on,tsc-adjust=on,clflushopt=on,umip=on,"
                                   "md-clear=on,stibp=on,ssbd=on,xsaves=on,pdpe1gb=on"), *PC_DEV,
  steps=[qda(SKYT, "vcpu2", **{"socket-id": 2, "core-id": 0, "thread-id": 0}), QGET("/machine/peripheral/vcpu2", "pdpe1gb"),
         QGET("/machine/peripheral/vcpu2", "ss"), QCPUS])
x("r6-pc-cpu-global-flag", *r6_head("pc-i440fx-7.1", "1,maxcpus=2", SKY), *PC_DEV,
  steps=[{"hmp": "device_add %s,socket-id=1,core-id=0,thread-id=0,id=c1,vmx=on" % SKYT}, QGET("/machine/peripheral/c1", "vmx"),
         QGET(CPU0, "vmx")])
x("r6-pc-del-then-readd", *r6_head("pc-i440fx-7.1", "1,maxcpus=2"), *PC_DEV,
  steps=[hda("qemu64-x86_64-cpu", "c1", socket_id=1, core_id=0, thread_id=0), {"hmp": "device_del c1"},
         hda("qemu64-x86_64-cpu", "c2", socket_id=1, core_id=0, thread_id=0), {"hmp": "device_del c1"}, {"hmp": "device_del cpu0"},
         qdel("nosuch"), HPC])
x("r6-pc-no-maxcpus", *r6_head("pc-i440fx-7.1", "2,sockets=2,cores=1,threads=1", "EPYC"), *PC_DEV,
  steps=[HPC, hda("EPYC-x86_64-cpu", "c2", socket_id=1, core_id=0, thread_id=0)])
x("r6-pc-dies", *r6_head("pc-i440fx-7.1", "2,maxcpus=8,sockets=2,dies=2,cores=2,threads=1", SKY), *PC_DEV,
  steps=[HPC, hda(SKYT, "c4", socket_id=1, die_id=0, core_id=0, thread_id=0), CPUS,
         qda(SKYT, "c5", **{"socket-id": 1, "die-id": 2, "core-id": 0, "thread-id": 0})])
# pseries lines with spapr-vscsi/spapr-vlan/virtio and core hotplug.
PS_DEV = ["-device", j(driver="spapr-vscsi", id="scsi0", reg=8192),
          "-blockdev", j(driver="null-co", **{"node-name": "libvirt-1-storage"}, size=1073741824),
          "-blockdev", j(**{"node-name": "libvirt-1-format", "read-only": False}, driver="raw", file="libvirt-1-storage"),
          "-device", j(driver="scsi-hd", bus="scsi0.0", channel=0, **{"scsi-id": 0}, lun=0, drive="libvirt-1-format", id="scsi0-0-0-0"),
          "-netdev", j(type="user", id="hostnet0"),
          "-device", j(driver="spapr-vlan", netdev="hostnet0", id="net0", mac="52:54:00:6e:00:03", reg=4096),
          "-device", j(driver="virtio-balloon-pci", id="balloon0", bus="pci.0", addr="0x2")]
# 7.2 refuses threads > 1 on pseries under TCG, 10.0 takes them: both kinds.
for m, cpu, thr in [("pseries-7.2", "POWER9", 4), ("pseries-6.2", "POWER9", 2), ("pseries-5.2", "POWER8", 8), ("pseries-7.1", "POWER8", 4),
                    ("pseries-7.2", "POWER9", 1), ("pseries-6.2", "POWER8", 1), ("pseries-5.2", "POWER9", 1)]:
    core = "power9_v2.0-spapr-cpu-core" if cpu == "POWER9" else "power8_v2.0-spapr-cpu-core"
    p("r6-ps-%s-%s-t%d" % (m, cpu.lower(), thr), *r6_head(m + ",usb=off,dump-guest-core=off", "%d,maxcpus=%d,sockets=1,cores=4,threads=%d" % (thr, 4 * thr, thr), cpu),
      *PS_DEV, steps=[HPC, hda(core, "core1", core_id=thr), CPUS, PERIPH,
                      qda(core, "core2", **{"core-id": 2 * thr}), QCPUS, qdel("core2"), QHPC])
p("r6-ps-wrong-type", *r6_head("pseries-7.2", "4,maxcpus=8,threads=4", "POWER9"), *PS_DEV,
  steps=[hda("power8_v2.0-spapr-cpu-core", "core1", core_id=4), hda("host-spapr-cpu-core", "core1", core_id=4),
         hda("POWER9-spapr-cpu-core", "core1", core_id=4), hda("power9_v2.0-powerpc64-cpu", "core1", core_id=4),
         qda("power9_v2.0-spapr-cpu-core", "core1", **{"core-id": 4})])
p("r6-ps-bad-core-ids", *r6_head("pseries-7.2", "2,maxcpus=8,threads=2", "POWER9"), *PS_DEV,
  steps=[hda("power9_v2.0-spapr-cpu-core", "c"), hda("power9_v2.0-spapr-cpu-core", "c", core_id=3),
         hda("power9_v2.0-spapr-cpu-core", "c", core_id=8), hda("power9_v2.0-spapr-cpu-core", "c", core_id=0),
         hda("power9_v2.0-spapr-cpu-core", "c", socket_id=0, core_id=2, thread_id=0),
         qda("power9_v2.0-spapr-cpu-core", "c", **{"core-id": 2, "nr-threads": 4}), qda("power9_v2.0-spapr-cpu-core", "c", **{"core-id": 2}), PERIPH])
p("r6-ps-qom-get", *r6_head("pseries-7.2", "2,maxcpus=8,threads=2", "POWER9"), *PS_DEV,
  steps=[hda("power9_v2.0-spapr-cpu-core", "core2", core_id=2)] +
        [QGET("/machine/peripheral/core2", p_) for p_ in ("core-id", "nr-threads", "node-id", "hotplugged", "type")] +
        [qmp("qom-list", path="/machine/peripheral/core2"), QEXP("POWER9")])
p("r6-ps-numa", *r6_head("pseries-7.2", "2,maxcpus=8,threads=2", "POWER9", NUMA2),
  "-numa", "cpu,node-id=0,core-id=0", "-numa", "cpu,node-id=0,core-id=2", "-numa", "cpu,node-id=1,core-id=4", "-numa", "cpu,node-id=1,core-id=6",
  *PS_DEV, steps=[HPC, hda("power9_v2.0-spapr-cpu-core", "core4", core_id=4, node_id=1),
                  qda("power9_v2.0-spapr-cpu-core", "core6", **{"core-id": 6, "node-id": 0}),
                  qda("power9_v2.0-spapr-cpu-core", "core6", **{"core-id": 6}), hmp("info numa")[0], QCPUS])
p("r6-ps-numa-socket-id", *r6_head("pseries-7.2", "2,maxcpus=8,threads=2", "POWER9", NUMA2),
  "-numa", "cpu,node-id=1,socket-id=0,core-id=4", steps=[HPC])
p("r6-ps-power8-t8-virtio", *r6_head("pseries-6.2", "8,maxcpus=16,sockets=1,cores=2,threads=8", "POWER8", mem=1024),
  "-device", j(driver="virtio-scsi-pci", id="scsi0", bus="pci.0", addr="0x3"),
  "-blockdev", j(driver="null-co", **{"node-name": "d0"}),
  "-device", j(driver="scsi-hd", bus="scsi0.0", drive="d0", id="disk0"),
  "-netdev", j(type="user", id="hostnet0"), "-device", j(driver="virtio-net-pci", netdev="hostnet0", id="net0", bus="pci.0", addr="0x1"),
  steps=[HPC, hda("power8_v2.0-spapr-cpu-core", "core8", core_id=8), CPUS, {"hmp": "device_del core8"}, {"hmp": "device_del core8"}])
p("r6-ps-power9-t8", *r6_head("pseries-7.2", "8,maxcpus=16,threads=8", "POWER9"), *PS_DEV, steps=[HPC])
p("r6-ps-power9-smt-cap", *r6_head("pseries-7.2", "4,maxcpus=8,threads=4", "POWER9"), *PS_DEV,
  steps=[hda("power9_v2.0-spapr-cpu-core", "core4", core_id=4), QEXP("POWER9"), qmp("query-cpus-fast")])
p("r6-ps-power8-on-pseries-default", "-M", "pseries", "-cpu", "POWER8", "-smp", "1,maxcpus=4", "-nodefaults",
  steps=[HPC, hda("power8_v2.0-spapr-cpu-core", "core1", core_id=1), hda("power8_v2.0-spapr-cpu-core", "core3", core_id=3), CPUS, PERIPH])
p("r6-ps-t1-wrong-type", *r6_head("pseries-7.2", "1,maxcpus=4", "POWER9"), *PS_DEV,
  steps=[hda("power8_v2.0-spapr-cpu-core", "core1", core_id=1), hda("host-spapr-cpu-core", "core1", core_id=1),
         hda("power9_v2.0-spapr-cpu-core", "core1"), hda("power9_v2.0-spapr-cpu-core", "core1", core_id=4),
         hda("power9_v2.0-spapr-cpu-core", "core1", core_id=1, node_id=0), hda("power9_v2.0-spapr-cpu-core", "core2", core_id=1), PERIPH])
p("r6-ps-t1-numa", *r6_head("pseries-7.2", "2,maxcpus=4", "POWER9", NUMA2),
  "-numa", "cpu,node-id=0,core-id=0", "-numa", "cpu,node-id=0,core-id=1", "-numa", "cpu,node-id=1,core-id=2", "-numa", "cpu,node-id=1,core-id=3",
  *PS_DEV, steps=[HPC, hda("power9_v2.0-spapr-cpu-core", "core2", core_id=2, node_id=1),
                  qda("power9_v2.0-spapr-cpu-core", "core3", **{"core-id": 3, "node-id": 0}),
                  qda("power9_v2.0-spapr-cpu-core", "core3", **{"core-id": 3}), hmp("info numa")[0], QCPUS,
                  QGET("/machine/peripheral/core3", "node-id")])
p("r6-ps-t1-qom-get", *r6_head("pseries-7.2", "1,maxcpus=2", "POWER8"), *PS_DEV,
  steps=[qda("power8_v2.0-spapr-cpu-core", "core1", **{"core-id": 1})] +
        [QGET("/machine/peripheral/core1", p_) for p_ in ("core-id", "nr-threads", "node-id", "hotplugged", "type")] +
        [qmp("qom-list", path="/machine/peripheral/core1"), QGET("/machine/peripheral/core1/thread[0]", "type"), QEXP("POWER8"),
         qdel("core1"), qdel("core1"), PERIPH])
p("r6-ps-reg-string", *r6_head("pseries-7.2", "1,maxcpus=2", "POWER9"), "-device", j(driver="spapr-vscsi", id="scsi0", reg="0x00002000"))
p("r6-ps-power9-on-pseries-old", *r6_head("pseries-4.2", "1,maxcpus=4", "POWER9"), *PS_DEV,
  steps=[HPC, qda("power9_v2.0-spapr-cpu-core", "core1", **{"core-id": 1}), QCPUS])
x("r6-q35-cpu-hotplug-device-del-qmp-events", *r6_head("pc-q35-7.2", "1,maxcpus=2", SKY), *Q35_DEV,
  steps=[qda(SKYT, "c1", **{"socket-id": 1, "core-id": 0, "thread-id": 0}), qdel("c1"), qdel("c1"), QCPUS, QHPC])


# Measured while fixing round 6: query-cpu-model-expansion in a running
# machine takes -cpu's flags (key=value on the model in use, +f/-f on every
# model), -global's and the machine's compat properties; a VMX flag asked
# for without vmx is cleared with a warning.
x("r6m-expand-cpu-flags-in-use", "-M", "pc-q35-7.2", "-cpu", "Skylake-Client-IBRS,+vmx,-hle,vmx-ept=off", "-smp", "1,maxcpus=2",
  steps=[QEXP(SKY), QEXP(SKY, vmx=False), QEXP("EPYC")])
x("r6m-expand-old-machine", "-M", "pc-i440fx-5.2", "-smp", "1,maxcpus=2", steps=[QEXP("EPYC"), QEXP("Cascadelake-Server", **{"vmx-ept": True})])
x("r6m-expand-global", "-M", "q35", "-global", "Skylake-Client-IBRS-x86_64-cpu.vmx=on", "-global", "x86_64-cpu.hle=off", steps=[QEXP(SKY)])
x("r6m-expand-versioned-name", "-M", "pc-q35-7.2", "-cpu", SKY + ",vmx=on,vmx-ept=off", "-smp", "1,maxcpus=2",
  steps=[QEXP("Skylake-Client-v2"), QEXP(SKY, "static"), QEXP("Skylake-Client-v2", **{"vmx-vpid": False})])
x("r6m-qom-get-compat-cpu", "-M", "pc-q35-7.2", "-cpu", SKY, "-smp", "1,maxcpus=2",
  steps=[hda(SKYT, "cpu1", socket_id=1, core_id=0, thread_id=0)] +
        [QGET(p_, k) for p_ in (CPU0, "/machine/peripheral/cpu1") for k in ("legacy-multi-node", "guest-phys-bits", "x-vendor-cpuid-only")])
x("r6m-qom-get-compat-cpu-old", "-M", "pc-i440fx-5.2", "-cpu", "EPYC", "-smp", "1,maxcpus=2",
  steps=[qda("EPYC-x86_64-cpu", "cpu1", **{"socket-id": 1, "core-id": 0, "thread-id": 0})] +
        [QGET("/machine/peripheral/cpu1", k) for k in ("x-vendor-cpuid-only", "hv-version-id-major", "npt", "xlevel")])

# ================================================ round 7 (both releases) ====
# A seventh outside tester's round: pseries (qemu-system-ppc64) command lines
# as users paste them. libvirt's ppc64le lines (JSON -device/-blockdev/
# -netdev/-object, -machine pseries-X.Y pinned to older versions with
# usb=off,dump-guest-core=off and the cap-* options libvirt writes,
# -overcommit, -no-shutdown, -boot strict=on, -rtc, -global spapr-nvram.reg,
# extra PHBs named pci.N with devices on pci.N.0); Fedora/Ubuntu/IBM docs
# and blog lines (cap-*, ic-mode, max-cpu-compat, resize-hpt, kvm-type,
# -cpu POWER8/9/10 and compat, spapr-vscsi/vlan/vty/nvram/rng, PHBs with
# index=, virtio on PHBs, USB controllers and input, -numa with memory and
# cpus, -prom-env, -m maxmem/slots with pc-dimm/nvdimm); common mistakes
# (x86 options and devices on pseries, unknown cap values, ic-mode beside
# max-cpu-compat, too many cores, VIO addresses twice); and the monitor
# steps a learner types after them (info hotpluggable-cpus, device_add of a
# core, info qtree/pci/cpus/numa, memory hotplug). Null-co nodes only; no
# device_del of a PCI device or PHB (its DEVICE_DELETED events come at
# QEMU's own pace: the first recordings differed there).
P9C, P8C, P10C = "power9_v2.0-spapr-cpu-core", "power8_v2.0-spapr-cpu-core", "power10_v2.0-spapr-cpu-core"


def lv7_head(machine, cpu="POWER9", smp="2,sockets=2,dies=1,cores=1,threads=1", mem=2048, name="ppc7", mopts="", numa=()):
    a = ["-name", "guest=%s,debug-threads=on" % name, "-machine", machine + ("" if numa else ",memory-backend=ppc_spapr.ram"),
         "-accel", "tcg"]
    if cpu:
        a += ["-cpu", cpu]
    a += ["-m", "size=%dk%s" % (mem << 10, mopts)]
    if not numa:
        a += ["-object", j(**{"qom-type": "memory-backend-ram", "id": "ppc_spapr.ram", "size": mem << 20})]
    a += ["-overcommit", "mem-lock=off", "-smp", smp, "-uuid", "7c1e9a2b-3d4f-4e5a-8b6c-9d0e1f2a3b4c"]
    for n, cpus in enumerate(numa):
        a += ["-object", j(**{"qom-type": "memory-backend-ram", "id": "ram-node%d" % n, "size": (mem // len(numa)) << 20}),
              "-numa", "node,nodeid=%d,cpus=%s,memdev=ram-node%d" % (n, cpus, n)]
    return a + ["-no-user-config", "-nodefaults", "-rtc", "base=utc", "-no-shutdown", "-boot", "strict=on"]


def lv7_disk(n, bus="scsi0.0", scsi_id=0, ro=False, cd=False):
    return ["-blockdev", j(driver="null-co", **{"node-name": "libvirt-%d-storage" % n}, size=1073741824),
            "-blockdev", j(**{"node-name": "libvirt-%d-format" % n, "read-only": ro}, driver="raw", file="libvirt-%d-storage" % n),
            "-device", j(driver="scsi-cd" if cd else "scsi-hd", bus=bus, channel=0, **{"scsi-id": scsi_id}, lun=0,
                         device_id="drive-scsi0-0-%d-0" % scsi_id, drive="libvirt-%d-format" % n, id="scsi0-0-%d-0" % scsi_id)]


LV7_VIO = ["-device", j(driver="spapr-vscsi", id="scsi0", reg=8192), *lv7_disk(1),
           "-netdev", j(type="user", id="hostnet0"),
           "-device", j(driver="spapr-vlan", netdev="hostnet0", id="net0", mac="52:54:00:7a:00:01", reg=4096),
           "-chardev", "null,id=charserial0", "-device", j(driver="spapr-vty", chardev="charserial0", id="serial0", reg=0x30000000),
           "-global", "spapr-nvram.reg=0x3000"]
LV7_VIRTIO = ["-device", j(driver="qemu-xhci", p2=15, p3=15, id="usb", bus="pci.0", addr="0x2"),
              "-device", j(driver="virtio-scsi-pci", id="scsi0", bus="pci.0", addr="0x3"), *lv7_disk(1),
              "-netdev", j(type="user", id="hostnet0"),
              "-device", j(driver="virtio-net-pci", netdev="hostnet0", id="net0", mac="52:54:00:7a:00:02", bus="pci.0", addr="0x1"),
              "-chardev", "null,id=charserial0", "-device", j(driver="spapr-vty", chardev="charserial0", id="serial0", reg=0x30000000),
              "-device", j(driver="usb-kbd", id="input0", bus="usb.0", port="1"),
              "-device", j(driver="usb-mouse", id="input1", bus="usb.0", port="2"),
              "-device", j(driver="virtio-balloon-pci", id="balloon0", bus="pci.0", addr="0x4"),
              "-object", j(**{"qom-type": "rng-builtin", "id": "objrng0"}),
              "-device", j(driver="virtio-rng-pci", rng="objrng0", id="rng0", bus="pci.0", addr="0x5"),
              "-global", "spapr-nvram.reg=0x3000"]
# libvirt lines on several machine versions, VIO and virtio flavours
for m, cpu in [("pseries-7.2", "POWER9"), ("pseries-7.0", "POWER9"), ("pseries-6.0", "POWER9"), ("pseries-5.0", "POWER9"),
               ("pseries-4.2", "POWER9"), ("pseries-4.0", "POWER8"), ("pseries-3.1", "POWER8")]:
    p("r7-lv-vio-" + m, *lv7_head(m + ",usb=off,dump-guest-core=off", cpu), *LV7_VIO, steps=[QTREE, BLOCK, NET, CHR, PERIPH, HPC])
for m in ["pseries-7.1", "pseries-6.2", "pseries-5.2"]:
    p("r7-lv-virtio-" + m, *lv7_head(m + ",usb=off,dump-guest-core=off"), *LV7_VIRTIO, steps=[PCI, USB, BLOCK, NET, PERIPH, HPC])
p("r7-lv-caps-broken", *lv7_head("pseries-7.2,usb=off,dump-guest-core=off,cap-cfpc=broken,cap-sbbc=broken,cap-ibs=broken,cap-ccf-assist=off"),
  *LV7_VIO, steps=[QGET("/machine", "cap-cfpc"), QGET("/machine", "cap-ccf-assist"), HPC])
p("r7-lv-caps-hpt", *lv7_head("pseries-7.2,usb=off,dump-guest-core=off,resize-hpt=required,cap-hpt-max-page-size=65536"),
  *LV7_VIO, steps=[QGET("/machine", "resize-hpt"), QGET("/machine", "cap-hpt-max-page-size")])
p("r7-lv-caps-htm-on", *lv7_head("pseries-7.2,usb=off,dump-guest-core=off,cap-htm=on"), *LV7_VIO)
p("r7-lv-caps-nested-hv", *lv7_head("pseries-7.2,usb=off,dump-guest-core=off,cap-nested-hv=on"), *LV7_VIO)
p("r7-lv-caps-fwnmi-off", *lv7_head("pseries-7.2,usb=off,dump-guest-core=off,cap-fwnmi=off"), *LV7_VIO,
  steps=[QGET("/machine", "cap-fwnmi")])
p("r7-lv-max-cpu-compat", *lv7_head("pseries-7.2,usb=off,dump-guest-core=off,max-cpu-compat=power8", "POWER9"), *LV7_VIO,
  steps=[QGET("/machine", "max-cpu-compat"), HPC])
p("r7-lv-pseries-2.12", *lv7_head("pseries-2.12,usb=off,dump-guest-core=off", "POWER8"), *LV7_VIO)
p("r7-lv-pseries-2.12-htm-off", *lv7_head("pseries-2.12,usb=off,dump-guest-core=off,cap-htm=off", "POWER8"), *LV7_VIO,
  steps=[HPC, QGET("/machine", "cap-htm")])
p("r7-lv-pseries-3.0-power7", *lv7_head("pseries-3.0,usb=off,dump-guest-core=off", "POWER7"), *LV7_VIO, steps=[HPC])
p("r7-lv-ohci", *lv7_head("pseries-6.2,usb=off,dump-guest-core=off"),
  "-device", j(driver="pci-ohci", id="usb", bus="pci.0", addr="0x1"),
  "-device", j(driver="usb-tablet", id="input0", bus="usb.0", port="1"), steps=[USB, PCI])
p("r7-lv-phb2", *lv7_head("pseries-7.2,usb=off,dump-guest-core=off"),
  "-device", j(driver="spapr-pci-host-bridge", index=1, id="pci.1"),
  "-device", j(driver="spapr-pci-host-bridge", index=2, id="pci.2"),
  "-netdev", j(type="user", id="hostnet0"),
  "-device", j(driver="virtio-net-pci", netdev="hostnet0", id="net0", mac="52:54:00:7a:00:03", bus="pci.1.0", addr="0x1"),
  "-blockdev", j(driver="null-co", **{"node-name": "libvirt-1-storage"}),
  "-blockdev", j(**{"node-name": "libvirt-1-format", "read-only": False}, driver="raw", file="libvirt-1-storage"),
  "-device", j(driver="virtio-blk-pci", bus="pci.2.0", addr="0x2", drive="libvirt-1-format", id="virtio-disk0", bootindex=1),
  steps=[PCI, QTREE, qmp("query-pci"), PERIPH])
p("r7-lv-phb-bus-wrong", *lv7_head("pseries-7.2,usb=off,dump-guest-core=off"),
  "-device", j(driver="spapr-pci-host-bridge", index=1, id="pci.1"),
  "-device", j(driver="virtio-balloon-pci", id="balloon0", bus="pci.1", addr="0x2"))
p("r7-lv-numa", *lv7_head("pseries-7.2,usb=off,dump-guest-core=off", smp="4,maxcpus=8,sockets=8,cores=1,threads=1",
                          numa=("0-3", "4-7")), *LV7_VIO,
  steps=[NUMA, HPC, hda(P9C, "vcpu4", core_id=4, node_id=1), hda(P9C, "vcpu5", core_id=5, node_id=0), NUMA, CPUS])
p("r7-lv-memory-hotplug", *lv7_head("pseries-7.2,usb=off,dump-guest-core=off", smp="2,maxcpus=4,sockets=4,cores=1,threads=1",
                                    mopts=",slots=16,maxmem=8388608k"),
  "-object", j(**{"qom-type": "memory-backend-ram", "id": "memdimm0", "size": 1073741824}),
  "-device", j(driver="pc-dimm", memdev="memdimm0", id="dimm0", slot=0),
  steps=[MEMDEVS, {"hmp": "object_add memory-backend-ram,id=memdimm1,size=512M"},
         {"hmp": "device_add pc-dimm,id=dimm1,memdev=memdimm1"}, MEMDEVS, PERIPH])
p("r7-lv-hotplug-session", *lv7_head("pseries-7.1,usb=off,dump-guest-core=off", "POWER9", "1,maxcpus=4,sockets=4,cores=1,threads=1"),
  *LV7_VIRTIO, steps=[HPC, hda(P9C, "vcpu1", core_id=1), qda(P9C, "vcpu2", **{"core-id": 2}), CPUS, QCPUS, qdel("vcpu2"), HPC,
                      {"hmp": "info qtree"}])

# docs and blog lines: -M pseries with caps, ic-mode, max-cpu-compat, resize-hpt, kvm-type
p("r7-caps-silence-tcg", "-M", "pseries,cap-cfpc=broken,cap-sbbc=broken,cap-ibs=broken,cap-ccf-assist=off", "-cpu", "POWER9",
  "-m", "2G", "-smp", "2", steps=[HPC])
p("r7-caps-large-decr-off", "-M", "pseries,cap-large-decr=off", steps=[QGET("/machine", "cap-large-decr")])
p("r7-caps-vsx-dfp-off", "-M", "pseries,cap-vsx=off,cap-dfp=off", "-cpu", "POWER9")
p("r7-caps-hpt-16m", "-M", "pseries,cap-hpt-max-page-size=16M", steps=[QGET("/machine", "cap-hpt-max-page-size")])
p("r7-caps-hpt-4k", "-M", "pseries,cap-hpt-max-page-size=4k")
p("r7-caps-hpt-2m", "-M", "pseries,cap-hpt-max-page-size=2M")
p("r7-caps-hpt-64", "-M", "pseries,cap-hpt-max-page-size=64")
p("r7-caps-cfpc-workaround", "-M", "pseries,cap-cfpc=workaround")
p("r7-caps-cfpc-fixed", "-M", "pseries,cap-cfpc=fixed")
p("r7-caps-cfpc-maybe", "-M", "pseries,cap-cfpc=maybe")
p("r7-caps-ibs-fixed-ccd", "-M", "pseries,cap-ibs=fixed-ccd")
p("r7-caps-ibs-fixed-ibs", "-M", "pseries,cap-ibs=fixed-ibs")
p("r7-caps-ibs-fixed-na", "-M", "pseries,cap-ibs=fixed-na")
p("r7-caps-sbbc-on", "-M", "pseries,cap-sbbc=on")
p("r7-caps-htm-yes", "-M", "pseries,cap-htm=yes")
p("r7-caps-htm-true", "-M", "pseries,cap-htm=true")
p("r7-caps-ccf-assist-on", "-M", "pseries,cap-ccf-assist=on")
p("r7-caps-unknown", "-M", "pseries,cap-foo=on")
p("r7-caps-ail-mode-3", "-M", "pseries,cap-ail-mode-3=off", steps=[QGET("/machine", "cap-ail-mode-3")])
p("r7-caps-nested-hv-power8", "-M", "pseries,cap-nested-hv=on", "-cpu", "POWER8")
p("r7-caps-help", "-M", "pseries,help")
p("r7-ic-xics", "-M", "pseries,ic-mode=xics", "-cpu", "POWER9", steps=[QGET("/machine", "ic-mode"), QTREE])
p("r7-ic-dual-power8", "-M", "pseries,ic-mode=dual", "-cpu", "POWER8", steps=[QGET("/machine", "ic-mode")])
p("r7-ic-xive-power8", "-M", "pseries,ic-mode=xive", "-cpu", "POWER8")
p("r7-ic-xive-compat-power8", "-M", "pseries,ic-mode=xive,max-cpu-compat=power8", "-cpu", "POWER9")
p("r7-ic-xive-pseries-4.0", "-M", "pseries-4.0,ic-mode=xive", "-cpu", "POWER9")
p("r7-ic-xive-pseries-3.1", "-M", "pseries-3.1,ic-mode=xive", "-cpu", "POWER9")
p("r7-ic-bogus", "-M", "pseries,ic-mode=xics2")
p("r7-ic-upper", "-M", "pseries,ic-mode=XIVE")
p("r7-compat-power8-p9", "-M", "pseries,max-cpu-compat=power8", "-cpu", "POWER9", "-smp", "1,maxcpus=2",
  steps=[HPC, hda(P9C, "c1", core_id=1), CPUS])
p("r7-compat-power10-p9", "-M", "pseries,max-cpu-compat=power10", "-cpu", "POWER9")
p("r7-compat-power9-p8", "-M", "pseries,max-cpu-compat=power9", "-cpu", "POWER8")
p("r7-compat-power7-p9", "-M", "pseries,max-cpu-compat=power7", "-cpu", "POWER9")
p("r7-compat-power9-p10", "-M", "pseries,max-cpu-compat=power9", "-cpu", "POWER10", steps=[QGET("/machine", "max-cpu-compat")])
p("r7-compat-upper", "-M", "pseries,max-cpu-compat=POWER9")
p("r7-compat-power6", "-M", "pseries,max-cpu-compat=power6", "-cpu", "POWER7")
p("r7-resize-hpt-enabled", "-M", "pseries,resize-hpt=enabled", steps=[QGET("/machine", "resize-hpt")])
p("r7-resize-hpt-bogus", "-M", "pseries,resize-hpt=on")
p("r7-kvm-type-pr", "-M", "pseries,kvm-type=PR", steps=[QGET("/machine", "kvm-type")])
p("r7-kvm-type-bogus", "-M", "pseries,kvm-type=nonsense", steps=[QGET("/machine", "kvm-type")])
p("r7-vsmt-8", "-M", "pseries,vsmt=8", steps=[QGET("/machine", "vsmt")])
p("r7-vsmt-bad-cpu", "-M", "pseries,vsmt=16", "-cpu", "POWER8")
p("r7-rtas-size-read", "-M", "pseries", steps=[QGET("/machine", "rtas-size"), QGET("/machine", "kvm-type")])
# -cpu models and compat
p("r7-cpu-power10", "-M", "pseries", "-cpu", "POWER10", "-smp", "2,maxcpus=4", steps=[HPC, hda(P10C, "c2", core_id=2), CPUS])
p("r7-cpu-power9-v2", "-M", "pseries", "-cpu", "power9_v2.0", "-smp", "1,maxcpus=2", steps=[HPC])
p("r7-cpu-power9-v22", "-M", "pseries", "-cpu", "power9_v2.2", "-smp", "1,maxcpus=2", steps=[HPC])
p("r7-cpu-power8e", "-M", "pseries", "-cpu", "power8e", "-smp", "1,maxcpus=2", steps=[HPC])
p("r7-cpu-power8nvl", "-M", "pseries", "-cpu", "power8nvl", steps=[HPC])
p("r7-cpu-compat-prop", "-M", "pseries", "-cpu", "POWER9,compat=power8")
p("r7-cpu-compat-prop-bad", "-M", "pseries", "-cpu", "POWER9,compat=power11")
p("r7-cpu-power7-default", "-M", "pseries", "-cpu", "POWER7", steps=[HPC, QGET("/machine", "ic-mode")])
p("r7-cpu-970", "-M", "pseries", "-cpu", "970")
p("r7-cpu-power5", "-M", "pseries", "-cpu", "POWER5+")
p("r7-cpu-lowercase", "-M", "pseries", "-cpu", "power9", steps=[HPC])
p("r7-cpu-unknown-flag", "-M", "pseries", "-cpu", "POWER9,+altivec")
p("r7-cpu-host", "-M", "pseries", "-cpu", "host")
p("r7-cpu-qemu64", "-M", "pseries", "-cpu", "qemu64")
p("r7-cpu-max", "-M", "pseries", "-cpu", "max", steps=[HPC])
# VIO devices: vscsi, vlan, vty, nvram, rng
p("r7-vscsi-hd-cd", "-M", "pseries", "-device", "spapr-vscsi,id=scsi0", "-blockdev", "null-co,node-name=hd0,size=1G",
  "-blockdev", "null-co,node-name=cd0,read-only=on", "-device", "scsi-hd,drive=hd0,bus=scsi0.0,scsi-id=0",
  "-device", "scsi-cd,drive=cd0,bus=scsi0.0,scsi-id=1", steps=[QTREE, BLOCK, PERIPH])
p("r7-vscsi-two", "-M", "pseries", "-device", "spapr-vscsi", "-device", "spapr-vscsi", "-blockdev", "null-co,node-name=d",
  "-device", "scsi-hd,drive=d", steps=[QTREE])
p("r7-vscsi-lun-too-big", "-M", "pseries", "-device", "spapr-vscsi,id=v", "-blockdev", "null-co,node-name=d",
  "-device", "scsi-hd,drive=d,bus=v.0,lun=40")
p("r7-vscsi-scsi-id-too-big", "-M", "pseries", "-device", "spapr-vscsi,id=v", "-blockdev", "null-co,node-name=d",
  "-device", "scsi-hd,drive=d,bus=v.0,scsi-id=64")
p("r7-vio-reg-clash", "-M", "pseries", "-device", "spapr-vscsi,reg=0x2000", "-netdev", "user,id=n",
  "-device", "spapr-vlan,netdev=n,reg=0x2000")
p("r7-vio-reg-low", "-M", "pseries", "-device", "spapr-vscsi,reg=0x100,id=v", steps=[QTREE])
p("r7-vlan-two", "-M", "pseries", "-netdev", "user,id=n0", "-netdev", "user,id=n1", "-device", "spapr-vlan,netdev=n0,id=v0",
  "-device", "spapr-vlan,netdev=n1,id=v1,mac=52:54:00:12:34:99", steps=[NET, QTREE])
p("r7-vlan-no-netdev", "-M", "pseries", "-device", "spapr-vlan,id=v0", steps=[NET, QTREE])
p("r7-net-nic-spapr-vlan", "-M", "pseries", "-net", "nic,model=spapr-vlan", "-net", "user")
p("r7-nic-model-help", "-M", "pseries", "-nic", "model=help")
p("r7-vty-serial-null", "-M", "pseries", "-serial", "null", "-serial", "null", steps=[QTREE, CHR])
p("r7-vty-ring", "-M", "pseries", "-chardev", "ringbuf,id=con0,size=4096", "-device", "spapr-vty,chardev=con0,id=vty0",
  steps=[CHR, QGET("/machine/peripheral/vty0", "reg")])
p("r7-vty-bad-chardev", "-M", "pseries", "-device", "spapr-vty,chardev=nosuch")
p("r7-nvram-drive", "-M", "pseries", "-blockdev", "null-co,node-name=nv,size=65536", "-device", "spapr-nvram,drive=nv",
  steps=[QTREE])
p("r7-nvram-drive-big", "-M", "pseries", "-blockdev", "null-co,node-name=nv", "-device", "spapr-nvram,drive=nv")
p("r7-nvram-drive-small", "-M", "pseries", "-blockdev", "null-co,node-name=nv,size=4096", "-device", "spapr-nvram,drive=nv")
p("r7-nvram-global-reg", "-M", "pseries", "-global", "spapr-nvram.reg=0x3000", steps=[QTREE])
p("r7-nvram-pflash", "-M", "pseries", "-drive", "if=pflash,format=raw,file.driver=null-co,file.size=65536", steps=[QTREE])
p("r7-rng-builtin", "-M", "pseries", "-object", "rng-builtin,id=rng0", "-device", "spapr-rng,rng=rng0,id=srng", steps=[QTREE, PERIPH])
p("r7-rng-use-kvm", "-M", "pseries", "-object", "rng-builtin,id=rng0", "-device", "spapr-rng,rng=rng0,use-kvm=on")
p("r7-rng-two", "-M", "pseries", "-object", "rng-builtin,id=r0", "-device", "spapr-rng,rng=r0", "-device", "spapr-rng,rng=r0")
p("r7-rng-no-backend", "-M", "pseries", "-device", "spapr-rng", steps=[QTREE])
# PHBs and virtio on them
p("r7-phb-index1", "-M", "pseries", "-device", "spapr-pci-host-bridge,index=1,id=phb1", "-device", "virtio-net-pci,bus=phb1.0,netdev=n",
  "-netdev", "user,id=n", steps=[PCI, NET])
p("r7-phb-no-index", "-M", "pseries", "-device", "spapr-pci-host-bridge,id=phb1")
p("r7-phb-index-dup", "-M", "pseries", "-device", "spapr-pci-host-bridge,index=1", "-device", "spapr-pci-host-bridge,index=1")
p("r7-phb-index-0", "-M", "pseries", "-device", "spapr-pci-host-bridge,index=0")
p("r7-phb-index-big", "-M", "pseries", "-device", "spapr-pci-host-bridge,index=31", steps=[PCI])
p("r7-phb-index-too-big", "-M", "pseries", "-device", "spapr-pci-host-bridge,index=32")
p("r7-phb-numa-node", "-M", "pseries", "-m", "2G", "-object", "memory-backend-ram,id=m0,size=1G", "-object", "memory-backend-ram,id=m1,size=1G",
  "-numa", "node,memdev=m0", "-numa", "node,memdev=m1", "-device", "spapr-pci-host-bridge,index=1,id=phb1,numa_node=1",
  steps=[QGET("/machine/peripheral/phb1", "numa_node"), PCI])
p("r7-phb-virtio-blk-scsi", "-M", "pseries", "-blockdev", "null-co,node-name=d0", "-blockdev", "null-co,node-name=d1",
  "-device", "virtio-blk-pci,drive=d0,id=vblk", "-device", "virtio-scsi-pci,id=vscsi", "-device", "scsi-hd,drive=d1,bus=vscsi.0",
  steps=[PCI, BLOCK, QTREE])
p("r7-pcie-bus-mistake", "-M", "pseries", "-netdev", "user,id=n", "-device", "virtio-net-pci,netdev=n,bus=pcie.0")
p("r7-pcie-root-port", "-M", "pseries", "-device", "pcie-root-port,id=rp0,chassis=1", steps=[PCI])
p("r7-pci-bridge", "-M", "pseries", "-device", "pci-bridge,id=br1,chassis_nr=1", "-device", "virtio-balloon-pci,bus=br1,addr=0x3",
  steps=[PCI])
# USB
p("r7-usb-option", "-M", "pseries", "-usb", "-device", "usb-tablet", steps=[USB, PCI])
p("r7-usb-nec-xhci", "-M", "pseries", "-device", "nec-usb-xhci,id=xhci", "-device", "usb-kbd,bus=xhci.0",
  "-device", "usb-mouse,bus=xhci.0", "-device", "usb-tablet,bus=xhci.0", steps=[USB, hmp("info mice")[0]])
p("r7-usb-off-kbd", "-M", "pseries,usb=off", "-device", "usb-kbd")
p("r7-usb-on-machine", "-M", "pseries,usb=on", steps=[USB, PCI])
p("r7-usb-ehci", "-M", "pseries", "-device", "usb-ehci,id=ehci", "-device", "usb-tablet,bus=ehci.0", steps=[USB])
# NUMA on pseries
p("r7-numa-mem-legacy", "-M", "pseries", "-m", "2G", "-smp", "4", "-numa", "node,mem=1G,cpus=0-1", "-numa", "node,mem=1G,cpus=2-3")
p("r7-numa-mem-legacy-5.0", "-M", "pseries-5.0", "-m", "2G", "-smp", "4", "-numa", "node,mem=1G,cpus=0-1", "-numa", "node,mem=1G,cpus=2-3",
  steps=[NUMA])
p("r7-numa-unaligned", "-M", "pseries", "-m", "1G", "-object", "memory-backend-ram,id=m0,size=384M",
  "-object", "memory-backend-ram,id=m1,size=640M", "-numa", "node,memdev=m0", "-numa", "node,memdev=m1")
p("r7-numa-memoryless", "-M", "pseries", "-m", "1G", "-smp", "2", "-object", "memory-backend-ram,id=m0,size=1G",
  "-numa", "node,memdev=m0,cpus=0", "-numa", "node,cpus=1", steps=[NUMA, HPC])
p("r7-numa-dist", "-M", "pseries", "-m", "2G", "-smp", "2", "-object", "memory-backend-ram,id=m0,size=1G",
  "-object", "memory-backend-ram,id=m1,size=1G", "-numa", "node,nodeid=0,memdev=m0,cpus=0", "-numa", "node,nodeid=1,memdev=m1,cpus=1",
  "-numa", "dist,src=0,dst=1,val=40", steps=[NUMA])
p("r7-numa-cpus-hotplug", "-M", "pseries", "-m", "2G", "-smp", "2,maxcpus=4", "-object", "memory-backend-ram,id=m0,size=1G",
  "-object", "memory-backend-ram,id=m1,size=1G", "-numa", "node,memdev=m0,cpus=0-1", "-numa", "node,memdev=m1,cpus=2-3",
  steps=[HPC, hda(P9C, "c2", core_id=2), hda(P9C, "c3", core_id=3, node_id=0), hda(P9C, "c3", core_id=3, node_id=1), NUMA, CPUS])
# -prom-env
p("r7-prom-env", "-M", "pseries", "-prom-env", "boot-command=boot net", "-prom-env", "auto-boot?=false")
p("r7-prom-env-no-eq", "-M", "pseries", "-prom-env", "input-device")
# memory: maxmem/slots, pc-dimm, nvdimm
p("r7-mem-dimm", "-M", "pseries", "-m", "2G,slots=4,maxmem=8G", "-object", "memory-backend-ram,id=mem1,size=1G",
  "-device", "pc-dimm,id=dimm1,memdev=mem1", steps=[MEMDEVS, hmp("info memory_size_summary")[0]])
p("r7-mem-dimm-unaligned", "-M", "pseries", "-m", "2G,slots=4,maxmem=8G", "-object", "memory-backend-ram,id=mem1,size=100M",
  "-device", "pc-dimm,id=dimm1,memdev=mem1")
p("r7-mem-maxmem-unaligned", "-M", "pseries", "-m", "2G,slots=4,maxmem=3000M")
p("r7-mem-ram-unaligned", "-M", "pseries", "-m", "1000M")
p("r7-mem-no-slots", "-M", "pseries", "-m", "2G,maxmem=4G", steps=[hmp("info memory_size_summary")[0]])
p("r7-mem-dimm-no-maxmem", "-M", "pseries", "-object", "memory-backend-ram,id=mem1,size=256M", "-device", "pc-dimm,memdev=mem1")
p("r7-mem-nvdimm", "-M", "pseries,nvdimm=on", "-m", "2G,slots=4,maxmem=8G", "-object", "memory-backend-ram,id=nv1,size=1G",
  "-device", "nvdimm,id=nvd1,memdev=nv1,label-size=128k", steps=[MEMDEVS])
p("r7-mem-nvdimm-no-label", "-M", "pseries,nvdimm=on", "-m", "2G,slots=4,maxmem=8G", "-object", "memory-backend-ram,id=nv1,size=1G",
  "-device", "nvdimm,id=nvd1,memdev=nv1")
p("r7-mem-nvdimm-off", "-M", "pseries", "-m", "2G,slots=4,maxmem=8G", "-object", "memory-backend-ram,id=nv1,size=1G",
  "-device", "nvdimm,id=nvd1,memdev=nv1,label-size=128k")
p("r7-mem-hotplug-monitor", "-M", "pseries", "-m", "1G,slots=2,maxmem=4G",
  steps=[{"hmp": "object_add memory-backend-ram,id=m1,size=1G"}, {"hmp": "device_add pc-dimm,id=d1,memdev=m1"}, MEMDEVS,
         {"hmp": "object_add memory-backend-ram,id=m2,size=300M"}, {"hmp": "device_add pc-dimm,id=d2,memdev=m2"},
         {"hmp": "device_add pc-dimm,id=d3,memdev=m1"}])
# -smp: too many cores, threads
p("r7-smp-too-many", "-M", "pseries", "-smp", "1,maxcpus=5000")
p("r7-smp-2.6-hotplug", "-M", "pseries-2.6", "-smp", "1,maxcpus=2")
p("r7-smp-power7-threads8", "-M", "pseries", "-cpu", "POWER7", "-smp", "8,threads=8")
p("r7-smp-power9-threads2", "-M", "pseries", "-cpu", "POWER9", "-smp", "4,cores=2,threads=2", steps=[HPC])
p("r7-smp-sockets-cores", "-M", "pseries", "-smp", "4,sockets=2,cores=2,maxcpus=8", steps=[HPC, hda(P9C, "c7", core_id=7), CPUS])
# x86 habits on pseries
p("r7-x86-q35-device", "-M", "pseries", "-device", "ich9-ahci,id=sata")
p("r7-x86-isa-serial", "-M", "pseries", "-chardev", "null,id=c", "-device", "isa-serial,chardev=c")
p("r7-x86-i6300esb", "-M", "pseries", "-device", "i6300esb,id=wd", "-action", "watchdog=pause", steps=[PCI])
p("r7-x86-global-piix4", "-M", "pseries", "-global", "PIIX4_PM.disable_s3=1")
p("r7-x86-global-kvm-pit", "-M", "pseries", "-global", "kvm-pit.lost_tick_policy=delay")
p("r7-x86-smm", "-M", "pseries,smm=off")
p("r7-x86-no-hpet", "-M", "pseries", "-no-hpet")
p("r7-x86-vga-std", "-M", "pseries", "-vga", "std", steps=[PCI])
p("r7-x86-e1000e", "-M", "pseries", "-netdev", "user,id=n", "-device", "e1000e,netdev=n,id=nic0", steps=[PCI])
p("r7-x86-machine-q35-opts", "-M", "pseries,kernel-irqchip=split")
p("r7-x86-cpu-device-add", "-M", "pseries", "-smp", "1,maxcpus=2",
  steps=[{"hmp": "device_add qemu64-x86_64-cpu,socket-id=0,core-id=1,thread-id=0"}, hda(P9C, "c1", core_id=1, socket_id=0),
         hda("POWER9", "c1", core_id=1), hda(P9C, "c1", core_id=1, thread_id=0)])
# the monitor after a pseries line
p("r7-mon-core-add-del", "-M", "pseries", "-cpu", "POWER9", "-m", "2G", "-smp", "2,maxcpus=4", "-nodefaults",
  "-device", "spapr-vscsi,id=scsi0", "-blockdev", "null-co,node-name=hd0", "-device", "scsi-hd,drive=hd0,bus=scsi0.0",
  steps=[HPC, hda(P9C, "core2", core_id=2), CPUS, {"hmp": "info qtree"}, {"hmp": "device_del core2"}, HPC, CPUS])
p("r7-mon-info-pci-phb", "-M", "pseries", "-device", "spapr-pci-host-bridge,index=1,id=phb1",
  steps=[PCI, {"hmp": "device_add virtio-blk-pci,bus=phb1.0,drive=nosuch"}, {"hmp": "drive_add 0 if=none,id=d1,driver=null-co"},
         {"hmp": "device_add virtio-blk-pci,bus=phb1.0,drive=d1,id=vb"}, PCI, PERIPH])
p("r7-mon-vio-hotplug", "-M", "pseries", "-netdev", "user,id=n",
  steps=[{"hmp": "device_add spapr-vlan,netdev=n,id=v"}, {"hmp": "device_add spapr-vscsi,id=s"}, PERIPH])
p("r7-mon-phb-hotplug", "-M", "pseries", steps=[{"hmp": "device_add spapr-pci-host-bridge,index=2,id=phb2"}, PCI, PERIPH,
                                                {"hmp": "device_add spapr-pci-host-bridge,index=2,id=phb3"}])
p("r7-mon-query-caps", "-M", "pseries", steps=[qmp("qom-list", path="/machine"), QGET("/machine", "cap-cfpc"),
                                               QGET("/machine", "cap-hpt-max-page-size"), QGET("/machine", "ic-mode")])
p("r7-mon-qom-set-cap", "-M", "pseries", steps=[qmp("qom-set", path="/machine", property="cap-htm", value=True),
                                                QGET("/machine", "cap-htm")])
p("r7-mon-info-cpus-power8", "-M", "pseries-5.2", "-cpu", "POWER8", "-smp", "2,maxcpus=4", steps=[CPUS, QCPUS, HPC])
p("r7-mon-core-wrong-node", "-M", "pseries", "-smp", "1,maxcpus=2", steps=[hda(P9C, "c1", core_id=1, node_id=1), QHPC])


# Measured while fixing round 7 (r7m-): when pseries makes a USB keyboard
# and mouse (a VGA it made or a -device/-global of a VGA type, not
# -nodefaults), bridges' chassis numbers on a PHB and devices behind them,
# NVDIMM sizes net of the label, hpt-max-page-size and nested-hv at the
# first reset, the NVRAM's reg from -global beside serial ports.
p("r7m-usb-vga-std", "-M", "pseries", "-usb", "-vga", "std", steps=[USB])
p("r7m-usb-device-vga", "-M", "pseries", "-usb", "-device", "VGA,id=v", steps=[USB])
p("r7m-usb-global-vga", "-M", "pseries", "-usb", "-global", "VGA.vgamem_mb=16", steps=[USB])
p("r7m-usb-machine-on-vga", "-M", "pseries,usb=on", "-device", "VGA,id=v", steps=[USB])
p("r7m-usb-vga-none", "-M", "pseries", "-usb", "-vga", "none", steps=[USB])
p("r7m-usb-virtio-gpu", "-M", "pseries", "-usb", "-device", "virtio-gpu-pci", steps=[USB])
p("r7m-usb-defaults", *OWN, "-M", "pseries", "-nodefaults", "-usb", steps=[USB], base=False)
p("r7m-bridge-no-chassis", "-M", "pseries", "-device", "pci-bridge,id=br1")
p("r7m-bridge-chassis-dup", "-M", "pseries", "-device", "pci-bridge,id=br1,chassis_nr=1", "-device", "pci-bridge,id=br2,chassis_nr=1")
p("r7m-bridge-pcie-pci", "-M", "pseries", "-device", "pcie-pci-bridge,id=b")
p("r7m-bridge-two", "-M", "pseries", "-device", "pci-bridge,id=br1,chassis_nr=1", "-device", "pci-bridge,id=br2,chassis_nr=2",
  "-device", "virtio-rng-pci,bus=br2,id=rng", "-device", "virtio-balloon-pci,bus=br1,addr=0x5,id=bal", steps=[PCI, QPCI])
p("r7m-bridge-nested", "-M", "pseries", "-device", "pci-bridge,id=br1,chassis_nr=1", "-device", "pci-bridge,id=br2,chassis_nr=2,bus=br1",
  "-device", "virtio-rng-pci,bus=br2,id=rng", "-device", "pci-bridge,id=br3,chassis_nr=3", steps=[PCI, QPCI])
p("r7m-bridge-hotplug", "-M", "pseries", "-device", "pci-bridge,id=br1,chassis_nr=1",
  steps=[{"hmp": "device_add virtio-rng-pci,bus=br1,id=rng"}, PCI, {"hmp": "device_add pci-bridge,id=br2"}])
p("r7m-nvdimm-sized", "-M", "pseries", "-m", "2G,slots=4,maxmem=8G", "-object", "memory-backend-ram,id=nv1,size=1048704K",
  "-device", "nvdimm,id=nvd1,memdev=nv1,label-size=128k", steps=[MEMDEVS, PERIPH])
p("r7m-nvdimm-off-sized", "-M", "pseries,nvdimm=off", "-m", "2G,slots=4,maxmem=8G", "-object", "memory-backend-ram,id=nv1,size=1048704K",
  "-device", "nvdimm,id=nvd1,memdev=nv1,label-size=128k")
p("r7m-nvdimm-off-no-label", "-M", "pseries,nvdimm=off", "-m", "2G,slots=4,maxmem=8G", "-object", "memory-backend-ram,id=nv1,size=1G",
  "-device", "nvdimm,id=nvd1,memdev=nv1")
p("r7m-nvdimm-hotplug", "-M", "pseries", "-m", "2G,slots=4,maxmem=8G",
  steps=[{"hmp": "object_add memory-backend-ram,id=nv1,size=1G"}, {"hmp": "device_add nvdimm,id=n1,memdev=nv1"},
         {"hmp": "device_add nvdimm,id=n1,memdev=nv1,label-size=128k"}, {"hmp": "object_add memory-backend-ram,id=nv2,size=1048704K"},
         {"hmp": "device_add nvdimm,id=n2,memdev=nv2,label-size=128k"}, MEMDEVS])
p("r7m-hpt-8k", "-M", "pseries,cap-hpt-max-page-size=8k")
p("r7m-hpt-2k", "-M", "pseries,cap-hpt-max-page-size=2k")
p("r7m-hpt-4k-reset", "-M", "pseries,cap-hpt-max-page-size=4k", steps=[{"hmp": "system_reset"}])
p("r7m-nested-hv-compat", "-M", "pseries,cap-nested-hv=on,max-cpu-compat=power8", "-cpu", "POWER9")
p("r7m-nested-hv-power7", "-M", "pseries,cap-nested-hv=on,cap-hpt-max-page-size=4k", "-cpu", "POWER7")
p("r7m-nested-hv-power10", "-M", "pseries,cap-nested-hv=on", "-cpu", "POWER10")
p("r7m-nvram-global-serial", "-M", "pseries", "-serial", "null", "-global", "spapr-nvram.reg=0x3000", "-device", "spapr-vscsi",
  steps=[QTREE])
p("r7m-nvram-global-auto", "-M", "pseries", "-global", "spapr-nvram.reg=0x3000", "-device", "spapr-vscsi", "-device", "spapr-vscsi,reg=0x3000")
p("r7m-caps-10-only", "-M", "pseries,cap-dawr1=off,cap-nested-papr=off", steps=[QGET("/machine", "cap-dawr1")])
p("r7m-caps-ail-on", "-M", "pseries,cap-ail-mode-3=on", "-cpu", "POWER8")
# The NVRAM takes -drive if=pflash,unit=0 (its protocol node given by file.* options).
p("r7m-nvram-pflash-block", "-M", "pseries", "-drive", "if=pflash,format=raw,file.driver=null-co,file.size=131072,id=nv",
  steps=[hmp("info block")[0], QGET("/machine/unattached/device[2]", "type")])
p("r7m-nvram-pflash-unit1", "-M", "pseries", "-drive", "if=pflash,unit=1,format=raw,file.driver=null-co,file.size=65536")
p("r7m-nvram-pflash-small", "-M", "pseries", "-drive", "if=pflash,format=raw,file.driver=null-co,file.size=4096")
p("r7m-nvram-pflash-big", "-M", "pseries", "-drive", "if=pflash,format=raw,file.driver=null-co,file.size=2097152")
p("r7m-nvram-pflash-1m", "-M", "pseries", "-drive", "if=pflash,format=raw,file.driver=null-co,file.size=1048576", steps=[QTREE])
p("r7m-nvram-pflash-8k", "-M", "pseries", "-drive", "if=pflash,format=raw,file.driver=null-co,file.size=8192", steps=[QTREE])
p("r7m-drive-file-driver-probe", "-M", "pseries", "-drive", "if=none,id=d0,file.driver=null-co,file.size=65536",
  steps=[hmp("info block")[0]])
p("r7m-bridge-hotplug-numbered", "-M", "pseries", "-device", "pci-bridge,id=br1,chassis_nr=1",
  steps=[{"hmp": "device_add pci-bridge,id=br2,chassis_nr=2"}, {"hmp": "device_add virtio-rng-pci,bus=br2,id=rng"}, PCI,
         {"hmp": "device_add pci-bridge,id=br3,chassis_nr=2"}, {"hmp": "system_reset"}, PCI])


# ================================================ round 8 (both releases) ====
# An eighth outside tester's round: x86 (pc and q35) lines from 2024-2026
# tutorials and wikis (Arch, Gentoo, Ubuntu/Debian/Fedora, QEMU 10.0's own
# invocation examples): q35 with accel=tcg and smm=on, -cpu max and qemu64
# with +flags, -smp with sockets/cores/threads and maxcpus, -m with
# slots/maxmem, memory-backend-ram/memfd with -numa node,memdev=, display
# devices, qemu-xhci with usb-tablet, virtio-blk/virtio-scsi on null-co nodes
# with iothreads, -netdev user with hostfwd and virtio-net-pci with mac=,
# balloon, virtio-rng, -rtc, -boot menu=on, -no-reboot, -action, -name with
# debug-threads, -uuid, -overcommit; the monitor steps a reader types next
# (info hotpluggable-cpus, a CPU's device_add, info cpus, info pci/qtree/
# numa, query-cpus-fast), and the common mistakes (typos in option names and
# keys, missing commas, values out of range).
MAXT, Q64T = "max-x86_64-cpu", "qemu64-x86_64-cpu"
# The recorder's base args carry -accel tcg, which "-machine accel=" refuses:
# lines that keep a tutorial's accel=tcg are recorded without them (OWN).
Q35T = ["-machine", "q35"]
x("r8-arch-q35-max-hotplug", *OWN, "-machine", "q35,accel=tcg", "-cpu", "max", "-smp", "2,maxcpus=4", "-m", "2G",
  steps=[HPC, hda(MAXT, "cpu2", socket_id=0, core_id=2, thread_id=0), CPUS, QCPUS], base=False)
x("r8-arch-q35-smm-flags", *OWN, "-machine", "q35,smm=on,accel=tcg", "-global", "ICH9-LPC.disable_s3=1",
  "-cpu", "qemu64,+ssse3,+sse4.1,+sse4.2,+popcnt", "-smp", "4,sockets=1,cores=2,threads=2", steps=[HPC, CPUS], base=False)
x("r8-gentoo-qemu64-flags-hotplug", "-cpu", "qemu64,+ssse3,+sse4.1,+sse4.2,+x2apic", "-smp", "1,maxcpus=2", "-m", "1G",
  steps=[hda(Q64T, "c1", socket_id=1, core_id=0, thread_id=0), QGET("/machine/peripheral/c1", "sse4.2"),
         QGET("/machine/peripheral/c1", "x2apic"), CPUS])
x("r8-memfd-numa-hotplug", *Q35T, "-m", "2G", "-smp", "2,maxcpus=4,sockets=2,cores=2,threads=1",
  "-object", "memory-backend-memfd,id=mem0,size=1G,share=on", "-object", "memory-backend-memfd,id=mem1,size=1G,share=on",
  "-numa", "node,nodeid=0,memdev=mem0,cpus=0-1", "-numa", "node,nodeid=1,memdev=mem1,cpus=2-3",
  steps=[NUMA, HPC, hda(Q64T, "cpu2", socket_id=1, core_id=0, thread_id=0, node_id=1), NUMA, CPUS, QCPUS])
x("r8-ram-numa-no-cpus", *Q35T, "-m", "2G", "-smp", "4", "-object", "memory-backend-ram,id=m0,size=1G",
  "-object", "memory-backend-ram,id=m1,size=1G", "-numa", "node,memdev=m0", "-numa", "node,memdev=m1", steps=[NUMA, HPC])
x("r8-memfd-machine-memdev", "-machine", "q35,memory-backend=mem", "-m", "1G",
  "-object", "memory-backend-memfd,id=mem,size=1G,share=on", steps=[MEMDEV])
x("r8-memfd-size-mismatch", "-machine", "q35,memory-backend=mem", "-m", "2G", "-object", "memory-backend-memfd,id=mem,size=1G")
x("r8-numa-memdev-missing", *Q35T, "-m", "1G", "-numa", "node,memdev=nosuch")
x("r8-numa-mem-legacy-q35", *Q35T, "-m", "2G", "-numa", "node,mem=1G", "-numa", "node,mem=1G")
x("r8-numa-mixed", *Q35T, "-m", "2G", "-object", "memory-backend-ram,id=m0,size=1G", "-numa", "node,memdev=m0",
  "-numa", "node,mem=1G")
# displays
x("r8-virtio-vga", *Q35T, "-device", "virtio-vga", steps=[PCI])
x("r8-vga-virtio-option", "-vga", "virtio", "-m", "1G", steps=[PCI])
x("r8-virtio-gpu-ramfb", *Q35T, "-vga", "none", "-device", "virtio-gpu-pci", "-device", "ramfb", steps=[PCI, QTREE])
x("r8-bochs-display", *Q35T, "-vga", "none", "-device", "bochs-display,xres=1280,yres=800", steps=[PCI])
x("r8-virtio-vga-gl-off", *Q35T, "-device", "virtio-vga,max_outputs=2,xres=1920,yres=1080", steps=[PCI])
x("r8-virtio-vga-typo", *Q35T, "-device", "virtio-vga,max_output=2")
# USB input
x("r8-xhci-tablet", *Q35T, "-device", "qemu-xhci,id=xhci", "-device", "usb-tablet,bus=xhci.0", "-device", "usb-kbd",
  steps=[USB, MICE])
x("r8-usb-tablet-no-controller", *Q35T, "-device", "usb-tablet")
x("r8-xhci-ports", *Q35T, "-device", "qemu-xhci,id=xhci,p2=4,p3=4", "-device", "usb-tablet,bus=xhci.0,port=5", steps=[USB])
# storage on null-co nodes with iothreads
x("r8-virtio-blk-iothread", *Q35T, "-object", "iothread,id=io1", "-blockdev", "null-co,node-name=disk0,size=1G",
  "-device", "virtio-blk-pci,drive=disk0,iothread=io1,id=vd0", steps=[PCI, BLOCK, QGET("/machine/peripheral/vd0", "iothread")])
x("r8-virtio-scsi-iothread", *Q35T, "-object", "iothread,id=io0", "-device", "virtio-scsi-pci,id=scsi0,iothread=io0",
  "-blockdev", "null-co,node-name=d0,size=1G", "-device", "scsi-hd,drive=d0,bus=scsi0.0", steps=[BLOCK, PCI])
x("r8-iothread-missing", *Q35T, "-blockdev", "null-co,node-name=d0", "-device", "virtio-blk-pci,drive=d0,iothread=io9")
x("r8-blockdev-node-name-typo", *Q35T, "-blockdev", "null-co,nodename=d0")
x("r8-blockdev-missing-driver", *Q35T, "-blockdev", "node-name=d0")
x("r8-device-drive-missing", *Q35T, "-device", "virtio-blk-pci,drive=nosuch")
x("r8-scsi-hd-no-controller", *Q35T, "-blockdev", "null-co,node-name=d0", "-device", "scsi-hd,drive=d0")
x("r8-virtio-blk-num-queues", *Q35T, "-smp", "4", "-blockdev", "null-co,node-name=d0",
  "-device", "virtio-blk-pci,drive=d0,num-queues=4,id=vd", steps=[QGET("/machine/peripheral/vd", "num-queues")])
# network: user with hostfwd, virtio-net with mac=
x("r8-hostfwd-virtio-net", *Q35T, "-netdev", "user,id=net0,hostfwd=tcp::%d-:22" % port(),
  "-device", "virtio-net-pci,netdev=net0,mac=52:54:00:12:34:56", steps=[NET, PCI])
x("r8-hostfwd-localhost", "-netdev", "user,id=net0,hostfwd=tcp:127.0.0.1:%d-:22" % port(), "-device", "e1000,netdev=net0",
  steps=[NET])
x("r8-hostfwd-missing-dash", *Q35T, "-netdev", "user,id=net0,hostfwd=tcp::%d:22" % port(), "-device", "virtio-net-pci,netdev=net0")
x("r8-hostfwd-bad-proto", *Q35T, "-netdev", "user,id=net0,hostfwd=ssh::%d-:22" % port())
x("r8-mac-short", *Q35T, "-netdev", "user,id=n0", "-device", "virtio-net-pci,netdev=n0,mac=52:54:00:12:34")
x("r8-mac-multicast", *Q35T, "-netdev", "user,id=n0", "-device", "virtio-net-pci,netdev=n0,mac=01:54:00:12:34:56")
x("r8-netdev-typo", *Q35T, "-netdev", "user,id=n0,hostfwd=tcp::%d-:22" % port(), "-device", "virtio-net-pci,net=n0")
x("r8-netdev-order", "-device", "virtio-net-pci,netdev=n0,id=nic0", "-netdev", "user,id=n0", "-machine", "q35", steps=[NET, PCI])
# balloon, rng
x("r8-balloon", *Q35T, "-device", "virtio-balloon", steps=[hmp("info balloon")[0], PCI])
x("r8-balloon-deflate", "-device", "virtio-balloon-pci,id=balloon0,deflate-on-oom=on,free-page-reporting=on",
  steps=[QGET("/machine/peripheral/balloon0", "deflate-on-oom"), qmp("query-balloon")])
x("r8-rng-builtin", *Q35T, "-object", "rng-builtin,id=rng0", "-device", "virtio-rng-pci,rng=rng0,max-bytes=1024,period=1000,id=vr",
  steps=[PCI, QGET("/machine/peripheral/vr", "period")])
x("r8-rng-random", *Q35T, "-object", "rng-random,id=rng0,filename=/dev/urandom", "-device", "virtio-rng-pci,rng=rng0",
  steps=[PERIPH])
x("r8-rng-random-typo", *Q35T, "-object", "rng-random,id=rng0,file=/dev/urandom", "-device", "virtio-rng-pci,rng=rng0")
x("r8-rng-missing-backend", *Q35T, "-device", "virtio-rng-pci,rng=rng1")
x("r8-rng-period-zero", *Q35T, "-object", "rng-builtin,id=rng0", "-device", "virtio-rng-pci,rng=rng0,period=0")
# -rtc, -boot, -no-reboot, -action, -name, -uuid, -overcommit
x("r8-rtc-utc-slew", *Q35T, "-rtc", "base=utc,clock=host,driftfix=slew")
x("r8-rtc-bad-base", *Q35T, "-rtc", "base=local")
x("r8-rtc-clock-typo", *Q35T, "-rtc", "base=utc,clock=hots")
x("r8-boot-menu-reboot", *Q35T, "-boot", "menu=on,splash-time=5000", "-no-reboot", steps=[STATUS])
x("r8-boot-menu-yes", *Q35T, "-boot", "menu=yes")
x("r8-boot-order-bad", *Q35T, "-boot", "order=x")
x("r8-action-pause", *Q35T, "-action", "reboot=shutdown,shutdown=pause,panic=pause", steps=[STATUS])
x("r8-action-bad", *Q35T, "-action", "reboot=pause")
x("r8-name-debug-threads", *Q35T, "-name", "myvm,debug-threads=on", steps=[hmp("info name")[0]])
x("r8-name-process", *Q35T, "-name", "guest=myvm,process=qemu-myvm", steps=[hmp("info name")[0], qmp("query-name")])
x("r8-name-debug-threads-yes", *Q35T, "-name", "myvm,debug-threads=yes")
x("r8-uuid", *Q35T, "-uuid", "4b8c3d2e-1f0a-4c5b-9d8e-7f6a5b4c3d2e", steps=[hmp("info uuid")[0]])
x("r8-uuid-short", *Q35T, "-uuid", "1234")
x("r8-overcommit-off", *Q35T, "-overcommit", "mem-lock=off,cpu-pm=off")
x("r8-overcommit-typo", *Q35T, "-overcommit", "memlock=off")
# -m and -smp: hotplug room and mistakes
x("r8-mem-dimm-and-cpu", *Q35T, "-m", "1G,slots=4,maxmem=8G", "-smp", "1,maxcpus=2",
  steps=[{"hmp": "object_add memory-backend-ram,id=mem1,size=1G"}, {"hmp": "device_add pc-dimm,id=dimm1,memdev=mem1"},
         hda(Q64T, "c1", socket_id=0, core_id=1, thread_id=0), MEMDEVS, hmp("info memory_size_summary")[0], CPUS])
x("r8-mem-maxmem-less", *Q35T, "-m", "4G,slots=2,maxmem=2G")
x("r8-mem-slots-no-maxmem", *Q35T, "-m", "1G,slots=2")
x("r8-mem-slots-typo", *Q35T, "-m", "1G,slot=2,maxmem=4G")
x("r8-smp-maxcpus-less", *Q35T, "-smp", "4,maxcpus=2")
x("r8-smp-mismatch", *Q35T, "-smp", "8,sockets=2,cores=2,threads=1")
x("r8-smp-typo", *Q35T, "-smp", "2,core=2")
x("r8-smp-missing-comma", *Q35T, "-smp", "2", "maxcpus=4")
x("r8-smp-threads-only", *Q35T, "-smp", "4,threads=2", steps=[HPC])
x("r8-smp-maxcpus-pc", "-machine", "pc", "-smp", "cpus=2,maxcpus=8,sockets=2,cores=4", steps=[HPC])
# -machine and -cpu mistakes
x("r8-machine-accel-typo", "-machine", "q35,acel=tcg")
x("r8-machine-type-last", *OWN, "-machine", "accel=tcg,q35", base=False)
x("r8-machine-smm-yes", "-machine", "q35,smm=yes")
x("r8-cpu-model-typo", *Q35T, "-cpu", "Skylake")
x("r8-cpu-flag-unknown", *Q35T, "-cpu", "qemu64,+sse5")
x("r8-cpu-flag-avx", *Q35T, "-cpu", "qemu64,sse4.2=on,avx=on")
x("r8-cpu-max-minus-flag", *Q35T, "-cpu", "max,-la57,migratable=off", "-smp", "1,maxcpus=2",
  steps=[hda(MAXT, "c1", socket_id=0, core_id=1, thread_id=0), QGET("/machine/peripheral/c1", "la57")])
# the full tutorial line, then the hotplug session and its mistakes
FULL = [*OWN, "-machine", "q35,accel=tcg,smm=on", "-cpu", "max", "-smp", "1,sockets=1,cores=4,threads=1,maxcpus=4", "-m", "2G",
        "-device", "virtio-vga", "-device", "qemu-xhci", "-device", "usb-tablet", "-netdev", "user,id=n0",
        "-device", "virtio-net-pci,netdev=n0", "-device", "virtio-balloon", "-object", "rng-builtin,id=rng0",
        "-device", "virtio-rng-pci,rng=rng0", "-rtc", "base=utc", "-name", "tut,debug-threads=on"]
x("r8-full-hotplug", *FULL, steps=[HPC, hda(MAXT, "cpu2", socket_id=0, core_id=2, thread_id=0),
                                   hda(MAXT, "cpu1", socket_id=0, core_id=1, thread_id=0), CPUS, QCPUS, PCI], base=False)
x("r8-full-wrong-ids", *FULL, steps=[hda(MAXT, "c", socket_id=1, core_id=0, thread_id=0), hda(MAXT, "c", core_id=9),
                                     hda(MAXT, "c"), hda(Q64T, "c", socket_id=0, core_id=1, thread_id=0), QHPC], base=False)
x("r8-full-no-maxcpus", *Q35T, "-cpu", "max", "-smp", "2", steps=[HPC, hda(MAXT, "c2", socket_id=0, core_id=2, thread_id=0)])
x("r8-full-old-commands", *Q35T, "-smp", "1,maxcpus=2", steps=[{"hmp": "cpu-add 1"}, {"hmp": "info hotpluggable_cpus"},
                                                            qmp("query-cpus"), {"hmp": "cpu 1"}, {"hmp": "info cpus"}])
x("r8-full-qom-after-add", *Q35T, "-smp", "1,maxcpus=3", steps=[hda(Q64T, "vcpu1", socket_id=0, core_id=1, thread_id=0),
                                                             qda(Q64T, "vcpu2", **{"socket-id": 0, "core-id": 2, "thread-id": 0}),
                                                             PERIPH, QHPC, {"hmp": "info numa"}])

# r8b-: a second batch of the same family (the first replayed clean on both
# releases): QEMU docs' HMAT example, big -smp on q35, -accel tcg options,
# removed and deprecated options tutorials still show, ivshmem on memfd,
# block device tuning keys, multiqueue, boot/rtc values out of range.
HMAT = ["-machine", "q35,hmat=on", "-m", "2G", "-smp", "2,sockets=2,maxcpus=2",
        "-object", "memory-backend-ram,size=1G,id=m0", "-object", "memory-backend-ram,size=1G,id=m1",
        "-numa", "node,nodeid=0,memdev=m0", "-numa", "node,nodeid=1,memdev=m1,initiator=0",
        "-numa", "cpu,node-id=0,socket-id=0", "-numa", "cpu,node-id=0,socket-id=1"]
x("r8b-hmat-docs", *HMAT, "-numa", "hmat-lb,initiator=0,target=0,hierarchy=memory,data-type=access-latency,latency=5",
  "-numa", "hmat-lb,initiator=0,target=0,hierarchy=memory,data-type=access-bandwidth,bandwidth=200M",
  "-numa", "hmat-lb,initiator=0,target=1,hierarchy=memory,data-type=access-latency,latency=10",
  "-numa", "hmat-lb,initiator=0,target=1,hierarchy=memory,data-type=access-bandwidth,bandwidth=100M",
  "-numa", "hmat-cache,node-id=0,size=10K,level=1,associativity=direct,policy=write-back,line=8",
  "-numa", "hmat-cache,node-id=1,size=10K,level=1,associativity=direct,policy=write-back,line=8", steps=[NUMA, HPC])
x("r8b-hmat-off", "-machine", "q35", *HMAT[2:],
  "-numa", "hmat-lb,initiator=0,target=0,hierarchy=memory,data-type=access-latency,latency=5")
x("r8b-hmat-bad-initiator", *HMAT, "-numa", "hmat-lb,initiator=1,target=0,hierarchy=memory,data-type=access-latency,latency=5")
x("r8b-hmat-missing-lb", *HMAT)
x("r8b-hmat-cache-level-big", *HMAT, "-numa", "hmat-cache,node-id=0,size=10K,level=4,associativity=direct,policy=write-back,line=8")
x("r8b-smp-256-q35", "-machine", "q35", "-smp", "256")
x("r8b-smp-256-iommu", "-machine", "q35,kernel-irqchip=split", "-device", "intel-iommu,intremap=on,eim=on", "-smp", "256")
x("r8b-smp-300-pc", "-machine", "pc", "-smp", "300")
x("r8b-smp-4096-q35", "-machine", "q35", "-smp", "4096")
x("r8b-smp-maxcpus-big", "-machine", "q35", "-smp", "1,maxcpus=300", steps=[HPC])
x("r8b-smp-zero", "-machine", "q35", "-smp", "0")
x("r8b-smp-dies-maxcpus", "-machine", "pc", "-smp", "cpus=4,sockets=1,dies=1,cores=2,threads=2,maxcpus=8")
x("r8b-smp-sockets-only", "-machine", "q35", "-smp", "2,maxcpus=4,sockets=2", steps=[HPC])
x("r8b-accel-thread-single", "-machine", "q35", "-accel", "tcg,thread=single", "-smp", "4", steps=[CPUS])
x("r8b-accel-tb-size", "-machine", "q35", "-accel", "tcg,tb-size=512")
x("r8b-accel-one-insn", "-machine", "q35", "-accel", "tcg,one-insn-per-tb=on")
x("r8b-accel-thread-bad", "-machine", "q35", "-accel", "tcg,thread=multiple")
x("r8b-accel-kernel-irqchip", "-machine", "q35,kernel-irqchip=on")
x("r8b-no-acpi", "-machine", "q35", "-no-acpi")
x("r8b-no-acpi-pc", "-machine", "pc", "-no-acpi")
x("r8b-machine-newer", "-machine", "pc-q35-10.0")
x("r8b-machine-9.2", "-machine", "pc-q35-9.2")
x("r8b-machine-twice", "-machine", "q35", "-M", "pc", steps=[PCI])
x("r8b-watchdog-action", "-machine", "q35", "-device", "i6300esb", "-watchdog-action", "pause", steps=[PCI])
x("r8b-watchdog-option", "-machine", "q35", "-watchdog", "i6300esb")
x("r8b-d-guest-errors", "-machine", "q35", "-d", "guest_errors,unimp")
x("r8b-d-bad", "-machine", "q35", "-d", "guest_error")
x("r8b-ivshmem-memfd", "-machine", "q35", "-object", "memory-backend-memfd,id=hostmem,size=1M,share=on",
  "-device", "ivshmem-plain,memdev=hostmem,id=iv", steps=[PCI])
x("r8b-ivshmem-not-pow2", "-machine", "q35", "-object", "memory-backend-memfd,id=hostmem,size=3M,share=on",
  "-device", "ivshmem-plain,memdev=hostmem")
x("r8b-ivshmem-not-shared", "-machine", "q35", "-object", "memory-backend-ram,id=hostmem,size=1M",
  "-device", "ivshmem-plain,memdev=hostmem")
x("r8b-blk-block-size", "-machine", "q35", "-blockdev", "null-co,node-name=d0,size=1G",
  "-device", "virtio-blk-pci,drive=d0,serial=abc123,logical_block_size=4096,physical_block_size=4096,id=vd",
  steps=[QGET("/machine/peripheral/vd", "logical_block_size"), QGET("/machine/peripheral/vd", "serial")])
x("r8b-blk-block-size-bad", "-machine", "q35", "-blockdev", "null-co,node-name=d0",
  "-device", "virtio-blk-pci,drive=d0,logical_block_size=4096,physical_block_size=512")
x("r8b-blk-serial-long", "-machine", "q35", "-blockdev", "null-co,node-name=d0",
  "-device", "virtio-blk-pci,drive=d0,serial=0123456789abcdef0123456789")
x("r8b-nvme-serial", "-machine", "q35", "-blockdev", "null-co,node-name=d0,size=1G", "-device", "nvme,serial=deadbeef,drive=d0,id=nv",
  steps=[PCI, BLOCK])
x("r8b-nvme-no-serial", "-machine", "q35", "-blockdev", "null-co,node-name=d0", "-device", "nvme,drive=d0")
x("r8b-scsi-num-queues", "-machine", "q35", "-smp", "4", "-device", "virtio-scsi-pci,id=s,num_queues=4",
  steps=[QGET("/machine/peripheral/s", "num_queues")])
x("r8b-net-mq-user", "-machine", "q35", "-netdev", "user,id=n0,queues=4", "-device", "virtio-net-pci,netdev=n0,mq=on,vectors=10")
x("r8b-net-mq-vectors", "-machine", "q35", "-netdev", "user,id=n0", "-device", "virtio-net-pci,netdev=n0,mq=on,vectors=10,id=nic",
  steps=[QGET("/machine/peripheral/nic", "vectors")])
x("r8b-net-e1000e-pc", "-machine", "pc", "-netdev", "user,id=n0", "-device", "e1000e,netdev=n0,mac=52:54:00:ab:cd:ef", steps=[NET, PCI])
x("r8b-boot-reboot-timeout-big", "-machine", "q35", "-boot", "reboot-timeout=70000")
x("r8b-boot-splash-big", "-machine", "q35", "-boot", "menu=on,splash-time=70000")
x("r8b-boot-once-strict", "-machine", "q35", "-boot", "once=d,menu=on,strict=on")
x("r8b-rtc-date", "-machine", "q35", "-rtc", "base=2024-01-01T00:00:00")
x("r8b-rtc-date-bad", "-machine", "q35", "-rtc", "base=2024-13-01")
x("r8b-input-virtio", "-machine", "q35", "-device", "virtio-keyboard-pci", "-device", "virtio-tablet-pci", steps=[MICE, PCI])
x("r8b-pvpanic-action", "-machine", "q35", "-device", "pvpanic", "-action", "panic=shutdown", steps=[QTREE])
x("r8b-pvpanic-pci", "-machine", "q35", "-device", "pvpanic-pci", steps=[PCI])
x("r8b-rootport-hotplug-net", "-machine", "q35", "-device", "pcie-root-port,id=rp1,chassis=1,slot=1", "-netdev", "user,id=n1",
  steps=[{"hmp": "device_add virtio-net-pci,netdev=n1,bus=rp1,id=nic1"}, PCI, {"hmp": "device_add virtio-net-pci,netdev=n1,bus=pcie.0"},
         {"hmp": "device_add e1000e,bus=rp1"}])
x("r8b-cpu-host-tcg", "-machine", "q35", "-cpu", "host")
x("r8b-cpu-haswell-tcg", "-machine", "q35", "-cpu", "Haswell")
x("r8b-cpu-epyc-v4", "-machine", "q35", "-cpu", "EPYC-v4", "-smp", "1,maxcpus=2",
  steps=[hda("EPYC-v4-x86_64-cpu", "c1", socket_id=0, core_id=1, thread_id=0), CPUS])
x("r8b-cpu-icelake-minus", "-machine", "q35", "-cpu", "Icelake-Server,-pku,-avx512f")
x("r8b-cpu-nehalem-aes", "-machine", "q35", "-cpu", "Nehalem,+aes")
x("r8b-cpu-max-phys-bits", "-machine", "q35", "-cpu", "max,host-phys-bits=on,phys-bits=40")
x("r8b-cpu-add-host-type", "-machine", "q35", "-smp", "1,maxcpus=2",
  steps=[hda("host-x86_64-cpu", "c1", socket_id=0, core_id=1, thread_id=0), hda("base-x86_64-cpu", "c1", socket_id=0, core_id=1, thread_id=0),
         hda("x86_64-cpu", "c1", socket_id=0, core_id=1, thread_id=0)])
x("r8b-smbios-serial", "-machine", "q35", "-smbios", "type=1,serial=ABC123,manufacturer=Lab,product=VM")
x("r8b-k-en-us", "-machine", "q35", "-k", "en-us")
x("r8b-no-shutdown-reboot", "-machine", "q35", "-no-shutdown", "-no-reboot", steps=[STATUS])

# Measured while fixing round 8 (r8m-): HMAT's checks (parse_numa_hmat_lb
# and parse_numa_hmat_cache, in order), ivshmem-plain's BAR 2 from its memdev
# (and pci_register_bar's power-of-two assertion, hot-plugged too).
LAT = "hmat-lb,initiator=0,target=%d,hierarchy=memory,data-type=access-latency,latency=%s"
BW = "hmat-lb,initiator=0,target=%d,hierarchy=memory,data-type=access-bandwidth,bandwidth=%s"
CACHE = "hmat-cache,node-id=0,size=%s,level=%d,associativity=direct,policy=write-back,line=8"
LB0 = ["-numa", LAT % (0, "5"), "-numa", BW % (0, "200M")]
x("r8m-hmat-initiator-big", *HMAT, "-numa", "hmat-lb,initiator=5,target=0,hierarchy=memory,data-type=access-latency,latency=5")
x("r8m-hmat-target-big", *HMAT, "-numa", LAT % (7, "5"))
x("r8m-hmat-bw-unaligned", *HMAT, "-numa", BW % (0, "1000"))
x("r8m-hmat-lat-dup", *HMAT, "-numa", LAT % (0, "5"), "-numa", LAT % (0, "6"))
x("r8m-hmat-lat-with-bw", *HMAT, "-numa", LAT % (0, "5") + ",bandwidth=1M")
x("r8m-hmat-lat-missing", *HMAT, "-numa", "hmat-lb,initiator=0,target=0,hierarchy=memory,data-type=read-latency")
x("r8m-hmat-lat-range", *HMAT, "-numa", LAT % (0, "1"), "-numa", LAT % (1, "100000"))
x("r8m-hmat-bad-hierarchy", *HMAT, "-numa", "hmat-lb,initiator=0,target=0,hierarchy=l1,data-type=access-latency,latency=5")
x("r8m-hmat-cache-level2-first", *HMAT, *LB0, "-numa", CACHE % ("10K", 2))
x("r8m-hmat-cache-level4", *HMAT, *LB0, "-numa", CACHE % ("10K", 4))
x("r8m-hmat-cache-sizes", *HMAT, *LB0, "-numa", CACHE % ("10K", 1), "-numa", CACHE % ("8K", 2))
x("r8m-hmat-cache-dup", *HMAT, *LB0, "-numa", CACHE % ("10K", 1), "-numa", CACHE % ("20K", 1))
x("r8m-hmat-cache-node-big", *HMAT, *LB0, "-numa", "hmat-cache,node-id=3,size=10K,level=1,associativity=direct,policy=write-back,line=8")
x("r8m-ivshmem-4m-looks", "-machine", "q35", "-object", "memory-backend-memfd,id=hm,size=4M,share=on",
  "-device", "ivshmem-plain,memdev=hm,id=iv", steps=[QPCI, QTREE])
x("r8m-ivshmem-pc-2g", "-machine", "pc", "-m", "1G", "-object", "memory-backend-ram,id=hm,size=64M",
  "-device", "ivshmem-plain,memdev=hm,id=iv", steps=[PCI])
x("r8m-ivshmem-hotplug-pow2", "-machine", "q35", "-object", "memory-backend-memfd,id=hm,size=3M,share=on",
  steps=[{"hmp": "device_add ivshmem-plain,memdev=hm,id=iv"}, {"hmp": "info status"}])

# r8c-: the monitor a tutorial reader types after the hotplug (a third
# batch): info qtree/numa after a CPU's device_add, device_del without a
# guest, the HMP cpu command on a new CPU, device_add mistakes (spaces,
# missing commas, unknown keys), and q35/pc lines from docs with -numa cpu.
R8C = ["-machine", "q35", "-cpu", "max", "-smp", "1,sockets=1,cores=2,threads=1,maxcpus=2", "-m", "1G"]
x("r8c-qtree-after-add", *R8C, steps=[hda(MAXT, "c1", socket_id=0, core_id=1, thread_id=0), QTREE])
x("r8c-numa-after-add", "-machine", "q35", "-m", "2G", "-smp", "1,maxcpus=4,sockets=4",
  "-object", "memory-backend-ram,id=m0,size=1G", "-object", "memory-backend-ram,id=m1,size=1G",
  "-numa", "node,nodeid=0,memdev=m0", "-numa", "node,nodeid=1,memdev=m1",
  "-numa", "cpu,node-id=0,socket-id=0", "-numa", "cpu,node-id=1,socket-id=1", "-numa", "cpu,node-id=1,socket-id=2",
  "-numa", "cpu,node-id=0,socket-id=3",
  steps=[NUMA, hda(Q64T, "c2", socket_id=2, core_id=0, thread_id=0), NUMA, QHPC])
x("r8c-del-no-guest", *R8C, steps=[hda(MAXT, "c1", socket_id=0, core_id=1, thread_id=0), {"hmp": "device_del c1"}, CPUS, HPC,
                                   {"hmp": "device_del c1"}])
x("r8c-cpu-select", *R8C, steps=[hda(MAXT, "c1", socket_id=0, core_id=1, thread_id=0), {"hmp": "cpu 1"}, CPUS, {"hmp": "cpu 2"},
                                 {"hmp": "cpu 0"}, CPUS])
x("r8c-add-spaces", *R8C, steps=[{"hmp": "device_add max-x86_64-cpu, socket-id=0,core-id=1,thread-id=0"},
                                 {"hmp": "device_add max-x86_64-cpu socket-id=0,core-id=1,thread-id=0"},
                                 {"hmp": "device_add max-x86_64-cpu,socket-id=0,core-id=1,thread-id=0,"}, HPC])
x("r8c-add-unknown-key", *R8C, steps=[{"hmp": "device_add max-x86_64-cpu,socket-id=0,core-id=1,thread-id=0,node=0"},
                                      {"hmp": "device_add max-x86_64-cpu,socket=0,core=1,thread=0"},
                                      {"hmp": "device_add max-x86_64-cpu,socket-id=0,core-id=one,thread-id=0"}])
x("r8c-add-help", *R8C, steps=[{"hmp": "device_add max-x86_64-cpu,help"}])
x("r8c-qmp-add-strings", *R8C, steps=[qda(MAXT, "c1", **{"socket-id": "0", "core-id": "1", "thread-id": "0"}),
                                      qda(MAXT, "c1", **{"socket-id": 0, "core-id": 1, "thread-id": 0}), QCPUS])
x("r8c-add-then-reset", *R8C, steps=[hda(MAXT, "c1", socket_id=0, core_id=1, thread_id=0), {"hmp": "system_reset"}, CPUS, QCPUS])
x("r8c-add-die-q35", "-machine", "q35", "-smp", "1,sockets=1,dies=2,cores=1,maxcpus=2", steps=[HPC,
  hda(Q64T, "c1", socket_id=0, die_id=1, core_id=0, thread_id=0), CPUS])
x("r8c-pc-legacy-smp", "-machine", "pc", "-smp", "2,maxcpus=4", steps=[HPC, hda(Q64T, "c2", socket_id=2, core_id=0, thread_id=0), CPUS])
x("r8c-pc-9.2-smp", "-machine", "pc-i440fx-7.2", "-smp", "2,maxcpus=4", steps=[HPC])
x("r8c-pc-5.2-smp", "-machine", "pc-i440fx-5.2", "-smp", "2,maxcpus=4", steps=[HPC])
x("r8c-info-cpus-stopped", *R8C, steps=[hda(MAXT, "c1", socket_id=0, core_id=1, thread_id=0), {"hmp": "stop"}, CPUS, QCPUS])
x("r8c-qom-list-cpu", *R8C, steps=[hda(MAXT, "c1", socket_id=0, core_id=1, thread_id=0), QGET("/machine/peripheral/c1", "realized"),
                                   QGET("/machine/peripheral/c1", "parent_bus"), QGET("/machine/peripheral/c1", "model-id")])
x("r8c-add-before-maxcpus", "-machine", "q35", "-smp", "2,maxcpus=2", steps=[HPC, hda(Q64T, "c2", socket_id=0, core_id=2, thread_id=0)])


# ================================================ round 9 (both releases) ====
# A ninth outside tester's round: the global options that are not devices,
# as tutorials, distro wikis, libvirt and QEMU's docs write them, on pc, q35
# (several versions) and pseries, and what the monitor then says about them:
# -name (guest=, process=, debug-threads=), -uuid, -rtc, -boot and the
# machine's boot property, -k, -overcommit, -accel tcg's properties, -icount,
# -no-reboot/-no-shutdown/-action/-watchdog-action with system_reset and
# system_powerdown (their events and run states, no guest), set-action, -msg
# guest-name, -d/-D (a log file of its own under /tmp), -L/-bios naming
# missing files, -snapshot, -sandbox, -global on board devices, -set on the
# -name/-rtc/-accel/-netdev groups, -readconfig, -compat's policies, -run-with
# (10.0), -machine's non-CPU properties read back with qom-get, and
# query-command-line-options for those options.
NAMEQ, UUIDQ = [hmp("info name")[0], qmp("query-name")], [hmp("info uuid")[0], qmp("query-uuid")]
QST = qmp("query-status")
MG = lambda *props: [QGET("/machine", p) for p in props]
CLO = lambda *opts: [qmp("query-command-line-options", option=o) for o in opts]
# -name
x("r9-name-spaces", "-machine", "q35", "-name", "Debian 12 (bookworm)", steps=NAMEQ)
x("r9-name-comma-escaped", "-machine", "q35", "-name", "guest=web,,db", steps=NAMEQ)
x("r9-name-guest-empty", "-machine", "pc", "-name", "guest=", steps=NAMEQ)
x("r9-name-process-only", "-machine", "pc", "-name", "process=qemu-lab", steps=NAMEQ)
x("r9-name-debug-threads-off-q35-5.2", "-machine", "pc-q35-5.2", "-name", "guest=old,debug-threads=off", steps=NAMEQ)
x("r9-name-id", "-machine", "q35", "-name", "guest=a,id=n0", steps=NAMEQ)
x("r9-name-unicode", "-machine", "q35", "-name", "vm-\u00e9t\u00e9", steps=NAMEQ)
x("r9-name-json", "-machine", "q35", "-name", '{"guest":"j1"}', steps=NAMEQ)
p("r9-name-pseries", "-M", "pseries", "-name", "guest=ppc-lab,debug-threads=on", steps=NAMEQ)
# -uuid
x("r9-uuid-upper", "-machine", "q35", "-uuid", "4B8C3D2E-1F0A-4C5B-9D8E-7F6A5B4C3D2E", steps=UUIDQ)
x("r9-uuid-nil", "-machine", "pc", "-uuid", "00000000-0000-0000-0000-000000000000", steps=UUIDQ)
x("r9-uuid-default", "-machine", "pc-i440fx-6.2", steps=UUIDQ)
x("r9-uuid-no-dashes", "-machine", "q35", "-uuid", "4b8c3d2e1f0a4c5b9d8e7f6a5b4c3d2e")
x("r9-uuid-braces", "-machine", "q35", "-uuid", "{4b8c3d2e-1f0a-4c5b-9d8e-7f6a5b4c3d2e}")
x("r9-uuid-trailing", "-machine", "q35", "-uuid", "4b8c3d2e-1f0a-4c5b-9d8e-7f6a5b4c3d2e0")
x("r9-uuid-not-hex", "-machine", "q35", "-uuid", "4b8c3d2e-1f0a-4c5b-9d8e-7f6a5b4c3d2g")
p("r9-uuid-pseries", "-M", "pseries", "-uuid", "c0ffee00-1234-5678-9abc-def012345678", steps=UUIDQ)
x("r9-uuid-smbios-override", "-machine", "q35", "-uuid", "11111111-2222-3333-4444-555555555555",
  "-smbios", "type=1,uuid=66666666-7777-8888-9999-000000000000", steps=UUIDQ)
# -rtc
x("r9-rtc-slew-qtree-pc", "-machine", "pc-i440fx-6.2", "-rtc", "base=utc,driftfix=slew", steps=[QTREE])
x("r9-rtc-slew-global-wins", "-machine", "q35", "-rtc", "driftfix=slew", "-global", "mc146818rtc.lost_tick_policy=discard",
  steps=[QTREE])
x("r9-rtc-clock-rt", "-machine", "q35", "-rtc", "clock=rt", steps=[QST])
x("r9-rtc-base-upper", "-machine", "q35", "-rtc", "base=UTC")
x("r9-rtc-base-zulu", "-machine", "q35", "-rtc", "base=2024-01-01T00:00:00Z")
x("r9-rtc-base-space", "-machine", "q35", "-rtc", "base=2024-01-01 00:00:00")
x("r9-rtc-id", "-machine", "q35", "-rtc", "base=utc,id=r0")
x("r9-rtc-set-no-id", "-machine", "q35", "-rtc", "base=utc", "-set", "rtc.r0.base=localtime")
x("r9-rtc-base-year", "-machine", "q35", "-global", "mc146818rtc.base_year=2000", steps=[QTREE])
p("r9-rtc-pseries-slew", "-M", "pseries", "-rtc", "base=utc,driftfix=slew,clock=vm", steps=[QST])
x("r9-rtc-driftfix-none-typo", "-machine", "q35", "-rtc", "driftfix=off")
# -boot and the machine's boot property
x("r9-boot-qom", "-machine", "q35", "-boot", "order=cd,menu=on,splash-time=3000,reboot-timeout=5000,strict=on",
  steps=MG("boot"))
x("r9-boot-once-qom", "-machine", "pc", "-boot", "once=d", steps=MG("boot"))
x("r9-boot-default-qom", "-machine", "pc-i440fx-5.2", steps=MG("boot"))
x("r9-boot-machine-dotted", "-machine", "q35,boot.order=n,boot.menu=on", steps=MG("boot"))
x("r9-boot-and-machine", "-boot", "order=c", "-machine", "pc,boot.order=d", steps=MG("boot"))
x("r9-boot-order-twice-letter", "-machine", "q35", "-boot", "order=cc")
x("r9-boot-order-once-bad", "-machine", "q35", "-boot", "once=q")
x("r9-boot-reboot-timeout-neg", "-machine", "q35", "-boot", "reboot-timeout=-1", steps=MG("boot"))
x("r9-boot-menu-off-splash", "-machine", "q35", "-boot", "menu=off,splash-time=2000", steps=MG("boot"))
x("r9-boot-qom-set", "-machine", "q35", steps=[qmp("qom-set", path="/machine", property="boot", value={"order": "d"}),
                                               *MG("boot")])
p("r9-boot-pseries", "-M", "pseries", "-boot", "order=d,menu=on", steps=MG("boot"))
p("r9-boot-pseries-bad", "-M", "pseries", "-boot", "order=z")
# -k
x("r9-k-fr", "-machine", "q35", "-k", "fr", steps=[QST])
x("r9-k-empty", "-machine", "q35", "-k", "")
p("r9-k-pseries", "-M", "pseries", "-k", "en-gb", steps=[QST])
# -overcommit
x("r9-overcommit-on-fault", "-machine", "q35", "-overcommit", "mem-lock=on-fault")
x("r9-overcommit-twice", "-machine", "q35", "-overcommit", "mem-lock=off", "-overcommit", "cpu-pm=off", steps=[QST])
x("r9-overcommit-cpu-pm-yes", "-machine", "q35", "-overcommit", "cpu-pm=yes")
p("r9-overcommit-pseries", "-M", "pseries", "-overcommit", "mem-lock=off,cpu-pm=off", steps=[QST])
# -accel tcg and its properties
x("r9-accel-split-wx", "-machine", "q35", "-accel", "tcg,split-wx=on", steps=[QST])
x("r9-accel-split-wx-bad", "-machine", "q35", "-accel", "tcg,split-wx=maybe")
x("r9-accel-tb-size-zero", "-machine", "q35", "-accel", "tcg,tb-size=0", steps=[QST])
x("r9-accel-tb-size-bad", "-machine", "q35", "-accel", "tcg,tb-size=1G")
x("r9-accel-thread-multi-icount", "-machine", "q35", "-accel", "tcg,thread=multi", "-icount", "shift=1")
x("r9-accel-id-set", "-machine", "q35", "-accel", "tcg,id=a0", "-set", "accel.a0.thread=single", "-smp", "2", steps=[QST])
x("r9-accel-set-bad-value", "-machine", "q35", "-accel", "tcg,id=a0", "-set", "accel.a0.thread=triple")
x("r9-accel-set-no-id", "-machine", "q35", "-accel", "tcg", "-set", "accel.a0.thread=single")
x("r9-accel-set-accel-key", "-machine", "q35", "-accel", "tcg,id=a0", "-set", "accel.a0.accel=nosuch")
x("r9-accel-qom", "-machine", "q35", "-accel", "tcg,thread=single,tb-size=32",
  steps=[qmp("qom-list", path="/machine/accel"), qmp("qom-get", path="/machine/accel", property="thread")])
x("r9-accel-one-insn-10", "-machine", "pc", "-accel", "tcg,one-insn-per-tb=on,thread=single", steps=[QST])
p("r9-accel-pseries-multi", "-M", "pseries", "-accel", "tcg,thread=multi,tb-size=64", "-smp", "2", steps=[QST])
x("r9-accel-own-two", *OWN, "-nodefaults", "-accel", "tcg,thread=single", "-accel", "tcg,thread=multi", base=False,
  steps=[QST])
x("r9-accel-own-kvm-fallback", *OWN, "-nodefaults", "-accel", "kvm", "-accel", "tcg", base=False, steps=[qmp("query-kvm")])
# -icount
x("r9-icount-plain", "-machine", "q35", "-icount", "1", steps=[QST])
x("r9-icount-auto", "-machine", "q35", "-icount", "shift=auto,sleep=off", steps=[QST])
x("r9-icount-auto-align", "-machine", "q35", "-icount", "shift=auto,align=on")
x("r9-icount-rr-no-file", "-machine", "q35", "-icount", "shift=auto,rr=record")
x("r9-icount-rr-bad", "-machine", "q35", "-icount", "shift=1,rr=playback,rrfile=/tmp/none.rr")
x("r9-icount-shift-big", "-machine", "q35", "-icount", "shift=11")
x("r9-icount-sleep-off-noshift", "-machine", "q35", "-icount", "sleep=off")
p("r9-icount-pseries", "-M", "pseries", "-icount", "shift=3", steps=[QST])
# -no-reboot, -no-shutdown, -action with system_reset/system_powerdown (no guest)
RST, PWR = qmp("system_reset"), qmp("system_powerdown")
x("r9-reset-plain", "-machine", "q35", steps=[RST, QST, {"hmp": "system_reset"}, hmp("info status")[0]])
x("r9-no-reboot-reset", "-machine", "q35", "-no-reboot", steps=[QST, RST, QST])
x("r9-no-reboot-hmp-reset", "-machine", "pc", "-no-reboot", steps=[{"hmp": "system_reset"}, STATUS])
x("r9-no-reboot-no-shutdown-reset", "-machine", "q35", "-no-reboot", "-no-shutdown",
  steps=[RST, QST, qmp("cont"), RST, QST, qmp("stop"), QST])
x("r9-no-shutdown-powerdown", "-machine", "q35", "-no-shutdown", steps=[PWR, QST, PWR])
x("r9-action-reboot-shutdown", "-machine", "pc", "-action", "reboot=shutdown", steps=[RST, QST])
x("r9-action-shutdown-pause-reset", "-machine", "q35", "-action", "reboot=shutdown,shutdown=pause", steps=[RST, QST, STATUS])
x("r9-action-reboot-reset-no-shutdown", "-machine", "q35", "-action", "reboot=reset", "-no-shutdown", steps=[RST, QST])
x("r9-action-panic-values", "-machine", "q35", "-action", "panic=exit-failure", steps=[QST])
x("r9-action-panic-none", "-machine", "q35", "-action", "panic=none,watchdog=none", steps=[QST])
x("r9-action-watchdog-debug", "-machine", "q35", "-action", "watchdog=debug", steps=[QST])
x("r9-action-empty", "-machine", "q35", "-action", "")
x("r9-action-shutdown-bad", "-machine", "q35", "-action", "shutdown=reset")
x("r9-action-then-no-reboot", "-machine", "q35", "-action", "reboot=reset", "-no-reboot", steps=[RST, QST])
x("r9-set-action-qmp", "-machine", "q35", steps=[qmp("set-action", reboot="shutdown", shutdown="pause"), RST, QST])
x("r9-set-action-bad", "-machine", "q35", steps=[qmp("set-action", reboot="pause"), qmp("set-action"), qmp("set-action", panic="none"), QST])
x("r9-watchdog-action-hmp", "-machine", "q35", "-watchdog-action", "none", steps=[{"hmp": "watchdog_action debug"},
                                                                              {"hmp": "watchdog_action nosuch"}, QST])
x("r9-watchdog-action-vs-action", "-machine", "q35", "-watchdog-action", "pause", "-action", "watchdog=reset", steps=[QST])
x("r9-watchdog-set-action-qmp", "-machine", "q35", steps=[qmp("watchdog-set-action", action="inject-nmi"),
                                                          qmp("watchdog-set-action", action="nosuch")])
p("r9-pseries-no-reboot-reset", "-M", "pseries", "-no-reboot", steps=[RST, QST])
p("r9-pseries-powerdown", "-M", "pseries", steps=[PWR, QST])
p("r9-pseries-no-shutdown-reset", "-M", "pseries", "-no-reboot", "-no-shutdown", steps=[RST, QST, RST, QST])
x("r9-powerdown-acpi-off", "-machine", "q35,acpi=off", steps=[PWR, QST])
# -msg guest-name
p("r9-msg-guest-name-pseries", "-M", "pseries", "-name", "guest=pg", "-msg", "guest-name=on,timestamp=off", steps=[QST])
x("r9-msg-guest-name-hmp", "-machine", "q35", "-name", "guest=g9", "-msg", "guest-name=on",
  steps=[{"hmp": "device_add nosuch"}, {"hmp": "drive_add 0 if=none,id=x,driver=nosuch"}])
x("r9-msg-guest-name-no-name", "-machine", "q35", "-msg", "guest-name=on", "-smp", "two")
x("r9-msg-guest-name-process", "-machine", "q35", "-name", "process=p9", "-msg", "guest-name=on", "-smp", "two")
# -d, -D (a log file of each case's own)
x("r9-d-help", "-machine", "q35", "-d", "help")
x("r9-d-file", "-machine", "q35", "-d", "guest_errors", "-D", "/tmp/hotplug-lab-pc-r9-d-file.log", steps=[QST])
x("r9-d-empty", "-machine", "q35", "-d", "")
x("r9-D-no-d", "-machine", "q35", "-D", "/tmp/hotplug-lab-pc-r9-D-no-d.log", steps=[QST])
x("r9-D-bad-dir", "-machine", "q35", "-d", "int", "-D", "/nonexistent/dir/q.log")
x("r9-d-trace", "-machine", "q35", "-d", "trace:cpuhp_*", steps=[QST])
# -L, -bios, -snapshot
x("r9-bios-relative-missing", "-machine", "q35", "-bios", "nosuch-bios.bin")
x("r9-L-and-bios-missing", "-machine", "q35", "-L", "/nonexistent", "-bios", "nosuch-bios.bin")
p("r9-bios-pseries-missing", "-M", "pseries", "-bios", "/nonexistent/slof.bin")
x("r9-bios-empty", "-machine", "pc", "-bios", "")
x("r9-snapshot-blockdev", "-machine", "q35", "-snapshot", "-blockdev", "null-co,node-name=d0", "-device", "virtio-blk-pci,drive=d0",
  steps=[QST, {"hmp": "info block d0"}])
# -sandbox on pseries, -nodefaults/-no-user-config forms
p("r9-sandbox-pseries", "-M", "pseries", "-sandbox", "on,obsolete=deny,spawn=deny", steps=[QST])
x("r9-nodefaults-twice", "-machine", "q35", "-nodefaults", "-nodefaults", steps=[QST])
x("r9-no-user-config-own", *OWN, "-nodefaults", "-machine", "pc", base=False, steps=[PCI])
# -global on board devices
x("r9-global-i8042", "-machine", "q35", "-global", "i8042.kbd-throttle=on", steps=[QTREE])
x("r9-global-ich9-s3", "-machine", "q35", "-global", "ICH9-LPC.disable_s3=0", "-global", "ICH9-LPC.disable_s4=1",
  steps=[QTREE])
x("r9-global-piix4-acpi", "-machine", "pc", "-global", "PIIX4_PM.acpi-root-pci-hotplug=off", steps=[QTREE])
x("r9-global-fw-cfg-dma", "-machine", "pc-i440fx-6.2", "-global", "fw_cfg.dma_enabled=off", steps=[QTREE])
# -set on the -name, -netdev and other groups
x("r9-set-netdev-net", "-machine", "q35", "-netdev", "user,id=n0", "-set", "netdev.n0.net=10.0.3.0/24",
  "-device", "virtio-net-pci,netdev=n0", steps=[NET])
x("r9-set-netdev-restrict", "-machine", "q35", "-netdev", "user,id=n0", "-device", "e1000,netdev=n0",
  "-set", "netdev.n0.restrict=on", steps=[NET])
x("r9-set-netdev-unknown-key", "-machine", "q35", "-netdev", "user,id=n0", "-set", "netdev.n0.nosuch=1")
x("r9-set-netdev-before", "-machine", "q35", "-set", "netdev.n0.restrict=on", "-netdev", "user,id=n0")
x("r9-set-netdev-json", "-machine", "q35", "-netdev", '{"type":"user","id":"n0"}', "-set", "netdev.n0.restrict=on")
x("r9-set-netdev-stream", "-machine", "q35", "-netdev", "stream,id=s0,server=on,addr.type=unix,addr.path=/tmp/hl-r9-s0.sock",
  "-set", "netdev.s0.server=off")
x("r9-set-netdev-type", "-machine", "q35", "-netdev", "user,id=n0", "-set", "netdev.n0.type=nosuch")
x("r9-set-name", "-machine", "q35", "-name", "guest=a,id=n0", "-set", "name.n0.guest=b", steps=NAMEQ)
x("r9-set-name-no-id", "-machine", "q35", "-name", "a", "-set", "name.x.guest=b")
x("r9-set-boot", "-machine", "q35", "-boot", "order=c", "-set", "boot-opts.x.order=d")
x("r9-set-msg", "-machine", "q35", "-msg", "guest-name=on", "-set", "msg.x.guest-name=off")
x("r9-set-icount", "-machine", "q35", "-icount", "shift=1,id=i0", "-set", "icount.i0.shift=2", steps=[QST])
x("r9-set-overcommit", "-machine", "q35", "-overcommit", "mem-lock=off", "-set", "overcommit.x.mem-lock=on")
x("r9-set-smp", "-machine", "q35", "-smp", "2", "-set", "smp-opts.x.cpus=4")
# -readconfig
x("r9-readconfig-missing", "-machine", "q35", "-readconfig", "/nonexistent/qemu.cfg")
x("r9-readconfig-devnull", "-machine", "q35", "-readconfig", "/dev/null", steps=[QST])
x("r9-writeconfig-file", "-machine", "q35", "-writeconfig", "/tmp/hotplug-lab-pc-r9.cfg")
# -compat's policies
x("r9-compat-deprecated-reject", "-machine", "q35", "-compat", "deprecated-input=reject",
  steps=[qmp("nbd-server-remove", name="x"), QST])
x("r9-compat-unstable-reject", "-machine", "q35", "-compat", "unstable-input=reject",
  steps=[qmp("x-query-usb"), {"hmp": "info usb"}, QST])
x("r9-compat-unstable-accept", "-machine", "q35", "-compat", "unstable-input=accept,deprecated-output=hide", steps=[qmp("x-query-numa")])
x("r9-compat-deprecated-accept", "-machine", "q35", "-compat", "deprecated-input=accept", steps=[qmp("nbd-server-remove", name="x")])
x("r9-compat-bad-value", "-machine", "q35", "-compat", "unstable-input=crash")
# -run-with (10.0; 7.2 has none)
x("r9-run-with-teardown-off", "-machine", "q35", "-run-with", "async-teardown=off", steps=[QST])
x("r9-run-with-unknown", "-machine", "q35", "-run-with", "nosuch=1")
x("r9-run-with-chroot-missing", "-machine", "q35", "-run-with", "chroot=/nonexistent/root")
# -machine's non-CPU properties, read back
MPROPS = ("dump-guest-core", "mem-merge", "usb", "graphics", "suppress-vmdesc", "hpet", "vmport", "pit", "pic", "sata",
          "smbus", "acpi", "smm", "kernel-irqchip")
x("r9-mprops-q35", "-machine", "q35", steps=MG(*MPROPS))
x("r9-mprops-pc", "-machine", "pc", steps=MG(*MPROPS))
x("r9-mprops-q35-5.2", "-machine", "pc-q35-5.2", steps=MG(*MPROPS))
p("r9-mprops-pseries", "-M", "pseries", steps=MG("dump-guest-core", "mem-merge", "usb", "graphics", "suppress-vmdesc",
                                                 "kernel-irqchip", "vsmt", "kvm-type"))
x("r9-mprops-set-q35", "-machine", "q35,dump-guest-core=off,mem-merge=off,suppress-vmdesc=on,graphics=off,usb=on,vmport=off",
  steps=[*MG("dump-guest-core", "mem-merge", "suppress-vmdesc", "graphics", "usb", "vmport"), USB])
x("r9-mprops-pc-hpet-off", "-machine", "pc,hpet=off,pit=off,vmport=on", steps=[QTREE, *MG("hpet", "pit", "vmport")])
x("r9-mprops-q35-sata-smbus-off", "-machine", "q35,sata=off,smbus=off", steps=[PCI, *MG("sata", "smbus")])
x("r9-mprops-pc-sata", "-machine", "pc,sata=off")
x("r9-mprops-pic-off", "-machine", "q35,pic=off", steps=[QTREE])
x("r9-mprops-kernel-irqchip-off", "-machine", "q35,kernel-irqchip=off", steps=MG("kernel-irqchip"))
x("r9-mprops-kernel-irqchip-split", "-machine", "pc,kernel-irqchip=split", steps=MG("kernel-irqchip"))
x("r9-mprops-smm-off-q35", "-machine", "q35,smm=off", steps=[*MG("smm"), PCI])
x("r9-mprops-acpi-off-ospm", "-machine", "pc,acpi=off", steps=[qmp("query-acpi-ospm-status"), *MG("acpi")])
x("r9-mprops-acpi-ospm-q35", "-machine", "pc-q35-6.2", steps=[qmp("query-acpi-ospm-status"), qmp("query-target")])
x("r9-mprops-hpet-bad", "-machine", "q35,hpet=maybe")
x("r9-mprops-vmport-auto", "-machine", "pc,vmport=auto", steps=MG("vmport"))
x("r9-mprops-usb-pc-5.2", "-machine", "pc-i440fx-5.2,usb=on", steps=[USB, PCI])
x("r9-mprops-qom-set", "-machine", "q35", steps=[qmp("qom-set", path="/machine", property="mem-merge", value=False),
                                                  qmp("qom-set", path="/machine", property="hpet", value=False), *MG("mem-merge", "hpet")])
p("r9-mprops-pseries-set", "-M", "pseries,dump-guest-core=off,usb=off,graphics=off", steps=[*MG("dump-guest-core", "usb", "graphics"), PCI])
# query-command-line-options for those options
x("r9-clo-globals", "-machine", "q35", steps=CLO("name", "boot-opts", "msg", "overcommit", "action", "run-with", "uuid", "k",
                                                 "icount", "sandbox", "compat", "D"))
p("r9-clo-pseries", "-M", "pseries", steps=CLO("name", "accel", "rtc", "boot-opts"))
# the learner's check list after a libvirt-like head on several machine versions
for mt in ("pc-q35-7.1", "pc-i440fx-7.2", "pc-q35-4.2"):
    x("r9-head-" + mt, "-name", "guest=lab9,debug-threads=on", "-machine", mt + ",usb=off,dump-guest-core=off,vmport=off",
      "-uuid", "9d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6", "-rtc", "base=utc,driftfix=slew", "-no-shutdown", "-boot", "strict=on",
      "-global", "kvm-pit.lost_tick_policy=delay", "-overcommit", "mem-lock=off",
      steps=[*NAMEQ, *UUIDQ, QST, *MG("boot", "dump-guest-core", "usb", "vmport"), PWR, QST])
p("r9-head-pseries-7.1", "-name", "guest=lab9p,debug-threads=on", "-M", "pseries-7.1,usb=off,dump-guest-core=off",
  "-uuid", "9d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d7", "-rtc", "base=utc", "-no-shutdown", "-boot", "strict=on",
  steps=[*NAMEQ, *UUIDQ, QST, *MG("boot", "dump-guest-core", "usb"), PWR, QST])


# Measured while fixing round 9 (r9m-): -compat's policies given twice, as
# JSON and crash; -smbios type=1's uuid against -uuid's order; the QOM tree
# without the PIT, PICs, AHCI and SMBus; -set on a netdev twice and on a
# dgram netdev; -d's empty items and -D without a mask; -icount rr's order;
# -bios names from the data directories and sizes (a PC BIOS is a multiple
# of 64 KiB), pseries' firmware.
QTREE_QOM = hmp("info qom-tree")[0]
x("r9m-compat-crash", "-machine", "q35", "-compat", "deprecated-input=crash", steps=[qmp("nbd-server-remove", name="x"), QST])
x("r9m-compat-twice", "-machine", "q35", "-compat", "deprecated-input=reject", "-compat", "unstable-input=reject",
  steps=[qmp("nbd-server-remove", name="x"), qmp("x-query-usb")])
x("r9m-compat-json", "-machine", "q35", "-compat", '{"unstable-input":"reject"}', steps=[qmp("x-query-numa"), qmp("query-status")])
x("r9m-compat-unstable-hmp-nbd", "-machine", "pc", "-compat", "unstable-input=reject,deprecated-input=reject",
  steps=[qmp("x-exit-preconfig"), qmp("block-export-del", id="x"), qmp("drive-backup", device="d", target="/tmp/x", sync="full")])
x("r9m-smbios-uuid-then-uuid", "-machine", "q35", "-smbios", "type=1,uuid=66666666-7777-8888-9999-000000000000",
  "-uuid", "11111111-2222-3333-4444-555555555555", steps=UUIDQ)
x("r9m-smbios-uuid-upper", "-machine", "pc", "-smbios", "type=1,uuid=ABCDEF00-7777-8888-9999-000000000000", steps=UUIDQ)
p("r9m-smbios-uuid-pseries", "-M", "pseries", "-smbios", "type=1,uuid=66666666-7777-8888-9999-000000000000", steps=UUIDQ)
x("r9m-qomtree-q35-pit-pic-off", "-machine", "q35,pit=off,pic=off", steps=[QTREE_QOM])
x("r9m-qomtree-pc-pit-off", "-machine", "pc,pit=off", steps=[QTREE_QOM, qmp("qom-get", path="/machine", property="pcspk-audiodev")])
x("r9m-qomtree-q35-sata-smbus-off", "-machine", "q35,sata=off,smbus=off", steps=[QTREE_QOM])
x("r9m-q35-sata-off-ide", "-machine", "q35,sata=off", "-drive", "if=ide,driver=null-co,node-name=n0")
x("r9m-pc-pic-off-qtree", "-machine", "pc,pic=off", steps=[QTREE])
x("r9m-rtc-base-year-bad", "-machine", "q35", "-global", "mc146818rtc.base_year=abc")
x("r9m-set-netdev-twice", "-machine", "q35", "-netdev", "user,id=n0", "-set", "netdev.n0.net=10.0.3.0/24",
  "-set", "netdev.n0.net=10.0.4.0/24", "-device", "e1000,netdev=n0", steps=[NET])
x("r9m-set-netdev-dgram", "-machine", "q35", "-netdev", "dgram,id=d0,local.type=inet,local.host=127.0.0.1,local.port=%d" % port(),
  "-set", "netdev.d0.x=1")
x("r9m-set-netdev-bad-bool", "-machine", "q35", "-netdev", "user,id=n0", "-set", "netdev.n0.restrict=maybe")
x("r9m-d-comma", "-machine", "q35", "-d", ",")
x("r9m-d-trace-empty", "-machine", "q35", "-d", "trace:")
x("r9m-D-bad-no-mask", "-machine", "q35", "-D", "/nonexistent/dir/q.log", steps=[QST])
x("r9m-D-bad-trace", "-machine", "q35", "-d", "trace:cpuhp_*", "-D", "/nonexistent/dir/q.log")
x("r9m-icount-rr-empty", "-machine", "q35", "-icount", "shift=1,rr=")
x("r9m-icount-rr-and-shift", "-machine", "q35", "-icount", "shift=99,rr=x")
x("r9m-icount-rr-file-shift", "-machine", "q35", "-icount", "shift=99,rr=record")
x("r9m-bios-slof-on-pc", "-machine", "pc", "-bios", "slof.bin")
x("r9m-bios-qboot", "-machine", "pc", "-bios", "qboot.rom", steps=[QST])
x("r9m-bios-bios-bin", "-machine", "q35", "-bios", "bios.bin", steps=[QST])
x("r9m-bios-pvh", "-machine", "q35", "-bios", "pvh.bin")
x("r9m-bios-odd-size", "-machine", "pc", "-bios", img("odd.fd"), files=["odd.fd"])
x("r9m-bios-64k-multiple", "-machine", "pc", "-bios", img("big.fd"), files=["big.fd"], steps=[QST])
p("r9m-bios-pseries-vof", "-M", "pseries", "-bios", "vof.bin", steps=[QST])
p("r9m-bios-pseries-bare-missing", "-M", "pseries", "-bios", "nosuch.bin")
p("r9m-bios-pseries-256k", "-M", "pseries", "-bios", "bios-256k.bin", steps=[QST])
x("r9m-readconfig-dev-zero", "-machine", "q35", "-readconfig", "/nonexistent.cfg", "-readconfig", "/dev/null")
x("r9m-run-with-bool", "-machine", "q35", "-run-with", "async-teardown=maybe")
x("r9m-run-with-short", "-machine", "q35", "-run-with", "async-teardown", steps=[QST])


# r9b-: a second batch of round 9: the boot property set with qom-set and
# -M boot.* in odd forms, -name and -boot merged across two options, -uuid
# beside a bad SMBIOS uuid, power actions beside each other, -icount with
# multi-threaded TCG, -msg and -overcommit forms.
BOOTSET = lambda v: qmp("qom-set", path="/machine", property="boot", value=v)
x("r9b-boot-qom-set-bad-device", "-machine", "q35", steps=[BOOTSET({"order": "z"}), BOOTSET({"once": "cc"}), *MG("boot")])
x("r9b-boot-qom-set-bad-type", "-machine", "q35", steps=[BOOTSET({"menu": "on"}), BOOTSET({"splash-time": "5"}), *MG("boot")])
x("r9b-boot-qom-set-unknown", "-machine", "q35", steps=[BOOTSET({"order": "c", "nosuch": 1}), BOOTSET({}), *MG("boot")])
x("r9b-boot-qom-set-full", "-machine", "pc", "-boot", "menu=on",
  steps=[BOOTSET({"strict": True, "reboot-timeout": 100, "once": "n", "splash": "/tmp/x.bmp"}), *MG("boot")])
p("r9b-boot-qom-set-pseries", "-M", "pseries", steps=[BOOTSET({"menu": True}), *MG("boot")])
x("r9b-boot-machine-bad", "-machine", "q35,boot.order=x")
x("r9b-boot-machine-menu-bad", "-machine", "q35,boot.menu=maybe")
x("r9b-boot-order-once-qom", "-machine", "q35", "-boot", "order=d,once=c,splash=/tmp/none.bmp", steps=MG("boot"))
x("r9b-boot-merged", "-machine", "q35", "-boot", "order=n", "-boot", "menu=on", steps=MG("boot"))
x("r9b-boot-legacy-letters", "-machine", "pc", "-boot", "dc", steps=MG("boot"))
x("r9b-name-merged", "-machine", "q35", "-name", "guest=one", "-name", "debug-threads=on", steps=NAMEQ)
x("r9b-uuid-smbios-bad", "-machine", "q35", "-uuid", "11111111-2222-3333-4444-555555555555", "-smbios", "type=1,uuid=nope")
x("r9b-action-poweroff-powerdown", "-machine", "q35", "-action", "shutdown=poweroff", steps=[PWR, QST])
x("r9b-no-shutdown-reset-cont", "-machine", "pc", "-no-shutdown", "-no-reboot",
  steps=[{"hmp": "system_reset"}, STATUS, {"hmp": "cont"}, STATUS, {"hmp": "system_reset"}, STATUS])
x("r9b-set-action-then-reset", "-machine", "q35", "-no-reboot", steps=[qmp("set-action", reboot="reset"), RST, QST])
x("r9b-icount-auto-mttcg", "-machine", "q35", "-accel", "tcg,thread=multi", "-icount", "shift=auto")
x("r9b-icount-thread-single", "-machine", "q35", "-accel", "tcg,thread=single", "-icount", "shift=2", steps=[QST])
x("r9b-overcommit-empty", "-machine", "q35", "-overcommit", "")
x("r9b-msg-both", "-machine", "q35", "-name", "g", "-msg", "timestamp=off,guest-name=on", "-device", "nosuch")
p("r9b-accel-split-wx-pseries", "-M", "pseries", "-accel", "tcg,split-wx=on", steps=[QST])
x("r9b-mprops-graphics-off-vga", "-machine", "q35,graphics=off", "-vga", "std", steps=[PCI])
x("r9b-mprops-usb-off-device", "-machine", "q35,usb=off", "-device", "usb-tablet")
x("r9b-mprops-suppress-bad", "-machine", "q35,suppress-vmdesc=maybe")


# ================================================ round 10 (both releases) ===
# A tenth outside tester's round: the command lines management tools write
# and users paste, as they look today. (a) Proxmox VE's `qm showcmd`: the
# verbatim line (-daemonize beside the recorder's -qmp stdio, /var/run paths
# this host lacks, a "+pve0" machine, the missing -readconfig), then the line
# made runnable as a user does on a plain host: the pinned machine replaced
# by the real one (pc-q35-7.2+pve0 -> pc-q35-7.2, 8.1/9.2/10.0 types too),
# sockets and the pidfile under /tmp, disks on declared images, the tap
# netdev replaced by user networking (taps are the host's), -readconfig's
# pve-q35-4.0.cfg replaced by its devices (ICH9 USB, root ports, the DMI
# bridge and pci.0-pci.2), -machine accel=tcg (so no recorder base args),
# -cpu kvm64/qemu64 (x86-64-v2-AES)/host with PVE's flags and enforce,
# Windows' hv_* flags, kvm-pit/rtc for Windows, iothreads, virtio-scsi with
# scsi-hd, aio=io_uring, OVMF with an efidisk, vCPU devices on the line;
# and its pieces one at a time (a tap netdev alone is the host's: 7.2's host
# runs the missing script, 10.0's chroot has no /dev/net/tun). (b) libvirt 11 (trixie: pc-q35-10.0,
# pc-i440fx-10.0) and libvirt 9 (bookworm: pc-q35-7.2) lines with JSON
# -device/-blockdev/-netdev/-audiodev, a secret file, memory-backend=,
# hpet=off, -sandbox, disable_s3 (-msg timestamp=on left out: its
# wall-clock prefix; ptys as null chardevs; fds as socket paths). (c)
# virt-install / virt-manager and GNOME Boxes defaults (virtio-vga, Win11
# with TPM and secure boot, Boxes' host CPU). (d) the same on pseries
# (pseries-10.0, pseries-7.2). Each followed by what a user types then:
# info cpus, info hotpluggable-cpus, query-hotpluggable-cpus, device_add of a
# CPU into a free slot, info qtree/pci/block, query-machines, qom-list
# /machine.
R10_MACH = {"execute": "query-machines"}
QMACH = {"qmp": R10_MACH, "sort_by": "name"}
QOM_MACHINE = qmp("qom-list", path="/machine")
R10_HOT = lambda typ, **ids: [CPUS, HPC, QHPC, {"hmp": "device_add " + ",".join([typ] + ["%s=%s" % (k.replace("_", "-"), v)
                                                                                   for k, v in ids.items()])}, CPUS, HPC]
PVE_SPLASH = "menu=on,strict=on,reboot-timeout=1000,splash=/usr/share/qemu-server/bootsplash.jpg"
PVE_CPU = {
    "kvm64": "kvm64,enforce,+kvm_pv_eoi,+kvm_pv_unhalt,+lahf_lm,+sep",
    "v2aes": "qemu64,+aes,enforce,+kvm_pv_eoi,+kvm_pv_unhalt,+pni,+popcnt,+sse4.1,+sse4.2,+ssse3",
    "win": "kvm64,enforce,hv_ipi,hv_relaxed,hv_reset,hv_runtime,hv_spinlocks=0x1fff,hv_stimer,hv_synic,hv_time,hv_vapic,"
           "hv_vpindex,+kvm_pv_eoi,+kvm_pv_unhalt,+lahf_lm,+sep",
    "host": "host,+kvm_pv_eoi,+kvm_pv_unhalt",
}
# pve-q35-4.0.cfg's devices as -device options (what a user pastes instead of -readconfig)
PVE_Q35_CFG = ["-device", "ich9-usb-ehci1,id=ehci,multifunction=on,bus=pcie.0,addr=1d.7",
               "-device", "ich9-usb-uhci1,id=uhci-1,multifunction=on,bus=pcie.0,addr=1d.0,masterbus=ehci.0,firstport=0",
               "-device", "ich9-usb-uhci2,id=uhci-2,multifunction=on,bus=pcie.0,addr=1d.1,masterbus=ehci.0,firstport=2",
               "-device", "ich9-usb-uhci3,id=uhci-3,multifunction=on,bus=pcie.0,addr=1d.2,masterbus=ehci.0,firstport=4",
               "-device", "ioh3420,id=ich9-pcie-port-1,multifunction=on,bus=pcie.0,addr=1c.0,port=1,chassis=1",
               "-device", "ioh3420,id=ich9-pcie-port-2,multifunction=on,bus=pcie.0,addr=1c.1,port=2,chassis=2",
               "-device", "i82801b11-bridge,id=pcidmi,bus=pcie.0,addr=1e.0",
               "-device", "pci-bridge,id=pci.0,bus=pcidmi,addr=1.0,chassis_nr=1",
               "-device", "pci-bridge,id=pci.1,bus=pcidmi,addr=2.0,chassis_nr=2",
               "-device", "pci-bridge,id=pci.2,bus=pcidmi,addr=3.0,chassis_nr=3"]
PVE_I440_CFG = ["-device", "piix3-usb-uhci,id=uhci,bus=pci.0,addr=0x1.0x2",
                "-device", "pci-bridge,id=pci.1,chassis_nr=1,bus=pci.0,addr=0x1e",
                "-device", "pci-bridge,id=pci.2,chassis_nr=2,bus=pci.0,addr=0x1f"]


def pve(name, machine, cpu="kvm64", smp="2,sockets=1,cores=2,maxcpus=2", mem="2048", cfg="q35", disk=True, cd=True,
        net=True, extra=(), win=False, vnc=True, **kw):
    t = "/tmp/hotplug-lab-pc-r10-" + name
    a = ["-id", "100"] if cfg == "id" else []
    a += ["-name", "vm100,debug-threads=on", "-no-shutdown", "-S",
          "-chardev", "socket,id=qmp,path=%s.qmp,server=on,wait=off" % t, "-mon", "chardev=qmp,mode=control",
          "-pidfile", t + ".pid", "-smbios", "type=1,uuid=7c3a9e2f-1d4b-4c8a-9e6f-2b5d8a1c3e70",
          "-smp", smp, "-nodefaults", "-boot", "menu=on,strict=on,reboot-timeout=1000"]
    if vnc:
        a += ["-vnc", "unix:%s.vnc,password=on" % t]
    else:
        a += ["-display", "none"]
    if win:
        a += ["-no-hpet"] if cfg == "i440fx" else []
    a += ["-cpu", PVE_CPU.get(cpu, cpu), "-m", mem, "-object", "iothread,id=iothread-virtioscsi0"]
    if cfg == "q35":
        a += PVE_Q35_CFG
        bus = "pci.0"
    elif cfg == "i440fx":
        a += PVE_I440_CFG
        bus = "pci.0"
    else:
        bus = "pci.0"
    a += ["-device", "vmgenid,guid=0f6e1c2a-8d3b-4e5f-9a7c-6b2d1e3f4a50"]
    if cfg == "q35":
        a += ["-device", "usb-tablet,id=tablet,bus=ehci.0,port=1", "-device", "VGA,id=vga,bus=pcie.0,addr=0x1"]
    elif cfg == "i440fx":
        a += ["-device", "usb-tablet,id=tablet,bus=uhci.0,port=1", "-device", "VGA,id=vga,bus=pci.0,addr=0x2"]
    a += ["-chardev", "socket,path=%s.qga,server=on,wait=off,id=qga0" % t,
          "-device", "virtio-serial,id=qga0,bus=%s,addr=0x8" % bus,
          "-device", "virtserialport,chardev=qga0,name=org.qemu.guest_agent.0",
          "-device", "virtio-balloon-pci,id=balloon0,bus=%s,addr=0x3,free-page-reporting=on" % bus]
    files = []
    if cd:
        a += ["-drive", "file=%s,if=none,id=drive-ide2,media=cdrom,aio=io_uring" % img("install.iso"),
              "-device", "ide-cd,bus=ide.1,unit=0,drive=drive-ide2,id=ide2,bootindex=101"]
        files.append("install.iso")
    if disk:
        a += ["-device", "pci-bridge,id=pci.3,chassis_nr=4,bus=%s,addr=0x5" % bus,
              "-device", "virtio-scsi-pci,id=virtioscsi0,bus=pci.3,addr=0x1,iothread=iothread-virtioscsi0",
              "-drive", "file=%s,if=none,id=drive-scsi0,cache=writeback,discard=on,format=qcow2,aio=io_uring,"
                        "detect-zeroes=unmap" % img("disk.qcow2"),
              "-device", "scsi-hd,bus=virtioscsi0.0,channel=0,scsi-id=0,lun=0,drive=drive-scsi0,id=scsi0,rotation_rate=1,"
                         "bootindex=100"]
        files.append("disk.qcow2")
    if net:
        a += ["-netdev", "type=user,id=net0",
              "-device", "virtio-net-pci,mac=BC:24:11:3A:5E:01,netdev=net0,bus=%s,addr=0x12,id=net0,rx_queue_size=1024,"
                         "tx_queue_size=256,bootindex=102" % bus]
    if win:
        a += ["-rtc", "driftfix=slew,base=localtime", "-global", "kvm-pit.lost_tick_policy=discard"]
        if cfg == "q35":
            a += ["-global", "ICH9-LPC.disable_s3=1", "-global", "ICH9-LPC.disable_s4=1"]
        else:
            a += ["-global", "PIIX4_PM.disable_s3=1", "-global", "PIIX4_PM.disable_s4=1"]
    a += list(extra)
    a += ["-machine", "type=%s,accel=tcg" % machine]
    x("r10-pve-" + name, *a, base=False, files=files + list(kw.pop("files", [])), **kw)


# (a) the verbatim paste and its first failures
PVE_RAW = ["-id", "100", "-name", "vm100,debug-threads=on", "-no-shutdown",
           "-chardev", "socket,id=qmp,path=/var/run/qemu-server/100.qmp,server=on,wait=off", "-mon", "chardev=qmp,mode=control",
           "-chardev", "socket,id=qmp-event,path=/var/run/qmeventd.sock,reconnect=5", "-mon", "chardev=qmp-event,mode=control",
           "-pidfile", "/var/run/qemu-server/100.pid", "-daemonize",
           "-smbios", "type=1,uuid=7c3a9e2f-1d4b-4c8a-9e6f-2b5d8a1c3e70", "-smp", "2,sockets=1,cores=2,maxcpus=2", "-nodefaults",
           "-boot", PVE_SPLASH, "-vnc", "unix:/var/run/qemu-server/100.vnc,password=on", "-cpu", PVE_CPU["kvm64"], "-m", "2048",
           "-object", "iothread,id=iothread-virtioscsi0", "-readconfig", "/usr/share/qemu-server/pve-q35-4.0.cfg",
           "-device", "vmgenid,guid=0f6e1c2a-8d3b-4e5f-9a7c-6b2d1e3f4a50", "-device", "usb-tablet,id=tablet,bus=ehci.0,port=1",
           "-device", "VGA,id=vga,bus=pcie.0,addr=0x1",
           "-device", "virtio-balloon-pci,id=balloon0,bus=pci.0,addr=0x3,free-page-reporting=on",
           "-iscsi", "initiator-name=iqn.1993-08.org.debian:01:3b9f2a7c1d",
           "-drive", "file=/var/lib/vz/template/iso/debian-12.8.0-amd64-netinst.iso,if=none,id=drive-ide2,media=cdrom,aio=io_uring",
           "-device", "ide-cd,bus=ide.1,unit=0,drive=drive-ide2,id=ide2,bootindex=101",
           "-device", "virtio-scsi-pci,id=virtioscsi0,bus=pci.3,addr=0x1,iothread=iothread-virtioscsi0",
           "-drive", "file=/dev/pve/vm-100-disk-0,if=none,id=drive-scsi0,cache=writeback,discard=on,format=raw,aio=io_uring,"
                     "detect-zeroes=unmap",
           "-device", "scsi-hd,bus=virtioscsi0.0,channel=0,scsi-id=0,lun=0,drive=drive-scsi0,id=scsi0,rotation_rate=1,bootindex=100",
           "-netdev", "type=tap,id=net0,ifname=tap100i0,script=/var/lib/qemu-server/pve-bridge,"
                      "downscript=/var/lib/qemu-server/pve-bridgedown,vhost=on",
           "-device", "virtio-net-pci,mac=BC:24:11:3A:5E:01,netdev=net0,bus=pci.0,addr=0x12,id=net0,rx_queue_size=1024,"
                      "tx_queue_size=256,bootindex=102",
           "-machine", "type=pc-q35-7.2+pve0"]


def without(a, *opts):
    out, skip = [], False
    for i, s in enumerate(a):
        if skip:
            skip = False
            continue
        if s in opts:
            skip = s != "-daemonize"
            continue
        out.append(s)
    return out


x("r10-pve-verbatim", *PVE_RAW, base=False)
x("r10-pve-verbatim-no-daemonize", *without(PVE_RAW, "-daemonize"), base=False)
x("r10-pve-verbatim-no-pidfile", *without(PVE_RAW, "-daemonize", "-pidfile"), base=False)
x("r10-pve-verbatim-no-id", *without(PVE_RAW, "-daemonize", "-pidfile", "-id"), base=False)
x("r10-pve-machine-pve0", "-machine", "type=pc-q35-7.2+pve0")
x("r10-pve-machine-pve0-i440fx", "-machine", "type=pc-i440fx-8.1+pve0,accel=tcg", base=False)
x("r10-pve-readconfig-missing", "-S", "-display", "none", "-nodefaults", "-readconfig", "/usr/share/qemu-server/pve-q35-4.0.cfg",
  "-machine", "type=pc-q35-7.2,accel=tcg", base=False)
x("r10-pve-readconfig-usb-missing", "-readconfig", "/usr/share/qemu-server/pve-usb.cfg", "-machine", "type=pc-i440fx-7.2")
x("r10-pve-no-readconfig-pci0", "-M", "pc-q35-7.2", "-device", "virtio-balloon-pci,id=balloon0,bus=pci.0,addr=0x3,free-page-reporting=on")
x("r10-pve-no-readconfig-ehci", "-M", "pc-q35-7.2", "-device", "usb-tablet,id=tablet,bus=ehci.0,port=1")
x("r10-pve-vnc-dir-missing", "-vnc", "unix:/var/run/qemu-server/100.vnc,password=on")
x("r10-pve-pidfile-dir-missing", "-pidfile", "/var/run/qemu-server/100.pid")
x("r10-pve-qmp-dir-missing", "-chardev", "socket,id=qmp,path=/var/run/qemu-server/100.qmp,server=on,wait=off",
  "-mon", "chardev=qmp,mode=control")
x("r10-pve-splash-missing", "-boot", PVE_SPLASH)
x("r10-pve-drive-lvm-missing", "-drive", "file=/dev/pve/vm-100-disk-0,if=none,id=drive-scsi0,cache=writeback,discard=on,"
  "format=raw,aio=io_uring,detect-zeroes=unmap")
x("r10-pve-iso-missing", "-drive", "file=/var/lib/vz/template/iso/debian-12.8.0-amd64-netinst.iso,if=none,id=drive-ide2,"
  "media=cdrom,aio=io_uring")
x("r10-pve-cpu-host", "-M", "pc-q35-7.2", "-cpu", PVE_CPU["host"])
x("r10-pve-daemonize-nographic", "-daemonize", "-nographic")
# (a) runnable: the same line with the host's parts replaced
H = lambda t, sock, core: R10_HOT(t, id="cpu3", socket_id=sock, core_id=core, thread_id=0)
pve("q35-72-kvm64", "pc-q35-7.2", smp="2,sockets=1,cores=4,maxcpus=4",
    steps=[*H("kvm64-x86_64-cpu", 0, 2), hmp("info vnc")[0]])
pve("q35-72-kvm64-look", "pc-q35-7.2", steps=[PCI, QTREE, qmp("query-vnc")])
pve("q35-72-kvm64-machine", "pc-q35-7.2", steps=[QMACH, QOM_MACHINE, qmp("query-current-machine")])
pve("q35-72-v2aes", "pc-q35-7.2", cpu="v2aes", smp="1,sockets=2,cores=2,maxcpus=4",
    steps=H("qemu64-x86_64-cpu", 1, 0))
pve("q35-72-win", "pc-q35-7.2", cpu="win", smp="4,sockets=1,cores=4,maxcpus=4", mem="4096", win=True,
    steps=[CPUS, HPC, QTREE])
pve("q35-72-host", "pc-q35-7.2", cpu="host")
pve("q35-72-vcpus", "pc-q35-7.2", smp="1,sockets=1,cores=4,maxcpus=4",
    extra=["-device", "kvm64-x86_64-cpu,id=cpu2,socket-id=0,core-id=1,thread-id=0"],
    steps=[*H("kvm64-x86_64-cpu", 0, 2), PERIPH])
pve("q35-72-vcpus-taken", "pc-q35-7.2", smp="1,sockets=1,cores=4,maxcpus=4",
    extra=["-device", "kvm64-x86_64-cpu,id=cpu2,socket-id=0,core-id=1,thread-id=0"],
    steps=[{"hmp": "device_add kvm64-x86_64-cpu,id=cpu3,socket-id=0,core-id=1,thread-id=0"},
           {"hmp": "device_add kvm64-x86_64-cpu,id=cpu2,socket-id=0,core-id=3,thread-id=0"}, CPUS])
pve("q35-72-efi", "pc-q35-7.2", cd=False,
    extra=["-drive", "if=pflash,unit=0,format=raw,readonly=on,file=" + img("OVMF_CODE.fd"),
           "-drive", "if=pflash,unit=1,id=drive-efidisk0,format=raw,file=%s,size=131072" % img("OVMF_VARS.fd")],
    files=["OVMF_CODE.fd", "OVMF_VARS.fd"], steps=[PCI, hmp("info hotpluggable-cpus")[0]])
pve("q35-72-efi-size-bad", "pc-q35-7.2", cd=False, disk=False, net=False,
    extra=["-drive", "if=pflash,unit=0,format=raw,readonly=on,file=" + img("OVMF_CODE.fd"),
           "-drive", "if=pflash,unit=1,id=drive-efidisk0,format=raw,file=%s,size=540672" % img("OVMF_VARS.fd")],
    files=["OVMF_CODE.fd", "OVMF_VARS.fd"])
pve("q35-72-tpm", "pc-q35-7.2", cd=False, disk=False, net=False,
    extra=["-chardev", "socket,id=tpmchar,path=/tmp/hotplug-lab-pc-r10-nosuch/100.swtpm", "-tpmdev", "emulator,id=tpmdev,chardev=tpmchar",
           "-device", "tpm-tis,tpmdev=tpmdev"])
pve("q35-72-novnc", "pc-q35-7.2", vnc=False, smp="2,sockets=2,cores=1,maxcpus=4",
    steps=[*H("kvm64-x86_64-cpu", 2, 0), PCI])
pve("q35-72-big-smp", "pc-q35-7.2", smp="4,sockets=2,cores=8,maxcpus=16", mem="8192", steps=[HPC, QHPC])
pve("q35-81", "pc-q35-8.1", steps=[CPUS, HPC])
pve("q35-92", "pc-q35-9.2", smp="2,sockets=1,cores=4,maxcpus=4", steps=H("kvm64-x86_64-cpu", 0, 3))
pve("q35-100", "pc-q35-10.0", cpu="v2aes", steps=[CPUS, PCI, QMACH])
pve("i440fx-72", "pc-i440fx-7.2", cfg="i440fx", smp="2,sockets=1,cores=4,maxcpus=4",
    steps=[*H("kvm64-x86_64-cpu", 0, 2), PCI])
pve("i440fx-72-look", "pc-i440fx-7.2", cfg="i440fx", steps=[QTREE, hmp("info usb")[0], QOM_MACHINE])
pve("i440fx-72-win", "pc-i440fx-7.2", cfg="i440fx", cpu="win", win=True, steps=[CPUS, QTREE])
pve("i440fx-81", "pc-i440fx-8.1", cfg="i440fx", steps=[HPC, QMACH])
pve("i440fx-100", "pc-i440fx-10.0", cfg="i440fx", smp="1,sockets=1,cores=2,maxcpus=2",
    steps=H("kvm64-x86_64-cpu", 0, 1))
# (a) pieces one at a time
x("r10-pve-smbios-uuid", "-smbios", "type=1,uuid=7c3a9e2f-1d4b-4c8a-9e6f-2b5d8a1c3e70", steps=[qmp("query-uuid")])
x("r10-pve-smbios-uuid-and-uuid", "-uuid", "11111111-2222-3333-4444-555555555555",
  "-smbios", "type=1,uuid=7c3a9e2f-1d4b-4c8a-9e6f-2b5d8a1c3e70", steps=[qmp("query-uuid")])
x("r10-pve-boot-no-splash", "-boot", "menu=on,strict=on,reboot-timeout=1000", steps=[QGET("/machine", "boot")])
x("r10-pve-vnc-tmp", "-vnc", "unix:/tmp/hotplug-lab-pc-r10-vnc-tmp.vnc,password=on", steps=[hmp("info vnc")[0], qmp("query-vnc")])
x("r10-pve-vnc-tmp-nopw", "-vnc", "unix:/tmp/hotplug-lab-pc-r10-vnc-nopw.vnc", steps=[hmp("info vnc")[0]])
x("r10-pve-pidfile-tmp", "-pidfile", "/tmp/hotplug-lab-pc-r10-pidfile-tmp.pid", steps=[STATUS])
x("r10-pve-iscsi", "-iscsi", "initiator-name=iqn.1993-08.org.debian:01:3b9f2a7c1d", steps=[STATUS])
x("r10-pve-vmgenid", "-device", "vmgenid,guid=0f6e1c2a-8d3b-4e5f-9a7c-6b2d1e3f4a50", steps=[QTREE, qmp("query-vm-generation-id")])
x("r10-pve-vmgenid-auto-twice", "-device", "vmgenid,guid=auto", "-device", "vmgenid")
x("r10-pve-cpu-kvm64", "-cpu", PVE_CPU["kvm64"], "-smp", "1,maxcpus=2", steps=[*R10_HOT("kvm64-x86_64-cpu", socket_id=1, core_id=0, thread_id=0)])
x("r10-pve-cpu-v2aes", "-M", "q35", "-cpu", PVE_CPU["v2aes"], steps=[CPUS])
x("r10-pve-cpu-win", "-M", "q35", "-cpu", PVE_CPU["win"])
x("r10-pve-cpu-hv-no-synic", "-M", "q35", "-cpu", "kvm64,hv_stimer,hv_time")
x("r10-pve-cpu-kvm64-enforce-x2apic", "-cpu", "kvm64,enforce,+x2apic,+kvm_pv_unhalt")
x("r10-pve-kvm-pit-discard", "-global", "kvm-pit.lost_tick_policy=discard", "-rtc", "driftfix=slew,base=localtime", steps=[QTREE])
x("r10-pve-iothread-scsi", "-M", "q35", "-object", "iothread,id=iothread-virtioscsi0",
  "-device", "virtio-scsi-pci,id=virtioscsi0,iothread=iothread-virtioscsi0",
  "-blockdev", "null-co,node-name=d0", "-device", "scsi-hd,bus=virtioscsi0.0,channel=0,scsi-id=0,lun=0,drive=d0,id=scsi0,rotation_rate=1",
  steps=[QTREE, hmp("info iothreads")[0]])
x("r10-pve-iothread-missing", "-M", "q35", "-device", "virtio-scsi-pci,id=virtioscsi0,iothread=iothread-virtioscsi0")
x("r10-pve-scsi-single", "-M", "q35", "-object", "iothread,id=iothread-virtio0",
  "-device", "virtio-scsi-pci,id=virtioscsi0,bus=pcie.0,addr=0x5,iothread=iothread-virtio0,num_queues=2", steps=[PCI])
x("r10-pve-detect-zeroes-no-discard", "-drive", "file=%s,if=none,id=drive-scsi0,format=qcow2,detect-zeroes=unmap" % img("disk.qcow2"),
  files=["disk.qcow2"])
x("r10-pve-aio-io-uring", "-drive", "file=%s,if=none,id=drive-scsi0,node-name=n0,format=qcow2,aio=io_uring,cache=writeback,discard=on"
  % img("disk.qcow2"), files=["disk.qcow2"], steps=[BLOCK])
x("r10-pve-aio-native-writeback", "-drive", "file=%s,if=none,id=drive-scsi0,node-name=n0,format=raw,aio=native,cache=writeback"
  % img("vm.img"), files=["vm.img"])
x("r10-pve-net-queues", "-netdev", "type=user,id=net0", "-device",
  "virtio-net-pci,mac=BC:24:11:3A:5E:01,netdev=net0,id=net0,rx_queue_size=1024,tx_queue_size=256,bootindex=102",
  steps=[QGET("/machine/peripheral/net0", "tx_queue_size"), QGET("/machine/peripheral/net0", "rx_queue_size")])
x("r10-pve-net-txq-1024", "-netdev", "type=user,id=net0", "-device", "virtio-net-pci,netdev=net0,id=net0,tx_queue_size=1024")
x("r10-pve-net-rxq-bad", "-netdev", "type=user,id=net0", "-device", "virtio-net-pci,netdev=net0,id=net0,rx_queue_size=1000")
x("r10-pve-mac-upper", "-netdev", "type=user,id=net0", "-device", "e1000,mac=BC:24:11:3A:5E:0F,netdev=net0,id=net0",
  steps=[QGET("/machine/peripheral/net0", "mac")])
x("r10-pve-qmeventd-reconnect", "-chardev", "socket,id=qmp-event,path=/tmp/hotplug-lab-pc-r10-nosuch/qmeventd.sock,reconnect=5",
  "-mon", "chardev=qmp-event,mode=control", steps=[CHR])
x("r10-pve-pci-bridge-chain", "-M", "q35", *PVE_Q35_CFG, "-device", "pci-bridge,id=pci.3,chassis_nr=4,bus=pci.0,addr=0x5",
  steps=[PCI])
x("r10-pve-ich9-usb", "-M", "q35", *PVE_Q35_CFG[:8], "-device", "usb-tablet,id=tablet,bus=ehci.0,port=1", steps=[USB, QTREE])

# (b) libvirt 11 (trixie) and libvirt 9 (bookworm) lines
LV_TAIL = lambda sock, video="virtio-vga": [
    "-rtc", "base=utc,driftfix=slew", "-global", "kvm-pit.lost_tick_policy=delay", "-no-shutdown",
    "-global", "ICH9-LPC.disable_s3=1", "-global", "ICH9-LPC.disable_s4=1", "-boot", "strict=on",
    "-device", RP(16, 1, "0x2", multifunction=True), "-device", RP(17, 2, "0x2.0x1"), "-device", RP(18, 3, "0x2.0x2"),
    "-device", RP(19, 4, "0x2.0x3"), "-device", RP(20, 5, "0x2.0x4"), "-device", RP(21, 6, "0x2.0x5"),
    "-device", RP(22, 7, "0x2.0x6"), "-device", RP(23, 8, "0x2.0x7"),
    "-device", j(driver="pcie-root-port", port=24, chassis=9, id="pci.9", bus="pcie.0", multifunction=True, addr="0x3"),
    "-device", j(driver="qemu-xhci", p2=15, p3=15, id="usb", bus="pci.2", addr="0x0"),
    "-device", j(driver="virtio-serial-pci", id="virtio-serial0", bus="pci.3", addr="0x0"),
    *lv10_disk(1, "disk.qcow2"),
    "-device", j(driver="virtio-blk-pci", bus="pci.4", addr="0x0", drive="libvirt-1-format", id="virtio-disk0", bootindex=1),
    "-netdev", j(type="user", id="hostnet0"),
    "-device", j(driver="virtio-net-pci", netdev="hostnet0", id="net0", mac="52:54:00:a1:b2:c3", bus="pci.1", addr="0x0"),
    "-chardev", "null,id=charserial0", "-device", j(driver="isa-serial", chardev="charserial0", id="serial0", index=0),
    "-chardev", "socket,id=charchannel0,path=/tmp/hotplug-lab-pc-r10-%s.agent,server=on,wait=off" % sock,
    "-device", j(driver="virtserialport", bus="virtio-serial0.0", nr=1, chardev="charchannel0", id="channel0",
                 name="org.qemu.guest_agent.0"),
    "-device", j(driver="usb-tablet", id="input0", bus="usb.0", port="1"),
    "-audiodev", j(id="audio1", driver="none"),
    "-device", j(driver=video, id="video0", max_outputs=1, bus="pcie.0", addr="0x1"),
    "-global", "ICH9-LPC.noreboot=off", "-watchdog-action", "reset",
    "-device", j(driver="virtio-balloon-pci", id="balloon0", bus="pci.5", addr="0x0"),
    "-object", j(**{"qom-type": "rng-random", "id": "objrng0", "filename": "/dev/urandom"}),
    "-device", j(driver="virtio-rng-pci", rng="objrng0", id="rng0", bus="pci.6", addr="0x0"), *SANDBOX]
LV_SMP = "2,maxcpus=4,sockets=4,dies=1,clusters=1,cores=1,threads=1"
LV_SMP72 = "2,maxcpus=4,sockets=4,dies=1,cores=1,threads=1"
QMHOT = lambda typ, sock: [CPUS, HPC, QHPC, qmp("device_add", driver=typ, id="vcpu%d" % sock, **{"socket-id": sock, "core-id": 0,
                                                                                                "thread-id": 0}), CPUS, QHPC]
for tag, mt, smp in [("trixie", "pc-q35-10.0", LV_SMP), ("bookworm", "pc-q35-7.2", LV_SMP72)]:
    head = lv10_head(mt + ",usb=off,dump-guest-core=off,memory-backend=pc.ram,hpet=off,acpi=on", "pc.ram", "r10-" + tag,
                     smp=smp, mem=2147483648)
    for part, steps in [("hotplug", QMHOT("qemu64-x86_64-cpu", 2)), ("look", [PCI, QTREE, BLOCK]),
                        ("machine", [QMACH, QOM_MACHINE, PERIPH])]:
        x("r10-lv-%s-q35-%s" % (tag, part), *head, "-cpu", "qemu64", *LV_TAIL(tag + "-" + part),
          files=["disk.qcow2", "master-key.aes"], steps=steps)
    x("r10-lv-%s-q35-skylake" % tag, *head, "-cpu", "Skylake-Client-IBRS,vmx=on,pcid=on,hypervisor=on,arat=on,tsc-adjust=on,"
      "umip=on,md-clear=on,stibp=on,ssbd=on,xsaveopt=on,pdpe1gb=on,abm=on,ibpb=on,ibrs=on,amd-stibp=on,amd-ssbd=on,"
      "skip-l1dfl-vmentry=on,pschange-mc-no=on,hle=off,rtm=off", files=["master-key.aes"],
      steps=QMHOT("Skylake-Client-IBRS-x86_64-cpu", 3))
    mm = lv10_head(mt + ",usb=off,dump-guest-core=off,memory-backend=pc.ram,hpet=off,acpi=on", "pc.ram", "r10-mm-" + tag,
                   smp=smp, mem=1073741824)
    assert mm[8] == "-m"
    mm[9] = "size=1048576k,slots=16,maxmem=4194304k"
    x("r10-lv-%s-q35-maxmem" % tag, *mm,
      files=["master-key.aes"], steps=[hmp("info memory_size_summary")[0], HPC])
x("r10-lv-trixie-i440fx", *lv10_head("pc-i440fx-10.0,usb=off,vmport=off,dump-guest-core=off,memory-backend=pc.ram,hpet=off,acpi=on",
                                     "pc.ram", "r10-i440fx", smp="1,maxcpus=2,sockets=2,dies=1,clusters=1,cores=1,threads=1"),
  "-cpu", "qemu64", "-global", "PIIX4_PM.disable_s3=1", "-global", "PIIX4_PM.disable_s4=1", "-boot", "strict=on",
  "-device", j(driver="piix3-usb-uhci", id="usb", bus="pci.0", addr="0x1.0x2"),
  "-device", j(driver="usb-tablet", id="input0", bus="usb.0", port="1"),
  "-device", j(driver="VGA", id="video0", vgamem_mb=16, bus="pci.0", addr="0x2"),
  files=["master-key.aes"], steps=[PCI, *QMHOT("qemu64-x86_64-cpu", 1)])
x("r10-lv-trixie-q35-hpet-machine", "-machine", "pc-q35-10.0,hpet=off,acpi=on", steps=[QGET("/machine", "hpet")])
x("r10-lv-trixie-q35-on-72", "-machine", "pc-q35-10.0,usb=off,dump-guest-core=off")
x("r10-lv-trixie-disable-s3", "-machine", "pc-q35-7.2", "-global", "ICH9-LPC.disable_s3=1",
  steps=[STATUS])

# (c) virt-install / virt-manager and GNOME Boxes defaults
VI = lambda sock: lv10_head("pc-q35-7.2,usb=off,vmport=off,dump-guest-core=off,memory-backend=pc.ram,hpet=off,acpi=on", "pc.ram",
                            "r10-vi-" + sock, smp="2,sockets=2,cores=1,threads=1", mem=2147483648)
x("r10-virt-install-debian12", *VI("deb12"), "-cpu", "qemu64", *LV_TAIL("vi-deb12"), files=["disk.qcow2", "master-key.aes"],
  steps=[HPC, QTREE, hmp("info usb")[0]])
x("r10-virt-install-debian12-cpu-add", *VI("deb12b"), "-cpu", "qemu64", *LV_TAIL("vi-deb12b"),
  files=["disk.qcow2", "master-key.aes"], steps=[{"hmp": "device_add qemu64-x86_64-cpu,id=vcpu2,socket-id=2,core-id=0,thread-id=0"}])
W11 = ["-blockdev", j(driver="file", filename=img("OVMF_CODE.fd"), **{"node-name": "libvirt-pflash0-storage", "auto-read-only": True,
                                                                       "discard": "unmap"}),
       "-blockdev", j(**{"node-name": "libvirt-pflash0-format", "read-only": True, "driver": "raw", "file": "libvirt-pflash0-storage"}),
       "-blockdev", j(driver="file", filename=img("OVMF_VARS.fd"), **{"node-name": "libvirt-pflash1-storage", "auto-read-only": True,
                                                                       "discard": "unmap"}),
       "-blockdev", j(**{"node-name": "libvirt-pflash1-format", "read-only": False, "driver": "raw", "file": "libvirt-pflash1-storage"})]
for tag, mt in [("72", "pc-q35-7.2"), ("100", "pc-q35-10.0")]:
    x("r10-virt-manager-win11-" + tag, "-name", "guest=win11,debug-threads=on",
      "-object", j(**{"qom-type": "secret", "id": "masterKey0", "format": "raw", "file": img("master-key.aes")}), *W11,
      "-machine", mt + ",usb=off,vmport=off,smm=on,dump-guest-core=off,memory-backend=pc.ram,pflash0=libvirt-pflash0-format,"
      "pflash1=libvirt-pflash1-format,hpet=off,acpi=on", "-accel", "tcg",
      "-cpu", "qemu64,hv-time=on,hv-relaxed=on,hv-vapic=on,hv-spinlocks=0x1fff",
      "-global", "driver=cfi.pflash01,property=secure,value=on", "-m", "size=4194304k",
      "-object", j(**{"qom-type": "memory-backend-ram", "id": "pc.ram", "size": 4294967296}),
      "-overcommit", "mem-lock=off", "-smp", "2,sockets=1,dies=1,cores=2,threads=1", "-uuid", "5c1e7a2b-3d4f-4a6b-8c9d-0e1f2a3b4c5d",
      "-no-user-config", "-nodefaults", "-rtc", "base=localtime,driftfix=slew", "-global", "kvm-pit.lost_tick_policy=delay",
      "-no-shutdown", "-global", "ICH9-LPC.disable_s3=1", "-global", "ICH9-LPC.disable_s4=1", "-boot", "strict=on",
      "-device", RP(16, 1, "0x2", multifunction=True), "-device", RP(17, 2, "0x2.0x1"), "-device", RP(18, 3, "0x2.0x2"),
      "-device", j(driver="qemu-xhci", p2=15, p3=15, id="usb", bus="pci.2", addr="0x0"),
      "-netdev", j(type="user", id="hostnet0"),
      "-device", j(driver="e1000e", netdev="hostnet0", id="net0", mac="52:54:00:0b:11:aa", bus="pci.1", addr="0x0"),
      "-device", j(driver="usb-tablet", id="input0", bus="usb.0", port="1"),
      "-chardev", "socket,id=chrtpm,path=/tmp/hotplug-lab-pc-r10-nosuch/tpm.sock", "-tpmdev", "emulator,id=tpm-tpm0,chardev=chrtpm",
      "-device", j(driver="tpm-crb", tpmdev="tpm-tpm0", id="tpm0"),
      "-audiodev", j(id="audio1", driver="none"),
      "-device", j(driver="ich9-intel-hda", id="sound0", bus="pcie.0", addr="0x1b"),
      "-device", j(driver="hda-duplex", id="sound0-codec0", bus="sound0.0", cad=0, audiodev="audio1"),
      files=["OVMF_CODE.fd", "OVMF_VARS.fd", "master-key.aes"])
    x("r10-virt-manager-win11-notpm-" + tag, "-name", "guest=win11,debug-threads=on", *W11,
      "-machine", mt + ",usb=off,vmport=off,smm=on,dump-guest-core=off,pflash0=libvirt-pflash0-format,"
      "pflash1=libvirt-pflash1-format,hpet=off,acpi=on", "-accel", "tcg",
      "-cpu", "qemu64,hv-time=on,hv-relaxed=on,hv-vapic=on,hv-spinlocks=0x1fff",
      "-global", "driver=cfi.pflash01,property=secure,value=on", "-m", "4096",
      "-smp", "2,maxcpus=4,sockets=1,dies=1,cores=4,threads=1", "-nodefaults",
      "-device", RP(16, 1, "0x2", multifunction=True), "-device", j(driver="qemu-xhci", p2=15, p3=15, id="usb", bus="pci.1", addr="0x0"),
      "-device", j(driver="usb-tablet", id="input0", bus="usb.0", port="1"),
      files=["OVMF_CODE.fd", "OVMF_VARS.fd"],
      steps=[PCI, hmp("info hotpluggable-cpus")[0], {"hmp": "device_add qemu64-x86_64-cpu,id=vcpu2,socket-id=0,core-id=2,thread-id=0"},
             CPUS])
x("r10-boxes-host-cpu", "-name", "guest=boxes-unknown,debug-threads=on",
  "-machine", "pc-q35-7.2,usb=off,vmport=off,dump-guest-core=off,memory-backend=pc.ram,hpet=off,acpi=on", "-accel", "tcg",
  "-cpu", "host,migratable=on", "-m", "size=2097152k", "-object", j(**{"qom-type": "memory-backend-ram", "id": "pc.ram",
                                                                       "size": 2147483648}),
  "-smp", "2,sockets=1,dies=1,cores=1,threads=2")
x("r10-boxes-max-cpu", "-name", "guest=boxes-unknown,debug-threads=on",
  "-machine", "pc-q35-7.2,usb=off,vmport=off,dump-guest-core=off,memory-backend=pc.ram,hpet=off,acpi=on", "-accel", "tcg",
  "-cpu", "max", "-m", "size=2097152k", "-object", j(**{"qom-type": "memory-backend-ram", "id": "pc.ram", "size": 2147483648}),
  "-smp", "2,maxcpus=4,sockets=1,dies=1,cores=2,threads=2", "-nodefaults",
  "-device", RP(16, 1, "0x2", multifunction=True), "-device", j(driver="qemu-xhci", p2=15, p3=15, id="usb", bus="pci.1", addr="0x0"),
  "-device", j(driver="usb-tablet", id="input0", bus="usb.0", port="1"),
  "-device", j(driver="virtio-vga", id="video0", max_outputs=1, bus="pcie.0", addr="0x1"),
  steps=[HPC, {"hmp": "device_add max-x86_64-cpu,id=vcpu2,socket-id=0,core-id=1,thread-id=0"},
         {"hmp": "device_add max-x86_64-cpu,id=vcpu3,socket-id=0,core-id=1,thread-id=1"}, CPUS, PCI])
x("r10-boxes-virtio-vga-no-rp", "-machine", "pc-q35-7.2", "-device", j(driver="virtio-vga", id="video0", max_outputs=1,
                                                                        bus="pcie.0", addr="0x1"), steps=[PCI])
x("r10-virt-install-virtio-vga-gl", "-machine", "pc-q35-7.2", "-device", j(driver="virtio-vga-gl", id="video0", bus="pcie.0",
                                                                             addr="0x1"))

# (d) pseries: libvirt 11 and 9 on ppc64le, virt-install's defaults
def lv_ps(mt, sock, cpu="POWER9", smp="2,maxcpus=4,sockets=4,dies=1,clusters=1,cores=1,threads=1"):
    return [*lv10_head(mt + ",usb=off,dump-guest-core=off,memory-backend=ppc_spapr.ram", "ppc_spapr.ram", "r10-" + sock, smp=smp,
                       mem=2147483648),
            "-cpu", cpu, "-rtc", "base=utc", "-no-shutdown", "-boot", "strict=on",
            "-device", j(driver="qemu-xhci", p2=15, p3=15, id="usb", bus="pci.0", addr="0x2"),
            "-device", j(driver="virtio-scsi-pci", id="scsi0", bus="pci.0", addr="0x3"),
            "-device", j(driver="virtio-serial-pci", id="virtio-serial0", bus="pci.0", addr="0x4"),
            *lv10_disk(1, "disk.qcow2"),
            "-device", j(driver="scsi-hd", bus="scsi0.0", channel=0, **{"scsi-id": 0}, lun=0, device_id="drive-scsi0-0-0-0",
                         drive="libvirt-1-format", id="scsi0-0-0-0", bootindex=1),
            "-netdev", j(type="user", id="hostnet0"),
            "-device", j(driver="virtio-net-pci", netdev="hostnet0", id="net0", mac="52:54:00:c4:d5:e6", bus="pci.0", addr="0x1"),
            "-chardev", "null,id=charserial0", "-device", j(driver="spapr-vty", chardev="charserial0", id="serial0", reg=0x30000000),
            "-device", j(driver="usb-kbd", id="input0", bus="usb.0", port="1"),
            "-device", j(driver="usb-mouse", id="input1", bus="usb.0", port="2"),
            "-audiodev", j(id="audio1", driver="none"),
            "-device", j(driver="VGA", id="video0", vgamem_mb=16, bus="pci.0", addr="0x7"),
            "-device", j(driver="virtio-balloon-pci", id="balloon0", bus="pci.0", addr="0x5"),
            "-object", j(**{"qom-type": "rng-random", "id": "objrng0", "filename": "/dev/urandom"}),
            "-device", j(driver="virtio-rng-pci", rng="objrng0", id="rng0", bus="pci.0", addr="0x6"), *SANDBOX]


PSHOT = lambda typ, core: [CPUS, HPC, QHPC, {"hmp": "device_add %s,id=vcpu%d,core-id=%d" % (typ, core, core)}, CPUS, HPC]
for tag, mt, smp in [("trixie", "pseries-10.0", "2,maxcpus=4,sockets=4,dies=1,clusters=1,cores=1,threads=1"),
                     ("bookworm", "pseries-7.2", "2,maxcpus=4,sockets=4,dies=1,cores=1,threads=1")]:
    for part, steps in [("hotplug", PSHOT("power9_v2.2-spapr-cpu-core", 2)), ("look", [PCI, QTREE, BLOCK]),
                        ("machine", [QMACH, QOM_MACHINE])]:
        p("r10-lv-%s-pseries-%s" % (tag, part), *lv_ps(mt, tag + "-" + part, smp=smp), files=["disk.qcow2", "master-key.aes"],
          steps=steps)
    p("r10-lv-%s-pseries-qmp-core" % tag, *lv_ps(mt, tag + "-qc", smp=smp), files=["disk.qcow2", "master-key.aes"],
      steps=[qmp("device_add", driver="power9_v2.2-spapr-cpu-core", id="core3", **{"core-id": 3}), QHPC,
             qmp("device_add", driver="power9_v2.2-spapr-cpu-core", id="core4", **{"core-id": 3})])
p("r10-lv-trixie-pseries-power10", *lv_ps("pseries-10.0", "p10", cpu="POWER10"), files=["disk.qcow2", "master-key.aes"],
  steps=PSHOT("power10_v2.0-spapr-cpu-core", 1))
p("r10-lv-bookworm-pseries-power10", *lv_ps("pseries-7.2", "p10b", cpu="POWER10",
                                            smp="2,maxcpus=4,sockets=4,dies=1,cores=1,threads=1"),
  files=["disk.qcow2", "master-key.aes"], steps=PSHOT("power10_v2.0-spapr-cpu-core", 3))
p("r10-virt-install-pseries", "-machine", "pseries,usb=off,dump-guest-core=off", "-accel", "tcg", "-m", "2048",
  "-smp", "2,sockets=2,cores=1,threads=1", "-nodefaults",
  "-device", j(driver="qemu-xhci", p2=15, p3=15, id="usb", bus="pci.0", addr="0x2"),
  "-device", j(driver="virtio-scsi-pci", id="scsi0", bus="pci.0", addr="0x3"),
  "-chardev", "null,id=charserial0", "-device", j(driver="spapr-vty", chardev="charserial0", id="serial0", reg=0x30000000),
  "-device", j(driver="usb-kbd", id="input0", bus="usb.0", port="1"),
  "-device", j(driver="usb-mouse", id="input1", bus="usb.0", port="2"),
  "-device", j(driver="VGA", id="video0", vgamem_mb=16, bus="pci.0", addr="0x7"), steps=[CPUS, HPC, PCI])
p("r10-virt-install-pseries-smp8", "-machine", "pseries,usb=off,dump-guest-core=off", "-m", "2048",
  "-smp", "8,sockets=1,cores=2,threads=4", "-nodefaults", steps=[HPC])
p("r10-pseries-pve0-like", "-machine", "type=pseries-7.2+pve0")
p("r10-pseries-hpet-off", "-machine", "pseries-7.2,hpet=off")
p("r10-pseries-virtio-vga", "-machine", "pseries-7.2", "-device", j(driver="virtio-vga", id="video0", max_outputs=1,
                                                                    bus="pci.0", addr="0x1"), steps=[PCI])
p("r10-pseries-mac-upper", "-machine", "pseries", "-netdev", "type=user,id=net0",
  "-device", "virtio-net-pci,mac=BC:24:11:3A:5E:02,netdev=net0,id=net0,rx_queue_size=1024,tx_queue_size=256",
  steps=[QGET("/machine/peripheral/net0", "mac")])


# Measured while fixing round 10 (r10m-): a PCI slot's function 0 taken by a
# root port, hv-vpindex's forms and device_add, raw's offset and size on a
# -drive, -daemonize beside other stdio users, -pidfile forms, -vnc unix:
# sockets and their HMP/QMP views.
x("r10m-vga-on-root-port-slot", "-M", "q35", "-device", j(driver="pcie-root-port", port=8, chassis=1, id="pci.1", bus="pcie.0",
                                                          multifunction=True, addr="0x1"),
  "-device", j(driver="virtio-vga", id="video0", bus="pcie.0", addr="0x1"))
x("r10m-vga-on-root-port-fn1", "-M", "q35", "-device", "pcie-root-port,id=rp1,chassis=1,bus=pcie.0,addr=0x1.0x1",
  "-device", "VGA,id=vga,bus=pcie.0,addr=0x1", steps=[PCI])
x("r10m-hv-vpindex-only", "-cpu", "qemu64,hv-vpindex=on")
x("r10m-hv-vpindex-off", "-cpu", "kvm64,hv_vpindex=off,hv_relaxed", steps=[CPUS])
x("r10m-hv-vpindex-global", "-global", "qemu64-x86_64-cpu.hv-vpindex=on")
x("r10m-hv-vpindex-device-add", "-smp", "1,maxcpus=2", steps=[{"hmp": "device_add qemu64-x86_64-cpu,socket-id=1,core-id=0,thread-id=0,hv-vpindex=on"}, CPUS])
x("r10m-hv-vpindex-host", "-cpu", "host,hv_vpindex")
x("r10m-raw-offset", "-drive", "file=%s,if=none,id=d0,node-name=n0,format=raw,offset=4096,size=65536" % img("vm.img"),
  files=["vm.img"], steps=[BLOCK])
x("r10m-raw-offset-only", "-drive", "file=%s,if=none,id=d0,node-name=n0,format=raw,offset=1048576" % img("vm.img"),
  files=["vm.img"], steps=[BLOCK])
x("r10m-raw-offset-big", "-drive", "file=%s,if=none,id=d0,format=raw,offset=%d" % (img("vm.img"), 32 << 20), files=["vm.img"])
x("r10m-raw-size-equal", "-drive", "file=%s,if=none,id=d0,node-name=n0,format=raw,size=%d" % (img("vm.img"), 16 << 20),
  files=["vm.img"], steps=[BLOCK])
x("r10m-raw-size-unaligned", "-drive", "file=%s,if=none,id=d0,format=raw,size=1000" % img("vm.img"), files=["vm.img"])
x("r10m-qcow2-size", "-drive", "file=%s,if=none,id=d0,format=qcow2,size=1000" % img("disk.qcow2"), files=["disk.qcow2"])
x("r10m-daemonize-serial-stdio", "-daemonize", "-serial", "stdio")
x("r10m-daemonize-pidfile-missing", "-daemonize", "-pidfile", "/nonexistent/dir/x.pid")
x("r10m-pidfile-relative", "-pidfile", "hotplug-lab-r10m.pid", steps=[STATUS])
x("r10m-pidfile-then-bad-machine", "-pidfile", "/nonexistent/dir/x.pid", "-M", "nosuch")
x("r10m-pidfile-then-bad-device", "-pidfile", "/nonexistent/dir/x.pid", "-device", "nosuch")
x("r10m-qmp-sock-dir-missing-mon", "-chardev", "socket,id=c0,path=/nonexistent/dir/m.sock,server=on,wait=off")
x("r10m-qmp-sock-tmp", "-chardev", "socket,id=c0,path=/tmp/hotplug-lab-pc-r10m-qs.sock,server=on,wait=off",
  "-mon", "chardev=c0,mode=control", steps=[CHR])
x("r10m-vnc-missing-after-device-error", "-vnc", "unix:/nonexistent/dir/v.sock", "-device", "nosuch")
x("r10m-vnc-missing-to", "-vnc", "unix:/nonexistent/dir/v.sock,password=on,lossy=on")
x("r10m-vnc-tmp-q35-vga", "-M", "q35", "-vga", "std", "-vnc", "unix:/tmp/hotplug-lab-pc-r10m-vq.vnc", steps=[hmp("info vnc")[0],
                                                                                                         qmp("query-vnc")])
x("r10m-vnc-tmp-qmp-servers", "-vnc", "unix:/tmp/hotplug-lab-pc-r10m-vs.vnc,password=on", steps=[qmp("query-vnc-servers")])
x("r10m-vnc-tmp-id", "-vnc", "unix:/tmp/hotplug-lab-pc-r10m-vi.vnc,id=vnc1", steps=[hmp("info vnc")[0]])
x("r10m-vnc-none-given", "-vnc", "none", steps=[hmp("info vnc")[0], qmp("query-vnc")])
p("r10m-vnc-tmp-pseries", "-M", "pseries", "-vnc", "unix:/tmp/hotplug-lab-pc-r10m-vp.vnc,password=on", steps=[hmp("info vnc")[0]])
x("r10m-vnc-set-password", "-vnc", "unix:/tmp/hotplug-lab-pc-r10m-vpw.vnc,password=on", steps=[
  {"hmp": "set_password vnc secret"}, hmp("info vnc")[0], {"hmp": "expire_password vnc never"}])


# ================================================ round 11 (both releases) ===
# An eleventh outside tester's round: command lines pasted from guides the
# earlier rounds did not use. (a) Windows guests: the Hyper-V enlightenments
# in both spellings (hv-* and hv_*, =on/off, spinlocks and vendor ids),
# -rtc base=localtime, -global kvm-pit.lost_tick_policy, ICH9 HDA codecs,
# usb-tablet, IDE/AHCI disks and the virtio-win ISO. (b) macOS guests (the
# OSX-KVM project's lines: -cpu Penryn/Haswell-noTSX/Cascadelake-Server with
# vendor=GenuineIntel,+invtsc,vmware-cpuid-freq,check; isa-applesmc with and
# without its osk; -smbios type=2; ich9-ahci with ide-hd on its ports; EHCI and
# nec-usb-xhci with msi=off; OVMF as pflash on declared images). (c)
# Android-x86 lines. (d) VFIO/GPU passthrough lines: vfio-pci,host=... as QEMU
# answers without the device (addresses the recording hosts lack), ioh3420 and
# pcie-root-port multifunction layouts, x-vga, romfile, pci-hole64-size and
# OVMF's X-PciMmio64Mb. (e) Kata-containers-like and microvm lines:
# -M microvm with its options, virtio-*-device on virtio-mmio and off it,
# -no-acpi, a pci-bridge with reserves, virtio with disable-modern. (f) cloud
# images: -smbios type=1,serial=ds=nocloud..., if=virtio drives with node
# names, a seed image, CoreOS' ignition fw_cfg. (g) -cpu max/host/named models
# with long feature lists (+/-, =on/off, aliases sse4.1/sse4_1/sse4-1,
# lahf_lm), read back with qom-get. (h) the same habits on q35 with -global
# ICH9-LPC.disable_s3=1 and friends. qxl-vga is left out (the 10.0 chroot has
# no qxl module), as are displays, KVM and stdio.
FILES.update({"win10.qcow2": ("qcow2", 64 << 20), "virtio-win.iso": ("raw", 4 << 20), "OpenCore.qcow2": ("qcow2", 32 << 20),
              "BaseSystem.img": ("raw", 4 << 20), "mac_hdd_ng.img": ("qcow2", 64 << 20), "OVMF_VARS-1024x768.fd": ("raw", 128 << 10),
              "android.img": ("raw", 16 << 20), "jammy.img": ("qcow2", 64 << 20), "seed.img": ("raw", 1 << 20),
              "config.ign": ("raw", 512)})
CPU0 = "/machine/unattached/device[0]"
CPUGET = lambda *props: [QGET(CPU0, p) for p in props]
AUD = ["-audiodev", "none,id=snd0"]
# (a) Windows guests
WIN_HV = "hv_relaxed,hv_spinlocks=0x1fff,hv_vapic,hv_time"
WIN_HV_ALL = ("hv-relaxed=on,hv-vapic=on,hv-spinlocks=0x1fff,hv-vpindex=on,hv-runtime=on,hv-synic=on,hv-stimer=on,hv-reset=on,"
              "hv-frequencies=on,hv-reenlightenment=on,hv-tlbflush=on,hv-ipi=on")
x("r11-win10-classic", "-M", "q35", "-m", "4G", "-smp", "4,sockets=1,cores=2,threads=2", "-cpu", "qemu64," + WIN_HV,
  "-rtc", "base=localtime,clock=host,driftfix=slew", "-global", "kvm-pit.lost_tick_policy=discard", *AUD,
  "-device", "ich9-intel-hda", "-device", "hda-duplex,audiodev=snd0", "-usb", "-device", "usb-tablet",
  "-drive", "file=%s,if=none,id=disk0,format=qcow2" % img("win10.qcow2"), "-device", "ide-hd,drive=disk0,bus=ide.0",
  files=["win10.qcow2"], steps=[PCI, USB, MICE] + CPUGET("hv-spinlocks", "hv-relaxed"))
x("r11-win10-pc-ide", "-M", "pc", "-m", "2G", "-cpu", "qemu64," + WIN_HV, "-rtc", "base=localtime",
  "-drive", "file=%s,index=0,media=disk,format=qcow2,if=ide" % img("win10.qcow2"),
  "-drive", "file=%s,index=1,media=cdrom" % img("install.iso"), "-drive", "file=%s,index=3,media=cdrom" % img("virtio-win.iso"),
  "-usbdevice", "tablet", files=["win10.qcow2", "install.iso", "virtio-win.iso"], steps=[USB, MICE])
x("r11-win-hv-all-on", "-M", "q35", "-cpu", "qemu64," + WIN_HV_ALL, steps=CPUGET("hv-synic", "hv-stimer", "hv-vpindex"))
x("r11-win-hv-all-underscore", "-M", "q35", "-cpu", "qemu64," + WIN_HV_ALL.replace("-", "_").replace("=on", ""),
  steps=CPUGET("hv-synic", "hv-tlbflush"))
x("r11-win-hv-no-vpindex", "-cpu", "qemu64,hv-relaxed,hv-vapic,hv-time,hv-synic,hv-stimer")
x("r11-win-hv-skylake", "-M", "q35", "-cpu", "Skylake-Client-v4,hv-relaxed,hv-vapic,hv-spinlocks=0x1fff,hv-time", steps=[CPUS])
x("r11-win-hv-spinlocks-dec", "-cpu", "qemu64,hv-spinlocks=8191", steps=CPUGET("hv-spinlocks"))
x("r11-win-hv-spinlocks-small", "-cpu", "qemu64,hv-spinlocks=0xfff", steps=CPUGET("hv-spinlocks"))
x("r11-win-hv-spinlocks-tiny", "-cpu", "qemu64,hv-spinlocks=0x10")
x("r11-win-hv-spinlocks-bad", "-cpu", "qemu64,hv_spinlocks=lots")
x("r11-win-hv-spinlocks-bare", "-cpu", "qemu64,hv_spinlocks")
x("r11-win-hv-vendor-id", "-cpu", "qemu64,hv-vendor-id=KVMKVMKVM", steps=CPUGET("hv-vendor-id"))
x("r11-win-hv-vendor-id-long", "-cpu", "qemu64,hv_vendor_id=0123456789abcdef", steps=CPUGET("hv-vendor-id"))
x("r11-win-hv-passthrough", "-cpu", "qemu64,hv-passthrough")
x("r11-win-hv-evmcs", "-cpu", "qemu64,+vmx,hv-evmcs,hv-vpindex,hv-vapic")
x("r11-win-hv-crash-reset", "-cpu", "qemu64,hv_crash,hv_reset,hv_vpindex=off", steps=CPUGET("hv-crash", "hv-reset"))
x("r11-win-hv-typo", "-cpu", "qemu64,hv_relaxd")
x("r11-win-hv-bad-bool", "-cpu", "qemu64,hv-relaxed=yes")
x("r11-win-hv-version", "-cpu", "qemu64,hv-relaxed,hv-version-id-build=0x3839,hv-version-id-major=0xa",
  steps=CPUGET("hv-version-id-build", "hv-version-id-major"))
x("r11-win-hv-no-nonarch", "-cpu", "qemu64,hv-no-nonarch-coresharing=auto", steps=CPUGET("hv-no-nonarch-coresharing"))
x("r11-win-hv-no-nonarch-bad", "-cpu", "qemu64,hv-no-nonarch-coresharing=maybe")
x("r11-win-kvm-off", "-cpu", "qemu64,kvm=off,hv_vendor_id=whatever", steps=CPUGET("kvm", "hv-vendor-id"))
x("r11-win-hv-device-add", "-smp", "1,sockets=1,cores=2,maxcpus=2", "-cpu", "qemu64,hv-relaxed,hv-spinlocks=0x1fff",
  steps=[{"hmp": "device_add qemu64-x86_64-cpu,socket-id=0,core-id=1,thread-id=0,id=c1"}, CPUS,
         QGET("/machine/peripheral/c1", "hv-spinlocks")])
x("r11-win-rtc-localtime-q35", "-M", "q35", "-rtc", "base=localtime,driftfix=slew", "-no-hpet",
  "-global", "kvm-pit.lost_tick_policy=delay", steps=[QTREE])
x("r11-win-rtc-utc-pit-bad", "-rtc", "base=utc", "-global", "kvm-pit.lost_tick_policy=sometimes")
x("r11-win-pit-global-i8254", "-global", "i8254.lost_tick_policy=discard")
x("r11-win-rtc-lost-tick", "-global", "mc146818rtc.lost_tick_policy=slew", steps=[QTREE])
x("r11-win-hda-q35-addr", "-M", "q35", *AUD, "-device", "ich9-intel-hda,bus=pcie.0,addr=0x1b,id=sound0",
  "-device", "hda-duplex,id=sound0-codec0,bus=sound0.0,cad=0,audiodev=snd0", steps=[PCI, QTREE])
x("r11-win-hda-codec-twice-cad", *AUD, "-device", "ich9-intel-hda,id=hda", "-device", "hda-duplex,bus=hda.0,cad=0,audiodev=snd0",
  "-device", "hda-micro,bus=hda.0,cad=0,audiodev=snd0")
x("r11-win-ac97-xp", "-M", "pc", "-cpu", "pentium3", "-m", "512", *AUD, "-device", "AC97,audiodev=snd0", "-vga", "cirrus",
  "-net", "nic,model=rtl8139", "-net", "user", steps=[PCI])
x("r11-win-xp-coreduo", "-M", "pc-i440fx-2.12", "-cpu", "coreduo", "-m", "1G", "-rtc", "base=localtime", steps=[CPUS])
x("r11-win-e1000e-tablet-q35", "-M", "q35", "-netdev", "user,id=n0", "-device", "e1000e,netdev=n0,id=nic0",
  "-device", "qemu-xhci,id=xhci", "-device", "usb-tablet,bus=xhci.0", steps=[PCI, USB])
x("r11-win-audio-option", "-audio", "none,model=hda")
x("r11-win-soundhw-ac97", "-soundhw", "ac97")
x("r11-win-tablet-usbdevice-q35", "-M", "q35", "-usbdevice", "tablet", steps=[USB, MICE])
x("r11-win-smbios-type0", "-M", "q35", "-smbios", "type=0,vendor=American Megatrends Inc.,version=F.70,date=12/08/2021",
  "-smbios", "type=1,manufacturer=HP,product=HP Laptop,serial=5CD1234XYZ,family=103C_5335KV")
# (b) macOS guests (OSX-KVM)
OSK = "ourhardworkbythesewordsguardedpleasedontsteal(c)AppleComputerInc"
MAC_CPU = "Penryn,kvm=on,vendor=GenuineIntel,+invtsc,vmware-cpuid-freq=on,+ssse3,+sse4.2,+popcnt,+avx,+aes,+xsave,+xsaveopt,check"
MAC_CPU_H = ("Haswell-noTSX,kvm=on,vendor=GenuineIntel,+invtsc,vmware-cpuid-freq=on,+pcid,+ssse3,+sse4.2,+popcnt,+avx,+avx2,"
             "+aes,+fma,+bmi1,+bmi2,+xsave,+xsaveopt,check")
MAC_USB = ["-usb", "-device", "usb-kbd", "-device", "usb-tablet"]
MAC_SATA = ["-device", "ich9-ahci,id=sata",
            "-drive", "id=OpenCoreBoot,if=none,format=qcow2,file=%s" % img("OpenCore.qcow2"),
            "-device", "ide-hd,bus=sata.2,drive=OpenCoreBoot",
            "-device", "ide-hd,bus=sata.3,drive=InstallMedia",
            "-drive", "id=InstallMedia,if=none,file=%s,format=raw" % img("BaseSystem.img"),
            "-drive", "id=MacHDD,if=none,file=%s,format=qcow2" % img("mac_hdd_ng.img"),
            "-device", "ide-hd,bus=sata.4,drive=MacHDD"]
MAC_FILES = ["OpenCore.qcow2", "BaseSystem.img", "mac_hdd_ng.img"]
MAC_FLASH = ["-drive", "if=pflash,format=raw,readonly=on,file=%s" % img("OVMF_CODE.fd"),
             "-drive", "if=pflash,format=raw,file=%s" % img("OVMF_VARS-1024x768.fd")]
MAC_FLASH_FILES = ["OVMF_CODE.fd", "OVMF_VARS-1024x768.fd"]
x("r11-mac-osxkvm-full", "-m", "4096", "-cpu", MAC_CPU, "-machine", "q35", *MAC_USB, "-smp", "4,cores=2,sockets=1",
  "-device", "usb-ehci,id=ehci", "-device", "nec-usb-xhci,id=xhci", "-global", "nec-usb-xhci.msi=off",
  "-device", "isa-applesmc,osk=" + OSK, *MAC_FLASH, "-smbios", "type=2", *AUD, "-device", "ich9-intel-hda",
  "-device", "hda-duplex,audiodev=snd0", *MAC_SATA, "-netdev", "user,id=net0",
  "-device", "virtio-net-pci,netdev=net0,id=net0,mac=52:54:00:c9:18:27", "-device", "vmware-svga",
  files=MAC_FILES + MAC_FLASH_FILES, steps=[PCI, USB, QPCI, CPUS])
x("r11-mac-cpu-penryn", "-M", "q35", "-cpu", MAC_CPU, steps=CPUGET("vendor", "invtsc", "vmware-cpuid-freq", "avx", "sse4.2"))
x("r11-mac-cpu-haswell", "-M", "q35", "-cpu", MAC_CPU_H, steps=CPUGET("avx2", "bmi2", "pcid"))
x("r11-mac-cpu-cascadelake", "-M", "q35", "-cpu", "Cascadelake-Server,vendor=GenuineIntel,+invtsc,vmware-cpuid-freq=on,"
  "-pdpe1gb,+hypervisor,check")
x("r11-mac-cpu-penryn-enforce", "-M", "q35", "-cpu", MAC_CPU.replace(",check", ",enforce"))
x("r11-mac-cpu-vendor-short", "-cpu", "Penryn,vendor=Apple")
x("r11-mac-cpu-vendor-amd", "-cpu", "Penryn,vendor=AuthenticAMD", steps=CPUGET("vendor", "model-id"))
x("r11-mac-applesmc", "-M", "q35", "-device", "isa-applesmc,osk=" + OSK, steps=[QTREE])
x("r11-mac-applesmc-quoted", "-M", "q35", "-device", 'isa-applesmc,osk="%s"' % OSK, steps=[QTREE])
x("r11-mac-applesmc-no-osk", "-device", "isa-applesmc", steps=[QTREE])
x("r11-mac-applesmc-twice", "-device", "isa-applesmc,osk=" + OSK, "-device", "isa-applesmc,osk=" + OSK)
x("r11-mac-applesmc-iobase", "-device", "isa-applesmc,iobase=0x400,osk=" + OSK, steps=[QTREE])
x("r11-mac-applesmc-microvm", "-M", "microvm", "-device", "isa-applesmc,osk=" + OSK)
x("r11-mac-applesmc-hot", steps=[{"hmp": "device_add isa-applesmc,osk=" + OSK}])
x("r11-mac-smbios-type2", "-M", "q35", "-smbios", "type=2", steps=[STATUS])
x("r11-mac-smbios-type2-full", "-M", "q35", "-smbios", "type=2,manufacturer=Apple Inc.,product=Mac-7BA5B2D9E42DDD94,"
  "version=1.0,serial=C0271060HF1J,asset=Base Board Asset Tag,location=Part Component")
x("r11-mac-smbios-type2-bad", "-smbios", "type=2,board=Mac-42FD25EABCABB274")
x("r11-mac-sata-ports", "-M", "q35", *MAC_SATA, files=MAC_FILES, steps=[QTREE])
x("r11-mac-sata-port-over", "-M", "q35", "-device", "ich9-ahci,id=sata", "-drive", "id=d,if=none,driver=null-co",
  "-device", "ide-hd,bus=sata.6,drive=d")
x("r11-mac-sata-port-twice", "-M", "q35", "-device", "ich9-ahci,id=sata", "-drive", "id=d,if=none,driver=null-co",
  "-drive", "id=e,if=none,driver=null-co", "-device", "ide-hd,bus=sata.2,drive=d", "-device", "ide-hd,bus=sata.2,drive=e")
x("r11-mac-sata-on-ide-q35", "-M", "q35", "-drive", "id=d,if=none,driver=null-co,node-name=n0", "-device", "ide-hd,bus=ide.2,drive=d",
  steps=[BLOCK, QTREE])
x("r11-mac-xhci-msi-off", "-M", "q35", "-device", "nec-usb-xhci,id=xhci", "-global", "nec-usb-xhci.msi=off",
  "-device", "usb-kbd,bus=xhci.0", "-device", "usb-tablet,bus=xhci.0", steps=[QTREE, USB])
x("r11-mac-ehci-kbd-mouse", "-M", "q35", "-device", "usb-ehci,id=ehci", "-device", "usb-kbd,bus=ehci.0",
  "-device", "usb-mouse,bus=ehci.0", steps=[USB])
x("r11-mac-flash-vars", "-M", "q35", *MAC_FLASH, files=MAC_FLASH_FILES, steps=[hmp("info block")[0]])
x("r11-mac-bridge-hotplug-global", "-M", "q35", "-global", "ICH9-LPC.acpi-pci-hotplug-with-bridge-support=off",
  steps=[QTREE])
x("r11-mac-vmware-svga-vga-none", "-M", "q35", "-vga", "none", "-device", "vmware-svga", steps=[PCI])
x("r11-mac-ide-hd-no-drive", "-M", "q35", "-device", "ich9-ahci,id=sata", "-device", "ide-hd,bus=sata.2")
x("r11-mac-drive-id-missing", "-M", "q35", "-device", "ich9-ahci,id=sata", "-device", "ide-hd,bus=sata.3,drive=InstallMedia")
# (c) Android-x86
x("r11-android-x86", "-m", "2048", "-smp", "2", "-device", "virtio-vga", "-net", "nic,model=virtio-net-pci",
  "-net", "user,hostfwd=tcp::%d-:5555" % port(), "-cdrom", img("install.iso"), "-hda", img("android.img"), "-usb",
  "-device", "usb-tablet", files=["install.iso", "android.img"], steps=[PCI, USB])
x("r11-android-two-vgas", "-vga", "std", "-device", "virtio-vga", steps=[PCI])
x("r11-android-virtio-input", "-M", "q35", "-vga", "virtio", "-device", "virtio-keyboard-pci", "-device", "virtio-tablet-pci",
  steps=[PCI, MICE])
x("r11-android-soundhw", "-vga", "std", "-soundhw", "hda")
x("r11-android-cpu-host-nokvm", "-cpu", "host", "-smp", "4", "-m", "3G", "-machine", "q35")
x("r11-android-cpu-max-ssse3", "-M", "q35", "-cpu", "max,+ssse3,+sse4.1,+sse4.2,+popcnt", steps=CPUGET("ssse3", "popcnt"))
x("r11-android-virtio-gpu", "-M", "q35", "-vga", "none", "-device", "virtio-gpu-pci,xres=1280,yres=720", steps=[PCI])
# (d) VFIO / GPU passthrough
x("r11-vfio-gpu-root-port", "-M", "q35", "-m", "4G", "-cpu", "qemu64,kvm=off,hv_vendor_id=null",
  "-device", "ioh3420,bus=pcie.0,addr=1c.0,multifunction=on,port=1,chassis=1,id=root.1",
  "-device", "vfio-pci,host=01:00.0,bus=root.1,addr=00.0,multifunction=on,x-vga=on",
  "-device", "vfio-pci,host=01:00.1,bus=root.1,addr=00.1")
x("r11-vfio-plain", "-device", "vfio-pci,host=01:00.0")
x("r11-vfio-domain", "-M", "q35", "-device", "vfio-pci,host=0000:0a:00.0,id=hostdev0")
x("r11-vfio-no-host", "-device", "vfio-pci")
x("r11-vfio-host-bad", "-device", "vfio-pci,host=01:00")
x("r11-vfio-host-func-bad", "-device", "vfio-pci,host=01:00.9")
x("r11-vfio-sysfsdev", "-device", "vfio-pci,sysfsdev=/sys/bus/pci/devices/0000:0b:00.0")
x("r11-vfio-sysfsdev-and-host", "-device", "vfio-pci,host=01:00.0,sysfsdev=/sys/bus/pci/devices/0000:01:00.0")
x("r11-vfio-romfile", "-M", "q35", "-device", "vfio-pci,host=01:00.0,romfile=/nonexistent/vbios.rom,x-vga=on")
x("r11-vfio-json", "-M", "q35", "-device", j(driver="pcie-root-port", port=16, chassis=1, id="pci.1", bus="pcie.0",
                                               multifunction=True, addr="0x2"),
  "-device", j(driver="vfio-pci", host="0000:01:00.0", id="hostdev0", bus="pci.1", addr="0x0"))
x("r11-vfio-hot", "-M", "q35", "-device", "pcie-root-port,id=rp1,chassis=1", steps=[{"hmp": "device_add vfio-pci,host=01:00.0,bus=rp1"},
                                                                                   qmp("device_add", driver="vfio-pci", host="0000:01:00.0", id="gpu")])
x("r11-vfio-bad-bus", "-M", "q35", "-device", "vfio-pci,host=01:00.0,bus=root.1")
x("r11-vfio-vga-none-nographic", *OWN, "-nodefaults", "-M", "q35", "-vga", "none", "-nographic",
  "-device", "vfio-pci,host=01:00.0,multifunction=on", base=False)
x("r11-pt-ioh3420-multi", "-M", "q35", "-device", "ioh3420,bus=pcie.0,addr=1c.0,multifunction=on,port=1,chassis=1,id=root.1",
  "-device", "ioh3420,bus=pcie.0,addr=1c.1,port=2,chassis=2,id=root.2", "-device", "virtio-net-pci,bus=root.1,id=n1",
  "-device", "virtio-balloon-pci,bus=root.2", steps=[PCI, QTREE])
x("r11-pt-root-ports-8", "-M", "q35", *[a for i in range(8) for a in ("-device", "pcie-root-port,port=0x%x,chassis=%d,id=pci.%d,bus=pcie.0,%saddr=0x2.0x%x"
                                                                       % (0x10 + i, i + 1, i + 1, "multifunction=on," if i == 0 else "", i))],
  steps=[PCI])
x("r11-pt-root-port-fn1-first", "-M", "q35", "-device", "pcie-root-port,port=0x11,chassis=2,id=pci.2,bus=pcie.0,addr=0x2.0x1",
  "-device", "pcie-root-port,port=0x10,chassis=1,id=pci.1,bus=pcie.0,addr=0x2", steps=[PCI])
x("r11-pt-root-port-no-multi", "-M", "q35", "-device", "pcie-root-port,port=0x10,chassis=1,id=pci.1,bus=pcie.0,addr=0x2",
  "-device", "pcie-root-port,port=0x11,chassis=2,id=pci.2,bus=pcie.0,addr=0x2.0x1")
x("r11-pt-root-port-chassis-dup", "-M", "q35", "-device", "pcie-root-port,port=0x10,chassis=1,id=pci.1",
  "-device", "pcie-root-port,port=0x11,chassis=1,id=pci.2")
x("r11-pt-ioh3420-pc", "-M", "pc", "-device", "ioh3420,id=rp,chassis=1,port=1", steps=[PCI])
x("r11-pt-hole64", "-M", "q35", "-global", "q35-pcihost.pci-hole64-size=2048G", steps=[QGET("/machine/q35", "pci-hole64-size")])
x("r11-pt-hole64-bad", "-M", "q35", "-global", "q35-pcihost.pci-hole64-size=lots")
x("r11-pt-hole64-pc", "-M", "pc", "-global", "i440FX-pcihost.pci-hole64-size=64G", steps=[QGET("/machine/i440fx", "pci-hole64-size")])
x("r11-pt-ovmf-mmio64", "-M", "q35", "-fw_cfg", "name=opt/ovmf/X-PciMmio64Mb,string=65536", steps=[STATUS])
x("r11-pt-x-vga-non-vfio", "-device", "VGA,x-vga=on")
x("r11-pt-kvm-hidden-cpu", "-cpu", "qemu64,kvm=off,-hypervisor", steps=CPUGET("kvm", "hypervisor"))
# (e) Kata-containers-like and microvm lines
KATA_MV = ["-M", "microvm,x-option-roms=off,pit=off,pic=off,isa-serial=off,rtc=off"]
x("r11-kata-q35", *OWN, "-machine", "q35,accel=tcg,nvdimm=on", "-cpu", "max,pmu=off", "-m", "2048M,slots=10,maxmem=4G",
  "-device", "pci-bridge,bus=pcie.0,id=pci-bridge-0,chassis_nr=1,shpc=off,addr=2,io-reserve=4k,mem-reserve=1m,pref64-reserve=1m",
  "-device", "virtio-serial-pci,disable-modern=true,id=serial0",
  "-chardev", "socket,id=charconsole0,path=/tmp/hotplug-lab-pc-r11-kata.sock,server=on,wait=off",
  "-device", "virtconsole,chardev=charconsole0,id=console0", "-device", "virtio-scsi-pci,id=scsi0,disable-modern=true",
  "-object", "rng-random,id=rng0,filename=/dev/urandom", "-device", "virtio-rng-pci,rng=rng0",
  "-rtc", "base=utc,driftfix=slew,clock=host", "-global", "kvm-pit.lost_tick_policy=discard", "-vga", "none",
  "-no-user-config", "-nodefaults", "-nographic", "--no-reboot", "-object", "memory-backend-ram,id=dimm1,size=2048M",
  "-numa", "node,memdev=dimm1", "-smp", "1,cores=1,threads=1,sockets=8,maxcpus=8", base=False, steps=[PCI, HPC, CHR])
x("r11-kata-q35-hot-cpu", "-machine", "q35", "-smp", "1,cores=1,threads=1,sockets=4,maxcpus=4", "-cpu", "max,pmu=off",
  steps=[QHPC, qmp("device_add", driver="max-x86_64-cpu", id="cpu-1", **{"socket-id": 1, "core-id": 0, "thread-id": 0}), CPUS])
x("r11-kata-bridge-reserve-bad", "-M", "q35", "-device", "pci-bridge,bus=pcie.0,id=b0,chassis_nr=1,io-reserve=lots")
x("r11-kata-bridge-shpc", "-M", "q35", "-device", "pci-bridge,bus=pcie.0,id=b0,chassis_nr=1,shpc=on,addr=2",
  "-device", "virtio-net-pci,bus=b0,addr=1,netdev=n0", "-netdev", "user,id=n0", steps=[PCI])
x("r11-kata-9p-disable-modern", "-fsdev", "local,id=extra-9p-kataShared,path=/tmp,security_model=none,multidevs=remap",
  "-device", "virtio-9p-pci,disable-modern=true,fsdev=extra-9p-kataShared,mount_tag=kataShared", steps=[PCI])
x("r11-kata-nvdimm-file", "-machine", "q35,nvdimm=on", "-m", "1G,slots=2,maxmem=4G",
  "-object", "memory-backend-file,id=mem0,mem-path=%s,size=16M,readonly=on" % img("vm.img"),
  "-device", "nvdimm,id=nv0,memdev=mem0,unarmed=on", files=["vm.img"], steps=[hmp("info memory-devices")[0]])
x("r11-kata-nvdimm-armed-ro", "-machine", "q35,nvdimm=on", "-m", "1G,slots=2,maxmem=4G",
  "-object", "memory-backend-file,id=mem0,mem-path=%s,size=16M,readonly=on" % img("vm.img"),
  "-device", "nvdimm,id=nv0,memdev=mem0", files=["vm.img"])
x("r11-kata-kernel-missing", "-kernel", "/nonexistent/vmlinux.container", "-append", "tsc=reliable no_timer_check console=hvc0")
x("r11-kata-append-no-kernel", "-append", "console=hvc0 root=/dev/vda")
x("r11-mv-kata", *KATA_MV, "-m", "512m", "-smp", "2", "-nodefaults", "-no-user-config",
  "-chardev", "null,id=virtiocon0", "-device", "virtio-serial-device", "-device", "virtconsole,chardev=virtiocon0",
  "-blockdev", "null-co,node-name=test", "-device", "virtio-blk-device,drive=test",
  "-netdev", "user,id=n0", "-device", "virtio-net-device,netdev=n0", "-device", "virtio-rng-device", steps=[QTREE, CHR])
x("r11-mv-no-acpi", "-M", "microvm", "-no-acpi", steps=[QGET("/machine", "acpi")])
x("r11-mv-acpi-off-pcie", "-M", "microvm,acpi=off,pcie=on")
x("r11-mv-cpu-hotplug", "-M", "microvm", "-smp", "1,maxcpus=2", steps=[HPC, {"hmp": "device_add qemu64-x86_64-cpu,socket-id=0,core-id=1,thread-id=0"}])
x("r11-mv-mem-hotplug", "-M", "microvm", "-m", "512M,slots=2,maxmem=2G")
x("r11-mv-9p", "-M", "microvm", "-fsdev", "local,id=fs0,path=/tmp,security_model=none",
  "-device", "virtio-9p-device,fsdev=fs0,mount_tag=host0", steps=[QTREE])
x("r11-mv-balloon-reporting", "-M", "microvm", "-device", "virtio-balloon-device,free-page-reporting=on,id=b", steps=[hmp("info balloon")[0]])
x("r11-mv-crypto", "-M", "microvm", "-object", "cryptodev-backend-builtin,id=cr0", "-device", "virtio-crypto-device,cryptodev=cr0",
  steps=[QTREE])
x("r11-mv-virtio-pci-name", "-M", "microvm", "-device", "virtio-blk-pci,drive=d0", "-blockdev", "null-co,node-name=d0")
x("r11-mv-numa", "-M", "microvm", "-m", "1G", "-smp", "2", "-object", "memory-backend-ram,id=m0,size=512M",
  "-object", "memory-backend-ram,id=m1,size=512M", "-numa", "node,memdev=m0,cpus=0", "-numa", "node,memdev=m1,cpus=1",
  steps=[hmp("info numa")[0]])
x("r11-mv-rtc-localtime", "-M", "microvm,rtc=on", "-rtc", "base=localtime", steps=[QTREE])
x("r11-mv-graphics-off", "-M", "microvm,graphics=off", steps=[STATUS])
x("r11-mv-option-bad", "-M", "microvm,pcie=maybe")
x("r11-mv-device-on-pc", "-device", "virtio-net-device,netdev=n0", "-netdev", "user,id=n0")
x("r11-mv-blk-device-on-q35", "-M", "q35", "-blockdev", "null-co,node-name=d0", "-device", "virtio-blk-device,drive=d0")
x("r11-mv-virtio-mmio-q35", "-M", "q35", "-device", "virtio-mmio")
x("r11-mv-no-acpi-q35", "-M", "q35", "-no-acpi", steps=[QGET("/machine", "acpi")])
x("r11-mv-no-acpi-pc-dimm", "-M", "pc", "-no-acpi", "-m", "1G,slots=2,maxmem=2G")
# (f) cloud images
x("r11-cloud-nocloud-net", "-m", "1024", "-smp", "2", "-drive", "if=virtio,format=qcow2,file=%s,node-name=root" % img("jammy.img"),
  "-drive", "if=virtio,format=raw,file=%s,node-name=seed" % img("seed.img"),
  "-smbios", "type=1,serial=ds=nocloud-net;s=http://10.0.2.2:8000/", "-netdev", "user,id=n0,hostfwd=tcp::%d-:22" % port(),
  "-device", "virtio-net-pci,netdev=n0", files=["jammy.img", "seed.img"], steps=[PCI])
x("r11-cloud-nocloud-comma", "-smbios", "type=1,serial=ds=nocloud-net,s=http://10.0.2.2:8000/")
x("r11-cloud-nocloud-escaped", "-smbios", "type=1,serial=ds=nocloud-net;s=http://10.0.2.2:8000/,,x=1", steps=[STATUS])
x("r11-cloud-nocloud-file", "-smbios", "type=1,serial=ds=nocloud;s=file:///cidata/", "-uuid", "2d1b3d62-21b3-4a5e-8b8c-3d5c8d1e3f10",
  steps=[hmp("info uuid")[0]])
x("r11-cloud-node-names", "-drive", "if=virtio,format=qcow2,file=%s,node-name=root,id=drive0" % img("jammy.img"),
  "-drive", "if=virtio,format=raw,file=%s,node-name=cidata,id=drive1,readonly=on" % img("seed.img"),
  files=["jammy.img", "seed.img"], steps=[BLOCK, PCI, qmp("query-named-block-nodes", flat=True)])
x("r11-cloud-node-name-dup", "-drive", "if=virtio,format=qcow2,file=%s,node-name=root" % img("jammy.img"),
  "-drive", "if=virtio,format=raw,file=%s,node-name=root" % img("seed.img"), files=["jammy.img", "seed.img"])
x("r11-cloud-node-name-bad", "-drive", "if=virtio,format=raw,file=%s,node-name=1root" % img("seed.img"), files=["seed.img"])
x("r11-cloud-node-name-eq-id", "-drive", "if=virtio,format=raw,file=%s,node-name=d0,id=d0" % img("seed.img"), files=["seed.img"])
x("r11-cloud-cdrom-virtio", "-drive", "file=%s,if=virtio,media=cdrom,format=raw" % img("seed.img"), files=["seed.img"])
x("r11-cloud-q35-blockdev", "-M", "q35", "-blockdev", "driver=file,filename=%s,node-name=f0" % img("jammy.img"),
  "-blockdev", "driver=qcow2,file=f0,node-name=q0,discard=unmap", "-device", "virtio-blk-pci,drive=q0,id=vda,bootindex=1",
  files=["jammy.img"], steps=[BLOCK, PCI])
x("r11-cloud-coreos-ignition", "-fw_cfg", "name=opt/com.coreos/config,file=%s" % img("config.ign"), files=["config.ign"], steps=[STATUS])
x("r11-cloud-coreos-ignition-missing", "-fw_cfg", "name=opt/com.coreos/config,file=/nonexistent/config.ign")
x("r11-cloud-smbios-credential", "-smbios", "type=11,value=io.systemd.credential:loglevel=debug,value=cloud-init:ds=nocloud", steps=[STATUS])
x("r11-cloud-virtio-scsi-discard", "-device", "virtio-scsi-pci,id=scsi0",
  "-drive", "if=none,id=hd0,file=%s,format=qcow2,discard=unmap,node-name=root" % img("jammy.img"),
  "-device", "scsi-hd,drive=hd0,bus=scsi0.0,rotation_rate=1", files=["jammy.img"], steps=[BLOCK])
# (g) -cpu with long feature lists
for name, cpu, props in [
    ("sse41-aliases", "qemu64,+sse4_1,+sse4.2,+ssse3", ("sse4.1", "sse4_1", "sse4-1", "sse4.2")),
    ("sse41-dash", "qemu64,sse4-1=on,sse4-2=on", ("sse4.1", "sse4.2")),
    ("sse41-off", "Penryn,-sse4.1,sse4_2=off", ("sse4.1", "sse4.2")),
    ("lahf-forms", "qemu64,+lahf_lm,lahf-lm=off", ("lahf_lm", "lahf-lm")),
    ("max-long", "max,+pdpe1gb,-la57,+vmx,-svm,pmu=off,l3-cache=off,phys-bits=40", ("pdpe1gb", "vmx", "svm", "phys-bits", "l3-cache")),
    ("max-host-phys", "max,host-phys-bits=on", ("phys-bits", "host-phys-bits")),
    ("nehalem-x2apic", "Nehalem,+x2apic,+tsc-deadline,+hypervisor,-vme", ("x2apic", "vme", "tsc-deadline")),
    ("epyc-topoext", "EPYC-Rome,+topoext,-svm,+ibpb", ("topoext", "svm")),
    ("model-id", "qemu64,model-id=Intel(R) Core(TM) i7-8700K CPU @ 3.70GHz,family=6,model=158,stepping=10",
     ("model-id", "family", "model", "stepping")),
    ("level", "qemu64,level=0xd,xlevel=0x80000008,min-level=7", ("level", "xlevel", "min-level")),
    ("tsc-freq", "qemu64,tsc-frequency=2400000000", ("tsc-frequency",)),
    ("kvm-pv", "qemu64,+kvm_pv_eoi,+kvm_pv_unhalt,kvmclock=on,kvm-asyncpf=off", ("kvm-pv-eoi", "kvmclock")),
    ("avx2-fma", "qemu64,+avx,+avx2,+fma,+f16c,+bmi1,+bmi2,+movbe", ("avx2", "bmi1")),
    ("skylake-avx512", "Skylake-Server,-hle,-rtm,+avx512f,+avx512vl", ("hle", "avx512f")),
    ("cascadelake-nohle", "Cascadelake-Server-v1,-hle,-rtm,+mpx,+arch-capabilities,+rdctl-no,+ibrs-all", ("mpx", "rdctl-no")),
    ("nx-xd", "qemu64,-nx,+xd", ("nx", "xd")),
    ("plus-minus-same", "qemu64,+ssse3,-ssse3", ("ssse3",)),
    ("minus-plus-same", "qemu64,-ssse3,+ssse3", ("ssse3",)),
    ("eq-and-plus", "qemu64,ssse3=off,+ssse3", ("ssse3",)),
    ("pmu-on", "max,pmu=on", ("pmu",)),
    ("migratable-no", "max,migratable=no", ("migratable",)),
    ("mixed-case", "qemu64,+SSE4.1", ()),
    ("unknown-flag", "qemu64,+sse5", ()),
    ("unknown-eq", "max,foo=on", ()),
    ("flag-value-number", "qemu64,sse4.1=1", ()),
    ("double-comma", "qemu64,,+ssse3", ()),
    ("trailing-comma", "qemu64,+ssse3,", ()),
    ("space-after-comma", "qemu64, +ssse3", ()),
    ("named-v2", "Skylake-Client-v2,-hle", ("hle", "model-id")),
    ("host-flags-tcg", "host,+invtsc,-hypervisor", ()),
    ("max-invtsc", "max,+invtsc", ("invtsc",)),
]:
    x("r11-cpu-" + name, "-M", "q35", "-cpu", cpu, steps=CPUGET(*props) if props else None)
x("r11-cpu-flags-device-add", "-M", "q35", "-smp", "1,maxcpus=2", "-cpu", "qemu64,+sse4_1,+ssse3",
  steps=[{"hmp": "device_add qemu64-x86_64-cpu,socket-id=0,core-id=1,thread-id=0,id=c1"}, QGET("/machine/peripheral/c1", "sse4.1")])
x("r11-cpu-flags-global", "-M", "q35", "-cpu", "qemu64", "-global", "qemu64-x86_64-cpu.sse4_1=on",
  steps=CPUGET("sse4.1"))
x("r11-cpu-flags-global-plus", "-global", "qemu64-x86_64-cpu.+ssse3=on")
x("r11-cpu-qmp-expansion", "-M", "q35", "-cpu", "Penryn", steps=[
  qmp("query-cpu-model-expansion", type="static", model={"name": "Penryn", "props": {"sse4_1": False, "vendor": "GenuineIntel"}})])
# (h) q35 habits: ICH9-LPC globals and friends
x("r11-q35-disable-s3-on", "-M", "q35", "-global", "ICH9-LPC.disable_s3=on")
x("r11-q35-disable-s3-2", "-M", "q35", "-global", "ICH9-LPC.disable_s3=2", steps=[QTREE])
x("r11-q35-disable-s3-read", "-M", "q35", "-global", "ICH9-LPC.disable_s3=1", "-global", "ICH9-LPC.disable_s4=1",
  steps=[QTREE])
x("r11-q35-disable-s3-long-form", "-M", "q35", "-global", "driver=ICH9-LPC,property=disable_s3,value=1", steps=[QTREE])
x("r11-q35-s3-on-pc", "-M", "pc", "-global", "ICH9-LPC.disable_s3=1", steps=[STATUS])
x("r11-q35-piix-on-q35", "-M", "q35", "-global", "PIIX4_PM.disable_s3=1", steps=[STATUS])
x("r11-pc-piix-s3-s4", "-M", "pc", "-global", "PIIX4_PM.disable_s3=1", "-global", "PIIX4_PM.disable_s4=1",
  steps=[QTREE])
x("r11-q35-lpc-prop-typo", "-M", "q35", "-global", "ICH9-LPC.disable-s3=1")
x("r11-q35-lpc-lowercase", "-M", "q35", "-global", "ich9-lpc.disable_s3=1")
x("r11-q35-lpc-noreboot", "-M", "q35", "-global", "ICH9-LPC.noreboot=off", steps=[QTREE])
x("r11-q35-lpc-smi", "-M", "q35", "-global", "ICH9-LPC.x-smi-broadcast=off", steps=[QTREE])
x("r11-q35-win-full", "-M", "q35,accel=tcg,smm=on,vmport=off", "-global", "ICH9-LPC.disable_s3=1", "-global", "ICH9-LPC.disable_s4=1",
  "-global", "driver=cfi.pflash01,property=secure,value=on", "-cpu", "qemu64," + WIN_HV, "-rtc", "base=localtime",
  "-global", "kvm-pit.lost_tick_policy=discard", "-smp", "2,sockets=1,cores=2,maxcpus=4", "-m", "2G",
  steps=[QHPC, {"hmp": "device_add qemu64-x86_64-cpu,socket-id=0,core-id=2,thread-id=0,id=c2"}, CPUS])
x("r11-q35-hole64-and-s3", "-machine", "q35", "-global", "ICH9-LPC.disable_s3=1", "-global", "q35-pcihost.pci-hole64-size=1T",
  steps=[QGET("/machine/q35", "pci-hole64-size")])
x("r11-q35-global-nosuch-driver", "-M", "q35", "-global", "ICH10-LPC.disable_s3=1")
x("r11-q35-global-no-dot", "-M", "q35", "-global", "disable_s3=1")


# Measured while fixing round 11 (r11m-): the two cases the recordings
# dropped, without their run-dependent steps (isa-applesmc's default osk
# prints bytes past its string; a -drive's protocol node has an automatic
# name), and around the fixes: -global turning a CPU feature on (its TCG
# warning), vectors= on -net nic and -nic's none, the phys-bits check with
# an Intel CPU, with device memory and on an older machine, disable-modern
# on a NIC, a size property's error from device_add.
x("r11m-applesmc-quoted", "-M", "q35", "-device", 'isa-applesmc,osk="%s"' % OSK)
x("r11m-cloud-node-names", "-drive", "if=virtio,format=qcow2,file=%s,node-name=root,id=drive0" % img("jammy.img"),
  "-drive", "if=virtio,format=raw,file=%s,node-name=cidata,id=drive1,readonly=on" % img("seed.img"),
  files=["jammy.img", "seed.img"], steps=[BLOCK, PCI])
x("r11m-global-cpu-invtsc", "-global", "qemu64-x86_64-cpu.invtsc=on", steps=CPUGET("invtsc"))
x("r11m-net-nic-vectors", "-net", "nic,model=virtio-net-pci,vectors=0", "-net", "user", steps=[PCI])
x("r11m-net-nic-vectors-4", "-net", "nic,model=virtio-net-pci,vectors=4", "-net", "user", steps=[PCI])
x("r11m-hole64-intel", "-M", "q35", "-cpu", "Skylake-Client", "-global", "q35-pcihost.pci-hole64-size=2048G")
x("r11m-hole64-intel-over", "-M", "q35", "-cpu", "Skylake-Client", "-global", "q35-pcihost.pci-hole64-size=1020G")
x("r11m-hole64-maxmem", "-M", "q35", "-m", "1G,slots=4,maxmem=64G", "-global", "q35-pcihost.pci-hole64-size=960G")
x("r11m-hole64-old-machine", "-M", "pc-q35-7.0", "-global", "q35-pcihost.pci-hole64-size=1T")
x("r11m-hole64-pc-big", "-M", "pc", "-global", "i440FX-pcihost.pci-hole64-size=1T")
x("r11m-disable-modern-nic", "-netdev", "user,id=n0", "-device", "virtio-net-pci,netdev=n0,disable-modern=on", steps=[PCI])
x("r11m-size-device-add", "-M", "q35", steps=[{"hmp": "device_add pcie-root-port,id=rp,chassis=1,io-reserve=lots"}])
x("r11m-host-two-flags", "-cpu", "host,+invtsc,+la57,kvm_pv_eoi=on")
x("r11m-svm-off-qemu64", "-cpu", "qemu64,-svm,+npt")


# Round 12 (r12-, 2026-12-07): valid lines learners paste that the earlier
# rounds left out, by an outside tester: the -audio option (7.1+) with each
# sound model and its errors, -audiodev none beside the sound cards libvirt
# and blog posts use (ich9-intel-hda with hda-duplex in libvirt's JSON,
# intel-hda codecs, AC97, ES1370, SB16/GUS/AdLib/CS4231A with their ISA
# resources, usb-audio, virtio-sound, the PC speaker's pcspk-audiodev),
# query-audiodevs; -global on board and parent types (PIIX4_PM's hotplug
# switches, virtio-pci, ide-hd, qemu-xhci ports, hpet, i8042, spapr-nvram's
# drive); x86 machine properties not read back before (max-ram-below-4g,
# smbios-entry-point-type, x-oem-id, default-bus-bypass-iommu,
# confidential-guest-support naming nothing, i8042); SMBIOS types 8, 9, 41;
# -cpu versioned models and aliases (x86 and POWER); memory backends with
# -m size=/slots/maxmem, virtio-mem, DIMMs on NUMA nodes, libvirt's pc.ram;
# pseries lines from Fedora/IBM guides (spapr-vscsi, spapr-vlan, caps read
# back, HDA on a PHB); each followed by what a learner asks the monitor.
FILES.update({"nvram.bin": ("raw", 64 << 10), "fedora.qcow2": ("qcow2", 64 << 20)})
QAUD = qmp("query-audiodevs")
QCM = qmp("query-current-machine")
SND = ["-audiodev", "none,id=snd0"]
# (a) -audio: driver, model, the implied audiodev0
for m in ["hda", "ac97", "sb16", "es1370", "adlib", "gus", "cs4231a", "pcspk", "virtio"]:
    x("r12-audio-model-" + m, "-audio", "none,model=" + m, steps=[QTREE, PCI, QAUD])
x("r12-audio-model-usb-audio", "-usb", "-audio", "none,model=usb-audio", steps=[USB, QAUD])
x("r12-audio-model-usb-audio-nousb", "-audio", "none,model=usb-audio")
x("r12-audio-q35-hda", "-M", "q35", "-audio", "none,model=hda", steps=[PCI, QTREE])
x("r12-audio-driver-key", "-audio", "driver=none,model=ac97", steps=[PCI, QAUD])
x("r12-audio-no-model", "-audio", "none", steps=[QAUD])
x("r12-audio-no-model-card", "-audio", "none", "-device", "AC97,audiodev=audiodev0", steps=[PCI])
x("r12-audio-model-help", "-audio", "none,model=help")
x("r12-audio-model-query", "-audio", "model=?")
x("r12-audio-help", "-audio", "help")
x("r12-audio-driver-help", "-audio", "driver=help")
x("r12-audio-model-bad", "-audio", "none,model=sb17")
x("r12-audio-model-upper", "-audio", "none,model=AC97")
x("r12-audio-no-driver", "-audio", "model=hda")
x("r12-audio-driver-bad", "-audio", "nosuch,model=hda")
x("r12-audio-driver-pa", "-audio", "pa,model=hda")
x("r12-audio-id", "-audio", "none,model=hda,id=snd0", steps=[QTREE, QAUD])
x("r12-audio-id-bad", "-audio", "none,model=hda,id=1snd")
x("r12-audio-twice", "-audio", "none,model=hda", "-audio", "none,model=ac97")
x("r12-audio-twice-ids", "-audio", "none,model=hda,id=a1", "-audio", "none,model=ac97,id=a2", steps=[PCI, QAUD])
x("r12-audio-and-audiodev-clash", "-audiodev", "none,id=audiodev0", "-audio", "none,model=hda")
x("r12-audio-and-audiodev", *SND, "-audio", "none,model=ac97", steps=[QTREE, QAUD])
x("r12-audio-timer", "-audio", "none,model=hda,timer-period=10000", steps=[QAUD])
x("r12-audio-out-props", "-audio", "none,model=ac97,out.frequency=48000,out.channels=2", steps=[QAUD])
x("r12-audio-unknown-key", "-audio", "none,model=hda,volume=50")
x("r12-audio-json", "-audio", '{"driver":"none","model":"hda"}')
x("r12-audio-empty", "-audio", "")
x("r12-audio-hot-hda", "-audio", "none", steps=[{"hmp": "device_add intel-hda,id=h"},
  {"hmp": "device_add hda-duplex,bus=h.0,audiodev=audiodev0,id=c"}, QTREE])
p("r12-audio-pseries-hda", "-audio", "none,model=hda", steps=[PCI, QTREE])
p("r12-audio-pseries-sb16", "-audio", "none,model=sb16")
p("r12-audio-pseries-pcspk", "-audio", "none,model=pcspk")
# (b) -audiodev none with the cards libvirt and guides write
x("r12-snd-libvirt-q35", "-M", "q35", "-audiodev", j(id="audio1", driver="none"),
  "-device", j(driver="ich9-intel-hda", id="sound0", bus="pcie.0", addr="0x1b"),
  "-device", j(driver="hda-duplex", id="sound0-codec0", bus="sound0.0", cad=0, audiodev="audio1"),
  steps=[PCI, QTREE, QAUD, QGET("/machine/peripheral/sound0-codec0", "audiodev")])
x("r12-snd-libvirt-pc-ich6", "-audiodev", j(id="audio1", driver="none"),
  "-device", j(driver="intel-hda", id="sound0", bus="pci.0", addr="0x4"),
  "-device", j(driver="hda-micro", id="sound0-codec0", bus="sound0.0", cad=0, audiodev="audio1"), steps=[PCI, QTREE])
x("r12-snd-hda-output", *SND, "-device", "intel-hda,id=hda", "-device", "hda-output,bus=hda.0,audiodev=snd0,id=out",
  steps=[QTREE, QGET("/machine/peripheral/out", "audiodev"), QGET("/machine/peripheral/out", "cad")])
x("r12-snd-hda-two-codecs", *SND, "-device", "intel-hda,id=hda", "-device", "hda-output,audiodev=snd0",
  "-device", "hda-micro,audiodev=snd0", steps=[QTREE])
x("r12-snd-ac97-qget", *SND, "-device", "AC97,audiodev=snd0,id=ac", steps=[PCI, QGET("/machine/peripheral/ac", "audiodev")])
x("r12-snd-es1370", *SND, "-device", "ES1370,audiodev=snd0,id=es", steps=[PCI, QTREE])
x("r12-snd-sb16", *SND, "-device", "sb16,audiodev=snd0", steps=[QTREE])
x("r12-snd-sb16-resources", *SND, "-device", "sb16,audiodev=snd0,iobase=0x240,irq=7,dma=3,dma16=7,id=sb",
  steps=[QTREE, QGET("/machine/peripheral/sb", "iobase")])
x("r12-snd-sb16-q35", "-M", "q35", *SND, "-device", "sb16,audiodev=snd0", steps=[QTREE])
x("r12-snd-sb16-twice", *SND, "-device", "sb16,audiodev=snd0", "-device", "sb16,audiodev=snd0")
x("r12-snd-cs4231a", *SND, "-device", "cs4231a,audiodev=snd0", steps=[QTREE])
x("r12-snd-gus", *SND, "-device", "gus,audiodev=snd0,irq=5", steps=[QTREE])
x("r12-snd-adlib", *SND, "-device", "adlib,audiodev=snd0", steps=[QTREE])
x("r12-snd-adlib-sb16-clash", *SND, "-device", "sb16,audiodev=snd0", "-device", "adlib,audiodev=snd0,iobase=0x220")
x("r12-snd-usb-audio", *SND, "-device", "qemu-xhci,id=xhci", "-device", "usb-audio,audiodev=snd0,bus=xhci.0", steps=[USB, QTREE])
x("r12-snd-usb-audio-multi", *SND, "-device", "qemu-xhci,id=xhci", "-device", "usb-audio,audiodev=snd0,multi=on", steps=[USB])
x("r12-snd-virtio-sound", *SND, "-device", "virtio-sound-pci,audiodev=snd0,id=vs", steps=[PCI])
x("r12-snd-virtio-sound-streams", *SND, "-device", "virtio-sound-pci,audiodev=snd0,streams=2,jacks=1", steps=[QTREE])
x("r12-snd-pcspk", *SND, "-M", "pc,pcspk-audiodev=snd0", steps=[QGET("/machine", "pcspk-audiodev"), QAUD])
x("r12-snd-pcspk-q35", *SND, "-M", "q35,pcspk-audiodev=snd0", steps=[QGET("/machine", "pcspk-audiodev")])
x("r12-snd-pcspk-missing", "-M", "pc,pcspk-audiodev=nosuch")
x("r12-snd-out-opts", "-audiodev", "none,id=snd0,out.frequency=44100,out.channels=2,out.format=s16,in.voices=0",
  "-device", "AC97,audiodev=snd0", steps=[QAUD])
x("r12-snd-out-format-bad", "-audiodev", "none,id=snd0,out.format=s24")
x("r12-snd-out-channels-bad", "-audiodev", "none,id=snd0,out.channels=two")
x("r12-snd-timer", "-audiodev", "none,id=snd0,timer-period=5000", steps=[QAUD])
x("r12-snd-two-cards", *SND, "-device", "intel-hda,id=hda", "-device", "hda-duplex,audiodev=snd0",
  "-device", "AC97,audiodev=snd0", steps=[PCI])
x("r12-snd-two-audiodevs", *SND, "-audiodev", "none,id=snd1", "-device", "AC97,audiodev=snd1,id=ac", steps=[QAUD,
  QGET("/machine/peripheral/ac", "audiodev")])
x("r12-snd-audiodev-dup", *SND, *SND)
x("r12-snd-hot-ac97", *SND, steps=[{"hmp": "device_add AC97,audiodev=snd0,id=ac"}, PCI])
x("r12-snd-hot-ac97-missing", *SND, steps=[{"hmp": "device_add AC97,audiodev=snd9,id=ac"}])
x("r12-snd-hot-qmp-hda", *SND, steps=[qmp("device_add", driver="ich9-intel-hda", id="h"),
  qmp("device_add", driver="hda-duplex", bus="h.0", audiodev="snd0"), QTREE])
x("r12-snd-hda-codec-no-bus", *SND, "-device", "hda-duplex,audiodev=snd0")
p("r12-snd-pseries-hda", *SND, "-device", "intel-hda,id=hda", "-device", "hda-duplex,audiodev=snd0", steps=[PCI, QTREE])
p("r12-snd-pseries-usb-audio", *SND, "-device", "qemu-xhci", "-device", "usb-audio,audiodev=snd0", steps=[USB])
# (c) -global on board and parent types
x("r12-global-piix4-bridge-hotplug", "-global", "PIIX4_PM.acpi-pci-hotplug-with-bridge-support=off", steps=[QTREE])
x("r12-global-piix4-root-hotplug", "-global", "PIIX4_PM.acpi-root-pci-hotplug=off", steps=[QTREE])
x("r12-global-piix4-root-hotplug-q35", "-M", "q35", "-global", "PIIX4_PM.acpi-root-pci-hotplug=off", steps=[STATUS])
x("r12-global-ich9-pcihp", "-M", "q35", "-global", "ICH9-LPC.acpi-pci-hotplug-with-bridge-support=on", steps=[QTREE])
x("r12-global-virtio-pci-legacy", "-global", "virtio-pci.disable-legacy=on", "-netdev", "user,id=n0",
  "-device", "virtio-net-pci,netdev=n0,id=vn", steps=[PCI, QGET("/machine/peripheral/vn", "disable-legacy")])
x("r12-global-virtio-blk-queues", "-global", "virtio-blk-pci.num-queues=2", "-blockdev", "null-co,node-name=d0",
  "-device", "virtio-blk-pci,drive=d0,id=vd", steps=[QTREE])
x("r12-global-ide-hd-4k", "-global", "ide-hd.physical_block_size=4096", "-blockdev", "null-co,node-name=d0",
  "-device", "ide-hd,drive=d0,id=disk", steps=[QTREE, QGET("/machine/peripheral/disk", "physical_block_size")])
x("r12-global-xhci-ports", "-global", "qemu-xhci.p2=8", "-global", "qemu-xhci.p3=8", "-device", "qemu-xhci,id=x",
  steps=[QTREE])
x("r12-global-hpet-msi", "-M", "q35", "-global", "hpet.msi=true", steps=[QTREE])
x("r12-global-hpet-timers", "-global", "hpet.timers=8", steps=[QTREE])
x("r12-global-i8042-throttle", "-global", "i8042.kbd-throttle=on", steps=[QTREE])
x("r12-global-apic-version", "-global", "apic-common.version=0x14")
x("r12-global-fdc-bootindex", "-global", "isa-fdc.bootindexA=1", steps=[QTREE])
p("r12-global-nvram-drive", "-drive", "if=none,id=nvram0,file=%s,format=raw" % img("nvram.bin"), "-global",
  "spapr-nvram.drive=nvram0", files=["nvram.bin"], steps=[QTREE])
p("r12-global-vscsi-reg", "-global", "spapr-vscsi.reg=0x2000", "-device", "spapr-vscsi,id=s", steps=[QTREE])
# (d) x86 machine properties, read back
x("r12-mach-max-ram-below-4g", "-M", "pc,max-ram-below-4g=1G", "-m", "4G", steps=[QGET("/machine", "max-ram-below-4g"),
  {"hmp": "info mtree -f", "grep": "ram-below|ram-above"}])
x("r12-mach-max-ram-below-4g-q35", "-M", "q35,max-ram-below-4g=2G", "-m", "3G", steps=[QGET("/machine", "max-ram-below-4g"),
  {"hmp": "info mtree -f", "grep": "ram-below|ram-above"}])
x("r12-mach-max-ram-below-4g-big", "-M", "pc,max-ram-below-4g=5G")
x("r12-mach-max-ram-below-4g-bad", "-M", "pc,max-ram-below-4g=lots")
x("r12-mach-smbios-ep-64", "-M", "q35,smbios-entry-point-type=64", steps=[QGET("/machine", "smbios-entry-point-type")])
x("r12-mach-smbios-ep-bad", "-M", "q35,smbios-entry-point-type=30")
x("r12-mach-oem-id", "-M", "q35,x-oem-id=ACME,x-oem-table-id=ACMEVM", steps=[QGET("/machine", "x-oem-id"), QGET("/machine", "x-oem-table-id")])
x("r12-mach-oem-id-long", "-M", "pc,x-oem-id=TOOLONGID")
x("r12-mach-bypass-iommu", "-M", "q35,default-bus-bypass-iommu=on", steps=[QGET("/machine", "default-bus-bypass-iommu")])
x("r12-mach-cgs-missing", "-M", "q35,confidential-guest-support=sev0")
x("r12-mach-memory-encryption", "-M", "q35,memory-encryption=sev0")
x("r12-mach-i8042-off", "-M", "pc,i8042=off", steps=[QGET("/machine", "i8042")])
x("r12-mach-current", "-M", "q35", steps=[QCM, QGET("/machine", "type")])
x("r12-mach-current-pseries", steps=[QCM])
# (e) SMBIOS types the earlier rounds did not give
x("r12-smbios-type41", "-netdev", "user,id=n0", "-device", "e1000,netdev=n0,id=nic0",
  "-smbios", "type=41,designation=Onboard LAN,kind=ethernet,instance=1,pcidev=nic0", steps=[STATUS])
x("r12-smbios-type41-missing-dev", "-smbios", "type=41,designation=LAN,kind=ethernet,instance=1,pcidev=nic9")
x("r12-smbios-type41-kind-bad", "-smbios", "type=41,designation=LAN,kind=wifi,instance=1,pcidev=nic0")
x("r12-smbios-type8", "-smbios", "type=8,internal_reference=J1A1,external_reference=Keyboard,connector_type=0xF,port_type=0xD",
  steps=[STATUS])
x("r12-smbios-type9", "-smbios", "type=9,slot_designation=PCIe Slot 1,slot_type=0xA5,slot_data_bus_width=0x8,current_usage=0x3,"
  "slot_length=0x4,slot_id=1,slot_characteristics1=0x4,slot_characteristics2=0x1,pcidev=rp1",
  "-M", "q35", "-device", "pcie-root-port,id=rp1,chassis=1", steps=[STATUS])
x("r12-smbios-type4-family", "-smbios", "type=4,sock_pfx=CPU,manufacturer=Intel,version=Xeon,processor-family=0xB3", steps=[STATUS])
x("r12-smbios-type2-asset", "-smbios", "type=2,manufacturer=ACME,product=Board,version=1.0,serial=SN1,asset=A1,location=Slot0",
  steps=[STATUS])
# (f) -cpu versioned models and aliases
for cpu in ["Skylake-Server-v3", "Icelake-Server-v4", "Cooperlake-v2", "Snowridge-v4", "Denverton-v3", "SapphireRapids",
            "GraniteRapids", "EPYC-Milan-v2", "EPYC-Genoa", "Dhyana-v2", "Haswell-v4", "core2duo-v1", "athlon", "Icelake-Client"]:
    x("r12-cpu-" + cpu.lower(), "-M", "q35", "-cpu", cpu, steps=CPUGET("model-id", "family", "model") + [HPC])
for cpu in ["POWER9_v2.2", "power10", "POWER10_v2.0", "POWER8E", "power8nvl", "POWER7+"]:
    p("r12-cpu-" + cpu.lower().replace("+", "plus").replace(".", "-"), "-cpu", cpu, steps=[HPC])
# (g) memory: -m size=/slots/maxmem with backends, virtio-mem, NUMA and DIMMs
x("r12-mem-libvirt-pc-ram", "-machine", "pc,memory-backend=pc.ram", "-m", "1024",
  "-object", j(**{"qom-type": "memory-backend-ram", "id": "pc.ram", "size": 1073741824}), steps=[MEMDEV, QGET("/machine", "memory-backend")])
x("r12-mem-libvirt-pc-ram-size-mismatch", "-machine", "pc,memory-backend=pc.ram", "-m", "2048",
  "-object", j(**{"qom-type": "memory-backend-ram", "id": "pc.ram", "size": 1073741824}))
x("r12-mem-virtio-mem", "-M", "q35", "-m", "1G,maxmem=4G", "-object", "memory-backend-ram,id=vmem0,size=2G",
  "-device", "virtio-mem-pci,id=vm0,memdev=vmem0,requested-size=512M", steps=[MEMDEVS, PCI])
x("r12-mem-virtio-mem-block-size", "-M", "q35", "-m", "1G,maxmem=4G", "-object", "memory-backend-ram,id=vmem0,size=2G",
  "-device", "virtio-mem-pci,id=vm0,memdev=vmem0,block-size=1G,requested-size=1G", steps=[QGET("/machine/peripheral/vm0", "block-size")])
x("r12-mem-virtio-mem-no-maxmem", "-M", "q35", "-m", "1G", "-object", "memory-backend-ram,id=vmem0,size=2G",
  "-device", "virtio-mem-pci,id=vm0,memdev=vmem0")
x("r12-mem-dimm-on-node", "-m", "size=2G,slots=4,maxmem=8G", "-smp", "2", "-object", "memory-backend-ram,id=m0,size=1G",
  "-object", "memory-backend-ram,id=m1,size=1G", "-numa", "node,nodeid=0,cpus=0,memdev=m0", "-numa", "node,nodeid=1,cpus=1,memdev=m1",
  "-object", "memory-backend-ram,id=dimm1,size=512M", "-device", "pc-dimm,id=d1,memdev=dimm1,node=1", steps=[MEMDEVS, NUMA])
x("r12-mem-size-key-maxmem-no-slots", "-m", "size=1G,maxmem=2G")
x("r12-mem-size-key-slots-no-maxmem", "-m", "size=1G,slots=2")
x("r12-mem-memfd-numa", "-m", "1G", "-object", "memory-backend-memfd,id=m0,size=1G,share=on", "-numa", "node,memdev=m0",
  steps=[MEMDEV, NUMA])
x("r12-mem-prealloc-threads", "-m", "512M", "-object", "memory-backend-ram,id=m0,size=512M,prealloc=on,prealloc-threads=2",
  "-machine", "memory-backend=m0", steps=[MEMDEV])
p("r12-mem-pseries-dimm-node", "-m", "2G,slots=2,maxmem=4G", "-smp", "2", "-object", "memory-backend-ram,id=m0,size=1G",
  "-object", "memory-backend-ram,id=m1,size=1G", "-numa", "node,nodeid=0,cpus=0,memdev=m0", "-numa", "node,nodeid=1,cpus=1,memdev=m1",
  "-object", "memory-backend-ram,id=dimm1,size=256M", "-device", "pc-dimm,id=d1,memdev=dimm1,node=1", steps=[MEMDEVS, NUMA])
# (h) pseries lines from Fedora and IBM guides
p("r12-ps-fedora-vscsi-vlan", "-M", "pseries,cap-cfpc=broken,cap-sbbc=broken,cap-ibs=broken,cap-ccf-assist=off", "-m", "2G",
  "-smp", "2", "-device", "spapr-vscsi,id=scsi0", "-drive", "if=none,id=hd0,file=%s,format=qcow2" % img("fedora.qcow2"),
  "-device", "scsi-hd,drive=hd0,bus=scsi0.0", "-netdev", "user,id=n0", "-device", "spapr-vlan,netdev=n0,mac=52:54:00:12:34:56",
  files=["fedora.qcow2"], steps=[QTREE, QGET("/machine", "cap-cfpc")])
p("r12-ps-cap-large-decr", "-M", "pseries,cap-large-decr=off", steps=[QGET("/machine", "cap-large-decr")])
p("r12-ps-cap-htm-on", "-M", "pseries,cap-htm=on")
p("r12-ps-cap-ibs-fixed", "-M", "pseries,cap-ibs=fixed-ibs", steps=[QGET("/machine", "cap-ibs")])
p("r12-ps-rtas-size", "-M", "pseries", "-global", "spapr-vty.reg=0x71000100", "-serial", "null", steps=[QTREE])
p("r12-ps-virtio-net-mac", "-netdev", "user,id=n0", "-device", "virtio-net-pci,netdev=n0,mac=52:54:00:ab:cd:ef,id=vn",
  steps=[PCI, QGET("/machine/peripheral/vn", "mac")])


# Measured while fixing round 12 (r12m-): -audio's card on boards without
# its bus, beside a card that names no audiodev, with the PC speaker's
# alias naming its backend, a driver without its module given by -audio and
# -audiodev alone; -global on other virtio proxies' aliases and VIO regs.
x("r12m-audio-isapc-hda", "-M", "isapc", "-audio", "none,model=hda")
x("r12m-audio-isapc-sb16", "-M", "isapc", "-audio", "none,model=sb16", steps=[QTREE])
x("r12m-audio-microvm-ac97", "-M", "microvm", "-audio", "none,model=ac97")
x("r12m-audio-microvm-adlib", "-M", "microvm", "-audio", "none,model=adlib", steps=[QTREE])
x("r12m-audio-card-no-audiodev", "-audio", "none,model=hda", "-device", "AC97", steps=[PCI])
x("r12m-audio-pcspk-alias", "-audio", "none,model=ac97", "-M", "pc,pcspk-audiodev=audiodev0", steps=[QGET("/machine", "pcspk-audiodev")])
x("r12m-audio-pa-no-model", "-audio", "pa")
x("r12m-audiodev-pa-alone", "-audiodev", "pa,id=a0")
x("r12m-audiodev-sdl-card", "-audiodev", "sdl,id=a0", "-device", "AC97,audiodev=a0")
x("r12m-audio-wav-path", "-audio", "wav,model=ac97,path=/dev/null", steps=[QAUD])
x("r12m-global-virtio-scsi-queues", "-global", "virtio-scsi-pci.num_queues=4", "-device", "virtio-scsi-pci,id=s", steps=[QTREE])
x("r12m-global-virtio-blk-vectors", "-global", "virtio-blk-pci.num-queues=4", "-global", "virtio-blk-pci.vectors=2",
  "-blockdev", "null-co,node-name=d0", "-device", "virtio-blk-pci,drive=d0", steps=[QTREE])
p("r12m-global-vlan-reg", "-global", "spapr-vlan.reg=0x1000", "-netdev", "user,id=n0", "-device", "spapr-vlan,netdev=n0", steps=[QTREE])
p("r12m-global-vscsi-reg-twice", "-global", "spapr-vscsi.reg=0x2000", "-device", "spapr-vscsi,id=s0", "-device", "spapr-vscsi,id=s1")
p("r12m-global-vty-reg-no-serial", "-global", "spapr-vty.reg=0x71000100", "-chardev", "null,id=c0", "-device", "spapr-vty,chardev=c0", steps=[QTREE])
x("r12m-smbios-type41-q35-root-port", "-M", "q35", "-device", "pcie-root-port,id=rp1,chassis=1",
  "-smbios", "type=41,designation=Slot,kind=other,instance=1,pcidev=rp1", steps=[STATUS])
x("r12m-smbios-type41-isa-dev", "-device", "isa-serial,id=ser9", "-smbios", "type=41,designation=COM,kind=other,instance=1,pcidev=ser9")
x("r12m-mem-encryption-rng", "-object", "rng-builtin,id=sev0", "-M", "q35,memory-encryption=sev0")



# Round 13 (r13-, 2026-12-07): command lines an outside tester pastes that
# the earlier rounds did not cover, on both targets: -boot's keys with bad
# values and the letters per machine, -rtc's dates and keys, -name's and
# -uuid's odd values, SMBIOS field errors (types 0-4, 11, 17, out of range
# types), -fw_cfg names outside opt/ and odd values, -k, -parallel and
# -serial/-monitor/-qmp/-mon spellings (none, null, vc, chardev:, a port, too
# many), -display/-nographic pairs, -vga per machine (tcx, cg3, xenfb on x86,
# vmware and virtio on pseries, microvm), -no-user-config/-nodefaults and what
# they leave, -accel tcg's properties and errors read back with qom-get,
# -icount/-overcommit/-msg errors, -d/-L/-bios errors that need no host file,
# -global on x86 board devices, x86 -machine properties (values, errors and
# read back), and options of one target given to the other; each with the
# monitor step that shows it.
QDISP = qmp("query-display-options")
QCHR = qmp("query-chardev")
QKVM = qmp("query-kvm")
ACCEL = lambda *props: [QGET("/machine/accel", p) for p in props]
# -boot
x("r13-boot-splash-time-word", "-M", "q35", "-boot", "menu=on,splash-time=soon")
x("r13-boot-strict-maybe", "-M", "q35", "-boot", "strict=maybe")
x("r13-boot-reboot-timeout-word", "-M", "pc", "-boot", "reboot-timeout=never")
x("r13-boot-menu-yes", "-M", "q35", "-boot", "menu=yes", steps=MG("boot"))
x("r13-boot-order-empty", "-M", "q35", "-boot", "order=", steps=MG("boot"))
x("r13-boot-order-floppy", "-M", "pc", "-boot", "order=a", steps=MG("boot"))
x("r13-boot-order-all-letters", "-M", "pc", "-boot", "order=ncda", steps=MG("boot"))
x("r13-boot-order-upper", "-M", "q35", "-boot", "order=C")
x("r13-boot-once-n", "-M", "pc", "-boot", "once=n", steps=MG("boot"))
x("r13-boot-splash-time-big", "-M", "q35", "-boot", "menu=on,splash-time=70000", steps=MG("boot"))
x("r13-boot-reboot-timeout-big", "-M", "q35", "-boot", "reboot-timeout=65536", steps=MG("boot"))
x("r13-boot-legacy-bad-letter", "-M", "pc", "-boot", "x")
x("r13-boot-json", "-M", "q35", "-boot", '{"order":"c"}')
p("r13-boot-pseries-once", "-M", "pseries", "-boot", "once=d", steps=MG("boot"))
p("r13-boot-pseries-menu-splash", "-M", "pseries", "-boot", "menu=on,splash-time=1000,strict=on", steps=MG("boot"))
# -rtc
x("r13-rtc-driftfix-none-pc", "-M", "pc", "-rtc", "base=utc,driftfix=none", steps=[QTREE])
x("r13-rtc-date-only", "-M", "q35", "-rtc", "base=2020-01-01")
x("r13-rtc-before-epoch", "-M", "q35", "-rtc", "base=1969-12-31T23:59:59", steps=[QST])
x("r13-rtc-unknown-key", "-M", "q35", "-rtc", "base=utc,tz=UTC")
x("r13-rtc-merged", "-M", "q35", "-rtc", "base=utc", "-rtc", "clock=vm,driftfix=slew", steps=[QTREE])
x("r13-rtc-driftfix-bad", "-M", "pc", "-rtc", "driftfix=fast")
x("r13-rtc-lost-tick-bad", "-M", "pc", "-global", "mc146818rtc.lost_tick_policy=nosuch")
p("r13-rtc-pseries-localtime", "-M", "pseries", "-rtc", "base=localtime,clock=host", steps=[QST])
p("r13-rtc-pseries-bad", "-M", "pseries", "-rtc", "clock=nosuch")
# -name, -uuid
x("r13-name-debug-threads-maybe", "-M", "q35", "-name", "guest=a,debug-threads=maybe")
x("r13-name-empty", "-M", "q35", "-name", "", steps=NAMEQ)
x("r13-name-first-key", "-M", "q35", "-name", "owner=me")
x("r13-name-process-spaces", "-M", "q35", "-name", "guest=web,process=my vm", steps=NAMEQ)
p("r13-name-pseries-process", "-M", "pseries", "-name", "process=ppc-proc", steps=NAMEQ)
x("r13-uuid-empty", "-M", "q35", "-uuid", "")
x("r13-uuid-short", "-M", "pc", "-uuid", "1234")
p("r13-uuid-pseries-bad", "-M", "pseries", "-uuid", "not-a-uuid")
p("r13-uuid-pseries-upper", "-M", "pseries", "-uuid", "C0FFEE00-1234-5678-9ABC-DEF012345678", steps=UUIDQ)
# SMBIOS field errors
for name, val in [
    ("type0-uefi-maybe", "type=0,uefi=maybe"), ("type0-release-word", "type=0,release=one.two"),
    ("type1-uuid-empty", "type=1,uuid="), ("type2-unknown", "type=2,colour=red"),
    ("type4-speed-word", "type=4,max-speed=fast"), ("type4-processor-id", "type=4,processor-id=0x123456"),
    ("type4-part", "type=4,part=XEON-8280"), ("type11-no-value", "type=11"),
    ("type11-path-missing", "type=11,path=/nonexistent/oem.txt"), ("type17-speed-word", "type=17,speed=fast"),
    ("type-127", "type=127"), ("type-300", "type=300"), ("file-and-type", "file=/nonexistent/x.bin,type=1"),
]:
    x("r13-smbios-" + name, "-M", "q35", "-smbios", val, steps=[STATUS])
x("r13-smbios-type3-type4-q35", "-M", "q35", "-smp", "2", "-smbios", "type=3,manufacturer=ACME,serial=C1",
  "-smbios", "type=4,sock_pfx=Socket,manufacturer=ACME,max-speed=2000,current-speed=2000", steps=[STATUS])
x("r13-smbios-type17-with-dimms", "-m", "1G,slots=2,maxmem=2G", "-smbios", "type=17,loc_pfx=DIMM,speed=3200", steps=[STATUS])
x("r13-smbios-ep-32-type4", "-M", "q35,smbios-entry-point-type=32", "-smbios", "type=4,version=X", steps=[STATUS])
p("r13-smbios-pseries-type0", "-M", "pseries", "-smbios", "type=0,vendor=IBM")
# -fw_cfg
x("r13-fw-cfg-no-opt-prefix", "-M", "q35", "-fw_cfg", "name=com.example/x,string=1", steps=[STATUS])
x("r13-fw-cfg-string-empty", "-M", "q35", "-fw_cfg", "name=opt/x,string=", steps=[STATUS])
x("r13-fw-cfg-unknown-key", "-M", "q35", "-fw_cfg", "name=opt/x,string=a,colour=red")
x("r13-fw-cfg-dev-null", "-M", "pc", "-fw_cfg", "name=opt/empty,file=/dev/null", steps=[STATUS])
x("r13-fw-cfg-json", "-M", "q35", "-fw_cfg", '{"name":"opt/x","string":"a"}')
x("r13-fw-cfg-gen-id-missing", "-M", "q35", "-fw_cfg", "name=opt/x,gen_id=nosuch")
x("r13-fw-cfg-bootorder", "-M", "q35", "-fw_cfg", "name=bootorder,string=x")
# -k
x("r13-k-de-ch", "-M", "q35", "-k", "de-ch", steps=[QST])
x("r13-k-help", "-M", "pc", "-k", "help")
# -parallel
x("r13-parallel-null-pc", "-M", "pc", "-parallel", "null", steps=[QTREE, CHR])
x("r13-parallel-null-twice", "-M", "pc", "-parallel", "null", "-parallel", "null", steps=[QTREE])
x("r13-parallel-four", "-M", "pc", *["-parallel", "null"] * 4)
x("r13-parallel-chardev", "-M", "pc", "-chardev", "null,id=lp", "-parallel", "chardev:lp", steps=[CHR, QTREE])
x("r13-parallel-chardev-missing", "-M", "pc", "-parallel", "chardev:nosuch")
x("r13-parallel-none-then-device", "-M", "pc", "-parallel", "none", "-device", "isa-parallel,chardev=lp",
  "-chardev", "null,id=lp", steps=[QTREE])
p("r13-parallel-pseries", "-M", "pseries", "-parallel", "null", steps=[CHR])
# -serial, -monitor, -qmp, -mon spellings
x("r13-serial-none", "-M", "pc", "-serial", "none", steps=[CHR, QTREE])
x("r13-serial-vc", "-M", "pc", "-serial", "vc", steps=[CHR, QCHR])
x("r13-serial-chardev-null", "-M", "q35", "-chardev", "null,id=s0", "-serial", "chardev:s0", steps=[CHR, QTREE])
x("r13-serial-five", "-M", "pc", *["-serial", "null"] * 5)
x("r13-serial-four", "-M", "pc", *["-serial", "null"] * 4, steps=[QTREE])
x("r13-serial-dev-null", "-M", "pc", "-serial", "/dev/null", steps=[CHR])
x("r13-serial-tcp-server", "-M", "q35", "-serial", "tcp:127.0.0.1:%d,server=on,wait=off" % port(), steps=[CHR])
x("r13-monitor-vc", "-M", "pc", "-monitor", "vc", steps=[CHR])
x("r13-monitor-chardev", "-M", "pc", "-chardev", "null,id=m0", "-monitor", "chardev:m0", steps=[CHR])
x("r13-monitor-chardev-missing", "-M", "pc", "-monitor", "chardev:nosuch")
x("r13-qmp-null", "-M", "q35", "-qmp", "null", steps=[CHR])
x("r13-qmp-none", "-M", "q35", "-qmp", "none", steps=[CHR])
x("r13-mon-chardev-missing", "-M", "q35", "-mon", "chardev=nosuch,mode=control")
x("r13-mon-same-chardev-twice", "-M", "q35", "-chardev", "null,id=m0", "-mon", "chardev=m0", "-mon", "chardev=m0")
x("r13-serial-and-monitor-same-chardev", "-M", "pc", "-chardev", "null,id=c0", "-serial", "chardev:c0", "-monitor", "chardev:c0",
  expect_crash=True, note="QEMU aborts: the monitor takes a chardev the serial port holds (error_abort in qemu_chr_fe_init)")
p("r13-serial-pseries-two", "-M", "pseries", "-serial", "null", "-serial", "null", steps=[QTREE, CHR])
p("r13-serial-pseries-none", "-M", "pseries", "-serial", "none", steps=[CHR])
p("r13-monitor-pseries-vc", "-M", "pseries", "-monitor", "vc", steps=[CHR])
# -display, -nographic
x("r13-nographic-display-none", "-M", "q35", "-nographic", steps=[QDISP, CHR])
x("r13-nographic-vga-std", "-M", "pc", "-nographic", "-vga", "std", steps=[PCI])
x("r13-display-none-unknown-key", "-M", "q35", "-display", "none,foo=bar")
x("r13-display-none-gl-off", "-M", "q35", "-display", "none,gl=off", steps=[QDISP])
p("r13-nographic-pseries", "-M", "pseries", "-nographic", steps=[QDISP, CHR])
# -vga per machine
x("r13-vga-cirrus-q35", "-M", "q35", "-vga", "cirrus", steps=[PCI])
x("r13-vga-vmware-q35", "-M", "q35", "-vga", "vmware", steps=[PCI])
x("r13-vga-tcx", "-M", "pc", "-vga", "tcx")
x("r13-vga-cg3", "-M", "q35", "-vga", "cg3")
x("r13-vga-xenfb", "-M", "pc", "-vga", "xenfb")
x("r13-vga-std-option", "-M", "pc", "-vga", "std,xres=800")
x("r13-vga-microvm", "-M", "microvm", "-vga", "std")
p("r13-vga-pseries-virtio", "-M", "pseries", "-vga", "virtio", steps=[PCI])
p("r13-vga-pseries-none", "-M", "pseries", "-vga", "none", steps=[PCI])
p("r13-vga-pseries-vmware", "-M", "pseries", "-vga", "vmware")
# -no-user-config / -nodefaults and what remains
x("r13-own-q35-defaults", *OWN, "-M", "q35", base=False, steps=[CHR, USB, hmp("info mice")[0]])
x("r13-own-q35-nodefaults", *OWN, "-nodefaults", "-M", "q35", base=False, steps=[PCI, CHR, QTREE])
x("r13-own-nodefaults-parallel", *OWN, "-nodefaults", "-parallel", "null", base=False, steps=[CHR, QTREE])
x("r13-own-microvm-defaults", *OWN, "-M", "microvm", base=False, steps=[CHR])
p("r13-own-pseries-defaults", *OWN, "-M", "pseries", base=False, steps=[CHR, PCI, USB])
p("r13-own-pseries-nodefaults", *OWN, "-nodefaults", "-M", "pseries", base=False, steps=[CHR, PCI, QTREE])
# -accel tcg's properties and errors
x("r13-accel-thread-bad", *OWN, "-nodefaults", "-accel", "tcg,thread=triple", base=False)
x("r13-accel-tb-size-neg", *OWN, "-nodefaults", "-accel", "tcg,tb-size=-1", base=False)
x("r13-accel-unknown-prop", *OWN, "-nodefaults", "-accel", "tcg,nosuch=1", base=False)
x("r13-accel-nosuch", *OWN, "-nodefaults", "-accel", "nosuch", base=False)
x("r13-accel-qom-tb-size", *OWN, "-nodefaults", "-accel", "tcg,tb-size=16", base=False, steps=ACCEL("tb-size", "thread"))
x("r13-accel-qom-split-wx", *OWN, "-nodefaults", "-accel", "tcg,split-wx=on", base=False, steps=ACCEL("split-wx"))
x("r13-accel-qom-default", "-M", "q35", steps=ACCEL("tb-size", "split-wx", "thread", "one-insn-per-tb"))
x("r13-accel-machine-fallback-list", *OWN, "-nodefaults", "-machine", "q35,accel=tcg:kvm", base=False, steps=[QST, QKVM])
x("r13-accel-machine-accel-bad-list", *OWN, "-nodefaults", "-machine", "q35,accel=nosuch:other", base=False)
x("r13-accel-thread-multi-smp", *OWN, "-nodefaults", "-accel", "tcg,thread=multi", "-smp", "4", base=False,
  steps=[HPC, *ACCEL("thread")])
p("r13-accel-pseries-single-smp", "-M", "pseries", "-smp", "2", steps=[HPC, *ACCEL("thread")])
p("r13-accel-pseries-tb-size-bad", *OWN, "-nodefaults", "-accel", "tcg,tb-size=big", base=False)
# -icount, -overcommit, -msg
x("r13-icount-shift-word", "-M", "q35", "-icount", "shift=fast")
x("r13-icount-shift-negative", "-M", "q35", "-icount", "shift=-1")
x("r13-icount-unknown-key", "-M", "q35", "-icount", "shift=1,speed=2")
x("r13-icount-align-fixed-shift", "-M", "q35", "-icount", "shift=3,align=on")
x("r13-icount-sleep-on", "-M", "q35", "-icount", "shift=auto,sleep=on", steps=[QST])
x("r13-overcommit-cpu-pm-on", "-M", "q35", "-overcommit", "cpu-pm=on", steps=[QST])
x("r13-overcommit-unknown-key", "-M", "q35", "-overcommit", "mem-lock=off,swap=on")
x("r13-overcommit-mem-lock-on", "-M", "q35", "-overcommit", "mem-lock=on", steps=[QST])
x("r13-msg-guest-name-maybe", "-M", "q35", "-msg", "guest-name=maybe")
x("r13-msg-unknown-key", "-M", "q35", "-msg", "colour=on")
# -d, -D, -L, -bios
x("r13-d-nosuch", "-M", "q35", "-d", "nosuch")
x("r13-d-mixed-bad", "-M", "q35", "-d", "int,nosuch")
x("r13-d-trace-no-D", "-M", "q35", "-d", "trace:nosuch_event_*", steps=[QST])
x("r13-L-empty", "-M", "q35", "-L", "", steps=[QST])
x("r13-bios-dev-null", "-M", "pc", "-bios", "/dev/null")
x("r13-bios-dir", "-M", "q35", "-bios", "/tmp")
p("r13-bios-pseries-dev-null", "-M", "pseries", "-bios", "/dev/null")
# -global on x86 board devices
x("r13-global-piix4-disable-s3", "-M", "pc", "-global", "PIIX4_PM.disable_s3=1", "-global", "PIIX4_PM.disable_s4=1", steps=[QTREE])
x("r13-global-piix4-nosuch", "-M", "pc", "-global", "PIIX4_PM.nosuch=1")
x("r13-global-ich9-s3-bad", "-M", "q35", "-global", "ICH9-LPC.disable_s3=maybe")
x("r13-global-pit-iobase", "-M", "pc", "-global", "isa-pit.iobase=0x48", steps=[QTREE])
x("r13-global-ioapic-version", "-M", "q35", "-global", "ioapic.version=0x11", steps=[QTREE])
x("r13-global-fw-cfg-slots", "-M", "q35", "-global", "fw_cfg_io.x-file-slots=64", steps=[QTREE])
x("r13-global-hpet-intcap", "-M", "pc", "-global", "hpet.hpet-intcap=0x4", steps=[QTREE])
x("r13-global-pcspk-bad", "-M", "pc", "-global", "isa-pcspk.iobase=lots")
# x86 -machine properties
x("r13-mprops-vmport-on-q35", "-M", "q35,vmport=on", steps=[QTREE, *MG("vmport")])
x("r13-mprops-vmport-bad", "-M", "pc,vmport=maybe")
x("r13-mprops-smm-on-pc", "-M", "pc,smm=on", steps=MG("smm"))
x("r13-mprops-smm-auto", "-M", "pc,smm=auto", steps=MG("smm"))
x("r13-mprops-pic-bad", "-M", "q35,pic=maybe")
x("r13-mprops-pit-bad", "-M", "pc,pit=2")
x("r13-mprops-usb-bad", "-M", "pc,usb=maybe")
x("r13-mprops-dump-guest-core-bad", "-M", "q35,dump-guest-core=maybe")
x("r13-mprops-acpi-bad", "-M", "pc,acpi=maybe")
x("r13-mprops-usb-on-q35", "-M", "q35,usb=on", steps=[USB, PCI])
x("r13-mprops-smbus-off-pc", "-M", "pc,smbus=off", steps=[PCI, *MG("smbus")])
x("r13-mprops-irqchip-split-q35", "-M", "q35,kernel-irqchip=split", steps=MG("kernel-irqchip"))
x("r13-mprops-suppress-vmdesc-pc", "-M", "pc,suppress-vmdesc=on", steps=MG("suppress-vmdesc"))
x("r13-mprops-nvdimm-q35", "-M", "q35,nvdimm=on", steps=MG("nvdimm", "nvdimm-persistence"))
x("r13-mprops-nvdimm-persistence-cpu", "-M", "pc,nvdimm=on,nvdimm-persistence=cpu", steps=MG("nvdimm-persistence"))
x("r13-mprops-nvdimm-persistence-bad", "-M", "pc,nvdimm=on,nvdimm-persistence=disk")
x("r13-mprops-memory-backend-missing", "-M", "q35,memory-backend=nosuch")
x("r13-mprops-memory-backend-q35", "-M", "q35,memory-backend=ram0", "-m", "512M", "-object", "memory-backend-ram,id=ram0,size=512M",
  steps=[hmp("info memdev")[0], *MG("memory-backend")])
x("r13-mprops-memory-backend-not-memory", "-M", "q35,memory-backend=r0", "-object", "rng-builtin,id=r0")
x("r13-mprops-hpet-on-pc-old", "-M", "pc-i440fx-2.12,hpet=on", steps=[QTREE, *MG("hpet")])
x("r13-mprops-fd-bootchk", "-M", "pc,fd-bootchk=off", steps=MG("fd-bootchk"))
x("r13-mprops-bus-lock-ratelimit", "-M", "q35,bus-lock-ratelimit=1000", steps=MG("bus-lock-ratelimit"))
x("r13-mprops-unknown-with-valid", "-M", "q35,hpet=off,nosuch=on")
# options of one target given to the other
x("r13-cross-cap-htm-on-pc", "-M", "pc,cap-htm=off")
x("r13-cross-ic-mode-on-q35", "-M", "q35,ic-mode=xive")
x("r13-cross-prom-env-on-x86", "-M", "q35", "-prom-env", "auto-boot?=false")
x("r13-cross-spapr-vscsi-on-pc", "-M", "pc", "-device", "spapr-vscsi")
x("r13-cross-machine-pseries-on-x86", "-M", "pseries")
x("r13-cross-cpu-power9-on-x86", "-M", "q35", "-cpu", "POWER9")
p("r13-cross-hpet-on-pseries", "-M", "pseries,hpet=off")
p("r13-cross-no-acpi-on-pseries", "-M", "pseries", "-no-acpi")
p("r13-cross-acpitable-on-pseries", "-M", "pseries", "-acpitable", "sig=SLIC")
p("r13-cross-global-ich9-on-pseries", "-M", "pseries", "-global", "ICH9-LPC.disable_s3=1", steps=[QST])
p("r13-cross-k-and-vga-on-pseries", "-M", "pseries", "-k", "fr", "-vga", "std", steps=[PCI])


# Measured while fixing round 13 (r13m-): TCG's setters in turn, -rtc's
# dates around the epoch, set_boot_dev's limits, -monitor/-qmp chardev:ID
# and "none" forms, ports and monitors sharing a chardev, host device paths
# as -serial/-parallel, query-display-options' members, SMBIOS type 11's
# files, -fw_cfg's keys, pseries' firmware size, the PIT's iobase on q35,
# -vga on boards without a VGA.
x("r13m-accel-split-wx-maybe", *OWN, "-nodefaults", "-accel", "tcg,split-wx=maybe", base=False)
x("r13m-accel-tb-size-2-32", *OWN, "-nodefaults", "-accel", "tcg,tb-size=4294967296", base=False)
x("r13m-accel-tb-size-hex", *OWN, "-nodefaults", "-accel", "tcg,tb-size=0x10", base=False, steps=ACCEL("tb-size"))
x("r13m-accel-thread-bad-then-unknown", *OWN, "-nodefaults", "-accel", "tcg,thread=x,nosuch=1", base=False)
x("r13m-accel-unknown-then-thread-bad", *OWN, "-nodefaults", "-accel", "tcg,nosuch=1,thread=x", base=False)
x("r13m-accel-tb-size-suffix", *OWN, "-nodefaults", "-accel", "tcg,tb-size=1G", base=False)
x("r13m-rtc-epoch-minus-2", "-M", "q35", "-rtc", "base=1969-12-31T23:59:58", steps=[QST])
x("r13m-rtc-date-before-epoch", "-M", "q35", "-rtc", "base=1969-12-31", steps=[QST])
x("r13m-rtc-epoch", "-M", "q35", "-rtc", "base=1970-01-01T00:00:00", steps=[QST])
x("r13m-boot-order-p-pc", "-M", "pc", "-boot", "order=p")
x("r13m-boot-order-three", "-M", "q35", "-boot", "order=cdn", steps=MG("boot"))
x("r13m-boot-isapc-four", "-M", "isapc", "-boot", "order=ncda")
x("r13m-monitor-none-prefix", "-M", "pc", "-monitor", "nonesuch", steps=[CHR])
x("r13m-qmp-chardev", "-M", "pc", "-chardev", "null,id=q0", "-qmp", "chardev:q0", steps=[CHR])
x("r13m-mon-and-monitor-chardev", "-M", "pc", "-chardev", "null,id=m0", "-mon", "chardev=m0", "-monitor", "chardev:m0")
x("r13m-serial-chardev-twice", "-M", "pc", "-chardev", "null,id=c0", "-serial", "chardev:c0", "-serial", "chardev:c0",
  expect_crash=True, note="QEMU aborts: a second port takes a chardev the first holds (error_abort in qemu_chr_fe_init)")
x("r13m-serial-parallel-same", "-M", "pc", "-chardev", "null,id=c0", "-serial", "chardev:c0", "-parallel", "chardev:c0",
  expect_crash=True, note="QEMU aborts: a second port takes a chardev the first holds (error_abort in qemu_chr_fe_init)")
x("r13m-serial-mux-twice", "-M", "pc", "-chardev", "null,id=c0,mux=on", "-serial", "chardev:c0", "-serial", "chardev:c0",
  steps=[CHR])
x("r13m-parallel-dev-null", "-M", "pc", "-parallel", "/dev/null", steps=[CHR])
x("r13m-display-none-cursor", "-M", "q35", "-display", "none,show-cursor=on,full-screen=off", steps=[QDISP])
x("r13m-nographic-after-display-gl", "-M", "q35", "-display", "none,gl=off", "-nographic", steps=[QDISP])
x("r13m-smbios-type11-dev-null", "-M", "q35", "-smbios", "type=11,value=a,path=/dev/null", steps=[STATUS])
x("r13m-smbios-type11-path-then-key", "-M", "q35", "-smbios", "type=11,path=/nonexistent/a,colour=red")
x("r13m-fw-cfg-file-then-key", "-M", "q35", "-fw_cfg", "name=opt/x,file=/nonexistent/a,colour=red")
p("r13m-bios-pseries-too-big", "-M", "pseries", "-bios", img("big.fd"), files=["big.fd"])
x("r13m-global-pit-iobase-q35", "-M", "q35", "-global", "isa-pit.iobase=0x48", steps=[QTREE])
p("r13m-nvdimm-persistence-pseries", "-M", "pseries,nvdimm-persistence=disk")
x("r13m-vga-machine-none", "-M", "none", "-vga", "std")
x("r13m-vga-microvm-none", "-M", "microvm", "-vga", "none", steps=[QST])

# Round 14 (r14-, 2026-12-07): what round 13 left unmeasured and what a blog
# reader pastes next: -qmp-pretty's forms, a second -monitor and monitors
# sharing chardevs, -serial/-parallel/-monitor naming host paths that do not
# exist, -display none's keys and -vnc none read back, -accel tcg's bad values
# given where QEMU reaches them (the recorder's own "-accel tcg" comes first
# otherwise: OWN lines), -overcommit, -msg (no timestamped stderr), -sandbox,
# -action with the monitor's resets, -compat on monitor commands, -icount,
# -d/-D/-dfilter, -k, -S with cont/stop, -loadvm and savevm without a disk,
# -incoming defer with query-migrate, -prom-env on pseries, -nodefaults beside
# -vga/-serial/-monitor, and -smp/-m typos.
QMIG = qmp("query-migrate")
CONT, STOP = qmp("cont"), qmp("stop")
# -qmp-pretty
x("r14-qmp-pretty-chardev", "-M", "q35", "-chardev", "null,id=q0", "-qmp-pretty", "chardev:q0", steps=[CHR, QCHR])
x("r14-qmp-pretty-none", "-M", "q35", "-qmp-pretty", "none", steps=[CHR])
x("r14-qmp-pretty-null", "-M", "pc", "-qmp-pretty", "null", steps=[CHR])
x("r14-qmp-pretty-chardev-missing", "-M", "q35", "-qmp-pretty", "chardev:nosuch")
x("r14-qmp-pretty-tcp", "-M", "q35", "-qmp-pretty", "tcp:127.0.0.1:%d,server=on,wait=off" % port(), steps=[CHR])
x("r14-qmp-pretty-and-qmp", "-M", "pc", "-qmp", "null", "-qmp-pretty", "null", steps=[CHR])
x("r14-qmp-pretty-vc", "-M", "pc", "-qmp-pretty", "vc", steps=[CHR])
x("r14-qmp-pretty-empty", "-M", "pc", "-qmp-pretty", "")
p("r14-qmp-pretty-pseries", "-M", "pseries", "-chardev", "null,id=q0", "-qmp-pretty", "chardev:q0", steps=[CHR])
# a second -monitor, monitors sharing chardevs
x("r14-monitor-chardev-two", "-M", "q35", "-chardev", "null,id=m0", "-chardev", "null,id=m1",
  "-monitor", "chardev:m0", "-monitor", "chardev:m1", steps=[CHR, QCHR])
x("r14-monitor-chardev-same-twice", "-M", "q35", "-chardev", "null,id=m0", "-monitor", "chardev:m0", "-monitor", "chardev:m0")
x("r14-monitor-and-qmp-same-chardev", "-M", "pc", "-chardev", "null,id=m0", "-monitor", "chardev:m0", "-qmp", "chardev:m0")
x("r14-monitor-mux-serial", "-M", "pc", "-chardev", "null,id=m0,mux=on", "-monitor", "chardev:m0", "-serial", "chardev:m0",
  steps=[CHR, QCHR])
x("r14-monitor-mux-two-monitors", "-M", "pc", "-chardev", "null,id=m0,mux=on", "-monitor", "chardev:m0", "-qmp", "chardev:m0",
  steps=[CHR])
x("r14-monitor-null-and-chardev", "-M", "pc", "-monitor", "null", "-chardev", "null,id=m1", "-monitor", "chardev:m1", steps=[CHR])
x("r14-monitor-none-twice", "-M", "pc", "-monitor", "none", "-monitor", "none", steps=[CHR])
x("r14-monitor-null-three", "-M", "q35", "-monitor", "null", "-monitor", "null", "-monitor", "null", steps=[CHR])
x("r14-mon-mode-readline-chardev", "-M", "q35", "-chardev", "null,id=m0", "-mon", "chardev=m0,mode=readline,pretty=on")
x("r14-mon-mode-bad", "-M", "q35", "-chardev", "null,id=m0", "-mon", "chardev=m0,mode=fancy")
x("r14-mon-no-chardev", "-M", "q35", "-mon", "mode=control")
x("r14-mon-pretty-control", "-M", "q35", "-chardev", "null,id=m0", "-mon", "chardev=m0,mode=control,pretty=on", steps=[CHR])
x("r14-mon-id-twice", "-M", "q35", "-chardev", "null,id=m0", "-chardev", "null,id=m1", "-mon", "chardev=m0,id=mon",
  "-mon", "chardev=m1,id=mon")
x("r14-monitor-chardev-then-chardev-remove", "-M", "q35", "-chardev", "null,id=m0", "-monitor", "chardev:m0",
  steps=[qmp("chardev-remove", id="m0"), CHR])
# host paths that do not exist
x("r14-serial-dev-missing", "-M", "pc", "-serial", "/dev/ttyNOSUCH0")
x("r14-serial-dev-missing-usb", "-M", "q35", "-serial", "/dev/ttyUSB97")
x("r14-parallel-dev-missing", "-M", "pc", "-parallel", "/dev/parport97")
x("r14-monitor-dev-missing", "-M", "pc", "-monitor", "/dev/nosuch-mon")
x("r14-serial-file-missing-dir", "-M", "pc", "-serial", "file:/nonexistent/dir/serial.log")
x("r14-serial-pipe-missing", "-M", "pc", "-serial", "pipe:/nonexistent/dir/pipe")
x("r14-serial-unix-missing-dir", "-M", "pc", "-serial", "unix:/nonexistent/dir/s.sock,server=on,wait=off")
x("r14-serial-unknown-backend", "-M", "pc", "-serial", "nosuch:abc")
x("r14-serial-tcp-no-port", "-M", "pc", "-serial", "tcp:127.0.0.1")
x("r14-serial-dev-dir", "-M", "pc", "-serial", "/dev")
x("r14-chardev-serial-path-missing", "-M", "pc", "-chardev", "serial,id=s0,path=/dev/ttyNOSUCH0", "-serial", "chardev:s0")
x("r14-chardev-tty-path-missing", "-M", "pc", "-chardev", "tty,id=s0,path=/dev/ttyNOSUCH1")
x("r14-chardev-parallel-path-missing", "-M", "pc", "-chardev", "parallel,id=p0,path=/dev/parport97")
p("r14-serial-pseries-dev-missing", "-M", "pseries", "-serial", "/dev/ttyNOSUCH0")
# -display none's keys, -vnc none
x("r14-display-none-gl-on", "-M", "q35", "-display", "none,gl=on")
x("r14-display-none-gl-core", "-M", "q35", "-display", "none,gl=core")
x("r14-display-none-gl-es", "-M", "pc", "-display", "none,gl=es")
x("r14-display-none-gl-bad", "-M", "pc", "-display", "none,gl=maybe")
x("r14-display-none-window-close", "-M", "q35", "-display", "none,window-close=off", steps=[QDISP])
x("r14-display-none-full-screen", "-M", "q35", "-display", "none,full-screen=on", steps=[QDISP])
x("r14-display-none-show-cursor-bad", "-M", "q35", "-display", "none,show-cursor=maybe")
x("r14-display-none-twice", "-M", "q35", "-display", "none,full-screen=on", "-display", "none", steps=[QDISP])
x("r14-display-none-empty-type", "-M", "q35", "-display", ",full-screen=on")
x("r14-display-type-key", "-M", "q35", "-display", "type=none", steps=[QDISP])
x("r14-display-json", "-M", "q35", "-display", '{"type":"none"}', steps=[QDISP])
x("r14-display-vnc-none", "-M", "q35", "-vnc", "none", steps=[QDISP, qmp("query-vnc")])
x("r14-display-vnc-none-twice", "-M", "q35", "-vnc", "none", "-vnc", "none", steps=[qmp("query-vnc")])
p("r14-display-pseries-none-gl-on", "-M", "pseries", "-display", "none,gl=on")
p("r14-display-pseries-none-keys", "-M", "pseries", "-display", "none,full-screen=on,show-cursor=off", steps=[QDISP])
# -accel tcg's bad values where QEMU reaches them
x("r14-accel-split-wx-bad-q35", *OWN, "-nodefaults", "-machine", "q35", "-accel", "tcg,split-wx=maybe", base=False)
x("r14-accel-tb-size-bad-q35", *OWN, "-nodefaults", "-machine", "q35", "-accel", "tcg,tb-size=1G", base=False)
x("r14-accel-tb-size-zero-q35", *OWN, "-nodefaults", "-machine", "q35", "-accel", "tcg,tb-size=0", base=False,
  steps=[QST, *ACCEL("tb-size")])
x("r14-accel-one-insn-bad", *OWN, "-nodefaults", "-accel", "tcg,one-insn-per-tb=maybe", base=False)
x("r14-accel-thread-multi-icount", *OWN, "-nodefaults", "-machine", "q35", "-accel", "tcg,thread=multi", "-icount", "shift=1",
  base=False)
x("r14-accel-thread-single-icount", *OWN, "-nodefaults", "-accel", "tcg,thread=single", "-icount", "shift=1", base=False,
  steps=[*ACCEL("thread")])
x("r14-accel-set-bad-value", *OWN, "-nodefaults", "-accel", "tcg,id=a0", "-set", "accel.a0.thread=triple", base=False)
x("r14-accel-set-tb-size", *OWN, "-nodefaults", "-accel", "tcg,id=a0", "-set", "accel.a0.tb-size=8", base=False,
  steps=ACCEL("tb-size"))
x("r14-accel-empty", *OWN, "-nodefaults", "-accel", "", base=False)
x("r14-accel-accel-key", *OWN, "-nodefaults", "-accel", "accel=tcg,thread=single", base=False, steps=ACCEL("thread"))
x("r14-accel-split-wx-off-multi", *OWN, "-nodefaults", "-accel", "tcg,split-wx=off,thread=multi", "-smp", "2", base=False,
  steps=ACCEL("split-wx", "thread"))
p("r14-accel-pseries-split-wx-bad", *OWN, "-nodefaults", "-accel", "tcg,split-wx=maybe", base=False)
p("r14-accel-pseries-thread-single", *OWN, "-nodefaults", "-accel", "tcg,thread=single", "-smp", "2", base=False,
  steps=ACCEL("thread"))
# -overcommit, -msg, -sandbox
x("r14-overcommit-both", "-M", "q35", "-overcommit", "mem-lock=off,cpu-pm=off", "-overcommit", "cpu-pm=on", steps=[QST])
x("r14-overcommit-json", "-M", "q35", "-overcommit", '{"mem-lock":false}')
x("r14-overcommit-mem-lock-bare", "-M", "q35", "-overcommit", "mem-lock")
x("r14-overcommit-help", "-M", "q35", "-overcommit", "help")
x("r14-msg-timestamp-on-quiet", "-M", "q35", "-msg", "timestamp=on", steps=[QST])
x("r14-msg-guest-name-error", "-M", "q35", "-name", "guest=web01", "-msg", "guest-name=on", "-device", "nosuch")
x("r14-msg-guest-name-no-name-error", "-M", "q35", "-msg", "guest-name=on", "-device", "nosuch")
x("r14-msg-timestamp-off-error", "-M", "q35", "-msg", "timestamp=off", "-smp", "two")
x("r14-msg-guest-name-name-after", "-M", "q35", "-msg", "guest-name=on", "-name", "vm7", "-m", "2X")
x("r14-msg-guest-name-monitor", "-M", "q35", "-name", "web01", "-msg", "guest-name=on",
  steps=[{"hmp": "device_add nosuch"}, qmp("device_add", driver="nosuch")])
x("r14-sandbox-on-monitor", "-M", "q35", "-sandbox", "on", steps=[QST, CHR])
x("r14-sandbox-empty", "-M", "q35", "-sandbox", "")
x("r14-sandbox-json", "-M", "q35", "-sandbox", '{"enable":true}')
x("r14-sandbox-resourcecontrol-bad", "-M", "q35", "-sandbox", "on,resourcecontrol=allow")
x("r14-sandbox-twice", "-M", "q35", "-sandbox", "on", "-sandbox", "off", steps=[QST])
p("r14-sandbox-pseries", "-M", "pseries", "-sandbox", "on,obsolete=deny", steps=[QST])
# -action with the monitor's resets
x("r14-action-shutdown-pause-powerdown", "-M", "q35", "-action", "shutdown=pause", steps=[PWR, QST])
x("r14-action-reboot-shutdown-hmp", "-M", "pc", "-action", "reboot=shutdown", steps=[{"hmp": "system_reset"}, STATUS])
x("r14-action-reboot-shutdown-no-shutdown", "-M", "q35", "-action", "reboot=shutdown", "-no-shutdown",
  steps=[RST, QST, CONT, QST])
x("r14-action-twice", "-M", "q35", "-action", "reboot=shutdown", "-action", "reboot=reset", steps=[RST, QST])
x("r14-action-unknown-key", "-M", "q35", "-action", "reset=pause")
x("r14-action-json", "-M", "q35", "-action", '{"reboot":"shutdown"}')
x("r14-action-bare-word", "-M", "q35", "-action", "pause")
x("r14-set-action-watchdog", "-M", "q35", steps=[qmp("set-action", watchdog="inject-nmi"), qmp("set-action", watchdog="nosuch"),
                                                 qmp("set-action", shutdown="nosuch")])
x("r14-no-reboot-reset-twice", "-M", "q35", "-no-reboot", steps=[RST, RST, QST, CONT, QST])
x("r14-no-shutdown-powerdown-hmp", "-M", "pc", "-no-shutdown", steps=[{"hmp": "system_powerdown"}, STATUS])
p("r14-action-pseries-reboot-shutdown", "-M", "pseries", "-action", "reboot=shutdown,shutdown=pause", steps=[RST, QST])
# -compat on the monitor's commands
x("r14-compat-unstable-reject-x-query", "-M", "q35", "-compat", "unstable-input=reject",
  steps=[qmp("x-query-ramblock"), QST])
x("r14-compat-unstable-accept-x-query", "-M", "q35", "-compat", "unstable-input=accept", steps=[qmp("x-query-irq")])
x("r14-compat-output-hide-bad", "-M", "q35", "-compat", "deprecated-output=drop")
x("r14-compat-empty", "-M", "q35", "-compat", "")
x("r14-compat-twice", "-M", "q35", "-compat", "unstable-input=reject", "-compat", "unstable-input=accept",
  steps=[qmp("x-query-irq")])  # (not x-query-ramblock: 10.0 prints the host's addresses)
# -icount
x("r14-icount-shift-zero", "-M", "q35", "-icount", "shift=0", steps=[QST])
x("r14-icount-shift-ten", "-M", "q35", "-icount", "shift=10", steps=[QST])
x("r14-icount-empty", "-M", "q35", "-icount", "")
x("r14-icount-twice", "-M", "q35", "-icount", "shift=1", "-icount", "shift=2", steps=[QST])
x("r14-icount-rr-replay-no-file", "-M", "q35", "-icount", "shift=1,rr=replay")
x("r14-icount-align-no-shift", "-M", "q35", "-icount", "align=on")
p("r14-icount-pseries", "-M", "pseries", "-icount", "shift=3", steps=[QST])
# -d, -D, -dfilter
x("r14-d-D-dev-null", "-M", "q35", "-d", "guest_errors,unimp", "-D", "/dev/null", steps=[QST])
x("r14-D-dir", "-M", "q35", "-d", "int", "-D", "/tmp")
x("r14-D-empty", "-M", "q35", "-D", "")
x("r14-d-page", "-M", "q35", "-d", "page", steps=[QST])
x("r14-d-trailing-comma", "-M", "q35", "-d", "int,", "-D", "/dev/null", steps=[QST])
x("r14-dfilter-range", "-M", "q35", "-dfilter", "0x1000..0x2000", steps=[QST])
x("r14-dfilter-plus", "-M", "q35", "-dfilter", "0x1000+0x100,0x8000-0x10", steps=[QST])
x("r14-dfilter-bad", "-M", "q35", "-dfilter", "nosuch")
x("r14-dfilter-bad-range", "-M", "q35", "-dfilter", "0x2000..0x1000")
x("r14-dfilter-empty", "-M", "q35", "-dfilter", "")
x("r14-log-hmp", "-M", "q35", steps=[{"hmp": "log guest_errors"}, {"hmp": "log nosuch"}, {"hmp": "log none"}])
# -k
x("r14-k-with-vnc-none", "-M", "q35", "-k", "fr", "-vnc", "none", steps=[qmp("query-vnc")])
x("r14-k-twice", "-M", "q35", "-k", "de", "-k", "fr", steps=[QST])
x("r14-k-upper", "-M", "q35", "-k", "DE", steps=[QST])
p("r14-k-pseries-help", "-M", "pseries", "-k", "help")
# -S with cont/stop/query-status
x("r14-S-cont-stop", "-M", "q35", steps=[QST, CONT, QST, STOP, QST])
x("r14-S-cont-twice", "-M", "pc", steps=[CONT, CONT, QST])
x("r14-S-stop-stopped", "-M", "q35", steps=[STOP, QST])
x("r14-S-hmp-c-stop", "-M", "pc", steps=[{"hmp": "c"}, STATUS, {"hmp": "stop"}, STATUS])
x("r14-S-twice", "-M", "q35", "-S", steps=[QST])
x("r14-no-S-running", "-no-user-config", "-nodefaults", "-display", "none", "-M", "q35", base=False, steps=[QST, STOP, QST])
p("r14-S-pseries-cont-stop", "-M", "pseries", steps=[CONT, QST, STOP, QST])
# -loadvm, savevm without a disk
x("r14-loadvm-no-disk", "-M", "q35", "-loadvm", "snap1")
x("r14-loadvm-empty", "-M", "q35", "-loadvm", "")
x("r14-savevm-no-disk", "-M", "q35", steps=[{"hmp": "savevm snap1"}, {"hmp": "info snapshots"}, {"hmp": "loadvm snap1"},
                                           {"hmp": "delvm snap1"}])
x("r14-loadvm-raw-disk", "-M", "q35", "-drive", "file=%s,format=raw,if=virtio" % img("disk.raw"), "-loadvm", "snap1",
  files=["disk.raw"])
x("r14-loadvm-qcow2-no-snapshot", "-M", "q35", "-drive", "file=%s,format=qcow2,if=virtio" % img("disk.qcow2"),
  "-loadvm", "snap1", files=["disk.qcow2"])
p("r14-loadvm-pseries-no-disk", "-M", "pseries", "-loadvm", "snap1")
# -incoming defer
x("r14-incoming-defer", "-M", "q35", "-incoming", "defer", steps=[QST, QMIG, hmp("info migrate")[0]])
x("r14-incoming-defer-cont", "-M", "q35", "-incoming", "defer", steps=[CONT, QST])
x("r14-incoming-defer-migrate-bad-uri", "-M", "q35", "-incoming", "defer",
  steps=[qmp("migrate-incoming", uri="nosuch:x"), QST])
x("r14-incoming-no-defer-migrate-incoming", "-M", "q35", steps=[qmp("migrate-incoming", uri="tcp:127.0.0.1:%d" % port())])
x("r14-incoming-bad-uri", "-M", "q35", "-incoming", "nosuch:x")
x("r14-incoming-defer-twice", "-M", "q35", "-incoming", "defer", "-incoming", "defer", steps=[QST])
x("r14-incoming-defer-loadvm", "-M", "q35", "-incoming", "defer", "-loadvm", "snap1")
p("r14-incoming-pseries-defer", "-M", "pseries", "-incoming", "defer", steps=[QST, QMIG])
# -prom-env on pseries
p("r14-prom-env-status", "-M", "pseries", "-prom-env", "auto-boot?=false", steps=[QST])
p("r14-prom-env-empty", "-M", "pseries", "-prom-env", "")
p("r14-prom-env-empty-value", "-M", "pseries", "-prom-env", "boot-device=", steps=[QST])
p("r14-prom-env-many", "-M", "pseries", *[a for i in range(8) for a in ("-prom-env", "var%d=%d" % (i, i))], steps=[QST])
p("r14-prom-env-spaces", "-M", "pseries", "-prom-env", "boot-command=dev / 0 0 s\" ibm,nvram\" property boot", steps=[QST])
p("r14-prom-env-old-machine", "-M", "pseries-2.12", "-prom-env", "auto-boot?=false", steps=[QST])
# -nodefaults beside -vga/-serial/-monitor
x("r14-own-nodefaults-vga-std", *OWN, "-nodefaults", "-vga", "std", base=False, steps=[PCI])
x("r14-own-vga-std-then-nodefaults", *OWN, "-vga", "std", "-nodefaults", base=False, steps=[PCI])
x("r14-own-nodefaults-serial-null", *OWN, "-nodefaults", "-serial", "null", base=False, steps=[CHR, QTREE])
x("r14-own-nodefaults-monitor-null", *OWN, "-nodefaults", "-monitor", "null", base=False, steps=[CHR])
x("r14-own-nodefaults-q35-vga-virtio", *OWN, "-nodefaults", "-M", "q35", "-vga", "virtio", base=False, steps=[PCI])
x("r14-own-nodefaults-usb", *OWN, "-nodefaults", "-usb", base=False, steps=[USB, PCI])
x("r14-own-nodefaults-nographic-serial", *OWN, "-nodefaults", "-nographic", "-serial", "null", base=False, steps=[CHR, QDISP])
x("r14-own-defaults-vga-none", *OWN, "-vga", "none", "-M", "q35", base=False, steps=[PCI])
x("r14-own-defaults-serial-none-monitor-none", *OWN, "-serial", "none", "-monitor", "none", "-parallel", "none",
  base=False, steps=[CHR])
p("r14-own-pseries-nodefaults-vga-std", *OWN, "-nodefaults", "-M", "pseries", "-vga", "std", base=False, steps=[PCI])
p("r14-own-pseries-nodefaults-serial", *OWN, "-nodefaults", "-M", "pseries", "-serial", "null", base=False, steps=[CHR, QTREE])
# -smp and -m typos
for name, val in [("cores-empty", "4,cores="), ("cores-bare", "4,cores"), ("double-comma", "cores=2,,threads=2"),
                  ("socket", "4,socket=2"), ("maxcpu", "4,maxcpu=8"), ("leading-comma", ",cores=2"),
                  ("mismatch", "4,sockets=2,cores=2,threads=2"), ("cpus-twice", "2,cpus=4"), ("spaces", "4, cores=2"),
                  ("hex", "0x4"), ("trailing-comma", "4,"), ("negative", "-2"), ("maxcpus-word", "2,maxcpus=many"),
                  ("threads-zero", "4,threads=0")]:
    x("r14-smp-" + name, "-M", "q35", "-smp", val, steps=[HPC])
for name, val in [("slots-empty", "1G,slots="), ("maxmem-empty", "1G,maxmem="), ("slots-no-maxmem", "1G,slots=4"),
                  ("unit-GB", "1GB"), ("unit-lower-g", "1g"), ("size-twice", "1G,size=2G"), ("leading-comma", ",size=1G"),
                  ("maxmem-word", "1G,slots=2,maxmem=big"), ("slots-word", "1G,slots=two,maxmem=2G"),
                  ("unknown-key", "1G,max=2G"), ("spaces", "1G, slots=2"), ("trailing-comma", "1G,"),
                  ("maxmem-equal", "1G,slots=1,maxmem=1G")]:
    x("r14-m-" + name, "-M", "q35", "-m", val, steps=[hmp("info memory_size_summary")[0]])
p("r14-smp-pseries-cores-empty", "-M", "pseries", "-smp", "4,cores=", steps=[HPC])
p("r14-m-pseries-slots-empty", "-M", "pseries", "-m", "1G,slots=")

# Measured while fixing round 14 (r14m-): the aliases' warning once, monitor
# ids shared with -mon, -mon's pretty values, -display's visit order,
# -accel's implied key and -set, icount with MTTCG, -dfilter's forms, -D ''
# with a mask, -msg guest-name around a warning, -loadvm with read-only
# disks, migrate-incoming twice.
x("r14m-chardev-tty-twice", "-M", "pc", "-chardev", "null,id=n0", "-chardev", "tty,id=s0,path=/dev/null",
  "-chardev", "tty,id=s1,path=/dev/null", steps=[CHR])
x("r14m-chardev-parport-missing", "-M", "pc", "-chardev", "parport,id=p0,path=/dev/parport97")
x("r14m-mon-id-then-monitor-chardev", "-M", "q35", "-chardev", "null,id=m0", "-chardev", "null,id=m1",
  "-mon", "chardev=m1,id=m0", "-monitor", "chardev:m0")
x("r14m-monitor-chardev-then-mon-id", "-M", "q35", "-chardev", "null,id=m0", "-chardev", "null,id=m1",
  "-monitor", "chardev:m0", "-mon", "chardev=m1,id=m0")
x("r14m-mon-pretty-bad", "-M", "q35", "-chardev", "null,id=m0", "-mon", "chardev=m0,mode=control,pretty=maybe")
x("r14m-mon-pretty-default-mode", "-M", "q35", "-chardev", "null,id=m0", "-mon", "chardev=m0,pretty=on")
x("r14m-mon-pretty-missing-chardev", "-M", "q35", "-mon", "chardev=nosuch,pretty=on")
x("r14m-qmp-pretty-same-chardev", "-M", "q35", "-chardev", "null,id=q0", "-qmp", "chardev:q0", "-qmp-pretty", "chardev:q0")
x("r14m-display-gl-bad-and-unknown", "-M", "q35", "-display", "none,nosuch=1,gl=maybe")
x("r14m-display-bool-bad-and-unknown", "-M", "q35", "-display", "none,nosuch=1,full-screen=maybe")
x("r14m-display-window-close-gl-on", "-M", "q35", "-display", "none,window-close=on,gl=on")
x("r14m-display-gl-off-then-nographic", "-M", "q35", "-display", "none,gl=on", "-nographic")
x("r14m-accel-accel-twice", *OWN, "-nodefaults", "-accel", "accel=nosuch,accel=tcg", base=False, steps=ACCEL("thread"))
x("r14m-accel-set-unknown", *OWN, "-nodefaults", "-accel", "tcg,id=a0", "-set", "accel.a0.nosuch=1", base=False)
x("r14m-accel-set-then-own-bad", *OWN, "-nodefaults", "-accel", "tcg,id=a0,thread=x", "-set", "accel.a0.tb-size=x", base=False)
x("r14m-accel-multi-icount-auto", *OWN, "-nodefaults", "-accel", "tcg,thread=multi", "-icount", "shift=auto", base=False)
x("r14m-accel-multi-icount-sleep-only", *OWN, "-nodefaults", "-accel", "tcg,thread=multi", "-icount", "sleep=off",
  base=False, steps=ACCEL("thread"))
x("r14m-accel-multi-icount-bad-shift", *OWN, "-nodefaults", "-accel", "tcg,thread=multi", "-icount", "shift=99", base=False)
x("r14m-icount-align-sleep", "-M", "q35", "-icount", "align=on,sleep=off")
x("r14m-dfilter-trailing-comma", "-M", "q35", "-dfilter", "0x1000+0x10,")
x("r14m-dfilter-no-left", "-M", "q35", "-dfilter", "+0x10")
x("r14m-dfilter-no-right", "-M", "q35", "-dfilter", "0x1000..")
x("r14m-dfilter-word-right", "-M", "q35", "-dfilter", "0x1000-x")
x("r14m-dfilter-equal", "-M", "q35", "-dfilter", "0x1000..0x1000", steps=[QST])
x("r14m-dfilter-twice", "-M", "q35", "-dfilter", "0x1000..0x2000", "-dfilter", "bad")
x("r14m-D-empty-with-d", "-M", "q35", "-d", "int", "-D", "")
x("r14m-msg-guest-name-warning-then-error", "-M", "q35", "-msg", "guest-name=on", "-name", "vm7", "-global", "nosuch.x=1",
  "-smp", "two")
x("r14m-msg-name-before-msg-error", "-M", "q35", "-name", "vm8", "-smp", "two", "-msg", "guest-name=on")
x("r14m-loadvm-cdrom-only", "-M", "q35", "-cdrom", img("install.iso"), "-loadvm", "snap1", files=["install.iso"])
x("r14m-loadvm-raw-readonly", "-M", "q35", "-drive", "file=%s,format=raw,if=virtio,readonly=on" % img("disk.raw"),
  "-loadvm", "snap1", files=["disk.raw"])
x("r14m-loadvm-qcow2-and-raw", "-M", "q35", "-drive", "file=%s,format=qcow2,if=virtio" % img("disk.qcow2"),
  "-drive", "file=%s,format=raw,if=virtio" % img("disk.raw"), "-loadvm", "snap1", files=["disk.qcow2", "disk.raw"])
x("r14m-incoming-defer-migrate-twice-bad", "-M", "q35", "-incoming", "defer",
  steps=[qmp("migrate-incoming", uri="nosuch:x"), qmp("migrate-incoming", uri="other:y"), QMIG])
x("r14m-incoming-bad-uri-loadvm-order", "-M", "q35", "-incoming", "nosuch:x", "-smp", "two")

# Round 15 (r15-, 2026-12-07): command lines copied from blog posts, wikis and
# distro docs (Arch wiki, Gentoo, Ubuntu, QEMU's own docs) as a reader pastes
# them, mistakes included: -nographic with a multiplexed serial monitor (not
# on stdio: the recorder's QMP is there), -kernel/-initrd/-append naming
# missing files or a disk image, -bios and OVMF's pflash at distro paths that
# do not exist, -boot's menu/splash-time/order/once, -usb with USB input,
# -vga's types and the GL devices this build lacks, -nic/-net/-netdev user
# with NIC models (no hostfwd: it binds a host port), -rtc, -name, -uuid,
# -smbios type=1, -machine accel=tcg with kernel_irqchip, intel-iommu's
# intremap with and without the split irqchip, kvm-pit's -global, -cpu
# host/max and -enable-kvm where the answer does not need /dev/kvm, pseries
# guides' -m 4G -smp 4 -vga none -nographic; and the mistakes: misspelled
# options, missing values, typographic dashes, stray words after the image.
NAMEQ15 = [hmp("info name")[0], qmp("query-name")]
UUIDQ15 = [hmp("info uuid")[0], qmp("query-uuid")]
MICE15 = hmp("info mice")[0]
EDK2 = "/usr/share/edk2/ovmf/OVMF_CODE.fd"  # Fedora's path: on neither recording host
# -nographic with a multiplexed monitor (QEMU's docs: mon:telnet, mux chardevs)
x("r15-nographic-serial-mon-telnet", "-M", "q35", "-nographic",
  "-serial", "mon:telnet:127.0.0.1:%d,server=on,wait=off" % port(), steps=[CHR, QCHR])
x("r15-nographic-serial-mon-null", "-M", "pc", "-nographic", "-serial", "mon:null", steps=[CHR])
x("r15-nographic-mux-chardev-mon", "-M", "pc", "-nographic", "-chardev", "null,id=char0,mux=on",
  "-serial", "chardev:char0", "-mon", "chardev=char0,mode=readline", steps=[CHR])
x("r15-nographic-vga-std", "-M", "q35", "-nographic", "-vga", "std", steps=[PCI, QDISP])
x("r15-nographic-monitor-none-serial-null", "-M", "pc", "-nographic", "-monitor", "none", "-serial", "null", steps=[CHR])
x("r15-nographic-twice", "-M", "q35", "-nographic", "-nographic", steps=[QDISP])
x("r15-nographic-typo-s", "-M", "q35", "-nographics")
x("r15-nographic-double-dash", "-M", "q35", "--nographic", steps=[QDISP])
x("r15-nographic-en-dash", "-M", "q35", "\u2013nographic")
p("r15-nographic-pseries-vga-none", "-M", "pseries", "-nographic", "-vga", "none", steps=[CHR])
p("r15-nographic-pseries-serial-mon-null", "-M", "pseries", "-nographic", "-serial", "mon:null", steps=[CHR])
# -kernel, -initrd, -append
x("r15-kernel-arch-missing", "-M", "q35", "-kernel", "/boot/vmlinuz-linux", "-initrd", "/boot/initramfs-linux.img",
  "-append", "root=/dev/sda1 rw console=ttyS0")
x("r15-kernel-missing-initrd-missing", "-M", "pc", "-kernel", "/nonexistent/bzImage", "-initrd", "/nonexistent/initrd.img")
x("r15-initrd-no-kernel", "-M", "pc", "-initrd", "/nonexistent/initrd.img")
x("r15-kernel-disk-image", "-M", "q35", "-kernel", img("vm.img"), "-append", "console=ttyS0", files=["vm.img"], steps=[QST])
x("r15-kernel-disk-image-initrd", "-M", "q35", "-kernel", img("vm.img"), "-initrd", img("disk.raw"),
  files=["vm.img", "disk.raw"])
x("r15-kernel-disk-image-initrd-missing", "-M", "pc", "-kernel", img("vm.img"), "-initrd", "/nonexistent/initrd.img",
  files=["vm.img"])
x("r15-append-unquoted-words", "-M", "q35", "-kernel", "/nonexistent/bzImage", "-append", "root=/dev/vda", "console=ttyS0")
x("r15-append-unquoted-no-kernel", "-M", "q35", "-append", "root=/dev/vda", "console=ttyS0")
x("r15-dtb-no-kernel", "-M", "q35", "-dtb", "/nonexistent/board.dtb")
p("r15-kernel-pseries-missing", "-M", "pseries", "-kernel", "/boot/vmlinux", "-append", "root=/dev/sda2")
p("r15-initrd-pseries-no-kernel", "-M", "pseries", "-initrd", "/nonexistent/initrd.img")
p("r15-append-pseries-no-kernel", "-M", "pseries", "-append", "console=hvc0")
p("r15-kernel-pseries-disk-image", "-M", "pseries", "-kernel", img("vm.img"), files=["vm.img"])
# -bios and OVMF's pflash
x("r15-bios-edk2-missing", "-M", "q35", "-bios", EDK2)
x("r15-bios-ovmf-declared", "-M", "q35", "-bios", img("OVMF_CODE.fd"), files=["OVMF_CODE.fd"], steps=[QST])
x("r15-pflash-edk2-missing", "-M", "q35", "-drive", "if=pflash,format=raw,readonly=on,file=" + EDK2)
x("r15-pflash-code-vars", "-M", "q35", "-drive", "if=pflash,format=raw,readonly=on,file=" + img("OVMF_CODE.fd"),
  "-drive", "if=pflash,format=raw,file=" + img("OVMF_VARS.fd"), files=["OVMF_CODE.fd", "OVMF_VARS.fd"], steps=[QST])
x("r15-pflash-vars-missing", "-M", "q35", "-drive", "if=pflash,format=raw,readonly=on,file=" + img("OVMF_CODE.fd"),
  "-drive", "if=pflash,format=raw,file=/nonexistent/OVMF_VARS.fd", files=["OVMF_CODE.fd"])
x("r15-pflash-no-format", "-M", "q35", "-drive", "if=pflash,readonly=on,file=" + img("OVMF_CODE.fd"),
  files=["OVMF_CODE.fd"], steps=[QST])
x("r15-pflash-read-only-typo", "-M", "q35", "-drive", "if=pflash,format=raw,read-only=on,file=" + img("OVMF_CODE.fd"),
  files=["OVMF_CODE.fd"])
x("r15-pflash-readonly-bare", "-M", "q35", "-drive", "if=pflash,format=raw,readonly,file=" + img("OVMF_CODE.fd"),
  files=["OVMF_CODE.fd"], steps=[QST])
x("r15-pflash-and-bios-missing", "-M", "q35", "-bios", EDK2, "-drive",
  "if=pflash,format=raw,readonly=on,file=" + img("OVMF_CODE.fd"), files=["OVMF_CODE.fd"], steps=[QST])
x("r15-pflash-pc", "-M", "pc", "-drive", "if=pflash,format=raw,readonly=on,file=" + img("OVMF_CODE.fd"),
  files=["OVMF_CODE.fd"], steps=[QST])
x("r15-pflash-qcow2-format-raw", "-M", "q35", "-drive", "if=pflash,format=raw,readonly=on,file=" + img("disk.qcow2"),
  files=["disk.qcow2"])
p("r15-bios-pseries-missing", "-M", "pseries", "-bios", EDK2)
# -boot
x("r15-boot-menu-splash-time", "-M", "q35", "-boot", "menu=on,splash-time=5000", steps=[QST])
x("r15-boot-order-dc-menu", "-M", "pc", "-boot", "order=dc,menu=on", steps=[QST])
x("r15-boot-once-d", "-M", "pc", "-boot", "once=d", steps=[QST, RST, QST])
x("r15-boot-legacy-d-cdrom", "-M", "pc", "-cdrom", img("install.iso"), "-boot", "d", files=["install.iso"], steps=[QST])
x("r15-boot-splash-time-empty", "-M", "q35", "-boot", "menu=on,splash-time=")
x("r15-boot-menu-yes", "-M", "q35", "-boot", "menu=yes")
x("r15-boot-strict-order-c", "-M", "q35", "-boot", "strict=on,order=c", steps=[QST])
x("r15-boot-splash-missing", "-M", "q35", "-boot", "menu=on,splash=/nonexistent/bootsplash.jpg,splash-time=3000")
x("r15-boot-order-dc-once-n", "-M", "pc", "-boot", "order=dc,once=n", steps=[QST])
x("r15-boot-order-typo", "-M", "pc", "-boot", "oder=dc")
p("r15-boot-pseries-order-d", "-M", "pseries", "-boot", "order=d", steps=[QST])
p("r15-boot-pseries-menu", "-M", "pseries", "-boot", "menu=on", steps=[QST])
# -usb and USB input
x("r15-usb-tablet-pc", "-M", "pc", "-usb", "-device", "usb-tablet", steps=[USB, MICE15])
x("r15-usb-mouse-kbd-q35", "-M", "q35", "-usb", "-device", "usb-mouse", "-device", "usb-kbd", steps=[USB, MICE15])
x("r15-usb-tablet-no-usb", "-M", "pc", "-device", "usb-tablet")
x("r15-usb-tablet-bus", "-M", "pc", "-usb", "-device", "usb-tablet,bus=usb-bus.0", steps=[USB])
x("r15-usbdevice-tablet", "-M", "pc", "-usb", "-usbdevice", "tablet", steps=[USB, MICE15])
x("r15-usbdevice-tablet-no-usb", "-M", "pc", "-usbdevice", "tablet", steps=[USB])
x("r15-usb-tablet-before-xhci", "-M", "q35", "-device", "usb-tablet", "-device", "qemu-xhci")
x("r15-usb-ehci-tablet", "-M", "q35", "-device", "usb-ehci,id=ehci", "-device", "usb-tablet,bus=ehci.0", steps=[USB])
x("r15-usb-tablet-typo", "-M", "pc", "-usb", "-device", "usb-tablets")
x("r15-usb-xhci-tablet-kbd", "-M", "q35", "-device", "qemu-xhci,id=xhci", "-device", "usb-tablet,bus=xhci.0",
  "-device", "usb-kbd,bus=xhci.0", steps=[USB, MICE15])
p("r15-usb-pseries-kbd-mouse", "-M", "pseries", "-usb", "-device", "usb-kbd", "-device", "usb-mouse", steps=[USB])
p("r15-usb-pseries-tablet-vga-none", "-M", "pseries", "-vga", "none", "-usb", "-device", "usb-tablet", steps=[USB])
# -vga and the GL devices
for v in ["std", "virtio", "qxl", "cirrus", "none"]:
    x("r15-vga-%s-pc" % v, "-M", "pc", "-vga", v, steps=[PCI])
for v in ["std", "qxl"]:
    x("r15-vga-%s-q35" % v, "-M", "q35", "-vga", v, steps=[PCI])
x("r15-vga-std-then-none", "-M", "pc", "-vga", "std", "-vga", "none", steps=[PCI])
x("r15-vga-virtio-gl-device", "-M", "q35", "-device", "virtio-vga-gl")
x("r15-vga-virtio-gpu-gl-pci", "-M", "q35", "-device", "virtio-gpu-gl-pci")
x("r15-vga-virtio-vga-gl-display-gl", "-M", "q35", "-device", "virtio-vga-gl", "-display", "none,gl=on")
x("r15-vga-qxl-vga-device", "-M", "pc", "-device", "qxl-vga")
x("r15-vga-vga-vgamem", "-M", "q35", "-vga", "none", "-device", "VGA,vgamem_mb=64", steps=[PCI])
x("r15-vga-virtio-and-device", "-M", "q35", "-vga", "virtio", "-device", "virtio-vga")
x("r15-vga-missing-value", "-M", "pc", "-vga")
p("r15-vga-pseries-std", "-M", "pseries", "-vga", "std", steps=[PCI])
p("r15-vga-pseries-qxl", "-M", "pseries", "-vga", "qxl")
# -nic, -net, -netdev user (no hostfwd)
x("r15-nic-user-virtio-net-pci", "-M", "q35", "-nic", "user,model=virtio-net-pci", steps=[PCI])
x("r15-nic-user-e1000", "-M", "pc", "-nic", "user,model=e1000", steps=[PCI])
x("r15-nic-user-virtio", "-M", "pc", "-nic", "user,model=virtio", steps=[PCI])
x("r15-nic-user-virtio-net-typo", "-M", "pc", "-nic", "user,model=virtio-net")
x("r15-nic-model-help", "-M", "pc", "-nic", "model=help")
x("r15-nic-user-mac", "-M", "q35", "-nic", "user,model=e1000e,mac=52:54:00:12:34:56", steps=[PCI])
x("r15-nic-none", "-M", "q35", "-nic", "none", steps=[PCI])
x("r15-net-nic-e1000-user", "-M", "pc", "-net", "nic,model=e1000", "-net", "user", steps=[PCI])
x("r15-net-nic-user", "-M", "pc", "-net", "nic", "-net", "user", steps=[PCI])
x("r15-net-nic-virtio-user", "-M", "q35", "-net", "nic,model=virtio", "-net", "user", steps=[PCI])
x("r15-net-user-only", "-M", "pc", "-net", "user")
x("r15-net-nic-only", "-M", "pc", "-net", "nic,model=e1000")
x("r15-netdev-user-e1000", "-M", "pc", "-netdev", "user,id=n0", "-device", "e1000,netdev=n0", steps=[PCI, NET])
x("r15-netdev-user-virtio-mac", "-M", "q35", "-netdev", "user,id=n0",
  "-device", "virtio-net-pci,netdev=n0,mac=52:54:00:12:34:56", steps=[PCI, NET])
x("r15-netdev-user-wrong-id", "-M", "pc", "-netdev", "user,id=n0", "-device", "e1000,netdev=net0")
x("r15-netdev-user-no-device", "-M", "pc", "-netdev", "user,id=n0", steps=[NET])
x("r15-netdev-user-net-dhcpstart", "-M", "q35", "-netdev", "user,id=n0,net=10.0.2.0/24,dhcpstart=10.0.2.15",
  "-device", "e1000e,netdev=n0", steps=[NET])
x("r15-netdev-user-no-id", "-M", "pc", "-netdev", "user", "-device", "e1000")
x("r15-redir-removed", "-M", "pc", "-redir", "tcp:2222::22")
p("r15-net-pseries-nic-user", "-M", "pseries", "-net", "nic", "-net", "user", steps=[QTREE_QOM])
p("r15-nic-pseries-virtio", "-M", "pseries", "-nic", "user,model=virtio", steps=[PCI])
p("r15-netdev-pseries-spapr-vlan", "-M", "pseries", "-netdev", "user,id=n0", "-device", "spapr-vlan,netdev=n0", steps=[NET])
# -rtc
x("r15-rtc-base-utc", "-M", "q35", "-rtc", "base=utc", steps=[QST])
x("r15-rtc-base-localtime", "-M", "pc", "-rtc", "base=localtime", steps=[QST])
x("r15-rtc-localtime-clock-host", "-M", "q35", "-rtc", "base=localtime,clock=host", steps=[QST])
x("r15-rtc-utc-clock-vm", "-M", "q35", "-rtc", "base=utc,clock=vm", steps=[QST])
x("r15-rtc-clock-bad", "-M", "pc", "-rtc", "base=utc,clock=guest")
x("r15-rtc-base-upper", "-M", "pc", "-rtc", "base=UTC")
x("r15-rtc-driftfix-slew-pc", "-M", "pc", "-rtc", "base=localtime,driftfix=slew", steps=[QST])
p("r15-rtc-pseries-utc-host", "-M", "pseries", "-rtc", "base=utc,clock=host", steps=[QST])
# -name, -uuid, -smbios type=1
x("r15-name-guest-debug-threads", "-M", "q35", "-name", "guest=win10,debug-threads=on", steps=NAMEQ15)
x("r15-name-process", "-M", "q35", "-name", "ubuntu,process=qemu-ubuntu", steps=NAMEQ15)
x("r15-name-debug-threads-yes", "-M", "q35", "-name", "guest=vm,debug-threads=yes")
x("r15-name-debug-threads-only", "-M", "q35", "-name", "debug-threads=on", steps=NAMEQ15)
x("r15-name-spaces", "-M", "q35", "-name", "My Ubuntu VM", steps=NAMEQ15)
x("r15-uuid-valid", "-M", "q35", "-uuid", "5a9d9e4c-3c1f-4b5e-9c3a-2f1d7e8b6a10", steps=UUIDQ15)
x("r15-uuid-braces", "-M", "q35", "-uuid", "{5a9d9e4c-3c1f-4b5e-9c3a-2f1d7e8b6a10}")
x("r15-uuid-short", "-M", "q35", "-uuid", "1234")
p("r15-uuid-pseries", "-M", "pseries", "-uuid", "5a9d9e4c-3c1f-4b5e-9c3a-2f1d7e8b6a10", steps=UUIDQ15)
x("r15-smbios-type1-dell", "-M", "q35", "-smbios", "type=1,manufacturer=Dell Inc.,product=PowerEdge R640,serial=ABC1234",
  steps=[QST])
x("r15-smbios-type1-uuid", "-M", "q35", "-smbios", "type=1,uuid=5a9d9e4c-3c1f-4b5e-9c3a-2f1d7e8b6a10", steps=UUIDQ15)
x("r15-smbios-type1-uuid-and-uuid", "-M", "q35", "-uuid", "11111111-2222-3333-4444-555555555555",
  "-smbios", "type=1,uuid=5a9d9e4c-3c1f-4b5e-9c3a-2f1d7e8b6a10", steps=UUIDQ15)
x("r15-smbios-type1-uuid-bad", "-M", "q35", "-smbios", "type=1,uuid=nosuch")
x("r15-smbios-type1-typo", "-M", "q35", "-smbios", "type=1,manufacter=Dell")
x("r15-smbios-type1-family-sku", "-M", "pc", "-smbios", "type=1,family=Laptop,sku=X1,version=1.0", steps=[QST])
p("r15-smbios-pseries", "-M", "pseries", "-smbios", "type=1,manufacturer=IBM")
# -machine accel=tcg, kernel_irqchip, intel-iommu, kvm-pit
x("r15-own-q35-accel-tcg-irqchip-split", *OWN, "-nodefaults", "-machine", "q35,accel=tcg,kernel_irqchip=split", base=False,
  steps=[QST])
x("r15-own-pc-accel-tcg-irqchip-on", *OWN, "-nodefaults", "-machine", "pc,accel=tcg,kernel-irqchip=on", base=False,
  steps=[QST])
x("r15-own-machine-type-q35-accel-tcg", *OWN, "-nodefaults", "-machine", "type=q35,accel=tcg", base=False, steps=[QST])
x("r15-own-two-machine-options", *OWN, "-nodefaults", "-machine", "type=q35", "-machine", "accel=tcg", base=False, steps=[QST])
x("r15-machine-accel-tcg-with-accel", "-machine", "q35,accel=tcg")
x("r15-enable-kvm-with-accel", "-M", "q35", "-enable-kvm")
x("r15-own-enable-kvm-accel-tcg", *OWN, "-nodefaults", "-enable-kvm", "-accel", "tcg", base=False)
x("r15-own-enable-kvm-machine-accel-tcg", *OWN, "-nodefaults", "-enable-kvm", "-machine", "q35,accel=tcg", base=False)
x("r15-enable-kvm-underscore", "-M", "q35", "-enable_kvm")
x("r15-no-kvm-removed", "-M", "q35", "-no-kvm")
x("r15-iommu-split-intremap", "-machine", "q35,kernel-irqchip=split", "-device", "intel-iommu,intremap=on", steps=[QST, PCI])
x("r15-iommu-intremap-no-split", "-M", "q35", "-device", "intel-iommu,intremap=on", steps=[QST])
x("r15-iommu-irqchip-on-intremap", "-M", "q35,kernel-irqchip=on", "-device", "intel-iommu,intremap=on", steps=[QST])
x("r15-iommu-underscore-split-intremap", "-M", "q35,kernel_irqchip=split", "-device",
  "intel-iommu,intremap=on,caching-mode=on", steps=[QST])
x("r15-iommu-pc", "-M", "pc", "-device", "intel-iommu")
x("r15-iommu-intremap-yes", "-M", "q35", "-device", "intel-iommu,intremap=yes")
x("r15-global-kvm-pit-q35", "-M", "q35", "-global", "kvm-pit.lost_tick_policy=delay", "-rtc", "base=localtime,driftfix=slew",
  steps=[QST])
x("r15-global-kvm-pit-typo", "-M", "q35", "-global", "kvm-pit.lost-tick-policy=delay", steps=[QST])
# -cpu host / max
x("r15-cpu-max-smp-m", "-M", "q35", "-cpu", "max", "-smp", "4", "-m", "4G", steps=[HPC])
x("r15-own-cpu-host-default-accel", *OWN, "-nodefaults", "-cpu", "host", base=False)
x("r15-cpu-host-kvm-off", "-M", "q35", "-cpu", "host,kvm=off,hv_vendor_id=whatever")
x("r15-cpu-max-kvm-off", "-M", "q35", "-cpu", "max,kvm=off", steps=[QST])
x("r15-cpu-max-plus-flag", "-M", "q35", "-cpu", "max,+avx2", steps=[QST])
p("r15-cpu-pseries-max", "-M", "pseries", "-cpu", "max", steps=[QST])
# pseries guides
p("r15-pseries-m4g-smp4", "-M", "pseries", "-m", "4G", "-smp", "4", steps=[HPC])
p("r15-pseries-guide-vga-none-nographic", "-M", "pseries", "-m", "4G", "-smp", "4", "-vga", "none", "-nographic",
  steps=[HPC, CHR])
p("r15-pseries-cdrom-boot-d", "-M", "pseries", "-m", "4G", "-smp", "4", "-cdrom", img("install.iso"), "-boot", "d",
  "-nographic", "-vga", "none", files=["install.iso"], steps=[QST])
p("r15-pseries-virtio-disk", "-M", "pseries", "-m", "4G", "-drive", "file=%s,if=virtio,format=qcow2" % img("disk.qcow2"),
  "-nographic", files=["disk.qcow2"], steps=[PCI])
p("r15-pseries-slots-maxmem", "-M", "pseries", "-m", "4G,slots=4,maxmem=8G", "-smp", "4,maxcpus=8", steps=[HPC])
p("r15-own-pseries-accel-tcg", *OWN, "-nodefaults", "-machine", "pseries,accel=tcg", "-m", "4G", "-smp", "4", base=False,
  steps=[QST])
p("r15-pseries-enable-kvm-with-accel", "-M", "pseries", "-enable-kvm")
p("r15-pseries-vga-std-nographic", "-M", "pseries", "-vga", "std", "-nographic", steps=[PCI])
# mistakes: stray words, missing values
x("r15-stray-word-after-image", "-M", "q35", img("disk.qcow2"), "-m", "2G", "extra", files=["disk.qcow2"])
x("r15-stray-backslash", "-M", "q35", "-m", "2048", "\\", "-smp", "2")
x("r15-image-then-hda", "-M", "pc", img("disk.qcow2"), "-hda", img("disk.raw"), files=["disk.qcow2", "disk.raw"])
x("r15-cdrom-equals", "-M", "pc", "-cdrom=" + img("install.iso"), files=["install.iso"])
x("r15-vga-equals", "-M", "pc", "-vga=std")
x("r15-missing-value-boot", "-M", "pc", "-boot")
x("r15-missing-value-name", "-M", "pc", "-name")
x("r15-missing-value-kernel", "-M", "pc", "-kernel")
x("r15-memory-first-word", "-M", "q35", "-memory", "2G")
x("r15-smp-cpus-word", "-M", "q35", "-smp", "cpus=4,cores=2,threads=2,sockets=1", steps=[HPC])
x("r15-hda-missing-file", "-M", "pc", "-hda", "/var/lib/libvirt/images/ubuntu.qcow2")
x("r15-cdrom-missing-iso", "-M", "q35", "-cdrom", "~/Downloads/ubuntu-22.04-desktop-amd64.iso")

# Measured while fixing round 15 (r15m-): what the kernel loaders make of a
# file with no kernel in it (x86_load_linux's protocol 0 on pc, q35, isapc and
# microvm; spapr's load_elf), -bios beside a system flash.
x("r15m-kernel-tiny", "-M", "q35", "-kernel", img("master-key.aes"), files=["master-key.aes"])
x("r15m-kernel-tiny-initrd", "-M", "pc", "-kernel", img("master-key.aes"), "-initrd", "/nonexistent/initrd.img",
  files=["master-key.aes"])
x("r15m-kernel-append-vga-bad", "-M", "q35", "-kernel", img("vm.img"), "-append", "vga=foo console=ttyS0", files=["vm.img"],
  steps=[QST])
x("r15m-kernel-append-vga-ask", "-M", "q35", "-kernel", img("vm.img"), "-append", "vga=ask", files=["vm.img"], steps=[QST])
x("r15m-kernel-dtb", "-M", "q35", "-kernel", img("vm.img"), "-dtb", "/nonexistent/board.dtb", files=["vm.img"])
x("r15m-kernel-machine-initrd", "-M", "q35,initrd=/nonexistent/initrd.img", "-kernel", img("vm.img"), files=["vm.img"])
p("r15m-kernel-pseries-qcow2-initrd", "-M", "pseries", "-kernel", img("disk.qcow2"), "-initrd", "/nonexistent/initrd.img",
  files=["disk.qcow2"])
p("r15m-kernel-pseries-tiny", "-M", "pseries", "-kernel", img("master-key.aes"), files=["master-key.aes"])
x("r15m-bios-missing-pflash1-only", "-M", "q35", "-bios", EDK2, "-drive", "if=pflash,format=raw,unit=1,file=" + img("OVMF_VARS.fd"),
  files=["OVMF_VARS.fd"])
x("r15m-bios-missing-pflash0-blockdev", "-blockdev", j(driver="file", filename=img("OVMF_CODE.fd"), **{"node-name": "code", "read-only": True}),
  "-M", "q35,pflash0=code", "-bios", EDK2, files=["OVMF_CODE.fd"], steps=[QST])
x("r15m-bios-missing-pflash-pc", "-M", "pc", "-bios", "/nonexistent/bios.bin", "-drive",
  "if=pflash,format=raw,readonly=on,file=" + img("OVMF_CODE.fd"), files=["OVMF_CODE.fd"], steps=[QST])
p("r15m-kernel-pseries-bios-missing-first", "-M", "pseries", "-bios", "/nonexistent/fw", "-kernel", "/nonexistent/vmlinux")
x("r15m-kernel-bios-missing-first", "-M", "q35", "-bios", "/nonexistent/bios.bin", "-kernel", "/nonexistent/bzImage")
x("r15m-kernel-append-vga-hex-word", "-M", "pc", "-kernel", img("vm.img"), "-append", "quiet vga=0x317 splash", files=["vm.img"])
x("r15m-kernel-append-vga-trailing", "-M", "pc", "-kernel", img("vm.img"), "-append", "vga=791,quiet", files=["vm.img"])
x("r15m-kernel-isapc-missing", "-M", "isapc", "-kernel", "/nonexistent/bzImage")
x("r15m-kernel-microvm-missing", "-M", "microvm", "-kernel", "/nonexistent/vmlinux", "-append", "console=ttyS0")
x("r15m-kernel-isapc-disk-image-initrd", "-M", "isapc", "-kernel", img("vm.img"), "-initrd", "/nonexistent/initrd.img",
  files=["vm.img"])
x("r15m-kernel-microvm-disk-image-initrd", "-M", "microvm", "-kernel", img("vm.img"), "-initrd", "/nonexistent/initrd.img",
  files=["vm.img"])
x("r15m-kernel-microvm-disk-image", "-M", "microvm", "-kernel", img("vm.img"), "-append", "console=ttyS0", files=["vm.img"],
  steps=[QST])
x("r15m-kernel-microvm-vga-bad", "-M", "microvm", "-kernel", img("vm.img"), "-append", "vga=foo", files=["vm.img"])
x("r15m-bios-missing-pflash-isapc", "-M", "isapc", "-bios", "/nonexistent/bios.bin", "-drive",
  "if=pflash,format=raw,readonly=on,file=" + img("OVMF_CODE.fd"), files=["OVMF_CODE.fd"])

# Round 16 (r16-, 2026-12-07): command lines as learners paste them from sources
# the earlier fifteen rounds did not draw from, each with the monitor step or two
# a reader types next (info status/cpus/hotpluggable-cpus/pci/block/network, a
# CPU's device_add). (a) Proxmox VE's `qm showcmd` beyond round 10: NUMA nodes
# with their memory backends and cpus= ranges, memory hotplug (slots=255 with
# PVE's 4 TiB maxmem, pc-dimm devices), SATA on ahci, the lsi/megasas-gen2/pvscsi
# SCSI controllers, virtio-blk with its iothread, virtio-rng with max-bytes and
# period, HDA codecs, the ISA serial port, the cirrus and vmware displays,
# ICH9-LPC.acpi-pci-hotplug-with-bridge-support=off, hpet=off before type=; its
# -chardev/-mon sockets, -pidfile, -vnc unix: and the tap netdev are left out
# (the host's), the serial socket becomes a null chardev, the spice audiodev
# none, cache=none (O_DIRECT: the host's filesystem) writeback. (b) Lima and
# Colima (their QEMU driver's line on x86_64: q35 with OVMF, the diffdisk
# probed, cidata on a virtio-scsi CD, user networking on 192.168.5.0/24,
# virtio input and virtio-vga, -parallel none; their serial and QMP sockets,
# -pidfile and hostfwd left out, accel=kvm made tcg). (c) Kata Containers
# beyond round 11: pcie-root-port hotplug ports with B-suffixed reserves,
# `-device driver=...`, and what the runtime sends on QMP (CPU device_add with
# string ids, blockdev-add and virtio-blk-pci onto its bridge with romfile="" and
# share-rw, object-add and pc-dimm). (d) minikube's qemu2 driver and Multipass'
# QEMU backend (-nic user with hostname=, the positional disk, -chardev null as
# the serial port with -nographic; -qmp stdio/unix, -daemonize, hostfwd, tap
# and -bios OVMF.fd, a bare name the two hosts resolve differently, left out).
# (e) QEMU's own documentation: the CPU hotplug guide's line (IvyBridge-IBRS on
# pc with usb=off) and its QMP steps, invocation's -smp topology examples
# (dies, clusters), -numa cpu, -drive index=/media=/if=floppy/if=scsi, -global
# ide-hd.physical_block_size, -netdev user's tftp/hostname/net options,
# microvm's guide line, the x86 CPU model guide's models with flags. (f)
# pseries: QEMU's pseries guide (x-vof), IBM's AIX-on-QEMU and Linux-on-Power
# lines (prom-env, spapr-vscsi/vlan, threads=2), Debian's and Fedora's
# ppc64el quick starts (-hda on a machine without IDE). (g) Arch, Gentoo,
# Debian and Fedora wiki lines on x86 (-enable-kvm/-cpu host made -cpu max,
# displays left out). (h) cloud-image quick starts (seed ISOs, -rtc, -boot c,
# -k, -serial null, -monitor none, -nographic).
FILES.update({"diffdisk": ("qcow2", 64 << 20), "cidata.iso": ("raw", 1 << 20), "boot2docker.iso": ("raw", 4 << 20),
              "cloudimg.img": ("qcow2", 64 << 20), "cloud-init-config.iso": ("raw", 1 << 20), "floppy.img": ("raw", 1474560),
              "hdisk0.qcow2": ("qcow2", 64 << 20), "aix.iso": ("raw", 4 << 20), "seed.iso": ("raw", 1 << 20),
              "vm-101-disk-0.qcow2": ("qcow2", 32 << 20), "kata-blk.img": ("raw", 8 << 20)})
ST16, MEMSUM16 = hmp("info status")[0], hmp("info memory_size_summary")[0]
DA16 = lambda s: {"hmp": "device_add " + s}
CPUADD16 = lambda t, **ids: DA16(",".join([t] + ["%s=%s" % (k.replace("_", "-"), v) for k, v in ids.items()]))
IMGC16 = lambda b, cid, name: "%s/pc-%s-%s/%s" % (IMG, b, cid, name)
# (a) Proxmox VE's qm showcmd, made runnable (base args: -S, -display none, -accel tcg)
PVE16_UUID = "type=1,uuid=3e9b1c4d-6a2f-4b8e-9d7c-5f1a2b3c4d60"


def pve16(name, machine, smp="2,sockets=1,cores=2,maxcpus=2", mem="2048", cfg="q35", cpu="kvm64", extra=(), files=(), **kw):
    a = ["-name", "vm101,debug-threads=on", "-no-shutdown", "-smbios", PVE16_UUID, "-smp", smp, "-nodefaults",
         "-boot", "menu=on,strict=on,reboot-timeout=1000", "-cpu", PVE_CPU[cpu], "-m", mem]
    a += PVE_Q35_CFG if cfg == "q35" else PVE_I440_CFG
    a += ["-device", "vmgenid,guid=4c2e8a1f-9b3d-4e6a-8f7c-1d2e3f4a5b60"]
    a += list(extra)
    a += ["-machine", machine if "=" in machine else "type=" + machine]
    x("r16-pve-" + name, *a, files=list(files), **kw)


PVE16_DISK = lambda n="vm-101-disk-0.qcow2", i="scsi0": [
    "-drive", "file=%s,if=none,id=drive-%s,cache=writeback,format=qcow2,aio=threads,detect-zeroes=on" % (img(n), i)]
PVE16_NUMA = ["-object", "memory-backend-ram,id=ram-node0,size=1024M", "-numa", "node,nodeid=0,cpus=0-1,memdev=ram-node0",
              "-object", "memory-backend-ram,id=ram-node1,size=1024M", "-numa", "node,nodeid=1,cpus=2-3,memdev=ram-node1"]
NUMA16 = hmp("info numa")[0]
MEMDEVS16 = hmp("info memory-devices")[0]
pve16("numa-q35", "pc-q35-7.2", smp="4,sockets=2,cores=2,maxcpus=4", extra=PVE16_NUMA, steps=[NUMA16, HPC])
pve16("numa-hotplug", "pc-q35-7.2", smp="2,sockets=2,cores=2,maxcpus=4", extra=PVE16_NUMA,
      steps=[HPC, CPUADD16("kvm64-x86_64-cpu", id="cpu3", socket_id=1, core_id=0, thread_id=0), NUMA16, CPUS])
pve16("numa-hotplug-i440fx", "pc-i440fx-7.2", cfg="i440fx", smp="1,sockets=2,cores=2,maxcpus=4", extra=PVE16_NUMA,
      steps=[CPUADD16("kvm64-x86_64-cpu", id="cpu2", socket_id=0, core_id=1, thread_id=0),
             CPUADD16("kvm64-x86_64-cpu", id="cpu3", socket_id=1, core_id=0, thread_id=0), NUMA16, HPC])
pve16("memhp-maxmem-4t", "pc-q35-7.2", mem="size=2048,slots=255,maxmem=4194304M", extra=PVE16_NUMA,
      smp="4,sockets=2,cores=2,maxcpus=4")
pve16("memhp-one-node-short", "pc-q35-7.2", mem="size=2048,slots=255,maxmem=8192M", extra=PVE16_NUMA[:4],
      smp="2,sockets=1,cores=2,maxcpus=2")
pve16("memhp-dimm", "pc-q35-7.2", mem="size=1024,slots=255,maxmem=8192M",
      extra=["-object", "memory-backend-ram,id=ram-node0,size=1024M", "-numa", "node,nodeid=0,cpus=0-1,memdev=ram-node0",
             "-object", "memory-backend-ram,id=mem-dimm0,size=512M", "-device", "pc-dimm,id=dimm0,memdev=mem-dimm0,node=0"],
      steps=[MEMDEVS16, MEMSUM16, {"hmp": "object_add memory-backend-ram,id=mem-dimm1,size=512M"},
             DA16("pc-dimm,id=dimm1,memdev=mem-dimm1,node=0"), MEMSUM16])
pve16("memhp-dimm-no-node", "pc-i440fx-7.2", cfg="i440fx", mem="size=1024,slots=255,maxmem=8192M",
      extra=["-object", "memory-backend-ram,id=mem-dimm0,size=512M", "-device", "pc-dimm,id=dimm0,memdev=mem-dimm0,node=0"])
pve16("sata-i440fx", "pc-i440fx-7.2", cfg="i440fx",
      extra=["-device", "ahci,id=ahci0,multifunction=on,bus=pci.0,addr=0x7", *PVE16_DISK(i="sata0"),
             "-device", "ide-hd,bus=ahci0.0,drive=drive-sata0,id=sata0,bootindex=100"],
      files=["vm-101-disk-0.qcow2"], steps=[PCI, QTREE])
for hw in ["lsi", "megasas-gen2", "pvscsi"]:
    pve16("scsihw-" + hw, "pc-i440fx-7.2", cfg="i440fx",
          extra=["-device", "%s,id=scsihw0,bus=pci.0,addr=0x5" % hw, *PVE16_DISK(),
                 "-device", "scsi-hd,bus=scsihw0.0,scsi-id=0,drive=drive-scsi0,id=scsi0,bootindex=100"],
          files=["vm-101-disk-0.qcow2"], steps=[PCI, QTREE])
pve16("virtio-blk-iothread", "pc-i440fx-7.2", cfg="i440fx",
      extra=["-object", "iothread,id=iothread-virtio0", *PVE16_DISK(i="virtio0"),
             "-device", "virtio-blk-pci,drive=drive-virtio0,id=virtio0,bus=pci.0,addr=0xa,iothread=iothread-virtio0,bootindex=100"],
      files=["vm-101-disk-0.qcow2"], steps=[PCI, QGET("/machine/peripheral/virtio0", "iothread")])
pve16("rng", "pc-q35-7.2", extra=["-object", "rng-random,filename=/dev/urandom,id=rng0",
                                  "-device", "virtio-rng-pci,rng=rng0,max-bytes=1024,period=1000,bus=pci.1,addr=0x1d"],
      steps=[PCI, QGET("/machine/peripheral-anon/device[1]", "max-bytes")])
pve16("audio-hda", "pc-q35-7.2", extra=["-device", "ich9-intel-hda,id=audiodev0,bus=pci.2,addr=0xc",
                                        "-device", "hda-micro,id=audiodev0-codec0,bus=audiodev0.0,cad=0,audiodev=spice-backend0",
                                        "-device", "hda-duplex,id=audiodev0-codec1,bus=audiodev0.0,cad=1,audiodev=spice-backend0",
                                        "-audiodev", "none,id=spice-backend0"], steps=[PCI])
pve16("serial-null", "pc-i440fx-7.2", cfg="i440fx", extra=["-chardev", "null,id=serial0", "-device", "isa-serial,chardev=serial0"],
      steps=[CHR, ST16])
pve16("vga-cirrus", "pc-i440fx-7.2", cfg="i440fx", extra=["-device", "cirrus-vga,id=vga,bus=pci.0,addr=0x2"], steps=[PCI])
pve16("vga-vmware", "pc-q35-7.2", extra=["-device", "vmware-svga,id=vga,bus=pcie.0,addr=0x1"], steps=[PCI])
pve16("acpi-bridge-hotplug-off", "pc-q35-7.2", extra=["-global", "ICH9-LPC.acpi-pci-hotplug-with-bridge-support=off"],
      steps=[DA16("virtio-rng-pci,id=rng9,bus=pci.1,addr=0x1e"), PCI])
pve16("vcpus-i440fx", "pc-i440fx-7.2", cfg="i440fx", smp="1,sockets=2,cores=2,maxcpus=4",
      extra=["-device", "kvm64-x86_64-cpu,id=cpu2,socket-id=0,core-id=1,thread-id=0"],
      steps=[CPUS, CPUADD16("kvm64-x86_64-cpu", id="cpu3", socket_id=1, core_id=0, thread_id=0),
             CPUADD16("kvm64-x86_64-cpu", id="cpu4", socket_id=1, core_id=0, thread_id=0), HPC])
pve16("hpet-off-first", "hpet=off,type=pc-i440fx-7.2", cfg="i440fx", steps=[QGET("/machine", "hpet")])
x("r16-pve-machine-hpet-before-type", "-nodefaults", "-machine", "hpet=off,type=pc-q35-7.2", steps=[QGET("/machine", "hpet"), ST16])
x("r16-pve-machine-q35-81-hpet-off", "-nodefaults", "-machine", "hpet=off,type=pc-q35-8.1", steps=[ST16])
x("r16-pve-spice-audiodev-no-spice", "-audiodev", "spice,id=spice-backend0")
# (b) Lima and Colima
LIMA16 = lambda cid, mem="4096", smp="4,sockets=1,cores=4,threads=1", cpu="max": [
    "-S", "-no-user-config", "-m", mem, "-cpu", cpu, "-machine", "q35,accel=tcg", "-smp", smp,
    "-drive", "if=pflash,format=raw,readonly=on,file=" + img("OVMF_CODE.fd"),
    "-drive", "file=%s,if=virtio,discard=on" % img("diffdisk"),
    "-drive", "id=cdrom0,if=none,format=raw,readonly=on,file=" + img("cidata.iso"),
    "-device", "virtio-scsi-pci,id=scsi0", "-device", "scsi-cd,bus=scsi0.0,drive=cdrom0",
    "-netdev", "user,id=net0,net=192.168.5.0/24,dhcpstart=192.168.5.15",
    "-device", "virtio-net-pci,netdev=net0,mac=52:55:55:12:34:56", "-device", "virtio-rng-pci", "-display", "none",
    "-device", "virtio-vga", "-device", "virtio-keyboard-pci", "-device", "virtio-mouse-pci", "-device", "qemu-xhci,id=usb-bus",
    "-parallel", "none", "-name", "lima-" + cid]
LIMA16_FILES = ["OVMF_CODE.fd", "diffdisk", "cidata.iso"]
x("r16-lima-default", *LIMA16("default"), base=False, files=LIMA16_FILES, steps=[ST16, PCI, NET])
x("r16-lima-cpus", *LIMA16("cpus"), base=False, files=LIMA16_FILES,
  steps=[CPUS, HPC, CPUADD16("max-x86_64-cpu", socket_id=0, core_id=3, thread_id=0)])
x("r16-lima-boot-menu", *LIMA16("boot"), "-boot", "order=c,splash-time=0,menu=on", base=False, files=LIMA16_FILES,
  steps=[QGET("/machine", "boot"), ST16])
x("r16-lima-9p-mount", *LIMA16("mnt"), "-virtfs", "local,path=/tmp,mount_tag=lima-tmp,security_model=none,readonly=on",
  base=False, files=LIMA16_FILES, steps=[PCI])
x("r16-lima-serial-null", *LIMA16("ser"), "-chardev", "null,id=char-serial", "-serial", "chardev:char-serial",
  base=False, files=LIMA16_FILES, steps=[CHR])
x("r16-lima-qemu64", *LIMA16("q64", cpu="qemu64"), base=False, files=LIMA16_FILES, steps=[CPUS])
x("r16-colima-default", *LIMA16("colima", mem="2048", smp="2,sockets=1,cores=2,threads=1"), base=False, files=LIMA16_FILES,
  steps=[HPC, CPUADD16("max-x86_64-cpu", socket_id=1, core_id=0, thread_id=0), ST16])
x("r16-colima-maxcpus", *LIMA16("colima2", mem="2048", smp="2,sockets=1,cores=4,threads=1,maxcpus=4"), base=False,
  files=LIMA16_FILES, steps=[CPUADD16("max-x86_64-cpu", socket_id=0, core_id=2, thread_id=0), CPUS, HPC])
x("r16-lima-diffdisk-missing", "-M", "q35", "-drive", "file=/nonexistent/.lima/default/diffdisk,if=virtio,discard=on")
x("r16-lima-cidata-probe", "-M", "q35", "-drive", "id=cdrom0,if=none,readonly=on,file=" + img("cidata.iso"),
  "-device", "virtio-scsi-pci,id=scsi0", "-device", "scsi-cd,bus=scsi0.0,drive=cdrom0", files=["cidata.iso"], steps=[QTREE])
# (c) Kata Containers: hotplug ports and what the runtime sends on QMP
KATA16 = [*OWN, "-nodefaults", "-machine", "q35,accel=tcg,kernel_irqchip=on,nvdimm=on", "-cpu", "max,pmu=off",
          "-m", "2048M,slots=10,maxmem=8G", "-smp", "1,cores=1,threads=1,sockets=4,maxcpus=4",
          "-device", "pci-bridge,bus=pcie.0,id=pci-bridge-0,chassis_nr=1,shpc=off,addr=2,io-reserve=4k,mem-reserve=1m,pref64-reserve=1m",
          "-device", "virtio-scsi-pci,id=scsi0,disable-modern=false", "-rtc", "base=utc,driftfix=slew,clock=host",
          "-vga", "none", "-nographic", "--no-reboot"]
x("r16-kata-qmp-cpu-strings", *KATA16, base=False,
  steps=[QHPC, qmp("device_add", driver="max-x86_64-cpu", id="cpu-1", **{"socket-id": "1", "core-id": "0", "thread-id": "0"}),
         qmp("device_add", driver="max-x86_64-cpu", id="cpu-2", **{"socket-id": "2", "core-id": "0", "thread-id": "0"}), CPUS])
x("r16-kata-qmp-cpu-taken", *KATA16, base=False,
  steps=[qmp("device_add", driver="max-x86_64-cpu", id="cpu-1", **{"socket-id": "0", "core-id": "0", "thread-id": "0"}),
         qmp("device_add", driver="max-x86_64-cpu", id="cpu-1", **{"socket-id": "4", "core-id": "0", "thread-id": "0"})])
x("r16-kata-qmp-blk-bridge", *KATA16, base=False, files=["kata-blk.img"],
  steps=[qmp("blockdev-add", driver="raw", **{"node-name": "drive-7f1a2b"},
             file={"driver": "file", "filename": IMGC16("x", "r16-kata-qmp-blk-bridge", "kata-blk.img")}),
         qmp("device_add", driver="virtio-blk-pci", id="virtio-drive-7f1a2b", drive="drive-7f1a2b", bus="pci-bridge-0",
             addr="01", romfile="", **{"share-rw": "on"}), PCI])
x("r16-kata-qmp-dimm", *KATA16, base=False,
  steps=[qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "mem1", "size": 268435456}),
         qmp("device_add", driver="pc-dimm", id="dimm1", memdev="mem1"), MEMDEVS16, MEMSUM16])
x("r16-kata-root-ports", *OWN, "-nodefaults", "-machine", "q35,accel=tcg",
  "-device", "pcie-root-port,id=rp0,bus=pcie.0,chassis=0,slot=0,multifunction=off,pref64-reserve=2097152B,mem-reserve=4194304B",
  "-device", "pcie-root-port,id=rp1,bus=pcie.0,chassis=0,slot=1,multifunction=off,pref64-reserve=2097152B,mem-reserve=4194304B",
  base=False, steps=[PCI, DA16("virtio-rng-pci,id=rng1,bus=rp1"), PCI])
x("r16-kata-device-driver-key", "-M", "q35", "-netdev", "user,id=network-0",
  "-device", "driver=virtio-net-pci,netdev=network-0,mac=02:42:ac:11:00:02,disable-modern=false,mq=on,vectors=4",
  steps=[PCI, NET])
x("r16-kata-virtconsole-null", "-M", "q35", "-device", "virtio-serial-pci,disable-modern=true,id=serial0",
  "-device", "virtconsole,chardev=charconsole0,id=console0", "-chardev", "null,id=charconsole0", steps=[CHR, PCI])
x("r16-kata-rtc-kvm-pit", "-M", "q35", "-rtc", "base=utc,driftfix=slew,clock=host", "-global", "kvm-pit.lost_tick_policy=discard",
  "--no-reboot", steps=[ST16])
# (d) minikube (qemu2 driver) and Multipass' QEMU backend
x("r16-minikube", "-M", "q35", "-cpu", "max", "-m", "6000", "-smp", "2", "-boot", "d", "-cdrom", img("boot2docker.iso"),
  "-nic", "user,model=virtio,hostname=minikube", img("disk.qcow2"), files=["boot2docker.iso", "disk.qcow2"],
  steps=[ST16, PCI, HPC])
x("r16-minikube-cpu-add-full", "-M", "q35", "-cpu", "max", "-m", "6000", "-smp", "2", "-boot", "d", "-cdrom", img("boot2docker.iso"),
  "-nic", "user,model=virtio,hostname=minikube", img("disk.qcow2"), files=["boot2docker.iso", "disk.qcow2"],
  steps=[CPUADD16("max-x86_64-cpu", socket_id=1, core_id=0, thread_id=0), CPUS])
x("r16-minikube-hostname-bad", "-M", "q35", "-nic", "user,model=virtio,hostname=")
MP16 = ["-cpu", "max", "-device", "virtio-scsi-pci,id=scsi0",
        "-drive", "file=%s,if=none,format=qcow2,discard=unmap,id=hda" % img("cloudimg.img"),
        "-device", "scsi-hd,drive=hda,bus=scsi0.0", "-smp", "1", "-m", "1024M", "-chardev", "null,id=char0",
        "-serial", "chardev:char0", "-nographic", "-cdrom", img("cloud-init-config.iso")]
MP16_FILES = ["cloudimg.img", "cloud-init-config.iso"]
x("r16-multipass", *MP16, "-nic", "user,model=virtio-net-pci,mac=52:54:00:5e:8a:1c", files=MP16_FILES, steps=[ST16, CHR, PCI])
x("r16-multipass-q35", "-M", "q35", *MP16, "-nic", "user,model=virtio-net-pci,mac=52:54:00:5e:8a:1d", files=MP16_FILES,
  steps=[PCI, HPC])
x("r16-multipass-smp2-maxcpus", *MP16[:8], "-smp", "2,maxcpus=4", *MP16[10:], files=MP16_FILES,
  steps=[HPC, CPUADD16("max-x86_64-cpu", socket_id=2, core_id=0, thread_id=0), CPUS])
x("r16-multipass-no-chardev", "-serial", "chardev:char0", "-nographic")
# (e) QEMU's own documentation
HOTDOC = ["-display", "none", "-no-user-config", "-m", "2048", "-nodefaults", "-machine", "pc,accel=tcg,usb=off",
          "-smp", "1,maxcpus=2", "-cpu", "IvyBridge-IBRS", "-S"]
x("r16-doc-cpu-hotplug", *HOTDOC, base=False,
  steps=[QHPC, qmp("device_add", id="cpu-2", driver="IvyBridge-IBRS-x86_64-cpu", **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
         QHPC, CPUS, qmp("device_del", id="cpu-2")])
x("r16-doc-cpu-hotplug-hmp", *HOTDOC, base=False,
  steps=[HPC, DA16("IvyBridge-IBRS-x86_64-cpu,id=cpu-2,socket-id=1,core-id=0,thread-id=0"), CPUS, HPC])
x("r16-doc-cpu-hotplug-model-name", *HOTDOC, base=False,
  steps=[qmp("device_add", id="cpu-2", driver="IvyBridge-IBRS", **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
         DA16("IvyBridge-IBRS,id=cpu-2,socket-id=1,core-id=0,thread-id=0")])
x("r16-doc-cpu-hotplug-q35", "-M", "q35", "-m", "2048", "-smp", "1,maxcpus=2", "-cpu", "IvyBridge-IBRS",
  steps=[DA16("IvyBridge-IBRS-x86_64-cpu,id=cpu-2,socket-id=1,core-id=0,thread-id=0"), CPUS])
x("r16-doc-smp-dies", "-M", "pc", "-smp", "16,sockets=2,dies=2,cores=2,threads=2,maxcpus=16", steps=[HPC, ST16])
x("r16-doc-smp-dies-partial", "-M", "pc", "-smp", "4,sockets=2,dies=2,cores=2,threads=2,maxcpus=16",
  steps=[CPUADD16("qemu64-x86_64-cpu", socket_id=1, die_id=1, core_id=1, thread_id=1), CPUS])
x("r16-doc-smp-clusters-pc", "-M", "pc", "-smp", "16,sockets=2,clusters=2,cores=2,threads=2,maxcpus=16")
x("r16-doc-smp-8-sockets-2", "-M", "q35", "-smp", "8,sockets=2", steps=[HPC])
x("r16-doc-numa-cpu", "-M", "pc", "-smp", "1,sockets=2,maxcpus=2", "-numa", "node,nodeid=0", "-numa", "node,nodeid=1",
  "-numa", "cpu,node-id=0,socket-id=0", "-numa", "cpu,node-id=1,socket-id=1",
  steps=[HPC, CPUADD16("qemu64-x86_64-cpu", socket_id=1, core_id=0, thread_id=0), NUMA16])
x("r16-doc-numa-cpu-memdev", "-M", "pc", "-m", "2G", "-smp", "1,sockets=2,maxcpus=2",
  "-object", "memory-backend-ram,size=1G,id=m0", "-object", "memory-backend-ram,size=1G,id=m1",
  "-numa", "node,nodeid=0,memdev=m0", "-numa", "node,nodeid=1,memdev=m1",
  "-numa", "cpu,node-id=0,socket-id=0", "-numa", "cpu,node-id=1,socket-id=1",
  steps=[CPUADD16("qemu64-x86_64-cpu", socket_id=1, core_id=0, thread_id=0, node_id=0)])
x("r16-doc-drive-index-media", "-M", "pc", "-drive", "file=%s,index=0,media=disk" % img("disk.qcow2"),
  "-drive", "file=%s,index=1,media=disk" % img("data.qcow2"), "-drive", "file=%s,index=2,media=cdrom" % img("install.iso"),
  "-drive", "file=%s,index=3,media=disk,format=raw" % img("disk.raw"),
  files=["disk.qcow2", "data.qcow2", "install.iso", "disk.raw"], steps=[QTREE])
x("r16-doc-drive-cdrom-empty", "-M", "pc", "-drive", "if=ide,index=1,media=cdrom", steps=[QTREE, ST16])
x("r16-doc-drive-a-b", "-M", "pc", "-drive", "file=" + img("disk.qcow2"), "-drive", "file=" + img("data.qcow2"),
  files=["disk.qcow2", "data.qcow2"], steps=[QTREE])
x("r16-doc-drive-floppy", "-M", "pc", "-drive", "file=%s,index=0,if=floppy,format=raw" % img("floppy.img"), files=["floppy.img"],
  steps=[QTREE])
x("r16-doc-drive-floppy-q35", "-M", "q35", "-drive", "file=%s,index=0,if=floppy,format=raw" % img("floppy.img"),
  files=["floppy.img"])
x("r16-doc-drive-scsi-unit6", "-M", "pc", "-drive", "file=%s,if=scsi,bus=0,unit=6" % img("disk.qcow2"), files=["disk.qcow2"],
  steps=[PCI])
x("r16-doc-global-physical-block-size", "-M", "pc", "-global", "ide-hd.physical_block_size=4096",
  "-drive", "file=%s,if=ide,index=0,media=disk" % img("disk.qcow2"), files=["disk.qcow2"], steps=[QTREE])
x("r16-doc-netdev-tftp", "-M", "pc", "-netdev", "user,id=n1,tftp=/tmp,bootfile=/pxelinux.0", "-device", "e1000,netdev=n1",
  steps=[NET, PCI])
x("r16-doc-netdev-hostname-dns", "-M", "q35", "-netdev", "user,id=n0,hostname=guest1,domainname=example.com,dnssearch=example.com",
  "-device", "virtio-net-pci,netdev=n0", steps=[NET])
x("r16-doc-netdev-net-dhcpstart", "-M", "q35", "-netdev", "user,id=n0,net=192.168.76.0/24,dhcpstart=192.168.76.9",
  "-device", "e1000e,netdev=n0", steps=[NET])
x("r16-doc-netdev-restrict-ipv6-off", "-M", "q35", "-netdev", "user,id=n0,restrict=on,ipv6=off", "-device", "e1000e,netdev=n0",
  steps=[NET])
x("r16-doc-netdev-dhcpstart-outside", "-M", "q35", "-netdev", "user,id=n0,net=192.168.76.0/24,dhcpstart=10.0.2.15",
  "-device", "e1000e,netdev=n0")
x("r16-doc-microvm", "-M", "microvm", "-cpu", "max", "-m", "512m", "-smp", "2", "-nodefaults", "-no-user-config", "-nographic",
  "-drive", "id=test,file=%s,format=raw,if=none" % img("vm.img"), "-device", "virtio-blk-device,drive=test",
  "-netdev", "user,id=n0", "-device", "virtio-net-device,netdev=n0", files=["vm.img"], steps=[QTREE, HPC])
x("r16-doc-cpu-cascadelake-flags", "-M", "q35", "-cpu", "Cascadelake-Server,+pcid,+ssbd,+md-clear", steps=[ST16])
x("r16-doc-cpu-westmere-ibrs", "-M", "pc", "-cpu", "Westmere-IBRS,+pcid,+ssbd", "-smp", "1,maxcpus=2",
  steps=[CPUADD16("Westmere-IBRS-x86_64-cpu", socket_id=1, core_id=0, thread_id=0), CPUS])
x("r16-doc-cpu-epyc-rome", "-M", "q35", "-cpu", "EPYC-Rome,+ibpb,+virt-ssbd", "-smp", "2,maxcpus=4,sockets=1,cores=4",
  steps=[HPC])
# (f) pseries: QEMU's guide, IBM's AIX and Linux-on-Power lines, Debian and Fedora
p("r16-ps-doc-power9-hotplug", "-M", "pseries", "-cpu", "POWER9", "-m", "2G", "-smp", "4,maxcpus=8",
  steps=[HPC, DA16("power9_v2.0-spapr-cpu-core,id=core4,core-id=4"), CPUS, QHPC])
p("r16-ps-doc-vof", "-M", "pseries,x-vof=on", "-cpu", "POWER9", steps=[ST16])
p("r16-ps-doc-host-core", "-M", "pseries", "-cpu", "POWER9", "-smp", "1,maxcpus=2",
  steps=[DA16("host-spapr-cpu-core,core-id=1")])
p("r16-ps-doc-core-id-odd", "-M", "pseries", "-cpu", "POWER9", "-smp", "2,maxcpus=4",
  steps=[DA16("power9_v2.0-spapr-cpu-core,core-id=3"), HPC])
AIX16 = ["-cpu", "POWER9", "-machine", "pseries", "-m", "4096", "-serial", "null",
         "-drive", "file=%s,if=none,id=drive-virtio-disk0" % img("hdisk0.qcow2"), "-device", "virtio-scsi-pci,id=scsi",
         "-device", "scsi-hd,drive=drive-virtio-disk0", "-cdrom", img("aix.iso"), "-prom-env", "boot-command=boot cdrom:",
         "-prom-env", "input-device=/vdevice/vty@71000000", "-prom-env", "output-device=/vdevice/vty@71000000"]
p("r16-ps-aix", *AIX16, files=["hdisk0.qcow2", "aix.iso"], steps=[QTREE, ST16])
p("r16-ps-aix-xics", *[a.replace("pseries", "pseries,ic-mode=xics") for a in AIX16], files=["hdisk0.qcow2", "aix.iso"],
  steps=[HPC, CHR])
p("r16-ps-aix-power8-threads", *[a.replace("POWER9", "POWER8") for a in AIX16], "-smp", "8,cores=4,threads=2",
  files=["hdisk0.qcow2", "aix.iso"], steps=[HPC])
p("r16-ps-aix-smp4", *AIX16, "-smp", "4,threads=1", files=["hdisk0.qcow2", "aix.iso"], steps=[CPUS, HPC])
LOP16 = ["-machine", "pseries", "-cpu", "POWER8", "-m", "4096", "-nodefaults",
         "-drive", "file=%s,if=none,id=drive0" % img("hdisk0.qcow2"), "-device", "spapr-vscsi", "-device", "scsi-hd,drive=drive0",
         "-netdev", "user,id=net0", "-device", "spapr-vlan,netdev=net0", "-nographic", "-serial", "null"]
p("r16-ps-ibm-lop", *LOP16, "-smp", "4", files=["hdisk0.qcow2"], steps=[NET, QTREE, HPC])
p("r16-ps-ibm-lop-threads2", *LOP16, "-smp", "8,cores=4,threads=2", files=["hdisk0.qcow2"], steps=[HPC])
p("r16-ps-ibm-lop-hotplug", *LOP16, "-smp", "2,maxcpus=4", files=["hdisk0.qcow2"],
  steps=[DA16("power8_v2.0-spapr-cpu-core,id=core2,core-id=2"), CPUS])
p("r16-ps-debian-hda", "-M", "pseries", "-m", "2048", "-hda", img("disk.qcow2"), "-cdrom", img("install.iso"), "-boot", "d",
  "-nographic", files=["disk.qcow2", "install.iso"])
p("r16-ps-debian-virtio", "-M", "pseries", "-m", "2048", "-drive", "file=%s,if=virtio" % img("disk.qcow2"),
  "-cdrom", img("install.iso"), "-boot", "d", "-nographic", files=["disk.qcow2", "install.iso"], steps=[PCI, QTREE])
p("r16-ps-fedora", "-machine", "pseries", "-cpu", "POWER9", "-m", "4096", "-smp", "4",
  "-drive", "file=%s,if=virtio" % img("fedora.qcow2"), "-cdrom", img("install.iso"), "-nographic",
  files=["fedora.qcow2", "install.iso"], steps=[HPC, PCI])
p("r16-ps-fedora-net", "-machine", "pseries", "-cpu", "POWER9", "-m", "4096", "-netdev", "user,id=n0",
  "-device", "virtio-net-pci,netdev=n0", steps=[NET, PCI])
p("r16-ps-rhel-power10-hotplug", "-machine", "pseries", "-cpu", "POWER10", "-m", "4096", "-smp", "2,maxcpus=8",
  steps=[HPC, DA16("power10_v2.0-spapr-cpu-core,id=core3,core-id=3"), CPUS])
# (g) Arch, Gentoo, Debian and Fedora wiki lines on x86
x("r16-arch-install", "-cpu", "max", "-m", "4G", "-smp", "4", "-drive", "file=%s,if=virtio" % img("disk.qcow2"),
  "-cdrom", img("install.iso"), "-boot", "order=d", files=["disk.qcow2", "install.iso"], steps=[ST16, HPC, PCI])
x("r16-arch-ahci", "-M", "pc", "-drive", "file=%s,if=none,id=disk0" % img("disk.qcow2"), "-device", "ahci,id=ahci",
  "-device", "ide-hd,drive=disk0,bus=ahci.0", files=["disk.qcow2"], steps=[PCI, QTREE])
x("r16-arch-ahci-bus-1", "-M", "pc", "-drive", "file=%s,if=none,id=disk0" % img("disk.qcow2"), "-device", "ahci,id=ahci",
  "-device", "ide-hd,drive=disk0,bus=ahci.1", files=["disk.qcow2"], steps=[QTREE])
x("r16-arch-topology", "-cpu", "max", "-m", "4G", "-smp", "4,sockets=1,cores=2,threads=2", steps=[HPC, CPUS])
x("r16-arch-topology-maxcpus", "-cpu", "max", "-smp", "2,sockets=1,cores=2,threads=2,maxcpus=4",
  steps=[CPUADD16("max-x86_64-cpu", socket_id=0, core_id=1, thread_id=0), CPUADD16("max-x86_64-cpu", socket_id=0, core_id=1, thread_id=1),
         CPUS])
x("r16-gentoo", "-cpu", "max", "-smp", "2", "-m", "2G", "-drive", "file=%s,if=virtio" % img("disk.qcow2"),
  "-netdev", "user,id=vmnic,hostname=Gentoo-VM", "-device", "virtio-net,netdev=vmnic", "-device", "virtio-rng-pci",
  "-vga", "virtio", "-cdrom", img("install.iso"), "-boot", "d", files=["disk.qcow2", "install.iso"], steps=[NET, PCI])
x("r16-gentoo-virtio-serial", "-device", "virtio-serial", "-chardev", "null,id=qga0",
  "-device", "virtserialport,chardev=qga0,name=org.qemu.guest_agent.0", steps=[CHR, QTREE])
x("r16-debian-hda-cdrom", "-hda", img("disk.qcow2"), "-cdrom", img("install.iso"), "-boot", "d", "-m", "512",
  files=["disk.qcow2", "install.iso"], steps=[QTREE, ST16])
x("r16-debian-hda-raw", "-hda", img("vm.img"), "-m", "1024", files=["vm.img"], steps=[ST16])
x("r16-debian-netdev", "-m", "1024", "-drive", "file=%s,format=qcow2" % img("disk.qcow2"), "-netdev", "user,id=net0",
  "-device", "virtio-net-pci,netdev=net0", files=["disk.qcow2"], steps=[NET, PCI])
x("r16-fedora-live", "-m", "2048", "-cdrom", img("install.iso"), "-boot", "d", "-vga", "virtio", files=["install.iso"],
  steps=[PCI, HPC])
x("r16-rhel-q35-hotplug", "-machine", "q35", "-cpu", "max", "-m", "2048", "-smp", "2,maxcpus=4",
  steps=[HPC, DA16("max-x86_64-cpu,id=cpu2,socket-id=2,core-id=0,thread-id=0"), CPUS, PCI])
# (h) cloud-image quick starts
x("r16-cloud-ubuntu-q35", "-machine", "q35", "-m", "1024", "-nographic", "-drive", "if=virtio,format=qcow2,file=" + img("cloudimg.img"),
  "-drive", "if=virtio,format=raw,file=" + img("seed.iso"), "-netdev", "user,id=net0", "-device", "virtio-net-pci,netdev=net0",
  files=["cloudimg.img", "seed.iso"], steps=[PCI, NET, ST16])
x("r16-cloud-debian-monitor-none", "-m", "1024", "-drive", "file=%s,if=virtio" % img("cloudimg.img"), "-cdrom", img("seed.iso"),
  "-boot", "c", "-rtc", "base=utc", "-k", "en-us", "-serial", "null", "-monitor", "none", "-nographic",
  files=["cloudimg.img", "seed.iso"], steps=[ST16, CHR])
x("r16-cloud-seed-ide-q35", "-M", "q35", "-m", "1024", "-drive", "file=%s,if=virtio" % img("cloudimg.img"),
  "-drive", "file=%s,media=cdrom,if=ide" % img("seed.iso"), files=["cloudimg.img", "seed.iso"], steps=[QTREE])
x("r16-cloud-seed-if-none", "-m", "1024", "-drive", "file=%s,if=virtio" % img("cloudimg.img"),
  "-drive", "file=%s,if=none,id=seed,format=raw,readonly=on" % img("seed.iso"), "-device", "virtio-blk-pci,drive=seed",
  files=["cloudimg.img", "seed.iso"], steps=[PCI])
x("r16-cloud-smbios-serial-hostname", "-m", "1024", "-drive", "file=%s,if=virtio" % img("cloudimg.img"),
  "-smbios", "type=1,serial=ds=nocloud;h=cloudvm01", files=["cloudimg.img"], steps=[ST16])
x("r16-cloud-rtc-clock-host-boot-c", "-M", "q35", "-rtc", "base=utc,clock=host", "-boot", "c", "-k", "de",
  steps=[ST16, QGET("/machine", "boot")])
x("r16-cloud-k-bad", "-M", "q35", "-k", "xx-nosuch")
x("r16-cloud-monitor-none-serial-none", "-M", "q35", "-monitor", "none", "-serial", "none", "-nographic", steps=[CHR])
x("r16-cloud-hotplug", "-M", "q35", "-cpu", "max", "-m", "2048", "-smp", "2,maxcpus=4", "-nographic",
  "-drive", "if=virtio,format=qcow2,file=" + img("cloudimg.img"), "-drive", "if=virtio,format=raw,file=" + img("seed.iso"),
  files=["cloudimg.img", "seed.iso"], steps=[HPC, CPUADD16("max-x86_64-cpu", socket_id=2, core_id=0, thread_id=0), CPUS])
x("r16-cloud-seed-format-missing", "-M", "q35", "-drive", "if=virtio,file=" + img("seed.iso"), files=["seed.iso"], steps=[ST16])
p("r16-cloud-pseries", "-M", "pseries", "-m", "2048", "-nographic", "-drive", "if=virtio,format=qcow2,file=" + img("cloudimg.img"),
  "-drive", "if=virtio,format=raw,file=" + img("seed.iso"), files=["cloudimg.img", "seed.iso"], steps=[PCI, ST16])

# Measured while fixing round 16 (r16m-): -global on the devices the board
# makes for -drive if=ide/if=floppy/if=scsi (applied, and its errors without a
# location), megasas' SAS address from its slot, -audiodev spice without a
# spice display (7.2's module loads and its init fails; the 10.0 chroot lacks
# the module, whose Debian package the hint names).
x("r16m-global-ide-hd-word", "-M", "pc", "-global", "ide-hd.physical_block_size=abc", "-drive", "driver=null-co,if=ide,index=0")
x("r16m-global-ide-hd-not-pow2", "-M", "pc", "-global", "ide-hd.physical_block_size=1000", "-drive", "driver=null-co,if=ide,index=0")
x("r16m-global-ide-hd-not-pow2-device", "-M", "pc", "-global", "ide-hd.physical_block_size=1000", "-blockdev", "null-co,node-name=n0",
  "-device", "ide-hd,drive=n0")
x("r16m-global-ide-cd-unknown", "-M", "pc", "-global", "ide-cd.nosuch=1", "-cdrom", img("install.iso"), files=["install.iso"])
x("r16m-global-ide-cd-block-size", "-M", "q35", "-global", "ide-cd.physical_block_size=4096", "-cdrom", img("install.iso"),
  "-drive", "driver=null-co,if=ide,index=0", files=["install.iso"], steps=[QTREE])
x("r16m-global-ide-hd-logical-serial", "-M", "pc", "-global", "ide-hd.logical_block_size=4096",
  "-global", "ide-hd.physical_block_size=4096", "-global", "ide-hd.serial=QM0001", "-drive", "driver=null-co,if=ide,index=1",
  steps=[QTREE])
x("r16m-global-ide-hd-bad-then-smp", "-M", "pc", "-global", "ide-hd.physical_block_size=abc", "-drive", "driver=null-co,if=ide,index=0",
  "-smp", "2,maxcpus=1")
x("r16m-global-ide-hd-bad-then-device", "-M", "pc", "-global", "ide-hd.nosuch=1", "-drive", "driver=null-co,if=ide,index=0",
  "-device", "nosuch-device")
x("r16m-global-floppy-drive-type", "-M", "pc", "-global", "floppy.drive-type=288",
  "-drive", "file=%s,index=0,if=floppy,format=raw" % img("floppy.img"), files=["floppy.img"], steps=[QTREE])
p("r16m-global-scsi-hd-pseries", "-M", "pseries", "-global", "scsi-hd.physical_block_size=4096",
  "-drive", "driver=null-co,if=scsi,index=0", steps=[QTREE])
p("r16m-global-scsi-hd-pseries-bad", "-M", "pseries", "-global", "scsi-hd.physical_block_size=1000",
  "-drive", "driver=null-co,if=scsi,index=0")
x("r16m-megasas-slot6", "-M", "pc", "-device", "megasas,id=m0,addr=0x6", steps=[QTREE])
x("r16m-megasas-gen2-fn", "-M", "pc", "-device", "megasas-gen2,id=m0,addr=0x4.0x3,multifunction=on", steps=[QTREE])
x("r16m-megasas-gen2-root-port", "-M", "q35", "-device", "pcie-root-port,id=rp1,chassis=1,addr=0x3",
  "-device", "megasas-gen2,id=m0,bus=rp1", steps=[QTREE])
x("r16m-megasas-given-address", "-M", "pc", "-device", "megasas-gen2,id=m0,addr=0x5,sas_address=0x5000000000000001", steps=[QTREE])
x("r16m-megasas-hotplug", "-M", "pc", steps=[DA16("megasas-gen2,id=m0,addr=0x9"), QTREE])
x("r16m-audiodev-spice-after-none", "-audiodev", "none,id=a0", "-audiodev", "spice,id=a1")
x("r16m-audiodev-spice-hda", "-audiodev", "spice,id=s0", "-device", "intel-hda", "-device", "hda-duplex,audiodev=s0")
x("r16m-audiodev-spice-bad-device", "-audiodev", "spice,id=s0", "-device", "nosuch-device")
x("r16m-audio-spice-model", "-audio", "driver=spice,model=hda")
# blkconf_blocksizes' checks (and IDE's own, before and after them) on the
# values a disk holds, given or from a -global; 10.0's legacy if=scsi disks
# take their BlockConf from the drive, over -global.
NB16 = ["-M", "pc", "-blockdev", "null-co,node-name=n0", "-device", "virtio-scsi-pci,id=vs"]
for name, dev in [("ide-hd-discard-4096", "ide-hd,drive=n0,discard_granularity=4096"),
                  ("ide-hd-logical-4096-discard-0", "ide-hd,drive=n0,logical_block_size=4096,physical_block_size=4096,discard_granularity=0"),
                  ("ide-hd-logical-4096", "ide-hd,drive=n0,logical_block_size=4096,physical_block_size=4096"),
                  ("ide-hd-min-io-100", "ide-hd,drive=n0,min_io_size=100"),
                  ("ide-hd-opt-io-1000", "ide-hd,drive=n0,opt_io_size=1000"),
                  ("ide-cd-logical-4096", "ide-cd,drive=n0,logical_block_size=4096,physical_block_size=4096"),
                  ("scsi-hd-min-io-100", "scsi-hd,drive=n0,bus=vs.0,min_io_size=100"),
                  ("scsi-hd-logical-4096-discard-512", "scsi-hd,drive=n0,bus=vs.0,logical_block_size=4096,physical_block_size=4096,discard_granularity=512"),
                  ("virtio-blk-logical-4096-discard-512", "virtio-blk-pci,drive=n0,logical_block_size=4096,physical_block_size=4096,discard_granularity=512"),
                  ("virtio-blk-min-io-4096", "virtio-blk-pci,drive=n0,min_io_size=4096,opt_io_size=8192")]:
    x("r16m-blkconf-" + name, *NB16, "-device", dev, steps=[QTREE])
x("r16m-blkconf-scsi-hd-logical-8192", *NB16, "-device", "scsi-hd,drive=n0,bus=vs.0,logical_block_size=8192,physical_block_size=8192",
  steps=[QTREE])
x("r16m-blkconf-global-ide-hd-discard", "-M", "pc", "-global", "ide-hd.discard_granularity=4096", "-drive", "driver=null-co,if=ide,index=0")
x("r16m-blkconf-global-ide-hd-min-io", "-M", "pc", "-global", "ide-hd.min_io_size=100", "-drive", "driver=null-co,if=ide,index=0",
  "-drive", "driver=null-co,if=ide,index=1")
x("r16m-blkconf-global-scsi-hd-device", *NB16, "-global", "scsi-hd.logical_block_size=4096", "-device", "scsi-hd,drive=n0,bus=vs.0")
for g in ["logical_block_size=4096", "min_io_size=4096", "write-cache=off", "rerror=stop", "serial=QM01", "rotation_rate=1"]:
    p("r16m-legacy-scsi-global-" + g.split("=")[0].replace("_", "-"), "-M", "pseries", "-global", "scsi-hd." + g,
      "-drive", "driver=null-co,if=scsi,index=0", steps=[QTREE])
for g in ["floppy.nosuch=1", "floppy.drive-type=nosuch", "floppy.logical_block_size=4096"]:
    x("r16m-global-" + g.replace(".", "-").replace("=", "-").replace("_", "-"), "-M", "pc", "-global", g,
      "-drive", "driver=null-co,if=floppy")
# scsi_realize's device_id: given, else the serial (given or a -global's), else the drive's name
DID16 = ["-M", "pc", "-device", "virtio-scsi-pci,id=vs", "-drive", "driver=null-co,if=none,id=d0"]
x("r16m-scsi-device-id-given", *DID16, "-device", "scsi-hd,drive=d0,device_id=foo", steps=[QTREE])
x("r16m-scsi-device-id-serial", *DID16, "-device", "scsi-hd,drive=d0,serial=SER1", steps=[QTREE])
x("r16m-scsi-device-id-global-serial", "-global", "scsi-hd.serial=GS", *DID16, "-device", "scsi-hd,drive=d0", steps=[QTREE])
p("r16m-legacy-scsi-global-device-keeps", "-M", "pseries", "-global", "scsi-hd.write-cache=off", "-device", "spapr-vscsi,id=s",
  "-blockdev", "null-co,node-name=n0", "-device", "scsi-hd,drive=n0,bus=s.0", "-drive", "driver=null-co,if=scsi,index=0",
  steps=[QTREE])

# Round 17 (r17-, 2026-12-07): lines from older tutorials and forum answers
# (QEMU 1.x-5.x era) that learners still paste, run on today's binaries, each
# followed by the monitor steps a reader types next (info status, info cpus,
# info hotpluggable-cpus, a CPU's device_add, info pci, info usb). Habits of the
# time: -net nic -net user with vlan=, -redir, -soundhw, -usbdevice
# tablet/mouse/keyboard/disk:, -balloon, -localtime, -tdf, -no-kvm, -no-hpet,
# -no-acpi, -vga std/cirrus/qxl, -std-vga, -monitor none, -boot order=,
# -hda/-hdb/-cdrom with the case's files, -smp N without a topology, -m N
# without units, -M pc-1.x/pc-0.x and the pc-i440fx-X/pc-q35-X versions one
# release still has and the other removed, -cpu with the +/- flags of the time,
# -device ide-drive, -drive boot=on, the HMP commands of the time (usb_add,
# pci_add, cpu_set, host_net_add). Windows guest lines: hv_* enlightenments on
# TCG, -rtc base=localtime,driftfix=slew, -global kvm-pit.lost_tick_policy=,
# ich9-intel-hda/intel-hda with hda-duplex, usb-tablet, disable_s3. Left out:
# KVM, taps, hostfwd/-redir that would listen, displays.
FILES.update({"winxp.img": ("raw", 16 << 20), "win7.qcow2": ("qcow2", 64 << 20), "ubuntu.iso": ("raw", 4 << 20),
              "hdb.img": ("raw", 8 << 20), "usbdisk.img": ("raw", 8 << 20), "virtio-win.iso": ("raw", 1 << 20)})
ST17, USB17, MICE17, BAL17 = (hmp(c)[0] for c in ("info status", "info usb", "info mice", "info balloon"))
H17 = lambda c: {"hmp": c}
CPUADD17 = lambda t, i, s, c=0, th=0: H17("device_add %s,id=cpu%d,socket-id=%d,core-id=%d,thread-id=%d" % (t, i, s, c, th))
Q64 = "qemu64-x86_64-cpu"
# (a) networking the 1.x way
x("r17-net-vlan-nic-user", "-m", "512", "-net", "nic,vlan=0,model=e1000", "-net", "user,vlan=0", steps=[ST17])
x("r17-net-vlan-user-only", "-net", "nic", "-net", "user,vlan=0")
x("r17-net-vlan1-two-nics", "-net", "nic,vlan=1,macaddr=52:54:00:12:34:56", "-net", "nic,vlan=1,macaddr=52:54:00:12:34:57",
  "-net", "user,vlan=1")
x("r17-net-nic-user-plain", "-m", "512", "-net", "nic", "-net", "user", steps=[ST17, PCI])
x("r17-net-nic-model-virtio", "-m", "1024", "-net", "nic,model=virtio", "-net", "user", steps=[PCI])
x("r17-net-nic-model-ne2k", "-net", "nic,model=ne2k_pci", "-net", "user", steps=[PCI])
x("r17-net-nic-model-pcnet", "-net", "nic,model=pcnet", "-net", "user", steps=[PCI])
x("r17-net-nic-model-i82551", "-net", "nic,model=i82551", "-net", "user", steps=[PCI])
x("r17-net-nic-model-help", "-net", "nic,model=?")
# named: 10.0's warning names the NIC, an unnamed one by its random "#netNNN"
x("r17-net-nic-model-unknown", "-net", "nic,model=virtio-net,name=nic0", "-net", "user")
x("r17-net-user-hostname", "-net", "nic,model=e1000", "-net", "user,hostname=winxp", steps=[ST17])
x("r17-net-nic-name", "-net", "nic,model=rtl8139,name=lan0", "-net", "user,name=slirp0", steps=[PCI])
x("r17-net-none", "-net", "none", steps=[PCI])
x("r17-net-nic-q35", "-M", "q35", "-net", "nic,model=e1000", "-net", "user", steps=[PCI])
x("r17-redir-with-net", "-net", "nic", "-net", "user", "-redir", "tcp:2222::22")
x("r17-redir-udp", "-redir", "udp:5555::5555")
# (b) sound, USB, balloon, clock of the time
for sh in ["hda", "ac97,es1370", "all", "help", "pcspk", "sb16", "es1370"]:
    x("r17-soundhw-" + sh.replace(",", "-"), "-soundhw", sh, steps=[PCI])
x("r17-soundhw-q35-hda", "-M", "q35", "-soundhw", "hda", steps=[PCI])
# (braille left out: usb-braille's chardev connects to the host's brltty daemon)
for u in ["mouse", "keyboard", "tablet", "wacom-tablet"]:
    x("r17-usbdevice-%s-usb" % u, "-usb", "-usbdevice", u, steps=[USB17, MICE17])
x("r17-usbdevice-mouse-q35", "-M", "q35", "-usbdevice", "mouse", steps=[USB17])
x("r17-usbdevice-disk", "-usb", "-usbdevice", "disk:" + img("usbdisk.img"), files=["usbdisk.img"], steps=[USB17])
x("r17-usbdevice-disk-format", "-usb", "-usbdevice", "disk:format=raw:" + img("usbdisk.img"), files=["usbdisk.img"],
  steps=[USB17])
x("r17-usbdevice-net", "-usb", "-usbdevice", "net:nic")
x("r17-usbdevice-serial", "-usb", "-usbdevice", "serial::null")
x("r17-usbdevice-unknown", "-usb", "-usbdevice", "tablett")
x("r17-usbdevice-two", "-usb", "-usbdevice", "tablet", "-usbdevice", "keyboard", steps=[USB17])
x("r17-balloon-none", "-balloon", "none")
x("r17-balloon-virtio-q35", "-M", "q35", "-balloon", "virtio")
x("r17-device-balloon", "-m", "1024", "-device", "virtio-balloon", steps=[BAL17, H17("balloon 512"), BAL17])
x("r17-localtime", "-localtime", steps=[ST17])
x("r17-localtime-q35", "-M", "q35", "-localtime", "-m", "1024")
x("r17-tdf-rtc", "-rtc", "base=localtime", "-tdf")
x("r17-no-kvm-pc-smp", "-no-kvm", "-m", "512", "-smp", "2")
x("r17-no-kvm-irqchip", "-no-kvm-irqchip")
x("r17-no-kvm-pit", "-no-kvm-pit")
x("r17-no-hpet-pc", "-M", "pc", "-no-hpet", steps=[ST17, QGET("/machine", "hpet")])
x("r17-no-hpet-q35", "-M", "q35", "-no-hpet", steps=[QGET("/machine", "hpet")])
x("r17-no-acpi-pc", "-M", "pc", "-no-acpi", steps=[ST17, PCI])
x("r17-no-acpi-q35", "-M", "q35", "-no-acpi", steps=[PCI])
x("r17-no-acpi-no-hpet", "-M", "pc", "-no-acpi", "-no-hpet", "-m", "512")
# (c) displays and monitor
for v in ["std", "cirrus", "qxl", "vmware"]:
    x("r17-vga-%s-tut" % v, "-m", "1024", "-vga", v, steps=[PCI])
x("r17-vga-qxl-q35", "-M", "q35", "-vga", "qxl", steps=[PCI])
x("r17-std-vga", "-std-vga")
x("r17-std-vga-with-m", "-m", "512", "-std-vga", "-hda", img("winxp.img"), files=["winxp.img"])
x("r17-vga-none-monitor-none", "-vga", "none", "-monitor", "none", steps=[ST17, PCI])
x("r17-monitor-none-serial-none", "-monitor", "none", "-serial", "none", steps=[CHR])
x("r17-monitor-null", "-monitor", "null", steps=[CHR])
# (d) disks and boot, the -hda way
x("r17-hda-cdrom-boot-d", "-m", "512", "-hda", img("winxp.img"), "-cdrom", img("ubuntu.iso"), "-boot", "d",
  files=["winxp.img", "ubuntu.iso"], steps=[ST17, QST])
x("r17-hda-hdb-boot-c", "-hda", img("winxp.img"), "-hdb", img("hdb.img"), "-boot", "c", files=["winxp.img", "hdb.img"],
  steps=[QST, PCI])
x("r17-hda-cdrom-hdc-clash", "-hda", img("winxp.img"), "-hdc", img("hdb.img"), "-cdrom", img("ubuntu.iso"),
  files=["winxp.img", "hdb.img", "ubuntu.iso"])
x("r17-hda-hdd-cdrom", "-hda", img("winxp.img"), "-hdd", img("hdb.img"), "-cdrom", img("ubuntu.iso"),
  files=["winxp.img", "hdb.img", "ubuntu.iso"], steps=[QTREE])
x("r17-boot-order-cdn", "-hda", img("winxp.img"), "-boot", "order=cdn", files=["winxp.img"], steps=[QST])
x("r17-boot-order-bad", "-boot", "order=cx")
x("r17-boot-order-repeat", "-boot", "order=cc")
x("r17-boot-dc", "-hda", img("winxp.img"), "-cdrom", img("ubuntu.iso"), "-boot", "dc", files=["winxp.img", "ubuntu.iso"],
  steps=[QST])
x("r17-boot-n-net-nic", "-net", "nic,model=rtl8139", "-net", "user,tftp=/tmp,bootfile=pxelinux.0", "-boot", "n", steps=[QST])
x("r17-boot-menu-on-once", "-boot", "once=d,menu=on", "-cdrom", img("ubuntu.iso"), files=["ubuntu.iso"], steps=[QST, RST, QST])
x("r17-hda-q35-ahci", "-M", "q35", "-hda", img("win7.qcow2"), "-cdrom", img("ubuntu.iso"), files=["win7.qcow2", "ubuntu.iso"],
  steps=[PCI])
x("r17-hda-snapshot", "-hda", img("winxp.img"), "-snapshot", files=["winxp.img"], steps=[ST17])
x("r17-drive-boot-on", "-drive", "file=%s,if=virtio,boot=on" % img("win7.qcow2"), files=["win7.qcow2"])
x("r17-ide-drive-device", "-drive", "if=none,id=d0,format=raw,file=" + img("hdb.img"), "-device", "ide-drive,drive=d0",
  files=["hdb.img"])
x("r17-scsi-disk-device", "-device", "lsi53c895a,id=scsi0", "-drive", "if=none,id=d0,format=raw,file=" + img("hdb.img"),
  "-device", "scsi-disk,drive=d0,bus=scsi0.0", files=["hdb.img"], steps=[QTREE])
x("r17-virtio-blk-scsi-off", "-drive", "if=none,id=d0,format=raw,file=" + img("hdb.img"),
  "-device", "virtio-blk-pci,drive=d0,scsi=off", files=["hdb.img"], steps=[PCI])
x("r17-drive-if-virtio-cache-wb", "-drive", "file=%s,if=virtio,cache=writeback" % img("win7.qcow2"), files=["win7.qcow2"],
  steps=[PCI])
# (e) -smp and -m without units, with the CPU hotplug steps
x("r17-smp4-hpc", "-m", "512", "-smp", "4", steps=[CPUS, HPC, CPUADD17(Q64, 4, 4)])
x("r17-smp2-q35-hpc", "-M", "q35", "-m", "1024", "-smp", "2", steps=[HPC, CPUADD17(Q64, 2, 2)])
x("r17-smp2-maxcpus4", "-m", "512", "-smp", "2,maxcpus=4", steps=[HPC, CPUADD17(Q64, 2, 2), CPUS, HPC])
x("r17-smp1-maxcpus2-q35", "-M", "q35", "-smp", "1,maxcpus=2", steps=[CPUADD17(Q64, 1, 1), CPUS, ST17])
x("r17-cpu-set-online", "-smp", "1,maxcpus=2", steps=[H17("cpu_set 1 online"), CPUS])
x("r17-cpu-add-hmp", "-smp", "1,maxcpus=2", steps=[H17("cpu-add 1"), H17("cpu 1"), CPUS])
x("r17-m-512", "-m", "512", steps=[hmp("info memory_size_summary")[0]])
x("r17-m-64", "-m", "64", steps=[hmp("info memory_size_summary")[0]])
x("r17-m-2048-q35", "-M", "q35", "-m", "2048", steps=[hmp("info memory_size_summary")[0]])
x("r17-m-4096-pc", "-M", "pc", "-m", "4096", steps=[hmp("info memory_size_summary")[0]])
x("r17-m-1-typo", "-m", "1")
x("r17-m-512m-lower", "-m", "512m", steps=[hmp("info memory_size_summary")[0]])
# (f) machine types of the time, removed in one release or both
for mt in ["pc-0.15", "pc-1.0", "pc-1.3", "pc-i440fx-1.4", "pc-i440fx-1.7", "pc-i440fx-2.0", "pc-i440fx-2.3", "pc-i440fx-2.4",
           "pc-q35-1.4", "pc-q35-2.0", "pc-q35-2.3", "pc-q35-2.4", "pc-i440fx-2.6", "pc-q35-2.6"]:
    x("r17-mt-" + mt, "-M", mt, "-smp", "2,maxcpus=4", steps=[ST17, HPC, CPUADD17(Q64, 2, 2)])
x("r17-mt-type-eq-pc-1.2", "-machine", "type=pc-1.2,accel=tcg")
x("r17-mt-pc-i440fx-2.1-usb", "-M", "pc-i440fx-2.1", "-usb", "-usbdevice", "tablet", steps=[USB17, PCI])
x("r17-mt-pc-i440fx-2.7-hpc", "-M", "pc-i440fx-2.7", "-smp", "1,maxcpus=2", steps=[HPC])
x("r17-mt-pc-q35-2.10-smp4", "-M", "pc-q35-2.10", "-smp", "4", steps=[CPUS])
x("r17-mt-pc-i440fx-5.2-localtime", "-M", "pc-i440fx-5.2", "-rtc", "base=localtime", steps=[ST17])
# (g) -cpu with the flags of the time
for n, cpu in [("core2duo-vmx", "core2duo,+vmx"), ("qemu64-sse4", "qemu64,+ssse3,+sse4.1,+sse4.2,+x2apic"),
               ("nehalem-hypervisor-off", "Nehalem,-hypervisor"), ("kvm64-pv-unhalt", "kvm64,+kvm_pv_unhalt"),
               ("penryn-aes", "Penryn,+aes"), ("sandybridge-pcid", "SandyBridge,+pcid"), ("phenom", "phenom"),
               ("opteron-g3-svm", "Opteron_G3,+svm"), ("n270", "n270"), ("qemu64-nx-off", "qemu64,-nx"),
               ("haswell-hle-rtm-off", "Haswell,-hle,-rtm"), ("conroe-plus-minus", "Conroe,+sse4.1,-sse4.1"),
               ("qemu64-check", "qemu64,check"), ("qemu64-enforce-x2apic", "qemu64,+x2apic,enforce"),
               ("pentium3", "pentium3"), ("qemu64-underscore", "qemu64,+sse4_1,+lahf_lm"),
               ("westmere-model-id", "Westmere,model_id=Intel Xeon"), ("qemu64-unknown-flag", "qemu64,+foo")]:
    x("r17-cpu-" + n, "-cpu", cpu, "-smp", "1,maxcpus=2", steps=[CPUS, CPUADD17(cpu.split(",")[0] + "-x86_64-cpu", 1, 1)])
# (h) Windows guest lines
WINXP17 = ["-m", "512", "-hda", img("winxp.img"), "-cdrom", img("ubuntu.iso"), "-boot", "c"]
x("r17-win-xp-classic", *WINXP17, "-localtime", "-soundhw", "ac97", "-usbdevice", "tablet", "-net", "nic,model=rtl8139",
  "-net", "user", files=["winxp.img", "ubuntu.iso"])
x("r17-win-xp-modern", *WINXP17, "-rtc", "base=localtime", "-device", "AC97,audiodev=snd0", "-audiodev", "none,id=snd0",
  "-usb", "-device", "usb-tablet", "-nic", "user,model=rtl8139", files=["winxp.img", "ubuntu.iso"], steps=[ST17, USB17, PCI])
x("r17-win7-hv-tcg", "-M", "pc", "-cpu", "qemu64,hv_relaxed,hv_spinlocks=0x1fff,hv_vapic,hv_time", "-m", "2048", "-smp", "2",
  "-hda", img("win7.qcow2"), "-rtc", "base=localtime,driftfix=slew", "-global", "kvm-pit.lost_tick_policy=discard",
  "-no-hpet", files=["win7.qcow2"], steps=[ST17, CPUS, HPC])
x("r17-win10-q35-hv", "-M", "q35", "-cpu", "Skylake-Client,hv_relaxed,hv_vapic,hv_spinlocks=0x1fff", "-m", "4096",
  "-smp", "2,maxcpus=4", "-device", "ich9-intel-hda", "-device", "hda-duplex,audiodev=snd0", "-audiodev", "none,id=snd0",
  "-usb", "-device", "usb-tablet",
  steps=[PCI, USB17, CPUADD17("Skylake-Client-x86_64-cpu", 2, 2), CPUS])
x("r17-win-hv-underscore-dash", "-cpu", "qemu64,hv-relaxed,hv_vapic", steps=[CPUS])
x("r17-win-hv-spinlocks-bad", "-cpu", "qemu64,hv_spinlocks=0xfff")
x("r17-win-hv-vendor-id", "-cpu", "qemu64,hv_vendor_id=whatever,hv_relaxed")
x("r17-win-hv-synic-no-vpindex", "-cpu", "qemu64,hv_synic,hv_stimer")
x("r17-win-rtc-driftfix-slew-q35", "-M", "q35", "-rtc", "base=localtime,driftfix=slew", steps=[QTREE])
x("r17-win-rtc-driftfix-none", "-rtc", "base=localtime,driftfix=none", steps=[ST17])
x("r17-win-rtc-driftfix-bad", "-rtc", "base=localtime,driftfix=slow")
x("r17-win-kvm-pit-delay", "-global", "kvm-pit.lost_tick_policy=delay", steps=[ST17])
x("r17-win-kvm-pit-bad", "-global", "kvm-pit.lost_tick_policy=merge")
x("r17-win-kvm-pit-typo", "-global", "kvm-pit.lost_tick=discard")
x("r17-win-pit-lost-tick", "-global", "isa-pit.lost_tick_policy=discard")
# with -audiodev none: without one, 7.2 tries the host's audio drivers (its modules, ALSA's lines)
x("r17-win-intel-hda-duplex", "-device", "intel-hda", "-device", "hda-duplex,audiodev=a0", "-audiodev", "none,id=a0",
  steps=[PCI, QTREE])
x("r17-win-ich9-hda-pc", "-M", "pc", "-device", "ich9-intel-hda", "-device", "hda-duplex,audiodev=a0", "-audiodev", "none,id=a0",
  steps=[PCI])
x("r17-win-hda-duplex-no-hda", "-device", "hda-duplex")
x("r17-win-disable-s3-piix", "-global", "PIIX4_PM.disable_s3=1", "-global", "PIIX4_PM.disable_s4=1",
  steps=[QGET("/machine/i440fx/pci.0/child[1]", "disable_s3")])
x("r17-win-disable-s3-ich9", "-M", "q35", "-global", "ICH9-LPC.disable_s3=1", steps=[ST17])
x("r17-win-virtio-win-cdrom", "-M", "q35", "-drive", "file=%s,if=virtio" % img("win7.qcow2"),
  "-drive", "file=%s,media=cdrom,index=2" % img("virtio-win.iso"), files=["win7.qcow2", "virtio-win.iso"], steps=[PCI])
# (i) the monitor commands of the time
x("r17-hmp-usb-add", "-usb", steps=[H17("usb_add tablet"), USB17])
x("r17-hmp-pci-add", steps=[H17("pci_add auto nic model=e1000"), PCI])
x("r17-hmp-host-net-add", steps=[H17("host_net_add user"), H17("info network")])
x("r17-hmp-info-kvm-cpus", "-smp", "2", steps=[H17("info kvm"), CPUS, H17("info cpus -v")])
# without device_del: its DEVICE_DELETED comes at QEMU's own pace (first recordings)
x("r17-hmp-device-add-usb-tablet", "-usb", steps=[H17("device_add usb-tablet,id=tab"), USB17, MICE17])
x("r17-hmp-info-usb-no-usb", "-M", "pc", steps=[USB17, H17("info usbhost")])


# Measured while fixing round 17 (r17m-): QOM paths through a bus's
# "child[N]" links (bus_add_child numbers a bus's children as they attach;
# a device_add that fails in realize attached first, so it takes a number).
LINK17 = lambda bus, n, prop="type": QGET("%s/child[%d]" % (bus, n), prop)
PCI0 = "/machine/i440fx/pci.0"
x("r17m-bus-link-pc", "-M", "pc", steps=[LINK17(PCI0, n) for n in range(6)] +
  [LINK17("/machine/unattached/sysbus", n) for n in range(3)])
x("r17m-bus-link-q35", "-M", "q35", steps=[LINK17("/machine/q35/pcie.0", n) for n in range(6)])
x("r17m-bus-link-after-add", "-M", "pc", steps=[DA16("e1000,id=n1"), LINK17(PCI0, 4), LINK17(PCI0, 4, "mac"), LINK17(PCI0, 5)])
x("r17m-bus-link-after-failed-add", "-M", "pc", steps=[DA16("e1000,addr=1"), DA16("e1000,id=n1"), LINK17(PCI0, 4),
                                                      LINK17(PCI0, 5)])
x("r17m-bus-link-nested", "-M", "pc", "-cdrom", img("ubuntu.iso"), "-hda", img("winxp.img"), files=["ubuntu.iso", "winxp.img"],
  steps=[LINK17(PCI0 + "/child[2]/ide.1", 0), LINK17(PCI0 + "/child[2]/ide.0", 0), LINK17(PCI0 + "/child[2]/ide.0", 0, "drive")])
x("r17m-bus-link-list-hmp", "-M", "pc", steps=[qmp("qom-list", path=PCI0 + "/child[3]"),
                                              H17("qom-get /machine/i440fx/pci.0/child[1] type"),
                                              H17("qom-get /machine/i440fx/pci.0/child[7] type")])


# Automatic names: a -drive without a node name, a -nic/-net or default NIC's
# netdev get "#blockNNN"/"#netNNN", random per run (the first recordings
# differed only there): their cases do not show info block/network/qtree.
AUTO_BLOCK = ("-drive", "-hda", "-hdb", "-cdrom", "-snapshot")
AUTO_NET = ("-nic", "-net")


def drop_auto_names(c):
    a = c["args"]
    blk = any(o in a for o in AUTO_BLOCK) or not c.get("base", True)
    net = any(o in a for o in AUTO_NET) or (not c.get("base", True) and "-nodefaults" not in a) \
        or any(s.startswith("-nic") or s.startswith("-net ") for s in a)
    drop = []
    if blk:
        drop += [BLOCK]
    if net:
        drop += [NET, QTREE]
    if "steps" in c:
        c["steps"] = [s for s in c["steps"] if s not in drop]
        if not c["steps"]:
            del c["steps"]


# o4 (open-file pass o4): the PCI host bridge's qdev properties read with
# qom-get, as pc-x-r11-pt-hole64-pc does (set by -global, by a machine
# type's compat, and left at their defaults).
HB_PROPS = ("pci-hole64-size", "short_root_bus", "x-pci-hole64-fix", "bypass-iommu")
x("o4-hb-pc", "-M", "pc", steps=[QGET("/machine/i440fx", pr) for pr in HB_PROPS])
x("o4-hb-q35", "-M", "q35", steps=[QGET("/machine/q35", pr) for pr in HB_PROPS])
x("o4-hb-pc-old", "-M", "pc-i440fx-2.0", steps=[QGET("/machine/i440fx", pr) for pr in HB_PROPS])
x("o4-hb-q35-globals", "-M", "q35", "-global", "q35-pcihost.x-pci-hole64-fix=off", "-global", "q35-pcihost.pci-hole64-size=1T",
  steps=[QGET("/machine/q35", pr) for pr in HB_PROPS])
x("o4-hb-pc-bypass", "-M", "pc,default-bus-bypass-iommu=on", steps=[QGET("/machine/i440fx", "bypass-iommu")])

# Round 18 (c18-, 2026-12-07): what tutorials, blog posts, Proxmox's `qm
# showcmd`, virt-install and OpenStack print, in the combinations earlier
# rounds did not try: options given twice (which one wins, which ones merge),
# -global's long form and its mistakes, -action beside -no-reboot/
# -no-shutdown, -rtc with a fixed base read back, -m's slots/maxmem mixes,
# vmgenid/pvpanic/virtio-rng with rng backends, -mon and server sockets
# (server=on,wait=off only: a waiting server blocks the start), -pidfile,
# -readconfig of what is not a config file, -vga/-display pairs, odd spacing
# inside values, versioned q35 and pseries, and the monitor commands that
# show each effect. Left out: -serial mon:stdio and -nographic without
# -nodefaults (the recorder's QMP is on stdio), -msg timestamp=on with a
# message (wall clock), -overcommit mem-lock=on (mlockall follows the host's
# ulimit), -vga qxl/-display gtk,sdl,curses,egl-headless (the hosts'
# modules), vmgenid,guid=auto's GUID (random), rng-egd on a TCP chardev that
# connects (needs a listener on the host), -pidfile in a directory the
# recording host owns (/var/run).
Q18 = lambda path, *props: [QGET(path, pr) for pr in props]
H18 = lambda c: {"hmp": c}
MEMSUM18 = hmp("info memory_size_summary")[0]
QMS18 = qmp("query-memory-size-summary")
QCM18 = qmp("query-current-machine")
MDEV18 = hmp("info memory-devices")[0]
PER18 = "/machine/peripheral/"
SOCK18 = lambda n: "/tmp/hotplug-lab-pc-c18-%s.sock" % n
OBJ18 = qmp("qom-list", path="/objects")
# (a) an option given twice: the last wins, or the two merge
x("c18-twice-m", "-m", "512", "-m", "1G", steps=[MEMSUM18])
x("c18-twice-m-merge-maxmem", "-m", "1G,slots=2,maxmem=4G", "-m", "2G", steps=[MEMSUM18, QMS18])
x("c18-twice-smp", "-smp", "2", "-smp", "4", steps=[CPUS])
x("c18-twice-smp-merge", "-smp", "2", "-smp", "maxcpus=4", steps=[CPUS, HPC])
x("c18-twice-name", "-name", "first", "-name", "second", steps=NAMEQ)
x("c18-twice-name-merge", "-name", "guest=web", "-name", "debug-threads=on", steps=NAMEQ)
x("c18-twice-uuid", "-uuid", "11111111-2222-3333-4444-555555555555", "-uuid", "66666666-7777-8888-9999-aaaaaaaaaaaa", steps=UUIDQ)
x("c18-twice-M", "-M", "pc", "-M", "q35", steps=[QCM18, PCI])
x("c18-twice-machine-merge", "-machine", "q35", "-machine", "hpet=off", steps=MG("hpet", "type"))
x("c18-twice-machine-prop", "-machine", "pc,hpet=off", "-machine", "hpet=on", steps=MG("hpet"))
x("c18-twice-boot", "-boot", "order=c", "-boot", "order=d", steps=MG("boot"))
x("c18-twice-boot-merge", "-boot", "order=c", "-boot", "menu=on", steps=MG("boot"))
x("c18-twice-vga", "-vga", "std", "-vga", "virtio", steps=[PCI])
x("c18-twice-vga-none-last", "-vga", "cirrus", "-vga", "none", steps=[PCI])
x("c18-twice-k", "-k", "de", "-k", "fr", steps=[ST17])
x("c18-twice-rtc", "-rtc", "base=utc", "-rtc", "base=2020-01-01T00:00:00,clock=vm", steps=MG("rtc-time"))
x("c18-twice-action", "-action", "reboot=shutdown", "-action", "reboot=reset", steps=[RST, QST])
x("c18-twice-overcommit", "-overcommit", "mem-lock=off", "-overcommit", "cpu-pm=off", steps=[ST17])
x("c18-twice-msg", "-msg", "timestamp=off", "-msg", "guest-name=on", "-name", "g18", "-smp", "x")
x("c18-twice-display", "-display", "none", "-display", "none", steps=[QDISP])
x("c18-twice-global", "-global", "e1000.mac=52:54:00:00:00:01", "-global", "e1000.mac=52:54:00:00:00:02",
  "-device", "e1000,id=n0", steps=Q18(PER18 + "n0", "mac"))
x("c18-twice-accel", "-accel", "tcg,thread=single", "-accel", "tcg", steps=[ST17])
x("c18-serial-five", "-serial", "null", "-serial", "null", "-serial", "null", "-serial", "null", "-serial", "null")
x("c18-parallel-four", "-parallel", "null", "-parallel", "null", "-parallel", "null", "-parallel", "null")
x("c18-serial-four-q35", "-M", "q35", "-serial", "null", "-serial", "null", "-serial", "null", "-serial", "null", steps=[CHR])
x("c18-cdrom-twice", "-cdrom", img("install.iso"), "-cdrom", img("install.iso"), files=["install.iso"])
x("c18-twice-pidfile", "-pidfile", "/tmp/hotplug-lab-pc-c18-a.pid", "-pidfile", "/tmp/hotplug-lab-pc-c18-b.pid", steps=[ST17])
# (b) -global, good and bad
x("c18-global-long-form", "-global", "driver=e1000,property=mac,value=52:54:00:12:34:77", "-device", "e1000,id=n0",
  steps=Q18(PER18 + "n0", "mac"))
x("c18-global-long-no-value", "-global", "driver=e1000,property=mac")
x("c18-global-long-no-driver", "-global", "property=mac,value=52:54:00:12:34:77")
x("c18-global-no-dot", "-global", "e1000=1")
x("c18-global-empty-driver", "-global", ".mac=52:54:00:12:34:77")
x("c18-global-empty-prop", "-global", "e1000.=1")
x("c18-global-no-value", "-global", "e1000.mac")
x("c18-global-unknown-driver", "-global", "e1000x.mac=52:54:00:12:34:77", steps=[ST17])
x("c18-global-unknown-prop-used", "-global", "e1000.nosuch=1", "-device", "e1000")
x("c18-global-unknown-prop-unused", "-global", "e1000.nosuch=1", steps=[ST17])
x("c18-global-bad-value-used", "-global", "e1000.mac=zz", "-device", "e1000")
x("c18-global-abstract-virtio-pci", "-M", "q35", "-global", "virtio-pci.disable-legacy=on", "-device", "virtio-net-pci,id=n0,netdev=u0",
  "-netdev", "user,id=u0", steps=Q18(PER18 + "n0", "disable-legacy", "disable-modern"))
x("c18-global-virtio-net-mq", "-global", "virtio-net-pci.vectors=6", "-device", "virtio-net-pci,id=n0", steps=Q18(PER18 + "n0", "vectors"))
x("c18-global-device-overrides", "-global", "e1000.mac=52:54:00:00:00:01", "-device", "e1000,id=n0,mac=52:54:00:00:00:09",
  steps=Q18(PER18 + "n0", "mac"))
x("c18-global-pvpanic-ioport", "-global", "pvpanic.ioport=0x600", "-device", "pvpanic,id=pp", steps=Q18(PER18 + "pp", "ioport"))
x("c18-global-piix4-hotplug-bridge", "-M", "pc", "-global", "PIIX4_PM.acpi-pci-hotplug-with-bridge-support=off",
  steps=Q18("/machine/i440fx/pci.0/child[1]", "acpi-pci-hotplug-with-bridge-support"))
x("c18-global-ich9-root-hotplug", "-M", "q35", "-global", "ICH9-LPC.acpi-pci-hotplug-with-bridge-support=on",
  steps=Q18("/machine/q35/pcie.0/child[1]", "acpi-pci-hotplug-with-bridge-support"))
x("c18-global-cfi-secure-pc", "-M", "pc", "-global", "driver=cfi.pflash01,property=secure,value=on", steps=[ST17])
x("c18-global-rtc-lost-tick", "-global", "mc146818rtc.lost_tick_policy=slew", steps=[ST17])
x("c18-global-rtc-lost-tick-bad", "-global", "mc146818rtc.lost_tick_policy=merge")
x("c18-global-json", "-global", j(driver="e1000", property="mac", value="52:54:00:12:34:78"))
p("c18-global-pseries-vty", "-M", "pseries", "-global", "spapr-vty.reg=0x71000010", "-serial", "null", steps=[CHR, QTREE])
p("c18-global-pseries-bad", "-M", "pseries", "-global", "spapr-pci-host-bridge.index=x")
# (c) -action, -no-reboot, -no-shutdown and the requests that test them
x("c18-no-reboot-reset", "-no-reboot", steps=[RST, QST])
x("c18-no-shutdown-reboot-shutdown", "-no-shutdown", "-action", "reboot=shutdown", steps=[RST, QST])
x("c18-no-reboot-then-action-reset", "-no-reboot", "-action", "reboot=reset", steps=[RST, QST])
x("c18-action-reset-pause", "-action", "reset=pause", steps=[RST, QST])
x("c18-action-shutdown-pause-reboot-shutdown", "-M", "q35", "-action", "reboot=shutdown,shutdown=pause", steps=[RST, QST])
x("c18-action-panic-pvpanic", "-action", "panic=pause", "-device", "pvpanic,id=pp", steps=[QST, PCI])
x("c18-action-watchdog-none-i6300", "-M", "q35", "-action", "watchdog=none", "-device", "i6300esb,id=wd", steps=[PCI])
x("c18-action-bad-key", "-action", "poweroff=pause")
x("c18-action-empty-value", "-action", "reboot=")
p("c18-action-pseries-reset", "-M", "pseries", "-no-reboot", steps=[RST, QST])
# (d) -rtc with a fixed base read back
x("c18-rtc-base-clock-vm", "-rtc", "base=2020-01-01T00:00:00,clock=vm", steps=MG("rtc-time"))
x("c18-rtc-leap-day", "-rtc", "base=2024-02-29T12:00:00,clock=vm", steps=MG("rtc-time"))
x("c18-rtc-feb-30", "-rtc", "base=2023-02-30")
x("c18-rtc-q35-clock-vm", "-M", "q35", "-rtc", "base=1999-12-31T23:59:59,clock=vm", steps=MG("rtc-time"))
x("c18-rtc-hour-25", "-rtc", "base=2020-01-01T25:00:00")
p("c18-rtc-pseries-base", "-M", "pseries", "-rtc", "base=2020-01-01T00:00:00,clock=vm", steps=MG("rtc-time"))
p("c18-rtc-pseries-driftfix", "-M", "pseries", "-rtc", "driftfix=slew", steps=[ST17])
# (e) -m slots and maxmem
x("c18-m-slots-maxmem", "-m", "1G,slots=4,maxmem=8G", steps=[MEMSUM18, QMS18, MDEV18])
x("c18-m-size-key", "-m", "size=1G,slots=2,maxmem=2G", steps=[MEMSUM18])
x("c18-m-slots-no-maxmem", "-m", "1G,slots=2")
x("c18-m-maxmem-no-slots", "-m", "1G,maxmem=2G", steps=[MEMSUM18])
x("c18-m-maxmem-below", "-m", "2G,slots=2,maxmem=1G")
x("c18-m-maxmem-equal", "-m", "1G,slots=2,maxmem=1G", steps=[MEMSUM18])
x("c18-m-slots-too-many", "-m", "1G,slots=300,maxmem=4G")
x("c18-m-maxmem-unaligned", "-m", "1G,slots=2,maxmem=2049M")
x("c18-m-dimm-hotplug-q35", "-M", "q35", "-m", "1G,slots=2,maxmem=2G",
  steps=[qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "mem1", "size": 536870912}),
         H18("device_add pc-dimm,id=dimm1,memdev=mem1"), MDEV18, MEMSUM18])
x("c18-m-dimm-too-big", "-m", "1G,slots=1,maxmem=1536M",
  steps=[qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "mem1", "size": 1073741824}),
         H18("device_add pc-dimm,id=dimm1,memdev=mem1"), MDEV18])
x("c18-m-hex", "-m", "0x40000000", steps=[MEMSUM18])
x("c18-m-fraction", "-m", "1.5G", steps=[MEMSUM18])
p("c18-m-pseries-slots", "-M", "pseries", "-m", "2G,slots=4,maxmem=8G", steps=[MEMSUM18, QMS18])
p("c18-m-pseries-maxmem-unaligned", "-M", "pseries", "-m", "2G,slots=4,maxmem=3000M")
# (f) vmgenid, pvpanic, virtio-rng and rng backends
x("c18-vmgenid-fixed", "-device", "vmgenid,id=vg,guid=324e6eaf-d1d1-4bf6-bf41-b9bb6c91fb87", steps=Q18(PER18 + "vg", "guid"))
x("c18-vmgenid-q35", "-M", "q35", "-device", "vmgenid,guid=324e6eaf-d1d1-4bf6-bf41-b9bb6c91fb87", steps=[QTREE])
x("c18-vmgenid-twice", "-device", "vmgenid,guid=auto", "-device", "vmgenid,guid=auto")
x("c18-vmgenid-bad-guid", "-device", "vmgenid,guid=not-a-guid")
p("c18-vmgenid-pseries", "-M", "pseries", "-device", "vmgenid")
x("c18-pvpanic-q35", "-M", "q35", "-device", "pvpanic", steps=[QTREE])
x("c18-pvpanic-twice", "-device", "pvpanic", "-device", "pvpanic")
x("c18-pvpanic-pci-q35", "-M", "q35", "-device", "pvpanic-pci,id=pp", steps=[PCI, *Q18(PER18 + "pp", "events")])
p("c18-pvpanic-pci-pseries", "-M", "pseries", "-device", "pvpanic-pci,id=pp", steps=[PCI])
x("c18-pvpanic-events", "-device", "pvpanic,id=pp,events=1", steps=Q18(PER18 + "pp", "events"))
x("c18-virtio-rng-default", "-device", "virtio-rng-pci,id=r0", steps=[PCI, *Q18(PER18 + "r0", "rng", "max-bytes", "period")])
x("c18-virtio-rng-limits", "-object", "rng-random,id=rng0,filename=/dev/urandom", "-device",
  "virtio-rng-pci,rng=rng0,max-bytes=1024,period=1000,id=r0", steps=Q18(PER18 + "r0", "max-bytes", "period", "rng"))
x("c18-virtio-rng-nosuch", "-device", "virtio-rng-pci,rng=rng0")
x("c18-virtio-rng-shared", "-object", "rng-builtin,id=rng0", "-device", "virtio-rng-pci,rng=rng0", "-device", "virtio-rng-pci,rng=rng0",
  steps=[PCI])
x("c18-rng-random-filename-qom", "-object", "rng-random,id=rng0,filename=/dev/urandom", steps=[OBJ18, *Q18("/objects/rng0", "filename")])
x("c18-rng-random-missing-file", "-object", "rng-random,id=rng0,filename=/nonexistent/hwrng", "-device", "virtio-rng-pci,rng=rng0")
x("c18-rng-egd-no-chardev", "-object", "rng-egd,id=rng0", "-device", "virtio-rng-pci,rng=rng0")
x("c18-rng-egd-null", "-chardev", "null,id=c0", "-object", "rng-egd,id=rng0,chardev=c0", "-device", "virtio-rng-pci,rng=rng0",
  steps=[CHR, PCI])
x("c18-rng-egd-nosuch-chardev", "-object", "rng-egd,id=rng0,chardev=c9", "-device", "virtio-rng-pci,rng=rng0")
p("c18-virtio-rng-pseries", "-M", "pseries", "-object", "rng-builtin,id=rng0", "-device", "virtio-rng-pci,rng=rng0,id=r0",
  steps=[PCI])
x("c18-virtio-rng-device-pc", "-device", "virtio-rng-device")
# (g) -readconfig of what is not a config file, -pidfile
x("c18-readconfig-relative", "-readconfig", "qemu-c18-nosuch.cfg")
x("c18-readconfig-dir", "-readconfig", "/tmp")
x("c18-readconfig-empty", "-readconfig", "")
x("c18-readconfig-missing-after-error", "-readconfig", "/nonexistent/c18.cfg", "-smp", "x")
x("c18-pidfile-missing-dir", "-pidfile", "/nonexistent/c18/qemu.pid")
x("c18-pidfile-tmp", "-M", "q35", "-pidfile", "/tmp/hotplug-lab-pc-c18-q.pid", steps=[ST17])
# (h) -mon and server sockets
x("c18-mon-ringbuf-readline", "-chardev", "ringbuf,id=m0", "-mon", "chardev=m0,mode=readline", steps=[CHR])
x("c18-mon-default-mode", "-chardev", "null,id=m0", "-mon", "chardev=m0", steps=[CHR])
x("c18-mon-no-chardev", "-mon", "mode=readline")
x("c18-mon-twice-same-chardev", "-chardev", "null,id=m0", "-mon", "chardev=m0", "-mon", "chardev=m0,mode=control")
x("c18-mon-mux-serial", "-chardev", "null,id=c0,mux=on", "-mon", "chardev=c0,mode=readline", "-serial", "chardev:c0", steps=[CHR])
x("c18-mon-control-on-ringbuf", "-chardev", "ringbuf,id=q0", "-mon", "chardev=q0,mode=control", steps=[CHR, QCHR])
x("c18-sock-server-serial", "-chardev", "socket,id=s0,path=%s,server=on,wait=off" % SOCK18(1), "-serial", "chardev:s0",
  steps=[CHR, QCHR])
x("c18-sock-server-monitor", "-chardev", "socket,id=mon0,path=%s,server=on,wait=off" % SOCK18(2), "-mon", "chardev=mon0,mode=control",
  steps=[CHR])
x("c18-sock-server-short", "-chardev", "socket,id=s0,path=%s,server,nowait" % SOCK18(3), steps=[CHR])
x("c18-sock-server-yes-no", "-chardev", "socket,id=s0,path=%s,server=yes,wait=no" % SOCK18(4), steps=[CHR])
x("c18-sock-tcp-server-nodelay", "-chardev", "socket,id=s0,host=127.0.0.1,port=%d,server=on,wait=off,nodelay=on" % port(),
  steps=[QCHR])
x("c18-sock-server-virtserialport", "-device", "virtio-serial-pci,id=vs", "-chardev",
  "socket,id=ga0,path=%s,server=on,wait=off" % SOCK18(5), "-device", "virtserialport,chardev=ga0,name=org.qemu.guest_agent.0,id=ch0",
  steps=[CHR, *Q18(PER18 + "ch0", "name")])
x("c18-sock-no-path-no-host", "-chardev", "socket,id=s0,server=on,wait=off")
x("c18-sock-path-and-host", "-chardev", "socket,id=s0,path=%s,host=127.0.0.1,port=%d,server=on,wait=off" % (SOCK18(6), port()))
x("c18-sock-reconnect-server", "-chardev", "socket,id=s0,path=%s,server=on,wait=off,reconnect=1" % SOCK18(7))
x("c18-sock-server-websocket", "-chardev", "socket,id=s0,host=127.0.0.1,port=%d,server=on,wait=off,websocket=on" % port(),
  steps=[QCHR])
# (i) -vga and -display
x("c18-vga-none-device-vga", "-vga", "none", "-device", "VGA,id=v0", steps=[PCI])
x("c18-vga-std-device-vga", "-vga", "std", "-device", "VGA,id=v1", steps=[PCI])
x("c18-vga-cirrus-q35", "-M", "q35", "-vga", "cirrus", steps=[PCI])
x("c18-vga-bochs", "-vga", "bochs")
p("c18-vga-std-pseries", "-M", "pseries", "-vga", "std", steps=[PCI])
p("c18-vga-virtio-pseries", "-M", "pseries", "-vga", "virtio", steps=[PCI])
p("c18-vga-cirrus-pseries", "-M", "pseries", "-vga", "cirrus", steps=[PCI])
x("c18-display-none-vga-virtio-q35", "-M", "q35", "-display", "none", "-vga", "virtio", steps=[PCI, QDISP])
x("c18-display-bad", "-display", "nonex")
x("c18-display-none-option", "-display", "none,gl=es")
# (j) odd spacing and case
x("c18-space-m", "-m", " 1G")
x("c18-space-smp-trailing", "-smp", "2 ")
x("c18-space-machine-comma", "-machine", "q35, accel=tcg")
x("c18-space-name", "-name", " guest=x", steps=NAMEQ)
x("c18-space-M-trailing", "-M", "q35 ")
x("c18-space-cpu", "-cpu", " max")
x("c18-case-M-Q35", "-M", "Q35")
x("c18-case-vga-STD", "-vga", "STD")
x("c18-space-global", "-global", "e1000.mac = 52:54:00:00:00:01", "-device", "e1000")
# (k) -boot, -smbios, -fw_cfg, -k, -snapshot, -msg, -overcommit on more machines
p("c18-boot-once-pseries", "-M", "pseries", "-boot", "once=c", steps=MG("boot"))
p("c18-boot-strict-pseries", "-M", "pseries", "-boot", "strict=on,order=cd", steps=MG("boot"))
x("c18-boot-order-dn-q35", "-M", "q35", "-boot", "order=dn,menu=off", steps=MG("boot"))
x("c18-boot-splash-time-max", "-boot", "menu=on,splash-time=65535", steps=MG("boot"))
x("c18-boot-splash-time-over", "-boot", "menu=on,splash-time=65536")
x("c18-boot-reboot-timeout-zero", "-boot", "reboot-timeout=0", steps=MG("boot"))
x("c18-smbios-openstack", "-M", "q35", "-smbios",
  "type=1,manufacturer=OpenStack Foundation,product=OpenStack Nova,version=27.1.0,serial=7a1b2c3d-0000-4e5f-8a9b-0c1d2e3f4a5b,"
  "uuid=7a1b2c3d-0000-4e5f-8a9b-0c1d2e3f4a5b,family=Virtual Machine", steps=UUIDQ)
x("c18-smbios-uuid-and-uuid", "-uuid", "11111111-2222-3333-4444-555555555555", "-smbios",
  "type=1,uuid=66666666-7777-8888-9999-aaaaaaaaaaaa", steps=UUIDQ)
x("c18-smbios-type3-asset", "-smbios", "type=3,manufacturer=Lab,version=2,serial=S1,asset=ASSET-1,sku=SKU-3", steps=[ST17])
x("c18-smbios-type4-serial", "-smbios", "type=4,serial=CPU-S1,asset=CPU-A1,part=P-1", steps=[ST17])
x("c18-smbios-type0-date-bad", "-smbios", "type=0,date=2024-01-01")
p("c18-smbios-pseries", "-M", "pseries", "-smbios", "type=1,manufacturer=IBM")
x("c18-smbios-type-missing", "-smbios", "manufacturer=Acme")
x("c18-fw-cfg-duplicate-name", "-fw_cfg", "name=opt/org.example/a,string=1", "-fw_cfg", "name=opt/org.example/a,string=2")
x("c18-fw-cfg-q35-string", "-M", "q35", "-fw_cfg", "name=opt/org.example/c18,string=hello", steps=[ST17])
p("c18-fw-cfg-pseries", "-M", "pseries", "-fw_cfg", "name=opt/org.example/a,string=1")
p("c18-k-pseries", "-M", "pseries", "-k", "en-us", steps=[ST17])
x("c18-snapshot-no-drives", "-snapshot", steps=[ST17])
x("c18-snapshot-drive-snapshot-off", "-snapshot", "-drive", "file=%s,format=raw,if=virtio,snapshot=off" % img("disk.raw"),
  files=["disk.raw"], steps=[PCI])
x("c18-msg-timestamp-on-quiet", "-msg", "timestamp=on", steps=[ST17])
x("c18-msg-guest-name-error", "-msg", "guest-name=on", "-name", "guest=err18", "-m", "lots")
x("c18-msg-guest-name-no-name", "-msg", "guest-name=on", "-m", "lots")
p("c18-overcommit-cpu-pm-pseries", "-M", "pseries", "-overcommit", "cpu-pm=on", steps=[ST17])
x("c18-overcommit-q35-both", "-M", "q35", "-overcommit", "mem-lock=off,cpu-pm=on", steps=[ST17])
x("c18-name-debug-threads-q35", "-M", "q35", "-name", "guest=c18,debug-threads=on", steps=NAMEQ)
p("c18-name-debug-threads-pseries", "-M", "pseries", "-name", "guest=ppc18,debug-threads=on", steps=NAMEQ)
# (l) versioned machines
x("c18-q35-7.2-vmgenid", "-M", "pc-q35-7.2", "-device", "vmgenid,guid=324e6eaf-d1d1-4bf6-bf41-b9bb6c91fb87", steps=[QCM18])
x("c18-q35-8.0", "-M", "pc-q35-8.0", steps=[QCM18])
x("c18-q35-4.2-pvpanic", "-M", "pc-q35-4.2", "-device", "pvpanic,id=pp", steps=Q18(PER18 + "pp", "events"))
x("c18-i440fx-7.2-rtc", "-M", "pc-i440fx-7.2", "-rtc", "base=2020-01-01T00:00:00,clock=vm", steps=MG("rtc-time"))
x("c18-q35-6.2-smbios-ep", "-M", "pc-q35-6.2,smbios-entry-point-type=64", steps=MG("smbios-entry-point-type"))
x("c18-q35-2.11-smp", "-M", "pc-q35-2.11", "-smp", "2,maxcpus=4", steps=[HPC])
p("c18-pseries-7.2-m-slots", "-M", "pseries-7.2", "-m", "1G,slots=2,maxmem=4G", steps=[MEMSUM18])
p("c18-pseries-5.2-rng", "-M", "pseries-5.2", "-device", "virtio-rng-pci,id=r0", steps=[PCI])
p("c18-pseries-8.0", "-M", "pseries-8.0", steps=[QCM18])
p("c18-pseries-6.2-no-reboot", "-M", "pseries-6.2", "-no-reboot", "-name", "guest=p62", steps=[RST, QST, *NAMEQ])


# Measured while fixing round 18 (c18m-): a server socket with no address
# (its filename), ICH9-LPC's PM object properties without a -global (their
# defaults, on a current and an older q35), RAM past the address space.
ICH9_PM18 = ("acpi-pci-hotplug-with-bridge-support", "disable_s3", "disable_s4", "s4_val", "enable_tco",
             "memory-hotplug-support", "x-keep-pci-slot-hpc")
x("c18m-sock-no-address-filename", "-chardev", "socket,id=s0,server=on,wait=off", steps=[CHR, QCHR])
x("c18m-ich9-pm-defaults", "-M", "q35", steps=Q18("/machine/q35/pcie.0/child[1]", *ICH9_PM18))
x("c18m-ich9-pm-defaults-6.0", "-M", "pc-q35-6.0", steps=Q18("/machine/q35/pcie.0/child[1]", *ICH9_PM18))
x("c18m-m-200T", "-m", "200T")


# Round 19 (c19-, 2026-12-07): lines copied from where earlier rounds did not
# look: QEMU's own docs (system/invocation's -numa/-object/-accel/-icount
# examples, the CPU hotplug page, the i386 microvm page, the ppc64 pseries
# page), the Arch/Gentoo/Ubuntu wiki QEMU pages (virtiofs' shared memory,
# hugepages, IOMMUs), Stack Overflow answers, GNS3/EVE-NG/Packer/Lima/
# Multipass/minikube lines, Firecracker-like microvm lines, kernel
# developers' "-kernel -append -initrd" lines (a kernel that is not there
# fails as QEMU fails; runnable ones use a disk image as the "kernel", so no
# real kernel file is needed), -accel tcg's thread=/tb-size=, -icount,
# -semihosting/-plugin refusals, intel-iommu and virtio-iommu, the x-remote
# machine, memory-backend-* with share/prealloc/policy/host-nodes, -numa
# dist and hmat-lb, versioned pc/q35 and pseries, and the monitor commands
# that show each effect. Left out: -s (gdbstub on a fixed port 1234, which
# two cases at once would share), -serial mon:stdio/-nographic without
# -nodefaults (the recorder's QMP is on stdio), -enable-kvm/-cpu host past
# the KVM check, virtiofsd/vhost-user sockets that need a daemon, a
# kernel/initrd of the host's own (/boot/vmlinuz-*: differs per host),
# -plugin with a real plugin (Debian ships none), -object
# memory-backend-file on /dev/hugepages with a size the host has pages for.
NUMA19, HPC19, MEMDEV19 = hmp("info numa")[0], hmp("info hotpluggable-cpus")[0], hmp("info memdev")[0]
QMEMDEV19 = qmp("query-memdev")
QHPC19 = qmp("query-hotpluggable-cpus")
CPUS19 = hmp("info cpus")[0]
ST19, QST19 = hmp("info status")[0], qmp("query-status")
OBJ19 = lambda id, *props: [QGET("/objects/" + id, pr) for pr in props]
DEV19 = lambda id, *props: [QGET("/machine/peripheral/" + id, pr) for pr in props]
MT19 = lambda rx: {"hmp": "info mtree -f", "grep": rx}
M2 = ["-m", "2G", "-object", "memory-backend-ram,id=m0,size=1G", "-object", "memory-backend-ram,id=m1,size=1G"]
N2 = ["-numa", "node,nodeid=0,memdev=m0", "-numa", "node,nodeid=1,memdev=m1"]
# (a) QEMU's docs: system/invocation's -numa examples
x("c19-doc-numa-dist-3", "-m", "3G", "-smp", "3", *[a for n in range(3) for a in ("-object", "memory-backend-ram,id=m%d,size=1G" % n,
  "-numa", "node,nodeid=%d,cpus=%d,memdev=m%d" % (n, n, n))], "-numa", "dist,src=0,dst=1,val=15", "-numa", "dist,src=1,dst=2,val=20",
  "-numa", "dist,src=0,dst=2,val=20", steps=[NUMA19])
x("c19-doc-numa-dist-asym", "-smp", "2", *M2, "-numa", "node,nodeid=0,cpus=0,memdev=m0", "-numa", "node,nodeid=1,cpus=1,memdev=m1",
  "-numa", "dist,src=0,dst=1,val=21", "-numa", "dist,src=1,dst=0,val=31", steps=[NUMA19])
x("c19-doc-numa-dist-val-9", "-smp", "2", *M2, *N2, "-numa", "dist,src=0,dst=1,val=9")
x("c19-doc-numa-dist-val-255", "-smp", "2", *M2, *N2, "-numa", "dist,src=0,dst=1,val=255", steps=[NUMA19])
x("c19-doc-numa-dist-val-256", "-smp", "2", *M2, *N2, "-numa", "dist,src=0,dst=1,val=256")
x("c19-doc-numa-dist-src-missing", "-smp", "2", *M2, *N2, "-numa", "dist,dst=1,val=20")
x("c19-doc-numa-dist-node-absent", "-smp", "2", *M2, *N2, "-numa", "dist,src=0,dst=2,val=20")
x("c19-doc-numa-dist-one-node", "-m", "1G", "-object", "memory-backend-ram,id=m0,size=1G", "-numa", "node,nodeid=0,memdev=m0",
  "-numa", "dist,src=0,dst=0,val=10", steps=[NUMA19])
x("c19-doc-numa-cpus-split", "-smp", "4", *M2, "-numa", "node,nodeid=0,cpus=0,cpus=2,memdev=m0",
  "-numa", "node,nodeid=1,cpus=1,cpus=3,memdev=m1", steps=[NUMA19, HPC19])
x("c19-doc-numa-cpu-core-id", "-smp", "4,sockets=1,cores=4", *M2, *N2, "-numa", "cpu,node-id=0,socket-id=0,core-id=0",
  "-numa", "cpu,node-id=0,socket-id=0,core-id=1", "-numa", "cpu,node-id=1,socket-id=0,core-id=2",
  "-numa", "cpu,node-id=1,socket-id=0,core-id=3", steps=[NUMA19, HPC19])
x("c19-doc-numa-cpu-bad-socket", "-smp", "2,sockets=2", *M2, *N2, "-numa", "cpu,node-id=0,socket-id=5")
x("c19-doc-numa-mem-legacy-q35", "-M", "q35", "-m", "2G", "-smp", "2", "-numa", "node,mem=1G,cpus=0", "-numa", "node,mem=1G,cpus=1")
x("c19-doc-numa-mem-legacy-q35-5.0", "-M", "pc-q35-5.0", "-m", "2G", "-smp", "2", "-numa", "node,mem=1G,cpus=0",
  "-numa", "node,mem=1G,cpus=1", steps=[NUMA19])
x("c19-doc-numa-mem-legacy-pc-4.2", "-M", "pc-i440fx-4.2", "-m", "1G", "-numa", "node,mem=512M", "-numa", "node,mem=512M",
  steps=[NUMA19])
x("c19-doc-numa-mem-and-memdev", "-m", "1G", "-object", "memory-backend-ram,id=m0,size=512M", "-numa", "node,memdev=m0",
  "-numa", "node,mem=512M")
# hmat (hmat=on) beyond round 8's doc line
HM19 = ["-machine", "q35,hmat=on", "-m", "2G", "-smp", "2,sockets=2,maxcpus=2", "-object", "memory-backend-ram,size=1G,id=m0",
        "-object", "memory-backend-ram,size=1G,id=m1", "-numa", "node,nodeid=0,memdev=m0",
        "-numa", "node,nodeid=1,memdev=m1,initiator=0", "-numa", "cpu,node-id=0,socket-id=0", "-numa", "cpu,node-id=0,socket-id=1"]
LB19 = "hmat-lb,initiator=0,target=%d,hierarchy=%s,data-type=%s,%s"
x("c19-hmat-lb-both-targets", *HM19, "-numa", LB19 % (0, "memory", "access-latency", "latency=5"),
  "-numa", LB19 % (1, "memory", "access-latency", "latency=10"), steps=[NUMA19])
x("c19-hmat-lb-read-write", *HM19, "-numa", LB19 % (0, "memory", "read-latency", "latency=5"),
  "-numa", LB19 % (0, "memory", "write-latency", "latency=7"), "-numa", LB19 % (0, "memory", "read-bandwidth", "bandwidth=1G"),
  steps=[NUMA19])
x("c19-hmat-lb-first-level", *HM19, "-numa", LB19 % (0, "first-level", "access-latency", "latency=3"), steps=[NUMA19])
x("c19-hmat-lb-bw-units", *HM19, "-numa", LB19 % (0, "memory", "access-bandwidth", "bandwidth=2G"),
  "-numa", LB19 % (1, "memory", "access-bandwidth", "bandwidth=512M"), steps=[NUMA19])
x("c19-hmat-lb-no-hmat", "-machine", "q35", *HM19[2:], "-numa", LB19 % (0, "memory", "access-bandwidth", "bandwidth=1G"))
x("c19-hmat-lb-pc", "-machine", "pc,hmat=on", *HM19[2:], "-numa", LB19 % (0, "memory", "access-latency", "latency=5"), steps=[NUMA19])
x("c19-hmat-initiator-missing", "-machine", "q35,hmat=on", "-m", "2G", "-smp", "2,sockets=2,maxcpus=2", *M2[2:],
  "-numa", "node,nodeid=0,memdev=m0", "-numa", "node,nodeid=1,memdev=m1", "-numa", "cpu,node-id=0,socket-id=0",
  "-numa", "cpu,node-id=0,socket-id=1")
x("c19-hmat-initiator-no-cpu", "-machine", "q35,hmat=on", "-m", "2G", "-smp", "2,sockets=2,maxcpus=2", *M2[2:],
  "-numa", "node,nodeid=0,memdev=m0,initiator=1", "-numa", "node,nodeid=1,memdev=m1,initiator=1",
  "-numa", "cpu,node-id=0,socket-id=0", "-numa", "cpu,node-id=0,socket-id=1")
x("c19-hmat-initiator-no-hmat", "-machine", "q35", "-m", "2G", "-smp", "2", *M2[2:], "-numa", "node,nodeid=0,cpus=0-1,memdev=m0",
  "-numa", "node,nodeid=1,memdev=m1,initiator=0", steps=[NUMA19])
x("c19-hmat-on-no-numa", "-machine", "q35,hmat=on", steps=[QGET("/machine", "hmat")])
x("c19-hmat-lb-latency-zero", *HM19, "-numa", LB19 % (0, "memory", "access-latency", "latency=0"), steps=[NUMA19])
p("c19-hmat-pseries", "-M", "pseries,hmat=on")
# (b) -object memory-backend-* with share/prealloc/policy/host-nodes
x("c19-mem-ram-prealloc", "-m", "256M", "-object", "memory-backend-ram,id=pc.ram,size=256M,prealloc=on",
  "-machine", "memory-backend=pc.ram", steps=[MEMDEV19, *OBJ19("pc.ram", "prealloc", "size")])
x("c19-mem-ram-prealloc-threads", "-m", "256M", "-object", "memory-backend-ram,id=r,size=256M,prealloc=on,prealloc-threads=2",
  "-machine", "memory-backend=r", steps=OBJ19("r", "prealloc-threads", "prealloc"))
x("c19-mem-ram-policy-bind", "-m", "256M", "-object", "memory-backend-ram,id=r,size=256M,policy=bind,host-nodes=0",
  "-numa", "node,memdev=r", steps=[MEMDEV19, QMEMDEV19])
x("c19-mem-ram-policy-preferred", "-m", "256M", "-object", "memory-backend-ram,id=r,size=256M,policy=preferred,host-nodes=0",
  "-numa", "node,memdev=r", steps=[MEMDEV19])
x("c19-mem-ram-policy-interleave-range", "-m", "256M", "-object", "memory-backend-ram,id=r,size=256M,policy=interleave,host-nodes=0-0",
  "-numa", "node,memdev=r", steps=OBJ19("r", "policy", "host-nodes"))
x("c19-mem-ram-policy-bind-no-nodes", "-m", "256M", "-object", "memory-backend-ram,id=r,size=256M,policy=bind", "-numa", "node,memdev=r")
x("c19-mem-ram-host-nodes-no-policy", "-m", "256M", "-object", "memory-backend-ram,id=r,size=256M,host-nodes=0", "-numa", "node,memdev=r",
  steps=[MEMDEV19])
x("c19-mem-ram-policy-bad", "-m", "256M", "-object", "memory-backend-ram,id=r,size=256M,policy=local", "-numa", "node,memdev=r")
x("c19-mem-ram-host-nodes-big", "-m", "256M", "-object", "memory-backend-ram,id=r,size=256M,policy=bind,host-nodes=1024",
  "-numa", "node,memdev=r")
x("c19-mem-ram-policy-default", "-m", "256M", "-object", "memory-backend-ram,id=r,size=256M,policy=default", "-numa", "node,memdev=r",
  steps=OBJ19("r", "policy"))
x("c19-mem-ram-share", "-m", "256M", "-object", "memory-backend-ram,id=r,size=256M,share=on", "-machine", "memory-backend=r",
  steps=[MEMDEV19, *OBJ19("r", "share")])
x("c19-mem-ram-merge-dump", "-m", "256M", "-object", "memory-backend-ram,id=r,size=256M,merge=off,dump=off", "-numa", "node,memdev=r",
  steps=[MEMDEV19])
x("c19-mem-memfd-hugetlb-off", "-m", "256M", "-object", "memory-backend-memfd,id=r,size=256M,share=on,hugetlb=off",
  "-machine", "memory-backend=r", steps=[MEMDEV19, *OBJ19("r", "hugetlb", "seal")])
x("c19-mem-memfd-seal-off", "-m", "256M", "-object", "memory-backend-memfd,id=r,size=256M,seal=off", "-numa", "node,memdev=r",
  steps=OBJ19("r", "seal", "share"))
x("c19-mem-memfd-hugetlbsize-no-hugetlb", "-m", "256M", "-object", "memory-backend-memfd,id=r,size=256M,hugetlbsize=2M",
  "-numa", "node,memdev=r")
x("c19-mem-file-shm-virtiofs", "-m", "256M", "-object", "memory-backend-file,id=mem,size=256M,mem-path=/dev/shm,share=on",
  "-numa", "node,memdev=mem", steps=[MEMDEV19, NUMA19])
x("c19-mem-file-hugepages-missing", "-m", "256M", "-object", "memory-backend-file,id=mem,size=256M,mem-path=/nonexistent/hugepages,share=on",
  "-numa", "node,memdev=mem")
x("c19-mem-file-discard", "-m", "64M", "-object", "memory-backend-file,id=mf,size=64M,mem-path=/tmp,discard-data=on,prealloc=on",
  "-machine", "memory-backend=mf", steps=OBJ19("mf", "discard-data", "prealloc", "mem-path"))
x("c19-mem-file-align", "-m", "64M", "-object", "memory-backend-file,id=mf,size=64M,mem-path=/tmp,align=2M", "-numa", "node,memdev=mf",
  steps=OBJ19("mf", "align"))
x("c19-mem-file-readonly", "-m", "64M", "-object", "memory-backend-file,id=mf,size=64M,mem-path=/tmp,readonly=on",
  "-machine", "memory-backend=mf")
x("c19-mem-size-mismatch-numa", "-m", "1G", "-object", "memory-backend-ram,id=m0,size=512M", "-object", "memory-backend-ram,id=m1,size=256M",
  "-numa", "node,memdev=m0", "-numa", "node,memdev=m1")
x("c19-mem-backend-used-twice", "-m", "512M", "-object", "memory-backend-ram,id=m0,size=512M", "-numa", "node,memdev=m0",
  "-numa", "node,memdev=m0")
x("c19-mem-backend-and-numa", "-m", "512M", "-object", "memory-backend-ram,id=m0,size=512M", "-machine", "memory-backend=m0",
  "-numa", "node,memdev=m0")
x("c19-mem-ram-reserve-off", "-m", "256M", "-object", "memory-backend-ram,id=r,size=256M,reserve=off", "-numa", "node,memdev=r",
  steps=OBJ19("r", "reserve"))
p("c19-mem-pseries-policy", "-M", "pseries", "-m", "512M", "-object", "memory-backend-ram,id=r,size=512M,policy=bind,host-nodes=0",
  "-numa", "node,memdev=r", steps=[MEMDEV19, NUMA19])
p("c19-mem-pseries-memfd-share", "-M", "pseries", "-m", "512M", "-object", "memory-backend-memfd,id=r,size=512M,share=on",
  "-machine", "memory-backend=r", steps=[MEMDEV19])
# (c) QEMU's CPU hotplug page and the NUMA page's hotplug
x("c19-doc-hotplug-ivybridge", "-smp", "1,maxcpus=2", "-cpu", "IvyBridge-IBRS", steps=[HPC19,
  hmp("device_add IvyBridge-IBRS-x86_64-cpu,id=core1,socket-id=1,core-id=0,thread-id=0")[0], CPUS19, HPC19])
x("c19-doc-hotplug-qmp", "-smp", "1,maxcpus=2", "-cpu", "IvyBridge-IBRS", steps=[QHPC19,
  qmp("device_add", driver="IvyBridge-IBRS-x86_64-cpu", id="core1", **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
  qmp("query-cpus-fast"), qmp("device_del", id="core1")])
x("c19-doc-hotplug-wrong-model", "-smp", "1,maxcpus=2", "-cpu", "IvyBridge-IBRS", steps=[
  hmp("device_add qemu64-x86_64-cpu,id=core1,socket-id=1,core-id=0,thread-id=0")[0], CPUS19])
x("c19-doc-hotplug-numa-node", "-smp", "1,maxcpus=2,sockets=2", *M2, *N2, "-numa", "cpu,node-id=0,socket-id=0",
  "-numa", "cpu,node-id=1,socket-id=1", steps=[HPC19, hmp("device_add qemu64-x86_64-cpu,id=c1,socket-id=1,core-id=0,thread-id=0")[0],
  NUMA19])
x("c19-doc-hotplug-numa-wrong-node", "-smp", "1,maxcpus=2,sockets=2", *M2, *N2, "-numa", "cpu,node-id=0,socket-id=0",
  "-numa", "cpu,node-id=1,socket-id=1", steps=[hmp("device_add qemu64-x86_64-cpu,id=c1,socket-id=1,core-id=0,thread-id=0,node-id=0")[0]])
x("c19-doc-hotplug-q35-cascadelake", "-M", "q35", "-smp", "2,maxcpus=4,sockets=2,cores=2", "-cpu", "Cascadelake-Server-v5",
  steps=[HPC19, hmp("device_add Cascadelake-Server-v5-x86_64-cpu,id=c3,socket-id=1,core-id=1,thread-id=0")[0], CPUS19])
p("c19-doc-hotplug-pseries", "-M", "pseries", "-cpu", "POWER9", "-smp", "1,maxcpus=2", steps=[HPC19,
  hmp("device_add POWER9_v2.0-spapr-cpu-core,id=core1,core-id=1")[0], CPUS19, HPC19])
p("c19-doc-hotplug-pseries-lower", "-M", "pseries", "-cpu", "POWER9", "-smp", "1,maxcpus=2", steps=[
  hmp("device_add power9_v2.0-spapr-cpu-core,id=core1,core-id=1")[0]])
p("c19-doc-hotplug-pseries-numa", "-M", "pseries", "-smp", "2,maxcpus=4,cores=4", "-m", "2G", "-object", "memory-backend-ram,id=m0,size=1G",
  "-object", "memory-backend-ram,id=m1,size=1G", "-numa", "node,nodeid=0,memdev=m0", "-numa", "node,nodeid=1,memdev=m1",
  "-numa", "cpu,node-id=0,core-id=0", "-numa", "cpu,node-id=0,core-id=1", "-numa", "cpu,node-id=1,core-id=2",
  "-numa", "cpu,node-id=1,core-id=3", steps=[HPC19, NUMA19])
p("c19-doc-pseries-numa-dist", "-M", "pseries", "-smp", "2", "-m", "2G", "-object", "memory-backend-ram,id=m0,size=1G",
  "-object", "memory-backend-ram,id=m1,size=1G", "-numa", "node,nodeid=0,cpus=0,memdev=m0", "-numa", "node,nodeid=1,cpus=1,memdev=m1",
  "-numa", "dist,src=0,dst=1,val=40", steps=[NUMA19])
p("c19-doc-pseries-numa-dist-5.2", "-M", "pseries-5.2", "-smp", "2", "-m", "2G", "-object", "memory-backend-ram,id=m0,size=1G",
  "-object", "memory-backend-ram,id=m1,size=1G", "-numa", "node,nodeid=0,cpus=0,memdev=m0", "-numa", "node,nodeid=1,cpus=1,memdev=m1",
  "-numa", "dist,src=0,dst=1,val=40", steps=[NUMA19])
# (d) -accel tcg variants
x("c19-accel-thread-multi-q35", "-M", "q35", "-accel", "tcg,thread=multi", "-smp", "4", steps=[QST19, *ACCEL("thread")])
x("c19-accel-tb-size-256", "-accel", "tcg,tb-size=256", steps=ACCEL("tb-size"))
x("c19-accel-tb-size-hex", "-accel", "tcg,tb-size=0x40")
x("c19-accel-tb-size-suffix", "-accel", "tcg,tb-size=64M")
x("c19-accel-thread-single-tb", "-accel", "tcg,thread=single,tb-size=128", "-smp", "2", steps=ACCEL("thread", "tb-size"))
x("c19-accel-machine-accel-tcg-thread", "-machine", "pc,accel=tcg:kvm", steps=[QST19])
x("c19-accel-kvm-tcg-list", "-machine", "q35,accel=kvm:tcg", steps=[qmp("query-kvm")])
x("c19-accel-xen", "-accel", "xen")
x("c19-accel-whpx", "-accel", "whpx")
x("c19-accel-hvf-tcg", "-accel", "hvf", "-accel", "tcg", steps=[QST19])
x("c19-accel-tcg-one-insn-icount", "-accel", "tcg,one-insn-per-tb=on", "-icount", "shift=auto", steps=[QST19])
p("c19-accel-pseries-single", "-M", "pseries", "-accel", "tcg,thread=single", "-smp", "2", steps=ACCEL("thread"))
x("c19-accel-qtest", "-accel", "qtest", steps=[QST19])
# (e) -icount
x("c19-icount-shift-0", "-icount", "shift=0", steps=[QST19])
x("c19-icount-shift-10", "-icount", "shift=10", steps=[QST19])
x("c19-icount-bare-7", "-icount", "7,align=off", steps=[QST19])
x("c19-icount-align-sleep-off", "-icount", "shift=auto,align=on,sleep=off")
x("c19-icount-shift-neg", "-icount", "shift=-1")
x("c19-icount-shift-word", "-icount", "shift=fast")
x("c19-icount-rr-replay-missing", "-icount", "shift=auto,rr=replay,rrfile=/nonexistent/replay.bin")
x("c19-icount-rrsnapshot-no-rr", "-icount", "shift=7,rrsnapshot=init")
p("c19-icount-pseries-auto", "-M", "pseries", "-icount", "shift=auto", steps=[QST19])
# (f) -semihosting and -plugin refusals
x("c19-semihosting", "-semihosting")
x("c19-semihosting-config", "-semihosting-config", "enable=on,target=native")
p("c19-semihosting-pseries", "-M", "pseries", "-semihosting")
x("c19-plugin-missing", "-plugin", "/nonexistent/contrib/plugins/libhotblocks.so")
x("c19-plugin-file-arg", "-plugin", "file=/nonexistent/libexeclog.so,arg=ifilter=st")
x("c19-plugin-no-file", "-plugin", "arg=inline")
x("c19-plugin-relative", "-plugin", "./build/tests/plugin/libinsn.so,inline=on")
x("c19-plugin-not-elf", "-plugin", "/tmp/hotplug-lab-pc/vm.img", files=["vm.img"])
p("c19-plugin-pseries", "-M", "pseries", "-plugin", "/nonexistent/libbb.so")
# (g) IOMMUs: intel-iommu, virtio-iommu, AMD
x("c19-iommu-intel-scalable", "-M", "q35", "-device", "intel-iommu,x-scalable-mode=on", steps=[PCI])
x("c19-iommu-intel-aw-bits", "-M", "q35", "-device", "intel-iommu,aw-bits=48,id=iommu", steps=DEV19("iommu", "aw-bits"))
x("c19-iommu-intel-aw-bits-bad", "-M", "q35", "-device", "intel-iommu,aw-bits=40")
x("c19-iommu-intel-pc", "-M", "pc", "-device", "intel-iommu")
x("c19-iommu-intel-twice", "-M", "q35", "-device", "intel-iommu", "-device", "intel-iommu")
x("c19-iommu-intel-after-device", "-M", "q35", "-device", "virtio-net-pci", "-device", "intel-iommu", steps=[PCI])
x("c19-iommu-intel-device-iotlb-no-ats", "-M", "q35", "-device", "intel-iommu,device-iotlb=on", "-device",
  "virtio-net-pci,iommu_platform=on,ats=on,id=n0", steps=DEV19("n0", "ats", "iommu_platform"))
x("c19-iommu-intel-snoop", "-M", "q35", "-device", "intel-iommu,snoop-control=on,id=i", steps=DEV19("i", "snoop-control"))
x("c19-iommu-intel-hmp-add", "-M", "q35", steps=[hmp("device_add intel-iommu")[0]])
x("c19-iommu-virtio-q35", "-M", "q35", "-device", "virtio-iommu-pci,id=vi", steps=[PCI, *DEV19("vi", "boot-bypass")])
x("c19-iommu-virtio-pc", "-M", "pc", "-device", "virtio-iommu-pci", steps=[PCI])
x("c19-iommu-virtio-boot-bypass-off", "-M", "q35", "-device", "virtio-iommu-pci,boot-bypass=off,id=vi", steps=DEV19("vi", "boot-bypass"))
x("c19-iommu-virtio-and-intel", "-M", "q35", "-device", "intel-iommu", "-device", "virtio-iommu-pci")
x("c19-iommu-virtio-twice", "-M", "q35", "-device", "virtio-iommu-pci", "-device", "virtio-iommu-pci")
x("c19-iommu-virtio-hotplug", "-M", "q35", steps=[hmp("device_add virtio-iommu-pci,id=vi")[0], PCI])
p("c19-iommu-virtio-pseries", "-M", "pseries", "-device", "virtio-iommu-pci")
x("c19-iommu-amd-q35", "-M", "q35", "-device", "amd-iommu", steps=[PCI])
x("c19-iommu-bypass-bus", "-M", "q35,default-bus-bypass-iommu=on", "-device", "intel-iommu", "-device", "pxb-pcie,bus_nr=0x80,bypass_iommu=on,id=pxb",
  steps=[QGET("/machine", "default-bus-bypass-iommu"), *DEV19("pxb", "bypass_iommu")])
# (h) x-remote and other refusals of -machine
x("c19-xremote-plain", "-M", "x-remote", steps=[QCM18, QST19, PCI])
x("c19-xremote-vfio-user", "-M", "x-remote,vfio-user=on", steps=[QGET("/machine", "vfio-user"), QGET("/machine", "auto-shutdown")])
x("c19-xremote-auto-shutdown-off", "-M", "x-remote,auto-shutdown=off", steps=[QGET("/machine", "auto-shutdown")])
x("c19-xremote-object-no-server", "-M", "x-remote,vfio-user=on", "-object", "x-vfio-user-server,id=v,device=nosuch")
x("c19-xremote-object-plain", "-M", "x-remote", "-object", "x-remote-object,id=r,fd=99,devid=nosuch")
x("c19-xremote-with-smp", "-M", "x-remote", "-smp", "2", steps=[CPUS19])
x("c19-xremote-proxy-dev", "-device", "x-pci-proxy-dev,fd=99")
x("c19-machine-none-smp", "-M", "none", "-smp", "2")
x("c19-machine-none-m", "-M", "none", "-m", "1G", steps=[QST19])
# (i) microvm / Firecracker-like lines (QEMU's i386 microvm page)
MV19 = ["-M", "microvm,x-option-roms=off,pit=off,pic=off,isa-serial=off,rtc=off", "-nodefaults", "-no-user-config"]
x("c19-microvm-doc-kernel-missing", *MV19, "-m", "512m", "-smp", "2", "-kernel", "/nonexistent/vmlinux", "-append", "console=hvc0 root=/dev/vda")
x("c19-microvm-doc-no-kernel", *MV19, "-m", "512m", "-smp", "2", "-chardev", "null,id=virtiocon0", "-device", "virtio-serial-device",
  "-device", "virtconsole,chardev=virtiocon0", steps=[QTREE])
x("c19-microvm-doc-blk", *MV19, "-m", "512m", "-drive", "id=test,file=%s,format=raw,if=none" % img("disk.raw"),
  "-device", "virtio-blk-device,drive=test", "-netdev", "user,id=n0", "-device", "virtio-net-device,netdev=n0", files=["disk.raw"],
  steps=[QTREE])
x("c19-microvm-firecracker-like", "-M", "microvm,acpi=off,pcie=off", "-nodefaults", "-no-user-config", "-cpu", "max", "-m", "256",
  "-smp", "1", "-device", "virtio-rng-device", steps=[QGET("/machine", "acpi"), QTREE])
x("c19-microvm-pcie-on", "-M", "microvm,pcie=on", "-nodefaults", "-device", "virtio-net-pci,netdev=n0", "-netdev", "user,id=n0",
  steps=[PCI])
x("c19-microvm-virtio-pci-no-pcie", "-M", "microvm", "-nodefaults", "-device", "virtio-rng-pci")
x("c19-microvm-ioapic2-off", "-M", "microvm,ioapic2=off", "-nodefaults", steps=[QGET("/machine", "ioapic2")])
x("c19-microvm-hotplug-cpu", "-M", "microvm", "-nodefaults", "-smp", "1,maxcpus=2", steps=[HPC19])
# (j) kernel developers' lines (no kernel file: each fails as QEMU fails)
x("c19-kdev-bzimage-relative", "-kernel", "arch/x86/boot/bzImage", "-append", "console=ttyS0 nokaslr", "-initrd", "initramfs.cpio.gz",
  "-m", "512", "-S")
x("c19-kdev-syzkaller", "-m", "2G", "-smp", "2", "-kernel", "/nonexistent/linux/arch/x86/boot/bzImage", "-append",
  "console=ttyS0 root=/dev/sda earlyprintk=serial net.ifnames=0", "-net", "user,host=10.0.2.10,hostfwd=tcp:127.0.0.1:%d-:22" % port(),
  "-net", "nic,model=e1000")
x("c19-kdev-initrd-only-append", "-initrd", "/nonexistent/initramfs.cpio", "-append", "rdinit=/init")
x("c19-kdev-dtb-x86", "-kernel", "/nonexistent/bzImage", "-dtb", "/nonexistent/board.dtb")
x("c19-kdev-dtb-no-kernel", "-dtb", "/nonexistent/board.dtb")
x("c19-kdev-image-as-kernel-q35", "-M", "q35", "-kernel", img("vm.img"), "-append", "console=ttyS0 panic=-1", "-no-reboot",
  files=["vm.img"], steps=[QST19])
x("c19-kdev-image-as-initrd-missing-kernel", "-kernel", "/nonexistent/bzImage", "-initrd", img("disk.raw"), files=["disk.raw"])
x("c19-kdev-gdb-port", "-kernel", "/nonexistent/vmlinuz", "-gdb", "tcp::%d" % port(), "-S")
x("c19-kdev-gdb-port-ok", "-gdb", "tcp:127.0.0.1:%d" % port(), "-S", steps=[QST19])
x("c19-kdev-gdb-none", "-gdb", "none", steps=[QST19])
x("c19-kdev-virtme-like", "-machine", "accel=tcg", "-cpu", "max", "-parallel", "none", "-net", "none", "-echr", "1",
  "-kernel", "/nonexistent/virtme/bzImage", "-append", "virtme_link_mods=/x earlyprintk=serial,ttyS0,115200 console=ttyS0")
x("c19-kdev-echr-ok", "-echr", "1", steps=[QST19])
x("c19-kdev-echr-bad", "-echr", "x")
p("c19-kdev-pseries-vmlinux", "-M", "pseries", "-cpu", "POWER9", "-kernel", "/nonexistent/vmlinux", "-append", "console=hvc0")
p("c19-kdev-pseries-initrd-no-kernel", "-M", "pseries", "-initrd", "/nonexistent/rootfs.cpio")
# (k) wikis and tools
x("c19-gentoo-hostname", "-cpu", "max", "-smp", "4", "-m", "1024", "-netdev", "user,id=vmnic,hostname=Gentoo",
  "-device", "virtio-net,netdev=vmnic", "-device", "virtio-rng-pci", "-vga", "virtio", steps=[PCI])
x("c19-arch-virtiofs-memfd", "-m", "512M", "-object", "memory-backend-memfd,id=mem,size=512M,share=on", "-numa", "node,memdev=mem",
  steps=[NUMA19, MEMDEV19])
x("c19-arch-virtiofs-no-daemon", "-m", "512M", "-object", "memory-backend-memfd,id=mem,size=512M,share=on", "-numa", "node,memdev=mem",
  "-chardev", "socket,id=char0,path=/nonexistent/vfsd.sock", "-device", "vhost-user-fs-pci,queue-size=1024,chardev=char0,tag=myfs")
x("c19-ubuntu-q35-smm", "-M", "q35,smm=on", "-global", "driver=cfi.pflash01,property=secure,value=on", steps=[QGET("/machine", "smm")])
x("c19-gns3-udp", "-m", "1024M", "-smp", "cpus=1", "-machine", "smm=off", "-boot", "order=c", "-uuid",
  "2a5e9c14-aa7e-4a7c-86e3-ab2e3fef8f95", "-net", "none", "-device", "e1000,mac=0c:d3:f1:aa:00:00,netdev=gns3-0",
  "-netdev", "socket,id=gns3-0,udp=127.0.0.1:%d,localaddr=127.0.0.1:%d" % (port(), port()), steps=[PCI, QGET("/machine", "smm")])
x("c19-eve-nodefconfig", "-machine", "type=pc,accel=tcg", "-nodefconfig", "-nodefaults", "-display", "none", "-vga", "std",
  "-rtc", "base=utc")
x("c19-eve-machine-type", "-machine", "type=pc,accel=tcg", "-nodefaults", "-vga", "std", "-rtc", "base=utc", steps=[PCI])
x("c19-packer-line", "-machine", "type=pc,accel=tcg", "-netdev", "user,id=user.0,hostfwd=tcp::%d-:22" % port(),
  "-device", "virtio-net,netdev=user.0", "-drive", "file=%s,if=virtio,cache=writeback,discard=ignore,format=qcow2" % img("disk.qcow2"),
  "-boot", "once=d", "-m", "512M", "-name", "packer-ubuntu", files=["disk.qcow2"], steps=[PCI, *MG("boot")])
x("c19-multipass-like", "-M", "pc-q35-7.2", "-cpu", "max", "-smp", "2", "-m", "1024M", "-device",
  "virtio-scsi-pci,id=scsi0", "-drive", "file=%s,if=none,format=qcow2,discard=unmap,id=hda" % img("disk.qcow2"),
  "-device", "scsi-hd,drive=hda,bus=scsi0.0", "-nic", "user,model=virtio-net-pci,mac=52:54:00:1d:3e:21", files=["disk.qcow2"],
  steps=[PCI])
x("c19-so-prealloc-answer", "-m", "512M", "-mem-prealloc", steps=[QST19])
x("c19-so-mem-path", "-m", "64M", "-mem-path", "/tmp", steps=[MEMDEV19])
x("c19-so-mem-path-missing", "-m", "64M", "-mem-path", "/nonexistent/hugetlbfs")
x("c19-so-mem-path-with-backend", "-m", "64M", "-mem-path", "/tmp", "-object", "memory-backend-ram,id=r,size=64M",
  "-machine", "memory-backend=r")
# (l) versioned pc/q35 and pseries
x("c19-q35-2.12-hotplug", "-M", "pc-q35-2.12", "-smp", "1,maxcpus=2", steps=[HPC19,
  hmp("device_add qemu64-x86_64-cpu,id=c1,socket-id=1,core-id=0,thread-id=0")[0], CPUS19])
x("c19-pc-1.5-numa", "-M", "pc-i440fx-1.5", "-m", "1G", "-smp", "2", "-numa", "node,cpus=0,mem=512M", "-numa", "node,cpus=1,mem=512M",
  steps=[NUMA19])
x("c19-q35-5.1-mem-legacy", "-M", "pc-q35-5.1", "-m", "1G", "-numa", "node,mem=1G")
x("c19-q35-7.0-iommu", "-M", "pc-q35-7.0", "-device", "intel-iommu,id=i", steps=DEV19("i", "aw-bits"))
x("c19-q35-8.2-iommu", "-M", "pc-q35-8.2", "-device", "intel-iommu,id=i", steps=DEV19("i", "aw-bits"))
p("c19-pseries-4.2-numa-legacy", "-M", "pseries-4.2", "-m", "1G", "-smp", "2", "-numa", "node,cpus=0,mem=512M",
  "-numa", "node,cpus=1,mem=512M", steps=[NUMA19])
p("c19-pseries-7.2-numa-legacy", "-M", "pseries-7.2", "-m", "1G", "-numa", "node,mem=1G")
p("c19-pseries-3.1-hotplug", "-M", "pseries-3.1", "-smp", "1,maxcpus=2", steps=[HPC19])
p("c19-pseries-nested-hv", "-M", "pseries,cap-nested-hv=on", steps=[QGET("/machine", "cap-nested-hv")])
p("c19-pseries-accel-tb-size", "-M", "pseries", "-accel", "tcg,tb-size=64", steps=ACCEL("tb-size"))


# Round 20 (c20-, 2026-12-07): CPU hotplug tutorials' whole lines: -smp with
# maxcpus and a topology, -cpu models with +/- features and host-model-like
# lists, -numa node,cpus= and -numa cpu,node-id=,socket-id=, CPUs given with
# -device at start, beside the non-CPU devices the same tutorials add
# (virtio-net on -netdev user, virtio-blk on -drive if=none of a missing file
# and of driver=null-co, qemu-xhci with usb-tablet; their -serial mon:stdio
# is replaced by -serial null, stdio being the recorder's), on pc, q35 and
# pseries of several versions, each looked at with info hotpluggable-cpus,
# info numa or info qtree.
NET20 = ["-netdev", "user,id=net0", "-device", "virtio-net-pci,netdev=net0,id=nic0"]
NULL20 = ["-drive", "if=none,id=drive0,driver=null-co", "-device", "virtio-blk-pci,drive=drive0,id=blk0"]
MISS20 = ["-drive", "if=none,id=drive0,file=/nonexistent/guest.qcow2,format=qcow2", "-device", "virtio-blk-pci,drive=drive0"]
USB20 = ["-device", "qemu-xhci,id=xhci", "-device", "usb-tablet,bus=xhci.0"]
SER20 = ["-serial", "null"]
TUT20 = NET20 + NULL20 + USB20 + SER20
M220 = ["-m", "2G", "-object", "memory-backend-ram,id=ram0,size=1G", "-object", "memory-backend-ram,id=ram1,size=1G"]
XCPU20 = lambda model, s, c=0, t=0, id=None: ["-device", "%s-x86_64-cpu,socket-id=%d,core-id=%d,thread-id=%d%s"
                                              % (model, s, c, t, ",id=" + id if id else "")]
# (a) q35 and pc with maxcpus and a topology
x("c20-q35-maxcpus-devices", "-M", "q35", "-m", "1G", "-smp", "1,maxcpus=4", *TUT20, steps=[HPC19])
x("c20-q35-topo-devices", "-M", "q35", "-m", "1G", "-smp", "2,sockets=2,cores=2,threads=1,maxcpus=4", *TUT20, steps=[HPC19, QHPC19])
x("c20-q35-topo-qtree", "-M", "q35", "-m", "1G", "-smp", "2,sockets=2,cores=1,maxcpus=2", *TUT20, steps=[QTREE])
x("c20-pc-topo-devices", "-M", "pc", "-m", "1G", "-smp", "1,sockets=4,cores=1,threads=1,maxcpus=4", *TUT20, steps=[HPC19])
x("c20-pc-threads-devices", "-M", "pc", "-m", "1G", "-smp", "2,sockets=1,cores=2,threads=2,maxcpus=4", *TUT20, steps=[HPC19, CPUS19])
x("c20-q35-dies", "-M", "q35", "-smp", "2,sockets=1,dies=2,cores=2,threads=1,maxcpus=4", *NET20, steps=[HPC19])
x("c20-q35-clusters", "-M", "q35", "-smp", "2,sockets=1,clusters=2,cores=2,maxcpus=4", *NET20, steps=[HPC19])
x("c20-q35-maxcpus-less", "-M", "q35", "-smp", "4,maxcpus=2", *TUT20)
x("c20-q35-topo-mismatch", "-M", "q35", "-smp", "4,sockets=2,cores=2,threads=2,maxcpus=4", *TUT20)
x("c20-pc-7.2-maxcpus", "-M", "pc-i440fx-7.2", "-m", "1G", "-smp", "1,sockets=2,maxcpus=2", *TUT20, steps=[HPC19])
x("c20-q35-6.2-maxcpus", "-M", "pc-q35-6.2", "-m", "1G", "-smp", "2,sockets=2,cores=2,maxcpus=8", *TUT20, steps=[HPC19])
x("c20-q35-4.0-maxcpus", "-M", "pc-q35-4.0", "-smp", "1,maxcpus=3", *NET20, *USB20, *SER20, steps=[HPC19])
x("c20-pc-2.9-maxcpus", "-M", "pc-i440fx-2.9", "-smp", "1,maxcpus=2", *NET20, *NULL20, *SER20, steps=[HPC19])
# (b) -cpu models with features
x("c20-q35-haswell-notsx", "-M", "q35", "-cpu", "Haswell-noTSX,+vmx,-hle,-rtm", "-smp", "1,maxcpus=2", *TUT20, steps=[HPC19])
x("c20-q35-skylake-host-model", "-M", "q35", "-cpu", "Skylake-Client-IBRS,+ssbd,+md-clear,+pcid,+hypervisor,+arat,+tsc-adjust,-hle,-rtm",
  "-smp", "2,sockets=2,maxcpus=4", *TUT20, steps=[HPC19])
x("c20-pc-westmere-aes", "-M", "pc", "-cpu", "Westmere,+aes,-x2apic", "-smp", "1,maxcpus=2", *TUT20, steps=[HPC19])
x("c20-q35-epyc-features", "-M", "q35", "-cpu", "EPYC,+topoext,-svm", "-smp", "2,sockets=1,cores=2,threads=1,maxcpus=4", *TUT20,
  steps=[HPC19])
x("c20-q35-qemu64-minus", "-M", "q35", "-cpu", "qemu64,-sse3,+ssse3", "-smp", "1,maxcpus=2", *TUT20, steps=[HPC19])
x("c20-q35-cpu-typo-feature", "-M", "q35", "-cpu", "qemu64,+sse9", "-smp", "1,maxcpus=2", *TUT20)
x("c20-q35-cpu-unknown-model", "-M", "q35", "-cpu", "Haswell-client", "-smp", "1,maxcpus=2", *TUT20)
x("c20-q35-max-enforce", "-M", "q35", "-cpu", "qemu64,enforce,+x2apic", "-smp", "1,maxcpus=2", *TUT20, steps=[HPC19])
x("c20-q35-nehalem-check", "-M", "q35", "-cpu", "Nehalem,check", "-smp", "1,maxcpus=2", *NET20, steps=[HPC19])
# (c) CPUs given with -device at start
x("c20-q35-device-cpu", "-M", "q35", "-smp", "1,sockets=4,maxcpus=4", *XCPU20("qemu64", 1, id="cpu1"), *TUT20, steps=[HPC19, CPUS19])
x("c20-q35-device-cpu-two", "-M", "q35", "-smp", "1,sockets=4,maxcpus=4", *XCPU20("qemu64", 1, id="cpu1"),
  *XCPU20("qemu64", 3, id="cpu3"), *TUT20, steps=[HPC19])
x("c20-pc-device-cpu", "-M", "pc", "-smp", "1,sockets=2,maxcpus=2", *XCPU20("qemu64", 1, id="cpu1"), *TUT20, steps=[HPC19, QTREE])
x("c20-q35-device-cpu-model", "-M", "q35", "-cpu", "Haswell-noTSX", "-smp", "1,sockets=2,maxcpus=2",
  *XCPU20("Haswell-noTSX", 1, id="cpu1"), *TUT20, steps=[HPC19])
x("c20-q35-device-cpu-wrong-model", "-M", "q35", "-cpu", "Haswell-noTSX", "-smp", "1,sockets=2,maxcpus=2",
  *XCPU20("qemu64", 1, id="cpu1"), *TUT20)
x("c20-q35-device-cpu-taken", "-M", "q35", "-smp", "1,sockets=2,maxcpus=2", *XCPU20("qemu64", 0, id="cpu0"), *TUT20)
x("c20-q35-device-cpu-out-of-range", "-M", "q35", "-smp", "1,sockets=2,maxcpus=2", *XCPU20("qemu64", 2, id="cpu2"), *TUT20)
x("c20-q35-device-cpu-no-ids", "-M", "q35", "-smp", "1,sockets=2,maxcpus=2", "-device", "qemu64-x86_64-cpu,id=cpu1", *TUT20)
x("c20-q35-device-cpu-no-maxcpus", "-M", "q35", "-smp", "1", *XCPU20("qemu64", 1, id="cpu1"), *TUT20)
x("c20-q35-device-cpu-core", "-M", "q35", "-smp", "1,sockets=1,cores=2,maxcpus=2", *XCPU20("qemu64", 0, c=1, id="core1"),
  *TUT20, steps=[HPC19])
x("c20-q35-device-cpu-thread", "-M", "q35", "-smp", "2,sockets=2,cores=1,threads=2,maxcpus=4", *XCPU20("qemu64", 1, t=1, id="t1"),
  *TUT20, steps=[HPC19])
x("c20-q35-device-cpu-dup-id", "-M", "q35", "-smp", "1,sockets=4,maxcpus=4", *XCPU20("qemu64", 1, id="cpu1"),
  *XCPU20("qemu64", 2, id="cpu1"), *TUT20)
x("c20-q35-device-cpu-apic-id", "-M", "q35", "-smp", "1,sockets=2,maxcpus=2", "-device", "qemu64-x86_64-cpu,apic-id=1,id=cpu1",
  *TUT20, steps=[HPC19])
# (d) NUMA: node,cpus= and cpu,node-id=
x("c20-q35-numa-cpus", "-M", "q35", *M220, "-smp", "2,sockets=2,maxcpus=4", "-numa", "node,nodeid=0,cpus=0-1,memdev=ram0",
  "-numa", "node,nodeid=1,cpus=2-3,memdev=ram1", *TUT20, steps=[NUMA19, HPC19])
x("c20-q35-numa-cpu-socket", "-M", "q35", *M220, "-smp", "2,sockets=4,maxcpus=4", "-numa", "node,nodeid=0,memdev=ram0",
  "-numa", "node,nodeid=1,memdev=ram1", "-numa", "cpu,node-id=0,socket-id=0", "-numa", "cpu,node-id=0,socket-id=1",
  "-numa", "cpu,node-id=1,socket-id=2", "-numa", "cpu,node-id=1,socket-id=3", *TUT20, steps=[NUMA19, HPC19])
x("c20-pc-numa-cpu-socket-qtree", "-M", "pc", *M220, "-smp", "2,sockets=2,maxcpus=2", "-numa", "node,nodeid=0,memdev=ram0",
  "-numa", "node,nodeid=1,memdev=ram1", "-numa", "cpu,node-id=0,socket-id=0", "-numa", "cpu,node-id=1,socket-id=1", *TUT20,
  steps=[NUMA19, QTREE])
x("c20-q35-numa-partial", "-M", "q35", *M220, "-smp", "2,sockets=4,maxcpus=4", "-numa", "node,nodeid=0,memdev=ram0",
  "-numa", "node,nodeid=1,memdev=ram1", "-numa", "cpu,node-id=1,socket-id=2", *TUT20, steps=[NUMA19, HPC19])
x("c20-q35-numa-cpus-partial", "-M", "q35", *M220, "-smp", "4,sockets=4,maxcpus=4", "-numa", "node,nodeid=0,cpus=0,memdev=ram0",
  "-numa", "node,nodeid=1,cpus=3,memdev=ram1", *TUT20, steps=[NUMA19])
x("c20-q35-numa-cpu-bad-node", "-M", "q35", *M220, "-smp", "2,sockets=2,maxcpus=2", "-numa", "node,nodeid=0,memdev=ram0",
  "-numa", "node,nodeid=1,memdev=ram1", "-numa", "cpu,node-id=2,socket-id=1", *TUT20)
x("c20-q35-numa-cpu-die", "-M", "q35", *M220, "-smp", "2,sockets=1,dies=2,cores=1,maxcpus=2", "-numa", "node,nodeid=0,memdev=ram0",
  "-numa", "node,nodeid=1,memdev=ram1", "-numa", "cpu,node-id=0,socket-id=0,die-id=0", "-numa", "cpu,node-id=1,socket-id=0,die-id=1",
  *TUT20, steps=[NUMA19, HPC19])
x("c20-q35-numa-cpu-thread-id", "-M", "q35", *M220, "-smp", "2,sockets=1,cores=1,threads=2,maxcpus=2",
  "-numa", "node,nodeid=0,memdev=ram0", "-numa", "node,nodeid=1,memdev=ram1", "-numa", "cpu,node-id=0,thread-id=0",
  "-numa", "cpu,node-id=1,thread-id=1", *TUT20, steps=[NUMA19])
x("c20-q35-numa-cpu-no-node-id", "-M", "q35", *M220, "-smp", "2,sockets=2,maxcpus=2", "-numa", "node,nodeid=0,memdev=ram0",
  "-numa", "node,nodeid=1,memdev=ram1", "-numa", "cpu,socket-id=1", *TUT20)
x("c20-q35-numa-cpus-beyond-maxcpus", "-M", "q35", *M220, "-smp", "2,maxcpus=2", "-numa", "node,nodeid=0,cpus=0-1,memdev=ram0",
  "-numa", "node,nodeid=1,cpus=2-3,memdev=ram1", *TUT20)
x("c20-q35-numa-device-cpu", "-M", "q35", *M220, "-smp", "1,sockets=2,maxcpus=2", "-numa", "node,nodeid=0,memdev=ram0",
  "-numa", "node,nodeid=1,memdev=ram1", "-numa", "cpu,node-id=0,socket-id=0", "-numa", "cpu,node-id=1,socket-id=1",
  *XCPU20("qemu64", 1, id="cpu1"), *TUT20, steps=[NUMA19, HPC19])
x("c20-q35-numa-device-cpu-node-id", "-M", "q35", *M220, "-smp", "1,sockets=2,maxcpus=2", "-numa", "node,nodeid=0,memdev=ram0",
  "-numa", "node,nodeid=1,memdev=ram1", "-device", "qemu64-x86_64-cpu,socket-id=1,core-id=0,thread-id=0,node-id=1,id=cpu1",
  *TUT20, steps=[NUMA19, HPC19])
x("c20-q35-numa-device-cpu-node-mismatch", "-M", "q35", *M220, "-smp", "1,sockets=2,maxcpus=2", "-numa", "node,nodeid=0,memdev=ram0",
  "-numa", "node,nodeid=1,memdev=ram1", "-numa", "cpu,node-id=1,socket-id=1",
  "-device", "qemu64-x86_64-cpu,socket-id=1,core-id=0,thread-id=0,node-id=0,id=cpu1", *TUT20)
x("c20-pc-7.2-numa-legacy-cpus", "-M", "pc-i440fx-7.2", "-m", "1G", "-smp", "2,maxcpus=4", "-numa", "node,cpus=0-1,mem=512M",
  "-numa", "node,cpus=2-3,mem=512M", *TUT20)
x("c20-pc-4.2-numa-legacy-cpus", "-M", "pc-i440fx-4.2", "-m", "1G", "-smp", "2,maxcpus=4", "-numa", "node,cpus=0-1,mem=512M",
  "-numa", "node,cpus=2-3,mem=512M", *TUT20, steps=[NUMA19, HPC19])
# (e) the non-CPU devices' own errors on the same lines
x("c20-q35-missing-disk", "-M", "q35", "-smp", "1,maxcpus=4", *NET20, *MISS20, *USB20, *SER20)
x("c20-pc-missing-disk-numa", "-M", "pc", *M220, "-smp", "2,sockets=2,maxcpus=2", "-numa", "node,nodeid=0,cpus=0,memdev=ram0",
  "-numa", "node,nodeid=1,cpus=1,memdev=ram1", *MISS20, *SER20)
x("c20-q35-null-co-qtree", "-M", "q35", "-smp", "1,maxcpus=2", *NULL20, *SER20, steps=[QTREE, BLOCK])
x("c20-q35-null-co-size", "-M", "q35", "-smp", "1,maxcpus=2", "-drive", "if=none,id=drive0,driver=null-co,size=1G",
  "-device", "virtio-blk-pci,drive=drive0,id=blk0", *SER20, steps=[BLOCK])
x("c20-q35-tablet-no-xhci", "-M", "q35", "-smp", "1,maxcpus=2", *NET20, "-device", "usb-tablet,bus=xhci.0", *SER20)
x("c20-q35-netdev-missing", "-M", "q35", "-smp", "1,maxcpus=2", "-device", "virtio-net-pci,netdev=net0", *USB20, *SER20)
x("c20-q35-serial-null-twice", "-M", "q35", "-smp", "1,maxcpus=2", *TUT20, "-serial", "null", steps=[CHR])
x("c20-q35-device-cpu-then-missing-disk", "-M", "q35", "-smp", "1,sockets=2,maxcpus=2", *XCPU20("qemu64", 5, id="cpu5"),
  *NET20, *MISS20)
# (f) pseries
PCORE20 = lambda model, cid, id: ["-device", "%s-spapr-cpu-core,core-id=%d,id=%s" % (model, cid, id)]
p("c20-pseries-maxcpus-devices", "-M", "pseries", "-m", "1G", "-cpu", "POWER8", "-smp", "1,maxcpus=4", *TUT20, steps=[HPC19])
p("c20-pseries-7.2-topo", "-M", "pseries-7.2", "-m", "1G", "-cpu", "POWER9", "-smp", "2,sockets=1,cores=2,threads=1,maxcpus=4", *TUT20,
  steps=[HPC19, QHPC19])
p("c20-pseries-threads", "-M", "pseries", "-m", "1G", "-cpu", "POWER8", "-smp", "2,sockets=1,cores=2,threads=2,maxcpus=8", *TUT20,
  steps=[HPC19])
p("c20-pseries-device-core", "-M", "pseries", "-m", "1G", "-cpu", "POWER8", "-smp", "1,maxcpus=4",
  *PCORE20("power8_v2.0", 1, "core1"), *TUT20, steps=[HPC19, CPUS19])
p("c20-pseries-device-core-wrong-model", "-M", "pseries", "-cpu", "POWER8", "-smp", "1,maxcpus=4",
  *PCORE20("power9_v2.0", 1, "core1"), *TUT20)
p("c20-pseries-device-core-taken", "-M", "pseries", "-cpu", "POWER8", "-smp", "1,maxcpus=4", *PCORE20("power8_v2.0", 0, "core0"), *TUT20)
p("c20-pseries-device-core-bad-id", "-M", "pseries", "-cpu", "POWER8", "-smp", "1,maxcpus=4", *PCORE20("power8_v2.0", 9, "core9"), *TUT20)
p("c20-pseries-device-core-odd-id", "-M", "pseries", "-cpu", "POWER8", "-smp", "2,threads=2,maxcpus=8",
  *PCORE20("power8_v2.0", 3, "core3"), *TUT20)
p("c20-pseries-numa-cpus", "-M", "pseries", *M220, "-cpu", "POWER8", "-smp", "2,sockets=2,maxcpus=4",
  "-numa", "node,nodeid=0,cpus=0-1,memdev=ram0", "-numa", "node,nodeid=1,cpus=2-3,memdev=ram1", *TUT20, steps=[NUMA19, HPC19])
p("c20-pseries-numa-cpu-core", "-M", "pseries", *M220, "-cpu", "POWER8", "-smp", "1,sockets=1,cores=2,maxcpus=2",
  "-numa", "node,nodeid=0,memdev=ram0", "-numa", "node,nodeid=1,memdev=ram1", "-numa", "cpu,node-id=0,core-id=0",
  "-numa", "cpu,node-id=1,core-id=1", *TUT20, steps=[NUMA19, HPC19])
p("c20-pseries-numa-cpu-socket", "-M", "pseries", *M220, "-cpu", "POWER8", "-smp", "2,sockets=2,maxcpus=2",
  "-numa", "node,nodeid=0,memdev=ram0", "-numa", "node,nodeid=1,memdev=ram1", "-numa", "cpu,node-id=0,socket-id=0",
  "-numa", "cpu,node-id=1,socket-id=1", *TUT20, steps=[NUMA19])
p("c20-pseries-5.2-topo-qtree", "-M", "pseries-5.2", "-m", "1G", "-cpu", "POWER9", "-smp", "1,maxcpus=2", *TUT20, steps=[QTREE])
p("c20-pseries-4.2-device-core", "-M", "pseries-4.2", "-m", "1G", "-cpu", "POWER8", "-smp", "1,maxcpus=2",
  *PCORE20("power8_v2.0", 1, "core1"), *TUT20, steps=[HPC19])
p("c20-pseries-9.0", "-M", "pseries-9.0", "-m", "1G", "-smp", "1,maxcpus=2", *TUT20, steps=[HPC19])
p("c20-pseries-cpu-features", "-M", "pseries", "-cpu", "POWER9,+vsx", "-smp", "1,maxcpus=2", *TUT20)
p("c20-pseries-missing-disk", "-M", "pseries", "-cpu", "POWER8", "-smp", "1,maxcpus=2", *NET20, *MISS20, *USB20, *SER20)
p("c20-pseries-dies", "-M", "pseries", "-cpu", "POWER8", "-smp", "2,sockets=1,dies=2,cores=1,maxcpus=2", *TUT20)

# (g) the same lines with a topology that adds up (the first tries above stop at -smp)
x("c20-q35-epyc-topo", "-M", "q35", "-cpu", "EPYC,+topoext,-svm", "-smp", "2,sockets=2,cores=2,threads=1,maxcpus=4", *TUT20,
  steps=[HPC19])
x("c20-q35-enforce-ok", "-M", "q35", "-cpu", "qemu64,enforce,+ssse3", "-smp", "1,maxcpus=2", *TUT20, steps=[HPC19])
x("c20-q35-skylake-numa-device-cpu", "-M", "q35", "-cpu", "Skylake-Client-IBRS,+ssbd,+md-clear,-hle,-rtm", *M220,
  "-smp", "1,sockets=2,maxcpus=2", "-numa", "node,nodeid=0,memdev=ram0", "-numa", "node,nodeid=1,memdev=ram1",
  "-numa", "cpu,node-id=0,socket-id=0", "-numa", "cpu,node-id=1,socket-id=1", *XCPU20("Skylake-Client-IBRS", 1, id="cpu1"),
  *TUT20, steps=[NUMA19, HPC19])
x("c20-pc-9.2-device-cpu", "-M", "pc-i440fx-9.2", "-smp", "1,sockets=2,maxcpus=2", *XCPU20("qemu64", 1, id="cpu1"), *TUT20,
  steps=[HPC19])
x("c20-q35-device-cpu-qtree", "-M", "q35", "-smp", "1,sockets=2,maxcpus=2", *XCPU20("qemu64", 1, id="cpu1"), *TUT20, steps=[QTREE])
p("c20-pseries-7.2-topo-ok", "-M", "pseries-7.2", "-m", "1G", "-cpu", "POWER9", "-smp", "2,sockets=2,cores=2,threads=1,maxcpus=4",
  *TUT20, steps=[HPC19, QHPC19])
p("c20-pseries-device-core-topo", "-M", "pseries", "-m", "1G", "-cpu", "POWER8", "-smp", "1,sockets=1,cores=4,maxcpus=4",
  *PCORE20("power8_v2.0", 2, "core2"), *TUT20, steps=[HPC19])
p("c20-pseries-numa-device-core", "-M", "pseries", *M220, "-cpu", "POWER8", "-smp", "1,sockets=1,cores=2,maxcpus=2",
  "-numa", "node,nodeid=0,memdev=ram0", "-numa", "node,nodeid=1,memdev=ram1", "-numa", "cpu,node-id=0,core-id=0",
  "-numa", "cpu,node-id=1,core-id=1", *PCORE20("power8_v2.0", 1, "core1"), *TUT20, steps=[NUMA19, HPC19])

# Round 21 (c21-, 2026-12-08): help and listing options across the two
# releases: -object TYPE,help for every type either release lists (and
# names a learner misspells or takes from another target: authz-listfile,
# authz-pam, pef-guest on x86, sev-guest on ppc64), -machine none's help and
# a none machine with -smp, -m, -cpu and a CPU device, -machine TYPE,help for
# versioned pc/q35/pseries of both eras (what one release lacks it answers
# with the machine list), -cpu MODEL,help and other -cpu listing mistakes,
# -device help with category words, -accel/-audiodev/-display/-netdev/
# -chardev help forms and -global's help-like mistakes. Each ends with info
# hotpluggable-cpus where QEMU starts.
OBJ21 = ["acpi-generic-initiator", "acpi-generic-port", "authz-list", "authz-list-file", "authz-simple", "can-bus",
         "can-host-socketcan", "colo-compare", "cryptodev-backend", "cryptodev-backend-builtin", "cryptodev-vhost-user",
         "dbus-vmstate", "filter-buffer", "filter-dump", "filter-mirror", "filter-redirector", "filter-replay",
         "filter-rewriter", "input-barrier", "input-linux", "iommufd", "iothread", "main-loop", "memory-backend-file",
         "memory-backend-memfd", "memory-backend-ram", "memory-backend-shm", "pr-manager-helper", "qtest", "rng-builtin",
         "rng-egd", "rng-random", "secret", "secret_keyring", "sev-guest", "sev-snp-guest", "thread-context",
         "throttle-group", "tls-cipher-suites", "tls-creds-anon", "tls-creds-psk", "tls-creds-x509", "x-remote-object",
         "authz-listfile", "authz-pam", "pef-guest"]
for t in OBJ21:
    if t in ("iothread", "memory-backend-ram", "memory-backend-file"):
        continue  # recorded as pc-x-help-object-*
    x("c21-object-%s-help" % t, "-object", t + ",help", steps=[HPC19])
for t in ["pef-guest", "sev-guest", "iommufd", "memory-backend-shm", "authz-pam"]:
    p("c21-object-%s-help" % t, "-object", t + ",help", steps=[HPC19])
p("c21-object-help", "-object", "help", steps=[HPC19])
x("c21-object-iothread-question", "-object", "iothread,?", steps=[HPC19])
x("c21-object-qom-type-help", "-object", "qom-type=help", steps=[HPC19])
# (b) the none machine
x("c21-machine-none-help", "-machine", "none,help", steps=[HPC19])
x("c21-none-smp2", "-M", "none", "-smp", "2", steps=[HPC19])
x("c21-none-maxcpus", "-M", "none", "-smp", "1,maxcpus=2", steps=[HPC19])
x("c21-none-m", "-M", "none", "-m", "1G", steps=[HPC19, QHPC19])
x("c21-none-cpu", "-M", "none", "-cpu", "qemu64", steps=[HPC19])
x("c21-none-device-cpu", "-M", "none", "-device", "qemu64-x86_64-cpu", steps=[HPC19])
x("c21-none-device-cpu-ids", "-M", "none", "-device", "qemu64-x86_64-cpu,socket-id=0,core-id=0,thread-id=0", steps=[HPC19])
p("c21-machine-none-help", "-machine", "none,help", steps=[HPC19])
p("c21-none", "-M", "none", steps=[HPC19, QHPC19])
p("c21-none-smp2", "-M", "none", "-smp", "2", steps=[HPC19])
p("c21-none-device-core", "-M", "none", "-device", "power9_v2.0-spapr-cpu-core,core-id=0", steps=[HPC19])
# (c) versioned machine types' help, both eras
for m in ["pc-i440fx-2.0", "pc-q35-2.4", "pc-q35-4.2", "pc-i440fx-7.2", "pc-i440fx-9.2", "pc-q35-10.0"]:
    x("c21-machine-%s-help" % m, "-machine", m + ",help", steps=[HPC19])
for m in ["pseries-2.12", "pseries-3.0", "pseries-7.2", "pseries-9.2"]:
    p("c21-machine-%s-help" % m, "-machine", m + ",help", steps=[HPC19])
x("c21-machine-help-pc", "-machine", "help,pc", steps=[HPC19])
x("c21-machine-type-help", "-machine", "type=help", steps=[HPC19])
# (d) -cpu
x("c21-cpu-model-help", "-cpu", "qemu64,help", steps=[HPC19])
x("c21-cpu-help-model", "-cpu", "help,qemu64", steps=[HPC19])
x("c21-cpu-list", "-cpu", "list", steps=[HPC19])
p("c21-cpu-model-help", "-cpu", "POWER9,help", steps=[HPC19])
p("c21-cpu-question", "-cpu", "?", steps=[HPC19])
# (e) -device help with category words
x("c21-device-help-storage", "-device", "help,storage", steps=[HPC19])
x("c21-device-storage", "-device", "storage", steps=[HPC19])
x("c21-device-storage-help", "-device", "storage,help", steps=[HPC19])
x("c21-device-driver-help", "-device", "driver=help", steps=[HPC19])
p("c21-device-help-network", "-device", "help,network", steps=[HPC19])
# (f) -accel, -audiodev, -display, -netdev, -chardev
p("c21-accel-help", "-accel", "help", steps=[HPC19])
x("c21-accel-kvm-help", "-accel", "kvm,help", steps=[HPC19])
x("c21-accel-qtest-help", "-accel", "qtest,help", steps=[HPC19])
x("c21-audiodev-none-help", "-audiodev", "none,help", steps=[HPC19])
x("c21-audiodev-driver-help", "-audiodev", "driver=help", steps=[HPC19])
p("c21-audiodev-help", "-audiodev", "help", steps=[HPC19])
p("c21-display-help", "-display", "help", steps=[HPC19])
x("c21-display-none-help", "-display", "none,help", steps=[HPC19])
p("c21-netdev-help", "-netdev", "help", steps=[HPC19])
x("c21-netdev-tap-help", "-netdev", "tap,help", steps=[HPC19])
x("c21-netdev-stream-help", "-netdev", "stream,help", steps=[HPC19])
p("c21-chardev-help", "-chardev", "help", steps=[HPC19])
x("c21-chardev-file-help", "-chardev", "file,help", steps=[HPC19])
# (g) -global's help-like mistakes
x("c21-global-driver-dot-help", "-global", "virtio-net-pci.help", steps=[HPC19])
x("c21-global-property-help", "-global", "driver=e1000,property=help", steps=[HPC19])
x("c21-global-help-on", "-global", "e1000.help=on", steps=[HPC19])
x("c21-global-help-on-device", "-global", "e1000.help=on", "-device", "e1000", steps=[HPC19])

# c21m-: what was measured while fixing round 21 (a type the ObjectType
# enum has but the binary lacks, with an id; help beside an id; the none
# machine's CPUs; keyval's help after a bad key).
x("c21m-object-authz-pam-help-id", "-object", "authz-pam,help,id=a", steps=[HPC19])
x("c21m-object-authz-pam-id", "-object", "authz-pam,id=a,service=login", steps=[HPC19])
x("c21m-object-pef-guest-id", "-object", "pef-guest,id=pef0", steps=[HPC19])
p("c21m-object-sev-guest-id", "-object", "sev-guest,id=sev0,cbitpos=47,reduced-phys-bits=1", steps=[HPC19])
p("c21m-object-iommufd-id", "-object", "iommufd,id=iommufd0", steps=[HPC19])
x("c21m-object-authz-listfile-id", "-object", "authz-listfile,id=a,filename=/nonexistent/acl.json", steps=[HPC19])
x("c21m-none-device-cpu-apic-id", "-M", "none", "-device", "qemu64-x86_64-cpu,apic-id=0", steps=[HPC19])
p("c21m-none-cpu", "-M", "none", "-cpu", "POWER9", steps=[HPC19])
x("c21m-display-help-bad-key", "-display", "none,help,foo", steps=[HPC19])
x("c21m-device-help-id", "-device", "help,id=1x", steps=[HPC19])

for c in C:
    drop_auto_names(c)


if __name__ == "__main__":
    corpus.write()
    hostfiles.write()
