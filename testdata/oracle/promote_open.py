#!/usr/bin/env python3
"""Move the open cases the simulator now passes into the judged golden:

    python3 testdata/oracle/promote_open.py CASES GOLDEN OPEN RESULTS

RESULTS is the replay of the open cases (hotpluglab replay -qemu V on the
CASES lines whose ids OPEN holds); compare.py gives the verdicts. The
golden keeps CASES' order. Prints the moved ids and the new counts (the
conformance table's row counts must follow)."""
import json, os, re, subprocess, sys

cases, golden, open_path, results = sys.argv[1:5]
here = os.path.dirname(os.path.abspath(__file__))
compare = os.path.join(here, "..", "..", "..", "shared", "oracle", "compare.py")
p = subprocess.run([sys.executable, compare, open_path, results, "--cases", cases], capture_output=True, text=True)
failing = set(re.findall(r"^FAIL (\S+?):", p.stdout, re.M))
opened = [l for l in open(open_path)]
moved = [l for l in opened if json.loads(l)["id"] not in failing]
still = [l for l in opened if json.loads(l)["id"] in failing]
order = {json.loads(l)["id"]: i for i, l in enumerate(open(cases))}
judged = sorted(list(open(golden)) + moved, key=lambda l: order[json.loads(l)["id"]])
open(golden, "w").writelines(judged)
open(open_path, "w").writelines(still)
print("moved:", " ".join(json.loads(l)["id"] for l in moved) or "none")
print("%s: %d judged; %s: %d open" % (golden, len(judged), open_path, len(still)))
