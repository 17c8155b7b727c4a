// Package release says what each QEMU release does differently, one file per
// release (v7_2.go, v10_0.go) the way QEMU keeps per-version compat tables,
// and holds what was recorded from each release's binaries in a folder named
// for it (7.2/, 10.0/: help texts, device and CPU model lists). The rest of
// the engine asks the release it runs; it never compares version strings.
//
// Adding a release: record its texts (testdata/oracle/record_texts.py), add
// its folder and a vNN_N.go with its table, and list it in All.
package release

import (
	"embed"
	"fmt"
	"io/fs"
	"strings"
	"sync"
)

// Release is one QEMU release as the simulator models it.
type Release struct {
	// Name is how users pick it: -qemu 10.0, ?qemu=10.0, "qemu: 10.0".
	Name                string
	Major, Minor, Micro int
	// Package is the Debian package version the recordings came from.
	Package string

	// TraceVCPU: trace events can be vCPU-specific: QMP's trace commands
	// take and report "vcpu", HMP's honour their vcpu argument.
	TraceVCPU bool
	// ACPIScanDefersRemove: the ACPI CPU scan method (CSCN) checks both
	// event flags of each CPU it finds and notifies removals after the
	// insertions; otherwise it stops at the insert flag and notifies a
	// removal as it finds it (QEMU's AML from hw/acpi/cpu.c, measured
	// from the guest's DSDT).
	ACPIScanDefersRemove bool

	dir   string
	texts sync.Map // name -> string, read on first use
}

//go:embed 7.2 10.0
var recorded embed.FS

// All lists the releases the simulator models, oldest first.
func All() []*Release { return []*Release{V7_2, V10_0} }

// Default is the release of a session that names none: every link,
// scenario and corpus made before versions existed meant 7.2.
var Default = V7_2

// Latest is the release new sessions in the page start on.
var Latest = V10_0

// Lookup finds a release by its name ("7.2", "10.0").
func Lookup(name string) (*Release, error) {
	for _, r := range All() {
		if r.Name == name {
			return r, nil
		}
	}
	return nil, fmt.Errorf("unknown QEMU version '%s' (this simulator models %s)", name, strings.Join(Names(), ", "))
}

// Names lists the release names, oldest first.
func Names() []string {
	var l []string
	for _, r := range All() {
		l = append(l, r.Name)
	}
	return l
}

// Version is what `info version` starts with: "7.2.22".
func (r *Release) Version() string { return fmt.Sprintf("%d.%d.%d", r.Major, r.Minor, r.Micro) }

// FullVersion is how the binary names itself: "7.2.22 (Debian 1:7.2+dfsg-7+deb12u18+b3)".
func (r *Release) FullVersion() string { return r.Version() + " (" + r.PackageString() + ")" }

// PackageString is the QMP greeting's and query-version's "package".
func (r *Release) PackageString() string { return "Debian " + r.Package }

// Text is a text recorded from this release's binaries, "\n" line ends, or
// "" when the release has no such recording.
func (r *Release) Text(name string) string {
	if t, ok := r.texts.Load(name); ok {
		return t.(string)
	}
	b, _ := recorded.ReadFile(r.dir + "/" + name)
	t, _ := r.texts.LoadOrStore(name, string(b))
	return t.(string)
}

// Has reports whether the release has a recording of that name.
func (r *Release) Has(name string) bool {
	_, err := fs.Stat(recorded, r.dir+"/"+name)
	return err == nil
}

func (r *Release) String() string { return r.Name }
