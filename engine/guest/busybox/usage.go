package busybox

import (
	_ "embed"
	"strings"
)

// usage.txt holds every applet's usage text as the guest's busybox prints
// it (testdata/oracle/record_busybox_usage.py): after "--help", and on
// stderr after an option it does not know.
//
//go:embed usage.txt
var usageFile string

var usages = func() map[string]string {
	m := map[string]string{}
	for _, entry := range strings.Split(usageFile, "\x00") {
		name, text, ok := strings.Cut(entry, "\n")
		if ok {
			m[name] = text
		}
	}
	return m
}()

func usageText(applet string) string { return usages[applet] }

// showUsage is bb_show_usage(): the usage on stderr, status 1.
func (c *ctx) showUsage() int {
	c.sh.write(c.fds[2], usageText(c.args[0]))
	return 1
}
