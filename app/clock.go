package app

import (
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"hotpluglab/components"
)

// The guest's virtual clock follows real time while the page is visible, so
// a guest answers a hotplug or an unplug request in its own time, as on a
// real machine. The session stays a pure function of its log: the clock
// moves only while the guest has something due, straight to the time real
// time reached, and back-to-back moves share one "advance" entry of the log
// (and of share links).

// tickEvery is how often the page looks at the clock.
const tickEvery = 100 * time.Millisecond

// maxCatchUp bounds one move: a tab the browser throttled does not jump
// minutes ahead when it wakes.
const maxCatchUp = int64(2 * time.Second / time.Microsecond)

type clock struct {
	paused  bool
	owed    int64 // real microseconds not yet given to the virtual clock
	last    time.Time
	started bool
}

func (c *clock) reset() { c.owed = 0 }

// start runs the page's ticker (once).
func (c *clock) start(ctx app.Context, p *Page) {
	if c.started || app.IsServer {
		return
	}
	c.started = true
	c.last = time.Now()
	ctx.Async(func() {
		t := time.NewTicker(tickEvery)
		defer t.Stop()
		for now := range t.C {
			// Mode Next: the page renders only when the tick moved the
			// clock (p.Update); ctx.Dispatch would render the whole page
			// ten times a second, idle or not, in every embedded instance.
			ctx.Dispatcher().Dispatch(app.Dispatch{Mode: app.Next, Source: ctx.Src(), Function: func(ctx app.Context) {
				if p.guard("moving the clock", func() {
					if p.tick(now.Sub(c.last).Microseconds(), pageVisible()) {
						p.Update()
					}
				}) {
					p.Update()
				}
				c.last = now
			}})
		}
	})
}

func pageVisible() bool {
	doc := app.Window().Get("document")
	return !doc.Truthy() || doc.Get("visibilityState").String() != "hidden"
}

// tick gives elapsed real microseconds to the virtual clock; it reports
// whether the page must show something new.
func (p *Page) tick(elapsed int64, visible bool) bool {
	c := &p.clock
	if !p.running() || c.paused || !visible {
		c.owed = 0
		return false
	}
	due := p.sess.NextTimer()
	if due < 0 {
		c.owed = 0 // nothing waits: time need not move
		return false
	}
	c.owed += elapsed
	if c.owed > maxCatchUp {
		c.owed = maxCatchUp
	}
	now := p.sess.Now()
	if now+c.owed < due {
		return true // the countdown moves
	}
	adv := c.owed
	c.owed = 0
	p.addEventList(p.sess.Advance(adv))
	p.afterInput()
	p.afterChange()
	return true
}

// clockView is the clock as the guest pane shows it.
func (p *Page) clockView() components.Clock {
	if !p.running() {
		return components.Clock{Due: -1, Paused: p.clock.paused}
	}
	return components.Clock{Now: p.sess.Now() + p.clock.owed, Paused: p.clock.paused, Due: p.sess.NextTimer()}
}
