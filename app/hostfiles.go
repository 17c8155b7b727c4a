package app

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"hotpluglab/components"
	"hotpluglab/engine/cmdline"
	"hotpluglab/engine/hostfs"
)

// The simulated host's files (engine/hostfs): the panel listing them, and
// its buttons. A session logs its host first, so share links, session
// files and reloads bring the files back with the session.

// hostFiles is the host the next start uses: the running session's.
func (p *Page) hostFiles() *hostfs.FS {
	if p.sess != nil && p.sess.Host != nil {
		return p.sess.Host
	}
	return hostfs.New()
}

// missingHostFiles are the files the command line names that the host lacks.
func (p *Page) missingHostFiles() []hostfs.File {
	args, err := cmdline.Split(p.line)
	if err != nil {
		return nil
	}
	host := p.hostFiles()
	var out []hostfs.File
	for _, f := range cmdline.NamedFiles(args) {
		if _, ok := host.Lookup(f.Path); !ok {
			out = append(out, f)
		}
	}
	return out
}

func (p *Page) hostFilesUI() app.UI {
	c := &components.HostFiles{ReadOnly: p.readonlyUI()}
	for _, f := range p.hostFiles().Files() {
		size := hostfs.FormatSize(f.Size)
		if f.Format == hostfs.Dir {
			size = ""
		}
		c.Files = append(c.Files, components.HostFile{Path: f.Path, Format: string(f.Format), Size: size})
	}
	for _, f := range p.missingHostFiles() {
		c.Missing = append(c.Missing, f.Path)
	}
	return c
}

// handleHostFiles registers the panel's actions: each changes the host
// and starts the command line again on it.
func (p *Page) handleHostFiles(ctx app.Context) {
	restart := func(host *hostfs.FS) {
		p.startOn = host
		p.Start(p.line)
		p.startOn = nil
	}
	p.handle(ctx, components.ActionHostFilesAdd, "adding host files", func(ctx app.Context, a app.Action) {
		host := hostfs.New(p.hostFiles().Files()...)
		for _, f := range p.missingHostFiles() {
			host.Add(f)
		}
		restart(host)
	})
	p.handle(ctx, components.ActionHostFileRemove, "removing a host file", func(ctx app.Context, a app.Action) {
		if path, ok := a.Value.(string); ok {
			host := hostfs.New(p.hostFiles().Files()...)
			host.Remove(path)
			restart(host)
		}
	})
}
