#!/usr/bin/env python3
"""Records how the guest's busybox 1.35 (Debian's busybox-static, taken out
of the guest's initramfs) answers shell lines, for the table test
engine/guest/busybox/shell_test.go: it runs every group of lines of
engine/guest/busybox/testdata/shell_cases.txt in a fresh interactive
`sh` (on a pty, prompt "guest# ", no echo, as the guest's /init starts
it) in a chroot holding busybox's links, /dev/null, /dev/zero, /dev/full,
/tmp and the fixture files of testdata/fixture.json, and writes what the
terminal showed (prompts included) to testdata/shell_expected.json.

Only pure shell and text behaviour is recorded this way; what depends on
the guest's kernel (sysfs, procfs, dmesg, nproc, uname) is recorded in
real guest sessions (../shared/oracle/guest, testdata/oracle/*guest*).

Needs root (chroot, mknod) and the guest images:
    sudo python3 testdata/oracle/record_busybox_shell.py /work/oracle-env/guest
Each group is run twice; a line whose two answers differ (or that never
gets a prompt back) is reported and kept without an answer (null).
"""
import gzip, json, os, pty, select, shutil, signal, stat, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TD = os.path.join(ROOT, "engine", "guest", "busybox", "testdata")


def extract(initrd, dest):
    d = gzip.open(initrd).read()
    i = 0
    while i < len(d):
        h = d[i:i + 110]
        f = [int(h[6 + 8 * k:14 + 8 * k], 16) for k in range(13)]
        mode, size, namesize = f[1], f[6], f[11]
        name = d[i + 110:i + 110 + namesize - 1].decode()
        j = (i + 110 + namesize + 3) & ~3
        data = d[j:j + size]
        i = (j + size + 3) & ~3
        if name == "TRAILER!!!":
            break
        p = os.path.join(dest, name)
        if stat.S_ISDIR(mode):
            os.makedirs(p, exist_ok=True)
        elif stat.S_ISREG(mode) and name in ("bin/busybox",):
            open(p, "wb").write(data)
            os.chmod(p, 0o755)


def setup(chroot, guest):
    for dname in ("bin", "dev", "proc", "root", "sys", "tmp"):
        os.makedirs(os.path.join(chroot, dname), exist_ok=True)
    extract(os.path.join(guest, "x86_64", "initrd.gz"), chroot)
    subprocess.run(["chroot", chroot, "/bin/busybox", "--install", "-s", "/bin"], check=True)
    for name, minor in (("null", 3), ("zero", 5), ("full", 7)):
        os.mknod(os.path.join(chroot, "dev", name), 0o666 | stat.S_IFCHR, os.makedev(1, minor))


def reset(chroot, fixture):
    for p in ("fx", "tmp"):
        shutil.rmtree(os.path.join(chroot, p), ignore_errors=True)
    os.makedirs(os.path.join(chroot, "tmp"))
    for path, content in fixture.items():
        p = os.path.join(chroot, path.lstrip("/"))
        if content is None:
            os.makedirs(p, exist_ok=True)
        else:
            os.makedirs(os.path.dirname(p), exist_ok=True)
            open(p, "w").write(content)


def run(chroot, lines, timeout=5):
    pid, fd = pty.fork()
    if pid == 0:
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
        os.chroot(chroot)
        os.chdir("/")
        os.execve("/bin/busybox", ["sh", "-c", "stty -echo; export PS1='guest# '; exec sh"],
                  {"PATH": "/bin", "HOME": "/", "TERM": "dumb"})
    buf = b""

    def until_prompt():
        nonlocal buf
        end = time.time() + timeout
        while not (buf.endswith(b"guest# ") or buf.endswith(b"> ")):
            r, _, _ = select.select([fd], [], [], max(0, end - time.time()))
            if not r:
                return None
            try:
                d = os.read(fd, 65536)
            except OSError:
                return None
            if not d:
                return None
            buf += d
        out, buf = buf, b""
        return out.decode("utf-8", "replace").replace("\r\n", "\n")

    until_prompt()
    res = []
    for line in lines:
        os.write(fd, line.encode() + b"\n")
        out = until_prompt()
        res.append([line, out])
        if out is None:
            break
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)
    return res


def main():
    guest = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("GUEST_DIR", "")
    fixture = json.load(open(os.path.join(TD, "fixture.json")))
    groups = [[l for l in g.split("\n") if l.strip() and not l.startswith("#")]
              for g in open(os.path.join(TD, "shell_cases.txt")).read().split("\n---\n")]
    with tempfile.TemporaryDirectory() as chroot:
        setup(chroot, guest)
        # The guest's /init mounts /proc; ash runs a script without "#!"
        # through /proc/self/exe, so without it such a script is "not found".
        subprocess.run(["mount", "-t", "proc", "proc", os.path.join(chroot, "proc")], check=True)
        try:
            out = record(chroot, groups, fixture)
        finally:
            subprocess.run(["umount", os.path.join(chroot, "proc")], check=True)
    with open(os.path.join(TD, "shell_expected.json"), "w") as f:
        json.dump(out, f, indent=0)


def record(chroot, groups, fixture):
    out = []
    for g in groups:
        answers = []
        for _ in range(2):
            reset(chroot, fixture)
            answers.append(run(chroot, g))
        kept = []
        for (line, a), (_, b) in zip(*answers):
            if a != b or a is None:
                print("dropped (differs or hangs):", repr(line), file=sys.stderr)
                a = None
            kept.append([line, a])
        out.append(kept)
    return out


main()
