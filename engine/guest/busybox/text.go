package busybox

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"hotpluglab/engine/regex"
)

// Text applets: cat, head, tail, wc, sort, uniq, cut, tr, tee, rev, tac,
// seq, yes, basename, dirname.

func registerTextApplets() {
	for name, a := range map[string]applet{
		"cat": catApplet, "head": headApplet, "tail": tailApplet, "wc": wcApplet, "sort": sortApplet,
		"uniq": uniqApplet, "cut": cutApplet, "tr": trApplet, "tee": teeApplet, "rev": revApplet,
		"tac": tacApplet, "nl": nlApplet, "seq": seqApplet, "yes": yesApplet, "basename": basenameApplet,
		"dirname": dirnameApplet, "echo": echoApplet, "printf": printfApplet, "test": testApplet,
		"[": testApplet, "[[": testApplet, "true": func(*ctx) int { return 0 },
		"false": func(*ctx) int { return 1 }, "sh": shApplet, "ash": shApplet,
	} {
		applets[name] = a
	}
}

// parseCount is xatoul_sfx with head/tail's suffixes (b k m).
func parseCount(s string) (uint64, bool) {
	mult := uint64(1)
	switch {
	case strings.HasSuffix(s, "b"):
		mult, s = 512, s[:len(s)-1]
	case strings.HasSuffix(s, "k"):
		mult, s = 1024, s[:len(s)-1]
	case strings.HasSuffix(s, "m"):
		mult, s = 1024*1024, s[:len(s)-1]
	}
	if s == "" || s[0] == '-' || s[0] == '+' || s[0] == ' ' {
		return 0, false
	}
	v, err := strconv.ParseUint(s, 10, 32)
	if err != nil {
		return 0, false
	}
	return v * mult, true
}

func (c *ctx) invalidNumber(s string) int {
	c.errMsg("invalid number '" + s + "'")
	return 1
}

func catApplet(c *ctx) int {
	opts, files, ok := c.getopt(optSpec{short: "nbvteAuEST"})
	if !ok {
		return 1
	}
	number, nonblank := false, false
	var showV, showT, showE bool
	for _, o := range opts {
		switch o.name {
		case "n":
			number = true
		case "b":
			number, nonblank = true, true
		case "v":
			showV = true
		case "t":
			showV, showT = true, true
		case "e":
			showV, showE = true, true
		case "A":
			showV, showT, showE = true, true, true
		case "u":
		default:
			return c.notModelledOption(o.name)
		}
	}
	if number && showV {
		c.sh.note("cat -n or -b with -v, -t, -e or -A is not modelled in this simulated guest")
		return 0
	}
	lineNo := 0
	if len(files) == 0 {
		files = []string{"-"}
	}
	status := 0
	for _, f := range files {
		s, err := c.file(f)
		if err == EISDIR {
			c.errMsg("read error: Is a directory")
			status = 1
			continue
		}
		if err != nil {
			c.errMsg("can't open '" + f + "': " + err.Error())
			status = 1
			continue
		}
		if number {
			// print_numbered_lines: each line read whole, ended with a
			// newline even where the file's last one had none.
			var b strings.Builder
			for _, l := range splitLines(s) {
				if nonblank && l == "" {
					b.WriteString("\n")
					continue
				}
				lineNo++
				fmt.Fprintf(&b, "%6d\t%s\n", lineNo, l)
			}
			s = b.String()
		}
		if showV {
			s = catV(s, showT, showE)
		}
		if !c.out(s) {
			break
		}
	}
	return c.finish(status)
}

// catV is busybox's catv: bytes above 126 as ^? or M- and the rest, control
// characters as ^X (a tab only with -t), and $ before each newline (-e).
func catV(s string, tabs, ends bool) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		ch := s[i]
		if ch > 126 {
			if ch == 127 {
				b.WriteString("^?")
				continue
			}
			b.WriteString("M-")
			ch -= 128
		}
		if ch < 32 {
			switch {
			case ch == '\n':
				if ends {
					b.WriteByte('$')
				}
			case ch != '\t' || tabs:
				b.WriteByte('^')
				b.WriteByte(ch + '@')
				continue
			}
		}
		b.WriteByte(ch)
	}
	return b.String()
}

// notModelledOption: a real option of the applet that the simulator does
// not implement; the applet does nothing and says so beside the output.
func (c *ctx) notModelledOption(name string) int {
	dash := "-"
	if len(name) > 1 {
		dash = "--"
	}
	c.sh.note(c.args[0] + " " + dash + name + " is not modelled in this simulated guest")
	return 0
}

// headerFmt is the "==> file <==" line of head and tail.
func headerFmt(first bool, name string) string {
	if first {
		return "==> " + name + " <==\n"
	}
	return "\n==> " + name + " <==\n"
}

