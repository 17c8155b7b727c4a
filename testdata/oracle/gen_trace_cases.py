#!/usr/bin/env python3
"""Writes trace_cases.jsonl and trace_guest_cases.jsonl: QEMU's trace events
around CPU hotplug (-trace, -d trace:, -D, HMP trace-event / info
trace-events, QMP trace-event-get-state / -set-state, the ACPI CPU hotplug
block's cpuhp_* events, the sPAPR DRCs' spapr_drc_* events), on pc, q35
and pseries, recorded from both releases the simulator models:

    python3 ../shared/oracle/record.py testdata/oracle/trace_cases.jsonl -o testdata/oracle/trace.jsonl
    PATH=$QBIN:$PATH python3 ../shared/oracle/record.py testdata/oracle/trace_cases.jsonl -o testdata/oracle/v10.0/trace.jsonl
    python3 ../shared/oracle/guest/guest_record.py testdata/oracle/trace_guest_cases.jsonl -o testdata/oracle/trace_guest.jsonl --guest-dir DIR -j 2
    PATH=$QBIN:$PATH python3 ../shared/oracle/guest/guest_record.py testdata/oracle/trace_guest_cases.jsonl -o testdata/oracle/v10.0/trace_guest.jsonl --guest-dir DIR -j 2

Trace lines go to QEMU's stderr, which both recorders keep verbatim, so the
judges compare every line, in order. Cases whose outcome depends on the
host are left out (see EXCLUDED).
"""
import json, os

C, G = [], []


def case(b, id, *args, steps=None, into=C, **kw):
    c = {"id": ("tx-" if b == "x86_64" else "tp-") + id, "binary": b, "args": list(args)}
    if into is G:
        c["id"] = "g" + c["id"]
        c["guest"] = {"os": "linux", "auto_online": kw.pop("auto_online", False)}
    if steps:
        c["steps"] = steps
    c.update(kw)
    into.append(c)


x = lambda *a, **k: case("x86_64", *a, **k)
p = lambda *a, **k: case("ppc64", *a, **k)
H = lambda *cmds: [{"hmp": c} for c in cmds]
Q = lambda command, **args: {"qmp": {"execute": command, "arguments": args} if args else command}

# --- the -trace option and its relatives
x("opt-help", "-trace", "help", note="the event list on stdout, in registration order; exit 0")
x("opt-help-after-bad-smp", "-M", "pc", "-smp", "foo", "-trace", "help", note="help exits while the options are parsed")
x("opt-nosuch", "-M", "pc", "-trace", "nosuch")
x("opt-enable-nosuch", "-M", "pc", "-trace", "enable=nosuch")
x("opt-badkey", "-M", "pc", "-trace", "foo=bar")
x("opt-unavailable", "-M", "pc", "-trace", "qxl_io_write_vga")
x("opt-empty", "-M", "pc", "-trace", "")
x("opt-events-missing", "-M", "pc", "-trace", "events=/nonexistent/trace-events")
x("opt-events-and-enable", "-M", "pc", "-trace", "events=/nonexistent/trace-events,enable=nosuch2",
  note="enable= is applied before events= is read")
x("opt-glob-q", "-M", "pc", "-trace", "cpuhp_acpi_write_?dx", "-trace", "cpuhp_acpi_read_flags",
  steps=H("info trace-events cpuhp_acpi_*"), note="'?' is a glob but not a pattern: the first match is enabled")
x("opt-disable", "-M", "pc", "-trace", "cpuhp_*", "-trace", "-cpuhp_acpi_read*", steps=H("info trace-events cpuhp_*"))
x("opt-two-enable", "-M", "pc", "-trace", "enable=cpuhp_acpi_write_idx,enable=cpuhp_acpi_read_flags",
  steps=H("info trace-events cpuhp_*"))
