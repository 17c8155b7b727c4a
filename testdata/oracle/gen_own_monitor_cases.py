#!/usr/bin/env python3
"""Writes own_monitor_cases.jsonl: the monitor beyond CPU hotplug, as a
learner meets it. `help` and `info` listings and every `help CMD` form; the
informational commands (HMP `info ...` and QMP `query-...`) on x86 and
pseries, with -name, -uuid, -m and NUMA; HMP's argument parser on every
argument type it has (strings, expressions, sizes, flags, /fmt, on/off,
doubles) and its errors; commands that act on what the simulated machine
does not have (block devices, migration, snapshots, displays, memory
dumps); `cpu N`; `system_powerdown`; `quit` and what follows it; QMP
argument checking against each release's schema (missing, unexpected and
ill-typed members, enums, lists, nested objects) and capability
negotiation once it is done.

Record with the real binaries, twice each, and keep what is identical:
    python3 ../shared/oracle/record.py testdata/oracle/own_monitor_cases.jsonl -o testdata/oracle/own_monitor.jsonl
    PATH=$QBIN:$PATH python3 ../shared/oracle/record.py testdata/oracle/own_monitor_cases.jsonl -o testdata/oracle/v10.0/own_monitor.jsonl
and the guest sessions (own_monitor_guest_cases.jsonl) with
../shared/oracle/guest/guest_record.py --guest-dir DIR, likewise.
Wire-level QMP (raw bytes: lexer and parser errors, nesting) is recorded in
engine/stdio/testdata, since the recorder only sends well-formed requests.
Measured but left out (EXCLUDED below): answers that depend on the host or
on the run (thread ids aside): TCG buffer sizes (`info jit`), timing
(`info sync-profile` with samples), host files.
"""
import json, os

C = []


def case(binary, id, args, steps, **kw):
    c = {"id": ("mx-" if binary == "x86_64" else "mp-") + id, "binary": binary, "args": list(args), "steps": steps}
    c.update(kw)
    C.append(c)


def hmp(*lines):
    return [{"hmp": l} for l in lines]


def qmp(name, arguments=None):
    return {"qmp": name if arguments is None else {"execute": name, "arguments": arguments}}


PC = ["-M", "pc", "-smp", "2,maxcpus=4"]
Q35 = ["-M", "q35", "-smp", "2,maxcpus=4"]
PS = ["-M", "pseries", "-smp", "1,maxcpus=4"]
MACHINES = {"x86_64": PC, "ppc64": PS}

# --- help: the listings and every form of `help CMD`
for b, m in MACHINES.items():
    case(b, "help", m, hmp("help"))
    case(b, "help-info", m, hmp("help info"))
    case(b, "info-bare", m, hmp("info"))
    case(b, "help-q", m, hmp("?"))
    for i, line in enumerate(["help info version", "help cont", "help c", "help q", "help quit", "help nosuch",
                              "help info nosuch", "help log", "help help", 'help "info" "status"', "help ?",
                              "help info hotpluggable-cpus", "help device_add", "help x", "help dump-guest-memory",
                              "help drive_add", "help migrate", "help info info", "help cont extra", "help \"info",
                              "help " + " ".join(["a"] * 17), "? info cpus", "help info registers", "help  info   status  ",
                              "help p", "help print", "help i", "help block_job_cancel", "help info cpus extra"]):
        case(b, "help-%d" % i, m, hmp(line))

# --- info: every subcommand that takes no argument, on each machine
INFO = ["version", "name", "uuid", "kvm", "status", "cpus", "numa", "hotpluggable-cpus", "memdev",
        "memory_size_summary", "iothreads", "balloon", "block", "blockstats", "block-jobs", "capture",
        "dirty_rate", "dump", "history", "mem", "tlb", "mice", "migrate", "migrate_capabilities",
        "migrate_parameters", "network", "opcount", "profile", "rdma", "replay", "sev", "sgx", "snapshots",
        "spice", "tpm", "usb", "usbhost", "usernet", "vcpu_dirty_limit", "virtio", "vm-generation-id", "vnc",
        "memory-devices", "cryptodev", "via"]
for b, m in MACHINES.items():
    for n in INFO:
        case(b, "info-" + n, m, hmp("info " + n))
for n in ["version", "kvm", "status", "cpus", "memdev", "memory_size_summary", "mice", "migrate", "usb", "network"]:
    case("x86_64", "q35-info-" + n, Q35, hmp("info " + n))

# info with arguments and their errors
for b, m in MACHINES.items():
    for i, line in enumerate(["info rocker", "info rocker r0", "info stats", "info stats vcpu", "info virtio-status",
                              "info virtio-status /machine", "info nosuch", "info  version  ", "info version x",
                              "info block -v", "info block -n", "info block -x", "info cpus 1", "info registers -x",
                              "info sync-profile -x", "info rocker-of-dpa-flows r0 xx", "info status\tx",
                              "info vcpu_dirty_limit", "info mtree -q", "info qom-tree /nosuch"]):
        case(b, "info-args-%d" % i, m, hmp(line))

# -name, -uuid, -m, NUMA memory backends
for b, m in MACHINES.items():
    for i, extra in enumerate([["-name", "guest1"], ["-name", "guest=vm-2,debug-threads=on"],
                               ["-uuid", "12345678-ABCD-1234-1234-123456789ABC"], ["-m", "1G"],
                               ["-name", "a", "-name", "b"]]):
        case(b, "ident-%d" % i, m + extra, hmp("info name", "info uuid", "info memdev", "info memory_size_summary") +
             [qmp("query-name"), qmp("query-uuid"), qmp("query-memdev"), qmp("query-memory-size-summary")])
case("x86_64", "memdev-numa", ["-M", "pc", "-object", "memory-backend-ram,id=m0,size=128M", "-numa", "node,memdev=m0"],
     hmp("info memdev") + [qmp("query-memdev"), qmp("query-memory-size-summary")])
case("ppc64", "memdev-numa", ["-M", "pseries", "-object", "memory-backend-ram,id=m0,size=512M", "-numa", "node,memdev=m0"],
     hmp("info memdev") + [qmp("query-memdev")])