func headApplet(c *ctx) int {
	opts, files, ok := c.getopt(optSpec{short: "n:c:qv", num: 'n', plain: true})
	if !ok {
		return 1
	}
	count, bytes, negative := uint64(10), false, false
	headers := 0 // 0: with several files; 1: never; 2: always
	for _, o := range opts {
		switch o.name {
		case "n", "c":
			bytes = o.name == "c"
			v := o.arg
			negative = strings.HasPrefix(v, "-")
			v = strings.TrimPrefix(v, "-")
			n, ok := parseCount(v)
			if !ok {
				return c.invalidNumber(v)
			}
			count = n
		case "q":
			headers = 1
		case "v":
			headers = 2
		}
	}
	if len(files) == 0 {
		files = []string{"-"}
	}
	show := headers == 2 || (headers == 0 && len(files) > 1)
	status := 0
	first := true
	for _, f := range files {
		s, err := c.file(f)
		name := f
		if f == "-" {
			name = "standard input"
		}
		if err != nil && err != EISDIR {
			c.errMsg(f + ": " + err.Error())
			status = 1
			first = false
			continue
		}
		if show {
			c.out(headerFmt(first, name))
		}
		first = false
		if err == EISDIR {
			// fopen works; reading fails at the end (fclose reports it).
			c.errMsg(f + ": Input/output error")
			status = 1
			continue
		}
		c.out(headPick(s, count, bytes, negative))
	}
	return c.finish(status)
}

func headPick(s string, n uint64, bytes, negative bool) string {
	if bytes {
		if negative {
			if uint64(len(s)) <= n {
				return ""
			}
			return s[:uint64(len(s))-n]
		}
		if uint64(len(s)) > n {
			return s[:n]
		}
		return s
	}
	idx := lineEnds(s)
	if negative {
		if uint64(len(idx)) <= n {
			return ""
		}
		return s[:idx[uint64(len(idx))-n-1]]
	}
	if uint64(len(idx)) > n {
		if n == 0 {
			return ""
		}
		return s[:idx[n-1]]
	}
	return s
}

// lineEnds lists the offset just past each line (a last line without a
// newline counts).
func lineEnds(s string) []int {
	var idx []int
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			idx = append(idx, i+1)
		}
	}
	if len(s) > 0 && s[len(s)-1] != '\n' {
		idx = append(idx, len(s))
	}
	return idx
}

func tailApplet(c *ctx) int {
	opts, files, ok := c.getopt(optSpec{short: "fc:n:qs:vF", num: 'n'})
	if !ok {
		return 1
	}
	count, bytes, fromTop := uint64(10), false, false
	headers := 0
	for _, o := range opts {
		switch o.name {
		case "n", "c":
			bytes = o.name == "c"
			v := o.arg
			fromTop = false
			if strings.HasPrefix(v, "+") {
				fromTop = true
				v = v[1:]
			} else {
				v = strings.TrimPrefix(v, "-")
			}
			n, ok := parseCount(v)
			if !ok {
				return c.invalidNumber(v)
			}
			count = n
		case "q":
			headers = 1
		case "v":
			headers = 2
		case "f", "F":
			c.sh.note("tail -" + o.name + " follows a file forever in the guest; the simulator stops at its end")
		}
	}
	if len(files) == 0 {
		files = []string{"-"}
	}
	type opened struct {
		name, data string
		err        error
	}
	var ok2 []opened
	status := 0
	for _, f := range files {
		s, err := c.file(f)
		if err != nil && err != EISDIR {
			c.errMsg("can't open '" + f + "': " + err.Error())
			status = 1
			continue
		}
		name := f
		if f == "-" {
			name = "standard input"
		}
		ok2 = append(ok2, opened{name, s, err})
	}
	if len(ok2) == 0 {
		c.errMsg("no files")
		return 1
	}
	show := headers == 2 || (headers == 0 && len(ok2) > 1)
	for i, f := range ok2 {
		if show {
			c.out(headerFmt(i == 0, f.name))
		}
		if f.err == EISDIR {
			c.errMsg("read error: Is a directory")
			status = 1
			continue
		}
		c.out(tailPick(f.data, count, bytes, fromTop))
	}
	return c.finish(status)
}

func tailPick(s string, n uint64, bytes, fromTop bool) string {
	if bytes {
		if fromTop {
			if n == 0 {
				n = 1
			}
			if n-1 >= uint64(len(s)) {
				return ""
			}
			return s[n-1:]
		}
		if uint64(len(s)) <= n {
			return s
		}
		return s[uint64(len(s))-n:]
	}
	idx := lineEnds(s)
	if fromTop {
		if n <= 1 {
			return s
		}
		if n-1 > uint64(len(idx)) {
			return ""
		}
		return s[idx[n-2]:]
	}
	if uint64(len(idx)) <= n {
		return s
	}
	if n == 0 {
		return ""
	}
	return s[idx[uint64(len(idx))-n-1]:]
}

