#!/usr/bin/env python3
"""Writes testdata/oracle/guest_shell_cases.jsonl: guest sessions of what a
learner types in the guest's shell when looking at CPUs (busybox 1.35 ash):
grep and its options, pipes through head/tail/wc/sort/uniq/cut/tr/awk/sed,
loops over /sys, read loops, $(...), && and ||, redirections, the error
messages of missing files and tools, exit statuses, sysfs topology and
cache files, around CPU hotplug on pc, q35 and pseries.

Recorded with ../shared/oracle/guest/guest_record.py against QEMU 7.2.22
(guest_shell.jsonl) and 10.0.13 (v10.0/guest_shell.jsonl), each twice;
only sessions that came out identical are kept (see README.md).

Left out on purpose (the recordings cannot be compared): `env`, `set` and
anything printing "guest# " (the recorder takes it for the prompt), `ls -l`
after the first minute (file times are the guest's clock), `date`,
`uptime`, `ps`, `free`, /proc/meminfo|stat|interrupts, dmesg beyond the
boot's CPU lines (timing lines such as "hrtimer: interrupt took"),
background jobs (PIDs), `exit` and `reboot -f` (panic traces with random
addresses; reboot timing), /proc/cpuinfo's "cpu MHz" value where the
recorder's normalisation does not see it at a line's start (after
`uniq -c`: the host's TSC calibration, different at each boot).
Round gs3 also leaves out stat's times and inode numbers (stat -c with
%n %s %A %F only) and dmesg beyond the lines a hotplug step prints (grep
-i cpu | tail). gs3-pc-add-two is kept on 10.0 only: the 7.2 guest hung
(soft lockup in stop_machine) after onlining the second added CPU in all
three recordings.

    python3 testdata/oracle/gen_guest_shell_cases.py
"""
import json, os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "guest_shell_cases.jsonl")
G = {"os": "linux", "auto_online": False}
PC = ["-M", "pc", "-smp", "4,maxcpus=8,sockets=2,cores=2,threads=2"]
PC2 = ["-M", "pc", "-smp", "2,maxcpus=4"]
Q35 = ["-M", "q35", "-smp", "2,maxcpus=6"]
PS = ["-M", "pseries", "-smp", "2,maxcpus=4"]
PS9 = ["-M", "pseries", "-cpu", "power9_v2.0", "-smp", "2,maxcpus=4"]
CPU = "/sys/devices/system/cpu"

cases = []


def case(cid, args, lines, binary=None, note=None, steps=None):
    c = {"id": cid, "binary": binary or ("ppc64" if "pseries" in args else "x86_64"), "args": args,
         "guest": dict(G), "steps": steps if steps is not None else [{"guest": l} for l in lines]}
    if note:
        c["note"] = note
    cases.append(c)


def g(line):
    return {"guest": line}


x86_add = lambda cid, core, sock=0, thread=0: {
    "qmp": {"execute": "device_add", "arguments": {"driver": "qemu64-x86_64-cpu", "id": cid, "socket-id": sock,
                                                   "core-id": core, "thread-id": thread}},
    "until_event": "ACPI_DEVICE_OST"}
ps_add = lambda cid, core: {"qmp": {"execute": "device_add", "arguments": {
    "driver": "power9_v2.0-spapr-cpu-core", "id": cid, "core-id": core}}}

# --- grep on /proc/cpuinfo and sysfs ---
for name, args in (("pc", PC), ("q35", Q35), ("ps", PS)):
    case(f"gs-{name}-grep-cpuinfo", args, [
        "grep -c processor /proc/cpuinfo",
        "grep -c ^processor /proc/cpuinfo",
        "grep -E '^(processor|cpu)' /proc/cpuinfo",
        "grep -i 'MODEL' /proc/cpuinfo | head -n 2",
        "grep -ci cpu /proc/cpuinfo",
        "grep -v '^$' /proc/cpuinfo | wc -l",
        "grep -n processor /proc/cpuinfo",
        "grep -w cpu /proc/cpuinfo | tail -n 1",
        "grep -o 'processor.*' /proc/cpuinfo | sort -r",
        "grep -q processor /proc/cpuinfo && echo found || echo missing",
        "grep -x 'processor\t: 0' /proc/cpuinfo",
        "grep -e processor -e revision /proc/cpuinfo | head -n 3",
    ], note="grep's options over /proc/cpuinfo")
    case(f"gs-{name}-grep-sysfs", args, [
        f"grep . {CPU}/online {CPU}/possible {CPU}/present {CPU}/offline",
        f"grep -H . {CPU}/online",
        f"grep -h . {CPU}/cpu*/topology/core_id",
        f"grep -l 1 {CPU}/cpu*/online",
        f"grep -L 1 {CPU}/cpu*/online",
        f"grep -c . {CPU}/cpu0/topology/*",
        f"grep -s . {CPU}/cpu9/online; echo $?",
        f"grep . {CPU}/cpu9/online; echo $?",
        f"grep -A1 core_id {CPU}/cpu0/topology/* | head -n 4",
        f"grep -E -c '^[0-9]+$' {CPU}/cpu*/topology/core_id",
    ], note="grep over sysfs files: file names, counts, exit statuses")

# --- pipes through the text tools ---
for name, args in (("pc", PC), ("q35", Q35), ("ps", PS)):
    case(f"gs-{name}-pipes", args, [
        "cat /proc/cpuinfo | grep processor | wc -l",
        "cat /proc/cpuinfo | head -n 3",
        "cat /proc/cpuinfo | tail -n 4",
        "head -n 2 /proc/cpuinfo | tail -n 1",
        "grep processor /proc/cpuinfo | cut -d: -f2",
        "grep processor /proc/cpuinfo | cut -d: -f2 | tr -d ' ' | sort -rn",
        "grep -v '^$' /proc/cpuinfo | cut -f1 | sort | uniq -c | sort -rn | head -n 3",
        "wc -l /proc/cpuinfo",
        "wc -w < /proc/cpuinfo",
        "wc /proc/cpuinfo",
        "cat /proc/cpuinfo | awk -F: '/processor/ {print $2}'",
        "awk '/^processor/ {n++} END {print n \" CPUs\"}' /proc/cpuinfo",
        "sed -n '1,2p' /proc/cpuinfo",
        "sed 's/processor/CPU/' /proc/cpuinfo | grep -c CPU",
        "ls " + CPU + " | grep -c '^cpu[0-9]'",
        "ls " + CPU + " | head -n 3",
        "ls " + CPU + " | sort -r | head -n 2",
    ], note="pipelines over /proc/cpuinfo and sysfs")

