#!/usr/bin/env python3
"""Record what each versioned machine type's compat properties
(hw_compat_X_Y, pc_compat_X_Y, the spapr tables) do to the devices pasted
command lines use, into engine/release/<version>/compat-<target>.txt (read
by engine/compat). The binaries come from PATH, as for record_texts.py:

    python3 testdata/oracle/record_compat.py engine/release/7.2
    PATH=$QBIN:$PATH python3 testdata/oracle/record_compat.py engine/release/10.0

Every versioned machine type of a family (pc-i440fx, pc-q35, pseries)
starts with the same set of devices (PROBES) and four vCPUs (so that
compat queue counts differ from the per-vCPU defaults) and `info qtree` is
read;
each version is compared with the next newer one of its family, and the
property values that changed are written as that version's step, the way
QEMU's tables are written: a machine applies the steps of every newer
version of its family, then its own, the older overriding the newer.

Format (tab separated), families newest first:
  M  machine                   a version's step follows
  A  property  value           the value for every device that has the
                               property (all probed ones changed alike: the
                               table names a parent type)
  P  type  property  value     the value `info qtree` prints for the property
                               of every device of that type (its own block,
                               and a virtio proxy's backend's)
Two runs must give the same file (--check DIR compares)."""
import json, os, re, subprocess, sys

BASE = ["-S", "-nodefaults", "-no-user-config", "-display", "none", "-accel", "tcg", "-qmp", "stdio"]

COMMON_PCI = [
    "virtio-net-pci,netdev=n0", "virtio-blk-pci,drive=d0", "virtio-scsi-pci,id=scsi0", "scsi-hd,drive=d1,bus=scsi0.0",
    "virtio-serial-pci,id=vs0", "virtserialport,bus=vs0.0,chardev=c0", "virtconsole,bus=vs0.0,chardev=c1",
    "virtio-balloon-pci", "virtio-rng-pci", "virtio-gpu-pci", "VGA", "e1000", "e1000e,netdev=n1", "rtl8139,netdev=n2",
    "qemu-xhci,id=xhci", "usb-tablet,bus=xhci.0", "usb-kbd,bus=xhci.0", "usb-mouse,bus=xhci.0",
    "usb-storage,drive=d2,bus=xhci.0", "usb-ehci,id=ehci", "i6300esb", "virtio-keyboard-pci", "virtio-tablet-pci",
    "pci-bridge,chassis_nr=1", "ich9-intel-hda,id=hda", "hda-duplex,bus=hda.0,audiodev=a0", "nvme,drive=d3,serial=x",
    "virtio-mouse-pci", "scsi-cd,drive=d4,bus=scsi0.0", "bochs-display", "pci-serial,chardev=c3",
    "usb-hub,bus=xhci.0", "megasas", "lsi53c895a", "ahci", "pvpanic-pci",
]
X86 = ["virtio-vga", "virtio-iommu-pci"]
BACKENDS = ["-netdev", "user,id=n0", "-netdev", "user,id=n1", "-netdev", "user,id=n2", "-chardev", "null,id=c0",
            "-chardev", "null,id=c1", "-chardev", "null,id=c3", "-audiodev", "none,id=a0", "-smp", "4"] + sum(
    (["-blockdev", "null-co,node-name=d%d" % i] for i in range(5)), [])
PROBES = {
    "pc-i440fx": COMMON_PCI + X86 + ["piix3-usb-uhci", "isa-serial", "pvpanic"],
    "pc-q35": COMMON_PCI + X86 + ["pcie-root-port,id=rp1,chassis=1", "virtio-net-pci,bus=rp1", "isa-serial", "pvpanic"],
    "pseries": COMMON_PCI + ["spapr-vscsi", "spapr-vlan,netdev=n3", "spapr-vty,chardev=c2"],
}
EXTRA = {"pseries": ["-netdev", "user,id=n3", "-chardev", "null,id=c2"]}
# Devices probed in runs of their own, with the types read from each:
# virtio-mem needs device memory, which changes the machine; cirrus-vga is a
# second VGA, which machines up to 2.11 refuse beside VGA (global-vmstate).
# Older versions that refuse one simply have no step for it.
MEMORY = ["-m", "1G,maxmem=2G", "-object", "memory-backend-ram,id=vm0,size=128M", "-device", "virtio-mem-pci,memdev=vm0"]
# ramfb needs fw_cfg's DMA, which machines up to 2.4 lack.
SEPARATE_PROBES = {f: [(MEMORY, ("virtio-mem-pci", "virtio-mem")), (["-device", "cirrus-vga"], ("cirrus-vga",)),
                       (["-device", "ramfb"], ("ramfb",))]
                   for f in ["pc-i440fx", "pc-q35"]}
# q35's virtio proxies behind root ports, where disable-legacy=auto
# resolves to on and hw_compat_2_6's off shows (the NIC is in PROBES).
PCIE_VIRTIO = ["virtio-blk-pci,drive=d0", "virtio-scsi-pci", "virtio-serial-pci", "virtio-balloon-pci", "virtio-rng-pci",
               "virtio-gpu-pci", "virtio-keyboard-pci", "virtio-tablet-pci", "virtio-mouse-pci"]
