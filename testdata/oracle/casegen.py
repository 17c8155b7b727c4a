"""What the corpus generators (gen_*_cases.py) share: a case list with ids
prefixed by corpus and binary, the monitor step shapes, and writing the
cases file with unique ids."""
import json, os

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