# --- loops over /sys ---
for name, args in (("pc", PC), ("q35", Q35), ("ps", PS)):
    case(f"gs-{name}-loops", args, [
        f"for f in {CPU}/cpu[0-9]*; do echo $f; done",
        f"for f in {CPU}/cpu[0-9]*/online; do echo \"$f: $(cat $f)\"; done",
        f"for c in {CPU}/cpu[0-9]*; do echo \"$(basename $c) $(cat $c/online 2>/dev/null || echo boot)\"; done",
        f"for c in {CPU}/cpu*; do [ -d $c/topology ] && echo ${{c##*/}} core $(cat $c/topology/core_id); done",
        f"n=0; for c in {CPU}/cpu[0-9]*; do n=$((n+1)); done; echo $n CPUs",
        f"cat {CPU}/online | tr , '\\n' | while read r; do echo range $r; done",
        f"i=0; while [ $i -lt 3 ]; do echo cpu$i $(cat {CPU}/cpu$i/topology/core_siblings_list 2>&1); i=$((i+1)); done",
        f"for n in 0 1 2 9; do if [ -e {CPU}/cpu$n ]; then echo cpu$n here; else echo cpu$n absent; fi; done",
        f"case $(cat {CPU}/online) in 0) echo one;; 0-*) echo several;; *) echo other;; esac",
        f"ls {CPU} | while read e; do case $e in cpu[0-9]*) echo $e;; esac; done | wc -l",
    ], note="for/while/case over sysfs, $(...), arithmetic")

# --- online/offline by hand with the shell's error paths ---
case("gs-pc-online-offline", PC, [
    f"echo 0 > {CPU}/cpu3/online && echo done",
    f"cat {CPU}/online {CPU}/offline",
    f"echo 0 > {CPU}/cpu0/online; echo $?",
    f"echo 2 > {CPU}/cpu1/online || echo refused $?",
    f"echo 1 > {CPU}/cpu7/online; echo $?",
    f"echo 1 > {CPU}/online",
    f"printf 1 > {CPU}/cpu3/online; echo $?",
    f"grep . {CPU}/cpu*/online",
    f"nproc; nproc --all; nproc --ignore=1",
    f"echo off > {CPU}/cpu2/online; cat {CPU}/cpu2/online",
    f"echo on > {CPU}/cpu2/online; cat {CPU}/cpu2/online",
], note="writes to cpuN/online: exit statuses and ash's messages")
case("gs-ps-online-offline", PS, [
    f"echo 0 > {CPU}/cpu1/online && cat {CPU}/online",
    f"echo 0 > {CPU}/cpu0/online; echo $?",
    f"echo 1 > {CPU}/cpu3/online; echo $?",
    f"cat {CPU}/offline {CPU}/present",
    f"echo 1 > {CPU}/cpu1/online; nproc",
    f"cat {CPU}/cpu3/physical_id {CPU}/cpu1/physical_id",
], note="pseries online/offline by hand")

# --- hotplug, then the shell ---
case("gs-pc-hotplug-shell", PC, [], steps=[
    g(f"cat {CPU}/present"),
    x86_add("cpu4", 0, 1, 0),
    g(f"cat {CPU}/present {CPU}/online"),
    g(f"ls {CPU} | grep -c '^cpu[0-9]'"),
    g(f"for c in {CPU}/cpu[0-9]*; do echo ${{c##*/}} $(cat $c/online 2>/dev/null); done"),
    g(f"echo 1 > {CPU}/cpu4/online && nproc"),
    g("grep -c processor /proc/cpuinfo"),
    g(f"cat {CPU}/cpu4/topology/physical_package_id {CPU}/cpu4/topology/core_siblings_list"),
    g(f"cat {CPU}/cpu0/cache/index3/shared_cpu_list"),
], note="device_add, then the learner looks and onlines the CPU")
case("gs-q35-hotplug-loop", Q35, [], steps=[
    x86_add("cpu2", 2), x86_add("cpu3", 3),
    g(f"for c in {CPU}/cpu[0-9]*; do [ \"$(cat $c/online 2>/dev/null)\" = 0 ] && echo 1 > $c/online && echo onlined ${{c##*/}}; done"),
    g(f"cat {CPU}/online; nproc"),
    g("awk '/processor/ {print $3}' /proc/cpuinfo | tr '\\n' ' '; echo"),
], note="a loop that onlines every offline CPU")
case("gs-ps-hotplug-shell", PS9, [], steps=[
    ps_add("core2", 2),
    g(f"cat {CPU}/online {CPU}/present"),
    g(f"grep . {CPU}/cpu*/physical_id"),
    g("ls /proc/device-tree/cpus | grep PowerPC"),
    g("grep -c processor /proc/cpuinfo"),
    g(f"cat {CPU}/cpu2/topology/core_id"),
], note="pseries core added by device_add, seen from the shell")

# --- errors, missing tools, exit statuses ---
for name, args in (("pc", PC2), ("ps", PS)):
    case(f"gs-{name}-errors", args, [
        "lscpu", "chcpu -e 1", "numactl --hardware", "lscpu; echo $?",
        "cat /sys/devices/system/cpu/cpu9/online", "cat /nonexistent; echo $?",
        "ls /sys/devices/system/cpu/cpu9", "ls /nope /sys/devices/system/cpu/online; echo $?",
        "cat /sys/devices/system/cpu", "head /sys/devices/system/cpu", "cd /nope",
        "cd /sys/devices/system/cpu; pwd; ls | head -n 2; cd /", "grep", "head -n x /proc/cpuinfo",
        "nproc --foo", "frobnicate; echo $?", "/sys/devices/system/cpu/online; echo $?",
        "echo x > /proc/cpuinfo", "sort --x", "true && false || echo status $?",
    ], note="missing tools and files: busybox's and ash's own messages")
case("gs-pc-syntax", PC2, [
    "for", "if true then echo y; fi", "echo )", "done", "echo a; ; echo b", "case x in", "esac",
    "echo $((1/0))", "echo ${x?not set}", "echo $((2+))", "[ 1 -eq x ]; echo $?", "[ 1 = 1; echo $?",
    "test -d /sys && echo dir", "x=5; echo $((x * 2 + 1))",
], note="syntax errors and expansion errors (ash's texts, $? = 2)")
case("gs-pc-continuation", PC2, [
    "for f in /sys/devices/system/cpu/cpu[0-9]*; do", "echo $f", "done",
    "echo 'two", "lines'", "echo ok",
], note="an unfinished line gets the PS2 prompt; the recorder waits for guest# in vain")