x("opt-warn-then-error", "-M", "pc", "-trace", "nosuch", "-smp", "foo")
x("opt-d-trace", "-M", "pc", "-d", "trace:cpuhp_acpi_write_idx", steps=H("info trace-events cpuhp_acpi_write_idx", "o /b 0xaf00 0", "o /b 0xaf00 1"))
x("opt-d-nosuch", "-M", "pc", "-d", "trace:nosuch")
x("opt-d-nosuch-bad-smp", "-M", "pc", "-d", "trace:nosuch", "-smp", "foo")
x("opt-d-nosuch-bad-machine", "-M", "nosuch", "-d", "trace:nosuch")
x("opt-d-nosuch-trace-nosuch", "-d", "trace:nosuch1", "-M", "pc", "-trace", "nosuch2")
x("opt-D", "-M", "pc", "-D", "/tmp/hotpluglab-trace-D.log", "-trace", "cpuhp_acpi_write_idx",
  steps=H("o /b 0xaf00 0", "o /b 0xaf00 1"), note="-D sends trace lines to the log file: nothing on stderr")
x("opt-file", "-M", "pc", "-trace", "enable=cpuhp_acpi_write_idx,file=/tmp/hotpluglab-trace-file.log",
  steps=H("o /b 0xaf00 0", "o /b 0xaf00 1"))
p("opt-nosuch", "-M", "pseries", "-trace", "nosuch")
p("opt-x86-event", "-M", "pseries", "-trace", "cpuhp_acpi_write_idx", note="every binary lists the ACPI events")

# --- HMP and QMP trace commands
HMP_EDGE = H("info trace-events cpuhp_acpi_write*", "trace-event cpuhp_acpi_write_idx on", "info trace-events cpuhp_acpi_write_idx",
             "trace-event cpuhp_* on", "trace-event cpuhp_acpi_read* off", "info trace-events cpuhp_*",
             "trace-event nosuch on", "trace-event nosuch* on", "trace-event qxl_io_write_vga on", "trace-event qxl_* on",
             "trace-event", "trace-event cpuhp_acpi_write_idx", "trace-event cpuhp_acpi_write_idx maybe",
             "trace-event cpuhp_acpi_write_idx on extra", "trace-event cpuhp_acpi_write_?dx on",
             "trace-event cpuhp_acpi_write_idx on 0", "trace-event cpuhp_acpi_write_idx off 9",
             "trace-event cpuhp_acpi_write_idx on -1", "trace-event cpuhp_acpi_write_idx on 0x80000000",
             "info trace-events nosuch", "info trace-events nosuch*", "info trace-events cpuhp_acpi_write_idx 0",
             "info trace-events guest_cpu_* 0", "info trace-events guest_cpu_* 7", "info trace-events guest_cpu_* -1",
             "info trace-events * 0x80000000", "info trace-events cpuhp_acpi_write_idx extra", "info trace-events qxl_*",
             # last: 7.2 applies a vCPU's state on that vCPU's thread, later
             "trace-event guest_cpu_reset on 0", "trace-event guest_cpu_reset on 9")
QMP_EDGE = [Q("trace-event-get-state", name="cpuhp_acpi_w*"), Q("trace-event-get-state", name="nosuch"),
            Q("trace-event-get-state", name="nosuch*"), Q("trace-event-get-state", name="cpuhp_acpi_write_?dx"),
            Q("trace-event-set-state", name="cpuhp_acpi_write_idx", enable=True),
            Q("trace-event-get-state", name="cpuhp_acpi_write_idx"),
            Q("trace-event-set-state", name="nosuch*", enable=True), Q("trace-event-set-state", name="nosuch", enable=True),
            Q("trace-event-set-state", name="qxl_io_write_vga", enable=True),
            Q("trace-event-set-state", name="qxl_io_write_vga", enable=True, **{"ignore-unavailable": True}),
            Q("trace-event-set-state", name="qxl_*", enable=True), Q("trace-event-get-state", name="qxl_*"),
            Q("trace-event-get-state", name="cpuhp_acpi_write_idx", vcpu=0),
            Q("trace-event-get-state", name="guest_cpu_*", vcpu=0), Q("trace-event-get-state", name="guest_cpu_*", vcpu=3),
            Q("trace-event-get-state", name="guest_cpu_*", vcpu=-1), Q("trace-event-get-state", name="guest_cpu_*"),
            Q("trace-event-set-state", name="cpuhp*"), Q("trace-event-get-state"),
            Q("trace-event-set-state", name="x", enable="yes"), Q("trace-event-get-state", name=1),
            Q("trace-event-get-state", name="x", foo=1),
            # last: 7.2 applies a vCPU's state on that vCPU's thread, later
            Q("trace-event-set-state", name="guest_cpu_exit", enable=True, vcpu=0),
            Q("trace-event-set-state", name="guest_cpu_exit", enable=True, vcpu=5)]
