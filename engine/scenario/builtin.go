package scenario

import (
	"embed"
	"sort"
	"strings"
)

//go:embed builtin/*.md
var builtinFS embed.FS

// Builtin returns a built-in scenario by id, and its source.
func Builtin(id string) (*Scenario, string, bool) {
	b, err := builtinFS.ReadFile("builtin/" + id + ".md")
	if err != nil {
		return nil, "", false
	}
	sc, err := Parse(string(b))
	if err != nil {
		panic("built-in scenario " + id + ": " + err.Error())
	}
	return sc, string(b), true
}

// BuiltinIDs lists the built-in scenarios in their teaching order.
func BuiltinIDs() []string {
	order := map[string]int{"guide-x86": 0, "guide-spapr": 1, "x86-guide": 2, "spapr-cores": 3, "guest-side": 4, "smp-fill": 5}
	ents, _ := builtinFS.ReadDir("builtin")
	var ids []string
	for _, e := range ents {
		ids = append(ids, strings.TrimSuffix(e.Name(), ".md"))
	}
	sort.Slice(ids, func(i, j int) bool { return order[ids[i]] < order[ids[j]] })
	return ids
}

// BuiltinTitle is a built-in scenario's title and summary, read from its
// front matter alone: the page lists every built-in scenario as it starts,
// and parsing them all (checks and steps) was a measurable part of that.
func BuiltinTitle(id string) (title, summary string) {
	b, err := builtinFS.ReadFile("builtin/" + id + ".md")
	if err != nil {
		return "", ""
	}
	head, _, _ := strings.Cut(strings.TrimPrefix(string(b), "---\n"), "\n---")
	for _, l := range strings.Split(head, "\n") {
		k, v, _ := strings.Cut(l, ":")
		switch strings.TrimSpace(k) {
		case "title":
			title = strings.TrimSpace(v)
		case "summary":
			summary = strings.TrimSpace(v)
		}
	}
	return title, summary
}