# --- redirections, tee, files in /tmp ---
for name, args in (("pc", PC2), ("q35", Q35), ("ps", PS)):
    case(f"gs-{name}-redirect", args, [
        "cat /proc/cpuinfo > /tmp/ci; wc -l < /tmp/ci",
        "grep processor /proc/cpuinfo >> /tmp/ci; tail -n 2 /tmp/ci",
        "cat /nope 2>/dev/null || echo hidden",
        "cat /nope 2>&1 | wc -l",
        "ls /sys/devices/system/cpu > /tmp/l; grep -c cpu /tmp/l",
        "cat /sys/devices/system/cpu/online | tee /tmp/o; cat /tmp/o",
        "echo 1 > /tmp/x; cat /tmp/x; rm /tmp/x; cat /tmp/x",
        "mkdir /tmp/d && ls /tmp",
        "> /tmp/empty; wc -c /tmp/empty",
        "echo hi > /nonexistent/dir/f",
        "cat < /nonexistent",
        "sort -u /tmp/l | head -n 3",
    ], note="redirections and /tmp")

# --- topology, caches, NUMA nodes ---
for name, args in (("pc", PC), ("q35", Q35), ("ps", PS)):
    case(f"gs-{name}-topology", args, [
        f"grep . {CPU}/cpu0/topology/*",
        f"cat {CPU}/cpu1/topology/core_siblings_list {CPU}/cpu1/topology/thread_siblings_list",
        f"ls {CPU}/cpu0/cache",
        f"grep . {CPU}/cpu0/cache/index0/*",
        f"cat {CPU}/cpu*/cache/index1/size | sort | uniq -c",
        "cat /sys/devices/system/node/online /sys/devices/system/node/node0/cpulist",
        "ls /sys/devices/system/node | grep node",
        f"cat {CPU}/smt/control {CPU}/kernel_max",
        f"ls {CPU}/cpu1",
        f"ls {CPU}/cpuidle",
        f"cat {CPU}/cpu1/hotplug/state",
        f"cat {CPU}/vulnerabilities/meltdown {CPU}/vulnerabilities/spectre_v1",
    ], note="sysfs topology, caches, nodes")

# --- awk and sed as learners write them ---
for name, args in (("pc", PC), ("q35", Q35), ("ps", PS)):
    case(f"gs-{name}-awk-sed", args, [
        "awk -F: '/processor/ {print $2}' /proc/cpuinfo",
        "awk 'NR==1' /proc/cpuinfo",
        "awk 'END {print NR}' /proc/cpuinfo",
        "awk '{print NF}' /proc/cpuinfo | sort -n | uniq | tail -n 1",
        "awk -F'\\t' 'NF>1 {print $1}' /proc/cpuinfo | sort -u | head -n 4",
        "awk '{ s += length($0) } END { print s }' /proc/cpuinfo",
        "awk 'BEGIN { printf \"%05.1f|%-4s|\\n\", 3.14159, \"ab\" }'",
        "awk 'BEGIN { print 2^3 }'",
        "sed -n '/processor/p' /proc/cpuinfo",
        "sed -n '$p' /proc/cpuinfo",
        "sed '/^$/d' /proc/cpuinfo | wc -l",
        "sed -E 's/^([a-z]+).*/\\1/' /proc/cpuinfo | sort -u | head -n 3",
        f"sed 's/-/ to /' {CPU}/possible",
        "sed 'k' /proc/cpuinfo",
    ], note="awk and sed one-liners")

# --- dmesg: the boot's CPU lines ---
for name, args in (("pc", PC), ("q35", Q35), ("ps", PS), ("pc2", PC2)):
    case(f"gs-{name}-dmesg", args, [
        "dmesg | grep -c smpboot",
        "dmesg | grep 'smp:'",
        "dmesg | grep -i 'brought up'",
        "dmesg | grep nr_cpu_ids | head -n 1",
    ], note="the boot log's CPU lines through grep")

# --- misc builtins and applets ---
for name, args in (("pc", PC2), ("q35", Q35), ("ps", PS)):
    case(f"gs-{name}-misc", args, [
        "echo $0 $# $?", "type ls cd lscpu", "which nproc grep lscpu; echo $?", "seq 3 | tr '\\n' ,; echo",
        "seq -s ' ' 0 2 6", "printf '%s:%d\\n' cpu 0 cpu 1", "expr 2 + 3", "basename /sys/devices/system/cpu/cpu0",
        "dirname /sys/devices/system/cpu/cpu0/online", "readlink /sys/devices/system/cpu/cpu0/subsystem",
        "readlink -f /sys/bus/cpu/devices/cpu0", "id", "whoami", "uname -m", "uname -r", "uname -s -n",
        "cat /proc/version", "echo -e 'a\\tb'", "echo -n no newline; echo", "f() { echo args $#: $*; }; f a b c",
        "x=1; y=$((x+1)); echo $x $y", "busybox | head -n 1", "busybox --list | wc -l",
        "false; echo $?; true; echo $?",
    ], note="builtins and small applets")

# --- read loops over /proc/cpuinfo ---
for name, args in (("pc", PC), ("ps", PS)):
    case(f"gs-{name}-read", args, [
        "while read k v; do [ \"$k\" = processor ] && echo cpu $v; done < /proc/cpuinfo",
        "while IFS=: read k v; do case $k in processor*) echo \"[$v]\";; esac; done < /proc/cpuinfo",
        "grep processor /proc/cpuinfo | while read a b c; do echo $c; done",
        "read first rest < /proc/cpuinfo; echo \"$first|$rest\"",
        "set -- $(cat /sys/devices/system/cpu/online | tr - ' '); echo $# first=$1",
    ], note="read loops and positional parameters")

# --- ls early, with a fixed clock (file times are the guest's clock) ---
case("gs-pc-ls-l", ["-M", "pc", "-smp", "2,maxcpus=4", "-rtc", "base=2025-03-01T10:00:00"], [
    f"ls -l {CPU}/cpu1/topology | head -n 4",
    f"ls -l {CPU}/cpu1",
    f"ls -ld {CPU}/cpu0 {CPU}/online",
    "ls -l /bin/busybox /bin/sh /bin/ls",
], note="ls -l with -rtc base: the first minute's times")
case("gs-ps-ls-l", ["-M", "pseries", "-smp", "2,maxcpus=4", "-rtc", "base=2025-03-01T10:00:00"], [
    f"ls -l {CPU}/cpu1/topology | head -n 4",
    f"ls -l {CPU}/cpu3",
], note="ls -l on pseries: 64 KiB pages as attribute sizes")

