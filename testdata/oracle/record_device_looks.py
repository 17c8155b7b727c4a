#!/usr/bin/env python3
"""Record how each device type of a QEMU release looks once created: its
block of `info qtree`, its `query-pci` entry and its `qom-list`, plus each
board's own tree, into engine/release/<version>/looks-<target>.txt (read
lazily by engine/qdev). The binaries come from PATH, as for record_texts.py:

    python3 testdata/oracle/record_device_looks.py engine/release/7.2
    PATH=$QBIN:$PATH python3 testdata/oracle/record_device_looks.py engine/release/10.0

Every user-creatable type is created alone (-device T,id=probe) on a board
whose bus fits it: PCI types on pc's pci.0 ("pci"), behind a q35
pcie-root-port ("pcie"; pxb-pcie on pcie.0 itself) and on pseries' pci.0
("pci", ppc64); USB types on
qemu-xhci ("xhci"), usb-ehci ("ehci") and piix3-usb-uhci ("uhci"); SCSI
types on virtio-scsi-pci; others on the board bus -device finds. A type
that will not start alone is retried with a null-co drive (then an
audiodev, a chardev, ..., an fsdev, a PCI expander's bus number, a cryptodev), and left out when it still fails
(its recorded error is printed).

Format (tab separated):
  B  board                     a board's tree follows (pc, q35, isapc, microvm, pseries)
  V  type  placement           a device type's look follows
  Q  text                      a line of `info qtree` (the device's block
                               without its "dev:" line; a board's whole tree)
  J  json                      its query-pci entry (bus, slot, function and
                               qdev_id left out)
  O  name type ...             its qom-list, name/type pairs as QEMU lists them
  U  path type                 a board's /machine/unattached/device[N] in order
Two runs must give the same file (--check DIR compares). --add DIR keeps
the records DIR's files have and records only the boards they lack and
the types of ADDED_PLACEMENTS."""
import json, os, re, subprocess, sys

BASE = ["-S", "-nodefaults", "-no-user-config", "-display", "none", "-accel", "tcg", "-qmp", "stdio"]
# microvm's board with pcie=on has a PCIe host bridge on top of its own
# devices: recorded as a board of its own.
BOARDS = {"x86_64": ["pc", "q35", "isapc", "microvm", "microvm,pcie=on"], "ppc64": ["pseries"]}


def run(binary, args, commands):
    """Start QEMU, run QMP commands; their replies (None when it died) and stderr."""
    lines = ['{"execute": "qmp_capabilities"}'] + [json.dumps(c) for c in commands] + ['{"execute": "quit"}']
    try:
        p = subprocess.run(["qemu-system-" + binary] + BASE + args, input=("\n".join(lines) + "\n").encode(),
                           capture_output=True, timeout=60, env=dict(os.environ, LC_ALL="C", LANG="C"))
    except subprocess.TimeoutExpired:
        # 10.0.13 hangs on a few types under TCG (ivshmem-doorbell): left out.
        return [None] * len(commands), "hung"
    replies = [json.loads(l) for l in p.stdout.decode().splitlines() if l.startswith('{"return"') or l.startswith('{"error"')]
    replies = replies[1:1 + len(commands)]
    return replies + [None] * (len(commands) - len(replies)), p.stderr.decode()


def hmp(line):
    return {"execute": "human-monitor-command", "arguments": {"command-line": line}}


def block(qtree, header):
    """The lines of a device's block (after its "dev:" line), indentation kept
    relative to that line."""
    lines = qtree.replace("\r\n", "\n").split("\n")
    for i, l in enumerate(lines):
        if l.strip() == header:
            ind = len(l) - len(l.lstrip())
            out = []
            for m in lines[i + 1:]:
                if len(m) - len(m.lstrip()) <= ind or not m.strip():
                    break
                out.append(m[ind:])
            return out
    return None


