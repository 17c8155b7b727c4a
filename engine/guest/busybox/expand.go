package busybox

import (
	"sort"
	"strconv"
	"strings"
)

// Word expansion as ash does it: parameters, command substitution and
// arithmetic, then field splitting of unquoted results, then pathname
// expansion, then quote removal.

// field is one field being built: its text, and the same text as a glob
// pattern with quoted characters escaped.
type field struct {
	text, pat strings.Builder
	glob      bool // an unquoted glob character is in it
	started   bool // quoted empty text still makes a field
}

func (f *field) add(s string, quoted bool) {
	f.started = true
	f.text.WriteString(s)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '*', '?', '[', '\\', ']':
			if quoted {
				f.pat.WriteByte('\\')
			} else if c != '\\' && c != ']' {
				f.glob = true
			}
		}
		f.pat.WriteByte(c)
	}
}

type expander struct {
	sh     *Shell
	fields []*field
	cur    *field
	split  bool // split unquoted expansion results (not in assignments, case, redirections)
}

func (e *expander) field() *field {
	if e.cur == nil {
		e.cur = &field{}
	}
	return e.cur
}

func (e *expander) endField() {
	if e.cur != nil && (e.cur.started || e.cur.text.Len() > 0) {
		e.fields = append(e.fields, e.cur)
	}
	e.cur = nil
}

// addSplit adds an unquoted expansion's result, split at IFS.
func (e *expander) addSplit(s string) {
	if !e.split {
		e.field().add(s, false)
		return
	}
	ifs, ok := e.sh.lookupVar("IFS")
	if !ok {
		ifs = " \t\n"
	}
	if ifs == "" {
		if s != "" {
			e.field().add(s, false)
		}
		return
	}
	i := 0
	for i < len(s) {
		c := s[i]
		if strings.IndexByte(ifs, c) < 0 {
			j := i
			for j < len(s) && strings.IndexByte(ifs, s[j]) < 0 {
				j++
			}
			e.field().add(s[i:j], false)
			i = j
			continue
		}
		// A run of IFS white space, with at most one other IFS character.
		white := isIFSWhite(c)
		j := i
		for j < len(s) && strings.IndexByte(ifs, s[j]) >= 0 && isIFSWhite(s[j]) {
			j++
		}
		if j < len(s) && strings.IndexByte(ifs, s[j]) >= 0 && !isIFSWhite(s[j]) {
			j++
			for j < len(s) && strings.IndexByte(ifs, s[j]) >= 0 && isIFSWhite(s[j]) {
				j++
			}
			white = false
		}
		if !white || e.cur != nil {
			if e.cur == nil {
				e.cur = &field{started: true}
			}
			e.cur.started = true
			e.endField()
		}
		i = j
	}
}

func isIFSWhite(c byte) bool { return c == ' ' || c == '\t' || c == '\n' }

func (e *expander) word(w *word) {
	for i := range w.parts {
		e.part(&w.parts[i], i == 0)
	}
}

func (e *expander) part(p *wordPart, first bool) {
	switch p.kind {
	case pLit:
		s := p.text
		if first && !p.quoted && strings.HasPrefix(s, "~") {
			s = e.sh.tilde(s)
		}
		e.field().add(s, p.quoted)
		if p.quoted {
			e.field().started = true
		}
	case pParam:
		e.param(p)
	case pCmdSub:
		out := e.sh.commandSubst(p.cmd)
		e.result(out, p.quoted)
	case pArith:
		v := e.sh.arithExpand(p.arg)
		e.result(strconv.FormatInt(v, 10), p.quoted)
	}
}

// result adds an expansion's text: quoted, or split and globbed.
func (e *expander) result(s string, quoted bool) {
	if quoted {
		e.field().add(s, true)
		e.field().started = true
		return
	}
	e.addSplit(s)
}

