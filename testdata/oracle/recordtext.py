"""What the record_*_help.py scripts share: running a QEMU binary from PATH
for one answer, and writing a recorded text (or, with --check, saying
whether the file already holds it)."""
import os, subprocess


def qemu(binary, args, timeout=60):
    """qemu-system-BINARY ARGS under the C locale: (exit status, stdout, stderr)."""
    p = subprocess.run(["qemu-system-" + binary] + args, capture_output=True, timeout=timeout,
                       stdin=subprocess.DEVNULL, env=dict(os.environ, LC_ALL="C", LANG="C"))
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def save(path, text, check, summary=None):
    """Writes text to path; with check, prints whether path holds it already."""
    if check:
        print(path, "identical" if open(path).read() == text else "DIFFERS")
        return
    open(path, "w").write(text)
    print("%s: %s" % (path, summary if summary is not None else "%d lines" % text.count("\n")))