def pci_entry(ret, qid):
    def walk(devs):
        for d in devs:
            if d.get("qdev_id") == qid:
                return d
            b = d.get("pci_bridge", {}).get("devices")
            if b:
                r = walk(b)
                if r:
                    return r
        return None
    # The board's own root bus is listed last (query-pci lists the newest
    # host bridge first): a PCI expander's bridge shares the probe's id.
    for bus in reversed(ret):
        r = walk(bus["devices"])
        if r:
            for k in ("bus", "slot", "function", "qdev_id"):
                r.pop(k, None)
            return r
    return None


def user_types(binary):
    p = subprocess.run(["qemu-system-" + binary, "-device", "help"], capture_output=True, timeout=60)
    out = []
    for l in p.stdout.decode().splitlines():
        if l.startswith('name "'):
            name = l.split('"')[1]
            bus = l.split(", bus ")[1].split(",")[0] if ", bus " in l else ""
            out.append((name, bus))
    return out


def placements(binary, name, bus):
    """(placement, board args, extra args before the device, bus= value or None)."""
    if binary == "x86_64":
        if bus == "PCI" and name == "pxb-pcie":  # on the root bus only
            return [("pcie", ["-M", "q35"], [], "pcie.0")]
        if bus == "PCI":
            return [("pci", ["-M", "pc"], [], None),
                    ("pcie", ["-M", "q35"], ["-device", "pcie-root-port,id=rp,chassis=1"], "rp")]
        if bus == "usb-bus":
            return [(hc, ["-M", "pc"], ["-device", dev + ",id=hc"], "hc.0")
                    for hc, dev in (("xhci", "qemu-xhci"), ("ehci", "usb-ehci"), ("uhci", "piix3-usb-uhci"))]
        board = ["-M", "q35"] if name in ("intel-iommu", "amd-iommu") else ["-M", "pc"]
    else:
        if bus == "PCI":
            return [("pci", ["-M", "pseries"], [], None)]
        if bus == "usb-bus":
            return [("xhci", ["-M", "pseries"], ["-device", "qemu-xhci,id=hc"], "hc.0")]
        board = ["-M", "pseries"]
    extra = {"SCSI": ["-device", "virtio-scsi-pci,id=hc"], "virtio-serial-bus": ["-device", "virtio-serial-pci,id=hc"],
             "HDA": ["-device", "intel-hda,id=hc"], "ccid-bus": ["-device", "qemu-xhci", "-device", "usb-ccid,id=hc"]}
    if bus in extra:
        return [(bus, board, extra[bus], "hc.0")]
    if bus == "virtio-bus" and binary == "x86_64":  # a virtio-mmio transport's bus
        return [("mmio", ["-M", "microvm"], [], None)]
    if bus in ("System", "ISA", "IDE", "spapr-vio-bus", "floppy-bus"):
        return [(bus, board, [], None)]
    return []


NULL_DRIVE = ["-blockdev", "null-co,node-name=probe-drive,size=1048576"]


RETRIES = [([], ""), (NULL_DRIVE, "drive=probe-drive"), (NULL_DRIVE, "drive=probe-drive,serial=probe"), (["-audiodev", "none,id=probe-audio"], "audiodev=probe-audio"),
           (["-chardev", "null,id=probe-chr"], "chardev=probe-chr"), ([], "chassis_nr=1"), ([], "index=1"),
           (["-object", "rng-builtin,id=probe-rng"], "rng=probe-rng"),
           (["-m", "1G,slots=2,maxmem=2G", "-object", "memory-backend-ram,id=probe-mem,size=128M"], "memdev=probe-mem"),
           (["-fsdev", "local,id=probe-fs,path=/tmp,security_model=none"], "fsdev=probe-fs,mount_tag=probe"),
           ([], "bus_nr=5"), (["-object", "cryptodev-backend-builtin,id=probe-cr"], "cryptodev=probe-cr")]


def normalize(line):
    """isa-applesmc's default osk prints the bytes after its 64 (QEMU reads
    past the string): they differ run to run, so they are cut."""
    return re.sub(r'^(\s*osk = "This is a dummy key\. Enter the real key using the -osk parameter).*"$', r'\1"', line)


