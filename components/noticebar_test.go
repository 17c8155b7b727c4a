package components

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

func TestNoticeBar(t *testing.T) {
	for _, tc := range []struct {
		bar  NoticeBar
		want []string
		not  []string
	}{
		{NoticeBar{}, []string{`class="notices empty"`}, []string{"role="}},
		{NoticeBar{Notices: []Notice{{NoticeError, "Hotplug Lab hit an internal error"}, {NoticeInfo, "back"}}},
			[]string{`role="alert"`, "Hotplug Lab hit an internal error", `class="notice info"`, `role="status"`, `aria-label="dismiss"`}, []string{"progress"}},
		{NoticeBar{Progress: &Progress{What: "Restoring the shared session", Done: 50, Of: 200}},
			[]string{"Restoring the shared session: input 50 of 200", `id="restore-progress"`, `max="100"`, `value="25"`}, nil},
	} {
		d := app.NewClientTester(&tc.bar)
		html := app.HTMLString(&tc.bar)
		d.Close()
		for _, w := range tc.want {
			if !strings.Contains(html, w) {
				t.Errorf("%+v: %q missing from\n%s", tc.bar, w, html)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(html, w) {
				t.Errorf("%+v: %q in\n%s", tc.bar, w, html)
			}
		}
	}
}
