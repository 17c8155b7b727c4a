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
addresses; reboot timing).

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

with open(OUT, "w") as f:
    for c in cases:
        f.write(json.dumps(c) + "\n")
print(len(cases), "cases,", sum(len(c["steps"]) for c in cases), "steps")
