// Package lazyre holds regular expressions compiled on first use. A
// package-level regex.MustCompile runs at start-up; in the browser that
// start-up also compiles the pattern compiler itself (V8 compiles a wasm
// function the first time it runs), for patterns most sessions never use.
package lazyre

import (
	"sync"

	"hotpluglab/engine/regex"
)

// New returns a function that compiles pattern the first time it is called
// (panicking, as regex.MustCompile does, on a bad pattern) and returns the
// same *regex.Regexp from then on. Not inlined: inlined, every call site
// carried its own copy of sync.OnceValue's closures (about 2 KB of wasm each).
//
//go:noinline
func New(pattern string) func() *regex.Regexp {
	return sync.OnceValue(func() *regex.Regexp { return regex.MustCompile(pattern) })
}