# --- round gs2: the shell as learners use it around hotplug (loops that
# online/offline every CPU, the error cases, topology files, cpuinfo filters,
# nproc/getconf habits, functions, case, here-docs, xargs, printf widths,
# command -v/which/type for missing tools, /sys/bus/cpu, NUMA nodes, caches,
# and the same right after device_add/device_del on pc, q35 and pseries) ---
PC4 = ["-M", "pc", "-smp", "4,maxcpus=8"]
NUMA = ["-M", "pc", "-m", "256", "-smp", "4,maxcpus=8,sockets=2,cores=4",
        "-object", "memory-backend-ram,id=m0,size=128M", "-object", "memory-backend-ram,id=m1,size=128M",
        "-numa", "node,nodeid=0,cpus=0-3,memdev=m0", "-numa", "node,nodeid=1,cpus=4-7,memdev=m1"]
PSNUMA = ["-M", "pseries", "-m", "1G", "-smp", "2,maxcpus=4",
          "-object", "memory-backend-ram,id=m0,size=512M", "-object", "memory-backend-ram,id=m1,size=512M",
          "-numa", "node,nodeid=0,cpus=0-1,memdev=m0", "-numa", "node,nodeid=1,cpus=2-3,memdev=m1"]
HD = lambda line: {"guest": line, "timeout": 3}   # a here-doc's inner line: PS2, no prompt
x86_del = lambda cid: {"qmp": {"execute": "device_del", "arguments": {"id": cid}},
                       "until_event": ["ACPI_DEVICE_OST", "DEVICE_DELETED", "ACPI_DEVICE_OST"]}
ps_del = lambda cid: {"qmp": {"execute": "device_del", "arguments": {"id": cid}}, "until_event": "DEVICE_DELETED"}

for name, args in (("pc", PC4), ("q35", Q35), ("ps", PS)):
    case(f"gs2-{name}-offline-loop", args, [
        f"for f in {CPU}/cpu*/online; do echo 0 > $f; done; cat {CPU}/online",
        f"cat {CPU}/offline",
        f"for f in {CPU}/cpu*/online; do echo 1 > $f; done; cat {CPU}/online",
        f"for f in {CPU}/cpu*/online; do echo \"${{f%/online}}: $(cat $f)\"; done",
        f"for f in {CPU}/cpu*/online; do echo 2 > $f || echo \"refused $f\"; done",
        f"for f in {CPU}/cpu*/online; do [ -w $f ] && echo writable ${{f#{CPU}/}}; done",
        f"test -e {CPU}/cpu0/online && echo cpu0 has online || echo cpu0 has no online",
        f"[ -e {CPU}/cpu0/online ]; echo $?",
        "nproc; nproc --all",
    ], note="loops writing 0/1/2 to every online file")

case("gs2-pc-last-cpu", PC2, [
    f"echo 0 > {CPU}/cpu1/online; cat {CPU}/online {CPU}/offline",
    f"echo 0 > {CPU}/cpu0/online",
    f"ls {CPU}/cpu0 | grep -c online",
    "nproc",
    f"echo 1 > {CPU}/cpu1/online; echo $?; nproc",
    f"echo 1 > {CPU}/cpu1/online; echo $?",
    f"echo -1 > {CPU}/cpu1/online; echo $?",
    f"echo yes > {CPU}/cpu1/online; echo $?",
    f"echo > {CPU}/cpu1/online; echo $?",
], note="x86: cpu0 has no online file, so the last CPU is the boot CPU")
case("gs2-ps-last-cpu", PS, [
    f"echo 0 > {CPU}/cpu0/online; cat {CPU}/online",
    f"echo 0 > {CPU}/cpu1/online; echo $?",
    f"cat {CPU}/online {CPU}/offline",
    f"echo 2 > {CPU}/cpu0/online; echo $?",
    f"echo 1 > {CPU}/cpu0/online && cat {CPU}/online",
    f"echo 0 > {CPU}/cpu0/online; echo 0 > {CPU}/cpu1/online; echo $?; cat {CPU}/online",
    f"echo 1 > {CPU}/cpu0/online; nproc",
], note="pseries: cpu0 can go offline, the last one cannot")

for name, args in (("pc", PC), ("q35", Q35), ("ps", PS)):
    case(f"gs2-{name}-topo-files", args, [
        f"cat {CPU}/cpu0/topology/core_id {CPU}/cpu0/topology/physical_package_id",
        f"cat {CPU}/cpu*/topology/thread_siblings_list",
        f"cat {CPU}/cpu*/topology/core_cpus_list | sort -u",
        f"cat {CPU}/cpu0/topology/die_id {CPU}/cpu0/topology/die_cpus_list",
        f"for c in {CPU}/cpu[0-9]*; do printf '%-6s pkg=%s core=%s\\n' ${{c##*/}} $(cat $c/topology/physical_package_id) $(cat $c/topology/core_id); done",
        f"cat {CPU}/cpu1/topology/core_cpus {CPU}/cpu1/topology/package_cpus_list",
        f"ls {CPU}/cpu0/topology",
        f"cat {CPU}/cpu0/topology/cluster_id {CPU}/cpu0/topology/book_id",
        f"cat {CPU}/present {CPU}/possible {CPU}/online {CPU}/offline {CPU}/kernel_max",
        f"cat {CPU}/isolated {CPU}/nohz_full; echo $?",
    ], note="topology files one by one, and the cpu masks")

for name, args in (("pc", PC), ("q35", Q35), ("ps", PS)):
    case(f"gs2-{name}-cpuinfo-filter", args, [
        "grep -c ^processor /proc/cpuinfo",
        "grep -E 'model name|cpu family' /proc/cpuinfo | sort | uniq -c",
        "awk -F: '/model name/ {print $2; exit}' /proc/cpuinfo",
        "grep 'model name' /proc/cpuinfo | cut -d: -f2 | sort -u",
        # (a grep of "^(cpu|core|...)" was recorded too and taken out: its "cpu MHz" line
        # is the host's TSC calibration, different at each boot)
        "grep ^flags /proc/cpuinfo | head -n 1 | tr ' ' '\\n' | tail -n +3 | wc -l",
        "grep -o -w -E 'lm|sse2|hypervisor|vmx' /proc/cpuinfo | sort | uniq -c",
        "awk -F': ' '/^processor/ {p=$2} /^apicid/ {print p, $2}' /proc/cpuinfo",
        "cat /proc/cpuinfo | wc -l; head -n 5 /proc/cpuinfo | tail -n +2 | cut -c1-20",
        "sed -n 's/^processor\\t*: //p' /proc/cpuinfo | xargs",
        "grep -c processor /proc/cpuinfo | xargs -I{} echo {} cpus",
        "getconf _NPROCESSORS_ONLN; echo $?",
        "getconf _NPROCESSORS_CONF 2>&1 || nproc",
    ], note="cpuinfo filters: grep -E, awk -F:, sort | uniq -c, cut, xargs, getconf")

