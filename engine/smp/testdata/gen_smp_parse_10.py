#!/usr/bin/env python3
"""Writes smp-parse-10.0.jsonl: the input -> result vectors of QEMU 10's own
unit test for machine_parse_smp_config (tests/unit/test-smp-parse.c, as in
the qemu/qemu tree of the 10.x series: tables and test drivers transcribed
here, the same format as smp-parse-7.2.jsonl). Each smp_parse_test() call of
the C test is two vectors, prefer_sockets and prefer_cores.

    python3 engine/smp/testdata/gen_smp_parse_10.py > engine/smp/testdata/smp-parse-10.0.jsonl
"""
import json

T, F = True, False
MIN_CPUS, MAX_CPUS, NAME = 1, 4096, "TEST-SMP"
LEVELS = ["drawers", "books", "dies", "clusters", "modules"]


def generic(ha, a, hb, b, hc, c, hd, d, he, e):
    return {k: v for k, h, v in [("cpus", ha, a), ("sockets", hb, b), ("cores", hc, c), ("threads", hd, d), ("maxcpus", he, e)] if h}


def mods_dies(ha, a, hb, b, hc, c, hd, d, he, e, hf, f, hg, g):
    return {k: v for k, h, v in [("cpus", ha, a), ("sockets", hb, b), ("dies", hc, c), ("modules", hd, d), ("cores", he, e),
                                  ("threads", hf, f), ("maxcpus", hg, g)] if h}


def clusters(ha, a, hb, b, hc, c, hd, d, he, e, hf, f):
    return {k: v for k, h, v in [("cpus", ha, a), ("sockets", hb, b), ("clusters", hc, c), ("cores", hd, d), ("threads", he, e),
                                  ("maxcpus", hf, f)] if h}


def books_drawers(ha, a, hb, b, hc, c, hd, d, he, e, hf, f, hg, g):
    return {k: v for k, h, v in [("cpus", ha, a), ("drawers", hb, b), ("books", hc, c), ("sockets", hd, d), ("cores", he, e),
                                  ("threads", hf, f), ("maxcpus", hg, g)] if h}


def full(*v):
    return dict(zip(["cpus", "drawers", "books", "sockets", "dies", "clusters", "modules", "cores", "threads", "maxcpus"], v))


def topo(cpus, sockets, cores, threads, maxcpus):
    return {"cpus": cpus, "sockets": sockets, "cores": cores, "threads": threads, "maxcpus": maxcpus}


def valid(config, ps, pc):
    return {"config": config, "ps": topo(*ps), "pc": topo(*pc)}


def invalid(config, err):
    return {"config": config, "error": err}


