// Package ghash is the iteration order of GLib's GHashTable with string
// keys (g_str_hash, GLib 2.74 as Debian 12 and 13 ship it), which decides
// the order of whatever QEMU lists by walking one: QOM properties
// (qom-list, listed in reverse), the first unexpected member of a QMP
// request, the children of a QOM container.
//
// The table is open addressing over 2^shift slots: a key's first slot is
// (hash·11) mod p (p the prime below the size), collisions probe with a
// growing step, removal leaves a tombstone, and the table is rebuilt (and
// resized) when it is too full or too empty.
package ghash

const (
	unused    = 0
	tombstone = 1
	minShift  = 3
)

var primeMod = [...]uint32{1, 2, 3, 7, 13, 31, 61, 127, 251, 509, 1021, 2039, 4093, 8191, 16381, 32749, 65521,
	131071, 262139, 524287, 1048573, 2097143, 4194301, 8388593, 16777213, 33554393, 67108859, 134217689,
	268435399, 536870909, 1073741789, 2147483647}

// StrHash is g_str_hash (bytes as signed char), with GHashTable's
// reserved values 0 and 1 mapped to 2.
func StrHash(s string) uint32 {
	h := uint32(5381)
	for i := 0; i < len(s); i++ {
		h = h*33 + uint32(int32(int8(s[i])))
	}
	if h < 2 {
		h = 2
	}
	return h
}

// Table is a GHashTable of string keys (a set: only the order matters).
type Table struct {
	shift             uint
	hashes            []uint32
	keys              []string
	nnodes, noccupied int
}

// New is an empty table (g_hash_table_new).
func New() *Table {
	t := &Table{}
	t.setShift(minShift)
	t.hashes = make([]uint32, t.size())
	t.keys = make([]string, t.size())
	return t
}

func (t *Table) size() int       { return 1 << t.shift }
func (t *Table) mask() uint32    { return uint32(t.size() - 1) }
func (t *Table) setShift(s uint) { t.shift = s }

func (t *Table) index(hash uint32) uint32 { return hash * 11 % primeMod[t.shift] }

// lookup is g_hash_table_lookup_node: the key's slot, or where it would go
// (the first tombstone passed, else the unused slot that ends the probe).
func (t *Table) lookup(key string, hash uint32) (slot int, found bool) {
	i := t.index(hash)
	first, haveTomb := uint32(0), false
	step := uint32(0)
	for h := t.hashes[i]; h != unused; h = t.hashes[i] {
		if h == hash && t.keys[i] == key {
			return int(i), true
		}
		if h == tombstone && !haveTomb {
			first, haveTomb = i, true
		}
		step++
		i = (i + step) & t.mask()
	}
	if haveTomb {
		return int(first), false
	}
	return int(i), false
}

// Insert adds a key (a key already there stays where it is).
func (t *Table) Insert(key string) {
	hash := StrHash(key)
	i, found := t.lookup(key, hash)
	if found {
		return
	}
	old := t.hashes[i]
	t.hashes[i], t.keys[i] = hash, key
	t.nnodes++
	if old == unused {
		t.noccupied++
		t.maybeResize()
	}
}

// Remove deletes a key, leaving a tombstone.
func (t *Table) Remove(key string) {
	i, found := t.lookup(key, StrHash(key))
	if !found {
		return
	}
	t.hashes[i], t.keys[i] = tombstone, ""
	t.nnodes--
	t.maybeResize()
}

// Keys are the keys in iteration order (g_hash_table_iter_next).
func (t *Table) Keys() []string {
	out := make([]string, 0, t.nnodes)
	for i, h := range t.hashes {
		if h >= 2 {
			out = append(out, t.keys[i])
		}
	}
	return out
}

func (t *Table) maybeResize() {
	size := t.size()
	if size > t.nnodes*4 && size > 1<<minShift || size <= t.noccupied+t.noccupied/16 {
		t.resize()
	}
}

// resize is g_hash_table_resize: a new size for the live keys, then each
// key moved to its new slot in old-slot order, a key in the way evicted and
// moved in turn.
func (t *Table) resize() {
	oldSize := t.size()
	n := int(float64(t.nnodes) * 1.333)
	shift := uint(0)
	for ; n > 0; n >>= 1 {
		shift++
	}
	if shift < minShift {
		shift = minShift
	}
	t.setShift(shift)
	newSize := t.size()
	if newSize > oldSize {
		t.hashes = append(t.hashes, make([]uint32, newSize-oldSize)...)
		t.keys = append(t.keys, make([]string, newSize-oldSize)...)
	}
	moved := make([]bool, max(oldSize, newSize))
	for i := 0; i < oldSize; i++ {
		h := t.hashes[i]
		if h < 2 {
			t.hashes[i] = unused
			continue
		}
		if moved[i] {
			continue
		}
		t.hashes[i] = unused
		key := t.keys[i]
		t.keys[i] = ""
		for {
			j := t.index(h)
			step := uint32(0)
			for moved[j] {
				step++
				j = (j + step) & t.mask()
			}
			moved[j] = true
			replaced, replacedKey := t.hashes[j], t.keys[j]
			t.hashes[j], t.keys[j] = h, key
			if replaced < 2 {
				break
			}
			h, key = replaced, replacedKey
		}
	}
	if newSize < oldSize {
		t.hashes, t.keys = t.hashes[:newSize], t.keys[:newSize]
	}
	t.noccupied = t.nnodes
}

// Order is the iteration order of a table the keys were inserted into, in
// this order.
func Order(keys []string) []string {
	t := New()
	for _, k := range keys {
		t.Insert(k)
	}
	return t.Keys()
}
