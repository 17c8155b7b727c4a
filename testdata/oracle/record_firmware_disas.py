#!/usr/bin/env python3
"""Record how a release's binary disassembles the firmware a machine that
never ran holds: pseries' SLOF and x86's SeaBIOS.

    python3 testdata/oracle/record_firmware_disas.py 7.2
    PATH=/work/oracle-env/qbin:$PATH python3 testdata/oracle/record_firmware_disas.py 10.0

Starts `qemu-system-ppc64 -M pseries` (never run: SLOF's image is at 0),
reads `xp /16384i` over the image's first MiB, and writes
engine/release/firmware/<version>/ppc64/slof-disas.txt: one line per distinct
32-bit word whose primary opcode is not 0 (those print as `.byte`),
"WORD<TAB>TEXT", TEXT what follows the word on QEMU's line. A branch's
target depends on the address it sits at: "{T}" stands for it (the target
computed from the word, relative unless its AA bit is set). The script
checks that every word prints the same wherever it is, and the branch rule
against every branch.

The images are the Debian packages' that each binary loads: slof.bin from
qemu-system-data, bios-256k.bin from seabios (/usr/share/seabios/; bookworm's
for 7.2, trixie's chroot for 10.0), copied into firmware/<version>/<target>/.

On x86 (`-M pc`, real mode) it reads `xp /140000i` from eight starting
bytes of bios-256k.bin's mapping below 4 GiB (firmware/<version>/x86_64/), and `xp /1i` at each of its
last 32 bytes, and writes bios-disas.txt:
one line per distinct instruction, "BYTES<TAB>TEXT" (TEXT after the bytes
column). A relative branch's target is "{T16}" or "{T32}" (IP-relative,
wrapped to 16 or 32 bits, printed as capstone prints an immediate: decimal
below 10). A byte capstone cannot decode prints as `.byte`: its line is
"BYTE|NEXT<TAB>.byte ...", NEXT the two bytes seen after it, which made it
no instruction."""
import json, os, re, struct, subprocess, sys, tempfile

version = sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.join(here, "..", "..")
shared = os.environ.get("SHARED") or os.path.join(root, "..", "shared")
slof = open(os.path.join(root, "engine/release/firmware", version, "ppc64", "slof.bin"), "rb").read()

steps = [{"hmp": "xp /16384i 0x%x" % (i * 0x10000)} for i in range(16)]
with tempfile.TemporaryDirectory() as tmp:
    cases, out = os.path.join(tmp, "cases.jsonl"), os.path.join(tmp, "out.jsonl")
    with open(cases, "w") as f:
        f.write(json.dumps({"id": "slof-disas", "binary": "ppc64", "args": ["-M", "pseries"], "steps": steps}) + "\n")
    subprocess.run([sys.executable, os.path.join(shared, "oracle", "record.py"), cases, "-o", out, "--timeout", "200"], check=True)
    rec = json.loads(open(out).readline())


def sext(x, bits):
    return x - (1 << bits) if x & (1 << (bits - 1)) else x


texts = {}
for step in rec["steps"]:
    for line in step["out"].split("\r\n"):
        if not line:
            continue
        m = re.match(r"0x([0-9a-f]+):  ([0-9a-f]{8})  (.*)$", line)
        if not m:
            sys.exit("unexpected line: %r" % line)
        addr, word, text = int(m.group(1), 16), int(m.group(2), 16), m.group(3)
        if addr + 4 <= len(slof) and struct.unpack(">I", slof[addr:addr + 4])[0] != word:
            sys.exit("0x%x: QEMU shows %08x, slof.bin has another word" % (addr, word))
        op = word >> 26
        if op == 0 and text.startswith(".byte"):
            continue
        if op in (16, 18):  # bc, b: the target is printed last
            disp = sext(word & 0x3FFFFFC, 26) if op == 18 else sext(word & 0xFFFC, 16)
            target = (disp if (word >> 1) & 1 else addr + disp) & (2**64 - 1)
            if text.endswith("0x%x" % target):
                text = text[: -len("0x%x" % target)] + "{T}"
        if texts.setdefault(word, text) != text:
            sys.exit("%08x prints two ways: %r, %r" % (word, texts[word], text))

ppc_texts = texts


