package app

import (
	"fmt"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"hotpluglab/components"
	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
	"hotpluglab/engine/topoview"
)

// Restores: a share link, a session file, the session saved before a
// reload. Each replays its log once under a budget (session.Replay), keeps
// only what the panes show, yields to the browser between chunks with a
// progress bar, and says clearly where it stopped.

// restoreJob is a session to restore.
type restoreJob struct {
	what   string // "the shared session": for messages
	rel    *release.Release
	args   []string
	log    []session.Input
	budget session.Budget
	done   string // an info notice once restored ("" for none)
}

// restored is what a replay gives the page.
type restored struct {
	sess  *session.Session
	shown []components.Shown // the console's tail
	guest []string           // the guest pane's tail
	stop  error              // the budget stopped the replay
	// skipped are inputs left out because they made the simulator fail.
	skipped []string
}

// replay is session.Replay (a variable so tests can make an input fail).
var replay = session.Replay

// maxSkipped bounds the retries of a replay whose inputs fail.
const maxSkipped = 3

// replayJob runs a job: tick is called after each input (with how many ran),
// so a browser can yield and show progress. An input that makes the
// simulator fail is left out (the replay restarts without it), at most
// maxSkipped times; then the job restores nothing.
func replayJob(j restoreJob, tick func(done int)) restored {
	log := j.log
	orig := make([]int, len(log)) // log index -> the job's input number
	for i := range orig {
		orig[i] = i + 1
	}
	var skipped []string
	for {
		res, failedAt, fault := replayOnce(j, log, tick)
		switch {
		case failedAt == startFailed:
			res.skipped = append(skipped, fmt.Sprintf("starting QEMU made the simulator fail (%v)", fault))
			return res
		case failedAt < 0:
			res.skipped = skipped
			return res
		}
		skipped = append(skipped, fmt.Sprintf("input %d of %d (%s) made the simulator fail (%v)", orig[failedAt], len(j.log), describe(log[failedAt]), fault))
		if len(skipped) > maxSkipped {
			return restored{skipped: skipped}
		}
		log = append(append([]session.Input(nil), log[:failedAt]...), log[failedAt+1:]...)
		orig = append(append([]int(nil), orig[:failedAt]...), orig[failedAt+1:]...)
	}
}

// startFailed is replayOnce's failedAt when starting QEMU panicked.
const startFailed = -2

// replayOnce is one replay; failedAt is the input that panicked, -1 for
// none, startFailed when the start itself did.
func replayOnce(j restoreJob, log []session.Input, tick func(int)) (res restored, failedAt int, fault any) {
	next := 0 // the input running now
	defer func() {
		if r := recover(); r != nil {
			res, failedAt, fault = restored{}, next, r
			if next == 0 && startPanics(j) {
				failedAt = startFailed
			}
		}
	}()
	tail := &shownTail{}
	var guest []string
	addGuest := func(lines ...string) {
		guest = append(guest, lines...)
		if len(guest) > 2*maxGuestLines {
			guest = append([]string(nil), guest[len(guest)-maxGuestLines:]...)
		}
	}
	s, err := replay(j.rel, "", j.args, log, j.budget, func(s *session.Session, i int, in session.Input, out string) {
		switch in.Kind {
		case "hmp":
			tail.add(components.Shown{Mode: components.HMP, Line: in.Text, Output: out})
		case "qmp":
			tail.add(components.Shown{Mode: components.QMP, Line: in.Text, Output: out})
		case "guest":
			// As the guest pane writes a shell line (Page.guestShell): the
			// kernel lines it caused come after the command, then its output
			// (earlier ones were taken after the input before).
			addGuest("# " + in.Text)
			addGuest(s.TakeKernelLines()...)
			if o := strings.TrimRight(out, "\n"); o != "" {
				addGuest(strings.Split(o, "\n")...)
			}
		}
		addGuest(s.TakeKernelLines()...)
		addGuest(typedAheadOutput(s)...)
		next = i + 1
		if tick != nil {
			tick(i + 1)
		}
	})
	if len(guest) > maxGuestLines {
		guest = guest[len(guest)-maxGuestLines:]
	}
	return restored{sess: s, shown: tail.items, guest: guest, stop: err}, -1, nil
}

