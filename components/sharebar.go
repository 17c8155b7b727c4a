package components

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// Actions of the share bar; the page builds the text and copies it.
const (
	ActionCopyLink  = "hotplug.share.link"
	ActionCopyEmbed = "hotplug.share.embed"
	// ActionExport downloads the session as a file; ActionImport opens one
	// (value: the browser's File).
	ActionExport = "hotplug.share.export"
	ActionImport = "hotplug.share.import"
)

// ShareBar offers "Copy link" (the whole session in the URL fragment) and
// "Copy embed code". What was copied stays visible in a read-only field, so
// it can be selected by hand where the clipboard is refused.
type ShareBar struct {
	app.Compo

	Text   string // the link or snippet last produced
	Status string // "Link copied", or why not
	Warn   string // why no link was made (a session too large for one)
	Error  string // a share link that could not be opened
	// FullPage, on the embed page, is the link that opens this session on
	// the full page.
	FullPage string
	// Buttons shows Copy link and Copy embed code (a compact embed shows
	// only the link to the full page).
	Buttons bool
}

// ShareTextID is the read-only field holding the last link or snippet.
const ShareTextID = "share-text"

func (s *ShareBar) Render() app.UI {
	return app.Div().Class("sharebar").Body(
		app.Div().Class("share-buttons").Body(
			app.If(s.Buttons,
				app.Button().ID("copy-link").Text("Copy link").
					Title("a link that restores this session: QEMU version, command line and every input").
					OnClick(func(ctx app.Context, e app.Event) { ctx.NewAction(ActionCopyLink) }),
				app.Button().ID("copy-embed").Text("Copy embed code").
					Title("HTML for your page: embed.js and a <hotplug-lab> element").
					OnClick(func(ctx app.Context, e app.Event) { ctx.NewAction(ActionCopyEmbed) }),
				app.Button().ID("export-session").Text("Export session").
					Title("download the session (QEMU version, command line and every input) as a file").
					OnClick(func(ctx app.Context, e app.Event) { ctx.NewAction(ActionExport) }),
				app.Label().Class("file-button").Title("open a session file exported earlier").Body(
					app.Text("Import session"),
					app.Input().ID("import-session").Type("file").Class("visually-hidden").Accept(".json,application/json").
						OnChange(func(ctx app.Context, e app.Event) {
							if f := ctx.JSSrc().Get("files").Index(0); f.Truthy() {
								ctx.NewActionWithValue(ActionImport, f)
							}
							ctx.JSSrc().Set("value", "")
						}),
				),
			).Else(),
			// A new tab: the page lets clicks on target=_blank links through
			// to the browser (go-app would route them in the page).
			app.If(s.FullPage != "",
				app.A().ID("open-full").Class("open-full").Href(s.FullPage).Target("_blank").Rel("noopener").Text("Open in Hotplug Lab ↗"),
			).Else(),
			app.If(s.Status != "", app.Span().ID("share-status").Class("note").Attr("role", "status").Text(s.Status)).Else(),
		),
		app.If(s.Text != "",
			app.Textarea().ID(ShareTextID).Class("share-text").ReadOnly(true).Rows(2).
				Aria("label", "link or embed code").Text(s.Text),
		).Else(),
		app.If(s.Warn != "", app.P().ID("share-warn").Class("warn").Attr("role", "alert").Text(s.Warn)).Else(),
		app.If(s.Error != "", app.P().ID("share-error").Class("error").Attr("role", "alert").Text(s.Error)).Else(),
	)
}
