package busybox

import "strings"

// getopt as busybox uses glibc's: short options (with "x:" taking an
// argument), long ones, and GNU argument permutation (options may follow
// operands) unless the spec starts with "+"; "--" ends the options.

type opt struct {
	name string // one letter, or a long option's name
	arg  string
}

type optSpec struct {
	short string
	long  map[string]bool // name -> takes an argument
	// optional are long options whose argument is optional (--color[=WHEN]).
	optional map[string]bool
	// num: a leading "-N" is a count (head, tail); the option letter it
	// stands for.
	num byte
	// plain: the applet calls getopt(), not getopt32's getopt_long, so
	// "--x" is the option "-" (head).
	plain bool
}

// getopt parses c.args[1:]; on an error it prints glibc's message and
// the usage, and ok is false.
func (c *ctx) getopt(spec optSpec) (opts []opt, operands []string, ok bool) {
	args := c.args[1:]
	permute := !strings.HasPrefix(spec.short, "+")
	short := strings.TrimPrefix(spec.short, "+")
	if spec.num != 0 && len(args) > 0 && len(args[0]) > 1 && (args[0][0] == '-' || args[0][0] == '+') &&
		args[0][1] >= '0' && args[0][1] <= '9' {
		v := args[0][1:]
		if args[0][0] == '+' {
			v = args[0]
		}
		opts = append(opts, opt{string(spec.num), v})
		args = args[1:]
	}
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			return opts, append(operands, args[i+1:]...), true
		case strings.HasPrefix(a, "--") && !spec.plain:
			name, val, hasVal := strings.Cut(a[2:], "=")
			all := map[string]bool{}
			for k, v := range spec.long {
				all[k] = v
			}
			for k := range spec.optional {
				all[k] = false
			}
			if spec.optional[name] || (!all[name] && spec.optional != nil && func() bool {
				f, ok := c.matchLongQuiet(name, spec.optional)
				name = f
				return ok
			}()) {
				opts = append(opts, opt{name, val})
				continue
			}
			full, found := c.matchLong(name, all)
			if !found {
				if full == "ambiguous" {
					return nil, nil, false
				}
				c.errMsg("unrecognized option '" + a + "'")
				c.sh.write(c.fds[2], c.sh.usageText(c.args[0]))
				return nil, nil, false
			}
			takes := all[full]
			switch {
			case takes && !hasVal:
				if i+1 >= len(args) {
					c.errMsg("option '--" + full + "' requires an argument")
					c.sh.write(c.fds[2], c.sh.usageText(c.args[0]))
					return nil, nil, false
				}
				i++
				val = args[i]
			case !takes && hasVal:
				c.errMsg("option '--" + full + "' doesn't allow an argument")
				c.sh.write(c.fds[2], c.sh.usageText(c.args[0]))
				return nil, nil, false
			}
			opts = append(opts, opt{full, val})
		case len(a) > 1 && a[0] == '-':
			for j := 1; j < len(a); j++ {
				ch := a[j]
				k := strings.IndexByte(short, ch)
				if k < 0 || ch == ':' {
					c.errMsg("invalid option -- '" + string(ch) + "'")
					c.sh.write(c.fds[2], c.sh.usageText(c.args[0]))
					return nil, nil, false
				}
				if k+1 < len(short) && short[k+1] == ':' {
					val := a[j+1:]
					if val == "" {
						if i+1 >= len(args) {
							c.errMsg("option requires an argument -- '" + string(ch) + "'")
							c.sh.write(c.fds[2], c.sh.usageText(c.args[0]))
							return nil, nil, false
						}
						i++
						val = args[i]
					}
					opts = append(opts, opt{string(ch), val})
					break
				}
				opts = append(opts, opt{string(ch), ""})
			}
		default:
			if !permute {
				return opts, append(operands, args[i:]...), true
			}
			operands = append(operands, a)
		}
	}
	return opts, operands, true
}

// matchLong finds a long option by a unique prefix.
func (c *ctx) matchLong(name string, long map[string]bool) (string, bool) {
	if _, ok := long[name]; ok {
		return name, true
	}
	var cands []string
	for _, n := range sortedKeys(long) {
		if strings.HasPrefix(n, name) {
			cands = append(cands, n)
		}
	}
	switch len(cands) {
	case 0:
		return "", false
	case 1:
		return cands[0], true
	}
	msg := "option '--" + name + "' is ambiguous; possibilities:"
	for _, n := range cands {
		msg += " '--" + n + "'"
	}
	c.errMsg(msg)
	c.sh.write(c.fds[2], c.sh.usageText(c.args[0]))
	return "ambiguous", false
}

// matchLongQuiet is matchLong without messages.
func (c *ctx) matchLongQuiet(name string, long map[string]bool) (string, bool) {
	var cands []string
	for n := range long {
		if strings.HasPrefix(n, name) {
			cands = append(cands, n)
		}
	}
	if len(cands) == 1 {
		return cands[0], true
	}
	return name, false
}

// has tells whether an option was given.
func has(opts []opt, name string) bool {
	for _, o := range opts {
		if o.name == name {
			return true
		}
	}
	return false
}