// startPanics says whether starting the job's QEMU alone panics.
func startPanics(j restoreJob) (panics bool) {
	defer func() { panics = recover() != nil }()
	session.Start(j.rel, "", j.args)
	return false
}

// shownTail keeps the last console entries a restore shows, within what the
// console keeps (components.MaxScrollbackBytes, components.MaxEntries).
type shownTail struct {
	items []components.Shown
	bytes int
}

func (t *shownTail) add(s components.Shown) {
	t.items = append(t.items, s)
	t.bytes += len(s.Line) + len(s.Output)
	drop := 0
	for t.bytes > components.MaxScrollbackBytes || len(t.items)-drop > components.MaxEntries/2 {
		t.bytes -= len(t.items[drop].Line) + len(t.items[drop].Output)
		drop++
		if drop == len(t.items)-1 {
			break // the newest entry stays (the console cuts it)
		}
	}
	if drop > 0 {
		t.items = append([]components.Shown(nil), t.items[drop:]...)
	}
}

// adopt makes a restored session the page's: panes, console and notices.
func (p *Page) adopt(ctx app.Context, j restoreJob, res restored) bool {
	for _, s := range res.skipped {
		p.notify(components.NoticeError, "Restoring "+j.what+": "+s+"; it was left out.")
	}
	if res.sess == nil {
		p.notify(components.NoticeError, "Restoring "+j.what+" failed: the page goes on with its own machine.")
		return false
	}
	s := res.sess
	p.qemu = s.QEMU
	p.line = components.JoinArgs(j.args)
	p.sess = s
	p.events, p.guestLog = nil, nil
	for _, e := range s.EventLog {
		p.addEvents(e.JSON())
	}
	p.addGuestLog(res.guest...)
	p.epoch++
	p.view = topoview.View{}
	p.afterInput()
	p.changed = nil
	if ctx != nil && len(res.shown) > 0 {
		shown := make([]components.Shown, len(res.shown))
		for i, sh := range res.shown {
			sh.Epoch = p.epoch
			shown[i] = sh
		}
		ctx.Defer(func(ctx app.Context) { // after the render that mounts the console
			ctx.NewActionWithValue(components.ActionShow, shown)
		})
	}
	t := p.tut()
	t.lastSess, t.lastView = p.sess, p.view
	p.savedInputs = len(s.Log) // what came from outside is saved there
	if res.stop != nil {
		p.notify(components.NoticeWarn, "Restoring "+j.what+": "+res.stop.Error()+". Work is bounded by what a person can read: run the rest yourself, or open it as a session file (larger budget).")
	} else if j.done != "" {
		p.notify(components.NoticeInfo, j.done)
	}
	return true
}

// restoreNow runs a job on the spot (tests, and small jobs).
func (p *Page) restoreNow(ctx app.Context, j restoreJob) bool {
	var res restored
	if p.guard("restoring "+j.what, func() { res = replayJob(j, nil) }) {
		return false
	}
	return p.adopt(ctx, j, res)
}

// chunk is how long a restore works before it lets the browser paint.
const chunk = 60 * time.Millisecond

// restoreAsync runs a job off go-app's loop, yielding to the browser every
// chunk with a progress bar, then adopts it and calls then (in the loop).
// Small jobs run on the spot.
func (p *Page) restoreAsync(ctx app.Context, j restoreJob, then func(ok bool)) {
	if len(j.log) <= 32 || !app.IsClient {
		then(p.restoreNow(ctx, j))
		return
	}
	p.progress = &components.Progress{What: "Restoring " + j.what, Of: len(j.log)}
	p.Update()
	ctx.Async(func() {
		var res restored
		failed := p.guard("restoring "+j.what, func() {
			last := time.Now()
			res = replayJob(j, func(done int) {
				if time.Since(last) < chunk {
					return
				}
				ctx.Dispatch(func(app.Context) {
					if p.progress != nil {
						p.progress.Done = done
					}
				})
				time.Sleep(15 * time.Millisecond) // the browser paints
				last = time.Now()
			})
		})
		ctx.Dispatch(func(ctx app.Context) {
			p.progress = nil
			ok := false
			if !failed {
				p.guard("showing "+j.what, func() { ok = p.adopt(ctx, j, res) })
			}
			then(ok)
			p.Update()
		})
	})
}
