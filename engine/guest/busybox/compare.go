package busybox

import (
	"encoding/base64"
	"strconv"
	"strings"
)

// Small text applets a learner uses to compare and look at files: cmp,
// diff (busybox's only format, unified, without timestamps), base64,
// fold, expand, factor and strings.

func registerCompareApplets() {
	for name, a := range map[string]applet{
		"cmp": cmpApplet, "diff": diffApplet, "base64": base64Applet, "fold": foldApplet,
		"expand": expandApplet, "factor": factorApplet, "strings": stringsApplet,
	} {
		applets[name] = a
	}
}

func cmpApplet(c *ctx) int {
	opts, args, ok := c.getopt(optSpec{short: "ls"})
	if !ok {
		return 2
	}
	if len(args) == 0 || len(args) > 2 {
		c.showUsage()
		return 2
	}
	if len(args) == 1 {
		args = append(args, "-")
	}
	var data [2]string
	for i, a := range args {
		s, err := c.file(a)
		if err != nil {
			if !has(opts, "s") {
				c.errMsg(a + ": " + err.Error())
			}
			return 2
		}
		data[i] = s
	}
	a, b := data[0], data[1]
	line := 1
	for i := 0; ; i++ {
		switch {
		case i == len(a) && i == len(b):
			return 0
		case i == len(a) || i == len(b):
			if !has(opts, "s") {
				short := args[0]
				if i == len(b) {
					short = args[1]
				}
				c.errMsg("EOF on " + short)
			}
			return 1
		case a[i] != b[i]:
			if !has(opts, "s") {
				c.out(args[0] + " " + args[1] + " differ: char " + strconv.Itoa(i+1) + ", line " + strconv.Itoa(line) + "\n")
			}
			return c.finish(1)
		}
		if a[i] == '\n' {
			line++
		}
	}
}

// maxDiffCells bounds diff's table (lines of one file times the other's).
const maxDiffCells = 4 << 20

func diffApplet(c *ctx) int {
	opts, args, ok := c.getopt(optSpec{short: "abBdiL:NqrsStTU:uwx:X:"})
	if !ok {
		return 2
	}
	if len(args) != 2 {
		c.showUsage()
		return 2
	}
	context := 3
	for _, o := range opts {
		if o.name == "U" {
			n, err := strconv.Atoi(o.arg)
			if err != nil || n < 0 {
				c.errMsg("invalid number '" + o.arg + "'")
				return 2
			}
			context = n
		}
	}
	names := [2]string{args[0], args[1]}
	var data [2]string
	for i := range names {
		if names[i] == "-" {
			data[i] = c.stdin()
			continue
		}
		p := c.sh.abs(names[i])
		fi, err := c.sh.sys.Stat(p)
		if err == nil && fi.Type == Dir {
			// FILE DIR compares FILE with DIR/FILE.
			other := names[1-i]
			names[i] = strings.TrimSuffix(names[i], "/") + "/" + other[strings.LastIndexByte(other, '/')+1:]
			fi, err = c.sh.sys.Stat(c.sh.abs(names[i]))
		}
		if err == nil {
			data[i], err = c.file(names[i])
		}
		if err != nil {
			c.errMsg("can't stat '" + names[i] + "': " + err.Error())
			return 2
		}
	}
	if data[0] == data[1] {
		return 0
	}
	if has(opts, "q") {
		c.out("Files " + names[0] + " and " + names[1] + " differ\n")
		return c.finish(1)
	}
	a, b := diffLines(data[0]), diffLines(data[1])
	if len(a)*len(b) > maxDiffCells {
		c.sh.note("diff of files this long is not modelled in this simulated guest")
		return 1
	}
	var out strings.Builder
	out.WriteString("--- " + names[0] + "\n+++ " + names[1] + "\n")
	for _, h := range unifiedHunks(diffOps(a, b), context) {
		out.WriteString(h)
	}
	c.out(out.String())
	return c.finish(1)
}

// diffLines splits text into lines, each keeping its newline; a last
// line without one is marked as diff marks it.
func diffLines(s string) []string {
	l := strings.SplitAfter(s, "\n")
	if l[len(l)-1] == "" {
		l = l[:len(l)-1]
	}
	return l
}

// diffOp is one line of the edit: ' ' kept, '-' removed, '+' added.
type diffOp struct {
	kind byte
	text string
	a, b int // lines before it in each file
}

// diffOps is a longest-common-subsequence edit; on ties a removal comes
// before an addition (as busybox prints a moved line).
func diffOps(a, b []string) []diffOp {
	n, m := len(a), len(b)
	lcs := make([][]int32, n+1)
	for i := range lcs {
		lcs[i] = make([]int32, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var ops []diffOp
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && a[i] == b[j]:
			ops = append(ops, diffOp{' ', a[i], i, j})
			i, j = i+1, j+1
		case i < n && (j == m || lcs[i+1][j] >= lcs[i][j+1]):
			ops = append(ops, diffOp{'-', a[i], i, j})
			i++
		default:
			ops = append(ops, diffOp{'+', b[j], i, j})
			j++
		}
	}
	return ops
}

// unifiedHunks groups changes with context lines of kept text around
// them; hunks closer than twice the context merge.
func unifiedHunks(ops []diffOp, context int) []string {
	var hunks []string
	for k := 0; k < len(ops); {
		if ops[k].kind == ' ' {
			k++
			continue
		}
		start := max(0, k-context)
		end := k
		for end < len(ops) {
			if ops[end].kind != ' ' {
				end++
				continue
			}
			run := end
			for run < len(ops) && ops[run].kind == ' ' {
				run++
			}
			if run == len(ops) || run-end > 2*context {
				end = min(run, end+context)
				break
			}
			end = run
		}
		var body strings.Builder
		na, nb := 0, 0
		for _, op := range ops[start:end] {
			text := op.text
			if !strings.HasSuffix(text, "\n") {
				text += "\n\\ No newline at end of file\n"
			}
			body.WriteString(string(op.kind) + text)
			if op.kind != '+' {
				na++
			}
			if op.kind != '-' {
				nb++
			}
		}
		first := ops[start]
		hunks = append(hunks, "@@ -"+hunkRange(first.a, na)+" +"+hunkRange(first.b, nb)+" @@\n"+body.String())
		k = end
	}
	return hunks
}

