package cmdline

import (
	"errors"
	"fmt"
	"strings"

	"hotpluglab/engine/keyval"
	"hotpluglab/engine/qemuopts"
	"hotpluglab/engine/trace"
)

// atFile starts a Printed message whose location is a file (QEMU's
// loc_set_file): it prints "<binary>:<file>:<line>: ..." with no space
// after the binary's colon.
const atFile = "\x00"

// traceKeys are the keys of -trace (QemuOpts "trace", implied "enable").
var traceKeys = []string{"enable", "events", "file"}

// traceOption is trace_opt_parse: -trace [enable=]PATTERN, events=FILE,
// file=FILE. Enabling happens while parsing, so its warnings come in
// command-line order; "help" lists the events and exits.
func (o *Options) traceOption(opt, arg string, files trace.Files) error {
	keys, vals := qemuOpts(arg, "enable")
	got := map[string]string{}
	for i, k := range keys {
		// QemuOpts warns about "key" meaning key=on as it reads it,
		// before it checks the key.
		if i > 0 && !strings.Contains(qemuopts.Split(arg)[i], "=") {
			o.Printed = append(o.Printed, fmt.Sprintf("%s %s: warning: short-form boolean option '%s' deprecated\nPlease use %s=on instead", opt, arg, k, k))
		}
		if !contains(traceKeys, k) {
			return fmt.Errorf("%s %s: Invalid parameter '%s'", opt, arg, k)
		}
		got[k] = vals[i]
	}
	if pattern, ok := got["enable"]; ok {
		if err := o.enableEvents(pattern, opt+" "+arg+": "); err != nil {
			return err
		}
	}
	if name, ok := got["events"]; ok {
		var data []byte
		var err error
		if files == nil {
			err = trace.ErrNoFile
		} else {
			data, err = files.ReadFile(name)
		}
		if err != nil {
			return &exit{code: 1, raw: true, msg: fmt.Sprintf("%s:%s: %s\n", o.Target.Binary(), name, err)}
		}
		lines, numbers := trace.EventsFileLines(data)
		for i, l := range lines {
			if err := o.enableEvents(l, fmt.Sprintf("%s%s:%d: ", atFile, name, numbers[i])); err != nil {
				return err
			}
		}
	}
	if name, ok := got["file"]; ok {
		o.Trace.File = name
		o.NotSimulated = append(o.NotSimulated, opt+" "+arg)
	}
	return nil
}

// enableEvents is trace_enable_events; loc prefixes its warning.
func (o *Options) enableEvents(pattern, loc string) error {
	if keyval.IsHelpOption(pattern) {
		return &exit{code: 0, stdout: o.Trace.Catalog().HelpText()}
	}
	if w := o.Trace.EnableEvents(pattern); w != "" {
		o.Printed = append(o.Printed, loc+"warning: "+w)
	}
	return nil
}

// logOption is -d: its "trace:PATTERN" items enable events once the
// options are parsed (no location); the log items are not simulated.
func (o *Options) logOption(arg string) {
	for _, item := range strings.Split(arg, ",") {
		if p, ok := strings.CutPrefix(item, "trace:"); ok {
			o.logTrace = append(o.logTrace, p)
		}
	}
}

// msgOption is -msg: timestamp=on also prefixes trace lines.
func (o *Options) msgOption(arg string) {
	keys, vals := qemuOpts(arg, "")
	for i, k := range keys {
		switch k {
		case "timestamp":
			o.Trace.Timestamps, _ = qemuopts.ParseBool(vals[i])
		case "guest-name":
			o.msgGuestName, _ = qemuopts.ParseBool(vals[i])
		}
	}
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// checkDfilter is qemu_set_dfilter_ranges: comma-separated ranges, each
// START-LEN (downwards), START+LEN or START..END, the operator looked for in
// that order; the numbers are qemu_strtou64's.
func checkDfilter(spec string) error {
	if spec == "" {
		return nil // g_strsplit gives no range
	}
	for _, r := range strings.Split(spec, ",") {
		at, width := strings.Index(r, "-"), 1
		if at < 0 {
			at = strings.Index(r, "+")
		}
		if at < 0 {
			at, width = strings.Index(r, ".."), 2
		}
		if at < 0 {
			return errors.New("Bad range specifier")
		}
		op := r[at : at+width]
		lo, ok := parseStrtou64(r[:at])
		if !ok {
			return fmt.Errorf("Invalid number to the left of %s", op)
		}
		hi, ok := parseStrtou64(r[at+width:])
		if !ok {
			return fmt.Errorf("Invalid number to the right of %s", op)
		}
		if op == ".." && hi < lo {
			return errors.New("Invalid range")
		}
	}
	return nil
}
