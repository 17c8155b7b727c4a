#!/usr/bin/env python3
"""Record what a QEMU release's monitor answers that does not depend on the
simulated machine, into engine/release/<version>/ (read by engine/monitor).
The binaries come from PATH, as for record_texts.py:

    python3 testdata/oracle/record_monitor.py engine/release/7.2
    PATH=$QBIN:$PATH python3 testdata/oracle/record_monitor.py engine/release/10.0

(a target after the folder records only that one: ... engine/release/7.2 ppc64;
--no-fixed records all but the fixed answers, which take minutes)

Per target it writes
  qmp-schema-<target>.json     query-qmp-schema's return (argument checking, and
                               the command itself), as the binary printed it
  qmp-commands-<target>.json   query-commands' return, in the binary's order
  qmp-cpu-definitions-<target>.json     query-cpu-definitions' return on the
                               default machine type
  hmp-help-log-<target>.txt    `help log` (the log items)
  hmp-lines-<target>.json      {line: output} for the HMP lines below (LINES): the
                               words of commands about what the machine lacks,
                               which change between releases; ARG (and 4242)
                               stand for the argument the engine puts back
  qmp-fixed-<target>.json      {"all": {command: reply}, "latest": {...}} for every
                               command that takes no argument and changes nothing:
                               "all" when it answers the same on every machine
                               recorded (pc, q35 with 4 CPUs and 1G, pc-i440fx-5.2;
                               pseries, pseries with 2 CPUs and 2G, pseries-5.2),
                               "latest" when only the older machine version differs
                               (its compat properties): then the answer holds for
                               the machine types of the release's own version. The
                               reply line as printed, "return" or "error"
  hmp-fixed-<target>.json      likewise {command line: output} for `info X`
Each is recorded twice; an answer that differs between runs is left out, and
the script says so. Run-state commands (stop, cont, quit, system_*, ...) and
query-qmp-schema itself are never fixed."""
import json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

BASE = ["-S", "-nodefaults", "-no-user-config", "-display", "none", "-accel", "tcg", "-qmp", "stdio"]
# The default machine, another machine of the release's own version with
# other CPUs and memory, and an older machine version (compat properties).
MACHINES = {"x86_64": [["-M", "pc"], ["-M", "q35", "-smp", "4", "-m", "1G"], ["-M", "pc-i440fx-5.2"]],
            "ppc64": [["-M", "pseries"], ["-M", "pseries", "-smp", "2", "-m", "2G"], ["-M", "pseries-5.2"]]}
# Commands that change the run state or the session, or answer for the
# simulated machine: the engine models them itself.
NOT_FIXED = {"quit", "stop", "cont", "system_reset", "system_powerdown", "system_wakeup", "x-exit-preconfig",
             "qmp_capabilities", "query-qmp-schema", "inject-nmi", "migrate_cancel", "query-status",
             "query-cpus-fast", "query-hotpluggable-cpus", "query-machines", "query-current-machine",
             "query-acpi-ospm-status", "query-name", "query-uuid", "query-kvm", "query-target",
             "query-version", "query-memdev", "query-memory-size-summary", "query-numa", "x-query-numa",
             "query-commands", "query-cpu-definitions", "query-iothreads", "query-events",
             # other helpers' lanes: the device model and QOM types, chardevs (they
             # follow the command line), trace events
             "qom-list-types", "query-chardev"}
NOT_FIXED_HMP = {"info status", "info numa", "info name", "info uuid", "info version", "info kvm", "info registers",
                 "info lapic", "info cpus", "info hotpluggable-cpus", "info memdev", "info memory_size_summary",
                 "info iothreads", "info trace-events", "info chardev"}


# HMP lines whose answer depends on the binary only (on a -nodefaults
# machine with no disks, network or migration), recorded once per release.
LINES = ["x_colo_lost_heartbeat", "migrate_pause", "migrate_start_postcopy", "migrate_recover ARG", "exit_preconfig",
         "replay_break 4242", "replay_delete_break", "replay_seek 4242", "system_wakeup", "cancel_vcpu_dirty_limit",
         "nbd_server_stop", "sync-profile ARG", "sync-profile", "mouse_set 1", "mouse_set 4242",
         "pcie_aer_inject_error -c ARG y", "info virtio-status ARG", "info rocker ARG", "xen-event-list",
         "xen-event-inject 4242", "balloon 1", "set_link ARG on", "eject ARG", "drive_del ARG", "netdev_del ARG",
         "object_del ARG", "ringbuf_read ARG 1", "ringbuf_write ARG y", "chardev-remove ARG", "chardev-send-break ARG",
         "block_resize ARG 1G", "commit ARG", "snapshot_blkdev ARG", "snapshot_blkdev ARG f", "savevm ARG", "loadvm ARG",
         "getfd ARG", "closefd ARG", "client_migrate_info spice h", "client_migrate_info ARG h", "set_password vnc p",
         "expire_password vnc now", "gdbserver none", "migrate_continue ARG", "migrate_continue pre-switchover",
         "watchdog_action ARG", "migrate_set_capability ARG on", "migrate_set_parameter ARG 1", "info qom-tree /ARG",
         # a CPU at reset (the default CPU model of a machine that never ran)
         "info registers"]


