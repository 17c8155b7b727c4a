package qdev

import "testing"

// A bus's child[N] links: numbered as children attach, a number not reused
// once its child has gone, one taken by a child that attached and went.
func TestChildLink(t *testing.T) {
	b := &Bus{Name: "pci.0"}
	dev := func(name string) *Device { return &Device{Type: Type{Name: name}} }
	a, c, d := dev("a"), dev("c"), dev("d")
	b.Attach(a)
	b.Attach(dev("b"))
	b.Attach(c)
	b.Detach(b.Children[1]) // b was child[1]
	b.LinkTaken()           // a failed realize: child[3]
	b.Attach(d)
	for _, tc := range []struct {
		n    int
		want *Device
	}{{0, a}, {1, nil}, {2, c}, {3, nil}, {4, d}, {5, nil}} {
		if got := b.ChildLink(tc.n); got != tc.want {
			t.Errorf("child[%d] = %v, want %v", tc.n, got, tc.want)
		}
	}
}
