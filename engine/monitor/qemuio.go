package monitor

import (
	"slices"
	"strings"

	"hotpluglab/engine/block"
)

// HMP qemu-io (hmp_qemu_io): the block device by its BlockBackend or node
// name, or with -d by its device's id; then the command runs as the
// qemu-io tool's own. What a command prints goes to QEMU's stdout, not
// the monitor, and an unknown command's complaint to its stderr
// (measured m15-*-qemu-io); the simulator keeps no disk contents to read.

// qemuIOCommands are qemu-io's commands and their aliases (qemu-io-cmds.c).
var qemuIOCommands = []string{"abort", "aio_flush", "aio_read", "aio_write", "aio_zone_append", "aio_zone_finish",
	"aio_zone_close", "aio_zone_open", "aio_zone_reset", "alloc", "break", "discard", "d", "flush", "f", "help", "?",
	"info", "i", "length", "l", "map", "read", "r", "readv", "remove_break", "rb", "reopen", "resume", "r",
	"sigraise", "sleep", "truncate", "t", "wait_break", "write", "w", "writev", "zone_report", "zrp", "zone_open",
	"zo", "zone_close", "zc", "zone_finish", "zf", "zone_reset", "zrs", "zone_append", "zap"}

// hostFileExists: a host file the case's filesystem holds (or every host's).
func (mon *Monitor) hostFileExists(p string) bool {
	if l := block.Of(mon.M); l != nil && l.Host != nil {
		_, ok := l.Host.Lookup(p)
		return ok
	}
	return false
}

func init() {
	registerLater(func() {
		RegisterHMP(&HMPCommand{Name: "qemu-io", Run: func(mon *Monitor, a Args) string {
			device := str(a, "device")
			l := block.Of(mon.M)
			if a.Bool("qdev") {
				if err := mon.blkByQdevID(l, device); err != nil {
					return hmpErr(err)
				}
			} else if l == nil || l.Backend(device) == nil && l.Named(device) == nil {
				return line("Error: Cannot find device='' nor node-name='%s'", device)
			}
			fields := strings.Fields(str(a, "command"))
			if len(fields) > 0 && !slices.Contains(qemuIOCommands, fields[0]) {
				mon.WriteStderr("command \"" + fields[0] + "\" not found\n")
			}
			return ""
		}})
	})
}
