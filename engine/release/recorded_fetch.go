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
	_, err := fetchOnce(&loads, r, r.BundleName(), "recordings")
	return err
}

// fetchOnce downloads and decodes one of a release's files once, kept in
// cache; a failure is forgotten, so that the next call tries again.
func fetchOnce(cache *sync.Map, r *Release, file, what string) (map[string]string, error) {
	v, _ := cache.LoadOrStore(r, &loaded{})
	l := v.(*loaded)
	l.once.Do(func() {
		if Fetch == nil {
			l.err = errors.New("no way to download QEMU " + r.Name + "'s " + what)
			return
		}
		b, err := Fetch(r, file)
		if err == nil {
			l.files, err = DecodeBundle(b)
		}
		l.err = err
	})
	if l.err != nil {
		cache.CompareAndSwap(r, l, &loaded{})
		return nil, l.err
	}
	return l.files, nil
}

func (r *Release) file(name string) (string, bool) {
	if r.Load() != nil {
		return "", false
	}
	v, _ := loads.Load(r)
	t, ok := v.(*loaded).files[name]
	return t, ok
}

var firmwares sync.Map // target -> *sync.Map of *Release -> *loaded

// Firmware is a file of the firmware the release's binary loads into a
// target's guest, downloaded with the target's others (FirmwareName) the
// first time one is read: few sessions read guest memory before it runs. A
// failure is retried on the next call.
func (r *Release) Firmware(target, name string) (string, error) {
	v, _ := firmwares.LoadOrStore(target, &sync.Map{})
	files, err := fetchOnce(v.(*sync.Map), r, r.FirmwareName(target), "firmware")
	if err != nil {
		return "", err
	}
	f, ok := files[name]
	if !ok {
		return "", errors.New("QEMU " + r.Name + " has no firmware " + name)
	}
	return f, nil
}