for name, args in (("pc", PC2), ("ps", PS)):
    case(f"gs2-{name}-tools", args, [
        "command -v lscpu || echo no lscpu",
        "command -v nproc taskset chcpu numactl; echo $?",
        "which lscpu chcpu numactl taskset drmgr; echo $?",
        "type taskset nproc drmgr",
        "for t in lscpu chcpu numactl taskset nproc getconf drmgr hwloc-ls; do command -v $t >/dev/null && echo \"$t: yes\" || echo \"$t: no\"; done",
        "taskset -p 1",
        "taskset -c 0 echo pinned; echo $?",
        "taskset 1 cat /sys/devices/system/cpu/online",
        "taskset -p 0 1; echo $?",
        "drmgr -c cpu -a -q 1; echo $?",
        "busybox getconf; echo $?",
        "busybox nproc",
    ], note="which tools the guest has: command -v, which, type, taskset")

for name, args in (("pc", PC2), ("ps", PS)):
    case(f"gs2-{name}-shell-habits", args, [
        "cpus() { grep -c ^processor /proc/cpuinfo; }; echo have $(cpus) cpus",
        "state() { case $(cat $1/online 2>/dev/null) in 1) echo on;; 0) echo off;; *) echo fixed;; esac; }; for c in /sys/devices/system/cpu/cpu[0-9]*; do echo ${c##*/} $(state $c); done",
        "n=$(nproc); m=$(ls -d /sys/devices/system/cpu/cpu[0-9]* | wc -l); echo $n of $m, $((m - n)) offline, $((n * 100 / m))%",
        "printf '%3d|%-5s|%05d|%x|%o\\n' 7 cpu 42 255 8",
        "printf '%s\\n' /sys/devices/system/cpu/cpu* | sed -n 's/.*cpu\\([0-9][0-9]*\\)$/\\1/p' | sort -n | tr '\\n' ' '; echo",
        "ls /sys/devices/system/cpu | xargs -n 4",
        "echo 0-3,5 | tr ',-' ' ~'",
        "cat /sys/devices/system/cpu/possible | tr -d '\\n' | wc -c",
        "i=0; while read line; do i=$((i+1)); done < /proc/cpuinfo; echo $i lines",
        "echo $((0x10)) $((8 % 3)) $((1 << 4)) $((7 / 2)) $(( -5 + 2 ))",
        "v=$(cat /sys/devices/system/cpu/kernel_max); echo max $((v + 1))",
    ], note="functions, case, arithmetic, printf widths, xargs, tr, sed -n s///p")

for name, args in (("pc", PC2), ("ps", PS)):
    case(f"gs2-{name}-heredoc", args, [], steps=[
        HD("cat <<EOF"), HD("online: $(cat /sys/devices/system/cpu/online)"), g("EOF"),
        HD("cat <<'EOF'"), HD("no $(expansion) here"), g("EOF"),
        HD("while read f; do echo \"$f=$(cat /sys/devices/system/cpu/$f)\"; done <<EOF"),
        HD("present"), HD("possible"), g("EOF"),
        HD("wc -l <<-END"), HD("\tone"), HD("\ttwo"), g("\tEND"),
        g("grep -c x <<< 'xyz'"),
    ], note="here-docs typed line by line (PS2 until the delimiter)")

case("gs2-pc-bus-cpu", PC, [
    "ls /sys/bus/cpu/devices",
    "ls /sys/bus/cpu/devices | wc -l",
    "ls /sys/bus/cpu",
    "ls /sys/bus/cpu/drivers",
    "cat /sys/bus/cpu/devices/cpu1/online",
    "for d in /sys/bus/cpu/devices/*; do echo $(basename $d) $(basename $(readlink -f $d)); done",
    f"ls {CPU}/cpu0/cache/index*/ -d",
    f"for i in {CPU}/cpu0/cache/index*; do printf '%s L%s %-12s %s\\n' ${{i##*/}} $(cat $i/level) $(cat $i/type) $(cat $i/size); done",
    f"cat {CPU}/cpu0/cache/index2/shared_cpu_map {CPU}/cpu0/cache/index2/ways_of_associativity {CPU}/cpu0/cache/index2/coherency_line_size",
    f"cat {CPU}/cpu*/cache/index3/shared_cpu_list | sort | uniq -c",
    f"ls {CPU}/cpu0/cache/index0",
], note="/sys/bus/cpu and the cache folders")
case("gs2-ps-bus-cpu", PS, [
    "ls /sys/bus/cpu/devices",
    "ls /sys/bus/cpu/devices | wc -l",
    "for d in /sys/bus/cpu/devices/*; do echo ${d##*/} $(cat $d/online); done",
    f"ls {CPU}/cpu0/cache",
    f"for i in {CPU}/cpu0/cache/index*; do echo ${{i##*/}} $(cat $i/level) $(cat $i/type) $(cat $i/size 2>&1); done",
    f"ls {CPU}/cpu0",
    f"cat {CPU}/cpu0/physical_id {CPU}/cpu1/physical_id {CPU}/cpu2/physical_id",
    f"cat {CPU}/cpu2/online {CPU}/cpu3/online",
], note="pseries: /sys/bus/cpu and caches")

for name, args in (("pc", NUMA), ("ps", PSNUMA)):
    case(f"gs2-{name}-numa", args, [
        "ls /sys/devices/system/node",
        "cat /sys/devices/system/node/online /sys/devices/system/node/possible",
        "for n in /sys/devices/system/node/node*; do echo ${n##*/}: $(cat $n/cpulist); done",
        "cat /sys/devices/system/node/node1/cpumap",
        "ls /sys/devices/system/node/node0 | grep cpu",
        "ls -d /sys/devices/system/cpu/cpu0/node*",
        "cat /sys/devices/system/node/has_cpu /sys/devices/system/node/has_normal_memory",
        "numactl -H; echo $?",
        "dmesg | grep -i -E 'numa|node [0-9]' | grep -v -i mem | head -n 5",
    ], note="NUMA nodes given with -numa")

