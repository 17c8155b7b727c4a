#!/usr/bin/env python3
"""Records a QMP session for engine/stdio/testdata (wire_m6): BINARY IN OUT [QEMU ARGS]."""
import subprocess, sys, time, os, threading
# Feeds a QMP session line by line (a pause after each, so that out-of-band
# replies cannot overtake in-band ones) and writes what QEMU prints.
binary, inp, out = sys.argv[1], sys.argv[2], sys.argv[3]
args = sys.argv[4:]
p = subprocess.Popen([binary, "-S", "-nodefaults", "-no-user-config", "-display", "none", "-accel", "tcg", "-qmp", "stdio"] + args,
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=dict(os.environ, LC_ALL="C", LANG="C"))
buf = []
t = threading.Thread(target=lambda: buf.append(p.stdout.read()), daemon=True); t.start()
time.sleep(0.5)
for l in open(inp, "rb").read().split(b"\n")[:-1]:
    try:
        p.stdin.write(l + b"\n"); p.stdin.flush()
    except BrokenPipeError:
        break
    time.sleep(0.2)
try:
    p.stdin.close()
except BrokenPipeError:
    pass
p.wait(timeout=20); t.join(5)
open(out, "wb").write(buf[0])
sys.stderr.write(p.stderr.read().decode())