def session(binary, args, requests):
    """Run one QEMU with these QMP requests (JSON texts); return the reply lines."""
    lines = ['{"execute": "qmp_capabilities"}'] + requests + ['{"execute": "quit"}']
    p = subprocess.run(["qemu-system-" + binary] + BASE + args, input=("\n".join(lines) + "\n").encode(),
                       capture_output=True, timeout=300, env=dict(os.environ, LC_ALL="C", LANG="C"))
    replies = [l for l in p.stdout.decode("utf-8", "replace").splitlines()
               if l.startswith('{"return"') or l.startswith('{"error"')]
    return replies[1:1 + len(requests)]


def plain(path):
    """Kept uncompressed: app.wasm is served brotli-compressed, and brotli finds
    what the releases' and targets' files share only in the plain text (gzipped,
    these cost 136 KB of the brotli wasm; plain, about 41 KB)."""
    return open(path, "wb")


def one(binary, args, request):
    r = session(binary, args, [request])
    return r[0] if r else None


def no_arg_commands(schema):
    by = {e["name"]: e for e in schema}
    for e in schema:
        if e["meta-type"] != "command" or e["name"] in NOT_FIXED:
            continue
        at = by[e["arg-type"]]
        if not at.get("variants") and all("default" in m for m in at.get("members", [])):
            yield e["name"]


def hmp_names(out, target):
    """The binary's top-level command names (record_hmp_table.py's table), and "info"."""
    table = json.load(open(os.path.join(out, "hmp-commands-%s.json" % target)))
    return {n for e in table["commands"] for n in e["name"].split("|")}


def main():
    argv = [a for a in sys.argv[1:] if a != "--no-fixed"]
    out = argv[0]
    for t in argv[1:] or ("x86_64", "ppc64"):
        first = session(t, MACHINES[t][0], ['{"execute": "query-commands"}', '{"execute": "query-qmp-schema"}',
                                            '{"execute": "query-cpu-definitions"}',
                                            '{"execute": "human-monitor-command", "arguments": {"command-line": "help log"}}'])
        commands, schema_text = first[0], first[1]
        with plain(os.path.join(out, "qmp-cpu-definitions-%s.json" % t)) as f:
            f.write(first[2][len('{"return": '):-1].encode() + b"\n")
        with open(os.path.join(out, "hmp-help-log-%s.txt" % t), "w") as f:
            f.write(json.loads(first[3])["return"].replace("\r\n", "\n"))
        lines = [l for l in LINES if l.split()[0] in hmp_names(out, t)]
        answers = session(t, MACHINES[t][0], [json.dumps({"execute": "human-monitor-command",
                                                          "arguments": {"command-line": l}}) for l in lines])
        with open(os.path.join(out, "hmp-lines-%s.json" % t), "w") as f:
            json.dump({l: json.loads(a)["return"] for l, a in zip(lines, answers)}, f, indent=0, sort_keys=True)
            f.write("\n")
        schema = json.loads(schema_text)["return"]
        with plain(os.path.join(out, "qmp-schema-%s.json" % t)) as f:
            f.write(schema_text[len('{"return": '):-1].encode() + b"\n")
        with open(os.path.join(out, "qmp-commands-%s.json" % t), "w") as f:
            f.write(commands[len('{"return": '):-1] + "\n")
        if "--no-fixed" in sys.argv:
            continue
        info = json.load(open(os.path.join(out, "hmp-commands-%s.json" % t)))["info"]
        hmp = ["info " + e["name"] for e in info if all(a.endswith("?") or ":-" in a for a in e["args_type"].split(",") if a)
               and "info " + e["name"] not in NOT_FIXED_HMP]
        jobs = [("qmp", n, json.dumps({"execute": n})) for n in no_arg_commands(schema)]
        jobs += [("hmp", c, json.dumps({"execute": "human-monitor-command", "arguments": {"command-line": c}}))
                 for c in hmp]
        with ThreadPoolExecutor(2) as ex:
            runs = [list(ex.map(lambda j, m=m: one(t, m, j[2]), jobs)) for m in MACHINES[t] for _ in (0, 1)]
        fixed = {"qmp": {"all": {}, "latest": {}}, "hmp": {"all": {}, "latest": {}}}
        for i, (kind, name, _) in enumerate(jobs):
            answers = [r[i] for r in runs]  # two runs each of the three machines
            if answers[0] is None or any(answers[k] != answers[k + 1] for k in (0, 2, 4)):
                print("%s %s: not fixed%s" % (t, name, " (differs between runs)" if answers[0] else ""))
                continue
            scope = "all" if answers[0] == answers[2] == answers[4] else "latest" if answers[0] == answers[2] else None
            if scope is None:
                print("%s %s: not fixed" % (t, name))
                continue
            if kind == "hmp":
                reply = json.loads(answers[0])
                if "return" not in reply:
                    continue
                fixed["hmp"][scope][name] = reply["return"]
            else:
                fixed["qmp"][scope][name] = answers[0]
        for kind in ("qmp", "hmp"):
            with plain(os.path.join(out, "%s-fixed-%s.json" % (kind, t))) as f:
                f.write((json.dumps(fixed[kind], indent=0, sort_keys=True) + "\n").encode())
            print("%s %s: %d fixed answers, %d for the release's own machine versions"
                  % (t, kind, len(fixed[kind]["all"]), len(fixed[kind]["latest"])))


if __name__ == "__main__":
    main()