func hunkRange(before, n int) string {
	switch n {
	case 0:
		return strconv.Itoa(before) + ",0"
	case 1:
		return strconv.Itoa(before + 1)
	}
	return strconv.Itoa(before+1) + "," + strconv.Itoa(n)
}

func base64Applet(c *ctx) int {
	opts, args, ok := c.getopt(optSpec{short: "dw:"})
	if !ok {
		return 1
	}
	if len(args) > 1 {
		return c.showUsage()
	}
	name := "-"
	if len(args) == 1 {
		name = args[0]
	}
	data, err := c.file(name)
	if err != nil {
		c.errMsg("can't open '" + name + "': " + err.Error())
		return 1
	}
	if has(opts, "d") {
		// Decoding stops quietly at the first character that is not base64.
		clean := strings.Map(func(r rune) rune {
			if r == '\n' || r == '\r' || r == ' ' || r == '\t' {
				return -1
			}
			return r
		}, data)
		end := strings.IndexFunc(clean, func(r rune) bool {
			return !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '+' || r == '/' || r == '=')
		})
		if end >= 0 {
			clean = clean[:end]
		}
		clean = clean[:len(clean)/4*4]
		dec, _ := base64.StdEncoding.DecodeString(clean)
		c.out(string(dec))
		return c.finish(0)
	}
	enc := base64.StdEncoding.EncodeToString([]byte(data))
	var out strings.Builder
	for len(enc) > 76 {
		out.WriteString(enc[:76] + "\n")
		enc = enc[76:]
	}
	if enc != "" {
		out.WriteString(enc + "\n")
	}
	c.out(out.String())
	return c.finish(0)
}

func foldApplet(c *ctx) int {
	opts, args, ok := c.getopt(optSpec{short: "bsw:", num: 'w'})
	if !ok {
		return 1
	}
	width := 80
	for _, o := range opts {
		if o.name == "w" {
			n, err := strconv.Atoi(o.arg)
			if err != nil || n < 1 {
				return c.invalidNumber(o.arg)
			}
			width = n
		}
	}
	return c.finish(c.eachInput(args, func(data string) {
		var out strings.Builder
		for _, line := range strings.SplitAfter(data, "\n") {
			nl := strings.HasSuffix(line, "\n")
			line = strings.TrimSuffix(line, "\n")
			for len(line) > width {
				cut := width
				if has(opts, "s") {
					if i := strings.LastIndexByte(line[:width], ' '); i >= 0 {
						cut = i + 1
					}
				}
				out.WriteString(line[:cut] + "\n")
				line = line[cut:]
			}
			out.WriteString(line)
			if nl {
				out.WriteString("\n")
			}
		}
		c.out(out.String())
	}))
}

func expandApplet(c *ctx) int {
	opts, args, ok := c.getopt(optSpec{short: "it:"})
	if !ok {
		return 1
	}
	tab := 8
	for _, o := range opts {
		if o.name == "t" {
			n, err := strconv.Atoi(o.arg)
			if err != nil || n < 1 {
				return c.invalidNumber(o.arg)
			}
			tab = n
		}
	}
	return c.finish(c.eachInput(args, func(data string) {
		var out strings.Builder
		col := 0
		for i := 0; i < len(data); i++ {
			switch ch := data[i]; ch {
			case '\t':
				n := tab - col%tab
				out.WriteString(strings.Repeat(" ", n))
				col += n
			case '\n':
				out.WriteByte(ch)
				col = 0
			default:
				out.WriteByte(ch)
				col++
			}
		}
		c.out(out.String())
	}))
}

func factorApplet(c *ctx) int {
	args := c.args[1:]
	if len(args) == 0 {
		args = strings.Fields(c.stdin())
	}
	for _, a := range args {
		n, err := strconv.ParseUint(strings.TrimSpace(a), 10, 64)
		if err != nil {
			return c.showUsage()
		}
		var out strings.Builder
		out.WriteString(strconv.FormatUint(n, 10) + ":")
		for p := uint64(2); n > 1 && p*p <= n; p++ {
			if p%1000 == 0 {
				c.sh.step()
			}
			for n%p == 0 {
				out.WriteString(" " + strconv.FormatUint(p, 10))
				n /= p
			}
		}
		if n > 1 {
			out.WriteString(" " + strconv.FormatUint(n, 10))
		}
		if !c.out(out.String() + "\n") {
			break
		}
	}
	return c.finish(0)
}

func stringsApplet(c *ctx) int {
	opts, args, ok := c.getopt(optSpec{short: "afon:t:"})
	if !ok {
		return 1
	}
	min := 4
	for _, o := range opts {
		if o.name == "n" {
			n, err := strconv.Atoi(o.arg)
			if err != nil || n < 1 {
				return c.invalidNumber(o.arg)
			}
			min = n
		}
	}
	return c.finish(c.eachInput(args, func(data string) {
		var out strings.Builder
		run := 0
		for i := 0; i <= len(data); i++ {
			if i < len(data) && (data[i] >= 0x20 && data[i] < 0x7f || data[i] == '\t') {
				run++
				continue
			}
			if run >= min {
				out.WriteString(data[i-run:i] + "\n")
			}
			run = 0
		}
		c.out(out.String())
	}))
}