def record_type(binary, name, placement, board, extra, bus):
    """The type's look lines, or None and the first error QEMU gave."""
    qid = "probe"
    first = None
    for more, prop in RETRIES:
        dev = name + ",id=" + qid + (",bus=" + bus if bus else "") + ("," + prop if prop else "")
        (qt, pci, ql), err = run(binary, board + extra + more + ["-device", dev],
                                 [hmp("info qtree"), {"execute": "query-pci"},
                                  {"execute": "qom-list", "arguments": {"path": "/machine/peripheral/" + qid}}])
        lines = block(qt["return"], 'dev: %s, id "%s"' % (name, qid)) if qt else None
        if lines is None:
            if first is None:
                first = err.strip().splitlines()[-1] if err.strip() else "did not start"
            continue
        out = ["V\t%s\t%s" % (name, placement)]
        out += ["Q\t" + normalize(l) for l in lines]
        if pci and "return" in pci:
            e = pci_entry(pci["return"], qid)
            if e:
                out.append("J\t" + json.dumps(e, separators=(",", ":")))
        if ql and "return" in ql:
            out.append("O\t" + "\t".join("%s %s" % (p["name"], p["type"]) for p in ql["return"]))
        return out, None
    return None, first


def record_board(binary, machine):
    cmds = [hmp("info qtree"), {"execute": "query-pci"}]
    cmds += [{"execute": "qom-get", "arguments": {"path": "/machine/unattached/device[%d]" % i, "property": "type"}} for i in range(64)]
    replies, _ = run(binary, ["-M", machine, "-smp", "1"], cmds)
    out = ["B\t" + machine]
    out += ["Q\t" + l for l in replies[0]["return"].replace("\r\n", "\n").rstrip("\n").split("\n")]
    out.append("J\t" + json.dumps(replies[1]["return"], separators=(",", ":")))
    for i, r in enumerate(replies[2:]):
        if r is None or "error" in r:
            break
        out.append("U\t/machine/unattached/device[%d]\t%s" % (i, r["return"]))
    return out


def records_of(text):
    """A recording's records by key ("B board" or "V type placement")."""
    recs, key = {}, None
    for l in text.rstrip("\n").split("\n"):
        if l[:2] in ("B\t", "V\t"):
            key = " ".join(l.split("\t"))
            recs[key] = []
        recs[key].append(l)
    return recs


# The placements --add records (those added since the files were recorded whole).
ADDED_PLACEMENTS = ("mmio",)


def record(binary, have=None):
    """The recording; with have (an earlier one's records), only what it
    lacks is recorded, in the place a whole run would put it."""
    have = have or {}
    out = []
    for m in BOARDS[binary]:
        out += have.get("B " + m) or record_board(binary, m)
    for name, bus in user_types(binary):
        for placement, board, extra, busarg in placements(binary, name, bus):
            if "V %s %s" % (name, placement) in have:
                out += have["V %s %s" % (name, placement)]
                continue
            if have and placement not in ADDED_PLACEMENTS:  # failed in the earlier run
                continue
            lines, err = record_type(binary, name, placement, board, extra, busarg)
            if lines:
                out += lines
            else:
                print("  %s %s (%s): %s" % (binary, name, placement, err), file=sys.stderr)
    return "\n".join(out) + "\n"


def write_or_check(path, text, check):
    """Write a recording, or (--check) say whether a second run matches it."""
    if check:
        with open(path) as f:
            print(path, "identical" if f.read() == text else "DIFFERS")
        return
    with open(path, "w") as f:
        f.write(text)
    print("%s: %d lines" % (path, text.count("\n")))


def main():
    args = sys.argv[1:]
    check = args[0] == "--check"
    out = args[-1]
    for binary in ("x86_64", "ppc64"):
        path = os.path.join(out, "looks-%s.txt" % binary)
        have = None
        if args[0] == "--add":  # keep every record there, add the missing ones
            with open(path) as f:
                have = records_of(f.read())
        write_or_check(path, record(binary, have), check)


if __name__ == "__main__":
    main()
