package components

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// Actions of the host files panel.
const (
	// ActionHostFilesAdd adds the files the command line names and restarts.
	ActionHostFilesAdd = "hotplug.hostfiles.add"
	// ActionHostFileRemove removes one file (value: its path) and restarts.
	ActionHostFileRemove = "hotplug.hostfiles.remove"
)

// HostFile is one row of the panel.
type HostFile struct {
	Path, Format, Size string
}

// HostFilesID is the panel's element id, for tests.
const HostFilesID = "host-files"

// HostFiles lists the simulated host's files (the disk images and
// directories QEMU opens), with a button that adds the ones the command
// line names but the host lacks.
type HostFiles struct {
	app.Compo

	Files []HostFile
	// Missing are the paths the command line names that the host lacks.
	Missing []string
	// ReadOnly hides the buttons (read-only embeds).
	ReadOnly bool
}

func (h *HostFiles) Render() app.UI {
	if len(h.Files) == 0 && len(h.Missing) == 0 {
		return app.Div().ID(HostFilesID).Class("host-files empty")
	}
	return app.Details().ID(HostFilesID).Class("host-files").Open(len(h.Missing) > 0).Body(
		app.Summary().Textf("Host files (%d)", len(h.Files)),
		app.P().Class("lab-note").Text("A browser has no disk images: these files stand in for the ones on the host "+
			"the command line came from. QEMU opens, probes and sizes them; a path not listed fails as on a host without it."),
		app.If(len(h.Files) > 0, app.Table().Class("host-files-list").Body(
			app.Tr().Body(app.Th().Text("Path"), app.Th().Text("Format"), app.Th().Text("Size"), app.Th()),
			app.Range(h.Files).Slice(func(i int) app.UI {
				f := h.Files[i]
				return app.Tr().Body(
					app.Td().Body(app.Code().Text(f.Path)),
					app.Td().Text(f.Format),
					app.Td().Text(f.Size),
					app.Td().Body(app.If(!h.ReadOnly, app.Button().Class("host-file-remove").Aria("label", "Remove "+f.Path).Text("Remove").
						OnClick(func(ctx app.Context, e app.Event) { ctx.NewActionWithValue(ActionHostFileRemove, f.Path) })).Else()),
				)
			}),
		)).Else(),
		app.If(len(h.Missing) > 0 && !h.ReadOnly, app.Div().Class("host-files-missing").Body(
			app.P().Textf("The command line names %d file(s) this host lacks.", len(h.Missing)),
			app.Button().ID("host-files-add").Text("Add the files this command line names").
				OnClick(func(ctx app.Context, e app.Event) { ctx.NewAction(ActionHostFilesAdd) }),
		)).Else(),
	)
}
