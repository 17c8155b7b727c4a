package regex

import (
	"math/rand"
	"os"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// The reference is Go's regexp itself: every case is compiled and run by
// both, and every answer must agree.

func agree(t *testing.T, pat string, inputs []string) {
	t.Helper()
	want, werr := regexp.Compile(pat)
	got, gerr := Compile(pat)
	if (werr == nil) != (gerr == nil) {
		t.Fatalf("Compile(%q): regexp says %v, regex says %v", pat, werr, gerr)
	}
	if werr != nil {
		return
	}
	for _, longest := range []bool{false, true} {
		if longest {
			want.Longest()
			got.Longest()
		}
		for _, s := range inputs {
			check := func(what string, w, g any) {
				t.Helper()
				if !reflect.DeepEqual(w, g) {
					t.Fatalf("%q longest=%v on %q: %s: regexp %v, regex %v", pat, longest, s, what, w, g)
				}
			}
			check("MatchString", want.MatchString(s), got.MatchString(s))
			check("FindStringSubmatchIndex", want.FindStringSubmatchIndex(s), got.FindStringSubmatchIndex(s))
			check("FindStringIndex", want.FindStringIndex(s), got.FindStringIndex(s))
			check("FindString", want.FindString(s), got.FindString(s))
			check("FindStringSubmatch", want.FindStringSubmatch(s), got.FindStringSubmatch(s))
			check("FindAllStringSubmatchIndex", want.FindAllStringSubmatchIndex(s, -1), got.FindAllStringSubmatchIndex(s, -1))
			check("FindAllString 2", want.FindAllString(s, 2), got.FindAllString(s, 2))
			check("FindAllStringSubmatch", want.FindAllStringSubmatch(s, -1), got.FindAllStringSubmatch(s, -1))
			check("Split", want.Split(s, -1), got.Split(s, -1))
			check("Split 2", want.Split(s, 2), got.Split(s, 2))
			check("ReplaceAllString", want.ReplaceAllString(s, "<$1|${0}$$>"), got.ReplaceAllString(s, "<$1|${0}$$>"))
			check("ReplaceAllStringFunc", want.ReplaceAllStringFunc(s, strings.ToUpper), got.ReplaceAllStringFunc(s, strings.ToUpper))
		}
	}
	if got.String() != pat || got.NumSubexp() != want.NumSubexp() {
		t.Fatalf("%q: String %q, NumSubexp %d (regexp %d)", pat, got.String(), got.NumSubexp(), want.NumSubexp())
	}
}

func TestLikeRegexp(t *testing.T) {
	inputs := []string{"", "a", "ab", "aab", "abab", "ba", "a b\nc", "Abc aBC", "x1 y22\tz333", "k\u212a s", "a.b*c", "((a))", "été", "\xff\xfea"}
	for _, pat := range []string{
		``, `a`, `a*`, `a+`, `a?`, `a*?`, `a+?`, `a??`, `(a)`, `(a*)`, `(a*)*`, `(a|b)*`, `(a|ab)(c|bcd)?`,
		`a|ab|abc`, `(a|)+`, `()`, `()*`, `(|a)*`, `(a*)+`, `(a*|b)*`, `a{2}`, `a{2,}`, `a{1,3}`, `(a){0,2}`, `(ab){1,}?`,
		`x{0}`, `a{,2}`, `a{`, `{`, `a{1`, `^a`, `a$`, `^$`, `(?m)^\w+$`, `(?s).+`, `.+`, `.`, `\b\w+\b`, `\B.`,
		`[abc]`, `[^abc]`, `[a-c]+`, `[]a]`, `[^]a]`, `[a-]`, `[-a]`, `[\]\[\\\-^]`, `[[:alpha:]]+`, `[[:^digit:]]`,
		`[[:space:][:digit:]]+`, `[\d\s]+`, `[^\S]`, `\d+`, `\D+`, `\s`, `\S+`, `\w+`, `\W`, `(?i)abc`, `(?i)[a-c]+`,
		`(?i)k`, `(?i)[^k]`, `(?i)\W`, `(?i)[\W]`, `a(?i)b|c`, `(?i:a)b`, `(?U)a+`, `(?U)a+?`, `(?i)(?-i)a`, `\.\*\+\?`,
		`\A\w`, `\w\z`, `(a)(b)?`, `((a)|(b))+`, `(a+)(a+)`, `(a+?)(a+)`, `(\w+)\s(\w+)`, `a**`, `a*+`, `a{2}{3}`,
		`(`, `)`, `a)`, `(a`, `[a`, `[z-a]`, `[[:foo:]]`, `\`, `\q`, `*a`, `+`, `?`, `a|*`, `(*)`, `\1`,
		`(?x)`, `a{1001}`, `a{2,1}`, `x*y*z*`, `(x*)(y*)(z*)`, `é+`, `[é-ü]`, `\n`, `\t+`,
	} {
		agree(t, pat, inputs)
	}
}

// TestRandomPatterns draws patterns from a grammar of the syntax the
// package takes, and strings from a small alphabet, so that overlaps,
// empty matches and backtracking are common.
func TestRandomPatterns(t *testing.T) {
	seed := int64(1)
	if s := os.Getenv("REGEX_SEED"); s != "" {
		seed, _ = strconv.ParseInt(s, 10, 64)
	}
	rng := rand.New(rand.NewSource(seed))
	atoms := []string{"a", "b", "c", ".", `\w`, `\s`, `\d`, `[ab]`, `[^a]`, `[[:alpha:]]`, "^", "$", `\b`, `\B`, "A", " ", `\.`}
	var gen func(depth int) string
	gen = func(depth int) string {
		var b strings.Builder
		for n := 1 + rng.Intn(3); n > 0; n-- {
			if depth < 3 && rng.Intn(4) == 0 {
				open := []string{"(", "(?:", "(?i:"}[rng.Intn(3)]
				b.WriteString(open + gen(depth+1))
				if rng.Intn(3) == 0 {
					b.WriteString("|" + gen(depth+1))
				}
				b.WriteString(")")
			} else {
				b.WriteString(atoms[rng.Intn(len(atoms))])
			}
			if rng.Intn(2) == 0 {
				b.WriteString([]string{"*", "+", "?", "{2}", "{1,2}", "{0,}", "*?", "+?", "??", "{0,2}?"}[rng.Intn(10)])
			}
		}
		if rng.Intn(5) == 0 {
			b.WriteString("|" + gen(depth+1))
		}
		return b.String()
	}
	inputs := make([]string, 12)
	for i := range inputs {
		var b strings.Builder
		for n := rng.Intn(9); n > 0; n-- {
			b.WriteByte("abcA .1\n"[rng.Intn(8)])
		}
		inputs[i] = b.String()
	}
	n := 3000
	if testing.Short() {
		n = 300
	}
	for i := 0; i < n; i++ {
		pat := gen(0)
		if rng.Intn(6) == 0 {
			pat = []string{"(?i)", "(?m)", "(?s)", "(?U)"}[rng.Intn(4)] + pat
		}
		agree(t, pat, inputs)
	}
}

// TestRefused: what the package leaves out is refused, never misread.
func TestRefused(t *testing.T) {
	for _, pat := range []string{`\pL`, `\p{Greek}`, `(?P<n>a)`, `(?<n>a)`, `\Q.\E`, `\x41`, `\101`, `[\pL]`} {
		if _, err := Compile(pat); err == nil {
			t.Errorf("Compile(%q) took a pattern the package does not model", pat)
		}
	}
}

func TestQuoteMeta(t *testing.T) {
	for _, s := range []string{"", "abc", `\.+*?()|[]{}^$`, "a.b", "été"} {
		if got, want := QuoteMeta(s), regexp.QuoteMeta(s); got != want {
			t.Errorf("QuoteMeta(%q) = %q, regexp says %q", s, got, want)
		}
	}
}

func TestMustCompilePanicsOnABadPattern(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Fatal("no panic")
		}
	}()
	MustCompile("(")
}

// TestBoundedWork: a pattern that backtracks exponentially elsewhere is
// linear here (each instruction at each position is tried once).
func TestBoundedWork(t *testing.T) {
	s := strings.Repeat("a", 3000)
	re := MustCompile(`(a*)*(a|aa)*b`)
	re.Longest()
	if re.MatchString(s) {
		t.Fatal("matched without a b")
	}
}

// BenchmarkFindAllLongText: many matches in a long text (awk's split of a
// whole file) cost what they read, not the text's length each.
func BenchmarkFindAllLongText(b *testing.B) {
	s := strings.Repeat("word1 word2\tword3\n", 10000)
	re := MustCompile(`[ \t\n]+`)
	want := len(regexp.MustCompile(`[ \t\n]+`).FindAllStringIndex(s, -1))
	for b.Loop() {
		if got := len(re.FindAllStringIndex(s, -1)); got != want {
			b.Fatalf("%d matches, want %d", got, want)
		}
	}
}
