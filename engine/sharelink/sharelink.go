// Package sharelink encodes a whole session (command line and input log) into
// a URL fragment and back. The engine is deterministic, so replaying the
// decoded session restores exactly what its author saw. The format is
// versioned ("v2.", before it "v1."): a decoder for every version ever
// written stays here, so old links keep opening after the format changes.
package sharelink

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Input is one input of a session's log (session.Input): Kind "hmp",
// "qmp", "guest" (a guest shell line), the guest's "boot", "autoonline",
// "settle", "advance", or "host" (the simulated host's files, first).
type Input struct {
	Kind string
	Text string
}

// Session is what a link carries.
type Session struct {
	// QEMU names the release the session ran on ("10.0"); "" for a v1 link,
	// which predates releases and always meant 7.2.
	QEMU string
	Args []string
	Log  []Input
}

const (
	v1 = "v1." // args and log
	v2 = "v2." // the release's name, then what v1 holds
)

// Kinds are numbered on the wire; new kinds append, never renumber.
var kinds = []string{"hmp", "qmp", "guest", "boot", "autoonline", "settle", "advance", "host"}

// Limits keep a hostile link from allocating without bound. Encode and
// Decode share them, so every link the page makes, it opens.
const (
	// MaxFragment is the longest fragment a link carries: what address
	// bars, chats and mail pass on whole. Larger sessions go in a file.
	MaxFragment = 64 << 10
	maxDecoded  = 4 << 20
	maxItems    = 1 << 16
)

// TooLargeError is Encode's answer for a session no link can carry.
type TooLargeError struct{ Size, Max int }

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("share link: the session is too large for a link (%d characters; a link carries at most %d)", e.Size, e.Max)
}

// Encode returns the fragment text (without '#'), always in the newest
// format, or a *TooLargeError.
func Encode(s Session) (string, error) {
	if s.QEMU == "" {
		return "", errors.New("sharelink: the session names no QEMU version")
	}
	if len(s.Args) > maxItems || len(s.Log) > maxItems {
		return "", &TooLargeError{Size: maxDecoded + 1, Max: MaxFragment}
	}
	var raw bytes.Buffer
	putString(&raw, s.QEMU)
	putUvarint(&raw, uint64(len(s.Args)))
	for _, a := range s.Args {
		putString(&raw, a)
	}
	putUvarint(&raw, uint64(len(s.Log)))
	for _, in := range s.Log {
		k := -1
		for i, n := range kinds {
			if n == in.Kind {
				k = i
			}
		}
		if k < 0 {
			return "", fmt.Errorf("sharelink: unknown input kind %q", in.Kind)
		}
		raw.WriteByte(byte(k))
		putString(&raw, in.Text)
	}
	if raw.Len() > maxDecoded {
		return "", &TooLargeError{Size: base64.RawURLEncoding.EncodedLen(raw.Len()), Max: MaxFragment}
	}
	var z bytes.Buffer
	w, _ := flate.NewWriter(&z, flate.BestCompression)
	w.Write(raw.Bytes())
	w.Close()
	frag := v2 + base64.RawURLEncoding.EncodeToString(z.Bytes())
	if len(frag) > MaxFragment {
		return "", &TooLargeError{Size: len(frag), Max: MaxFragment}
	}
	return frag, nil
}

// Decode reads a fragment (with or without a leading '#').
func Decode(frag string) (Session, error) {
	frag = strings.TrimPrefix(frag, "#")
	if len(frag) > MaxFragment {
		return Session{}, fmt.Errorf("share link: the link is too long (%d characters; a link carries at most %d)", len(frag), MaxFragment)
	}
	switch {
	case strings.HasPrefix(frag, v2):
		return decode(frag[len(v2):], true)
	case strings.HasPrefix(frag, v1):
		return decode(frag[len(v1):], false)
	case frag == "":
		return Session{}, errors.New("share link: the link carries no session")
	}
	ver, _, _ := strings.Cut(frag, ".")
	if len(ver) > 12 {
		ver = ver[:12] + "…"
	}
	return Session{}, fmt.Errorf("share link: unknown format %q (this version reads v1 and v2)", ver)
}

// decode reads a payload; withRelease: it starts with the release's name (v2).
func decode(s string, withRelease bool) (Session, error) {
	z, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return Session{}, errors.New("share link: the link is damaged (not base64url)")
	}
	r := flate.NewReader(bytes.NewReader(z))
	raw, err := io.ReadAll(io.LimitReader(r, maxDecoded+1))
	if err != nil {
		return Session{}, errors.New("share link: the link is damaged (bad compression)")
	}
	if len(raw) > maxDecoded {
		return Session{}, errors.New("share link: the session is too large")
	}
	b := bytes.NewReader(raw)
	var out Session
	if withRelease {
		if out.QEMU, err = getString(b); err != nil {
			return Session{}, err
		}
		if out.QEMU == "" {
			return Session{}, errors.New("share link: the link is damaged (no QEMU version)")
		}
	}
	n, err := getCount(b)
	if err != nil {
		return Session{}, err
	}
	out.Args = make([]string, 0, n)
	for i := 0; i < n; i++ {
		a, err := getString(b)
		if err != nil {
			return Session{}, err
		}
		out.Args = append(out.Args, a)
	}
	if n, err = getCount(b); err != nil {
		return Session{}, err
	}
	out.Log = make([]Input, 0, n)
	for i := 0; i < n; i++ {
		k, err := b.ReadByte()
		if err != nil || int(k) >= len(kinds) {
			return Session{}, errors.New("share link: the link is damaged (bad input kind)")
		}
		t, err := getString(b)
		if err != nil {
			return Session{}, err
		}
		out.Log = append(out.Log, Input{kinds[k], t})
	}
	if b.Len() != 0 {
		return Session{}, errors.New("share link: the link is damaged (trailing data)")
	}
	return out, nil
}

func putUvarint(b *bytes.Buffer, v uint64) {
	var tmp [binary.MaxVarintLen64]byte
	b.Write(tmp[:binary.PutUvarint(tmp[:], v)])
}

func putString(b *bytes.Buffer, s string) {
	putUvarint(b, uint64(len(s)))
	b.WriteString(s)
}

func getCount(b *bytes.Reader) (int, error) {
	v, err := binary.ReadUvarint(b)
	if err != nil || v > maxItems {
		return 0, errors.New("share link: the link is damaged (bad count)")
	}
	return int(v), nil
}

func getString(b *bytes.Reader) (string, error) {
	v, err := binary.ReadUvarint(b)
	if err != nil || v > uint64(b.Len()) {
		return "", errors.New("share link: the link is damaged (bad string)")
	}
	s := make([]byte, v)
	io.ReadFull(b, s)
	return string(s), nil
}