# hotplug, then the shell
case("gs2-pc-add-loop", PC4, [], steps=[
    x86_add("cpu4", 4, 0, 0),
    g(f"for f in {CPU}/cpu*/online; do echo ${{f%/online}} $(cat $f); done"),
    g(f"cat {CPU}/present {CPU}/online {CPU}/offline"),
    g(f"for f in {CPU}/cpu*/online; do [ $(cat $f) = 0 ] && echo 1 > $f; done; cat {CPU}/online"),
    g(f"grep . {CPU}/cpu4/topology/core_id {CPU}/cpu4/topology/physical_package_id {CPU}/cpu4/topology/thread_siblings_list"),
    g("grep -c ^processor /proc/cpuinfo; nproc"),
    g("dmesg | grep -E 'hot-added|Booting Node|hotplugged' "),
    x86_del("cpu4"),
    g(f"cat {CPU}/present {CPU}/online; ls /sys/bus/cpu/devices | wc -l"),
    g("dmesg | tail -n 2 | grep -c offline"),
], note="pc: device_add, online with a loop, device_del, look again")
case("gs2-q35-add-offline-del", Q35, [], steps=[
    x86_add("cpu2", 2),
    g(f"ls {CPU} | grep -E '^cpu[0-9]+$' | xargs"),
    g(f"echo 1 > {CPU}/cpu2/online; cat {CPU}/online"),
    g(f"echo 0 > {CPU}/cpu2/online; cat {CPU}/online {CPU}/offline"),
    x86_del("cpu2"),
    g(f"ls {CPU} | grep -E '^cpu[0-9]+$' | xargs; cat {CPU}/present"),
    g(f"test -e {CPU}/cpu2 && echo still there || echo gone"),
    g("grep -c ^processor /proc/cpuinfo"),
], note="q35: add, online, offline by hand, then unplug the offline CPU")
case("gs2-pc-del-boot", PC4, [], steps=[
    g(f"cat {CPU}/online"),
    {"qmp": {"execute": "query-hotpluggable-cpus"}, "grep": "qom-path"},
    g(f"echo 0 > {CPU}/cpu3/online; cat {CPU}/online"),
    g(f"cat {CPU}/present; cat {CPU}/cpu3/online"),
    x86_del("/machine/unattached/device[3]"),
    g(f"cat {CPU}/present {CPU}/online; ls /sys/bus/cpu/devices | xargs"),
    g(f"cat {CPU}/cpu2/topology/core_cpus_list {CPU}/cpu2/topology/die_id"),
], note="pc: offline a boot CPU by hand, then unplug it by its QOM path")
case("gs2-ps-add-del", PS9, [], steps=[
    g(f"cat {CPU}/present {CPU}/online"),
    ps_add("core2", 2),
    g(f"cat {CPU}/present {CPU}/online"),
    g(f"for c in {CPU}/cpu[0-9]*; do echo ${{c##*/}} $(cat $c/online) $(cat $c/physical_id); done"),
    g("command -v drmgr || echo no drmgr; ls /proc/device-tree/cpus | grep -c PowerPC"),
    g("dmesg | grep -i -E 'drc|dlpar|hotplug' | head -n 5"),
    ps_del("core2"),
    g(f"cat {CPU}/present {CPU}/online {CPU}/offline"),
    g("ls /proc/device-tree/cpus | grep PowerPC | xargs"),
    g("dmesg | grep -i -E 'drc|dlpar|hotplug' | head -n 5"),
], note="pseries: add and delete a core with the shell in between")
case("gs2-ps-del-offline-first", PS9, [], steps=[
    ps_add("core3", 3),
    g(f"for f in {CPU}/cpu*/online; do echo ${{f#{CPU}/}} $(cat $f); done"),
    g(f"echo 0 > {CPU}/cpu2/online; cat {CPU}/online"),
    ps_del("core3"),
    g(f"cat {CPU}/online {CPU}/present; grep -c ^processor /proc/cpuinfo"),
], note="pseries: the guest offlines the added core's CPU before the unplug")

# --- round gs3: counting CPUs the ways blog posts do (grep -c, awk, sed,
# nproc, brace lists ash does not expand), walking sysfs (find's readdir
# order, ls -1, stat -c without times, readlink, basename/dirname, test -e/-w
# as root), ash's string and arithmetic expansions, seq, tee, printf with
# several arguments, cat -n, sort -n -t, uniq -d, paste -sd, tr -d, od and
# hexdump of small sysfs files, the NUMA node folder listed whole, and the
# same around device_add/device_del on pc, q35 and pseries (pseries: add only,
# QEMU 10.0's unplug crash) ---
PSNODE = ["-M", "pseries", "-smp", "2,maxcpus=4"]
for name, args in (("pc", PC4), ("q35", Q35), ("ps", PS)):
    case(f"gs3-{name}-count", args, [
        "grep -c ^processor /proc/cpuinfo",
        "awk '/^processor/{n++} END{print n}' /proc/cpuinfo",
        "sed -n '/^processor/p' /proc/cpuinfo | wc -l",
        "nproc; nproc --all",
        f"cat {CPU}/{{online,offline,possible,present,kernel_max}}",
        f"for f in online offline possible present kernel_max; do printf '%-10s %s\\n' $f \"$(cat {CPU}/$f)\"; done",
        f"echo $(( $(cat {CPU}/kernel_max) + 1 ))",
        f"ls {CPU} | grep -c '^cpu[0-9]'",
        "grep processor /proc/cpuinfo | tail -n 1 | awk '{print $3}'",
        "awk -F': ' '/^processor/{last=$2} END{print last + 1}' /proc/cpuinfo",
        "grep -m 1 -E '^(model name|cpu)\\s' /proc/cpuinfo",
        "awk -F'\\t*: ' '$1==\"processor\"{printf \"%s \", $2} END{print \"\"}' /proc/cpuinfo",
    ], note="counting CPUs as blog posts do; brace lists are not expanded by ash")
    case(f"gs3-{name}-walk", args, [
        f"for c in {CPU}/cpu[0-9]*; do echo \"$(basename $c): $(cat $c/online 2>/dev/null || echo n/a)\"; done",
        f"find {CPU} -maxdepth 1 -name 'cpu*'",
        f"find {CPU} -maxdepth 1 -name 'cpu[0-9]*' | sort",
        f"find {CPU}/cpu1 -maxdepth 1 -type f | sort",
        f"find {CPU}/cpu1/topology -type f | wc -l",
        f"ls -1 {CPU}/cpu1/topology",
        f"ls -1d {CPU}/cpu*/online",
        f"readlink -f /sys/bus/cpu/devices/cpu1",
        f"readlink /sys/bus/cpu/devices/cpu1; readlink {CPU}/cpu1/subsystem",
        f"basename {CPU}/cpu1/online; dirname {CPU}/cpu1/online; basename cpu1.txt .txt",
        f"test -e {CPU}/cpu0/online; echo $?",
        f"[ -w {CPU}/online ] && echo writable; [ -f {CPU}/online ]; echo $?; [ -d {CPU}/cpu1 ] && echo dir",
        f"stat -c '%n %s %A' {CPU}/online {CPU}/cpu1/online",
        f"stat -c '%F' {CPU}/cpu1 {CPU}/online /sys/bus/cpu/devices/cpu1",
    ], note="walking sysfs: find, ls -1, readlink, basename, test, stat without times")
    case(f"gs3-{name}-strings", args, [
        f"x={CPU}/cpu3/online; echo ${{#x}} ${{x%/*}} ${{x##*/}} ${{x#/sys/}}",
        "c=cpu12; echo ${c#cpu} $(( ${c#cpu} * 2 )) ${c%2}",
        f"o=$(cat {CPU}/possible); echo \"first=${{o%%-*}} last=${{o##*-}}\"",
        "n=$(nproc); i=0; while [ $i -lt $n ]; do printf '%s ' cpu$i; i=$((i+1)); done; echo",
        "seq 0 $(( $(nproc) - 1 ))",
        "seq -s, 0 3; seq 3 -1 1 | tr '\\n' ' '; echo",
        f"for i in $(seq 0 5); do [ -d {CPU}/cpu$i ] && echo cpu$i present || echo cpu$i absent; done",
        f"printf '%s=%s\\n' online $(cat {CPU}/online) present $(cat {CPU}/present)",
        "printf '%-6s|%3d|%x\\n' cpu 4 255 node 1 16",
        "s=0-3,5; echo ${s//,/ } ${s/-/ to } ${s:2:3}",
        "echo ${undefined:-default} ${#undefined} ${undefined:+set}x",
        "a=5; b=3; echo $((a*b)) $((a>b)) $((a==b ? 1 : 2)) $((a--)) $a $((++b))",
        "echo $(( 2 ** 10 ))",
        "x=abc; echo ${x^^} 2>&1; echo $?",
    ], note="ash's string ops and arithmetic, seq, printf with several arguments")
