package spapr

import (
	"slices"
	"testing"
)

// TestHashOrderKept: a machine's reset order is the same whether put
// together or taken from the last machines' (and each list has its own).
func TestHashOrderKept(t *testing.T) {
	a := []uint32{0x10000000, 0x10000008, 0x10000010, 0x80000000, 0x80000001}
	b := []uint32{0x10000000, 0x10000008}
	first := hashOrder(a)
	if len(first) != len(a) {
		t.Fatalf("order %x of %x", first, a)
	}
	if got := hashOrder(b); len(got) != len(b) {
		t.Fatalf("order %x of %x: another list's", got, b)
	}
	again := hashOrder(a)
	hashOrders.Lock()
	hashOrders.byConnectors = nil
	hashOrders.Unlock()
	fresh := hashOrder(a)
	if !slices.Equal(first, again) || !slices.Equal(first, fresh) {
		t.Fatalf("orders differ: %x, kept %x, fresh %x", first, again, fresh)
	}
}