func (e *expander) param(p *wordPart) {
	sh := e.sh
	name := p.text
	if p.op == "bad" {
		sh.raise("syntax error: bad substitution")
	}
	// "$@" makes one field per parameter.
	if name == "@" && p.op == "" && p.quoted {
		for i, a := range sh.st.params {
			if i > 0 {
				e.endField()
			}
			e.field().add(a, true)
			e.field().started = true
		}
		return
	}
	val, set := sh.param(name)
	if !set && sh.option("nounset") && name != "@" && name != "*" && !strings.ContainsAny(p.op, "-=+?") {
		sh.raise(name + ": parameter not set")
	}
	switch p.op {
	case "":
		e.result(val, p.quoted)
		return
	case "len":
		e.result(strconv.Itoa(len(val)), p.quoted)
		return
	case "-", ":-", "=", ":=", "+", ":+", "?", ":?":
		use := set
		if strings.HasPrefix(p.op, ":") {
			use = set && val != ""
		}
		switch p.op[len(p.op)-1] {
		case '-':
			if use {
				e.result(val, p.quoted)
			} else {
				e.word(p.arg)
			}
		case '+':
			if use {
				e.word(p.arg)
			}
		case '=':
			if !use {
				if !goodName(name) {
					sh.raise(name + ": bad variable name")
				}
				val = sh.expandWord(p.arg)
				sh.setVar(name, val)
			}
			e.result(val, p.quoted)
		case '?':
			if !use {
				msg := "parameter not set"
				if strings.HasPrefix(p.op, ":") {
					msg = "parameter null or not set"
				}
				if a := sh.expandWord(p.arg); a != "" {
					msg = a
				}
				sh.raise(name + ": " + msg)
			}
			e.result(val, p.quoted)
		}
		return
	case "#", "##", "%", "%%":
		pat := sh.expandPattern(p.arg)
		e.result(trimPattern(val, pat, p.op), p.quoted)
		return
	case ":":
		off := sh.arithString(sh.expandWord(p.arg))
		n := int64(len(val))
		if off < 0 {
			off += n
			if off < 0 {
				off = 0
			}
		}
		if off > n {
			off = n
		}
		end := n
		if p.hasArg2 {
			l := sh.arithString(sh.expandWord(p.arg2))
			if l < 0 {
				end = n + l
			} else {
				end = off + l
			}
			if end > n {
				end = n
			}
			if end < off {
				end = off
			}
		}
		e.result(val[off:end], p.quoted)
		return
	case "/", "//":
		pat := sh.expandPattern(p.arg)
		rep := ""
		if p.hasArg2 {
			rep = sh.expandWord(p.arg2)
		}
		e.result(replacePattern(val, pat, rep, p.op == "//"), p.quoted)
		return
	}
}

// param is a parameter's value.
func (sh *Shell) param(name string) (string, bool) {
	switch name {
	case "?":
		return strconv.Itoa(sh.st.status), true
	case "#":
		return strconv.Itoa(len(sh.st.params)), true
	case "$":
		return "1", true
	case "!":
		return "", false
	case "-":
		return "smi", true
	case "0":
		return sh.arg0, true
	case "@", "*":
		sep := " "
		if ifs, ok := sh.lookupVar("IFS"); ok {
			sep = ""
			if ifs != "" {
				sep = ifs[:1]
			}
		}
		return strings.Join(sh.st.params, sep), len(sh.st.params) > 0
	}
	if name[0] >= '0' && name[0] <= '9' {
		n, err := strconv.Atoi(name)
		if err != nil || n < 1 || n > len(sh.st.params) {
			return "", false
		}
		return sh.st.params[n-1], true
	}
	return sh.lookupVar(name)
}

func (sh *Shell) tilde(s string) string {
	// The initramfs has no /etc/passwd: only ~ and ~/ expand.
	name, rest, _ := strings.Cut(s[1:], "/")
	if name != "" {
		return s
	}
	home, _ := sh.lookupVar("HOME")
	if strings.Contains(s, "/") {
		return home + "/" + rest
	}
	return home
}

// commandSubst runs $(...) in a subshell and returns its output without
// trailing newlines.
func (sh *Shell) commandSubst(l *list) string {
	out := &stream{kind: sBuf, buf: &strings.Builder{}}
	f := sh.std()
	f[1] = out
	skip := sh.skip
	st := sh.subshell(func() int { return sh.runList(l, f) })
	sh.skip = skip
	sh.lastSubStatus = st
	sh.st.status = st
	return strings.TrimRight(out.buf.String(), "\n")
}

