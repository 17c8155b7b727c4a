#!/usr/bin/env python3
"""Record a QEMU binary's HMP command tables into engine/release/<version>/.

The `help` listing says what each command is called and how it is described,
but not how its arguments are parsed: that is each entry's args_type string
(QEMU's hmp-commands.hx and hmp-commands-info.hx). This reads both tables out
of the binary itself (the ELF's relative relocations point each entry's
fields at their strings), so what the simulator parses is what that build
parses, Debian patches included:

    python3 testdata/oracle/record_hmp_table.py /usr/bin engine/release/7.2
    python3 testdata/oracle/record_hmp_table.py /work/oracle-env/trixie/usr/bin engine/release/10.0

It writes hmp-commands-<target>.json: {"commands": [...], "info": [...]},
each entry {"name", "args_type", "params", "help", "flags"} in the binary's
table order. (Whether a command has a handler cannot be read here: TCG
registers some at run time; record_monitor.py records what they answer.) The Go test beside the monitor checks that these tables print
the recorded `help` and `help info` listings byte for byte.

Only x86-64 ELF binaries (both recorded releases are amd64 builds)."""
import json, os, struct, sys

ENTRY = 80  # sizeof(HMPCommand) on amd64 in 7.2 and 10.0 (checked: the
            # entry after "help|?" is "commit" 80 bytes on, in both)


class Elf:
    def __init__(self, path):
        self.data = d = open(path, "rb").read()
        shoff = struct.unpack_from("<Q", d, 0x28)[0]
        shentsize, shnum, shstrndx = struct.unpack_from("<HHH", d, 0x3A)
        secs = []
        for i in range(shnum):
            name, typ, _, addr, off, size, _, _, _, _ = struct.unpack_from("<IIQQQQIIQQ", d, shoff + i * shentsize)
            secs.append((name, typ, addr, off, size))
        stroff = secs[shstrndx][3]
        self.secs = [(d[stroff + n:d.index(b"\0", stroff + n)].decode(), t, a, o, s) for n, t, a, o, s in secs]
        self.rel = {}  # slot address -> target address (R_X86_64_RELATIVE)
        for name, _, _, off, size in self.secs:
            if name == ".rela.dyn":
                for k in range(size // 24):
                    slot, info, addend = struct.unpack_from("<QQq", d, off + k * 24)
                    if info & 0xffffffff == 8:
                        self.rel[slot] = addend
        self.pointing = {}
        for slot, target in self.rel.items():
            self.pointing.setdefault(target, []).append(slot)

    def offset(self, addr):
        for _, typ, a, o, s in self.secs:
            if typ != 8 and a and a <= addr < a + s:  # not NOBITS
                return addr - a + o
        return None

    def address(self, off):
        for _, typ, a, o, s in self.secs:
            if typ != 8 and a and o <= off < o + s:
                return off - o + a
        return None

    def cstr(self, addr):
        if not addr:
            return None
        o = self.offset(addr)
        return self.data[o:self.data.index(b"\0", o)].decode("utf-8")

    def string_addresses(self, s):
        b, out = s.encode() + b"\0", []
        i = self.data.find(b)
        while i >= 0:
            if self.data[i - 1] == 0:
                out.append(self.address(i))
            i = self.data.find(b, i + 1)
        return out

    def table(self, slot):
        out = []
        while self.rel.get(slot):
            e = {"name": self.cstr(self.rel[slot])}
            for k, field in ((8, "args_type"), (16, "params"), (24, "help"), (32, "flags")):
                e[field] = self.cstr(self.rel.get(slot + k)) or ""
            sub = [self.rel[slot + k] for k in range(40, ENTRY, 8) if self.rel.get(slot + k) in self.rel]
            out.append((e, sub[0] if sub else None))
            slot += ENTRY
        return out


def tables(path):
    elf = Elf(path)
    for a in elf.string_addresses("help|?"):
        for slot in elf.pointing.get(a, []):
            nxt = elf.rel.get(slot + ENTRY)
            if nxt and elf.cstr(nxt) == "commit":
                top = elf.table(slot)
                info = [e for e, _ in elf.table(next(s for e, s in top if e["name"] == "info"))]
                return [e for e, _ in top], info
    raise SystemExit("%s: no HMP command table found" % path)


def main():
    bindir, out = sys.argv[1], sys.argv[2]
    for target in ("x86_64", "ppc64"):
        top, info = tables(os.path.join(bindir, "qemu-system-" + target))
        name = os.path.join(out, "hmp-commands-%s.json" % target)
        with open(name, "w") as f:
            f.write('{"commands": [\n' + ",\n".join(json.dumps(e) for e in top) +
                    '\n], "info": [\n' + ",\n".join(json.dumps(e) for e in info) + "\n]}\n")
        print("%-40s %3d commands, %3d info" % (name, len(top), len(info)))


if __name__ == "__main__":
    main()