G = generic
data_generic_valid = [
    valid(G(F, 0, F, 0, F, 0, F, 0, F, 0), (1, 1, 1, 1, 1), (1, 1, 1, 1, 1)),
    valid(G(T, 8, F, 0, F, 0, F, 0, F, 0), (8, 8, 1, 1, 8), (8, 1, 8, 1, 8)),
    valid(G(F, 0, T, 2, F, 0, F, 0, F, 0), (2, 2, 1, 1, 2), (2, 2, 1, 1, 2)),
    valid(G(F, 0, F, 0, T, 4, F, 0, F, 0), (4, 1, 4, 1, 4), (4, 1, 4, 1, 4)),
    valid(G(F, 0, F, 0, F, 0, T, 2, F, 0), (2, 1, 1, 2, 2), (2, 1, 1, 2, 2)),
    valid(G(F, 0, F, 0, F, 0, F, 0, T, 16), (16, 16, 1, 1, 16), (16, 1, 16, 1, 16)),
    valid(G(T, 8, T, 2, F, 0, F, 0, F, 0), (8, 2, 4, 1, 8), (8, 2, 4, 1, 8)),
    valid(G(T, 8, F, 0, T, 4, F, 0, F, 0), (8, 2, 4, 1, 8), (8, 2, 4, 1, 8)),
    valid(G(T, 8, F, 0, F, 0, T, 2, F, 0), (8, 4, 1, 2, 8), (8, 1, 4, 2, 8)),
    valid(G(T, 8, F, 0, F, 0, F, 0, T, 16), (8, 16, 1, 1, 16), (8, 1, 16, 1, 16)),
    valid(G(F, 0, T, 2, T, 4, F, 0, F, 0), (8, 2, 4, 1, 8), (8, 2, 4, 1, 8)),
    valid(G(F, 0, T, 2, F, 0, T, 2, F, 0), (4, 2, 1, 2, 4), (4, 2, 1, 2, 4)),
    valid(G(F, 0, T, 2, F, 0, F, 0, T, 16), (16, 2, 8, 1, 16), (16, 2, 8, 1, 16)),
    valid(G(F, 0, F, 0, T, 4, T, 2, F, 0), (8, 1, 4, 2, 8), (8, 1, 4, 2, 8)),
    valid(G(F, 0, F, 0, T, 4, F, 0, T, 16), (16, 4, 4, 1, 16), (16, 4, 4, 1, 16)),
    valid(G(F, 0, F, 0, F, 0, T, 2, T, 16), (16, 8, 1, 2, 16), (16, 1, 8, 2, 16)),
    valid(G(T, 8, T, 2, T, 4, F, 0, F, 0), (8, 2, 4, 1, 8), (8, 2, 4, 1, 8)),
    valid(G(T, 8, T, 2, F, 0, T, 2, F, 0), (8, 2, 2, 2, 8), (8, 2, 2, 2, 8)),
    valid(G(T, 8, T, 2, F, 0, F, 0, T, 16), (8, 2, 8, 1, 16), (8, 2, 8, 1, 16)),
    valid(G(T, 8, F, 0, T, 4, T, 2, F, 0), (8, 1, 4, 2, 8), (8, 1, 4, 2, 8)),
    valid(G(T, 8, F, 0, T, 4, F, 0, T, 16), (8, 4, 4, 1, 16), (8, 4, 4, 1, 16)),
    valid(G(T, 8, F, 0, F, 0, T, 2, T, 16), (8, 8, 1, 2, 16), (8, 1, 8, 2, 16)),
    valid(G(F, 0, T, 2, T, 4, T, 2, F, 0), (16, 2, 4, 2, 16), (16, 2, 4, 2, 16)),
    valid(G(F, 0, T, 2, T, 4, F, 0, T, 16), (16, 2, 4, 2, 16), (16, 2, 4, 2, 16)),
    valid(G(F, 0, T, 2, F, 0, T, 2, T, 16), (16, 2, 4, 2, 16), (16, 2, 4, 2, 16)),
    valid(G(F, 0, F, 0, T, 4, T, 2, T, 16), (16, 2, 4, 2, 16), (16, 2, 4, 2, 16)),
    valid(G(T, 8, T, 2, T, 4, T, 1, F, 0), (8, 2, 4, 1, 8), (8, 2, 4, 1, 8)),
    valid(G(T, 8, T, 2, T, 4, F, 0, T, 16), (8, 2, 4, 2, 16), (8, 2, 4, 2, 16)),
    valid(G(T, 8, T, 2, F, 0, T, 2, T, 16), (8, 2, 4, 2, 16), (8, 2, 4, 2, 16)),
    valid(G(T, 8, F, 0, T, 4, T, 2, T, 16), (8, 2, 4, 2, 16), (8, 2, 4, 2, 16)),
    valid(G(F, 0, T, 2, T, 4, T, 2, T, 16), (16, 2, 4, 2, 16), (16, 2, 4, 2, 16)),
    valid(G(T, 8, T, 2, T, 4, T, 2, T, 16), (8, 2, 4, 2, 16), (8, 2, 4, 2, 16)),
    # unsupported parameters may always be given as 1
    valid(full(8, 1, 1, 2, 1, 1, 1, 2, 2, 8), (8, 2, 2, 2, 8), (8, 2, 2, 2, 8)),
]