func wcApplet(c *ctx) int {
	opts, files, ok := c.getopt(optSpec{short: "lwmcL"})
	if !ok {
		return 1
	}
	// Columns in busybox's order: lines, words, chars, bytes, max length.
	want := map[string]bool{}
	for _, o := range opts {
		want[o.name] = true
	}
	if len(want) == 0 {
		want = map[string]bool{"l": true, "w": true, "c": true}
	}
	order := []string{"l", "w", "m", "c", "L"}
	stdin := false
	if len(files) == 0 {
		files = []string{"-"}
		stdin = true
	}
	single := len(files) == 1 && len(want) == 1
	var totals [5]uint64
	status := 0
	for _, f := range files {
		s, err := c.file(f)
		if err != nil && err != EISDIR {
			c.errMsg(f + ": " + err.Error())
			status = 1
			continue
		}
		if err == EISDIR {
			c.errMsg(f + ": Is a directory")
			status = 1
		}
		counts := wcCount(s)
		var b strings.Builder
		first := true
		for i, k := range order {
			if i == 4 {
				if totals[4] < counts[4] {
					totals[4] = counts[4]
				}
			} else {
				totals[i] += counts[i]
			}
			if !want[k] {
				continue
			}
			switch {
			case first && single:
				fmt.Fprintf(&b, "%d", counts[i])
			case first:
				fmt.Fprintf(&b, "%9d", counts[i])
			default:
				fmt.Fprintf(&b, " %9d", counts[i])
			}
			first = false
		}
		if stdin {
			b.WriteString("\n")
		} else {
			b.WriteString(" " + f + "\n")
		}
		c.out(b.String())
	}
	if len(files) > 1 {
		var b strings.Builder
		first := true
		for i, k := range order {
			if !want[k] {
				continue
			}
			if first {
				fmt.Fprintf(&b, "%9d", totals[i])
			} else {
				fmt.Fprintf(&b, " %9d", totals[i])
			}
			first = false
		}
		c.out(b.String() + " total\n")
	}
	return c.finish(status)
}

// wcCount is busybox wc's loop: lines, words, chars, bytes, longest line.
func wcCount(s string) [5]uint64 {
	var n [5]uint64
	linepos, inWord := uint64(0), false
	endLine := func(c byte) {
		if linepos > n[4] {
			n[4] = linepos
		}
		if c == '\n' {
			n[0]++
		}
		if c != '\v' {
			linepos = 0
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		n[3]++
		if c&0xc0 != 0x80 {
			n[2]++
		}
		switch {
		case c >= 0x20 && c < 0x7f:
			linepos++
			if c != ' ' {
				inWord = true
				continue
			}
		case c >= 9 && c <= 13:
			if c == '\t' {
				linepos = (linepos | 7) + 1
			} else {
				endLine(c)
			}
		default:
			continue
		}
		if inWord {
			n[1]++
		}
		inWord = false
	}
	endLine(0)
	if inWord {
		n[1]++
	}
	// busybox counts chars as bytes when Unicode is off (the guest's LANG is unset).
	n[2] = n[3]
	return n
}

func teeApplet(c *ctx) int {
	opts, files, ok := c.getopt(optSpec{short: "ai"})
	if !ok {
		return 1
	}
	appendMode := has(opts, "a")
	in := c.stdin()
	status := 0
	var outs []string
	for _, f := range files {
		p := c.sh.abs(f)
		if p == "/dev/null" {
			continue
		}
		if err := c.sh.sys.Open(p, appendMode); err != nil {
			c.errMsg(f + ": " + err.Error())
			status = 1
			continue
		}
		outs = append(outs, p)
	}
	for _, p := range outs {
		if err := c.sh.sys.Write(p, in); err != nil && in != "" {
			c.errMsg("write error: " + err.Error())
			status = 1
		}
	}
	c.out(in)
	return c.finish(status)
}

func revApplet(c *ctx) int {
	_, files, ok := c.getopt(optSpec{short: ""})
	if !ok {
		return 1
	}
	status := c.eachInput(files, func(s string) {
		for _, l := range splitLines(s) {
			b := []byte(l)
			for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
				b[i], b[j] = b[j], b[i]
			}
			c.out(string(b) + "\n")
		}
	})
	return c.finish(status)
}

func tacApplet(c *ctx) int {
	_, files, ok := c.getopt(optSpec{short: ""})
	if !ok {
		return 1
	}
	var lines []string
	status := c.eachInput(files, func(s string) {
		lines = append(lines, lineEndsSplit(s)...)
	})
	for i := len(lines) - 1; i >= 0; i-- {
		c.out(lines[i])
	}
	return c.finish(status)
}