# --- HMP's argument parser, type by type
PARSE = ["cpu", "cpu x", "cpu 99999999999", "cpu 1 2", "cpu 0x1", "cpu 1", "cpu 3", "cpu -1", "cpu (1", "cpu 1+1",
         "cpu 'a'", "cpu 1/0", "cpu $pc", "balloon", "balloon -1", "balloon abc", "balloon 100",
         "o", "o /b", "o /q 0x80 1", "p", "p 1+2*3", "p /x 255", "p /d 0x10", "p /o 8", "p /u -1", "p /c 65", "print 10%3",
         "p /5x 1", "p 10/0", "p ~0", "p (1<<3)", "p 1 2", "p /xb 511", "p /w 1",
         "sum", "sum 0", "boot_set", "watchdog_action", "watchdog_action pause", "watchdog_action nonsense",
         "set_link", "set_link x", "set_link x maybe", "set_link x on", "sendkey", "trace-event", "trace-event x",
         "trace-event x yes", "migrate_set_capability", "migrate_set_capability xbzrle", "migrate_set_capability xbzrle on",
         "migrate_set_capability nosuch on", "migrate_set_parameter", "migrate_set_parameter max-bandwidth",
         "migrate_set_parameter max-bandwidth 1G", "migrate_set_parameter nosuch 1", "migrate", "migrate -x tcp:x",
         "migrate -d", "block_resize", "block_resize d", "block_resize d 10Q", "block_resize d 10G", "eject",
         "eject -f", "eject -f d", "eject -x d", "change", "change d", "drive_del", "drive_del d",
         "set_password", "set_password vnc", "set_password vnc pw", "set_password vnc pw -d", "set_password vnc pw -d x",
         "expire_password vnc now", "screendump", "mouse_move", "mouse_move 1", "mouse_button", "mouse_set 1",
         "logfile", "log", "log nosuch", "log help", "singlestep", "one-insn-per-tb", "stopcapture 0",
         "calc_dirty_rate", "calc_dirty_rate -r", "calc_dirty_rate x", "set_vcpu_dirty_limit", "cancel_vcpu_dirty_limit",
         "dump-guest-memory", "dump-guest-memory -z", "qemu-io", "qemu-io d", "nbd_server_start", "nbd_server_stop",
         "object_add", "object_del", "object_del x", "netdev_del", "netdev_del x", "chardev-remove x",
         "chardev-send-break x", "ringbuf_read x", "ringbuf_read x 10", "ringbuf_write x y", "getfd", "getfd x",
         "closefd x", "hostfwd_add", "announce_self", "announce_self x", "client_migrate_info", "client_migrate_info spice h",
         "migrate_incoming", "migrate_recover x", "migrate_continue x", "migrate_pause", "migrate_cancel",
         "migrate_start_postcopy", "x_colo_lost_heartbeat", "exit_preconfig", "replay_break", "replay_break 10",
         "replay_delete_break", "replay_seek 10", "sync-profile", "sync-profile on", "sync-profile x",
         "savevm", "savevm s1", "loadvm s1", "delvm s1", "snapshot_blkdev d", "commit", "commit all", "commit d",
         "pcie_aer_inject_error", "pcie_aer_inject_error -c x y", "gdbserver none", "nmi", "system_wakeup",
         "gva2gpa 0", "gva2gpa 0x1234", "mce", "wavcapture", "dumpdtb", "nosuch", "  cont  x",
         "/x", "info/x", "xen-event-list", "xen-event-inject 1", "qom-list", "qom-list /", "qom-list /nosuch",
         "qom-get", "qom-get /machine", "qom-get /machine type", "qom-get /machine nosuch", "qom-set",
         "qom-set /machine", "qom-set /machine x", "qom-set /machine x 1", "qom-set -j /machine x {", "qom-set -q /machine x 1",
         "stop", "stop now", "c", "c 1", "q now", "system_reset 1", "device_del", "device_add"]
for b, m in MACHINES.items():
    for i, line in enumerate(PARSE):
        case(b, "parse-%d" % i, m, hmp(line))

# memory dumps of RAM that a stopped x86 machine has never written (on
# pseries SLOF is already in RAM: EXCLUDED)
for i, line in enumerate(["x /4x 0", "xp /4x 0", "x /8xb 0x1000", "xp /3dh 0x10", "xp /2ug 0x100",
                          "xp /4c 0x200", "xp /3o 0", "x 0", "xp /20xw 0x1000", "x /2i 0", "xp /3xg 0x100000"]):
    case("x86_64", "dump-%d" % i, PC, hmp(line))

# the registers of x86 CPUs at reset (the default model)
for i, line in enumerate(["info registers", "info registers -a", "info registers 1", "info registers 3",
                          "info registers 9", "info registers -a 1"]):
    case("x86_64", "regs-%d" % i, PC, hmp(line))
case("x86_64", "regs-hotplugged", PC, [{"qmp": {"execute": "device_add", "arguments": {
    "driver": "qemu64-x86_64-cpu", "id": "c3", "socket-id": 0, "core-id": 3, "thread-id": 0}}}] + hmp("info registers -a"))
case("x86_64", "regs-cpu-index", PC, [{"qmp": {"execute": "human-monitor-command",
                                               "arguments": {"command-line": "info registers", "cpu-index": 1}}}])

# --- the current CPU: `cpu N` lasts for its monitor only (each
# human-monitor-command is a monitor of its own)
for b, m in MACHINES.items():
    case(b, "cpu-then-info", m, hmp("cpu 1", "info cpus"))
    case(b, "cpu-index", m, [{"qmp": {"execute": "human-monitor-command",
                                      "arguments": {"command-line": "info cpus", "cpu-index": 1}}}])
    case(b, "cpu-index-bad", m, [{"qmp": {"execute": "human-monitor-command",
                                          "arguments": {"command-line": "info cpus", "cpu-index": 7}}}])

# --- run state, power and quit
for b, m in MACHINES.items():
    case(b, "powerdown-hmp", m, hmp("system_powerdown", "info status"))
    case(b, "powerdown-qmp", m, [qmp("system_powerdown"), qmp("query-status")])
    case(b, "powerdown-running", m, [qmp("cont"), qmp("system_powerdown")])
    case(b, "quit-qmp", m, [qmp("quit")])
    case(b, "quit-hmp", m, hmp("quit"))
    case(b, "quit-then", m, [qmp("quit"), qmp("query-status")])
    case(b, "q-then", m, hmp("q", "info status"))
    case(b, "stop-cont", m, [qmp("stop"), qmp("cont"), qmp("stop"), qmp("query-status")] + hmp("info status"))

# --- QMP: the informational queries
QUERIES = ["query-version", "query-name", "query-uuid", "query-kvm", "query-target", "query-current-machine",
           "query-status", "query-commands", "query-command-line-options", "query-memdev",
           "query-memory-size-summary", "query-iothreads", "query-balloon", "query-block", "query-blockstats",
           "query-block-jobs", "query-chardev-backends", "query-dump", "query-dump-guest-memory-capability",
           "query-fdsets", "query-jobs", "query-memory-devices", "query-mice", "query-migrate",
           "query-migrate-capabilities", "query-migrate-parameters", "query-named-block-nodes", "query-replay",
           "query-rx-filter", "query-spice", "query-tpm", "query-tpm-models", "query-tpm-types", "query-vnc",
           "query-vnc-servers", "query-yank", "query-vm-generation-id", "query-display-options",
           "query-cpu-definitions", "query-qmp-schema", "query-dirty-rate", "query-vcpu-dirty-limit",
           "query-stats-schemas", "query-colo-status", "query-xen-replication-status", "query-pr-managers",
           "query-sev", "query-sev-capabilities", "query-sgx", "query-sgx-capabilities", "query-audiodevs",
           "query-cryptodev", "x-query-usb", "x-query-rdma", "x-query-opcount", "x-query-profile",
           "x-query-virtio", "query-acpi-ospm-status", "query-hotpluggable-cpus", "query-events"]
for b, m in MACHINES.items():
    for n in QUERIES:
        case(b, "q-" + n, m, [qmp(n)])
for n in ["query-version", "query-kvm", "query-target", "query-current-machine", "query-memdev", "query-cpu-definitions"]:
    case("x86_64", "q35-" + n, Q35, [qmp(n)])
