package qjson

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// ParseRecorded must answer as Parse: on every recorded JSON table of every
// release, and on texts its plain reading leaves to Parse.
func TestParseRecordedIsParse(t *testing.T) {
	files, _ := filepath.Glob("../release/*/*.json")
	if len(files) < 10 {
		t.Fatalf("found %d recorded tables", len(files))
	}
	texts := []string{"", " ", "{}", "[]", `{"a": 1, "b": [true, false, null, -0, 12, "x"]}`, `{"a": 1, "a": 2}`,
		`{"a": 1.5}`, `[1e3]`, `[007]`, `["\u00e9"]`, `["é"]`, `["a\nb"]`, `["a\qb"]`, `["a\"b\\c\/d"]`, `[9223372036854775808]`, `[-9223372036854775809]`,
		`{"a": }`, `[1,]`, `{"a" 1}`, `[1] [2]`, `tru`, `{"k": {"l": [[], {}]}}`, "\t[ 1 ,\n 2 ]\r\n"}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	plain := 0
	for _, f := range files {
		b, _ := os.ReadFile(f)
		if _, ok := readPlainly(string(b)); ok {
			plain++
		} else {
			t.Logf("%s is left to Parse", f)
		}
	}
	if plain*10 < len(files)*9 {
		t.Errorf("only %d of %d recorded tables are read plainly", plain, len(files))
	}
	for i, text := range texts {
		want, werr := Parse([]byte(text))
		got, gerr := ParseRecorded(text)
		if !reflect.DeepEqual(want, got) || (werr == nil) != (gerr == nil) || werr != nil && werr.Error() != gerr.Error() {
			name := text
			if i >= len(texts)-len(files) {
				name = files[i-(len(texts)-len(files))]
			}
			t.Errorf("%.60q: Parse %v, %v; ParseRecorded %v, %v", name, want, werr, got, gerr)
		}
	}
}