// nlApplet is nl_main with print_numbered_lines: -b a numbers every
// line, t (the default) the non-empty ones, anything else none; a line
// left unnumbered is indented by the width and the separator. Numbers go
// on from one file to the next.
func nlApplet(c *ctx) int {
	opts, files, ok := c.getopt(optSpec{short: "pw:s:v:i:b:"})
	if !ok {
		return 1
	}
	width, start, inc, sep, style := 6, 1, 1, "\t", "t"
	for _, o := range opts {
		n := 0
		if strings.Contains("wvi", o.name) {
			v, err := strconv.Atoi(o.arg)
			if err != nil || v < 0 || o.arg[0] == '+' {
				c.errMsg("invalid number '" + o.arg + "'")
				return 1
			}
			n = v
		}
		switch o.name {
		case "w":
			width = n
		case "v":
			start = n
		case "i":
			inc = n
		case "s":
			sep = o.arg
		case "b":
			style = o.arg
		}
	}
	pad := strings.Repeat(" ", width+len(sep))
	status := c.eachInput(files, func(s string) {
		for _, l := range splitLines(s) {
			if strings.HasPrefix(style, "a") || strings.HasPrefix(style, "t") && l != "" {
				c.out(fmt.Sprintf("%*d%s%s\n", width, start, sep, l))
				start += inc
			} else {
				c.out(pad + l + "\n")
			}
		}
	})
	return c.finish(status)
}

// lineEndsSplit splits keeping newlines.
func lineEndsSplit(s string) []string {
	var out []string
	start := 0
	for _, e := range lineEnds(s) {
		out = append(out, s[start:e])
		start = e
	}
	return out
}

func seqApplet(c *ctx) int {
	opts, args, ok := c.getopt(optSpec{short: "+ws:"})
	if !ok {
		return 1
	}
	sep, width := "\n", false
	for _, o := range opts {
		if o.name == "w" {
			width = true
		} else {
			sep = o.arg
		}
	}
	if len(args) < 1 || len(args) > 3 {
		return c.showUsage()
	}
	var nums []float64
	prec := 0
	for _, a := range args {
		v, err := strconv.ParseFloat(a, 64)
		if err != nil {
			return c.showUsage()
		}
		if i := strings.IndexByte(a, '.'); i >= 0 && len(a)-i-1 > prec {
			prec = len(a) - i - 1
		}
		nums = append(nums, v)
	}
	first, inc, last := 1.0, 1.0, nums[len(nums)-1]
	if len(nums) >= 2 {
		first = nums[0]
	}
	if len(nums) == 3 {
		inc = nums[1]
	}
	if inc == 0 && first <= last {
		// A zero step repeats FIRST forever: as much as a pipe's reader takes.
		if c.fds[1] == nil || c.fds[1].kind != sBuf {
			panic(overBudget{"ran seq with a zero step, which never stops"})
		}
		s := strconv.FormatFloat(first, 'f', prec, 64)
		c.out(strings.Repeat(s+sep, 64<<10/(len(s)+len(sep))))
		return 0
	}
	w := 0
	if width {
		for _, v := range []float64{first, last} {
			if l := len(strconv.FormatFloat(v, 'f', prec, 64)); l > w {
				w = l
			}
		}
	}
	var b strings.Builder
	n := 0
	for i := 0; ; i++ {
		v := first + float64(i)*inc
		if (inc > 0 && v > last) || (inc < 0 && v < last) {
			break
		}
		if n > 0 {
			b.WriteString(sep)
		}
		s := strconv.FormatFloat(v, 'f', prec, 64)
		if width && len(s) < w {
			s = strings.Repeat("0", w-len(s)) + s
		}
		b.WriteString(s)
		n++
		if b.Len() > maxBuffered {
			panic(overBudget{"printed too many numbers"})
		}
	}
	if n > 0 {
		b.WriteString("\n")
	}
	c.out(b.String())
	return c.finish(0)
}

// yesApplet writes its line until the budget of a pipe: the reader takes
// what it needs (as head does when yes is killed by SIGPIPE).
func yesApplet(c *ctx) int {
	line := "y"
	if len(c.args) > 1 {
		line = strings.Join(c.args[1:], " ")
	}
	if c.fds[1] != nil && c.fds[1].kind == sBuf {
		n := 64 << 10 / (len(line) + 1)
		c.out(strings.Repeat(line+"\n", max(n, 1)))
		return 0
	}
	panic(overBudget{"ran yes, which never stops"})
}

func basenameApplet(c *ctx) int {
	_, args, ok := c.getopt(optSpec{short: "+"})
	if !ok {
		return 1
	}
	if len(args) < 1 || len(args) > 2 {
		return c.showUsage()
	}
	s := strings.TrimRight(args[0], "/")
	if s == "" && args[0] != "" {
		s = "/"
	} else if i := strings.LastIndexByte(s, '/'); i >= 0 {
		s = s[i+1:]
	}
	if len(args) == 2 && s != args[1] && strings.HasSuffix(s, args[1]) {
		s = strings.TrimSuffix(s, args[1])
	}
	c.out(s + "\n")
	return c.finish(0)
}