case("x86_64", "cpudefs-old", ["-M", "pc-i440fx-4.0"], [qmp("query-cpu-definitions")])
case("x86_64", "cpudefs-41", ["-M", "pc-i440fx-4.1"], [qmp("query-cpu-definitions")])
for b, m in MACHINES.items():
    for i, opt in enumerate(["machine", "smp-opts", "smp", "nosuch", "drive", "name", "memory", "numa"]):
        case(b, "clo-%d" % i, m, [qmp("query-command-line-options", {"option": opt})])

# --- QMP argument checking against the schema
ARGS = [
    ("qom-get", {}), ("qom-get", {"path": "/machine"}), ("qom-get", {"path": 1, "property": "type"}),
    ("qom-get", {"path": "/machine", "property": "type", "x": 1}), ("qom-get", {"x": 1, "y": 2}),
    ("query-status", {"x": 1}), ("query-version", {"verbose": True}),
    ("qmp_capabilities", {}), ("qmp_capabilities", {"enable": ["oob"]}), ("qmp_capabilities", {"enable": "oob"}),
    ("qmp_capabilities", {"enable": [5]}), ("qmp_capabilities", {"enable": ["nosuch"]}), ("qmp_capabilities", {"x": 1}),
    ("human-monitor-command", {}), ("human-monitor-command", {"command-line": 5}),
    ("human-monitor-command", {"command-line": "info version", "cpu-index": "0"}),
    ("human-monitor-command", {"command-line": "info version", "cpu-index": 1.5}),
    ("human-monitor-command", {"command-line": "info version", "cpu-index": 18446744073709551615}),
    ("human-monitor-command", {"command-line": ""}), ("human-monitor-command", {"command-line": "   "}),
    ("query-command-line-options", {"option": 5}), ("qom-list", {}), ("qom-list", {"path": "/"}),
    ("qom-list", {"path": "/nosuch"}), ("qom-list", {"path": "/machine/peripheral"}),
    ("qom-list", {"path": "/machine/peripheral-anon"}),
    ("query-cpu-model-expansion", {}), ("query-cpu-model-expansion", {"type": "static"}),
    ("query-cpu-model-expansion", {"type": "nosuch", "model": {"name": "max"}}),
    ("query-cpu-model-expansion", {"type": "full", "model": {"name": 5}}),
    ("query-cpu-model-expansion", {"type": "full", "model": {"nm": "max"}}),
    ("query-cpu-model-expansion", {"type": "full", "model": "max"}),
    ("dump-guest-memory", {}), ("dump-guest-memory", {"paging": "no", "protocol": "file:/x"}),
    ("dump-guest-memory", {"paging": False, "protocol": "fd:x", "format": "nosuch"}),
    ("migrate", {"uri": 5}), ("migrate-set-capabilities", {"capabilities": [{"capability": "xbzrle"}]}),
    ("migrate-set-capabilities", {"capabilities": [{"capability": "nosuch", "state": True}]}),
    ("migrate-set-capabilities", {"capabilities": [{"capability": "xbzrle", "state": True, "x": 1}]}),
    ("migrate-set-capabilities", {"capabilities": {}}), ("migrate-set-parameters", {"nosuch": 1}), ("set-action", {"reboot": "nosuch"}),
    ("trace-event-get-state", {}), ("balloon", {}), ("balloon", {"value": "1"}), ("system_reset", {"x": None}),
    ("device_del", {}), ("device_del", {"id": 5}), ("cont", {"x": [1]}), ("x-exit-preconfig", {}),
    ("query-stats", {}), ("query-stats", {"target": "vm"}), ("query-stats", {"target": "nosuch"}),
    ("blockdev-add", {}), ("blockdev-add", {"driver": "nosuch", "node-name": "n"}), ("object-add", {}),
    ("object-add", {"qom-type": "nosuch", "id": "o"}), ("netdev_add", {}), ("netdev_add", {"type": "nosuch", "id": "n"}),
    ("chardev-add", {}), ("screendump", {}), ("screendump", {"filename": 5}), ("inject-nmi", {}),
    ("query-cpus-fast", {"x": 1}), ("getfd", {"fdname": "x"}), ("closefd", {"fdname": "x"}),
    ("add-fd", {}), ("remove-fd", {}), ("remove-fd", {"fdset-id": 0}), ("system_wakeup", {}),
    ("eject", {}), ("eject", {"id": "x"}), ("block_resize", {"size": 1}), ("nbd-server-stop", {}),
    ("query-cpu-definitions", {"x": 1}), ("qom-list-properties", {}), ("qom-list-properties", {"typename": "nosuch"}),
    # several unknown members: QEMU names the first of its hash table's walk
    ("query-status", {"x": 1, "y": 2}), ("query-status", {"y": 1, "x": 2}),
    ("query-status", {"alpha": 1, "beta": 2, "gamma": 3, "delta": 4, "eps": 5, "zeta": 6, "eta": 7, "theta": 8, "iota": 9}),
    ("qom-get", {"path": "/machine", "property": "type", "b": 1, "a": 2, "c": 3}),
    ("query-cpus-fast", {"k%d" % i: i for i in range(40)}),
]
for b, m in MACHINES.items():
    for i, (name, a) in enumerate(ARGS):
        case(b, "args-%d" % i, m, [qmp(name, a)])
    case(b, "unknown-cmd", m, [qmp("nosuch"), qmp("query-nosuch"), qmp("Query-status")])

# Guest sessions (../shared/oracle/guest): the power button with a booted
# guest. The pseries kernel powers off on the EPOW event (QEMU exits, the
# next step finds no one); the x86 guest's busybox has no acpid and goes on.
GUEST = [
    {"id": "gx-mon-powerdown", "binary": "x86_64", "args": ["-M", "pc"], "guest": {"os": "linux", "auto_online": False},
     "steps": [{"qmp": "system_powerdown", "max_wait": 15, "quiet": 3}, {"guest": "echo alive"}, {"hmp": "info status"}]},
    {"id": "gp-mon-powerdown", "binary": "ppc64", "args": ["-M", "pseries"], "guest": {"os": "linux", "auto_online": False},
     "steps": [{"qmp": "system_powerdown", "max_wait": 15, "quiet": 3}, {"guest": "echo alive"}]},
    {"id": "gx-mon-powerdown-hmp", "binary": "x86_64", "args": ["-M", "q35", "-smp", "2"], "guest": {"os": "linux", "auto_online": False},
     "steps": [{"hmp": "system_powerdown", "max_wait": 15, "quiet": 3}, {"guest": "cat /sys/devices/system/cpu/online"}]},
    {"id": "gp-mon-powerdown-hmp", "binary": "ppc64", "args": ["-M", "pseries", "-smp", "2"], "guest": {"os": "linux", "auto_online": False},
     "steps": [{"hmp": "system_powerdown", "max_wait": 15, "quiet": 3}, {"hmp": "info status"}]},
]