for name, args in (("pc", PC4), ("ps", PS)):
    case(f"gs3-{name}-text", args, [
        "grep processor /proc/cpuinfo | cat -n",
        f"cat -n {CPU}/online {CPU}/possible",
        f"grep . {CPU}/cpu*/topology/core_id | sort -n -t: -k2",
        f"grep . {CPU}/cpu*/topology/core_id | sort -t: -k2,2nr -k1",
        f"grep -h . {CPU}/cpu*/topology/physical_package_id | uniq -d",
        f"grep -h . {CPU}/cpu*/topology/core_id | sort -n | uniq -c",
        f"ls {CPU} | grep '^cpu[0-9]' | paste -sd,",
        f"ls {CPU} | grep '^cpu[0-9]' | paste -s -d ' '",
        f"cat {CPU}/online | tr -d '\\n'; echo '<'",
        f"tr -d '-' < {CPU}/possible",
        f"od -c {CPU}/online",
        f"od -An -tx1 {CPU}/possible",
        f"hexdump -C {CPU}/present",
        f"xxd {CPU}/kernel_max",
        f"wc -c {CPU}/online {CPU}/cpu0/topology/core_id",
        f"cat {CPU}/online | tee /dev/null",
    ], note="text tools: cat -n, sort -n -t, uniq -d, paste -sd, tr -d, od, hexdump, xxd, wc -c")
case("gs3-pc-node", PC4, [
    "ls /sys/devices/system/node",
    "ls /sys/devices/system/node/node0",
    "ls -1 /sys/devices/system/node/node0 | wc -l",
    "cat /sys/devices/system/node/node0/cpulist /sys/devices/system/node/node0/distance",
    "readlink /sys/devices/system/node/node0/cpu1",
    f"ls {CPU}/cpu1 | grep node; ls {CPU}/cpu1/node0 | head -n 3",
    "ls /sys/devices/system/node/node0/hugepages",
], note="the NUMA node folder of a machine without -numa, listed whole")
case("gs3-pc-numa-node", NUMA, [
    "ls /sys/devices/system/node/node0",
    "ls /sys/devices/system/node/node1",
    "for n in /sys/devices/system/node/node[0-9]*; do echo ${n##*/} $(ls $n | grep -c '^cpu[0-9]') cpus; done",
    "cat /sys/devices/system/node/node1/distance",
], note="the NUMA node folders with -numa, listed whole")
case("gs3-ps-node", PSNUMA, [
    "ls /sys/devices/system/node",
    "ls /sys/devices/system/node/node0",
    "ls /sys/devices/system/node/node1",
    "cat /sys/devices/system/node/node0/cpulist /sys/devices/system/node/node1/cpulist",
    "cat /sys/devices/system/node/node0/distance",
], note="pseries NUMA node folders, listed whole")

# hotplug, then the shell
case("gs3-pc-add-tee", PC4, [], steps=[
    x86_add("cpu4", 4, 0, 0),
    g(f"ls /sys/devices/system/node/node0 | grep '^cpu[0-9]' | paste -sd' '"),
    g(f"echo 1 | tee {CPU}/cpu4/online"),
    g("dmesg | grep -i cpu | tail -n 3"),
    g(f"cat {CPU}/online; nproc; grep -c ^processor /proc/cpuinfo"),
    g(f"echo 0 | tee {CPU}/cpu4/online; cat {CPU}/offline"),
    g("dmesg | grep -i cpu | tail -n 1"),
    g(f"find {CPU} -maxdepth 1 -name 'cpu[0-9]*' | sort | paste -sd,"),
    x86_del("cpu4"),
    g(f"test -e {CPU}/cpu4; echo $?; ls /sys/devices/system/node/node0 | grep -c '^cpu[0-9]'"),
    g(f"cat {CPU}/present {CPU}/offline | od -c"),
], note="pc: device_add, online and offline with tee, dmesg, device_del")
case("gs3-pc-add-two", PC, [], steps=[
    x86_add("cpu5", 1, 1, 0),
    x86_add("cpu6", 0, 1, 0),
    g("nproc; nproc --all; grep -c ^processor /proc/cpuinfo"),
    g(f"for c in $(seq 4 5); do echo 1 > {CPU}/cpu$c/online; echo cpu$c $?; done"),
    g("nproc; awk '/^processor/{n++} END{print n}' /proc/cpuinfo"),
    g("awk -F': ' '/^(processor|apicid|core id|physical id)/{printf \"%s%s\", $2, ($1 ~ /apicid/ ? \"\\n\" : \" \")}' /proc/cpuinfo"),
    g(f"grep . {CPU}/cpu[45]/topology/core_id {CPU}/cpu[45]/topology/physical_package_id"),
    g("grep processor /proc/cpuinfo | cat -n | tail -n 2"),
    g("dmesg | grep -E 'hot-added|Booting Node' | sed 's/^\\[TIME\\] //; s/^\\[ *[0-9.]*\\] //'"),
    g(f"hexdump -C {CPU}/online"),
], note="pc: two CPUs in another socket, onlined in a seq loop; cpuinfo ids")
case("gs3-q35-add-states", Q35, [], steps=[
    x86_add("cpu2", 2),
    g(f"cat {CPU}/cpu2/online; od -c {CPU}/offline"),
    g(f"echo 1 > {CPU}/cpu2/online; echo $?"),
    g(f"echo 1 > {CPU}/cpu2/online; echo $?"),
    g(f"echo 2 > {CPU}/cpu2/online; echo $?"),
    g(f"echo on > {CPU}/cpu2/online; echo $?"),
    g(f"hexdump -C {CPU}/offline; cat {CPU}/online"),
    g(f"[ $(cat {CPU}/cpu2/online) -eq 1 ] && echo cpu2 is up"),
    x86_del("cpu2"),
    g(f"cat {CPU}/online {CPU}/present; ls -1 {CPU} | grep -c '^cpu[0-9]'"),
    g("dmesg | grep -i -E 'offline|hot-added' | tail -n 2"),
], note="q35: write 1 twice, 2 and 'on' to online; unplug the online CPU")
case("gs3-ps-add", PS9, [], steps=[
    g(f"cat {CPU}/present {CPU}/online"),
    ps_add("core2", 2),
    g(f"for c in {CPU}/cpu[0-9]*; do echo \"$(basename $c) $(cat $c/online)\"; done"),
    g(f"find {CPU} -maxdepth 1 -name 'cpu[0-9]*' | sort | paste -sd' '"),
    g("ls /sys/devices/system/node/node0 | grep '^cpu'"),
    g("grep -c ^processor /proc/cpuinfo; nproc; awk '/^processor/{n++} END{print n}' /proc/cpuinfo"),
    g(f"echo 0 | tee {CPU}/cpu2/online; cat {CPU}/online {CPU}/offline"),
    g(f"echo 1 > {CPU}/cpu2/online; echo $?; cat {CPU}/online"),
    g(f"od -c {CPU}/present; readlink -f /sys/bus/cpu/devices/cpu2"),
], note="pseries: add a core (no unplug: QEMU 10.0's crash), then the shell")

