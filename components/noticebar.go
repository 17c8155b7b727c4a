package components

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// ActionDismiss removes a notice (value: its index).
const ActionDismiss = "hotplug.notice.dismiss"

// Notice kinds.
const (
	NoticeError = "error" // the page recovered from a fault, or refused work
	NoticeWarn  = "warn"  // something did not go as asked (a restore stopped early)
	NoticeInfo  = "info"  // a session came back after a reload or restart
)

// Notice is a page-level message: the lab's own voice, kept apart from
// QEMU's output.
type Notice struct {
	Kind string
	Text string
}

// Progress is a long restore under way.
type Progress struct {
	What     string // "Restoring the shared session"
	Done, Of int    // inputs replayed so far, of
}

// NoticeBar shows the page's notices and a restore's progress.
type NoticeBar struct {
	app.Compo

	Notices  []Notice
	Progress *Progress
}

// NoticesID is the bar's element id, for tests.
const NoticesID = "notices"

func (n *NoticeBar) Render() app.UI {
	if len(n.Notices) == 0 && n.Progress == nil {
		return app.Div().ID(NoticesID).Class("notices empty")
	}
	var progress app.UI = app.Text("")
	if p := n.Progress; p != nil {
		pct := 0
		if p.Of > 0 {
			pct = p.Done * 100 / p.Of
		}
		progress = app.Div().Class("notice info restore").Attr("role", "status").Body(
			app.Label().For("restore-progress").Text(fmt.Sprintf("%s: input %d of %d", p.What, p.Done, p.Of)),
			app.Progress().ID("restore-progress").Max(100).Value(pct),
		)
	}
	return app.Div().ID(NoticesID).Class("notices").Body(
		progress,
		app.Range(n.Notices).Slice(func(i int) app.UI {
			nt := n.Notices[i]
			role := "status"
			if nt.Kind == NoticeError {
				role = "alert"
			}
			return app.Div().Class("notice "+nt.Kind).Attr("role", role).Body(
				app.Span().Class("notice-text").Text(nt.Text),
				app.Button().Class("dismiss").Aria("label", "dismiss").Title("dismiss").Text("×").
					OnClick(func(ctx app.Context, e app.Event) { ctx.NewActionWithValue(ActionDismiss, i) }),
			)
		}),
	)
}