PRODUCT = "Invalid CPU topology: product of the hierarchy must match maxcpus: "
MAXLT = "Invalid CPU topology: maxcpus must be equal to or greater than smp: "
ZERO = "Invalid CPU topology: CPU topology parameters must be greater than zero"
data_generic_invalid = [
    invalid(mods_dies(T, 2, F, 0, F, 0, T, 2, F, 0, F, 0, F, 0), "modules > 1 not supported by this machine's CPU topology"),
    invalid(mods_dies(T, 2, F, 0, T, 2, F, 0, F, 0, F, 0, F, 0), "dies > 1 not supported by this machine's CPU topology"),
    invalid(clusters(T, 2, F, 0, T, 2, F, 0, F, 0, F, 0), "clusters > 1 not supported by this machine's CPU topology"),
    invalid(books_drawers(T, 2, F, 0, T, 2, F, 0, F, 0, F, 0, F, 0), "books > 1 not supported by this machine's CPU topology"),
    invalid(books_drawers(T, 2, T, 2, F, 0, F, 0, F, 0, F, 0, F, 0), "drawers > 1 not supported by this machine's CPU topology"),
    invalid(G(T, 8, T, 2, T, 4, T, 2, T, 8), PRODUCT + "sockets (2) * cores (4) * threads (2) != maxcpus (8)"),
    invalid(G(T, 18, T, 2, T, 4, T, 2, T, 16), MAXLT + "sockets (2) * cores (4) * threads (2) == maxcpus (16) < smp_cpus (18)"),
    invalid(G(T, MIN_CPUS, F, 0, F, 0, F, 0, F, 0), "Invalid SMP CPUs 1. The min CPUs supported by machine '%s' is 2" % NAME),
    invalid(G(T, 4096, F, 0, F, 0, F, 0, F, 0), "Invalid SMP CPUs 4096. The max CPUs supported by machine '%s' is 4095" % NAME),
]
data_with_modules_invalid = [
    invalid(mods_dies(T, 16, T, 2, F, 0, T, 2, T, 4, T, 2, T, 16), PRODUCT + "sockets (2) * modules (2) * cores (4) * threads (2) != maxcpus (16)"),
    invalid(mods_dies(T, 34, T, 2, F, 0, T, 2, T, 4, T, 2, T, 32), MAXLT + "sockets (2) * modules (2) * cores (4) * threads (2) == maxcpus (32) < smp_cpus (34)"),
]
data_with_dies_invalid = [
    invalid(mods_dies(T, 16, T, 2, T, 2, F, 0, T, 4, T, 2, T, 16), PRODUCT + "sockets (2) * dies (2) * cores (4) * threads (2) != maxcpus (16)"),
    invalid(mods_dies(T, 34, T, 2, T, 2, F, 0, T, 4, T, 2, T, 32), MAXLT + "sockets (2) * dies (2) * cores (4) * threads (2) == maxcpus (32) < smp_cpus (34)"),
]
data_with_modules_dies_invalid = [
    invalid(mods_dies(T, 200, T, 3, T, 5, T, 2, T, 4, T, 2, T, 200), PRODUCT + "sockets (3) * dies (5) * modules (2) * cores (4) * threads (2) != maxcpus (200)"),
    invalid(mods_dies(T, 242, T, 3, T, 5, T, 2, T, 4, T, 2, T, 240), MAXLT + "sockets (3) * dies (5) * modules (2) * cores (4) * threads (2) == maxcpus (240) < smp_cpus (242)"),
]
data_with_clusters_invalid = [
    invalid(clusters(T, 16, T, 2, T, 2, T, 4, T, 2, T, 16), PRODUCT + "sockets (2) * clusters (2) * cores (4) * threads (2) != maxcpus (16)"),
    invalid(clusters(T, 34, T, 2, T, 2, T, 4, T, 2, T, 32), MAXLT + "sockets (2) * clusters (2) * cores (4) * threads (2) == maxcpus (32) < smp_cpus (34)"),
]
data_with_books_invalid = [
    invalid(books_drawers(T, 16, F, 0, T, 2, T, 2, T, 4, T, 2, T, 16), PRODUCT + "books (2) * sockets (2) * cores (4) * threads (2) != maxcpus (16)"),
    invalid(books_drawers(T, 34, F, 0, T, 2, T, 2, T, 4, T, 2, T, 32), MAXLT + "books (2) * sockets (2) * cores (4) * threads (2) == maxcpus (32) < smp_cpus (34)"),
]
data_with_drawers_invalid = [
    invalid(books_drawers(T, 16, T, 2, F, 0, T, 2, T, 4, T, 2, T, 16), PRODUCT + "drawers (2) * sockets (2) * cores (4) * threads (2) != maxcpus (16)"),
    invalid(books_drawers(T, 34, T, 2, F, 0, T, 2, T, 4, T, 2, T, 32), MAXLT + "drawers (2) * sockets (2) * cores (4) * threads (2) == maxcpus (32) < smp_cpus (34)"),
]
data_with_drawers_books_invalid = [
    invalid(books_drawers(T, 200, T, 3, T, 5, T, 2, T, 4, T, 2, T, 200), PRODUCT + "drawers (3) * books (5) * sockets (2) * cores (4) * threads (2) != maxcpus (200)"),
    invalid(books_drawers(T, 242, T, 3, T, 5, T, 2, T, 4, T, 2, T, 240), MAXLT + "drawers (3) * books (5) * sockets (2) * cores (4) * threads (2) == maxcpus (240) < smp_cpus (242)"),
]
data_full_topo_invalid = [
    invalid(full(200, 3, 5, 2, 4, 2, 3, 7, 2, 200), PRODUCT + "drawers (3) * books (5) * sockets (2) * dies (4) * clusters (2) * modules (3) * cores (7) * threads (2) != maxcpus (200)"),
    invalid(full(2881, 3, 5, 2, 4, 2, 3, 2, 2, 2880), MAXLT + "drawers (3) * books (5) * sockets (2) * dies (4) * clusters (2) * modules (3) * cores (2) * threads (2) == maxcpus (2880) < smp_cpus (2881)"),
    invalid(full(1, 3, 5, 2, 4, 2, 3, 3, 3, 6480), "Invalid SMP CPUs 6480. The max CPUs supported by machine '%s' is 4096" % NAME),
]
# one zero at a time, every key (cpus, drawers, ..., maxcpus)
data_zero_topo_invalid = [invalid(full(*[0 if j == i else 1 for j in range(10)]), ZERO) for i in range(10)]

