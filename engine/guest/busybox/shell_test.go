package busybox

import (
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestRecordedShell replays the lines of testdata/shell_cases.txt, each
// group in a fresh shell, and compares every answer with what the
// guest's own busybox printed (testdata/shell_expected.json, recorded by
// testdata/oracle/record_busybox_shell.py; prompts included).
func TestRecordedShell(t *testing.T) {
	raw, err := os.ReadFile("testdata/shell_expected.json")
	if err != nil {
		t.Fatal(err)
	}
	var groups [][][2]*string
	if err := json.Unmarshal(raw, &groups); err != nil {
		t.Fatal(err)
	}
	lines := 0
	for _, g := range groups {
		sh := New(newMemFS(t))
		for _, l := range g {
			r := sh.Run(*l[0])
			if l[1] == nil {
				continue
			}
			lines++
			got := r.Out + r.Prompt
			if got != *l[1] {
				t.Errorf("%q:\n got %q (notes %q)\nwant %q", *l[0], got, r.Notes, *l[1])
			}
		}
	}
	if lines < 500 {
		t.Errorf("only %d recorded lines compared", lines)
	}
}

// TestShellNotes: what the simulator does not model is said beside the
// output, never in it.
func TestShellNotes(t *testing.T) {
	for _, c := range []struct{ line, note string }{
		{"cat", "read from the console"},
		{"echo a &", "background"},
		{"sort -z /fx/words.txt", "sort -z is not modelled"},
		{"while true; do :; done", "stopped: this line ran more than"},
		{"yes", "never stops"},
		{"sed 's/a*\\{2\\}/x/' /fx/csv.txt", "not modelled"},
		{"kill 1", "kill is not modelled"},
		{"printf 'sh /tmp/r\\n' > /tmp/r; sh /tmp/r", "scripts nested more than"},
		{"printf '. /tmp/d\\n' > /tmp/d; . /tmp/d", "scripts nested more than"},
		{"echo aa | grep '\\(a\\)\\1'", "beyond what the simulated grep models"},
	} {
		sh := New(newMemFS(t))
		r := sh.Run(c.line)
		if len(r.Notes) == 0 || !strings.Contains(strings.Join(r.Notes, "|"), c.note) {
			t.Errorf("%q: notes %q, want one containing %q", c.line, r.Notes, c.note)
		}
		if strings.Contains(r.Out, "not modelled") {
			t.Errorf("%q: the note leaked into the output %q", c.line, r.Out)
		}
	}
}

// TestContinuation: a line that ends inside a construct asks for more
// (PS2), and the whole command runs once complete.
func TestContinuation(t *testing.T) {
	sh := New(newMemFS(t))
	for _, c := range []struct{ line, out, prompt string }{
		{"for i in 1 2; do", "", PS2},
		{"echo $i", "", PS2},
		{"done", "1\n2\n", PS1},
		{"echo 'a", "", PS2},
		{"b'", "a\nb\n", PS1},
	} {
		r := sh.Run(c.line)
		if r.Out != c.out || r.Prompt != c.prompt {
			t.Errorf("%q: got %q %q, want %q %q", c.line, r.Out, r.Prompt, c.out, c.prompt)
		}
	}
}

// TestHereDoc: a here-document's body is read after the line's newline,
// PS2 until the delimiter; unquoted it is expanded as in double quotes,
// <<- strips leading tabs (measured in guest_shell gs2-*-heredoc).
func TestHereDoc(t *testing.T) {
	sh := New(newMemFS(t))
	for _, c := range []struct{ line, out, prompt string }{
		{"x=5; cat <<EOF", "", PS2},
		{"x=$x \\$x \\q \"$((x+1))\" $(echo sub)", "", PS2},
		{"EOF", "x=5 $x \\q \"6\" sub\n", PS1},
		{"printf ' a b \\n\\n\\tc\\n' | xargs -I{} echo [{}]", "[a b ]\n[c]\n", PS1},
		{"command -v nproc ls; echo $?; command -v if; command -v cd", "nproc\n0\nifcd\n", PS1},
		{"busybox getconf; busybox /x/getconf", "getconf: applet not found\ngetconf: applet not found\n", PS1},
		{"cat <<'E'; echo after", "", PS2},
		{"$x `no`", "", PS2},
		{"E", "$x `no`\nafter\n", PS1},
		{"wc -l <<-END", "", PS2},
		{"\tone", "", PS2},
		{"\tEND", "1\n", PS1},
		{"cat <<A; cat <<B", "", PS2},
		{"a", "", PS2},
		{"A", "", PS2},
		{"B", "a\n", PS1},
		{"grep -c x <<< xyz", "sh: syntax error: unexpected redirection\n", PS1},
	} {
		r := sh.Run(c.line)
		if r.Out != c.out || r.Prompt != c.prompt {
			t.Errorf("%q: got %q %q, want %q %q", c.line, r.Out, r.Prompt, c.out, c.prompt)
		}
	}
}

// TestBudget: endless work stops within the budget and the shell goes on.
func TestBudget(t *testing.T) {
	sh := New(newMemFS(t))
	for _, line := range []string{"while :; do echo y; done", "i=0; while :; do i=$((i+1)); done",
		"f() { f; }; f", "seq 1 100000000 | wc -l", "yes | head -n 2"} {
		r := sh.Run(line)
		if len(r.Out) > maxOutput {
			t.Errorf("%q printed %d bytes", line, len(r.Out))
		}
		if r.Prompt != PS1 {
			t.Errorf("%q: prompt %q", line, r.Prompt)
		}
	}
	if r := sh.Run("echo alive"); r.Out != "alive\n" {
		t.Errorf("after the budget: %q", r.Out)
	}
}

// TestGrepOnlyWord: with -o -w busybox checks word boundaries for a
// line's first match only (measured with the guest's busybox binary).
func TestGrepOnlyWord(t *testing.T) {
	sh := New(newMemFS(t))
	for _, c := range []struct{ line, out string }{
		{"echo 'sse sse2 nx lm rep hypervisor lahf_lm' | grep -o -w -E 'lm|sse2|hypervisor|vmx'", "sse2\nlm\nhypervisor\nlm\n"},
		{"echo 'xlm lm' | grep -w -o -E 'lm|x'", "lm\n"},
		{"echo 'a_lm lm x lm' | grep -o -w lm", "lm\nlm\n"},
		{"echo aaa | grep -o '^a'", "a\n"},
	} {
		if r := sh.Run(c.line); r.Out != c.out {
			t.Errorf("%q: got %q, want %q", c.line, r.Out, c.out)
		}
	}
}

// TestAliasInItsOwnText: an alias is not expanded inside its own text,
// so one that names itself ends (ash's in-use mark), and one defined on
// an earlier line is expanded where a command starts.
func TestAliasInItsOwnText(t *testing.T) {
	sh := New(newMemFS(t))
	for _, c := range []struct{ line, out string }{
		{"alias a='echo x; a'", ""},
		{"a 2>&1", "x\nsh: a: not found\n"},
		{"alias e='echo'", ""},
		{"e one; e two", "one\ntwo\n"},
		{"echo e", "e\n"},
	} {
		if r := sh.Run(c.line); r.Out != c.out {
			t.Errorf("%q: got %q, want %q", c.line, r.Out, c.out)
		}
	}
}

// TestContentNotesBounded: a line that reads many files whose content is
// not modelled names a few of them and then says so once.
func TestContentNotesBounded(t *testing.T) {
	sh := New(newMemFS(t))
	for i := 0; i < 20; i++ {
		sh.note(unknownContent + "/f" + strconv.Itoa(i) + " is not modelled in this simulated guest")
	}
	sh.note("another remark")
	if len(sh.notes) != maxContentNotes+2 {
		t.Fatalf("%d notes: %q", len(sh.notes), sh.notes)
	}
	if !strings.HasPrefix(sh.notes[maxContentNotes], "and more files") || sh.notes[maxContentNotes+1] != "another remark" {
		t.Errorf("notes %q", sh.notes)
	}
}
