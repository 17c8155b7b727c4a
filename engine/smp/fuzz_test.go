package smp

import (
	"errors"
	"regexp"
	"testing"

	"hotpluglab/engine/keyval"
	"hotpluglab/engine/release"
)

// smpErrors are every text QEMU 7.2 or 10.0 can answer a -smp value with
// (keyval, the QAPI visitor and machine_parse_smp_config).
var smpErrors = regexp.MustCompile(`(?s)^(` +
	`Invalid parameter '.*'` +
	`|Parameter( fragment)? '.*' is too long` +
	`|Expected '=' after parameter '.*'` +
	`|Parameters '.*\.\*' used inconsistently` +
	`|Parameter '.*' used inconsistently` +
	`|Parameter '.*' missing` +
	`|Parameter 'smp\.[a-z]+' expects integer` +
	`|Parameter 'smp\..*' is unexpected` +
	`|(dies|clusters) not supported by this machine's CPU topology` +
	`|(modules|clusters|dies|books|drawers) > 1 not supported by this machine's CPU topology` +
	`|Invalid CPU topology: CPU topology parameters must be greater than zero` +
	`|Invalid CPU topology: product of the hierarchy must match maxcpus: sockets \(\d+\)( \* dies \(\d+\))?( \* modules \(\d+\))? \* cores \(\d+\) \* threads \(\d+\) != maxcpus \(\d+\)` +
	`|Invalid CPU topology: maxcpus must be equal to or greater than smp: sockets \(\d+\)( \* dies \(\d+\))?( \* modules \(\d+\))? \* cores \(\d+\) \* threads \(\d+\) == maxcpus \(\d+\) < smp_cpus \(\d+\)` +
	`|Invalid SMP CPUs -?\d+\. The (min|max) CPUs supported by machine '[a-z0-9.-]+' is \d+` +
	`)$`)

// FuzzSMP feeds random -smp strings through keyval, FromDict and Resolve on
// the machines in scope of a release (rel indexes release.All()): no panic,
// and every error is one of that release's texts.
func FuzzSMP(f *testing.F) {
	for i, s := range []string{"4", "4,maxcpus=8,sockets=2,cores=2,threads=2", "", ",", "4,,", "4,sockets",
		"0", "-1", "99999999999", "010", "0x4", "4,foo=1", "4,dies=2", "4,clusters=2", "1,maxcpus=4096",
		"4,sockets=65536,threads=65536", "4,cpus=8", "help", "4,sockets.x=1", "4,a.b=1,a=2", " 4", "+4",
		"8,modules=2,dies=2", "4,books=2", "4,drawers=1,books=1", "4,modules=0", "16,sockets=2,modules=2,cores=2,threads=2"} {
		f.Add(s, uint8(i))
	}
	f.Fuzz(func(t *testing.T, s string, relIndex uint8) {
		rel := release.All()[int(relIndex)%len(release.All())]
		x86 := MachineProps{MinCPUs: 1, MaxCPUs: 255}.WithLevels(rel.X86SMPLevels)
		machines := []MachineProps{x86, x86, x86, {MinCPUs: 1, MaxCPUs: 4096}, {MinCPUs: 1, MaxCPUs: 4096, PreferSockets: true}}
		machines[0].Name = "pc-i440fx-7.2"
		machines[1].Name, machines[1].PreferSockets = "pc-i440fx-6.1", true
		machines[2].Name, machines[2].MaxCPUs = "pc-q35-9.0", 4096
		machines[3].Name, machines[4].Name = "pseries-7.2", "pseries-5.0"
		d, help, err := keyval.Parse(s, "cpus")
		if err != nil {
			if !smpErrors.MatchString(err.Error()) {
				t.Fatalf("keyval.Parse(%q): unknown error %q", s, err)
			}
			return
		}
		if help {
			return
		}
		c, err := FromDict(rel, d)
		if err != nil {
			if !smpErrors.MatchString(err.Error()) {
				t.Fatalf("FromDict(%q): unknown error %q", s, err)
			}
			return
		}
		for _, m := range machines {
			top, warnings, err := Resolve(rel, c, m)
			for _, w := range warnings {
				if w != ZeroWarning {
					t.Fatalf("Resolve(%q, %s): unknown warning %q", s, m.Name, w)
				}
			}
			if errors.Is(err, ErrDivideByZero) {
				continue // QEMU's SIGFPE, modelled
			}
			if err != nil {
				if !smpErrors.MatchString(err.Error()) {
					t.Fatalf("Resolve(%q, %s): unknown error %q", s, m.Name, err)
				}
				continue
			}
			if top.CPUs == 0 || top.CPUs > top.MaxCPUs || top.Drawers*top.Books*top.Sockets*top.Dies*top.Clusters*top.Modules*top.Cores*top.Threads != top.MaxCPUs {
				t.Fatalf("Resolve(%q, %s) accepted a bad topology %+v", s, m.Name, top)
			}
		}
	})
}
