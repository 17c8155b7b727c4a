package components

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"hotpluglab/engine/topoview"
)

// GuestPane shows the guest's side of the CPUs: which it sees and which it has
// online, as the engine reports them in the view model, plus whatever the
// guest printed (Log), which the session will feed once the guest is simulated.
type GuestPane struct {
	app.Compo

	View topoview.View
	Log  []string
}

// OnlineList is the guest's online CPUs as slot indices in Linux's range
// notation ("0-3,5"), from the view model.
func OnlineList(v topoview.View) string {
	var idx []int
	for _, s := range Slots(v) {
		if s.GuestOnline {
			idx = append(idx, s.Index)
		}
	}
	var parts []string
	for i := 0; i < len(idx); {
		j := i
		for j+1 < len(idx) && idx[j+1] == idx[j]+1 {
			j++
		}
		if j == i {
			parts = append(parts, strconv.Itoa(idx[i]))
		} else {
			parts = append(parts, fmt.Sprintf("%d-%d", idx[i], idx[j]))
		}
		i = j + 1
	}
	return strings.Join(parts, ",")
}

func (g *GuestPane) Render() app.UI {
	present, offline := 0, 0
	for _, s := range Slots(g.View) {
		if s.GuestPresent {
			present++
			if !s.GuestOnline {
				offline++
			}
		}
	}
	online := OnlineList(g.View)
	if online == "" {
		online = "(none)"
	}
	return app.Section().Class("guest").Aria("label", "guest").Body(
		app.H2().Text("Guest"),
		app.Dl().Body(
			app.Dt().Text("CPUs the guest sees"), app.Dd().Text(strconv.Itoa(present)),
			app.Dt().Text("online (by CPU slot)"), app.Dd().ID("guest-online").Text(online),
			app.Dt().Text("present but offline"), app.Dd().Text(strconv.Itoa(offline)),
		),
		app.If(len(g.Log) > 0,
			app.Pre().Class("guest-log").Aria("live", "polite").Text(strings.Join(g.Log, "\n")),
		).Else(
			app.P().Class("hint").Text("Guest messages will appear here once the guest is simulated."),
		),
	)
}