# gs3m: measured around round gs3's node folder: the memory blocks a node
# links (block_size_bytes follows the firmware's memory nodes on pseries),
# what its hugepages and x86 folders hold
case("gs3m-ps-memory", PS, [
    "cat /sys/devices/system/memory/block_size_bytes",
    "ls /sys/devices/system/node/node0",
    "ls /sys/devices/system/node/node0/hugepages",
    "ls /sys/devices/system/memory | wc -l",
], note="pseries without -numa: memory blocks and hugepages of node0")
case("gs3m-ps-numa-memory", PSNUMA, [
    "cat /sys/devices/system/memory/block_size_bytes",
    "ls /sys/devices/system/node/node1/hugepages",
    "ls /sys/devices/system/memory",
], note="pseries -numa: memory blocks")
case("gs3m-pc-memory", ["-M", "pc", "-m", "300", "-smp", "2"], [
    "cat /sys/devices/system/memory/block_size_bytes",
    "ls /sys/devices/system/node/node0",
    "ls /sys/devices/system/node/node0/x86 /sys/devices/system/node/node0/hugepages",
    "ls /sys/devices/system/memory",
], note="pc -m 300: memory blocks of node0, its x86 folder")

# --- round gs4: scripts in the guest, as a learner writes one to online
# every new CPU: a file run with sh, by its path (no "#!": ash runs it
# through /proc/self/exe), sourced with "."; where their errors say they
# come from; sh -c, a piped script, a nested interactive sh left with exit.
ONLINE_ALL = ("printf 'for f in /sys/devices/system/cpu/cpu[0-9]*/online; do\\n"
              "  [ \"$(cat $f)\" = 0 ] && echo 1 > $f && echo \"onlined $f\"\\ndone\\n' > /tmp/online-all.sh")
case("gs4-pc-script-online", PC2, [], steps=[
    x86_add("cpu2", 2),
    x86_add("cpu3", 3),
    g(ONLINE_ALL),
    g("sh /tmp/online-all.sh; echo $?"),
    g(f"cat {CPU}/online"),
    g("printf 'echo $0 $# $1\\nnosuch\\ncd /nope\\necho $LINENO\\n' > /tmp/s.sh; sh /tmp/s.sh a; . /tmp/s.sh"),
    g("chmod +x /tmp/s.sh; /tmp/s.sh b; echo $?"),
    g("sh -c 'echo $((6*7))'; echo 'echo piped $SHLVL' | sh"),
    g("sh"),
    g("echo $SHLVL; exit 5"),
    g("echo $? $SHLVL"),
], note="pc: plug two CPUs, online them with a script; scripts' errors; a nested shell")
case("gs4-ps-script-online", PS9, [], steps=[
    ps_add("core2", 2),
    g(ONLINE_ALL),
    g("sh /tmp/online-all.sh; echo $?"),
    g(f"cat {CPU}/online; diff {CPU}/present {CPU}/online; echo $?"),
    g(f"cat {CPU}/online > /tmp/a; echo 0 > {CPU}/cpu2/online; cat {CPU}/online > /tmp/b; diff /tmp/a /tmp/b"),
], note="pseries: plug a core, online its threads with a script, compare with diff")

# --- round gs5: what a learner types next in the guest, measured before
# modelling: mounts, modules, /proc/interrupts' CPU columns, a CPU's uevent.
case("gs5-pc-system", PC2, [], steps=[
    g("mount"),
    g("cat /proc/mounts | wc -l; lsmod; echo $?"),
    g("head -n 1 /proc/interrupts"),
    g(f"cat {CPU}/cpu1/uevent; cat {CPU}/modalias | cut -c1-40"),
    x86_add("cpu2", 2),
    g("head -n 1 /proc/interrupts"),
    g(f"echo 1 > {CPU}/cpu2/online; head -n 1 /proc/interrupts"),
    g("df | head -n 3"),
], note="pc: mounts, modules, /proc/interrupts' columns around a plugged CPU")
case("gs5-ps-system", PS9, [], steps=[
    g("mount"),
    g("lsmod; echo $?"),
    g("head -n 1 /proc/interrupts"),
    g(f"cat {CPU}/cpu1/uevent"),
    ps_add("core2", 2),
    g("head -n 1 /proc/interrupts"),
], note="pseries: mounts, modules, /proc/interrupts' columns around a plugged core")

with open(OUT, "w") as f:
    for c in cases:
        f.write(json.dumps(c) + "\n")
print(len(cases), "cases,", sum(len(c["steps"]) for c in cases), "steps")
