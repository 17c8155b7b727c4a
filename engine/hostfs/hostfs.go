// Package hostfs is the simulated host's files: the disk images, ISO
// images and directories a command line names. A browser has no host
// files, so a session carries them as an input beside its command line
// (declared by a scenario, carried by share links, filled by the page):
// a path with its format and size is enough for QEMU's block layer to
// open, probe and size it, and a path that is absent fails as it fails
// on a host without it.
package hostfs

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Format is what a file holds, as QEMU's format probing sees it.
type Format string

const (
	Raw   Format = "raw"   // anything without a known image header (ISO images too)
	QCOW2 Format = "qcow2" // a qcow2 header, as qemu-img create writes it
	Dir   Format = "dir"   // a directory (-virtfs path=)
)

// File is one host file.
type File struct {
	Path   string
	Format Format
	// Size is the image's virtual size in bytes (a raw file's length).
	Size int64
}

// Length is the file's length in bytes: a raw file's size; for qcow2 what
// `qemu-img create -f qcow2` writes (header, refcount table and block, one
// cluster each, then the L1 table: one 8-byte entry per 512 MiB).
func (f File) Length() int64 {
	if f.Format != QCOW2 {
		return f.Size
	}
	const cluster = 65536
	l1 := (f.Size + cluster*cluster/8 - 1) / (cluster * cluster / 8)
	return 3*cluster + 8*l1
}

// Allocated is the bytes the host file system holds for the file
// (query-block's actual-size): qcow2's written length in 4 KiB blocks;
// a raw file created sparse has its first block written (file-posix
// allocate_first_block).
func (f File) Allocated() int64 {
	if f.Format == QCOW2 {
		return (f.Length() + 4095) / 4096 * 4096
	}
	if f.Size == 0 {
		return 0
	}
	return 4096
}

// FS is a set of host files. The zero value and nil have none.
type FS struct {
	files []File // sorted by path
}

// New is a file system holding files (a later duplicate path wins).
func New(files ...File) *FS {
	fs := &FS{}
	for _, f := range files {
		fs.Add(f)
	}
	return fs
}

// Add puts a file in, replacing one at the same path.
func (fs *FS) Add(f File) {
	i, found := slices.BinarySearchFunc(fs.files, f.Path, func(a File, p string) int { return strings.Compare(a.Path, p) })
	if found {
		fs.files[i] = f
		return
	}
	fs.files = slices.Insert(fs.files, i, f)
}

// Remove takes a path out.
func (fs *FS) Remove(path string) {
	fs.files = slices.DeleteFunc(fs.files, func(f File) bool { return f.Path == path })
}

// everyHost are the files every Linux host has.
var everyHost = []File{{Path: "/dev/null", Format: Raw}}

// Lookup finds a file; a directory holding declared files exists too.
func (fs *FS) Lookup(path string) (File, bool) {
	clean := Clean(path)
	for _, f := range everyHost {
		if f.Path == clean {
			return f, true
		}
	}
	if fs == nil {
		return File{}, false
	}
	for _, f := range fs.files {
		if Clean(f.Path) == clean {
			return f, true
		}
		if strings.HasPrefix(Clean(f.Path), strings.TrimSuffix(clean, "/")+"/") {
			return File{Path: path, Format: Dir}, true
		}
	}
	return File{}, false
}

// Files lists the files by path.
func (fs *FS) Files() []File {
	if fs == nil {
		return nil
	}
	return slices.Clone(fs.files)
}

// Len is how many files there are.
func (fs *FS) Len() int {
	if fs == nil {
		return 0
	}
	return len(fs.files)
}

// Clean is a path as the host resolves it: repeated and trailing slashes
// and "." components dropped (a relative path stays relative).
func Clean(p string) string {
	var parts []string
	for _, c := range strings.Split(p, "/") {
		if c != "" && c != "." {
			parts = append(parts, c)
		}
	}
	s := strings.Join(parts, "/")
	if strings.HasPrefix(p, "/") {
		return "/" + s
	}
	return s
}

// String is the file system as text: one file a line, "PATH FORMAT SIZE"
// (the form scenarios declare and share links carry). Paths with spaces
// are quoted as Go strings.
func (fs *FS) String() string {
	var b strings.Builder
	for _, f := range fs.Files() {
		p := f.Path
		if strings.IndexFunc(p, unicode.IsSpace) >= 0 || strings.ContainsRune(p, '"') || strings.HasPrefix(p, "#") || !utf8.ValidString(p) {
			p = strconv.Quote(p)
		}
		if f.Format == Dir {
			fmt.Fprintf(&b, "%s dir\n", p)
			continue
		}
		fmt.Fprintf(&b, "%s %s %s\n", p, f.Format, FormatSize(f.Size))
	}
	return b.String()
}

// Parse reads String's form; blank lines and lines starting with '#' are
// skipped. The size takes K, M, G, T suffixes (powers of 1024).
func Parse(text string) (*FS, error) {
	fs := &FS{}
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f, err := ParseLine(line)
		if err != nil {
			return nil, fmt.Errorf("host files, line %d: %v", n+1, err)
		}
		fs.Add(f)
	}
	return fs, nil
}

// ParseLine reads one "PATH FORMAT [SIZE]" line.
func ParseLine(line string) (File, error) {
	var path, rest string
	if strings.HasPrefix(line, "\"") {
		q, err := strconv.QuotedPrefix(line)
		if err != nil {
			return File{}, errors.New("unterminated quoted path")
		}
		path, _ = strconv.Unquote(q)
		rest = line[len(q):]
	} else {
		path, rest, _ = strings.Cut(line, " ")
	}
	fields := strings.Fields(rest)
	if path == "" {
		return File{}, errors.New("no path")
	}
	if len(fields) == 0 {
		return File{}, fmt.Errorf("%s: no format (raw, qcow2 or dir)", path)
	}
	f := File{Path: path, Format: Format(fields[0])}
	switch f.Format {
	case Dir:
		if len(fields) > 1 {
			return File{}, fmt.Errorf("%s: a directory has no size", path)
		}
		return f, nil
	case Raw, QCOW2:
	default:
		return File{}, fmt.Errorf("%s: unknown format %q (raw, qcow2 or dir)", path, fields[0])
	}
	if len(fields) != 2 {
		return File{}, fmt.Errorf("%s: give one size (e.g. 64M)", path)
	}
	size, err := ParseSize(fields[1])
	if err != nil {
		return File{}, fmt.Errorf("%s: %v", path, err)
	}
	f.Size = size
	return f, nil
}

const maxSize = 1 << 50 // 1 PiB: beyond any image a learner names

// ParseSize reads a size: bytes, or a number with K, M, G or T.
func ParseSize(s string) (int64, error) {
	mult := int64(1)
	if n := len(s); n > 0 {
		switch strings.ToUpper(s[n-1:]) {
		case "K":
			mult = 1 << 10
		case "M":
			mult = 1 << 20
		case "G":
			mult = 1 << 30
		case "T":
			mult = 1 << 40
		}
		if mult > 1 {
			s = s[:n-1]
		}
	}
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil || v < 0 || v > maxSize/mult {
		return 0, fmt.Errorf("bad size %q", s)
	}
	return v * mult, nil
}

// FormatSize writes a size with the largest suffix that divides it.
func FormatSize(n int64) string {
	for _, u := range []struct {
		s    string
		mult int64
	}{{"T", 1 << 40}, {"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}} {
		if n >= u.mult && n%u.mult == 0 {
			return strconv.FormatInt(n/u.mult, 10) + u.s
		}
	}
	return strconv.FormatInt(n, 10)
}
