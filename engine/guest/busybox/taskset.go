package busybox

import (
	"fmt"
	"strconv"
	"strings"
)

// taskset for the shell itself (PID 1) and the commands it starts: the
// affinity the kernel reports is the task's mask within the online CPUs.
// Other PIDs (the kernel's threads) are not modelled.

func registerTaskset() { applets["taskset"] = tasksetApplet }

// affinity is the set of CPUs a task may run on (nil: every CPU, as init
// starts).
type affinity map[int]bool

// effective is the task's mask within the online CPUs.
func (sh *Shell) effective(a affinity) []int {
	var l []int
	for _, n := range sh.sys.Kernel().OnlineList() {
		if a == nil || a[n] {
			l = append(l, n)
		}
	}
	return l
}

func hexMask(l []int) string {
	words := []uint64{0}
	for _, n := range l {
		for len(words) <= n/64 {
			words = append(words, 0)
		}
		words[n/64] |= 1 << (n % 64)
	}
	s := strconv.FormatUint(words[len(words)-1], 16)
	for i := len(words) - 2; i >= 0; i-- {
		s += fmt.Sprintf("%016x", words[i])
	}
	return s
}

// parseMask reads a hex mask or (with -c) a CPU list.
func parseMask(s string, list bool) (affinity, bool) {
	a := affinity{}
	if list {
		for _, part := range strings.Split(s, ",") {
			lo, hi, isRange := strings.Cut(part, "-")
			l, err := strconv.Atoi(lo)
			if err != nil || l < 0 {
				return nil, false
			}
			h := l
			if isRange {
				if h, err = strconv.Atoi(hi); err != nil || h < l {
					return nil, false
				}
			}
			for n := l; n <= h && n < 8192; n++ {
				a[n] = true
			}
		}
		return a, true
	}
	s = strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	for i := 0; i < len(s); i++ {
		c := s[len(s)-1-i]
		if !isHex(c) {
			return nil, false
		}
		v := hexVal(c)
		for b := 0; b < 4; b++ {
			if v&(1<<b) != 0 {
				a[i*4+b] = true
			}
		}
	}
	return a, true
}

func tasksetApplet(c *ctx) int {
	opts, args, ok := c.getopt(optSpec{short: "+pac"})
	if !ok {
		return 1
	}
	pidMode, list := has(opts, "p"), has(opts, "c")
	kind := "mask"
	if list {
		kind = "list"
	}
	show := func(l []int) string {
		if list {
			return cpulistOf(l)
		}
		return hexMask(l)
	}
	if pidMode {
		if len(args) < 1 || len(args) > 2 {
			return c.showUsage()
		}
		pidStr := args[len(args)-1]
		pid, err := strconv.ParseUint(pidStr, 10, 31)
		if err != nil || pid == 0 {
			return c.invalidNumber(pidStr)
		}
		if pid != 1 {
			c.sh.note("the affinity of PID " + pidStr + " (a kernel thread or a process the simulator has not) is not modelled")
			return 0
		}
		c.out(fmt.Sprintf("pid %d's current affinity %s: %s\n", pid, kind, show(c.sh.effective(c.sh.st.affinity))))
		if len(args) == 1 {
			return c.finish(0)
		}
		a, ok := parseMask(args[0], list)
		if !ok {
			c.errMsg("bad affinity '" + args[0] + "'")
			return 1
		}
		if len(c.sh.effective(a)) == 0 {
			c.errMsg(fmt.Sprintf("can't set pid %d's affinity: %s", pid, EINVAL))
			return 1
		}
		c.sh.st.affinity = a
		c.out(fmt.Sprintf("pid %d's new affinity %s: %s\n", pid, kind, show(c.sh.effective(a))))
		return c.finish(0)
	}
	if len(args) < 2 {
		return c.showUsage()
	}
	a, ok := parseMask(args[0], list)
	if !ok {
		c.errMsg("bad affinity '" + args[0] + "'")
		return 1
	}
	if len(c.sh.effective(a)) == 0 {
		c.errMsg(fmt.Sprintf("can't set pid 0's affinity: %s", EINVAL))
		return 1
	}
	saved := c.sh.st.affinity
	c.sh.st.affinity = a
	defer func() { c.sh.st.affinity = saved }()
	return c.sh.runExternal(args[1:], c.fds)
}

// cpulistOf formats CPU numbers as the kernel's lists ("0-3,5").
func cpulistOf(l []int) string {
	var b strings.Builder
	for i := 0; i < len(l); {
		j := i
		for j+1 < len(l) && l[j+1] == l[j]+1 {
			j++
		}
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		if j == i {
			b.WriteString(strconv.Itoa(l[i]))
		} else {
			fmt.Fprintf(&b, "%d-%d", l[i], l[j])
		}
		i = j + 1
	}
	return b.String()
}