# Round g1 (issue 8: the monitor with a booted guest, beyond CPUs): what a
# learner does from a blog post about memory and PCI hotplug with a running
# Linux guest, and the run state. x86 memory: pc-dimm on `-m 512M,slots=4,
# maxmem=2G` (the guest's ACPI memory device adds the block offline: the
# kernel has no MEMORY_HOTPLUG_DEFAULT_ONLINE), onlining it through sysfs,
# MemTotal, info memory-devices / memory_size_summary / query-acpi-ospm-status,
# device_del answered by the guest; pseries: the LMB DRCs the kernel adds and
# onlines itself. PCI: e1000 on pc's root bus (ACPI PCI hotplug, the guest
# enumerates it; no driver: e1000 is a module the initramfs lacks), a
# pcie-root-port on q35 (pciehp), pseries (no drmgr in the guest). Run state:
# stop/cont/info status, virtio-balloon without its driver.
G1MEM = ["-m", "512M,slots=4,maxmem=2G"]
G1PSMEM = ["-m", "1G,slots=4,maxmem=4G"]
MEMSYS = "/sys/devices/system/memory"
def g1(i, binary, machine, extra, steps, guest=None):
    g = {"os": "linux", "auto_online": False}
    if guest:
        g.update(guest)
    GUEST.append({"id": "g1-" + i, "binary": binary, "args": ["-M", machine] + extra, "guest": g, "steps": steps})
H = lambda c, **k: dict({"hmp": c}, **k)
Q = lambda c, a=None, **k: dict({"qmp": {"execute": c, "arguments": a} if a is not None else c}, **k)
S = lambda c, **k: dict({"guest": c}, **k)
DIMM_HMP = [H("object_add memory-backend-ram,id=m1,size=128M"), H("device_add pc-dimm,id=d1,memdev=m1", until_event="ACPI_DEVICE_OST")]
DIMM_QMP = [Q("object-add", {"qom-type": "memory-backend-ram", "id": "m1", "size": 268435456}),
            Q("device_add", {"driver": "pc-dimm", "id": "d1", "memdev": "m1"}, until_event="ACPI_DEVICE_OST")]
g1("pc-mem-add", "x86_64", "pc", G1MEM, DIMM_HMP + [
    S("ls %s" % MEMSYS), S("cat %s/memory32/state" % MEMSYS), S("cat %s/memory32/online" % MEMSYS),
    S("cat %s/memory32/phys_index %s/memory32/removable" % (MEMSYS, MEMSYS)),
    H("info memory-devices"), H("info memory_size_summary"), H("info memdev")])
g1("pc-mem-online", "x86_64", "pc", G1MEM, DIMM_HMP + [
    S("grep MemTotal /proc/meminfo"), S("echo online > %s/memory32/state" % MEMSYS),
    S("cat %s/memory32/state" % MEMSYS), S("cat %s/memory32/valid_zones" % MEMSYS),
    S("grep MemTotal /proc/meminfo"), H("info memory-devices")])
g1("pc-mem-online-1", "x86_64", "pc", G1MEM, DIMM_HMP + [
    S("echo 1 > %s/memory32/online" % MEMSYS), S("cat %s/memory32/online %s/memory32/state" % (MEMSYS, MEMSYS)),
    S("echo 0 > %s/memory32/online" % MEMSYS), S("cat %s/memory32/state" % MEMSYS)])
g1("pc-mem-del-offline", "x86_64", "pc", G1MEM, DIMM_HMP + [
    H("device_del d1", until_event="DEVICE_DELETED", quiet=2), H("info memory-devices"),
    S("ls %s" % MEMSYS), H("info memory_size_summary"), H("object_del m1"), H("info memdev")])
g1("pc-mem-del-movable", "x86_64", "pc", G1MEM, DIMM_HMP + [
    S("echo online_movable > %s/memory32/state" % MEMSYS), S("cat %s/memory32/state" % MEMSYS),
    H("device_del d1", until_event="DEVICE_DELETED", quiet=2), S("ls %s" % MEMSYS), S("grep MemTotal /proc/meminfo"),
    H("info memory-devices")])
g1("pc-mem-qmp", "x86_64", "pc", G1MEM, DIMM_QMP + [
    Q("query-memory-devices"), Q("query-memory-size-summary"), Q("query-acpi-ospm-status"),
    S("ls %s" % MEMSYS), S("cat %s/memory32/state %s/memory33/state" % (MEMSYS, MEMSYS))])
g1("pc-mem-qmp-del", "x86_64", "pc", G1MEM, DIMM_QMP + [
    Q("device_del", {"id": "d1"}, until_event="DEVICE_DELETED", quiet=2), Q("query-acpi-ospm-status"),
    Q("query-memory-devices"), Q("object-del", {"id": "m1"}), S("ls %s" % MEMSYS)])
g1("q35-mem-add", "x86_64", "q35", G1MEM, DIMM_HMP + [
    S("ls %s" % MEMSYS), S("echo online > %s/memory32/state" % MEMSYS), S("grep MemTotal /proc/meminfo"),
    H("info memory-devices"), H("info memory_size_summary")])
g1("pc-mem-two", "x86_64", "pc", G1MEM, [
    H("object_add memory-backend-ram,id=m1,size=256M"), H("device_add pc-dimm,id=d1,memdev=m1", until_event="ACPI_DEVICE_OST"),
    H("object_add memory-backend-ram,id=m2,size=128M"), H("device_add pc-dimm,id=d2,memdev=m2,slot=3", until_event="ACPI_DEVICE_OST"),
    S("ls %s" % MEMSYS), S("for f in %s/memory3*/state; do echo $f $(cat $f); done" % MEMSYS),
    H("info memory-devices"), H("info memory_size_summary")])
g1("pc-mem-autoonline", "x86_64", "pc", G1MEM, DIMM_HMP + [
    S("cat %s/memory32/state" % MEMSYS), S("cat %s/auto_online_blocks" % MEMSYS), S("grep MemTotal /proc/meminfo")],
   guest={"append": "memhp_default_state=online"})
g1("pc-mem-sysfs", "x86_64", "pc", G1MEM, [
    S("cat %s/auto_online_blocks %s/block_size_bytes" % (MEMSYS, MEMSYS)), S("ls %s/memory0" % MEMSYS),
    S("grep MemTotal /proc/meminfo"), H("info memory_size_summary"), H("info memory-devices")] + DIMM_HMP + [
    S("ls %s/memory32" % MEMSYS), S("cat %s/memory32/valid_zones" % MEMSYS)])
g1("pc-mem-coldplug", "x86_64", "pc", G1MEM + ["-object", "memory-backend-ram,id=m0,size=256M", "-device", "pc-dimm,id=d0,memdev=m0"], [
    S("ls %s" % MEMSYS), S("cat %s/memory32/state" % MEMSYS), S("grep MemTotal /proc/meminfo"), H("info memory-devices"),
    H("device_del d0", until_event="DEVICE_DELETED", quiet=2), S("ls %s" % MEMSYS)])
g1("pc-mem-reset", "x86_64", "pc", G1MEM, DIMM_HMP + [
    S("echo online > %s/memory32/state" % MEMSYS), H("system_reset", reboot=True),
    S("cat %s/memory32/state" % MEMSYS), S("grep MemTotal /proc/meminfo"), H("info memory-devices")])