// expandWords expands command words: split and globbed.
func (sh *Shell) expandWords(ws []*word) []string {
	var out []string
	for _, w := range ws {
		sh.step()
		e := &expander{sh: sh, split: true}
		e.word(w)
		e.endField()
		for _, f := range e.fields {
			if f.glob {
				if m := sh.glob(f.pat.String()); len(m) > 0 {
					out = append(out, m...)
					continue
				}
			}
			out = append(out, f.text.String())
		}
	}
	return out
}

// expandWord expands a word to one string (redirection targets, case
// subjects, here no splitting and no globbing).
func (sh *Shell) expandWord(w *word) string {
	if w == nil {
		return ""
	}
	e := &expander{sh: sh}
	e.word(w)
	if e.cur == nil {
		return ""
	}
	return e.cur.text.String()
}

// expandAssign is an assignment's value (tilde after '=' too).
func (sh *Shell) expandAssign(w *word) string { return sh.expandWord(w) }

// expandPattern expands a word into a pattern: quoted characters escaped.
func (sh *Shell) expandPattern(w *word) string {
	if w == nil {
		return ""
	}
	e := &expander{sh: sh}
	e.word(w)
	if e.cur == nil {
		return ""
	}
	return e.cur.pat.String()
}

// glob expands a pattern against the files; sorted, or nil if none match.
func (sh *Shell) glob(pat string) []string {
	abs := strings.HasPrefix(pat, "/")
	parts := strings.Split(pat, "/")
	bases := []string{""}
	if abs {
		bases = []string{"/"}
		parts = parts[1:]
	}
	for i, part := range parts {
		last := i == len(parts)-1
		if part == "" {
			if last {
				// "dir*/": only folders
				var next []string
				for _, b := range bases {
					if fi, err := sh.sys.Stat(sh.abs(b)); err == nil && fi.Type == Dir {
						next = append(next, b+"/")
					}
				}
				bases = next
			}
			continue
		}
		var next []string
		for _, b := range bases {
			join := func(n string) string {
				if b == "" {
					return n
				}
				if strings.HasSuffix(b, "/") {
					return b + n
				}
				return b + "/" + n
			}
			if !hasGlob(part) {
				n := unescape(part)
				if _, err := sh.sys.Lstat(sh.abs(join(n))); err == nil {
					next = append(next, join(n))
				}
				continue
			}
			dir := b
			if dir == "" {
				dir = "."
			}
			names, err := sh.sys.ReadDir(sh.abs(dir))
			if err == ErrNotModelled {
				sh.note("the contents of " + dir + " are not modelled in this simulated guest")
			}
			if err != nil {
				continue
			}
			sort.Strings(names)
			for _, n := range names {
				if strings.HasPrefix(n, ".") && !strings.HasPrefix(part, ".") && !strings.HasPrefix(part, "\\.") {
					continue
				}
				if fnmatch(part, n) {
					next = append(next, join(n))
				}
			}
		}
		bases = next
		if len(bases) == 0 {
			return nil
		}
		if len(bases) > 100_000 {
			panic(overBudget{"matched too many files"})
		}
	}
	sort.Strings(bases)
	return bases
}

func hasGlob(p string) bool {
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '\\':
			i++
		case '*', '?', '[':
			return true
		}
	}
	return false
}

func unescape(p string) string {
	if !strings.Contains(p, "\\") {
		return p
	}
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		if p[i] == '\\' && i+1 < len(p) {
			i++
		}
		b.WriteByte(p[i])
	}
	return b.String()
}

// trimPattern is ${v#p}, ${v##p}, ${v%p}, ${v%%p}.
func trimPattern(v, pat, op string) string {
	switch op {
	case "#":
		for i := 0; i <= len(v); i++ {
			if fnmatch(pat, v[:i]) {
				return v[i:]
			}
		}
	case "##":
		for i := len(v); i >= 0; i-- {
			if fnmatch(pat, v[:i]) {
				return v[i:]
			}
		}
	case "%":
		for i := len(v); i >= 0; i-- {
			if fnmatch(pat, v[i:]) {
				return v[:i]
			}
		}
	case "%%":
		for i := 0; i <= len(v); i++ {
			if fnmatch(pat, v[i:]) {
				return v[:i]
			}
		}
	}
	return v
}

