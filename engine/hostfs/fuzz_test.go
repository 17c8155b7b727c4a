package hostfs

import "testing"

// FuzzParse: host files text parses or fails with a message; what parses
// prints back to text that parses to the same files.
func FuzzParse(f *testing.F) {
	f.Add("/tmp/a.qcow2 qcow2 64M\n/srv dir\n\"/x y\" raw 512\n# c\n")
	f.Fuzz(func(t *testing.T, text string) {
		fs, err := Parse(text)
		if err != nil {
			return
		}
		again, err := Parse(fs.String())
		if err != nil || again.String() != fs.String() {
			t.Fatalf("%q: printed %q, reparsed %q (%v)", text, fs.String(), again.String(), err)
		}
	})
}
