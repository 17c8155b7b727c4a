// Package ghash is the iteration order of GLib's GHashTable (2.74, 2.84:
// open addressing with quadratic probing, prime-modulo bucket choice,
// in-place rehash on resize). QEMU walks some hash tables and prints what it
// finds in their order: spapr_drc_reset_all visits the DRC container's
// properties that way, so a pseries reset traces its DRCs in this order.
package ghash

// StrHash is g_str_hash (djb2 over the bytes, as signed chars: QEMU's
// keys are ASCII).
func StrHash(s string) uint32 {
	h := uint32(5381)
	for i := 0; i < len(s); i++ {
		h = h<<5 + h + uint32(int32(int8(s[i])))
	}
	return h
}

// primeMod is GLib's prime_mod table, by shift.
var primeMod = [...]uint32{1, 2, 3, 7, 13, 31, 61, 127, 251, 509, 1021, 2039, 4093, 8191, 16381, 32749, 65521,
	131071, 262139, 524287, 1048573, 2097143, 4194301, 8388593, 16777213, 33554393, 67108859, 134217689,
	268435399, 536870909, 1073741789, 2147483647}

const minShift = 3

// Table is a string-keyed GHashTable reduced to what decides its order.
type Table struct {
	hashes    []uint32 // 0 unused, 1 tombstone, else the key's hash (at least 2)
	keys      []string
	mod, mask uint32
	nnodes    int
	noccupied int
}

// New is an empty table (g_hash_table_new: 8 buckets).
func New() *Table {
	t := &Table{}
	size := t.setShift(minShift)
	t.hashes, t.keys = make([]uint32, size), make([]string, size)
	return t
}

// setShift picks the bucket count 1<<shift and its modulus; it returns the count.
func (t *Table) setShift(shift int) int {
	size := 1 << shift
	t.mod, t.mask = primeMod[shift], uint32(size-1)
	return size
}

func (t *Table) index(h uint32) uint32 { return (h * 11) % t.mod }

func hashOf(key string) uint32 {
	h := StrHash(key)
	if h < 2 {
		h = 2
	}
	return h
}

// lookup is g_hash_table_lookup_node: the key's bucket, or where it would go.
func (t *Table) lookup(key string, h uint32) uint32 {
	i := t.index(h)
	step := uint32(0)
	tomb, haveTomb := uint32(0), false
	for t.hashes[i] != 0 {
		if t.hashes[i] == h && t.keys[i] == key {
			return i
		}
		if t.hashes[i] == 1 && !haveTomb {
			tomb, haveTomb = i, true
		}
		step++
		i = (i + step) & t.mask
	}
	if haveTomb {
		return tomb
	}
	return i
}

// Insert adds a key (g_hash_table_insert; an existing key stays where it is).
func (t *Table) Insert(key string) {
	h := hashOf(key)
	i := t.lookup(key, h)
	old := t.hashes[i]
	if old >= 2 {
		return
	}
	t.hashes[i], t.keys[i] = h, key
	t.nnodes++
	if old == 0 {
		t.noccupied++
	}
	t.maybeResize()
}

// Remove deletes a key, leaving a tombstone.
func (t *Table) Remove(key string) {
	i := t.lookup(key, hashOf(key))
	if t.hashes[i] < 2 {
		return
	}
	t.hashes[i], t.keys[i] = 1, ""
	t.nnodes--
	t.maybeResize()
}

func (t *Table) maybeResize() {
	size := len(t.hashes)
	if (size > t.nnodes*4 && size > 1<<minShift) || size <= t.noccupied+t.noccupied/16 {
		t.resize()
	}
}

// resize is g_hash_table_resize: a new size from the live nodes, then the
// in-place rehash that evicts whatever sits in a node's new bucket.
func (t *Table) resize() {
	oldSize := len(t.hashes)
	shift := 0
	for n := int(float64(t.nnodes) * 1.333); n != 0; n >>= 1 {
		shift++
	}
	if shift < minShift {
		shift = minShift
	}
	size := t.setShift(shift)
	if size > oldSize {
		h, k := make([]uint32, size), make([]string, size)
		copy(h, t.hashes)
		copy(k, t.keys)
		t.hashes, t.keys = h, k
	}
	moved := make([]bool, max(size, oldSize))
	for i := 0; i < oldSize; i++ {
		h := t.hashes[i]
		if h < 2 {
			t.hashes[i] = 0
			continue
		}
		if moved[i] {
			continue
		}
		t.hashes[i] = 0
		key := t.keys[i]
		t.keys[i] = ""
		for {
			j := t.index(h)
			step := uint32(0)
			for moved[j] {
				step++
				j = (j + step) & t.mask
			}
			moved[j] = true
			rh, rk := t.hashes[j], t.keys[j]
			t.hashes[j], t.keys[j] = h, key
			if rh < 2 {
				break
			}
			h, key = rh, rk
		}
	}
	if size < oldSize {
		t.hashes, t.keys = t.hashes[:size], t.keys[:size]
	}
	t.noccupied = t.nnodes
}

// Keys lists the keys in iteration order (bucket order).
func (t *Table) Keys() []string {
	var out []string
	for i, h := range t.hashes {
		if h >= 2 {
			out = append(out, t.keys[i])
		}
	}
	return out
}
