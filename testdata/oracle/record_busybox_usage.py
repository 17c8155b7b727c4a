#!/usr/bin/env python3
"""Records the usage text of every applet of the guest's busybox (Debian's
busybox-static 1.35, x86_64, taken out of the guest's initramfs) into
engine/release/guest/busybox-usage.txt: the text busybox prints after "--help" or
an option error. Needs the guest images (../shared/oracle/guest/make_guest.sh).

    python3 testdata/oracle/record_busybox_usage.py /work/oracle-env/guest
"""
import gzip, os, subprocess, sys, tempfile

def busybox_from_initrd(initrd, out):
    d = gzip.open(initrd).read()
    i = 0
    while i < len(d):
        h = d[i:i + 110]
        f = [int(h[6 + 8 * k:14 + 8 * k], 16) for k in range(13)]
        size, namesize = f[6], f[11]
        name = d[i + 110:i + 110 + namesize - 1].decode()
        j = (i + 110 + namesize + 3) & ~3
        if name == "bin/busybox":
            open(out, "wb").write(d[j:j + size])
            os.chmod(out, 0o755)
            return
        if name == "TRAILER!!!":
            break
        i = (j + size + 3) & ~3
    sys.exit("no bin/busybox in " + initrd)

def main():
    guest = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("GUEST_DIR", "")
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    with tempfile.TemporaryDirectory() as t:
        bb = os.path.join(t, "busybox")
        busybox_from_initrd(os.path.join(guest, "x86_64", "initrd.gz"), bb)
        names = subprocess.run([bb, "--list"], capture_output=True, text=True, check=True).stdout.split()
        out = []
        for n in ["busybox"] + names:
            args = [bb, "--help"] if n == "busybox" else [bb, n, "--help"]
            r = subprocess.run(args, capture_output=True, text=True, env={"PATH": "/bin"}, stdin=subprocess.DEVNULL)
            text = r.stdout + r.stderr
            out.append("\x00" + n + "\n" + text)
    with open(os.path.join(root, "engine", "release", "guest", "busybox-usage.txt"), "w") as f:
        f.write("".join(out))

main()
