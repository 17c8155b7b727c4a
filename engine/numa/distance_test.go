package numa

import (
	"strings"
	"testing"
)

// validate_numa_distance's three answers: a pair with no distance, an
// asymmetric table with a direction missing, and what passes.
func TestValidateDistances(t *testing.T) {
	for _, c := range []struct {
		name  string
		nodes int
		dist  map[[2]int]int
		want  string
	}{
		{"one direction", 2, map[[2]int]int{{0, 1}: 20}, ""},
		{"asymmetric, both directions", 2, map[[2]int]int{{0, 1}: 21, {1, 0}: 31}, ""},
		{"asymmetric, one missing", 3, map[[2]int]int{{0, 1}: 21, {1, 0}: 31, {0, 2}: 20, {2, 1}: 20}, "asymmetrical pair"},
		{"symmetric, one direction each", 3, map[[2]int]int{{0, 1}: 15, {1, 0}: 15, {0, 2}: 20, {2, 1}: 20}, ""},
		{"pair missing", 3, map[[2]int]int{{0, 1}: 15}, "between node 0 and 2 is missing"},
		{"no distances", 2, nil, ""},
	} {
		s := &state{numNodes: c.nodes, distances: c.dist}
		err := s.validateDistances()
		got := ""
		if err != nil {
			got = err.Error()
		}
		if c.want == "" && got != "" || c.want != "" && !strings.Contains(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}
