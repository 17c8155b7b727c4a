//go:build !js

package release

import (
	"embed"
	"io/fs"
)

// Native builds (the server, the terminal monitor, the tests) embed every
// release's recordings; the server hands them to the browser as bundles.
//
//go:embed 7.2 10.0
var recorded embed.FS

func (r *Release) file(name string) (string, bool) {
	b, err := recorded.ReadFile(r.dir + "/" + name)
	return string(b), err == nil
}

// Load makes the release's recordings available; embedded, they are.
func (r *Release) Load() error { return nil }

// Bundle is the release's recordings as the page downloads them.
func (r *Release) Bundle() ([]byte, error) {
	entries, err := fs.ReadDir(recorded, r.dir)
	if err != nil {
		return nil, err
	}
	files := map[string][]byte{}
	for _, e := range entries {
		if files[e.Name()], err = recorded.ReadFile(r.dir + "/" + e.Name()); err != nil {
			return nil, err
		}
	}
	return EncodeBundle(files), nil
}
