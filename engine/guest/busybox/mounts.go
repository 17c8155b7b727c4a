package busybox

import (
	"strconv"
	"strings"
)

// mount (listing only) and df, over /proc/mounts: busybox prints each
// entry as "DEV on DIR type TYPE (OPTS)"; df takes a tmpfs's size from its
// size= option (1 KiB blocks) with nothing used on devtmpfs (device nodes
// take no blocks), and skips rootfs (FEATURE_SKIP_ROOTFS).

type mountEntry struct{ dev, dir, typ, opts string }

func (c *ctx) mounts() ([]mountEntry, bool) {
	data, err := c.file("/proc/mounts")
	if err != nil {
		c.errMsg("/proc/mounts: " + err.Error())
		return nil, false
	}
	var l []mountEntry
	for _, line := range strings.Split(data, "\n") {
		f := strings.Fields(line)
		if len(f) >= 4 {
			l = append(l, mountEntry{f[0], f[1], f[2], f[3]})
		}
	}
	return l, true
}

func mountApplet(c *ctx) int {
	opts, args, ok := c.getopt(optSpec{short: "o:t:rwanfvsiTO:"})
	if !ok {
		return 1
	}
	fstype := ""
	for _, o := range opts {
		if o.name != "t" {
			c.sh.note("mount -" + o.name + " is not modelled in this simulated guest")
			return 0
		}
		fstype = o.arg
	}
	if len(args) > 0 {
		c.sh.note("mounting is not modelled in this simulated guest")
		return 0
	}
	l, ok := c.mounts()
	if !ok {
		return 1
	}
	for _, m := range l {
		if fstype == "" || m.typ == fstype {
			c.out(m.dev + " on " + m.dir + " type " + m.typ + " (" + m.opts + ")\n")
		}
	}
	return c.finish(0)
}

// tmpfsKB is a mount's size= in KiB (0 when it has none: proc, sysfs).
func tmpfsKB(opts string) int64 {
	for _, o := range strings.Split(opts, ",") {
		if v, ok := strings.CutPrefix(o, "size="); ok {
			n, err := strconv.ParseInt(strings.TrimSuffix(v, "k"), 10, 64)
			if err == nil && strings.HasSuffix(v, "k") {
				return n
			}
		}
	}
	return 0
}

func dfApplet(c *ctx) int {
	opts, args, ok := c.getopt(optSpec{short: "kPmhTaiB:t:"})
	if !ok {
		return 1
	}
	for _, o := range opts {
		if o.name != "k" {
			c.sh.note("df -" + o.name + " is not modelled in this simulated guest")
			return 0
		}
	}
	l, ok := c.mounts()
	if !ok {
		return 1
	}
	c.out("Filesystem           1K-blocks      Used Available Use% Mounted on\n")
	status := 0
	show := func(m mountEntry, listing bool) {
		if m.dev == "rootfs" {
			return
		}
		if m.typ != "devtmpfs" && m.typ != "proc" && m.typ != "sysfs" {
			c.sh.note("df's figures for " + m.dir + " are not modelled in this simulated guest")
			return
		}
		total := tmpfsKB(m.opts)
		if total == 0 && listing {
			return
		}
		dev := m.dev
		if len(dev) > 20 {
			dev += "\n" + strings.Repeat(" ", 20)
		} else {
			dev += strings.Repeat(" ", 20-len(dev))
		}
		n := func(v int64) string {
			s := strconv.FormatInt(v, 10)
			return strings.Repeat(" ", max(0, 9-len(s))) + s
		}
		c.out(dev + " " + n(total) + " " + n(0) + " " + n(total) + "   0% " + m.dir + "\n")
	}
	if len(args) == 0 {
		for _, m := range l {
			show(m, true)
		}
		return c.finish(0)
	}
	for _, a := range args {
		p := c.sh.abs(a)
		if _, err := c.sh.sys.Stat(p); err != nil {
			c.errMsg(a + ": can't find mount point")
			status = 1
			continue
		}
		// the mount whose folder holds p (the last one mounted there)
		best := -1
		for i, m := range l {
			if p == m.dir || m.dir == "/" || strings.HasPrefix(p, m.dir+"/") {
				if best < 0 || len(m.dir) >= len(l[best].dir) {
					best = i
				}
			}
		}
		if best >= 0 {
			show(l[best], false)
		}
	}
	return c.finish(status)
}
