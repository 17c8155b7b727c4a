package components

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// SetTheme applies a theme before (or without) the switch: the embed
// contract's "auto" is "system".
func SetTheme(th string) {
	if th == "auto" {
		th = "system"
	}
	if !contains(Themes, th) {
		return
	}
	if doc := app.Window().Get("document"); doc.Truthy() {
		doc.Get("documentElement").Call("setAttribute", "data-theme", th)
	}
}

// Themes the switch cycles through; "system" follows prefers-color-scheme.
var Themes = []string{"system", "light", "dark"}

const themeKey = "hotpluglab.theme"

// ThemeSwitch cycles light/dark/system, remembered in localStorage and applied
// as <html data-theme>, which the stylesheet keys on.
type ThemeSwitch struct {
	app.Compo

	theme string
}

func (t *ThemeSwitch) OnMount(ctx app.Context) {
	// A theme in the URL (?theme=, the embed contract) wins for this page
	// and is not remembered.
	if u := app.Window().URL(); u != nil {
		if th := u.Query().Get("theme"); th != "" {
			if th == "auto" {
				th = "system"
			}
			if contains(Themes, th) {
				t.theme = th
				SetTheme(th)
				return
			}
		}
	}
	var th string
	if ls := ctx.LocalStorage(); ls != nil { // nil outside a browser
		ls.Get(themeKey, &th)
	}
	t.apply(ctx, th)
}

func (t *ThemeSwitch) apply(ctx app.Context, th string) {
	if !contains(Themes, th) {
		th = "system"
	}
	t.theme = th
	if ls := ctx.LocalStorage(); ls != nil {
		ls.Set(themeKey, th)
	}
	if doc := app.Window().Get("document"); doc.Truthy() {
		doc.Get("documentElement").Call("setAttribute", "data-theme", th)
	}
}

// Next is the theme after cur in the cycle.
func Next(cur string) string {
	for i, th := range Themes {
		if th == cur {
			return Themes[(i+1)%len(Themes)]
		}
	}
	return Themes[0]
}

func (t *ThemeSwitch) Render() app.UI {
	th := t.theme
	if th == "" {
		th = "system"
	}
	return app.Button().ID("theme").Class("theme").
		Title("Colour theme: system, light or dark").
		Aria("label", "theme: "+th+" (press to change)").
		Text("Theme: " + th).
		// Read the state at click time: go-app keeps the first closure of a
		// handler (it compares code pointers), so a captured value goes stale.
		OnClick(func(ctx app.Context, e app.Event) { t.apply(ctx, Next(t.theme)) })
}
