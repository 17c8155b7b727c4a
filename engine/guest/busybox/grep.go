package busybox

import (
	"strconv"
	"strings"

	"hotpluglab/engine/regex"
)

// grep (and egrep, fgrep) as busybox 1.35 with its GNU-compatible regex:
// -E -F -i -v -c -n -o -w -x -q -l -L -h -H -s -m -A -B -C -e -r.

func registerGrep() {
	applets["grep"] = grepApplet
	applets["egrep"] = grepApplet
	applets["fgrep"] = grepApplet
}

type grepPattern struct {
	text string
	re   *regex.Regexp
}

type grepRun struct {
	c                                      *ctx
	fixed, icase, invert, count, number    bool
	only, word, whole, quiet, list, noList bool
	maxMatches                             int
	after, before                          int
	showName                               bool
	patterns                               []grepPattern
	// context printing across the file
	didPrint    bool
	lastPrinted int
}

func grepApplet(c *ctx) int {
	opts, args, ok := c.getopt(optSpec{short: "lnqvscFiHhe:f:LorRm:wxA:B:C:EzaI",
		long: map[string]bool{"color": true}})
	if !ok {
		return 2
	}
	g := &grepRun{c: c, maxMatches: -1}
	var pats []string
	extended := c.args[0] == "egrep"
	g.fixed = c.args[0] == "fgrep"
	showName, noName := false, false
	recurse := false
	ctxSet := map[string]int{}
	for _, o := range opts {
		switch o.name {
		case "l":
			g.list = true
		case "L":
			g.noList = true
		case "n":
			g.number = true
		case "q":
			g.quiet = true
		case "v":
			g.invert = true
		case "s":
		case "c":
			g.count = true
		case "F":
			g.fixed = true
		case "i":
			g.icase = true
		case "H":
			showName, noName = true, false
		case "h":
			noName, showName = true, false
		case "e":
			pats = append(pats, strings.Split(o.arg, "\n")...)
		case "f":
			s, err := c.file(o.arg)
			if err != nil {
				c.errMsg("can't open '" + o.arg + "': " + err.Error())
				return 2
			}
			pats = append(pats, splitLines(s)...)
		case "o":
			g.only = true
		case "r", "R":
			recurse = true
		case "m", "A", "B", "C":
			n, err := strconv.Atoi(o.arg)
			if err != nil || n < 0 {
				c.errMsg("invalid number '" + o.arg + "'")
				return 2
			}
			if o.name == "m" {
				g.maxMatches = n
			} else {
				ctxSet[o.name] = n
				if o.name == "C" {
					delete(ctxSet, "A")
					delete(ctxSet, "B")
				}
			}
		case "w":
			g.word = true
		case "x":
			g.whole = true
		case "E":
			extended = true
		case "z":
			return c.notModelledOption("z")
		}
	}
	if v, ok := ctxSet["C"]; ok {
		g.after, g.before = v, v
	}
	if v, ok := ctxSet["A"]; ok {
		g.after = v
	}
	if v, ok := ctxSet["B"]; ok {
		g.before = v
	}
	suppress := has(opts, "s")
	if g.count || g.quiet || g.list || g.noList {
		g.number = false
		g.after, g.before = 0, 0
	}
	if pats == nil {
		if len(args) == 0 {
			c.showUsage()
			return 2
		}
		pats = strings.Split(args[0], "\n")
		args = args[1:]
	}
	for _, p := range pats {
		gp := grepPattern{text: p}
		if !g.fixed {
			re, err := compileRegex(p, extended, g.icase)
			if err == errRegexUnknown {
				c.sh.note("this regular expression (" + p + ") is beyond what the simulated grep models")
				return 2
			}
			if err != nil {
				c.errMsg("bad regex '" + p + "'")
				return 2
			}
			gp.re = re
		}
		g.patterns = append(g.patterns, gp)
	}
	files := args
	if len(files) == 0 {
		files = []string{"-"}
		if recurse {
			files = []string{"."}
		}
	}
	g.showName = len(files) > 1 || showName || recurse
	if recurse {
		// recursive_action: a folder's files in readdir order, links
		// below the named ones not followed.
		var walked []string
		var walk func(name string, top bool)
		walk = func(name string, top bool) {
			stat := c.sh.sys.Lstat
			if top {
				stat = c.sh.sys.Stat
			}
			fi, err := stat(c.sh.abs(name))
			if err != nil || fi.Type != Dir {
				if err != nil || fi.Type != Symlink {
					walked = append(walked, name)
				}
				return
			}
			names, _ := c.sh.sys.ReadDir(c.sh.abs(name))
			for _, n := range names {
				c.sh.step()
				walk(strings.TrimSuffix(name, "/")+"/"+n, false)
			}
		}
		for _, f := range files {
			walk(f, true)
		}
		files = walked
	}
	if noName {
		g.showName = false
	}
	matched, openErr := false, false
	for _, f := range files {
		name := f
		var data string
		if f == "-" {
			name = "(standard input)"
			data = c.stdin()
		} else {
			s, err := c.file(f)
			if err != nil && err != EISDIR {
				if !suppress {
					c.errMsg(f + ": " + err.Error())
				}
				openErr = true
				continue
			}
			data = s
		}
		if g.file(name, data) {
			matched = true
			if g.quiet {
				return 0
			}
		}
		if c.writeErr != nil {
			break
		}
	}
	// grep does not report a failed write to stdout (stdio buffers it).
	switch {
	case openErr && !(g.quiet && matched):
		return 2
	case matched:
		return 0
	}
	return 1
}