func dirnameApplet(c *ctx) int {
	_, args, ok := c.getopt(optSpec{short: "+"})
	if !ok {
		return 1
	}
	if len(args) != 1 {
		return c.showUsage()
	}
	c.out(dirname(args[0]) + "\n")
	return c.finish(0)
}

func dirname(s string) string {
	s = strings.TrimRight(s, "/")
	i := strings.LastIndexByte(s, '/')
	switch {
	case s == "" && i < 0:
		return "/"
	case i < 0:
		return "."
	}
	d := strings.TrimRight(s[:i], "/")
	if d == "" {
		return "/"
	}
	return d
}

// --- sort, uniq, cut, tr ---

func sortApplet(c *ctx) int {
	// sort_main sets xfunc_error_retval = 2: every error exits 2.
	opts, files, ok := c.getopt(optSpec{short: "nrufbdicsgMVRzmSTo:k:t:"})
	if !ok {
		return 2
	}
	var keys []sortKey
	var sep byte
	numeric, reverse, unique, fold, blanks, stable, check := false, false, false, false, false, false, false
	output := ""
	for _, o := range opts {
		switch o.name {
		case "n", "g":
			numeric = true
		case "r":
			reverse = true
		case "u":
			unique = true
		case "f":
			fold = true
		case "b":
			blanks = true
		case "s":
			stable = true
		case "o":
			output = o.arg
		case "t":
			if len(o.arg) != 1 {
				c.errMsg("bad -t parameter")
				return 2
			}
			sep = o.arg[0]
		case "k":
			k, ok := parseSortKey(o.arg)
			if !ok {
				c.errMsg("bad field specification")
				return 2
			}
			keys = append(keys, k)
		case "c":
			check = true
		case "d", "i", "M", "V", "R", "z", "m", "S", "T":
			return c.notModelledOption(o.name)
		}
	}
	if len(files) == 0 {
		files = []string{"-"}
	}
	var lines []string
	for _, f := range files {
		s, err := c.file(f)
		if err == EISDIR {
			continue
		}
		if err != nil {
			c.errMsg(f + ": " + err.Error())
			return 2
		}
		lines = append(lines, splitLines(s)...)
	}
	// compare_keys: each key with its own letters, or the options when
	// it has none, until one differs; then the whole lines (unless -s or
	// -u). The deciding key's r (or the options') reverses the result.
	global := sortKey{numeric: numeric, reverse: reverse, fold: fold, blanks: blanks}
	whole := len(keys) == 0 // no -k: the whole line is the one key
	if whole {
		keys = []sortKey{{startField: 1}}
	}
	compareKey := func(k sortKey, a, b string) int {
		if !whole {
			a, b = k.extract(a, sep), k.extract(b, sep)
		}
		f := global
		if k.flagged {
			f = k
		}
		if f.blanks {
			a, b = strings.TrimLeft(a, " \t"), strings.TrimLeft(b, " \t")
		}
		switch {
		case f.numeric:
			na, nb := leadingNumber(a), leadingNumber(b)
			switch {
			case na < nb:
				return -1
			case na > nb:
				return 1
			}
			return 0
		case f.fold:
			return strings.Compare(strings.ToUpper(a), strings.ToUpper(b))
		}
		return strings.Compare(a, b)
	}
	full := func(a, b string) int {
		for _, k := range keys {
			if r := compareKey(k, a, b); r != 0 {
				if k.flagged && k.reverse || !k.flagged && reverse {
					r = -r
				}
				return r
			}
		}
		r := 0
		if !stable && !unique {
			r = strings.Compare(a, b)
		}
		if reverse {
			r = -r
		}
		return r
	}
	cmp := func(a, b string) int {
		for _, k := range keys {
			if r := compareKey(k, a, b); r != 0 {
				return r
			}
		}
		return 0
	}
	if check {
		limit := 0
		if unique {
			limit = -1
		}
		for i := 1; i < len(lines); i++ {
			if full(lines[i-1], lines[i]) > limit {
				c.sh.write(c.fds[2], fmt.Sprintf("Check line %d\n", i))
				return 1
			}
		}
		return 0
	}
	sort.SliceStable(lines, func(i, j int) bool { return full(lines[i], lines[j]) < 0 })
	if unique {
		var u []string
		for i, l := range lines {
			if i == 0 || cmp(l, lines[i-1]) != 0 {
				u = append(u, l)
			}
		}
		lines = u
	}
	out := ""
	for _, l := range lines {
		out += l + "\n"
	}
	if output != "" {
		p := c.sh.abs(output)
		if err := c.sh.sys.Open(p, false); err != nil {
			c.errMsg("can't open '" + output + "': " + err.Error())
			return 2
		}
		c.sh.sys.Write(p, out)
		return 0
	}
	c.out(out)
	return c.finish(0)
}