def record_x86():
    steps = [{"hmp": "xp /140000i 0x%x" % (0xFFFC0000 + off)} for off in range(8)]
    # A sweep stops 31 bytes below 4 GiB (the reader wants 32 bytes past
    # its place): the reset vector's instruction is read fresh.
    steps += [{"hmp": "xp /1i 0x%x" % a} for a in range(0xFFFFFFE0, 0x100000000)]
    with tempfile.TemporaryDirectory() as tmp:
        cases, out = os.path.join(tmp, "cases.jsonl"), os.path.join(tmp, "out.jsonl")
        with open(cases, "w") as f:
            f.write(json.dumps({"id": "bios-disas", "binary": "x86_64", "args": ["-M", "pc"], "steps": steps}) + "\n")
        subprocess.run([sys.executable, os.path.join(shared, "oracle", "record.py"), cases, "-o", out, "--timeout", "300"], check=True)
        return json.loads(open(out).readline())


def rel_disp(b):
    """A relative branch's displacement (jcc, jmp, call, loop, jcxz), else None."""
    i = 0
    while i < len(b) and b[i] in (0x66, 0x67, 0x2E, 0x3E, 0x26, 0x36, 0x64, 0x65, 0xF2, 0xF3, 0xF0):
        i += 1
    if i >= len(b):
        return None
    op, rest = b[i], b[i + 1:]
    if (0x70 <= op <= 0x7F or 0xE0 <= op <= 0xE3 or op == 0xEB) and len(rest) == 1:
        return sext(rest[0], 8)
    if op == 0x0F and rest and 0x80 <= rest[0] <= 0x8F:
        op, rest = 0xE9, rest[1:]
    if op in (0xE8, 0xE9) and len(rest) in (2, 4):
        return sext(int.from_bytes(rest, "little"), 8 * len(rest))
    return None


bios = open(os.path.join(root, "engine/release/firmware", version, "x86_64", "bios-256k.bin"), "rb").read()
x86 = {}
for step in record_x86()["steps"]:
    lines = [l for l in step["out"].split("\r\n") if l]
    i = 0
    while i < len(lines):
        m = re.match(r"0x([0-9a-f]+):  ((?:[0-9a-f]{2} )*[0-9a-f]{2}) +(\S.*)$", lines[i])
        i += 1
        if not m:
            if "unable to read memory" not in lines[i - 1]:
                sys.exit("unexpected line: %r" % lines[i - 1])
            continue
        addr, code, text = int(m.group(1), 16), bytes.fromhex(m.group(2).replace(" ", "")), m.group(3)
        while i < len(lines) and re.match(r"0x[0-9a-f]+:  ((?:[0-9a-f]{2} )*[0-9a-f]{2})$", lines[i]):
            code += bytes.fromhex(lines[i].split(":  ")[1].replace(" ", ""))  # more than 8 bytes
            i += 1
        off = addr - (2**32 - len(bios))
        if bios[off:off + len(code)] != code:
            sys.exit("0x%x: QEMU shows %s, bios-256k.bin has other bytes" % (addr, code.hex()))
        key = code.hex()
        if text.startswith(".byte"):
            key += "|" + bios[off + 1:off + 3].hex()
        disp = rel_disp(code)
        if disp is not None:
            for mask, tag in ((0xFFFF, "{T16}"), (0xFFFFFFFF, "{T32}")):
                target = (addr + len(code) + disp) & mask
                shown = "%d" % target if target < 10 else "0x%x" % target
                if text.endswith(" " + shown):
                    text = text[: -len(shown)] + tag
                    break
            else:
                sys.exit("0x%x: %s's target is not the rule's" % (addr, text))
        if x86.setdefault(key, text) != text:
            sys.exit("%s prints two ways: %r, %r" % (key, x86[key], text))

path = os.path.join(root, "engine/release/firmware", version, "x86_64", "bios-disas.txt")
with open(path, "w") as f:
    for key in sorted(x86):
        f.write("%s\t%s\n" % (key, x86[key]))
print("%s: %d instructions" % (path, len(x86)))

texts = ppc_texts
path = os.path.join(root, "engine/release/firmware", version, "ppc64", "slof-disas.txt")
with open(path, "w") as f:
    for word in sorted(texts):
        f.write("%08x\t%s\n" % (word, texts[word]))
print("%s: %d words" % (path, len(texts)))
