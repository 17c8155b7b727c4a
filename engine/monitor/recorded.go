package monitor

import "sync"

// perBinary caches what is read from one binary's recordings (a release and
// a target): loaded on first use, then shared by every monitor.
type perBinary[T any] struct{ m sync.Map }

func (c *perBinary[T]) get(key string, load func() T) T {
	if v, ok := c.m.Load(key); ok {
		return v.(T)
	}
	v, _ := c.m.LoadOrStore(key, load())
	return v.(T)
}