# pseries: 256 MiB LMBs, the kernel adds and onlines them itself.
g1("ps-mem-add", "ppc64", "pseries", G1PSMEM, [
    H("object_add memory-backend-ram,id=m1,size=512M"), H("device_add pc-dimm,id=d1,memdev=m1", quiet=3),
    S("ls %s" % MEMSYS), S("cat %s/block_size_bytes" % MEMSYS), S("grep MemTotal /proc/meminfo"),
    H("info memory-devices"), H("info memory_size_summary")])
g1("ps-mem-sysfs", "ppc64", "pseries", G1PSMEM, [
    S("ls %s" % MEMSYS), S("cat %s/block_size_bytes" % MEMSYS), S("grep MemTotal /proc/meminfo"),
    S("for f in %s/memory*/state; do echo $f $(cat $f); done" % MEMSYS), H("info memory_size_summary")])
g1("ps-mem-qmp", "ppc64", "pseries", G1PSMEM, [
    Q("object-add", {"qom-type": "memory-backend-ram", "id": "m1", "size": 268435456}),
    Q("device_add", {"driver": "pc-dimm", "id": "d1", "memdev": "m1"}, quiet=3),
    Q("query-memory-devices"), Q("query-memory-size-summary"), S("cat %s/memory4/state" % MEMSYS)])
g1("ps-mem-del", "ppc64", "pseries", G1PSMEM, [
    H("object_add memory-backend-ram,id=m1,size=256M"), H("device_add pc-dimm,id=d1,memdev=m1", quiet=3),
    H("device_del d1", until_event="DEVICE_DELETED", quiet=3), S("ls %s" % MEMSYS), S("grep MemTotal /proc/meminfo"),
    H("info memory-devices")])
# PCI with the guest.
g1("pc-e1000-add-del", "x86_64", "pc", [], [
    H("device_add e1000,id=nic1"), S("ls /sys/bus/pci/devices"), S("cat /sys/bus/pci/devices/0000:00:03.0/vendor /sys/bus/pci/devices/0000:00:03.0/device"),
    H("info pci"), H("device_del nic1", until_event="DEVICE_DELETED", quiet=2), S("ls /sys/bus/pci/devices"), H("info pci")])
g1("pc-virtio-net-add", "x86_64", "pc", ["-netdev", "user,id=u1"], [
    H("device_add virtio-net-pci,netdev=u1,id=vn1,addr=5"), S("ls /sys/bus/pci/devices"),
    S("cat /sys/bus/pci/devices/0000:00:05.0/class"), H("info network"),
    Q("device_del", {"id": "vn1"}, until_event="DEVICE_DELETED", quiet=2), S("ls /sys/bus/pci/devices"), H("info network")])
g1("pc-pci-qmp", "x86_64", "pc", [], [
    Q("device_add", {"driver": "e1000", "id": "nic1", "mac": "52:54:00:12:34:99"}), S("ls /sys/bus/pci/slots"),
    S("cat /sys/bus/pci/slots/3/address /sys/bus/pci/slots/3/power"), Q("query-pci"),
    S("echo 0 > /sys/bus/pci/slots/3/power", quiet=2), H("info pci")])
g1("q35-rp-hotplug", "x86_64", "q35", ["-device", "pcie-root-port,id=rp1,chassis=1,slot=1,bus=pcie.0,addr=4"], [
    H("device_add e1000e,id=nic1,bus=rp1", quiet=3), S("ls /sys/bus/pci/devices"), S("ls /sys/bus/pci/slots"),
    H("info pci"), H("device_del nic1", until_event="DEVICE_DELETED", max_wait=20, quiet=2), S("ls /sys/bus/pci/devices")])
g1("q35-root-bus", "x86_64", "q35", [], [
    H("device_add e1000,id=nic1"), H("device_add e1000e,id=nic2"), S("ls /sys/bus/pci/devices"), H("info pci")])
g1("ps-pci-add", "ppc64", "pseries", [], [
    H("device_add e1000,id=nic1", quiet=3), S("ls /sys/bus/pci/devices"), H("info pci"),
    H("device_del nic1", quiet=3), H("info pci")])
# Run state with a running guest.
g1("pc-stop-cont", "x86_64", "pc", [], [
    H("info status"), H("stop"), H("info status"), Q("query-status"), H("cont"), S("echo back"), H("info status")])
g1("pc-stop-guest", "x86_64", "pc", [], [
    Q("stop"), S("echo typed while stopped", max_wait=4, quiet=1), Q("cont", quiet=2), S("echo after cont")])
g1("ps-stop-cont", "ppc64", "pseries", [], [
    H("info status"), Q("stop"), Q("query-status"), Q("cont"), S("echo back"), H("info status")])
g1("pc-balloon", "x86_64", "pc", ["-device", "virtio-balloon-pci,id=balloon0"], [
    H("info balloon"), H("balloon 64"), H("info balloon"), Q("query-balloon"), S("ls /sys/bus/virtio/devices"),
    S("cat /sys/bus/pci/devices/0000:00:03.0/vendor /sys/bus/pci/devices/0000:00:03.0/device")])
g1("pc-info-running", "x86_64", "pc", G1MEM, [
    H("info memory_size_summary"), H("info memdev"), H("info memory-devices"), H("info numa"), Q("query-memdev"),
    S("grep MemTotal /proc/meminfo")])
g1("pc-numa-dimm", "x86_64", "pc", G1MEM + ["-smp", "2", "-numa", "node,nodeid=0,cpus=0", "-numa", "node,nodeid=1,cpus=1"], [
    H("object_add memory-backend-ram,id=m1,size=128M"), H("device_add pc-dimm,id=d1,memdev=m1,node=1", until_event="ACPI_DEVICE_OST"),
    H("info numa"), S("ls /sys/devices/system/node/node1"), S("echo online > %s/memory32/state" % MEMSYS),
    S("grep MemTotal /sys/devices/system/node/node1/meminfo")])
g1("pc-dimm-errors", "x86_64", "pc", G1MEM, [
    H("device_add pc-dimm,id=d1"), H("object_add memory-backend-ram,id=m1,size=100M"), H("device_add pc-dimm,id=d1,memdev=m1"),
    H("object_add memory-backend-ram,id=m2,size=4G"), H("device_add pc-dimm,id=d2,memdev=m2"),
    H("object_add memory-backend-ram,id=m3,size=128M"), H("device_add pc-dimm,id=d3,memdev=m3,slot=9"),
    H("device_add pc-dimm,id=d3,memdev=m3", until_event="ACPI_DEVICE_OST"), H("object_del m3"), S("ls %s" % MEMSYS)])
g1("pc-nomaxmem", "x86_64", "pc", ["-m", "512M"], [
    H("object_add memory-backend-ram,id=m1,size=128M"), H("device_add pc-dimm,id=d1,memdev=m1"), S("ls %s" % MEMSYS),
    H("info memory_size_summary")])

# Round g1m: measured around g1's fixes (the x86 ACPI memory hotplug
# handshake with the guest, the SRAT's hotpluggable range), with no step
# that prints the guest's MemTotal or onlines memory (the kernel's page
# counts are not modelled).
def g1m(i, binary, machine, extra, steps, guest=None):
    g1(i, binary, machine, extra, steps, guest)
    GUEST[-1]["id"] = "g1m-" + i
