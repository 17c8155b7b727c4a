//go:build js

package release

import (
	"errors"
	"sync"
)

// The browser build carries no recordings (they are most of app.wasm's
// data, and a page runs one release at a time): a release's bundle is
// downloaded the first time something reads it. The page sets Fetch.

// Fetch downloads a file of a release: its bundle (BundleName) or its
// firmware (FirmwareName). Callers block until it answers; the page starts
// the download of its first release's bundle early (a preload link), so
// that this mostly reads the browser's cache.
var Fetch func(r *Release, file string) ([]byte, error)

type loaded struct {
	once  sync.Once
	files map[string]string
	err   error
}

var loads sync.Map // *Release -> *loaded

// Load downloads the release's recordings once; a failure is kept and
// retried on the next call (the browser may be back online).
func (r *Release) Load() error {
	if v, ok := loads.Load(r); ok && v.(*loaded).files != nil {
		return nil // loaded: the engine asks often (Has)
	}
	v, _ := loads.LoadOrStore(r, &loaded{})
	l := v.(*loaded)
	l.once.Do(func() {
		if Fetch == nil {
			l.err = errors.New("no way to download QEMU " + r.Name + "'s recordings")
			return
		}
		b, err := Fetch(r, r.BundleName())
		if err == nil {
			l.files, err = DecodeBundle(b)
		}
		l.err = err
	})
	if l.err != nil {
		loads.CompareAndSwap(r, l, &loaded{})
		return l.err
	}
	return nil
}

func (r *Release) file(name string) (string, bool) {
	if r.Load() != nil {
		return "", false
	}
	v, _ := loads.Load(r)
	t, ok := v.(*loaded).files[name]
	return t, ok
}

var firmwares sync.Map // *Release -> *loaded

// Firmware is a firmware image the release's binary loads into the guest
// (pseries' SLOF), downloaded with the others (FirmwareName) the first time
// one is read: few sessions read guest memory before it runs. A failure is
// retried on the next call.
func (r *Release) Firmware(name string) (string, error) {
	v, _ := firmwares.LoadOrStore(r, &loaded{})
	l := v.(*loaded)
	l.once.Do(func() {
		if Fetch == nil {
			l.err = errors.New("no way to download QEMU " + r.Name + "'s firmware")
			return
		}
		b, err := Fetch(r, r.FirmwareName())
		if err == nil {
			l.files, err = DecodeBundle(b)
		}
		l.err = err
	})
	if l.err != nil {
		firmwares.CompareAndSwap(r, l, &loaded{})
		return "", l.err
	}
	f, ok := l.files[name]
	if !ok {
		return "", errors.New("QEMU " + r.Name + " has no firmware " + name)
	}
	return f, nil
}
