#!/usr/bin/env python3
"""Record each device type's QOM composition, what `info qom-tree` prints
below a device, into engine/release/<version>/qom-subtrees-<target>.txt
(read by engine/qdev beside the looks). The binaries come from PATH:

    python3 testdata/oracle/record_qom_subtrees.py engine/release/7.2
    PATH=$QBIN:$PATH python3 testdata/oracle/record_qom_subtrees.py engine/release/10.0

Each type is created the way record_device_looks.py creates it (the same
placements and retries, id "probe"), then `info qom-tree
/machine/peripheral/probe` is asked. CPU types are created as a second CPU
(with -cpu naming their model; x86: socket 1 of -smp 1,maxcpus=2,sockets=2 on pc and on q35; pseries:
core 1 of -smp 1,maxcpus=2); a type with no bus (pc-dimm, ...) on pc or
pseries alone ("none").

Each board's whole tree (`info qom-tree`, -smp 1) goes to
qom-boards-<target>.txt, one "B\tboard" line and its T lines: the parts of
/machine no device adds (its own regions, the host bridge, the loose
objects of /machine/unattached) and its own devices' compositions.
--boards records only those; --add keeps the subtrees the file has and
adds those of record_device_looks.ADDED_PLACEMENTS.

Format (tab separated):
  B  board             a board's whole tree follows (T lines, from /machine)
  V  type  placement   a type's subtree follows
  T  text              a line below the device's own, indentation relative
                       to it (two spaces per level); the child buses keep
                       the names they had ("probe.0")
Two runs must give the same file (--check DIR compares)."""
import concurrent.futures, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from record_device_looks import ADDED_PLACEMENTS, BOARDS, RETRIES, hmp, placements, records_of, run, user_types, write_or_check  # noqa: E402


def subtree(binary, name, board, extra, bus, props):
    """The lines below the device, or None and the first error QEMU gave."""
    first = None
    for more, prop in ([([], "")] if props else RETRIES):
        dev = name + ",id=probe" + (",bus=" + bus if bus else "") + props + ("," + prop if prop else "")
        (qt,), err = run(binary, board + extra + more + ["-device", dev], [hmp("info qom-tree /machine/peripheral/probe")])
        text = qt.get("return", "") if qt else ""
        head = "/probe (%s)" % name
        if not text.startswith(head):
            if first is None:
                first = err.strip().splitlines()[-1] if err.strip() else "did not start"
            continue
        lines = text.replace("\r\n", "\n").rstrip("\n").split("\n")[1:]
        return [l[2:] for l in lines], None
    return None, first


def jobs(binary):
    out = []
    for name, bus in user_types(binary):
        if binary == "x86_64" and name.endswith("-x86_64-cpu"):
            for m in ("pc", "q35"):
                out.append((name, m, ["-M", m, "-cpu", name[:-len("-x86_64-cpu")], "-smp", "1,maxcpus=2,sockets=2"], [], None, ",socket-id=1,core-id=0,thread-id=0"))
            continue
        if binary == "ppc64" and name.endswith("-spapr-cpu-core"):
            out.append((name, "pseries", ["-M", "pseries", "-cpu", name[:-len("-spapr-cpu-core")], "-smp", "1,maxcpus=2"], [], None, ",core-id=1"))
            continue
        if not bus:
            # No bus: memory devices and the like, on the board alone.
            out.append((name, "none", ["-M", "pc" if binary == "x86_64" else "pseries"], [], None, ""))
            continue
        for placement, board, extra, busarg in placements(binary, name, bus):
            out.append((name, placement, board, extra, busarg, ""))
    return out


def record(binary, have=None):
    """The recording; with have (an earlier one's records), only the
    placements of ADDED_PLACEMENTS it lacks are recorded."""
    have = have or {}
    todo = jobs(binary)
    if have:
        todo = [j for j in todo if "V %s %s" % (j[0], j[1]) in have or j[1] in ADDED_PLACEMENTS]
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda j: (have.get("V %s %s" % (j[0], j[1])), None) if "V %s %s" % (j[0], j[1]) in have
                                else subtree(binary, j[0], j[2], j[3], j[4], j[5]), todo))
    out = []
    for (name, placement, *_), (lines, err) in zip(todo, results):
        if lines and lines[0].startswith("V\t"):  # kept as it was
            out += lines
            continue
        if lines is None:
            print("  %s %s (%s): %s" % (binary, name, placement, err), file=sys.stderr)
            continue
        out.append("V\t%s\t%s" % (name, placement))
        out += ["T\t" + l for l in lines]
    return "\n".join(out) + "\n"


def record_boards(binary):
    out = []
    for board in BOARDS[binary]:
        (qt,), err = run(binary, ["-M", board, "-smp", "1"], [hmp("info qom-tree")])
        if not qt or "return" not in qt:
            raise SystemExit("%s %s: %s" % (binary, board, err))
        out.append("B\t" + board)
        out += ["T\t" + l for l in qt["return"].replace("\r\n", "\n").rstrip("\n").split("\n")]
    return "\n".join(out) + "\n"


def main():
    args = sys.argv[1:]
    check = args[0] == "--check"
    out = args[-1]
    jobs = [("qom-boards-%s.txt", record_boards)]
    if "--boards" not in args:
        jobs.append(("qom-subtrees-%s.txt", record))
    for binary in BOARDS:
        for name, fn in jobs:
            path = os.path.join(out, name % binary)
            if "--add" in args and fn is record:  # keep its records, add ADDED_PLACEMENTS'
                with open(path) as f:
                    write_or_check(path, record(binary, records_of(f.read())), check)
                continue
            write_or_check(path, fn(binary), check)


if __name__ == "__main__":
    main()
