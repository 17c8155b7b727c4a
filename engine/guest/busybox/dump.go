package busybox

import (
	"fmt"
	"strconv"
	"strings"
)

// Byte dumps (od, hexdump -C, xxd) and paste, as learners look at small
// sysfs files: their formats measured on the guest's busybox 1.35.

func registerDumpApplets() {
	applets["od"] = odApplet
	applets["hexdump"] = hexdumpApplet
	applets["xxd"] = xxdApplet
	applets["paste"] = pasteApplet
}

// readInputs concatenates the named files (stdin without names), as the
// dumpers read them; a missing file is reported and skipped. opened says
// whether any file was read.
func (c *ctx) readInputs(files []string) (data string, status int, opened bool) {
	var b strings.Builder
	status = c.eachInput(files, func(s string) {
		opened = true
		b.WriteString(s)
	})
	return b.String(), status, opened
}

// eachInput reads the named files in turn ("-" or none: stdin) and hands
// each one's text to fn; a file that cannot be read is reported as
// "prog: name: error" and makes the status 1.
func (c *ctx) eachInput(files []string, fn func(data string)) (status int) {
	if len(files) == 0 {
		files = []string{"-"}
	}
	for _, f := range files {
		s, err := c.file(f)
		if err != nil {
			c.errMsg(f + ": " + err.Error())
			status = 1
			continue
		}
		fn(s)
	}
	return status
}

// dumpLines writes data 16 bytes a line, as line formats each (given its
// offset); with squeeze, a full line equal to the one before is not written
// again, a run of them showing as one "*" (od and hexdump without -v).
func (c *ctx) dumpLines(data string, squeeze bool, line func(off int, chunk string) string) {
	prev, dup := "", false
	for off := 0; off < len(data); off += 16 {
		chunk := data[off:min(off+16, len(data))]
		if squeeze && off > 0 && len(chunk) == 16 && chunk == prev {
			if !dup {
				c.out("*\n")
				dup = true
			}
			continue
		}
		dup, prev = false, chunk
		c.out(line(off, chunk))
	}
}

// odFormat is one -t TYPE: c (characters), or x/o/u/d with a size.
type odFormat struct {
	kind byte
	size int
}

// width is the field's width without its leading space (od's
// fmt_string widths: the longest value of the type).
func (f odFormat) width() int {
	bits := uint(8 * f.size)
	switch f.kind {
	case 'c':
		return 3
	case 'x':
		return 2 * f.size
	case 'o':
		return int((bits + 2) / 3)
	case 'u':
		return len(strconv.FormatUint(1<<bits-1, 10))
	}
	return len(strconv.FormatUint(1<<(bits-1), 10)) + 1
}

func (f odFormat) field(b []byte) string {
	if f.kind == 'c' {
		ch := b[0]
		switch ch {
		case 0:
			return `\0`
		case '\a':
			return `\a`
		case '\b':
			return `\b`
		case '\f':
			return `\f`
		case '\n':
			return `\n`
		case '\r':
			return `\r`
		case '\t':
			return `\t`
		case '\v':
			return `\v`
		}
		if ch >= 0x20 && ch < 0x7f {
			return string(ch)
		}
		return fmt.Sprintf("%03o", ch)
	}
	var v uint64
	for i := f.size - 1; i >= 0; i-- { // little-endian guests and host
		v = v<<8 | uint64(b[i])
	}
	switch f.kind {
	case 'x':
		return fmt.Sprintf("%0*x", f.width(), v)
	case 'o':
		return fmt.Sprintf("%0*o", f.width(), v)
	case 'u':
		return strconv.FormatUint(v, 10)
	}
	shift := uint(64 - 8*f.size)
	return strconv.FormatInt(int64(v<<shift)>>shift, 10)
}