x("hmp", "-M", "pc", steps=HMP_EDGE)
x("qmp", "-M", "pc", steps=QMP_EDGE)
p("hmp", "-M", "pseries", "-cpu", "POWER10", steps=H("info trace-events spapr_drc_*", "trace-event spapr_drc_attach on",
                                                    "info trace-events spapr_drc_att*", "trace-event cpuhp_acpi_write_idx on",
                                                    "info trace-events cpuhp_acpi_write_idx"))
p("qmp", "-M", "pseries", "-cpu", "POWER10", steps=[Q("trace-event-get-state", name="spapr_*"),
                                                 Q("trace-event-set-state", name="spapr_drc_*", enable=True),
                                                 Q("trace-event-get-state", name="spapr_drc_*")])
for b in (x, p):
    b("list-hmp", steps=[{"hmp": "info trace-events", "truncate": 20}], note="every event, last registered first")
    b("list-qmp", steps=[dict(Q("trace-event-get-state", name="*"), truncate=20)])

# --- x86: the ACPI CPU hotplug block (cpuhp_*), driven as a guest's AML would
def cscn(base, slots):
    """\\_SB.CPUS.CSCN's first pass for one event at the start (7.2's method;
    the accesses alone, as a person would type them)."""
    return H("o /w 0x%x 0" % base, "o /b 0x%x 0" % (base + 5), "i /w 0x%x" % (base + 8), "i /w 0x%x" % (base + 8),
             "i /b 0x%x" % (base + 4))


def ost(base, slot, ev, st):
    return H("o /w 0x%x %d" % (base, slot), "o /b 0x%x 1" % (base + 5), "o /w 0x%x %d" % (base + 8, ev),
             "o /b 0x%x 2" % (base + 5), "o /w 0x%x %d" % (base + 8, st))


for fam, base in (("pc", 0xaf00), ("q35", 0xcd8)):
    add = {"hmp": "device_add qemu64-x86_64-cpu,id=cpu1,socket-id=0,core-id=1,thread-id=0"}
    x(fam + "-legacy", "-M", fam, "-smp", "1,maxcpus=2", "-trace", "cpuhp_*",
      steps=[add, {"hmp": "device_del cpu1"}, {"hmp": "i /b 0x%x" % base}, {"hmp": "o /b 0x%x 1" % (base + 1)},
             {"qmp": {"execute": "qom-get", "arguments": {"path": "/machine/acpi-device", "property": "cpu-hotplug-legacy"}}}],
      note="legacy mode has no trace points; the modern block is not there yet")
    x(fam + "-guestless", "-M", fam, "-smp", "1,maxcpus=3", "-trace", "cpuhp_*",
      steps=H("o /b 0x%x 0" % base) + [add] + cscn(base, 3) + H("o /w 0x%x 1" % base, "o /b 0x%x 2" % (base + 4)) +
      ost(base, 1, 1, 0) + [{"hmp": "device_del cpu1"}] + cscn(base, 3) + H("i /b 0x%x" % (base + 4), "o /b 0x%x 4" % (base + 4)) +
      ost(base, 1, 3, 0x84) + H("o /w 0x%x 1" % base, "o /b 0x%x 8" % (base + 4), "i /b 0x%x" % (base + 4)) + ost(base, 1, 3, 0),
      note="the guest's part typed by hand: switch, scan, clear, _OST, eject")