SEPARATE_PROBES["pc-q35"].append((["-smp", "4", "-blockdev", "null-co,node-name=d0"] + sum(
    (["-device", "pcie-root-port,id=rp%d,chassis=%d" % (i, i), "-device", "%s,bus=rp%d" % (dev, i)]
     for i, dev in enumerate(PCIE_VIRTIO, 1)), []), tuple(d.split(",")[0] for d in PCIE_VIRTIO)))
BINARY = {"pc-i440fx": "x86_64", "pc-q35": "x86_64", "pseries": "ppc64"}
TARGETS = {"x86_64": ["pc-i440fx", "pc-q35"], "ppc64": ["pseries"]}


def run(binary, args):
    cmds = ['{"execute": "qmp_capabilities"}',
            json.dumps({"execute": "human-monitor-command", "arguments": {"command-line": "info qtree"}}),
            '{"execute": "quit"}']
    p = subprocess.run(["qemu-system-" + binary] + BASE + args, input=("\n".join(cmds) + "\n").encode(),
                       capture_output=True, timeout=60, env=dict(os.environ, LC_ALL="C", LANG="C"))
    for line in p.stdout.decode().splitlines():
        if line.startswith('{"return"'):
            r = json.loads(line)["return"]
            if isinstance(r, str) and r:
                return r
    sys.stderr.write("%s: %s\n" % (" ".join(args[:2]), p.stderr.decode().strip()[:300]))
    return None


def values(qtree):
    """type -> property -> printed value (the first device of a type wins;
    compat properties set every device of a type alike)."""
    out, stack = {}, []
    for line in qtree.replace("\r\n", "\n").split("\n"):
        ind = len(line) - len(line.lstrip())
        text = line.strip()
        while stack and stack[-1][0] >= ind:
            stack.pop()
        m = re.match(r"dev: ([^,]+), id", text)
        if m:
            stack.append((ind, m.group(1)))
            continue
        m = re.match(r"([\w.\-]+) = (.*)$", text)
        if m and stack and not text.startswith("bus:"):
            out.setdefault(stack[-1][1], {}).setdefault(m.group(1), m.group(2))
    return out


def version_key(name):
    v = name.rsplit("-", 1)[1]
    return tuple(int(x) for x in v.split("."))


def machines(binary, family):
    p = subprocess.run(["qemu-system-" + binary, "-machine", "help"], capture_output=True, text=True)
    names = set()
    for line in p.stdout.splitlines()[1:]:
        name = line.split()[0] if line.split() else ""
        if re.fullmatch(re.escape(family) + r"-\d+\.\d+(\.\d+)?", name):
            names.add(name)
    return sorted(names, key=version_key, reverse=True)


def record(target):
    out = []
    for family in TARGETS[target]:
        args = BACKENDS + EXTRA.get(family, []) + sum((["-device", d] for d in PROBES[family]), [])
        newer = None
        for name in machines(BINARY[family], family):
            qtree = run(BINARY[family], ["-machine", name] + args)
            if qtree is None and family == "pseries":
                # pseries-2.8 ... 2.11 ask for transactional memory, which
                # TCG refuses at the first reset; the cap sets no device's
                # property.
                qtree = run(BINARY[family], ["-machine", name + ",cap-htm=off"] + args)
            if qtree is None:
                continue
            vals = values(qtree)
            for probe, types in SEPARATE_PROBES.get(family, []):
                qt = run(BINARY[family], ["-machine", name] + probe)
                for typ, props in (values(qt) if qt else {}).items():
                    if typ in types:
                        vals[typ] = props
            if newer is not None:
                step, changed, kept = [], {}, set()
                for typ in sorted(vals):
                    for prop, v in vals[typ].items():
                        old = newer.get(typ, {}).get(prop)
                        if old is not None and old != v:
                            step.append("P\t%s\t%s\t%s" % (typ, prop, v))
                            changed.setdefault(prop, set()).add(v)
                        elif old is not None:
                            kept.add(prop)
                # A property every probed device that has it changed alike
                # was set on a parent type (pci-device, virtio-pci,
                # virtio-device): it applies to unprobed types too.
                common = ["A\t%s\t%s" % (prop, vs.pop()) for prop, vs in sorted(changed.items())
                          if len(vs) == 1 and prop not in kept]
                out.append("M\t" + name)
                out += common + step
            newer = vals
    return "\n".join(out) + "\n"


def main():
    check = sys.argv[1] == "--check"
    folder = sys.argv[-1]
    for target in TARGETS:
        text = record(target)
        path = os.path.join(folder, "compat-%s.txt" % target)
        if check:
            same = open(path).read() == text
            print(path, "same" if same else "DIFFERS")
        else:
            open(path, "w").write(text)
            print(path, text.count("\nP\t") + text.startswith("P\t"), "values")


if __name__ == "__main__":
    main()