NUMA2 = ["-smp", "2", "-object", "memory-backend-ram,id=r0,size=256M", "-object", "memory-backend-ram,id=r1,size=256M",
         "-numa", "node,nodeid=0,cpus=0,memdev=r0", "-numa", "node,nodeid=1,cpus=1,memdev=r1"]
g1m("q35-mem-del", "x86_64", "q35", G1MEM, DIMM_QMP + [
    Q("device_del", {"id": "d1"}, until_event="DEVICE_DELETED", quiet=2), Q("query-acpi-ospm-status"),
    S("ls %s" % MEMSYS), H("info memory-devices")])
g1m("pc-mem-two-del", "x86_64", "pc", G1MEM, [
    H("object_add memory-backend-ram,id=m1,size=128M"), H("device_add pc-dimm,id=d1,memdev=m1", until_event="ACPI_DEVICE_OST"),
    H("object_add memory-backend-ram,id=m2,size=256M"), H("device_add pc-dimm,id=d2,memdev=m2", until_event="ACPI_DEVICE_OST"),
    H("device_del d1", until_event="DEVICE_DELETED", quiet=2), S("ls %s" % MEMSYS),
    H("object_add memory-backend-ram,id=m3,size=128M"), H("device_add pc-dimm,id=d3,memdev=m3", until_event="ACPI_DEVICE_OST"),
    S("ls %s" % MEMSYS), H("info memory-devices"), Q("query-acpi-ospm-status")])
g1m("pc-mem-unaligned-del", "x86_64", "pc", G1MEM, [
    H("object_add memory-backend-ram,id=m1,size=100M"), H("device_add pc-dimm,id=d1,memdev=m1", until_event="ACPI_DEVICE_OST"),
    Q("query-acpi-ospm-status"), H("device_del d1", until_event="DEVICE_DELETED", quiet=2), H("info memory-devices"),
    H("object_del m1"), S("ls %s" % MEMSYS)])
g1m("pc-mem-coldplug-two", "x86_64", "pc", G1MEM + ["-object", "memory-backend-ram,id=m0,size=128M", "-device", "pc-dimm,id=d0,memdev=m0",
                                                    "-object", "memory-backend-ram,id=m9,size=128M", "-device", "pc-dimm,id=d9,memdev=m9,slot=2"], [
    S("ls %s" % MEMSYS), S("cat %s/memory32/state %s/memory33/valid_zones" % (MEMSYS, MEMSYS)), Q("query-acpi-ospm-status"),
    H("device_del d9", until_event="DEVICE_DELETED", quiet=2), S("ls %s" % MEMSYS), Q("query-acpi-ospm-status")])
g1m("pc-numa-dimm", "x86_64", "pc", G1MEM + NUMA2, [
    H("object_add memory-backend-ram,id=m1,size=128M"), H("device_add pc-dimm,id=d1,memdev=m1,node=1", until_event="ACPI_DEVICE_OST"),
    H("info numa"), S("ls %s" % MEMSYS), H("info memory-devices")])
g1m("q35-numa-sysfs", "x86_64", "q35", G1MEM + NUMA2, [
    S("cat %s/auto_online_blocks" % MEMSYS), S("ls %s/memory0" % MEMSYS), H("info memory_size_summary")])
g1m("pc-mem-files", "x86_64", "pc", G1MEM, DIMM_HMP + [
    S("cat %s/memory32/phys_index %s/memory32/state %s/memory32/online" % (MEMSYS, MEMSYS, MEMSYS)),
    S("echo bogus > %s/memory32/state" % MEMSYS), S("echo 2 > %s/memory32/online" % MEMSYS), S("cat %s/memory32/state" % MEMSYS),
    S("cat %s/memory3/state %s/memory3/phys_index %s/memory3/removable" % (MEMSYS, MEMSYS, MEMSYS))])
g1m("pc-mem-maxmem-1g", "x86_64", "pc", ["-m", "256M,slots=2,maxmem=1G"], [
    S("ls %s" % MEMSYS), H("object_add memory-backend-ram,id=m1,size=512M"), H("device_add pc-dimm,id=d1,memdev=m1", until_event="ACPI_DEVICE_OST"),
    S("ls %s" % MEMSYS), H("info memory-devices")])
g1m("pc-mem-slots-only", "x86_64", "pc", ["-m", "512M,slots=2,maxmem=512M"], [
    S("ls %s" % MEMSYS), H("object_add memory-backend-ram,id=m1,size=128M"), H("device_add pc-dimm,id=d1,memdev=m1"),
    Q("query-acpi-ospm-status")])
g1m("ps-mem-files", "ppc64", "pseries", G1PSMEM, [
    Q("object-add", {"qom-type": "memory-backend-ram", "id": "m1", "size": 536870912}),
    Q("device_add", {"driver": "pc-dimm", "id": "d1", "memdev": "m1"}, quiet=3),
    S("ls %s" % MEMSYS), S("cat %s/memory4/state %s/memory5/state" % (MEMSYS, MEMSYS)), H("info memory-devices")])
g1m("ps-mem-del-two", "ppc64", "pseries", G1PSMEM, [
    Q("object-add", {"qom-type": "memory-backend-ram", "id": "m1", "size": 536870912}),
    Q("device_add", {"driver": "pc-dimm", "id": "d1", "memdev": "m1"}, quiet=3),
    Q("device_del", {"id": "d1"}, until_event="DEVICE_DELETED", quiet=3), S("ls %s" % MEMSYS), Q("query-memory-devices")])

# Round g3 (issue 8: the guest's side of PCI hotplug): the NICs, disks and
# controllers a learner plugs into a booted guest, on pc's root bus (ACPI PCI
# hotplug), into a q35 pcie-root-port (pciehp) and on pseries (PHB DRCs),
# then what the guest shows: its kernel's enumeration lines, the entries
# under /sys/bus/pci/devices and their ID files, and the removal. Dropped
# as nondeterministic: the EHCI sessions (the quirk_usb_early_handoff
# timing line), g3-q35-rp-virtio-blk; open: the q35 root-port sessions
# (no recorded query-pci identity of a function placed there).
def g3(i, binary, machine, extra, steps):
    GUEST.append({"id": "g3-" + i, "binary": binary, "args": ["-M", machine] + extra,
                  "guest": {"os": "linux", "auto_online": False}, "steps": steps})
PCIDEV = "/sys/bus/pci/devices"
def ids(dev):
    return S("cd %s/%s && cat vendor device subsystem_vendor subsystem_device class revision" % (PCIDEV, dev))
RP = ["-device", "pcie-root-port,id=rp1,chassis=1,slot=1,bus=pcie.0,addr=4"]
g3("pc-e1000", "x86_64", "pc", [], [
    H("device_add e1000,id=nic1"), S("ls %s" % PCIDEV), ids("0000:00:02.0"),
    H("device_del nic1", until_event="DEVICE_DELETED", quiet=2), S("ls %s" % PCIDEV)])
g3("pc-virtio-net", "x86_64", "pc", ["-netdev", "user,id=n1"], [
    Q("device_add", {"driver": "virtio-net-pci", "netdev": "n1", "id": "vn1"}), S("ls %s" % PCIDEV), ids("0000:00:02.0"),
    S("cat %s/0000:00:02.0/irq %s/0000:00:02.0/enable" % (PCIDEV, PCIDEV))])
