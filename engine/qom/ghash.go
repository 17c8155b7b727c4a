// Package qom is QEMU's object model as the monitor shows it: the order in
// which an object lists its properties (a GLib hash table's), containers
// and their children, and paths.
package qom

// Table is a GLib GHashTable of string keys (g_str_hash, g_str_equal), kept
// only for its iteration order: QOM stores an object's properties, children
// among them, in one, and qom-list shows them in that order (reversed).
// Insertion, removal, tombstones and the in-place resize follow GLib 2.74's
// ghash.c.
type Table struct {
	hashes []uint32 // 0 unused, 1 tombstone, else the key's hash
	keys   []string
	mod    uint32
	nnodes int
	nocc   int // occupied: nodes and tombstones
}

const minShift = 3

// primeMod is GLib's prime_mod table: the modulus for a table of 1<<shift.
var primeMod = []uint32{1, 2, 3, 7, 13, 31, 61, 127, 251, 509, 1021, 2039, 4093, 8191, 16381, 32749, 65521,
	131071, 262139, 524287, 1048573, 2097143, 4194301, 8388593, 16777213, 33554393, 67108859, 134217689,
	268435399, 536870909, 1073741789, 2147483647}

// NewTable is an empty table (g_hash_table_new_full).
func NewTable() *Table {
	t := &Table{}
	t.setShift(minShift)
	return t
}

func (t *Table) setShift(shift int) {
	t.hashes = make([]uint32, 1<<shift)
	t.keys = make([]string, 1<<shift)
	t.mod = primeMod[shift]
}

func strHash(s string) uint32 {
	h := uint32(5381)
	for i := 0; i < len(s); i++ {
		h = h<<5 + h + uint32(int32(int8(s[i]))) // g_str_hash reads signed chars
	}
	if h < 2 {
		h = 2
	}
	return h
}

func (t *Table) mask() uint32 { return uint32(len(t.hashes) - 1) }

func (t *Table) toIndex(h uint32) uint32 { return (h * 11) % t.mod }

// lookup is g_hash_table_lookup_node: the key's node, or where it would go.
func (t *Table) lookup(key string) (idx uint32, h uint32, found bool) {
	h = strHash(key)
	idx = t.toIndex(h)
	var tomb uint32
	haveTomb := false
	step := uint32(0)
	for t.hashes[idx] != 0 {
		if t.hashes[idx] == h && t.keys[idx] == key {
			return idx, h, true
		}
		if t.hashes[idx] == 1 && !haveTomb {
			tomb, haveTomb = idx, true
		}
		step++
		idx = (idx + step) & t.mask()
	}
	if haveTomb {
		return tomb, h, false
	}
	return idx, h, false
}

// Insert adds a key (a new property); an existing key stays where it is.
func (t *Table) Insert(key string) {
	idx, h, found := t.lookup(key)
	if found {
		return
	}
	wasUnused := t.hashes[idx] == 0
	t.hashes[idx], t.keys[idx] = h, key
	t.nnodes++
	if wasUnused {
		t.nocc++
		t.maybeResize()
	}
}

// Remove deletes a key (its node becomes a tombstone).
func (t *Table) Remove(key string) {
	idx, _, found := t.lookup(key)
	if !found {
		return
	}
	t.hashes[idx], t.keys[idx] = 1, ""
	t.nnodes--
	t.maybeResize()
}

// Has says whether the key is in the table.
func (t *Table) Has(key string) bool {
	_, _, found := t.lookup(key)
	return found
}

// Len is the number of keys.
func (t *Table) Len() int { return t.nnodes }

func (t *Table) maybeResize() {
	size := len(t.hashes)
	if (size > t.nnodes*4 && size > 1<<minShift) || size <= t.nocc+t.nocc/16 {
		t.resize()
	}
}

// resize is g_hash_table_resize: a new size from nnodes*1.333, then the
// in-place rehash (resize_map) that moves entries by eviction.
func (t *Table) resize() {
	oldSize := len(t.hashes)
	shift := 0
	for n := int(float64(t.nnodes) * 1.333); n > 0; n >>= 1 {
		shift++
	}
	if shift < minShift {
		shift = minShift
	}
	newSize := 1 << shift
	hashes, keys := t.hashes, t.keys
	if newSize > oldSize {
		hashes = append(hashes, make([]uint32, newSize-oldSize)...)
		keys = append(keys, make([]string, newSize-oldSize)...)
	}
	t.hashes, t.keys, t.mod = hashes, keys, primeMod[shift]
	mask := uint32(newSize - 1)
	reloc := make([]bool, max(newSize, oldSize))
	for i := 0; i < oldSize; i++ {
		h := t.hashes[i]
		if h < 2 {
			t.hashes[i] = 0
			continue
		}
		if reloc[i] {
			continue
		}
		t.hashes[i] = 0
		key := t.keys[i]
		t.keys[i] = ""
		for {
			idx := t.toIndex(h)
			step := uint32(0)
			for reloc[idx] {
				step++
				idx = (idx + step) & mask
			}
			reloc[idx] = true
			replaced, replacedKey := t.hashes[idx], t.keys[idx]
			t.hashes[idx], t.keys[idx] = h, key
			if replaced < 2 {
				break
			}
			h, key = replaced, replacedKey
		}
	}
	if newSize < oldSize {
		t.hashes, t.keys = t.hashes[:newSize], t.keys[:newSize]
	}
	t.nocc = t.nnodes
}

// Keys lists the keys in iteration order (g_hash_table_iter).
func (t *Table) Keys() []string {
	out := make([]string, 0, t.nnodes)
	for i, h := range t.hashes {
		if h >= 2 {
			out = append(out, t.keys[i])
		}
	}
	return out
}

// SlotOrder sorts keys as a walk of a table of size slots finds them when
// each sits in its own first slot (none of them collides): by
// g_str_hash * 11 modulo the table's prime.
func SlotOrder(keys []string, size int) []string {
	shift := 0
	for 1<<shift < size {
		shift++
	}
	mod := primeMod[max(shift, minShift)]
	out := append([]string(nil), keys...)
	idx := func(k string) uint32 { return (strHash(k) * 11) % mod }
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && idx(out[j]) < idx(out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}