// leadingNumber is strtod on the start of a string (0 if none).
func leadingNumber(s string) float64 {
	s = strings.TrimLeft(s, " \t")
	end := 0
	for end < len(s) && (s[end] >= '0' && s[end] <= '9' || s[end] == '.' || (end == 0 && (s[end] == '-' || s[end] == '+'))) {
		end++
	}
	for end > 0 {
		if v, err := strconv.ParseFloat(s[:end], 64); err == nil {
			return v
		}
		end--
	}
	return 0
}

type sortKey struct {
	startField, startChar, endField, endChar int
	numeric, reverse, fold, blanks           bool
	flagged                                  bool // the key has letters of its own
}

func parseSortKey(s string) (sortKey, bool) {
	var k sortKey
	start, end, hasEnd := strings.Cut(s, ",")
	parse := func(p string, f, ch *int) bool {
		p = strings.TrimRight(p, "bdfinrgMV")
		fs, cs, hasC := strings.Cut(p, ".")
		n, err := strconv.Atoi(fs)
		if err != nil || n < 1 {
			return false
		}
		*f = n
		if hasC {
			m, err := strconv.Atoi(cs)
			if err != nil {
				return false
			}
			*ch = m
		}
		return true
	}
	flags := func(p string) {
		for _, ch := range p {
			switch ch {
			case 'n', 'g':
				k.numeric = true
			case 'r':
				k.reverse = true
			case 'f':
				k.fold = true
			case 'b':
				k.blanks = true
			}
			if strings.ContainsRune("bdfinrgMV", ch) {
				k.flagged = true
			}
		}
	}
	if !parse(start, &k.startField, &k.startChar) {
		return k, false
	}
	flags(start)
	if hasEnd {
		if !parse(end, &k.endField, &k.endChar) {
			return k, false
		}
		flags(end)
	}
	return k, true
}

// extract is the key's text in a line: fields split at sep, or at the
// blank-to-non-blank boundaries (each field keeps its leading blanks).
func (k sortKey) extract(l string, sep byte) string {
	var starts []int
	if sep != 0 {
		starts = append(starts, 0)
		for i := 0; i < len(l); i++ {
			if l[i] == sep {
				starts = append(starts, i+1)
			}
		}
	} else {
		for i := 0; i < len(l); i++ {
			if i == 0 || (l[i] == ' ' || l[i] == '\t') && l[i-1] != ' ' && l[i-1] != '\t' {
				starts = append(starts, i)
			}
		}
		if len(starts) == 0 {
			starts = []int{0}
		}
	}
	fieldEnd := func(f int) int {
		if f < len(starts) {
			e := starts[f]
			if sep != 0 {
				e--
			}
			return e
		}
		return len(l)
	}
	if k.startField > len(starts) {
		return ""
	}
	a := starts[k.startField-1]
	if k.startChar > 0 {
		a += k.startChar - 1
	}
	b := len(l)
	if k.endField > 0 {
		if k.endChar > 0 && k.endField <= len(starts) {
			b = starts[k.endField-1] + k.endChar
		} else {
			b = fieldEnd(k.endField)
		}
	}
	if a > len(l) {
		a = len(l)
	}
	if b > len(l) {
		b = len(l)
	}
	if b < a {
		return ""
	}
	return l[a:b]
}

func uniqApplet(c *ctx) int {
	opts, files, ok := c.getopt(optSpec{short: "cf:s:w:dDiuz"})
	if !ok {
		return 1
	}
	count, dups, uniques, fold := false, false, false, false
	skipFields, skipChars, maxChars := 0, 0, -1
	for _, o := range opts {
		switch o.name {
		case "c":
			count = true
		case "d":
			dups = true
		case "u":
			uniques = true
		case "i":
			fold = true
		case "f", "s", "w":
			n, err := strconv.Atoi(o.arg)
			if err != nil || n < 0 {
				return c.invalidNumber(o.arg)
			}
			switch o.name {
			case "f":
				skipFields = n
			case "s":
				skipChars = n
			default:
				maxChars = n
			}
		default:
			return c.notModelledOption(o.name)
		}
	}
	in := "-"
	if len(files) > 0 {
		in = files[0]
	}
	if len(files) > 2 {
		return c.showUsage()
	}
	s, err := c.file(in)
	if err != nil && err != EISDIR {
		c.errMsg("can't open '" + in + "': " + err.Error())
		return 1
	}
	lines := splitLines(s)
	// What is compared: after -f fields (blanks, then non-blanks) and -s
	// characters, at most -w characters.
	part := func(l string) string {
		for range skipFields {
			l = strings.TrimLeft(l, " \t")
			if i := strings.IndexAny(l, " \t"); i >= 0 {
				l = l[i:]
			} else {
				l = ""
			}
		}
		l = l[min(skipChars, len(l)):]
		if maxChars >= 0 && len(l) > maxChars {
			l = l[:maxChars]
		}
		return l
	}
	same := func(a, b string) bool {
		a, b = part(a), part(b)
		if fold {
			return strings.EqualFold(a, b)
		}
		return a == b
	}
	var b strings.Builder
	for i := 0; i < len(lines); {
		j := i + 1
		for j < len(lines) && same(lines[j], lines[i]) {
			j++
		}
		n := j - i
		if (!dups || n > 1) && (!uniques || n == 1) {
			if count {
				fmt.Fprintf(&b, "%7d %s\n", n, lines[i])
			} else {
				b.WriteString(lines[i] + "\n")
			}
		}
		i = j
	}
	if len(files) == 2 {
		p := c.sh.abs(files[1])
		if err := c.sh.sys.Open(p, false); err != nil {
			c.errMsg("can't open '" + files[1] + "': " + err.Error())
			return 1
		}
		c.sh.sys.Write(p, b.String())
		return 0
	}
	c.out(b.String())
	return c.finish(0)
}