g3("pc-virtio-blk", "x86_64", "pc", ["-blockdev", "driver=null-co,node-name=null0"], [
    H("device_add virtio-blk-pci,drive=null0,id=vb1,addr=0x6"), S("ls %s" % PCIDEV), ids("0000:00:06.0"),
    H("device_del vb1", until_event="DEVICE_DELETED", quiet=2), S("ls %s" % PCIDEV)])
g3("pc-scsi-ehci", "x86_64", "pc", [], [
    H("device_add virtio-scsi-pci,id=scsi0"), H("device_add usb-ehci,id=ehci"), S("ls %s" % PCIDEV),
    ids("0000:00:02.0"), ids("0000:00:03.0")])
g3("q35-rp-virtio-net", "x86_64", "q35", RP + ["-netdev", "user,id=n1"], [
    H("device_add virtio-net-pci,netdev=n1,id=vn1,bus=rp1", quiet=3), S("ls %s" % PCIDEV), ids("0000:01:00.0"),
    H("device_del vn1", until_event="DEVICE_DELETED", max_wait=20, quiet=2), S("ls %s" % PCIDEV)])
g3("q35-rp-virtio-blk", "x86_64", "q35", RP + ["-blockdev", "driver=null-co,node-name=null0"], [
    H("device_add virtio-blk-pci,drive=null0,id=vb1,bus=rp1", quiet=3), S("ls %s" % PCIDEV), ids("0000:01:00.0")])
g3("q35-rp-e1000", "x86_64", "q35", RP, [
    Q("device_add", {"driver": "e1000", "id": "nic1", "bus": "rp1"}, quiet=3), S("ls %s" % PCIDEV), ids("0000:01:00.0")])
g3("q35-rp-ehci", "x86_64", "q35", RP, [
    H("device_add usb-ehci,id=ehci,bus=rp1", quiet=3), S("ls %s" % PCIDEV), ids("0000:01:00.0")])
g3("ps-virtio-net", "ppc64", "pseries", ["-netdev", "user,id=n1"], [
    H("device_add virtio-net-pci,netdev=n1,id=vn1", quiet=3), S("ls %s" % PCIDEV), ids("0000:00:00.0")])
g3("ps-e1000-del", "ppc64", "pseries", [], [
    H("device_add e1000,id=nic1", quiet=3), S("ls %s" % PCIDEV), ids("0000:00:00.0"),
    H("device_del nic1", quiet=3), S("ls %s" % PCIDEV)])
g3("ps-virtio-scsi", "ppc64", "pseries", [], [
    H("device_add virtio-scsi-pci,id=scsi0,addr=2", quiet=3), S("ls %s" % PCIDEV), ids("0000:00:02.0")])

# Round g2 (issue 8: the guest's memory accounting): MemTotal, and the
# devtmpfs/rootfs sizes mount and df print (half the RAM the kernel counts),
# across -m sizes (128M..4G, around q35's and pc's PCI hole), possible CPU
# counts (the per-CPU areas), NUMA nodes, maxmem (swiotlb once memory may sit
# above 4 GiB) and a pc-dimm onlined in the guest. Not kept (two recordings
# differed): from 3 GiB of RAM (g2-pc-3g, -q35-3g, -pc-4g, -q35-4g) MemTotal
# moves by 4-12 kB from boot to boot; MemFree and the rest of /proc/meminfo
# (g2-*-meminfo-head) and the nodes' MemTotal split (g2-pc-numa2) likewise.
def g2(i, binary, machine, extra, steps, guest=None):
    g1(i, binary, machine, extra, steps, guest)
    GUEST[-1]["id"] = "g2-" + i
MT = S("grep MemTotal /proc/meminfo")
for m, mach, ex in [("128M", "pc", []), ("256M", "pc", []), ("384M", "pc", ["-smp", "4"]), ("512M", "q35", []),
                    ("1000M", "pc", []), ("1G", "pc", ["-smp", "2,maxcpus=16"]), ("2G", "q35", ["-smp", "8"]),
                    ("2G", "pc", []), ("3G", "q35", []), ("3G", "pc", []), ("4G", "pc", []), ("4G", "q35", ["-smp", "2"])]:
    g2("%s-%s" % (mach, m.lower()), "x86_64", mach, ["-m", m] + ex, [MT, S("mount"), S("df")])
g2("pc-smp-64", "x86_64", "pc", ["-m", "768M", "-smp", "1,maxcpus=64"], [MT, S("cat /proc/mounts"), S("df /dev")])
g2("q35-sockets", "x86_64", "q35", ["-m", "1536M", "-smp", "4,sockets=2,cores=2,maxcpus=8"], [MT, S("df -k /dev")])
g2("pc-meminfo-head", "x86_64", "pc", ["-m", "256M"], [S("cat /proc/meminfo | head"), MT])
g2("q35-meminfo-head", "x86_64", "q35", ["-m", "1G", "-smp", "2"], [S("cat /proc/meminfo | head -n 3"), S("head -n 1 /proc/meminfo")])
g2("pc-numa2", "x86_64", "pc", G1MEM + NUMA2, [MT, S("grep MemTotal /sys/devices/system/node/node*/meminfo"), S("mount")])
g2("q35-numa2-1g", "x86_64", "q35", ["-m", "1G", "-smp", "2", "-object", "memory-backend-ram,id=r0,size=768M",
                                    "-object", "memory-backend-ram,id=r1,size=256M", "-numa", "node,nodeid=0,cpus=0,memdev=r0",
                                    "-numa", "node,nodeid=1,cpus=1,memdev=r1"], [MT, S("df")])
g2("pc-maxmem-online", "x86_64", "pc", G1MEM, [MT, S("mount")] + DIMM_HMP + [
    S("echo online > %s/memory32/state" % MEMSYS), MT, S("df")])
g2("q35-maxmem-movable", "x86_64", "q35", ["-m", "1G,slots=2,maxmem=4G"], [MT,
    H("object_add memory-backend-ram,id=m1,size=256M"), H("device_add pc-dimm,id=d1,memdev=m1", until_event="ACPI_DEVICE_OST"),
    S("echo online_movable > %s/memory32/state" % MEMSYS), S("echo online_movable > %s/memory33/state" % MEMSYS), MT,
    S("cat %s/memory32/state %s/memory33/state" % (MEMSYS, MEMSYS))])
g2("pc-maxmem-256m", "x86_64", "pc", ["-m", "256M,slots=1,maxmem=1G"], [MT, S("df")])
g2("pc-maxmem-2g", "x86_64", "pc", ["-m", "2G,slots=8,maxmem=16G", "-smp", "4"], [MT, S("mount")])
g2("pc-smp-24", "x86_64", "pc", ["-m", "512M", "-smp", "4,maxcpus=24"], [MT, S("df")])
g2("q35-smp-32", "x86_64", "q35", ["-m", "1G", "-smp", "2,maxcpus=32"], [MT, S("df")])
g2("pc-smp-128", "x86_64", "pc", ["-m", "768M", "-smp", "1,maxcpus=128"], [MT, S("df")])
g2("q35-numa3", "x86_64", "q35", ["-m", "512M", "-smp", "3"] + sum([["-object", "memory-backend-ram,id=r%d,size=%s" % (n, sz),
    "-numa", "node,nodeid=%d,cpus=%d,memdev=r%d" % (n, n, n)] for n, sz in enumerate(["256M", "128M", "128M"])], []), [MT, S("df")])