// match finds whether a line matches; for -o it returns the matched
// parts (of the first pattern that matches).
func (g *grepRun) match(line string) (bool, []string) {
	for _, p := range g.patterns {
		if g.fixed {
			if ok, parts := g.matchFixed(p.text, line); ok {
				return true, parts
			}
			continue
		}
		if ok, parts := g.matchRegex(p.re, line); ok {
			return true, parts
		}
	}
	return false, nil
}

func isWordChar(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func (g *grepRun) matchFixed(pat, line string) (bool, []string) {
	hay, needle := line, pat
	if g.icase {
		hay, needle = strings.ToLower(line), strings.ToLower(pat)
	}
	from := 0
	for {
		i := strings.Index(hay[from:], needle)
		if i < 0 {
			return false, nil
		}
		i += from
		switch {
		case g.whole:
			if i != 0 || len(needle) != len(hay) {
				return false, nil
			}
		case g.word:
			before := byte(' ')
			if i > 0 {
				before = line[i-1]
			}
			if !isWordChar(before) {
				end := i + len(needle)
				if end >= len(line) || !isWordChar(line[end]) {
					break
				}
			}
			from = i + 1
			if from > len(hay) {
				return false, nil
			}
			continue
		}
		return true, []string{pat}
	}
}

func (g *grepRun) matchRegex(re *regex.Regexp, line string) (bool, []string) {
	loc := re.FindStringIndex(line)
	if loc == nil {
		return false, nil
	}
	switch {
	case g.whole:
		if loc[0] != 0 || loc[1] != len(line) {
			// a shorter leftmost-longest match: try anchored
			full := regex.MustCompile("^(?:" + re.String() + ")$")
			if !full.MatchString(line) {
				return false, nil
			}
		}
		return true, []string{line}
	case g.word:
		off := 0
		for {
			before := byte(' ')
			if off+loc[0] > 0 {
				before = line[off+loc[0]-1]
			}
			after := byte(' ')
			if off+loc[1] < len(line) {
				after = line[off+loc[1]]
			}
			if !isWordChar(before) && !isWordChar(after) {
				break
			}
			if loc[1] == 0 {
				return false, nil
			}
			off += loc[1]
			loc = re.FindStringIndex(line[off:])
			if loc == nil {
				return false, nil
			}
		}
		if !g.only {
			return true, nil
		}
		// busybox checks word boundaries for the line's first match only:
		// -o then prints every following match as plain grep -o does
		// ("lahf_lm" gives "lm" after a word match, gs2-pc-cpuinfo-filter).
		loc = []int{off + loc[0], off + loc[1]}
	}
	if !g.only {
		return true, nil
	}
	// grep.c's -o loop: print the match, stop at the line's end, go on
	// one past an empty match.
	var parts []string
	// The next searches use REG_NOTBOL: "^" matches at the line's start only.
	for m := loc; m != nil; {
		if m[1] > m[0] {
			parts = append(parts, line[m[0]:m[1]])
		}
		end := m[1]
		if end >= len(line) {
			break
		}
		if m[1] == m[0] {
			end++
		}
		m = re.FindStringIndexFrom(line, end)
	}
	return true, parts
}

// file greps one input; it returns whether anything matched.
func (g *grepRun) file(name, data string) bool {
	c := g.c
	nmatches := 0
	var beforeBuf []int // line numbers held for -B
	lines := splitLines(data)
	printAfter := 0
	g.didPrint, g.lastPrinted = false, 0
	prefix := func(n int, sep byte) string {
		s := ""
		if g.showName {
			s += name + string(sep)
		}
		if g.number {
			s += strconv.Itoa(n) + string(sep)
		}
		return s
	}
	printLine := func(n int, text string, sep byte) {
		if (g.before > 0 || g.after > 0) && g.didPrint && g.lastPrinted != n-1 {
			c.out("--\n")
		}
		g.didPrint, g.lastPrinted = true, n
		if g.invert && g.only {
			c.out(prefix(n, sep))
			return
		}
		c.out(prefix(n, sep) + text + "\n")
	}
	for i, line := range lines {
		c.sh.step()
		n := i + 1
		found, parts := g.match(line)
		if found != g.invert {
			nmatches++
			if g.quiet || g.list || g.noList {
				if g.list {
					c.out(name + "\n")
					return true
				}
				if g.quiet {
					return true
				}
				return false
			}
			if g.maxMatches >= 0 && nmatches > g.maxMatches {
				break
			}
			if !g.count {
				for _, b := range beforeBuf {
					printLine(b, lines[b-1], '-')
				}
				beforeBuf = nil
				printAfter = g.after
				if g.only && !g.invert {
					for _, p := range parts {
						printLine(n, p, ':')
					}
				} else {
					printLine(n, line, ':')
				}
			}
		} else {
			switch {
			case printAfter > 0:
				printLine(n, line, '-')
				printAfter--
			case g.before > 0:
				beforeBuf = append(beforeBuf, n)
				if len(beforeBuf) > g.before {
					beforeBuf = beforeBuf[1:]
				}
			}
		}
		if g.maxMatches >= 0 && printAfter == 0 && nmatches == g.maxMatches {
			break
		}
	}
	if g.count {
		if g.showName {
			c.out(name + ":")
		}
		c.out(strconv.Itoa(nmatches) + "\n")
	}
	if g.noList {
		c.out(name + "\n")
		return true
	}
	return nmatches != 0
}
