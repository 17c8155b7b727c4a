package lazyre

import "testing"

func TestNew(t *testing.T) {
	re := New(`^id=(\w+)$`)
	if re() != re() {
		t.Fatal("compiled twice")
	}
	if m := re().FindStringSubmatch("id=cpu1"); len(m) != 2 || m[1] != "cpu1" {
		t.Fatalf("match %q", m)
	}
	bad := New(`(`)
	defer func() {
		if recover() == nil {
			t.Fatal("a bad pattern did not panic on first use")
		}
	}()
	bad()
}
