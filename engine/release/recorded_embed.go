//go:build !js

package release

import (
	"embed"
	"io/fs"
)

// Native builds (the server, the terminal monitor, the tests) embed every
// release's recordings, and the guest's (the same under every release); the
// server hands them to the browser as bundles.
//
//go:embed 7.2 10.0 guest firmware
var recorded embed.FS

func (r *Release) file(name string) (string, bool) {
	b, err := recorded.ReadFile(r.dir + "/" + name)
	if err != nil {
		b, err = recorded.ReadFile(guestDir + "/" + name)
	}
	return string(b), err == nil
}

// Load makes the release's recordings available; embedded, they are.
func (r *Release) Load() error { return nil }

// Bundle is the release's recordings as the page downloads them.
func (r *Release) Bundle() ([]byte, error) { return bundleOf(guestDir, r.dir) }

// bundleOf is every file of the embedded dirs as one bundle.
func bundleOf(dirs ...string) ([]byte, error) {
	files := map[string][]byte{}
	for _, dir := range dirs {
		entries, err := fs.ReadDir(recorded, dir)
		if err != nil {
			return nil, err
		}
		for _, e := range entries {
			if files[e.Name()], err = recorded.ReadFile(dir + "/" + e.Name()); err != nil {
				return nil, err
			}
		}
	}
	return EncodeBundle(files), nil
}

// guestDir holds what was recorded from the guest (its busybox), which
// every release's bundle carries.
const guestDir = "guest"

// Firmware is a file of the firmware the release's binary loads into a
// target's guest (firmware/<version>/<target>/<name>: pseries' SLOF,
// slof.bin; x86's SeaBIOS, bios-256k.bin), as the Debian packages install
// it, or what the binary printed of it (record_firmware_disas.py).
func (r *Release) Firmware(target, name string) (string, error) {
	b, err := recorded.ReadFile(r.firmwareDir(target) + "/" + name)
	return string(b), err
}

func (r *Release) firmwareDir(target string) string { return "firmware/" + r.Name + "/" + target }

// FirmwareBundles are the release's firmware bundles as the page downloads
// them, by file name (FirmwareName): one per target.
func (r *Release) FirmwareBundles() (map[string][]byte, error) {
	targets, err := fs.ReadDir(recorded, "firmware/"+r.Name)
	if err != nil {
		return nil, nil
	}
	out := map[string][]byte{}
	for _, t := range targets {
		if out[r.FirmwareName(t.Name())], err = bundleOf(r.firmwareDir(t.Name())); err != nil {
			return nil, err
		}
	}
	return out, nil
}