x("pc-registers", "-M", "pc", "-smp", "2,maxcpus=8,sockets=2,cores=2,threads=2", "-trace", "cpuhp_*",
  steps=H("o /b 0xaf00 0", "i /b 0xaf04", "o /w 0xaf00 9", "o /b 0xaf04 2", "o /b 0xaf05 0", "o /w 0xaf08 1", "i /b 0xaf04",
          "i /w 0xaf08", "o /w 0xaf00 1", "o /b 0xaf05 3", "i /w 0xaf08", "i /w 0xaf00", "o /b 0xaf05 4", "i /w 0xaf08",
          "o /b 0xaf04 16", "i /b 0xaf04", "o /b 0xaf05 0", "o /w 0xaf00 0", "o /b 0xaf04 16", "o /b 0xaf04 8",
          "o /w 0xaf00 5", "o /b 0xaf04 8", "o /b 0xaf04 16", "o /b 0xaf04 6", "o /h 0xaf04 0x0102", "i /h 0xaf04",
          "i /w 0xaf04", "i /h 0xaf06", "i /b 0xaf09", "o /b 0xaf0c 1", "i /b 0xaf0b"),
  note="selector out of range, GET_CPU_ID, command data 2, firmware-remove, eject of the boot CPU and of an empty slot, wide accesses")
x("pc-sparse", "-M", "pc", "-smp", "2,maxcpus=8,sockets=2,cores=2,threads=2", "-trace", "cpuhp_*",
  steps=H("o /b 0xaf00 0", "device_add qemu64-x86_64-cpu,id=cpu7,socket-id=1,core-id=1,thread-id=1") + cscn(0xaf00, 8),
  note="the selector is the slot index, not the APIC ID")

# --- pseries: the DRCs (spapr_drc_*)
# POWER10: the same core type (power10_v2.0) on both releases' binaries
# (10.0's default; 10.0 maps POWER9 to power9_v2.2, 7.2 to power9_v2.0).
P9 = ["-cpu", "POWER10"]
core = lambda i, cid: {"hmp": "device_add power10_v2.0-spapr-cpu-core,id=%s,core-id=%d" % (i, cid)}
p("flood", "-M", "pseries", "-smp", "1,maxcpus=2", *P9, "-trace", "spapr_drc_*",
  steps=[core("core1", 1), {"hmp": "device_del core1"}],
  note="every DRC realized, the boot core's attach and reset, the first reset in the container's hash order; "
       "a core the guest never configured goes at once")
p("flood-default-cpu", "-M", "pseries", "-smp", "1,maxcpus=2", "-trace", "spapr_drc_realize*", "-trace", "spapr_drc_attach")
p("flood-maxmem", "-M", "pseries", "-m", "1G,slots=2,maxmem=2G", *P9, "-trace", "spapr_drc_reset", "-trace", "spapr_drc_realize")
p("flood-maxmem-big", "-M", "pseries", "-m", "768M,slots=1,maxmem=2G", "-smp", "2,maxcpus=64", *P9, "-trace", "spapr_drc_reset")
p("flood-26", "-M", "pseries-2.6", "-cpu", "POWER7", "-trace", "spapr_drc_*", note="no CPU DRCs without CPU hotplug")
p("flood-27", "-M", "pseries-2.7", "-cpu", "POWER7", "-smp", "1,maxcpus=3", "-trace", "spapr_drc_reset", "-trace", "spapr_drc_realize")
p("flood-31", "-M", "pseries-3.1", "-smp", "1,maxcpus=2", *P9, "-trace", "spapr_drc_realize", "-trace", "spapr_drc_attach",
  note="PHB connectors come with pseries-4.0")
