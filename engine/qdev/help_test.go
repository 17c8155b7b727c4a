package qdev

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/release"
)

// stateDependentHelp are the types whose help text names a child bus by a
// counter the listing itself advances (macio-ide's ide.N) or that differ
// by instance: the recorded text cannot be derived from the listing.
var stateDependentHelp = map[string]bool{"macio-ide": true, "raven-pcihost": true}

// TestHelpMatchesRecording derives `TYPE,help` for every device type of
// both binaries of each release and compares it with the sha256 of what the
// binary printed (testdata/oracle/device-help-<release>.sha256, written by
// record_devices.py).
func TestHelpMatchesRecording(t *testing.T) {
	for _, rel := range release.All() {
		f, err := os.Open(filepath.Join("..", "..", "testdata", "oracle", "device-help-"+rel.Name+".sha256"))
		if err != nil {
			t.Fatal(err)
		}
		n, bad := 0, 0
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			fl := strings.Fields(sc.Text())
			if len(fl) != 3 || stateDependentHelp[fl[1]] {
				continue
			}
			n++
			typ := Lookup(rel, machinetype.Target(fl[0]), fl[1])
			sum := sha256.Sum256([]byte(typ.Help()))
			if got := hex.EncodeToString(sum[:])[:16]; got != fl[2] {
				bad++
				if bad < 5 {
					t.Errorf("%s %s %s: help differs from the recording:\n%s", rel.Name, fl[0], fl[1], typ.Help())
				}
			}
		}
		f.Close()
		if n < 1000 || bad > 0 {
			t.Errorf("%s: %d of %d help texts differ", rel.Name, bad, n)
		}
	}
}