func cutApplet(c *ctx) int {
	opts, files, ok := c.getopt(optSpec{short: "b:c:f:d:O:sDF:n"})
	if !ok {
		return 1
	}
	mode, list, delim, odelim := "", "", "", ""
	delimGiven, odelimGiven, suppress, nosort := false, false, false, false
	for _, o := range opts {
		switch o.name {
		case "b", "c", "f", "F":
			if mode != "" && mode != o.name {
				// getopt32's "b--bcfF": the lists exclude each other.
				return c.showUsage()
			}
			mode, list = o.name, o.arg
		case "d":
			delim, delimGiven = o.arg, true
		case "O":
			odelim, odelimGiven = o.arg, true
		case "s":
			suppress = true
		case "D":
			nosort = true
		}
	}
	regexMode := mode == "F"
	if delim == "" {
		delim = "\t"
		if regexMode {
			delim = "[[:space:]]+"
		}
	}
	if !odelimGiven {
		odelim = delim
		if regexMode {
			odelim = " "
		}
	}
	if mode == "" {
		c.errMsg("expected a list of bytes, characters, or fields")
		return 1
	}
	if mode == "b" || mode == "c" {
		if suppress {
			c.errMsg("suppressing non-delimited lines makes sense only when operating on fields")
			return 1
		}
		if delimGiven {
			c.errMsg("a delimiter may be specified only when operating on fields")
			return 1
		}
	}
	ranges, msg := parseCutList(list)
	if msg != "" {
		c.errMsg(msg)
		return 1
	}
	if !nosort {
		sort.SliceStable(ranges, func(i, j int) bool { return ranges[i].lo < ranges[j].lo })
	}
	var re *regex.Regexp
	if regexMode {
		var err error
		re, err = compileRegex(delim, true, false)
		if err != nil {
			c.errMsg("bad regex '" + delim + "'")
			return 1
		}
	}
	if len(files) == 0 {
		files = []string{"-"}
	}
	status := 0
	for _, f := range files {
		s, err := c.file(f)
		if err == EISDIR {
			continue
		}
		if err != nil {
			c.errMsg(f + ": " + err.Error())
			status = 1
			continue
		}
		var b strings.Builder
		for _, l := range splitLines(s) {
			switch {
			case mode == "b" || mode == "c":
				printed := make([]bool, len(l))
				for _, r := range ranges {
					for p := r.lo; p < len(l); p++ {
						if !printed[p] {
							printed[p] = true
							b.WriteByte(l[p])
						}
						if p+1 > r.hi {
							break
						}
					}
				}
				b.WriteByte('\n')
			case delim[0] == '\n' && !regexMode:
				// "cut -d'\n'": whole lines by number are not worth modelling.
				c.sh.note("cut with a newline delimiter is not modelled in this simulated guest")
				return 0
			default:
				if !cutFields(&b, l, delim[0], re, odelim, ranges, suppress, nosort) {
					continue
				}
				b.WriteByte('\n')
			}
		}
		c.out(b.String())
	}
	return c.finish(status)
}

// cutFields is busybox cut's field loop for one line (false: the line is
// suppressed by -s).
func cutFields(b *strings.Builder, line string, delim byte, re *regex.Regexp, odelim string, rs []cutRange, suppress, nosort bool) bool {
	n := len(line)
	uu, start, end, out, dcount, cl := 0, 0, 0, 0, 0, 0
	for {
		if end == n || dcount > rs[cl].hi {
			cl++
			if cl >= len(rs) {
				break
			}
			if nosort {
				start, dcount, uu = 0, 0, 0
			}
			end = 0
		}
		if uu == n {
			if cl == 0 && dcount == 0 && re == nil {
				if suppress {
					return false
				}
			} else if dcount < rs[cl].lo {
				start = n
			}
			end = n
		} else {
			if re != nil {
				loc := re.FindStringIndex(line[uu:])
				if loc == nil {
					uu = n
					continue
				}
				end = uu + loc[0]
				uu += loc[1]
			} else {
				end = uu
				uu++
				if line[end] != delim {
					continue
				}
			}
			dcount++
			if dcount-1 < rs[cl].lo {
				start = uu
				continue
			}
		}
		if end != start || re == nil {
			if out > 0 {
				b.WriteString(odelim)
			}
			out++
			b.WriteString(line[start:end])
		}
		start = uu
		if dcount == 0 {
			break
		}
	}
	return true
}

