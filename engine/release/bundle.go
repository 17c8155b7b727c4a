package release

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"unsafe"
)

// A bundle is a release's recordings in one file: "hotplug-lab recordings
// 1\n", then per file "NAME LENGTH\n" and its bytes, names sorted. Plain, so
// that the server's brotli finds what the files share.
const bundleMagic = "hotplug-lab recordings 1\n"

// EncodeBundle writes files as a bundle.
func EncodeBundle(files map[string][]byte) []byte {
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	var b bytes.Buffer
	b.WriteString(bundleMagic)
	for _, n := range names {
		fmt.Fprintf(&b, "%s %d\n", n, len(files[n]))
		b.Write(files[n])
	}
	return b.Bytes()
}

// DecodeBundle reads a bundle written by EncodeBundle. The texts share b's
// memory (a release's recordings are a few MB): the caller must not change b.
func DecodeBundle(b []byte) (map[string]string, error) {
	if !bytes.HasPrefix(b, []byte(bundleMagic)) {
		return nil, fmt.Errorf("not a recordings bundle")
	}
	b = b[len(bundleMagic):]
	files := map[string]string{}
	for len(b) > 0 {
		head, rest, ok := bytes.Cut(b, []byte("\n"))
		name, size, ok2 := bytes.Cut(head, []byte(" "))
		n, err := strconv.Atoi(string(size))
		if !ok || !ok2 || err != nil || n < 0 || n > len(rest) || len(name) == 0 {
			return nil, fmt.Errorf("recordings bundle: bad entry %q", head)
		}
		files[string(name)] = unsafe.String(unsafe.SliceData(rest), n) // b is not changed after: no copy
		b = rest[n:]
	}
	return files, nil
}
