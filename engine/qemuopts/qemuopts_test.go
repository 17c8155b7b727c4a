package qemuopts

import (
	"reflect"
	"testing"
)

func TestSplit(t *testing.T) {
	for in, want := range map[string][]string{
		"a=1,b=2":       {"a=1", "b=2"},
		"a=x,,y,b":      {"a=x,y", "b"},
		"":              {""},
		"a,":            {"a", ""},
		",,,":           {",", ""},
		"node,cpus=0-1": {"node", "cpus=0-1"},
	} {
		if got := Split(in); !reflect.DeepEqual(got, want) {
			t.Errorf("Split(%q) = %q, want %q", in, got, want)
		}
	}
}