func parseODType(s string) (odFormat, bool) {
	if s == "" {
		return odFormat{}, false
	}
	f := odFormat{kind: s[0]}
	switch s[0] {
	case 'c':
		return odFormat{'c', 1}, len(s) == 1
	case 'x', 'o', 'u', 'd':
		f.size = 4
		rest := s[1:]
		switch rest {
		case "":
		case "C", "1":
			f.size = 1
		case "S", "2":
			f.size = 2
		case "I", "4":
			f.size = 4
		case "L", "8":
			f.size = 8
		default:
			return f, false
		}
		return f, true
	}
	return f, false
}

// odApplet is od with one output type (-c -b -d -o -x or -t) and -A.
func odApplet(c *ctx) int {
	opts, files, ok := c.getopt(optSpec{short: "A:t:cbdoxvN:j:w:s:SDfFhHiIlLOX"})
	if !ok {
		return 1
	}
	format := odFormat{'o', 2}
	radix := byte('o')
	skipDup := true
	for _, o := range opts {
		switch o.name {
		case "c":
			format = odFormat{'c', 1}
		case "b":
			format = odFormat{'o', 1}
		case "d":
			format = odFormat{'u', 2}
		case "o":
			format = odFormat{'o', 2}
		case "x":
			format = odFormat{'x', 2}
		case "v":
			skipDup = false
		case "t":
			f, ok := parseODType(o.arg)
			if !ok {
				c.sh.note("od -t " + o.arg + " is not modelled in this simulated guest")
				return 1
			}
			format = f
		case "A":
			if len(o.arg) != 1 || !strings.Contains("doxn", o.arg) {
				c.errMsg("bad output address radix '" + o.arg + "' (must be [doxn])")
				return 1
			}
			radix = o.arg[0]
		default:
			return c.notModelledOption("-" + o.name)
		}
	}
	data, status, opened := c.readInputs(files)
	addr := func(n int) string {
		switch radix {
		case 'x':
			return fmt.Sprintf("%06x", n)
		case 'd':
			return fmt.Sprintf("%07d", n)
		case 'n':
			return ""
		}
		return fmt.Sprintf("%07o", n)
	}
	w := format.width()
	c.dumpLines(data, skipDup, func(off int, line string) string {
		chunk := []byte(line)
		var b strings.Builder
		b.WriteString(addr(off))
		for len(chunk)%format.size != 0 {
			chunk = append(chunk, 0)
		}
		for i := 0; i < len(chunk); i += format.size {
			b.WriteString(fmt.Sprintf(" %*s", w, format.field(chunk[i:i+format.size])))
		}
		return b.String() + "\n"
	})
	if radix != 'n' && opened {
		// od prints the end's address once it has read a file.
		c.out(addr(len(data)) + "\n")
	}
	return c.finish(status)
}

func dumpASCII(chunk string) string {
	b := []byte(chunk)
	for i, ch := range b {
		if ch < 0x20 || ch >= 0x7f {
			b[i] = '.'
		}
	}
	return string(b)
}

// hexdumpApplet is hexdump -C (the canonical form learners use).
func hexdumpApplet(c *ctx) int {
	opts, files, ok := c.getopt(optSpec{short: "bcCde:f:n:os:vxR"})
	if !ok {
		return 1
	}
	canonical, skipDup := false, true
	for _, o := range opts {
		switch o.name {
		case "C":
			canonical = true
		case "v":
			skipDup = false
		default:
			return c.notModelledOption("-" + o.name)
		}
	}
	if !canonical {
		c.sh.note("hexdump's default format is not modelled in this simulated guest (hexdump -C is)")
		return 1
	}
	data, status, _ := c.readInputs(files)
	c.dumpLines(data, skipDup, func(off int, chunk string) string {
		var b strings.Builder
		fmt.Fprintf(&b, "%08x  ", off)
		for i := 0; i < 16; i++ {
			if i < len(chunk) {
				fmt.Fprintf(&b, "%02x ", chunk[i])
			} else {
				b.WriteString("   ")
			}
			if i == 7 {
				b.WriteByte(' ')
			}
		}
		return b.String() + " |" + dumpASCII(chunk) + "|\n"
	})
	if len(data) > 0 {
		c.out(fmt.Sprintf("%08x\n", len(data)))
	}
	return c.finish(status)
}

