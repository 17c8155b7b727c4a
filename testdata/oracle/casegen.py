"""What the corpus generators (gen_*_cases.py) share: a case list with ids
prefixed by corpus and binary, the monitor step shapes, and writing the
cases file with unique ids, and the host files (disk images) cases name."""
import json, os, subprocess

HERE = os.path.dirname(os.path.abspath(__file__))


class Corpus:
    def __init__(self, name, prefix):
        self.name, self.prefix, self.cases = name, prefix, []

    def id(self, binary, id):
        return "%s-%s-%s" % (self.prefix, "x" if binary == "x86_64" else "p", id)

    def add(self, c):
        self.cases.append(c)

    def case(self, b, id, *args, steps=None, **kw):
        c = {"id": self.id(b, id), "binary": b, "args": list(args)}
        if steps:
            c["steps"] = steps
        c.update(kw)
        self.add(c)

    def x(self, *a, **k):
        self.case("x86_64", *a, **k)

    def p(self, *a, **k):
        self.case("ppc64", *a, **k)

    def write(self):
        ids = [c["id"] for c in self.cases]
        assert len(ids) == len(set(ids)), "duplicate ids"
        with open(os.path.join(HERE, self.name + "_cases.jsonl"), "w") as f:
            for c in self.cases:
                f.write(json.dumps(c) + "\n")
        print(len(self.cases), "cases")


def hmp(*cmds):
    return [{"hmp": c} for c in cmds]


def qmp(command, **args):
    s = {"execute": command}
    if args:
        s["arguments"] = args
    return {"qmp": s}


# The 10.0 recording chroot (../shared/oracle/v10.0/README.md): images a case
# names must exist inside it too.
CHROOT = "/work/oracle-env/trixie"


class HostFiles:
    """Disk images (and folders) a corpus's cases name: each case gets its own
    copies under DIR/<case id>/ (QEMU locks the images it opens, and the
    previous case's QEMU may still hold them), listed in the case's "hostfs"
    so that the replay gives the simulated session the same files. FILES maps
    a file name to (format, size); format "dir" is a folder with hello.txt."""

    def __init__(self, corpus, dir, files):
        self.corpus, self.dir, self.files = corpus, dir, files

    def case(self, b, id, *args, steps=None, files=(), **kw):
        cid = self.corpus.id(b, id)
        args = [a.replace(self.dir + "/", self.dir + "/" + cid + "/") for a in args]
        c = {"id": cid, "binary": b, "args": list(args)}
        if steps:
            c["steps"] = steps
        if files:
            c["hostfs"] = [{"path": self.dir + "/" + cid + "/" + n, "format": self.files[n][0], "size": self.files[n][1]}
                           for n in files]
        c.update(kw)
        self.corpus.add(c)

    def img(self, n):
        return self.dir + "/" + n

    def write(self):
        """Writes every case's files with qemu-img, on the host and in CHROOT."""
        for root in ["", CHROOT]:
            for c in self.corpus.cases:
                for f in c.get("hostfs", []):
                    path = root + f["path"]
                    if f["format"] == "dir":
                        os.makedirs(path, exist_ok=True)
                        open(os.path.join(path, "hello.txt"), "w").write("hello\n")
                        continue
                    os.makedirs(os.path.dirname(path), exist_ok=True)
                    if os.path.exists(path):
                        os.remove(path)
                    subprocess.run(["qemu-img", "create", "-q", "-f", f["format"], path, str(f["size"])], check=True)
