#!/usr/bin/env python3
"""Writes probe_monitor_cases.jsonl: the monitor beyond CPU hotplug as a new
learner types it, written as an outside tester would (without reading the
engine): every `info` subcommand on pc and pseries (with a wrong argument
now and then), the HMP commands a learner tries next (help, examine and
print, run state, boot order, screendump, port I/O, cpu, qom-*, backends
and objects), and QMP's query-* and friends on both targets, with a wrong
argument, an unknown command and human-monitor-command.

Record with the real binaries, twice each, and keep what is identical:
    python3 testdata/oracle/gen_probe_monitor_cases.py
    python3 ../shared/oracle/record.py testdata/oracle/probe_monitor_cases.jsonl -o /tmp/pm1.jsonl -j 2   # and /tmp/pm2.jsonl
    python3 testdata/oracle/keep_identical.py /tmp/pm1.jsonl /tmp/pm2.jsonl testdata/oracle/probe_monitor.jsonl --open RESULTS CASES
    (10.0: PATH=/work/oracle-env/qbin:$PATH, output under testdata/oracle/v10.0/)
Left out: `info jit` (the host's translation buffer), `screendump` on a
machine with a display (it writes a host file), `log` items (they write on
QEMU's stderr as the guest runs)."""
from casegen import Corpus, hmp, qmp

corpus = Corpus("probe_monitor", "pm")
X86 = ["-M", "pc", "-smp", "2,maxcpus=4"]
Q35 = ["-M", "q35", "-smp", "2,maxcpus=4"]
PPC = ["-M", "pseries", "-smp", "1,maxcpus=2"]

INFOS = ["status", "registers", "mtree -f", "roms", "irq", "pic", "lapic", "ioapic", "numa", "qtree", "qom-tree",
         "usb", "snapshots", "migrate", "balloon", "vnc", "ramblock", "dump", "replay", "memdev", "iothreads", "cpus",
         "kvm", "uuid", "name", "version", "hotpluggable-cpus", "memory-devices", "network", "chardev", "block",
         "blockstats", "block-jobs", "mice", "history", "tpm", "opcount", "profile", "sync-profile", "capture",
         "migrate_capabilities", "migrate_parameters", "qdm", "cpustats", "trace-events cpuhp*", "rdma", "sev", "sgx",
         "dirty_rate", "vcpu_dirty_limit", "stats vm", "stats vcpu", "cmma", "skeys 0", "tlb", "mem", "pci", "irq 3",
         "lapic 5", "registers -a", "bogus", "cpus extra"]
for i, n in enumerate(INFOS):
    corpus.x("info-%d" % i, *X86, steps=hmp("info " + n))
    corpus.p("info-%d" % i, *PPC, steps=hmp("info " + n))

MISC = ["help info", "help device_add", "? cpu", "x /4x 0", "xp /2i 0", "p 1+2", "print $pc", "sendkey ctrl-alt-f1",
        "stop", "cont", "system_reset", "mouse_move 1 1", "screendump /tmp/x.ppm", "gdbserver none", "log help",
        "trace-event cpuhp_acpi_cpu_has_events on", "watchdog_action pause", "nmi", "boot_set c", "memsave 0 16 /dev/null",
        "singlestep on", "sum 0 16", "i /b 0x60", "o /b 0x80 1", "cpu 1", "cpu 9", "qom-list /machine", "qom-get /machine smp",
        "qom-set /machine/peripheral-anon/foo x 1", "device_del nosuch", "netdev_add user,id=n1", "netdev_del n1",
        "chardev-add null,id=c1", "object_add memory-backend-ram,id=m1,size=64M", "object_del m1", "balloon 100",
        "migrate_set_parameter downtime-limit 100", "info migrate_parameters"]
for i, m in enumerate(MISC):
    corpus.x("misc-%d" % i, *Q35, steps=hmp(m))

# What a learner types around a backend or an object: add, look, get, delete.
corpus.x("objects", *X86, steps=hmp(
    "object_add memory-backend-ram,id=m1,size=abc", "object_add memory-backend-ram,id=m2,size=1.5M",
    "object_add memory-backend-ram,id=m4,size=64k", "object_add memory-backend-ram,id=m5,size=-1",
    "qom-get /objects/m2 size", "object_add memory-backend-ram,id=m6,size=64M,prealloc=maybe",
    "info memdev", "object_del m2", "object_del m2"))
corpus.x("boot-set", *X86, steps=hmp("boot_set cdn", "boot_set cc", "boot_set abcd", "boot_set e", "boot_set cdnq", "boot_set C"))
corpus.p("boot-set", *PPC, steps=hmp("boot_set cc", "boot_set xyz", "boot_set q", "boot_set c"))
corpus.p("screendump", *PPC, steps=hmp("screendump /tmp/a.ppm"))

QMPS = [qmp("query-status"), qmp("query-name"), qmp("query-uuid"), qmp("query-kvm"), qmp("query-target"),
        qmp("query-machines"), qmp("query-current-machine"), qmp("query-cpus-fast"), qmp("query-iothreads"),
        qmp("query-memdev"), qmp("query-memory-size-summary"), qmp("query-pci"), qmp("query-block"),
        qmp("query-chardev"), qmp("query-mice"), qmp("query-balloon"), qmp("query-vnc"), qmp("query-migrate"),
        qmp("query-events"), qmp("query-qmp-schema"), qmp("query-acpi-ospm-status"), qmp("query-hotpluggable-cpus"),
        qmp("query-commands"), qmp("query-version"), qmp("query-status", x=1),
        qmp("query-cpu-model-expansion", type="static", model={"name": "qemu64"}), qmp("qom-list", path="/machine"),
        qmp("qom-get", path="/machine", property="type"), qmp("qom-list-types", abstract=True, implements="device"),
        qmp("device-list-properties", typename="e1000"),
        qmp("human-monitor-command", **{"command-line": "info cpus"}), qmp("nosuch"), qmp("system_powerdown"),
        qmp("query-cpu-definitions")]
for i, q in enumerate(QMPS):
    corpus.x("qmp-%d" % i, *X86, steps=[q])
    corpus.p("qmp-%d" % i, *PPC, steps=[q])

corpus.write()