// xxdApplet is xxd's default dump: two-byte groups, the text after.
func xxdApplet(c *ctx) int {
	opts, files, ok := c.getopt(optSpec{short: "pril:s:c:g:o:u"})
	if !ok {
		return 1
	}
	if len(opts) > 0 {
		return c.notModelledOption("-" + opts[0].name)
	}
	if len(files) > 1 {
		return c.showUsage()
	}
	data, status, _ := c.readInputs(files)
	c.dumpLines(data, false, func(off int, chunk string) string {
		var b strings.Builder
		fmt.Fprintf(&b, "%08x: ", off)
		for i := 0; i < 16; i++ {
			if i < len(chunk) {
				fmt.Fprintf(&b, "%02x", chunk[i])
			} else {
				b.WriteString("  ")
			}
			if i%2 == 1 {
				b.WriteByte(' ')
			}
		}
		return b.String() + " " + dumpASCII(chunk) + "\n"
	})
	return c.finish(status)
}

// pasteApplet joins lines: of several files side by side, or (-s) each
// file's lines into one; -d's list cycles and knows \n \t \\ and \0.
func pasteApplet(c *ctx) int {
	opts, files, ok := c.getopt(optSpec{short: "d:s"})
	if !ok {
		return 1
	}
	delims, serial := "\t", false
	for _, o := range opts {
		switch o.name {
		case "d":
			delims = pasteDelims(o.arg)
		case "s":
			serial = true
		}
	}
	if len(files) == 0 {
		files = []string{"-"}
	}
	status := 0
	var contents [][]string
	// Every "-" reads the same standard input, a line each in turn.
	var stdinLines []string
	dashes, dash := 0, 0
	for _, f := range files {
		if f == "-" {
			dashes++
		}
	}
	for _, f := range files {
		if f == "-" && dashes > 1 && !serial {
			if dash == 0 {
				stdinLines = splitLines(c.stdin())
			}
			var mine []string
			for i := dash; i < len(stdinLines); i += dashes {
				mine = append(mine, stdinLines[i])
			}
			dash++
			contents = append(contents, mine)
			continue
		}
		s, err := c.file(f)
		if err != nil {
			c.errMsg(f + ": " + err.Error())
			return 1
		}
		contents = append(contents, splitLines(s))
	}
	if delims == "" {
		delims = "\x00"
	}
	// paste_files_separate / paste_files: a delimiter after each line but
	// a file's (-s) or a row's last; in rows, a file that has ended is
	// skipped with its delimiter, and the output's end has no newline
	// when the last file ended first.
	var b strings.Builder
	put := func(d byte) {
		if d != 0 {
			b.WriteByte(d)
		}
	}
	if serial {
		for _, lines := range contents {
			for i, l := range lines {
				b.WriteString(l)
				if i == len(lines)-1 {
					b.WriteByte('\n')
				} else {
					put(delims[i%len(delims)])
				}
			}
		}
		c.out(b.String())
		return c.finish(status)
	}
	for row := 0; ; row++ {
		active, di := false, 0
		for i, lines := range contents {
			if row >= len(lines) {
				continue
			}
			active = true
			b.WriteString(lines[row])
			if i == len(contents)-1 {
				b.WriteByte('\n')
			} else {
				put(delims[di%len(delims)])
				di++
			}
		}
		if !active {
			break
		}
	}
	c.out(b.String())
	return c.finish(status)
}

// pasteDelims decodes -d's escapes; \0 is an empty delimiter (a NUL here).
func pasteDelims(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
			switch s[i] {
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			case '0':
				b.WriteByte(0)
			default:
				b.WriteByte(s[i])
			}
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
