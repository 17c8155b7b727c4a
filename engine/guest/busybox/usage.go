package busybox

import (
	"strings"
	"sync"
)

// The System's Usages hold every applet's usage text as the guest's
// busybox prints it (testdata/oracle/record_busybox_usage.py): after
// "--help", and on stderr after an option it does not know. They travel
// with the recordings, not in app.wasm; read once.
var (
	usagesMu sync.Mutex
	usages   map[string]string
)

func (sh *Shell) usageText(applet string) string {
	usagesMu.Lock()
	defer usagesMu.Unlock()
	if len(usages) == 0 { // read again while the recordings are not there
		usages = map[string]string{}
		for _, entry := range strings.Split(sh.sys.Usages(), "\x00") {
			name, text, ok := strings.Cut(entry, "\n")
			if ok {
				usages[name] = text
			}
		}
	}
	return usages[applet]
}

// showUsage is bb_show_usage(): the usage on stderr, status 1.
func (c *ctx) showUsage() int {
	c.sh.write(c.fds[2], c.sh.usageText(c.args[0]))
	return 1
}
