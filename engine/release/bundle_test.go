//go:build !js

package release

import (
	"io/fs"
	"testing"
)

// TestBundle: a release's bundle carries every recording, its own and the
// guest's, byte for byte, and a damaged bundle is refused rather than read
// short.
func TestBundle(t *testing.T) {
	for _, r := range All() {
		b, err := r.Bundle()
		if err != nil {
			t.Fatal(err)
		}
		files, err := DecodeBundle(b)
		if err != nil {
			t.Fatal(err)
		}
		entries, _ := fs.ReadDir(recorded, r.dir)
		guest, _ := fs.ReadDir(recorded, guestDir)
		if len(guest) == 0 || files["busybox-usage.txt"] == "" {
			t.Errorf("%s: the bundle lacks the guest's recordings", r.Name)
		}
		entries = append(entries, guest...)
		if len(files) != len(entries) || len(entries) < 50 {
			t.Errorf("%s: bundle has %d files, the release %d", r.Name, len(files), len(entries))
		}
		for _, e := range entries {
			if files[e.Name()] != r.Text(e.Name()) {
				t.Errorf("%s: %s differs in the bundle", r.Name, e.Name())
			}
		}
	}
	good := EncodeBundle(map[string][]byte{"b.txt": []byte("two\nlines\n"), "a.json": []byte("{}"), "empty": nil})
	if files, err := DecodeBundle(good); err != nil || len(files) != 3 || files["b.txt"] != "two\nlines\n" || files["empty"] != "" {
		t.Errorf("round trip: %q, %v", files, err)
	}
	for _, bad := range [][]byte{nil, []byte("zip"), good[:len(good)-1], append(append([]byte{}, good...), "x 5\nab"...), append([]byte(bundleMagic), " 1\na"...)} {
		if _, err := DecodeBundle(bad); err == nil {
			t.Errorf("DecodeBundle(%q) accepted", bad)
		}
	}
}