// cutRange is a 0-based inclusive range; hi is maxInt for "N-".
type cutRange struct{ lo, hi int }

const maxInt = int(^uint(0) >> 1)

func parseCutList(list string) ([]cutRange, string) {
	var rs []cutRange
	num := func(s string) (int, string) {
		v, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
				return 0, "number " + s + " is not in 0..2147483647 range"
			}
			return 0, "invalid number '" + s + "'"
		}
		if v > 2147483647 {
			return 0, "number " + s + " is not in 0..2147483647 range"
		}
		return int(v), ""
	}
	for _, part := range strings.Split(list, ",") {
		if part == "" {
			continue
		}
		a, b, isRange := strings.Cut(part, "-")
		s := 0
		if a != "" {
			v, msg := num(a)
			if msg != "" {
				return nil, msg
			}
			s = v
			if s != 0 {
				s--
			}
		}
		e := s
		if isRange {
			if b == "" {
				e = maxInt
			} else {
				v, msg := num(b)
				if msg != "" {
					return nil, msg
				}
				if v < s {
					return nil, strconv.Itoa(v) + "<" + strconv.Itoa(s)
				}
				e = v - 1
			}
		}
		rs = append(rs, cutRange{s, e})
	}
	if len(rs) == 0 {
		return nil, "missing list of positions"
	}
	return rs, ""
}

func trApplet(c *ctx) int {
	opts, args, ok := c.getopt(optSpec{short: "+Ccds"})
	if !ok {
		return 1
	}
	del, squeeze, complement := has(opts, "d"), has(opts, "s"), has(opts, "c") || has(opts, "C")
	if len(args) < 1 || (!del && !squeeze && len(args) < 2) {
		return c.showUsage()
	}
	set1 := expandTrSet(args[0])
	var set2 []byte
	if len(args) > 1 {
		set2 = expandTrSet(args[1])
	}
	in1 := [256]bool{}
	for _, b := range set1 {
		in1[b] = true
	}
	if complement {
		for i := range in1 {
			in1[i] = !in1[i]
		}
	}
	var mapping [256]int
	for i := range mapping {
		mapping[i] = i
	}
	if !del && len(set2) > 0 {
		if complement {
			for i := 0; i < 256; i++ {
				if in1[i] {
					mapping[i] = int(set2[len(set2)-1])
				}
			}
		} else {
			for i, b := range set1 {
				t := set2[len(set2)-1]
				if i < len(set2) {
					t = set2[i]
				}
				mapping[b] = int(t)
			}
		}
	}
	sq := [256]bool{}
	sqSet := set1
	if len(set2) > 0 && !del || (del && squeeze) {
		sqSet = set2
	}
	for _, b := range sqSet {
		sq[b] = true
	}
	if squeeze && len(set2) == 0 && !del && complement {
		sq = in1
	}
	s := c.stdin()
	var b strings.Builder
	last := -1
	for i := 0; i < len(s); i++ {
		ch := s[i]
		if del && in1[ch] {
			continue
		}
		out := byte(mapping[ch])
		if !del && len(set2) == 0 {
			out = ch
		}
		if squeeze && sq[out] && int(out) == last {
			continue
		}
		b.WriteByte(out)
		last = int(out)
	}
	c.out(b.String())
	return c.finish(0)
}

// expandTrSet expands ranges, classes and escapes of a tr set.
func expandTrSet(s string) []byte {
	var out []byte
	for i := 0; i < len(s); i++ {
		ch := s[i]
		switch {
		case ch == '\\' && i+1 < len(s):
			i++
			switch s[i] {
			case 'n':
				ch = '\n'
			case 't':
				ch = '\t'
			case 'r':
				ch = '\r'
			case '\\':
				ch = '\\'
			default:
				ch = s[i]
			}
		case ch == '[' && strings.HasPrefix(s[i:], "[:"):
			if end := strings.Index(s[i:], ":]"); end > 0 {
				class := s[i+2 : i+end]
				for b := 0; b < 256; b++ {
					if classMatch(class, byte(b)) {
						out = append(out, byte(b))
					}
				}
				i += end + 1
				continue
			}
		}
		if i+2 < len(s) && s[i+1] == '-' {
			hi := s[i+2]
			for b := int(ch); b <= int(hi); b++ {
				out = append(out, byte(b))
			}
			i += 2
			continue
		}
		out = append(out, ch)
	}
	return out
}
