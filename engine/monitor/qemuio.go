package monitor

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"hotpluglab/engine/block"
	"hotpluglab/engine/hostfs"
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

// qemuIONull is what a qemu-io command prints about a null node, which
// holds no data: its length, its driver, and nothing allocated; of a host
// file, its length. Other drivers' answers are not simulated.
func qemuIONull(n *block.Node, fields []string) string {
	if n.Driver == "file" && n.Host.Format != hostfs.Dir {
		return qemuIOFile(n, fields)
	}
	if n.Driver != "null-co" && n.Driver != "null-aio" {
		return ""
	}
	switch fields[0] {
	case "length", "l":
		return cvtstr(float64(n.Size)) + "\n"
	case "info", "i":
		// info_f prints the driver's format name, then its protocol name
		// under the same label; null has no bdrv_get_info, so nothing more.
		return "format name: " + n.Driver + "\nformat name: " + n.Driver + "\n"
	case "alloc":
		if len(fields) == 3 {
			if c, ok := strconv.ParseInt(fields[2], 0, 64); ok == nil {
				return fmt.Sprintf("0/%d bytes allocated at offset %s\n", c, cvtstr(float64(mustInt(fields[1]))))
			}
		}
	case "map":
		return fmt.Sprintf("%s (0x%x) bytes not allocated at offset %s (0x0)\n", cvtstr(float64(n.Size)), n.Size, cvtstr(0))
	}
	return ""
}

// qemuIOFile is what a qemu-io command prints about a host file: only its
// length is known (no contents are kept). file-posix's length is whole
// 512-byte sectors (bdrv_getlength: a 4-byte file is 512 bytes, measured
// m16-*-m-memsave-lengths).
func qemuIOFile(n *block.Node, fields []string) string {
	switch fields[0] {
	case "length", "l":
		return cvtstr(float64((n.Host.Length()+511)/512*512)) + "\n"
	}
	return ""
}

func mustInt(s string) int64 { v, _ := strconv.ParseInt(s, 0, 64); return v }

// cvtstr is qemu-io's size format: a binary unit, three decimals with a
// whole ".000" dropped (a 1032-byte file's length is "1.500 KiB", measured
// m16-*-m-memsave-lengths).
func cvtstr(v float64) string {
	suffix := " bytes"
	for _, u := range []struct {
		shift uint
		name  string
	}{{60, " EiB"}, {50, " PiB"}, {40, " TiB"}, {30, " GiB"}, {20, " MiB"}, {10, " KiB"}} {
		if v >= float64(uint64(1)<<u.shift) {
			v, suffix = v/float64(uint64(1)<<u.shift), u.name
			break
		}
	}
	s := strconv.FormatFloat(v, 'f', 3, 64)
	if i := strings.Index(s, ".000"); i >= 0 {
		return s[:i] + suffix
	}
	return s + suffix
}

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
				return ""
			}
			var n *block.Node
			if a.Bool("qdev") {
				n = l.RootOfDevice(device)
			} else {
				n = l.Lookup(device)
			}
			if n != nil && len(fields) > 0 {
				mon.Stdout.WriteString(qemuIONull(n, fields))
			}
			return ""
		}})
	})
}
