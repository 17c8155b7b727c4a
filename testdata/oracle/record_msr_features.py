#!/usr/bin/env python3
"""Record which -cpu flags live in MSR feature words (VMX capabilities,
IA32_ARCH_CAPABILITIES, IA32_CORE_CAPABILITY, IA32_PERF_CAPABILITIES) and
their bits, into engine/release/<version>/msr-features-x86_64.txt:

    PATH=$QBIN:$PATH python3 testdata/oracle/record_msr_features.py engine/release/10.0

One run turns every flag `-cpu help` lists on over qemu64, except the
features the MSR words depend on (vmx, arch-capabilities, pdcm,
core-capability, and within VMX vmx-secondary-ctls, vmx-ept, vmx-vpid,
vmx-vmfunc): x86_cpu_expand_features then clears every MSR-word flag with
"This feature depends on other features that were not requested:
MSR(<index>H).<flag> [bit <n>]", which names its word and bit (a flag with
two bits prints twice). A second run turns on the VMX flags the others
depend on, without vmx, for theirs. A third turns every flag on, and TCG's
filter warns for each MSR flag bit it lacks. Each line of the file: flag,
word, bit, and "tcg-lacks" where TCG warned."""
import os, re, subprocess, sys

FROM = {"vmx", "arch-capabilities", "pdcm", "core-capability", "vmx-secondary-ctls", "vmx-ept", "vmx-vpid", "vmx-vmfunc"}


def flags():
    out = subprocess.run(["qemu-system-x86_64", "-cpu", "help"], capture_output=True, check=True).stdout.decode()
    listed = out.split("Recognized CPUID flags:", 1)[1].split()
    return sorted(set(listed) - FROM)


def warned(features, text):
    """(flag, word, bit) of each MSR flag bit whose warning starts with text
    when -cpu turns features on over qemu64."""
    cpu = "qemu64," + ",".join("+" + f for f in features)
    p = subprocess.run(["qemu-system-x86_64", "-M", "pc", "-nodefaults", "-display", "none", "-S", "-cpu", cpu,
                        "-monitor", "none", "-qmp", "stdio"],
                       input=b'{"execute":"qmp_capabilities"}\n{"execute":"quit"}\n', capture_output=True, timeout=60)
    rows = []
    for line in p.stderr.decode().splitlines():
        m = re.search(re.escape(text) + r" (MSR\(\w+\))\.(\S+) \[bit (\d+)\]$", line)
        if m:
            rows.append((m.group(2), m.group(1), m.group(3)))
    return rows


def cleared(features):
    """The MSR flag bits QEMU clears for want of their dependencies."""
    return warned(features, "depends on other features that were not requested:")


def main():
    out = sys.argv[1]
    # The VMX flags the others depend on, without vmx: cleared too.
    rows = cleared(flags()) + cleared(sorted(f for f in FROM if f.startswith("vmx-")))
    if not rows:
        raise SystemExit("no MSR flag was cleared")
    # Every flag on (what each needs too): TCG's filter names the ones it
    # lacks.
    tcg = set(warned(flags() + sorted(FROM), "TCG doesn't support requested feature:"))
    with open(os.path.join(out, "msr-features-x86_64.txt"), "w") as f:
        for r in rows:
            f.write("\t".join(r + (("tcg-lacks",) if r in tcg else ())) + "\n")
    print("msr-features-x86_64.txt: %d flag bits" % len(rows))


if __name__ == "__main__":
    main()
