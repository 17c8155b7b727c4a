#!/usr/bin/env python3
"""Keep the cases two recordings of the same cases file agree on:

    python3 testdata/oracle/keep_identical.py A.jsonl B.jsonl OUT.jsonl [--open RESULTS.jsonl CASES.jsonl]

Cases that differ between A and B (QEMU's own nondeterminism: automatic
node names "#block145", "#net097"; DEVICE_DELETED timing; /dev/pts/N) are
dropped and listed. With --open, the kept cases the simulator's RESULTS do
not yet pass (compare.py's verdict) go to OUT's "_open" sibling instead:
recorded, not yet judged in make test (the conformance table says so)."""
import json, os, re, subprocess, sys

args = sys.argv[1:]
a, b, out = args[:3]
first = [l for l in open(a)]
second = {json.loads(l)["id"]: l for l in open(b)}
kept, dropped = [], []
for l in first:
    (kept if second.get(json.loads(l)["id"]) == l else dropped).append(l)
print("dropped as nondeterministic:", " ".join(json.loads(l)["id"] for l in dropped) or "none")
open_cases = []
if len(args) > 3 and args[3] == "--open":
    results, cases = args[4], args[5]
    tmp = out + ".tmp"
    open(tmp, "w").writelines(kept)
    here = os.path.dirname(os.path.abspath(__file__))
    # ../shared beside the repository, or $SHARED (a worktree elsewhere).
    compare = os.path.join(os.environ.get("SHARED") or os.path.join(here, "..", "..", "..", "shared"), "oracle", "compare.py")
    if not os.path.exists(compare):
        sys.exit("compare.py not found at %s: set SHARED to the shared folder" % compare)
    p = subprocess.run([sys.executable, compare, tmp, results, "--cases", cases], capture_output=True, text=True)
    os.remove(tmp)
    failing = set(re.findall(r"^FAIL (\S+?):", p.stdout, re.M))
    open_cases = [l for l in kept if json.loads(l)["id"] in failing]
    kept = [l for l in kept if json.loads(l)["id"] not in failing]
    root, ext = os.path.splitext(out)
    open(root + "_open" + ext, "w").writelines(open_cases)
open(out, "w").writelines(kept)
print(f"{len(kept)} kept, {len(open_cases)} open, {len(dropped)} dropped")
