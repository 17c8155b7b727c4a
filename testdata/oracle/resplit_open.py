#!/usr/bin/env python3
"""Re-split a corpus's judged golden and its open file by what the engine
passes now. For merges: when two branches moved different cases out of the
open file, both files conflict; this takes every recorded line (from the
working files, or during a merge from both sides' stages :2: and :3:),
replays the cases with the engine, and writes judged and open afresh.

    python3 testdata/oracle/resplit_open.py QEMU DIR [--merge] [--exclude ID ...]
    e.g. resplit_open.py 7.2 testdata/oracle/  and  10.0 testdata/oracle/v10.0/

Prints the counts for the conformance table. Run from the repository root;
it builds the engine first. Cases dropped for good (the recording host's own
state) are named with --exclude."""
import argparse, json, os, re, subprocess, sys, tempfile

ap = argparse.ArgumentParser()
ap.add_argument("qemu"); ap.add_argument("dir")
ap.add_argument("--merge", action="store_true")
ap.add_argument("--exclude", nargs="*", default=[])
ap.add_argument("--corpus", default="devices")
a = ap.parse_args()
here = os.path.dirname(os.path.abspath(__file__))
# ../shared beside the repository, or $SHARED (a worktree elsewhere).
compare = os.path.join(os.environ.get("SHARED") or os.path.join(here, "..", "..", "..", "shared"), "oracle", "compare.py")
if not os.path.exists(compare):
    sys.exit("compare.py not found at %s: set SHARED to the shared folder" % compare)
cases = os.path.join("testdata", "oracle", a.corpus + "_cases.jsonl")
golden = os.path.join(a.dir, a.corpus + ".jsonl")
open_path = os.path.join(a.dir, a.corpus + "_open.jsonl")

def read(path):
    if not a.merge:
        return open(path).read().splitlines(True)
    out = []
    for stage in (":2:", ":3:"):
        r = subprocess.run(["git", "show", stage + path], capture_output=True, text=True)
        if r.returncode != 0:  # merged without a conflict: the working file has both sides
            return open(path).read().splitlines(True)
        out += r.stdout.splitlines(True)
    return out

recorded = {}
for path in (golden, open_path):
    for line in read(path):
        cid = json.loads(line)["id"]
        if cid in a.exclude:
            continue
        if cid in recorded and recorded[cid] != line:
            sys.exit("two recordings of %s differ: settle which one stays first" % cid)
        recorded[cid] = line
case_lines = [l for l in open(cases) if json.loads(l)["id"] in recorded]
order = [json.loads(l)["id"] for l in case_lines]

tmp = tempfile.mkdtemp()
binary = os.path.join(tmp, "hotpluglab")
subprocess.run(["go", "build", "-o", binary, "."], check=True)
with open(os.path.join(tmp, "cases.jsonl"), "w") as f:
    f.writelines(case_lines)
with open(os.path.join(tmp, "golden.jsonl"), "w") as f:
    f.writelines(recorded[i] for i in order)
with open(os.path.join(tmp, "result.jsonl"), "w") as f:
    subprocess.run([binary, "replay", "-qemu", a.qemu, os.path.join(tmp, "cases.jsonl")], stdout=f, stderr=subprocess.DEVNULL)
p = subprocess.run([sys.executable, compare, os.path.join(tmp, "golden.jsonl"), os.path.join(tmp, "result.jsonl"), "--cases", cases],
                   capture_output=True, text=True)
failing = set(re.findall(r"^FAIL (\S+?):", p.stdout, re.M))
open(golden, "w").writelines(recorded[i] for i in order if i not in failing)
open(open_path, "w").writelines(recorded[i] for i in order if i in failing)
print("%s: %d judged; %s: %d open" % (golden, len(order) - len(failing), open_path, len(failing)))