# Round g4 (issue 8): the topology_sane warning a learner's NUMA line meets
# (two nodes splitting one socket's CPUs: WARN_ONCE at boot, the kernel
# tainted, which busybox lsmod reports) and where it does not (nodes along
# sockets, a node with memory only); and MemTotal past 32 possible x86 CPUs.
# Recorded twice per release, a third time where the two differed (the boot
# console lost characters; a boot timed out): all 16 kept on both releases.
def g4(i, binary, machine, extra, steps, guest=None):
    g1(i, binary, machine, extra, steps, guest)
    GUEST[-1]["id"] = "g4-" + i
def numa(*nodes):
    out = []
    for n, (size, cpus) in enumerate(nodes):
        out += ["-object", "memory-backend-ram,id=r%d,size=%s" % (n, size), "-numa",
                "node,nodeid=%d,%smemdev=r%d" % (n, "".join("cpus=%s," % c for c in cpus), n)]
    return out
TAINT = S("cat /proc/sys/kernel/tainted")
g4("pc-numa-sockets", "x86_64", "pc", ["-m", "512M", "-smp", "2,sockets=2"] + numa(("256M", ["0"]), ("256M", ["1"])), [S("lsmod"), TAINT])
g4("q35-numa-cross", "x86_64", "q35", ["-m", "512M", "-smp", "4,sockets=2,cores=2"] + numa(("256M", ["0", "2"]), ("256M", ["1", "3"])),
   [S("lsmod"), TAINT, S("cat /sys/devices/system/node/node0/cpulist")])
g4("pc-numa-threads", "x86_64", "pc", ["-m", "512M", "-smp", "2,threads=2"] + numa(("256M", ["0"]), ("256M", ["1"])), [TAINT])
g4("pc-numa-late", "x86_64", "pc", ["-m", "512M", "-smp", "4"] + numa(("384M", ["0-2"]), ("128M", ["3"])), [S("lsmod")])
g4("q35-numa-mid", "x86_64", "q35", ["-m", "512M", "-smp", "4"] + numa(("256M", ["0-1", "3"]), ("256M", ["2"])), [TAINT])
g4("pc-numa-memonly", "x86_64", "pc", ["-m", "512M", "-smp", "2"] + numa(("256M", ["0-1"]), ("256M", [])), [S("lsmod"), TAINT])
for n in (33, 40, 48, 96):
    g4("pc-smp-%d" % n, "x86_64", "pc", ["-m", "768M", "-smp", "1,maxcpus=%d" % n], [MT])
# The pseries guest's MemTotal and tmpfs sizes (64 KiB pages) across -m and
# possible CPUs, beside g1-ps-*'s 1 GiB with maxmem and gs5-ps-system's 512 MiB.
for m, ex in [("512M", []), ("768M", []), ("1G", []), ("2G", []), ("1G", ["-smp", "1,maxcpus=8"]), ("1536M", ["-smp", "2"])]:
    g4("ps-%s%s" % (m.lower(), "-" + ex[1].replace(",maxcpus=", "-") if ex else ""), "ppc64", "pseries", ["-m", m] + ex, [MT, S("mount")])

# Round g5 (issue 8): the firmware's PCI setup as `info pci` shows it once
# SeaBIOS has run and the guest booted (BARs assigned largest first from the
# top of the 32-bit hole and from I/O 0xc000, interrupt lines, bridge bus
# numbers and windows), with several devices cold-plugged on pc and q35, and
# what the guest's hot-add assigns around them. Recorded twice per release,
# again where the boot console lost characters until two recordings matched
# (7.2: g5-pc-cold-three three times, g5-q35-two-rp-hotadd four; 10.0:
# g5-pc-cold-three three times): all 5 kept on each release. Still open on
# 10.0: g2-pc-meminfo-head (MemFree and the rest of /proc/meminfo move from
# boot to boot; 7.2's two recordings differed, 10.0's happened to agree).
def g5(i, binary, machine, extra, steps, guest=None):
    g1(i, binary, machine, extra, steps, guest)
    GUEST[-1]["id"] = "g5-" + i
g5("pc-cold-three", "x86_64", "pc", ["-device", "e1000,id=nic1", "-device", "virtio-rng-pci,id=rng1",
                                     "-device", "virtio-balloon-pci,id=bal1"], [H("info pci"), S("ls %s" % PCIDEV)])
g5("pc-cold-hotadd", "x86_64", "pc", ["-m", "256M", "-device", "virtio-net-pci,id=vn0,addr=5"], [
    H("device_add e1000,id=nic1"), H("info pci")])
g5("q35-cold-mix", "x86_64", "q35", ["-device", "e1000,id=nic1", "-device", "virtio-rng-pci,id=rng1",
                                     "-device", "pcie-root-port,id=rp1,chassis=1,slot=1",
                                     "-device", "pcie-root-port,id=rp2,chassis=2,slot=2",
                                     "-device", "e1000e,id=nic2,bus=rp2"], [H("info pci"), S("ls %s" % PCIDEV)])
g5("q35-two-rp-hotadd", "x86_64", "q35", ["-device", "pcie-root-port,id=rp1,chassis=1,slot=1,bus=pcie.0,addr=4",
                                         "-device", "pcie-root-port,id=rp2,chassis=2,slot=2,bus=pcie.0,addr=5"], [
    H("device_add virtio-net-pci,id=vn1,bus=rp2", quiet=3), H("info pci")])
g5("pc-bridge", "x86_64", "pc", ["-device", "pci-bridge,id=br1,chassis_nr=1", "-device", "e1000,id=nic1,bus=br1,addr=1"], [
    H("info pci")])

EXCLUDED = {
    # TCG's code buffer size depends on the host's memory; the elided TLB
    # flush count on timing.
    "info jit": "host", "x-query-jit": "host",
    # host addresses of guest RAM
    "gpa2hva 0": "host", "gpa2hpa 0": "host",
    # pseries RAM holds SLOF at reset: dumps show firmware bytes
    "mp-dump-*": "firmware",
    # introspection folds uint64 into "int": QEMU says "Parameter
    # 'max-bandwidth' expects uint64" where the simulator says "Invalid
    # parameter type ..., expected: integer"
    "migrate-set-parameters max-bandwidth=\"1\"": "uint64",
}

if __name__ == "__main__":
    ids = [c["id"] for c in C]
    assert len(ids) == len(set(ids)), "duplicate ids"
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "own_monitor_cases.jsonl"), "w") as f:
        for c in C:
            f.write(json.dumps(c) + "\n")
    with open(os.path.join(here, "own_monitor_guest_cases.jsonl"), "w") as f:
        for c in GUEST:
            f.write(json.dumps(c) + "\n")
    print(len(C), "cases,", len(GUEST), "guest cases")