p("flood-40", "-M", "pseries-4.0", "-smp", "1,maxcpus=2", *P9, "-trace", "spapr_drc_realize", "-trace", "spapr_drc_attach")
p("flood-50-maxmem", "-M", "pseries-5.0", "-m", "1G,slots=2,maxmem=2G", *P9, "-trace", "spapr_drc_realize")
p("flood-big", "-M", "pseries", "-smp", "8,maxcpus=1024", *P9, "-trace", "spapr_drc_reset")
NOFLOOD = ["-trace", "spapr_drc_*", "-trace", "-spapr_drc_realize*", "-trace", "-spapr_drc_reset"]
p("plug-errors", "-M", "pseries", "-smp", "1,maxcpus=4", *P9, *NOFLOOD,
  steps=[core("core1", 1), core("core1b", 1), core("core9", 9), {"hmp": "device_add power10_v2.0-spapr-cpu-core,id=c2,core-id=2,nr-threads=2"},
         core("core3", 3), {"hmp": "device_del core3"}, {"hmp": "device_del core3"}, {"hmp": "device_del core1"},
         {"hmp": "device_del core1"}, core("core3", 3)],
  note="a refused device_add touches no DRC; a second device_del asks once")
p("coldplug", "-M", "pseries", "-smp", "1,maxcpus=3", *P9, "-device", "power10_v2.0-spapr-cpu-core,id=c2,core-id=2",
  "-trace", "spapr_drc_attach", "-trace", "spapr_drc_reset", steps=[{"hmp": "device_del c2"}],
  note="-device: attach and reset at once; its DRC is configured, so device_del waits for a guest")
p("reset-restart", "-M", "pseries", "-smp", "2,maxcpus=3", *P9,
  steps=H("device_del /machine/unattached/device[2]", "trace-event spapr_drc_reset on", "trace-event spapr_drc_unplug_request on",
          "system_reset", "info hotpluggable-cpus"),
  note="a reset completing an unplug restarts the walk over the DRCs")
p("hmp-enable", "-M", "pseries", "-smp", "1,maxcpus=3", *P9,
  steps=H("trace-event spapr_drc_* on", "trace-event spapr_drc_re* off") + [core("c1", 1), core("c2", 2)] +
  H("device_del c2", "trace-event spapr_drc_* off", "device_del c1", "info trace-events spapr_drc_*"))
p("prelaunch-cont", "-M", "pseries", "-smp", "1,maxcpus=2", *P9, *NOFLOOD,
  steps=[core("c1", 1), {"hmp": "cont"}, {"hmp": "device_del c1"}], note="with only the firmware running, nobody configures the core")

# --- with the Linux guest (../shared/oracle/guest)
ADD = lambda i, core: {"qmp": {"execute": "device_add", "arguments": {"driver": "qemu64-x86_64-cpu", "id": i, "socket-id": 0,
                                                                      "core-id": core, "thread-id": 0}}, "until_event": "ACPI_DEVICE_OST"}
DEL = lambda i: {"qmp": {"execute": "device_del", "arguments": {"id": i}}, "until_event": ["ACPI_DEVICE_OST", "DEVICE_DELETED", "ACPI_DEVICE_OST"]}
x("pc-add-online-del", "-M", "pc", "-smp", "1,maxcpus=2", "-trace", "cpuhp_*", into=G,
  steps=[ADD("cpu1", 1), {"guest": "echo 1 > /sys/devices/system/cpu/cpu1/online"}, DEL("cpu1")],
  note="boot: _STA of every CPU twice; plug: scan, three _STA, _OST; unplug: scan, _OST 0x84, offline, eject, _STA, _OST 0")
x("pc-refuse", "-M", "pc", "-smp", "2,maxcpus=4", "-trace", "cpuhp_*", into=G,
  steps=[ADD("cpu2", 2), ADD("cpu3", 3), {"guest": "echo 0 > /sys/firmware/acpi/hotplug/processor/enabled"},
         {"qmp": {"execute": "device_del", "arguments": {"id": "cpu3"}}, "until_event": "ACPI_DEVICE_OST"},
         {"guest": "echo 1 > /sys/firmware/acpi/hotplug/processor/enabled"}, DEL("cpu3")],
  note="the guest refuses (eject disabled: _OST 0x80), then accepts")
x("q35-autoonline", "-M", "q35", "-smp", "1,maxcpus=3", "-trace", "cpuhp_*", into=G, auto_online=True,
  steps=[dict(ADD("cpu1", 1), until_kmsg="Will online and init hotplugged CPU"), DEL("cpu1")])
