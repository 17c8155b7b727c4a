package monitor_test

import (
	"regexp"
	"strings"
	"testing"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// svm off clears SVM's CPUID leaf (feature_dependencies): feature-words
// keeps none of EPYC's npt and nrip-save, and a feature of the leaf asked
// for is filtered (measured on 7.2.22 with qom-get; libvirt round 3's
// r3-cpu-host-model-epyc).
func TestSVMLeafFollowsSVM(t *testing.T) {
	leaf := regexp.MustCompile(`"cpuid-register": "EDX",\s*"cpuid-input-eax": 2147483658,\s*"features": (\d+)`)
	for _, c := range []struct{ cpu, words, filtered string }{
		{"EPYC", "1", "8"},
		{"EPYC,svm=off", "0", "0"},
		{"EPYC,svm=off,npt=on", "0", "1"},
	} {
		s := session.Start(release.V7_2, "x86_64", strings.Fields("-S -nodefaults -M pc -cpu "+c.cpu))
		for prop, want := range map[string]string{"feature-words": c.words, "filtered-features": c.filtered} {
			out := s.HMP("qom-get /machine/unattached/device[0] " + prop)
			m := leaf.FindStringSubmatch(out)
			if m == nil || m[1] != want {
				t.Errorf("-cpu %s: %s's 0x8000000A EDX = %v, want %s", c.cpu, prop, m, want)
			}
		}
	}
}
