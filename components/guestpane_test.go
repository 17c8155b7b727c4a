package components

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// TestGuestPaneNotes: the simulator's notes render apart from the guest's
// console, and only when there are some.
func TestGuestPaneNotes(t *testing.T) {
	for _, c := range []struct {
		notes []string
		want  bool
	}{
		{nil, false},
		{[]string{"sort -z is not modelled in this simulated guest"}, true},
	} {
		html := app.HTMLString(&GuestPane{Log: []string{"# sort -z /proc/cpuinfo"}, Notes: c.notes, Running: true})
		if got := strings.Contains(html, `id="guest-notes"`); got != c.want {
			t.Errorf("notes %q: notes list shown %v, want %v", c.notes, got, c.want)
		}
		log := html[strings.Index(html, `id="guest-log"`):]
		log = log[:strings.Index(log, "</pre>")]
		if strings.Contains(log, "not modelled") {
			t.Errorf("a note leaked into the console: %s", log)
		}
		for _, n := range c.notes {
			if !strings.Contains(html, n) {
				t.Errorf("note %q not rendered", n)
			}
		}
	}
}