out = []


def machine(levels, min_cpus=MIN_CPUS, max_cpus=MAX_CPUS):
    m = {"name": NAME, "min_cpus": min_cpus, "max_cpus": max_cpus}
    for l in LEVELS:
        m[l + "_supported"] = l in levels
    return m


def smp_parse_test(m, data):
    for prefer_sockets, key in ((True, "ps"), (False, "pc")):
        mm = dict(m, prefer_sockets=prefer_sockets)
        v = {"machine": mm, "smp": data["config"]}
        if "error" in data:
            v["error"] = data["error"]
        else:
            v["ok"] = data[key]
        out.append(json.dumps(v))


def with_defaults(m, data):
    """unsupported_params_init, and the omitted supported levels as 1."""
    d = json.loads(json.dumps(data))
    for key in ("ps", "pc"):
        if key in d:
            for l in LEVELS:
                d[key].setdefault(l, 1)
    return d


def scaled(data, given):
    """The driver's second run: the levels given, cpus and maxcpus scaled."""
    d = json.loads(json.dumps(data))
    mult = 1
    for l, n in given.items():
        d["config"][l] = n
        mult *= n
    for k in ("cpus", "maxcpus"):
        if k in d["config"]:
            d["config"][k] *= mult
    for key in ("ps", "pc"):
        d[key].update(given)
        d[key]["cpus"] *= mult
        d[key]["maxcpus"] *= mult
    return d


def run(levels, given, invalid_tables):
    m = machine(levels)
    for data in data_generic_valid:
        d = with_defaults(m, data)
        smp_parse_test(m, d)
        smp_parse_test(m, scaled(d, given))
    for table in invalid_tables:
        for data in table:
            smp_parse_test(m, data)


# test_generic_valid / test_generic_invalid
for data in data_generic_valid:
    smp_parse_test(machine([]), with_defaults(machine([]), data))
for data in data_generic_invalid:
    smp_parse_test(machine([], MIN_CPUS + 1, MAX_CPUS - 1), data)
run(["modules"], {"modules": 2}, [data_with_modules_invalid])
run(["dies"], {"dies": 2}, [data_with_dies_invalid])
run(["modules", "dies"], {"modules": 5, "dies": 3}, [data_with_modules_dies_invalid])
run(["clusters"], {"clusters": 2}, [data_with_clusters_invalid])
run(["books"], {"books": 2}, [data_with_books_invalid])
run(["drawers"], {"drawers": 2}, [data_with_drawers_invalid])
run(["drawers", "books"], {"drawers": 5, "books": 3}, [data_with_drawers_books_invalid])
run(LEVELS, {"drawers": 5, "books": 3, "dies": 2, "clusters": 3, "modules": 2}, [data_full_topo_invalid, data_zero_topo_invalid])
print("\n".join(out))