x("pc-hmp-after-boot", "-M", "pc", "-smp", "4,maxcpus=8,sockets=2,cores=2,threads=2", into=G,
  steps=[{"hmp": "trace-event cpuhp_acpi_write_ost_* on"}, {"hmp": "trace-event cpuhp_acpi_ejecting_cpu on"},
         {"qmp": {"execute": "device_add", "arguments": {"driver": "qemu64-x86_64-cpu", "id": "cpu4", "socket-id": 1, "core-id": 0, "thread-id": 0}},
          "until_event": "ACPI_DEVICE_OST"}, DEL("cpu4"), {"hmp": "info trace-events cpuhp_acpi_write_*"}],
  note="the guide's topology; tracing switched on from the monitor after boot")
x("pc-two-at-once", "-M", "pc", "-smp", "1,maxcpus=4", "-trace", "cpuhp_acpi_*", into=G,
  steps=[{"hmp": "stop"}, {"hmp": "device_add qemu64-x86_64-cpu,id=cpu2,socket-id=0,core-id=2,thread-id=0"},
         {"hmp": "device_add qemu64-x86_64-cpu,id=cpu1,socket-id=0,core-id=1,thread-id=0"},
         {"hmp": "cont", "until_event": ["ACPI_DEVICE_OST", "ACPI_DEVICE_OST"]}],
  note="two CPUs plugged while the guest is stopped: one scan finds both")
P9G = ["-cpu", "POWER10"]
x_core = lambda i, cid: {"qmp": {"execute": "device_add", "arguments": {"driver": "power10_v2.0-spapr-cpu-core", "id": i, "core-id": cid}}}
p("add-del", "-M", "pseries", "-smp", "1,maxcpus=2", *P9G, "-trace", "spapr_drc_*", into=G,
  steps=[x_core("core1", 1), {"guest": "cat /sys/devices/system/cpu/online"},
         {"qmp": {"execute": "device_del", "arguments": {"id": "core1"}}, "until_event": "DEVICE_DELETED"}],
  note="boot: realize, the first reset, CAS resets every DRC again; plug: attach, the guest's allocate, unisolate, configure; "
       "unplug: request, awaiting quiesce, isolate, unusable, release")
p("refuse", "-M", "pseries", "-smp", "2,maxcpus=2", *P9G, into=G,
  steps=[{"hmp": "trace-event spapr_drc_* on"}, {"guest": "echo 0 > /sys/devices/system/cpu/cpu0/online"},
         {"qmp": {"execute": "device_del", "arguments": {"id": "/machine/unattached/device[2]"}},
          "until_event": "DEVICE_UNPLUG_GUEST_ERROR"}, {"guest": "cat /sys/devices/system/cpu/online"}],
  note="the kernel refuses to remove its last online CPU: it unisolates the DRC again")
p("add-two", "-M", "pseries", "-smp", "1,maxcpus=4", *P9G, into=G,
  steps=[{"hmp": "trace-event spapr_drc_* on"}, {"hmp": "trace-event spapr_drc_reset off"}, x_core("c3", 3), x_core("c1", 1),
         {"guest": "cat /sys/devices/system/cpu/online"},
         {"qmp": {"execute": "device_del", "arguments": {"id": "c3"}}, "until_event": "DEVICE_DELETED"}])

# Measured and left out: outcomes that depend on the host's files (an
# events file that exists, "-trace x,file" writing a file named "on" in
# QEMU's working directory), the "-msg timestamp=on" prefix (thread id and
# wall-clock time), and on 7.2 any state read after a vCPU-specific
# trace-event (QEMU applies it on the vCPU's thread, at some later time:
# the same read gave 0 in one recording and 1 in the next).
EXCLUDED = set()

here = os.path.dirname(os.path.abspath(__file__))
for name, cases in (("trace_cases.jsonl", C), ("trace_guest_cases.jsonl", G)):
    with open(os.path.join(here, name), "w") as f:
        for c in cases:
            if c["id"] not in EXCLUDED:
                f.write(json.dumps(c) + "\n")
print(len(C), "cases,", len(G), "guest cases")