// replacePattern is ${v/p/r} and ${v//p/r} (longest match at each place).
func replacePattern(v, pat, rep string, all bool) string {
	if pat == "" {
		return v
	}
	var b strings.Builder
	for i := 0; i < len(v); {
		matched := -1
		for j := len(v); j > i; j-- {
			if fnmatch(pat, v[i:j]) {
				matched = j
				break
			}
		}
		if matched < 0 {
			b.WriteByte(v[i])
			i++
			continue
		}
		b.WriteString(rep)
		i = matched
		if !all {
			b.WriteString(v[i:])
			return b.String()
		}
	}
	return b.String()
}

// fnmatch matches a shell pattern (*, ?, [...], backslash escapes).
func fnmatch(pat, s string) bool {
	// Iterative with one star backtrack point (patterns are small).
	px, sx := 0, 0
	starP, starS := -1, -1
	for sx < len(s) || px < len(pat) {
		if px < len(pat) {
			c := pat[px]
			switch c {
			case '*':
				starP, starS = px, sx
				px++
				continue
			case '?':
				if sx < len(s) {
					px++
					sx++
					continue
				}
			case '[':
				if sx < len(s) {
					if ok, n := matchClass(pat[px:], s[sx]); n > 0 {
						if ok {
							px += n
							sx++
							continue
						}
					} else if s[sx] == '[' {
						px++
						sx++
						continue
					}
				}
			case '\\':
				if px+1 < len(pat) && sx < len(s) && pat[px+1] == s[sx] {
					px += 2
					sx++
					continue
				}
				if px+1 == len(pat) && sx < len(s) && s[sx] == '\\' {
					px++
					sx++
					continue
				}
			default:
				if sx < len(s) && s[sx] == c {
					px++
					sx++
					continue
				}
			}
		}
		if starP >= 0 && starS < len(s) {
			starS++
			px, sx = starP+1, starS
			continue
		}
		return false
	}
	return true
}

// matchClass matches a bracket expression at the start of pat; n is its
// length (0: not a complete bracket expression, "[" is literal).
func matchClass(pat string, c byte) (bool, int) {
	i := 1
	negate := false
	if i < len(pat) && (pat[i] == '!' || pat[i] == '^') {
		negate = true
		i++
	}
	matched := false
	first := true
	for i < len(pat) {
		ch := pat[i]
		if ch == ']' && !first {
			return matched != negate, i + 1
		}
		first = false
		if ch == '[' && i+1 < len(pat) && pat[i+1] == ':' {
			end := strings.Index(pat[i+2:], ":]")
			if end >= 0 {
				if classMatch(pat[i+2:i+2+end], c) {
					matched = true
				}
				i += end + 4
				continue
			}
		}
		if ch == '\\' && i+1 < len(pat) {
			i++
			ch = pat[i]
		}
		lo := ch
		i++
		if i+1 < len(pat) && pat[i] == '-' && pat[i+1] != ']' {
			hi := pat[i+1]
			if hi == '\\' && i+2 < len(pat) {
				hi = pat[i+2]
				i++
			}
			if lo <= c && c <= hi {
				matched = true
			}
			i += 2
			continue
		}
		if c == lo {
			matched = true
		}
	}
	return false, 0
}

func classMatch(class string, c byte) bool {
	switch class {
	case "digit":
		return c >= '0' && c <= '9'
	case "alpha":
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	case "alnum":
		return classMatch("digit", c) || classMatch("alpha", c)
	case "upper":
		return c >= 'A' && c <= 'Z'
	case "lower":
		return c >= 'a' && c <= 'z'
	case "space":
		return c == ' ' || c >= '\t' && c <= '\r'
	case "blank":
		return c == ' ' || c == '\t'
	case "punct":
		return c > ' ' && c < 127 && !classMatch("alnum", c)
	case "xdigit":
		return classMatch("digit", c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
	case "print":
		return c >= ' ' && c < 127
	case "graph":
		return c > ' ' && c < 127
	case "cntrl":
		return c < ' ' || c == 127
	}
	return false
}
