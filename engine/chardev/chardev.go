// Package chardev is QEMU's character devices as the command line and the
// monitor see them: -chardev, the chardevs -serial, -parallel, -monitor and
// -qmp make (serial0, parallel0, compat_monitor0), -mon, mux=on, who opened
// each (frontend-open), `info chardev` and query-chardev in the order of
// the /chardevs container, and a pty's "char device redirected" line.
package chardev

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"hotpluglab/engine/numa"
	"hotpluglab/engine/qemuopts"
	"hotpluglab/engine/qom"
)

// commonKeys are the -chardev options every backend takes; backendKeys
// each backend's own (qemu_chardev_opts is one flat list: any key of any
// backend parses, the backend ignores the rest).
var commonKeys = []string{"backend", "id", "mux", "logfile", "logappend"}

var backendKeys = []string{"signal", "path", "host", "port", "fd", "localaddr", "localport", "to", "ipv4", "ipv6",
	"wait", "server", "delay", "nodelay", "reconnect", "telnet", "tn3270", "websocket", "tls-creds", "tls-authz",
	"width", "height", "cols", "rows", "mux", "size", "chardev", "append", "debug", "name", "abstract", "tight",
	"nowait", "input-path", "copy-paste", "mouse", "clipboard", "ctrl_c"}

// numberParams and boolParams are qemu_chardev_opts' typed parameters
// (size is the one size); the rest are strings.
var numberParams = []string{"to", "reconnect", "width", "height", "cols", "rows", "debug"}

var boolParams = []string{"ipv4", "ipv6", "wait", "server", "delay", "nodelay", "telnet", "tn3270", "websocket",
	"mux", "signal", "append", "logappend", "mouse", "clipboard", "abstract", "tight", "copy-paste"}

// CheckParam is qemu_opt_set on a -chardev's options (-set chardev.ID.k=v).
func (s *State) CheckParam(k, v string) error {
	return s.checkParams([]string{k}, []string{v})
}

// checkParams is QemuOpts adding each parameter in order: an unknown
// key, or a value its type cannot take, fails (measured on both releases).
func (s *State) checkParams(keys, vals []string) error {
	for i, k := range keys {
		v := vals[i]
		switch {
		case !contains(commonKeys, k) && !contains(backendKeys, k):
			return fmt.Errorf("Invalid parameter '%s'", k)
		case contains(numberParams, k):
			if err := qemuopts.NumberError(k, v); err != nil {
				return err
			}
		case contains(boolParams, k):
			switch v {
			case "on", "yes", "true", "y", "off", "no", "false", "n":
			default:
				return fmt.Errorf("Parameter '%s' expects 'on' or 'off'", k)
			}
		case k == "size":
			if s.NegativeSizeOutOfRange && strings.HasPrefix(strings.TrimLeft(v, " "), "-") || numa.SizeOutOfRange(v) {
				return fmt.Errorf("Value '%s' is out of range for parameter '%s'", v, k)
			}
			if _, err := numa.ParseSize(v); err != nil {
				return fmt.Errorf("Parameter '%s' expects a non-negative number below 2^64\n"+
					"Optional suffix k, M, G, T, P or E means kilo-, mega-, giga-, tera-, peta-\nand exabytes, respectively.", k)
			}
		}
	}
	return nil
}

// ParseError is chardev-add's failure to parse its argument: QemuOpts'
// own message, then "Parsing chardev args failed".
type ParseError struct{ Err error }

func (e *ParseError) Error() string { return e.Err.Error() }

// Chardev is one character device.
type Chardev struct {
	ID, Backend string
	// Filename is what info chardev and query-chardev show.
	Filename string
	// Open: a frontend (a device, a monitor, a mux) opened it.
	Open bool
	// Mux: several frontends may share it (mux=on).
	Mux bool
	// taken: a frontend holds it (open or not).
	taken bool
	// muxBase is the chardev a mux backend (`mux,chardev=ID`) took.
	muxBase *Chardev
	// frontend is the holder's kind (a device type, "monitor", "mux"):
	// chardev-change needs one that can take a new backend.
	frontend string
	// anyID: QMP's chardev-add takes any id, "" too (no QemuOpts).
	anyID      bool
	ring       []byte // a ringbuf's contents
	keys, vals []string
	loc        string
}

func (c *Chardev) has(k string) bool { _, ok := c.get(k); return ok }

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (c *Chardev) get(k string) (string, bool) {
	for i := len(c.keys) - 1; i >= 0; i-- {
		if c.keys[i] == k {
			return c.vals[i], true
		}
	}
	return "", false
}

// State is a process's character devices.
type State struct {
	// Help: -chardev help was given; the caller prints HelpText.
	Help bool
	// Stdout collects what creating them printed (pty lines).
	Stdout strings.Builder
	// unconnected are the reconnecting client sockets whose first
	// connection failed: the main loop reports them once QEMU runs.
	unconnected []string
	// Daemonized: -daemonize was given, which a stdio backend refuses.
	Daemonized bool
	// MonitorGreeting is what a monitor writes when its chardev opens: the
	// HMP banner and prompt, or (control) the QMP greeting.
	MonitorGreeting func(control bool) string
	// MuxAlwaysBusy: the release calls any mux busy (release's field).
	MuxAlwaysBusy bool
	// MuxHotswap is the release's refusal to chardev-change a mux.
	MuxHotswap string
	// InUse is the release's text for a second frontend on a chardev.
	InUse func(id string) string
	// NegativeSizeOutOfRange: the release's qemu_strtosz refuses a
	// negative size as out of range (release.SizeHexSuffixError's).
	NegativeSizeOutOfRange bool
	// Binary names the program in a second error line.
	Binary string
	// NoSpice: the build has no spice modules (spicevmc, spiceport unknown).
	NoSpice bool
	// Aliases: the release takes "tty" and "parport" for "serial" and
	// "parallel", warning once (release's field); Stderr collects it.
	Aliases       bool
	Stderr        strings.Builder
	aliasesWarned []string
	// CanCreate says whether the host has a file, or the directory to make
	// it in (file backends, logfile=); nil: any.
	CanCreate func(path string) bool
	// Exists says whether the host has a file (what a backend opens for
	// reading: a file's in=, a pipe, a serial device); nil: any.
	Exists func(path string) bool
	// InMonitor: chardevs are made by a monitor command, whose socket
	// fd= names a descriptor passed to that monitor (getfd).
	InMonitor bool

	pending  []*Chardev // -chardev and the monitors' chardevs, in option order
	ids      map[string]bool
	list     []*Chardev // created
	table    *qom.Table // /chardevs' children
	monitors int
	mons     []monOption // -mon, and -monitor/-qmp chardev:ID, in option order
	serials  []string
	parallel []string
	ptys     int
	stdio    bool
	// noMonitor: -monitor none was given.
	noMonitor bool
	// portInUse: a -serial/-parallel chardev:ID another frontend holds;
	// the board's port device cannot take it (its id, "" none).
	portInUse string
	// defaultPorts: the serial or parallel ports are the defaults.
	defaultPorts map[string]bool
}

// Defaults are the chardevs QEMU adds without -nodefaults (vl.c's
// default_serial, default_parallel, default_monitor): the ones no option
// replaced, on a "vc" console (the board decides which it has).
// With -nographic they go to stdio instead: the serial port shares it
// with the monitor (mon:stdio) when both are defaults.
func (s *State) Defaults(serial, parallel, nographic bool) {
	serial = serial && len(s.serials) == 0
	parallel = parallel && len(s.parallel) == 0
	s.defaultPorts = map[string]bool{"serial": serial, "parallel": parallel}
	monitor := s.monitors == 0 && len(s.mons) == 0 && !s.noMonitor
	if !nographic {
		if serial {
			s.serials = []string{"vc:80Cx24C"}
		}
		if parallel {
			s.parallel = []string{"vc:80Cx24C"}
		}
		if monitor {
			s.Monitor("vc:80Cx24C")
		}
		return
	}
	if parallel {
		s.parallel = []string{"null"}
	}
	switch {
	case serial && monitor:
		s.serials = []string{"mon:stdio"}
	case serial:
		s.serials = []string{"stdio"}
	case monitor:
		s.Monitor("stdio")
	}
}

// New is an empty set.
func New() *State {
	return &State{ids: map[string]bool{}, table: qom.NewTable()}
}

func split(arg, implied string) (keys, vals []string) {
	for i, p := range qemuopts.Split(arg) {
		if p == "" {
			continue
		}
		k, v, ok := strings.Cut(p, "=")
		if !ok {
			switch {
			case i == 0 && implied != "":
				k, v = implied, p
			default:
				k, v = qemuopts.ShortForm(p)
			}
		}
		keys, vals = append(keys, k), append(vals, v)
	}
	return keys, vals
}

// Option is -chardev: QemuOpts' checks (unknown keys, duplicate ids) fail
// now; the backend is made with the early backends (Create).
func (s *State) Option(arg string) error {
	c := &Chardev{loc: "-chardev " + arg}
	if id, ok := qemuopts.FirstID(arg); ok && !qemuopts.IDWellFormed(id) {
		return qemuopts.IDError{}
	}
	c.keys, c.vals = split(arg, "backend")
	if err := s.checkParams(c.keys, c.vals); err != nil {
		return err
	}
	b, _ := c.get("backend")
	if b == "help" || b == "?" {
		s.Help = true
		return nil
	}
	if id, ok := c.get("id"); ok {
		if s.ids[id] {
			return fmt.Errorf("Duplicate ID '%s' for chardev", id)
		}
		s.ids[id] = true
		c.ID = id
	}
	s.pending = append(s.pending, c)
	return nil
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// Monitor is -monitor or -qmp (monitor_parse): a chardev labelled
// compat_monitorN from the legacy syntax, opened by the monitor.
// A legacy form qemu_chr_parse_compat cannot read is an error: its
// message ("" when it printed none), before monitor_parse's "parse error".
func (s *State) Monitor(arg string) error {
	loc := "-monitor " + arg
	if !strings.HasPrefix(arg, "chardev:") {
		loc = "" // the default monitors' (qemu_create_default_devices) name no option
	}
	return s.monitor(loc, arg, "readline")
}

// monOption is one monitor to make with the late backends: its QemuOpts
// (keys as -mon's) and the option that made it, for its errors.
type monOption struct{ arg, loc string }

func (s *State) monitor(loc, arg, mode string) error {
	if id, ok := strings.CutPrefix(arg, "chardev:"); ok {
		// monitor_parse: the monitor opens a -chardev by its id.
		s.mons = append(s.mons, monOption{"chardev=" + id + ",mode=" + mode, loc})
		s.monitors++
		return nil
	}
	c, err := legacy(arg)
	if err != nil {
		return err
	}
	id := fmt.Sprintf("compat_monitor%d", s.monitors)
	s.monitors++
	c.ID, c.loc = id, loc // qemu_opts_foreach restores the option's location
	c.Open, c.taken, c.frontend = true, true, "monitor"
	s.ids[id] = true
	s.pending = append(s.pending, c)
	return nil
}

// MonitorAt is Monitor for a -monitor/-qmp option at loc, which names the
// option where its stdio backend refuses -daemonize.
func (s *State) MonitorAt(loc, arg string) error {
	option, _, _ := strings.Cut(loc, " ")
	option = strings.TrimLeft(option, "-")
	if option == "monitor" && strings.HasPrefix(arg, "none") {
		// vl.c compares the first four characters (-qmp has no "none").
		s.noMonitor = true // no default monitor either
		return nil
	}
	mode := "readline"
	if option != "monitor" {
		mode = "control"
	}
	if option == "qmp-pretty" {
		mode = "control,pretty=on"
	}
	return s.monitor(loc, arg, mode)
}

// Mon is -mon chardev=ID: the monitor opens it when the late backends are made.
func (s *State) Mon(arg string) { s.mons = append(s.mons, monOption{arg, "-mon " + arg}) }

// Serial is -serial; Parallel is -parallel (their chardevs are made with
// the late backends, serialN / parallelN).
func (s *State) Serial(arg string)   { s.serials = append(s.serials, arg) }
func (s *State) Parallel(arg string) { s.parallel = append(s.parallel, arg) }

// legacy is qemu_chr_parse_compat: "null", "stdio", "pty", "file:PATH",
// "tcp:HOST:PORT,server=on", "unix:PATH", "mon:DEV", "chardev:ID" ...
// errCompatSilent: qemu_chr_parse_compat failed without a message (an
// address it could not read).
var errCompatSilent = errors.New("")

// compatSimple are the backends qemu_chr_parse_compat takes by name alone.
var compatSimple = map[string]bool{"null": true, "pty": true, "msmouse": true, "wctablet": true, "braille": true,
	"testdev": true, "stdio": true}

func legacy(arg string) (*Chardev, error) {
	c := &Chardev{}
	name, rest, _ := strings.Cut(arg, ":")
	switch {
	case name == "tcp" || name == "telnet" || name == "udp":
		addr, _, _ := strings.Cut(rest, ",")
		if _, port, _ := strings.Cut(addr, ":"); port == "" {
			return nil, errCompatSilent
		}
	case name == "file" || name == "pipe" || name == "unix" || name == "vc" || name == "mon" || name == "con" ||
		strings.HasPrefix(arg, "vc") || strings.HasPrefix(arg, "COM") || strings.HasPrefix(arg, "/dev/"):
	case !compatSimple[strings.SplitN(arg, ",", 2)[0]]:
		return nil, fmt.Errorf("'%s' is not a valid char driver", arg)
	}
	switch {
	case strings.HasPrefix(arg, "/dev/parport") || strings.HasPrefix(arg, "/dev/parallel"):
		c.keys, c.vals = []string{"backend", "path"}, []string{"parallel", arg}
		return c, nil
	case strings.HasPrefix(arg, "/dev/"):
		// a host device path: a serial line (tty), opened as it is
		c.keys, c.vals = []string{"backend", "path"}, []string{"serial", arg}
		return c, nil
	}
	switch name {
	case "file", "pipe":
		c.keys, c.vals = []string{"backend", "path"}, []string{name, rest}
	case "unix":
		path, opts, _ := strings.Cut(rest, ",")
		c.keys, c.vals = []string{"backend", "path"}, []string{"socket", path}
		k, v := split(opts, "")
		c.keys, c.vals = append(c.keys, k...), append(c.vals, v...)
	case "tcp", "telnet":
		addr, opts, _ := strings.Cut(rest, ",")
		host, port, _ := strings.Cut(addr, ":")
		c.keys, c.vals = []string{"backend", "host", "port"}, []string{"socket", host, port}
		if name == "telnet" {
			c.keys, c.vals = append(c.keys, "telnet"), append(c.vals, "on")
		}
		k, v := split(opts, "")
		c.keys, c.vals = append(c.keys, k...), append(c.vals, v...)
	case "vc":
		c.keys, c.vals = []string{"backend"}, []string{"vc"}
	case "mon":
		inner, err := legacy(rest)
		if err != nil {
			return nil, err
		}
		c = inner
		c.keys, c.vals = append(c.keys, "mux"), append(c.vals, "on")
	default:
		c.keys, c.vals = []string{"backend"}, []string{strings.SplitN(arg, ",", 2)[0]}
	}
	return c, nil
}

// chardevAliases are chardev_alias_table's: an alias and its type.
var chardevAliases = map[string]string{"tty": "serial", "parport": "parallel"}

// backends are the chardev types -chardev knows, in no particular order
// (`-chardev help` prints the binary's own list).
var backends = map[string]bool{"null": true, "socket": true, "udp": true, "msmouse": true, "wctablet": true,
	"vc": true, "ringbuf": true, "memory": true, "file": true, "pipe": true, "pty": true, "stdio": true,
	"serial": true, "tty": true, "parallel": true, "parport": true, "testdev": true, "qemu-vdagent": true,
	"braille": true, "spicevmc": true, "spiceport": true, "dbus": true, "hub": true, "mux": true}

// known: a backend the build has (spice's come as modules).
func (s *State) known(b string) bool {
	return backends[b] && !(s.NoSpice && (b == "spicevmc" || b == "spiceport"))
}

// Create makes the -chardev backends and the monitors' (chardev_init_func
// in qemu_create_early_backends), in option order.
func (s *State) Create() error {
	for _, c := range s.pending {
		if err := s.create(c); err != nil {
			if c.loc != "" {
				return fmt.Errorf("%s: %w", c.loc, err)
			}
			return err
		}
	}
	return nil
}

func (s *State) create(c *Chardev) error {
	b, _ := c.get("backend")
	if c.ID == "" && !c.anyID {
		return errors.New("chardev: no id specified")
	}
	if b == "" {
		return errors.New(`chardev: "` + c.ID + `" missing backend`)
	}
	if target, alias := chardevAliases[b]; alias {
		// chardev_alias_translate: 7.2 warns once per alias; later
		// releases dropped the aliases.
		if !s.Aliases {
			return fmt.Errorf("'%s' is not a valid char driver name", b)
		}
		if !slices.Contains(s.aliasesWarned, b) {
			s.aliasesWarned = append(s.aliasesWarned, b)
			where := s.Binary + ": "
			if c.loc != "" {
				where += c.loc + ": "
			}
			fmt.Fprintf(&s.Stderr, "%swarning: The alias '%s' is deprecated, use '%s' instead\n", where, b, target)
		}
		b = target
	}
	if !s.known(b) {
		return fmt.Errorf("'%s' is not a valid char driver name", b)
	}
	c.Backend = b
	switch b {
	case "pty":
		c.Filename = fmt.Sprintf("pty:/dev/pts/%d", s.ptys)
		fmt.Fprintf(&s.Stdout, "char device redirected to /dev/pts/%d (label %s)\n", s.ptys, c.ID)
		s.ptys++
	case "stdio":
		if s.Daemonized { // a monitor's names its option (its loc)
			return errors.New("cannot use stdio with -daemonize")
		}
		if s.stdio {
			return errors.New("cannot use stdio by multiple character devices")
		}
		s.stdio = true
		c.Filename = "stdio"
	case "socket":
		p, path := c.get("path")
		path = path && p != "" // an empty path is none
		_, host := c.get("host")
		_, port := c.get("port")
		fd, hasFD := c.get("fd")
		if n := btoi(path) + btoi(host) + btoi(hasFD); n > 1 { // qemu_chr_parse_socket
			return errors.New("None or one of 'path', 'fd' or 'host' option required.")
		}
		if !path && !host && !port && !hasFD && c.isOn("server") && c.has("wait") && !c.isOn("wait") {
			// none of them on a server that does not wait: it starts
			// (measured, pc-x-c18-sock-no-path-no-host); a client's
			// connection reads the missing fd below.
			c.Filename = socketFilename(c)
			break
		}
		if !path && !host && !port {
			// socket_get_fd: in a monitor command a name that does not
			// start with a digit is one getfd gave that monitor; else a
			// number qemu_strtoi reads names a descriptor the simulated
			// process never has open.
			if s.InMonitor && (fd == "" || fd[0] < '0' || fd[0] > '9') {
				return fmt.Errorf("File descriptor named '%s' has not been found", fd)
			}
			if _, err := strconv.ParseInt(fd, 10, 32); err != nil {
				return fmt.Errorf("Unable to parse FD number %s", fd)
			}
			return fmt.Errorf("File descriptor '%s' is not a socket", fd)
		}
		if host && !port && !path {
			return errors.New("chardev: socket: no port given")
		}
		if c.isOn("server") && c.has("reconnect") { // qmp_chardev_validate_socket
			return errors.New("'reconnect' option is incompatible with socket in server listen mode")
		}
		c.Filename = socketFilename(c)
		if err := s.connect(c, path, host); err != nil {
			return &OpenError{err}
		}
	case "file":
		p, ok := c.get("path")
		if !ok {
			return errors.New("chardev: file: no filename given")
		}
		if s.CanCreate != nil && !s.CanCreate(p) {
			return &OpenError{fmt.Errorf("Could not open '%s': No such file or directory", p)}
		}
		// qmp_chardev_open_file: the input file is opened after the output.
		if in, ok := c.get("input-path"); ok && s.Exists != nil && !s.Exists(in) {
			return &OpenError{fmt.Errorf("Could not open '%s': No such file or directory", in)}
		}
		c.Filename = b
	case "pipe", "serial", "tty", "parallel", "parport":
		// The host's FIFO (path.in and path.out, or path itself) or device.
		if p, _ := c.get("path"); s.Exists != nil && !s.Exists(p) && !(b == "pipe" && s.Exists(p+".in") && s.Exists(p+".out")) {
			return &OpenError{fmt.Errorf("Could not open '%s': No such file or directory", p)}
		}
		c.Filename = b
	case "udp":
		// getaddrinfo of the remote end: a port must be a number or a
		// service the host knows (it knows none by name here).
		host, _ := c.get("host")
		if host == "" {
			host = "localhost"
		}
		if port, _ := c.get("port"); port != "" && strings.Trim(port, "0123456789") != "" {
			return &OpenError{fmt.Errorf("address resolution failed for %s:%s: Servname not supported for ai_socktype", host, port)}
		}
		c.Filename = b
	case "mux":
		// qemu_chr_parse_mux, then qemu_chr_open_mux's lookup and its
		// front end on the base (measured on both releases).
		id, ok := c.get("chardev")
		if !ok {
			return errors.New("chardev: mux: no chardev given")
		}
		base := s.Find(id)
		if base == nil {
			return &OpenError{fmt.Errorf("mux: base chardev %s not found", id)}
		}
		if msg := s.Claim(id, "mux"); msg != "" {
			return &OpenError{errors.New(msg)}
		}
		base.Open = false // measured: query-chardev's frontend-open stays false
		c.Filename, c.Mux, c.muxBase = b, true, base
	case "ringbuf", "memory":
		if v, ok := c.get("size"); ok {
			n, err := numa.ParseSize(v)
			if err != nil {
				// chardev-add's size is an int64: a negative one reaches
				// qemu_chr_open_ringbuf's test as it is (recorded e20-chr).
				n, err = strconv.ParseInt(v, 10, 64)
			}
			if err == nil && n&(n-1) != 0 {
				return &OpenError{errors.New("size of ringbuf chardev must be power of two")}
			}
		}
		c.Filename = b
	default:
		c.Filename = b
	}
	if p, ok := c.get("logfile"); ok && s.CanCreate != nil && !s.CanCreate(p) {
		return &OpenError{fmt.Errorf("Could not create '%s': No such file or directory", p)}
	}
	if c.isOn("mux") {
		base := &Chardev{ID: c.ID + "-base", Backend: b, Filename: c.Filename, Open: true, taken: true, frontend: "mux",
			keys: c.keys, vals: c.vals}
		s.add(base)
		c.Filename, c.Mux = "mux", true
	}
	s.add(c)
	return nil
}

func (s *State) add(c *Chardev) {
	s.list = append(s.list, c)
	s.table.Insert(c.ID)
}

// connect is a client socket's connection as it opens (at once, unless it
// reconnects in the background): nothing listens on the simulated host
// but this QEMU's own server sockets.
func (s *State) connect(c *Chardev, path, host bool) error {
	if c.isOn("server") && path {
		// unix_listen_saddr binds the path: its directory must be there.
		if p, _ := c.get("path"); s.CanCreate != nil && !s.CanCreate(p) {
			return fmt.Errorf("Failed to bind socket to %s: No such file or directory", p)
		}
	}
	if c.isOn("server") || (!path && !host) {
		return nil
	}
	p, _ := c.get("path")
	h, _ := c.get("host")
	port, _ := c.get("port")
	for _, o := range s.list {
		op, _ := o.get("path")
		oh, _ := o.get("host")
		oport, _ := o.get("port")
		if o.Backend == "socket" && o.isOn("server") && (path && op == p || !path && oh == h && oport == port) {
			return nil
		}
	}
	err := fmt.Errorf("Failed to connect to '%s:%s': Connection refused", h, port)
	if path {
		err = fmt.Errorf("Failed to connect to '%s': No such file or directory", p)
	}
	if r, _ := c.get("reconnect"); r != "" && r != "0" {
		// It connects in the background, and tries again later.
		s.unconnected = append(s.unconnected, fmt.Sprintf("Unable to connect character device %s: %s", c.ID, err))
		return nil
	}
	return err
}

// TakeUnconnected is what the main loop reports on stderr of the
// reconnecting sockets made since it was last asked that found no
// server, one line each after the program's name (whether a command
// line or chardev-add made them).
func (s *State) TakeUnconnected(binary string) string {
	var b strings.Builder
	for _, u := range s.unconnected {
		b.WriteString(binary + ": " + u + "\n")
	}
	s.unconnected = nil
	return b.String()
}

// isOn says whether a boolean option is on, as qemu_opt_get_bool reads it
// (y too: server=y listens).
func (c *Chardev) isOn(k string) bool {
	v, _ := c.get(k)
	on, _ := qemuopts.ParseBool(v)
	return on
}

// socketFilename is a listening socket's filename before a client comes.
func socketFilename(c *Chardev) string {
	server := ""
	if c.isOn("server") {
		server = ",server=on"
	}
	if p, ok := c.get("path"); ok {
		return "disconnected:unix:" + p + server
	}
	host, _ := c.get("host")
	if host == "localhost" {
		host = "127.0.0.1"
	}
	port, _ := c.get("port")
	proto := "tcp"
	if c.isOn("telnet") {
		proto = "telnet"
	} else if c.isOn("websocket") {
		proto = "websocket"
	}
	if host == "" {
		return "disconnected:fd:" + server
	}
	return "disconnected:" + proto + ":" + host + ":" + port + server
}

// CreateMonitors is the late backends' -mon: each opens its chardev.
func (s *State) CreateMonitors() error {
	for _, mo := range s.mons {
		arg, loc := mo.arg, mo.loc
		keys, vals := split(arg, "chardev")
		id, given := "", false
		last := map[string]string{}
		for i, k := range keys {
			last[k] = vals[i]
			if k == "chardev" {
				id, given = vals[i], true
			}
		}
		// monitor_init_opts visits MonitorOptions: mode, pretty, chardev.
		if m, ok := last["mode"]; ok && m != "readline" && m != "control" {
			return fmt.Errorf("%s: Parameter 'mode' does not accept value '%s'", loc, m)
		}
		if p, ok := last["pretty"]; ok {
			if _, ok := qemuopts.ParseBool(p); !ok {
				return fmt.Errorf("%s: Parameter 'pretty' expects 'on' or 'off'", loc)
			}
		}
		if !given {
			return fmt.Errorf("%s: Parameter 'chardev' is missing", loc)
		}
		c := s.Find(id)
		if c == nil {
			return fmt.Errorf("%s: chardev \"%s\" not found", loc, id)
		}
		if pretty, _ := qemuopts.ParseBool(last["pretty"]); pretty && last["mode"] != "control" {
			return fmt.Errorf("%s: 'pretty' is not compatible with HMP monitors", loc) // monitor_init
		}
		if c.taken && !c.Mux {
			// qemu_chr_fe_init: one frontend per chardev unless it muxes.
			return fmt.Errorf("%s: %s", loc, s.inUse(id))
		}
		c.Open, c.taken, c.frontend = true, true, "monitor"
		// A ring buffer keeps what the monitor says as it opens (behind a
		// mux the monitor has not the focus yet, measured).
		if (c.Backend == "ringbuf" || c.Backend == "memory") && !c.Mux && s.MonitorGreeting != nil {
			s.RingbufWrite(c.ID, []byte(s.MonitorGreeting(last["mode"] == "control")))
		}
	}
	return nil
}

// CreateSerials makes the -serial and -parallel chardevs (serialN,
// parallelN), after the monitors. The defaults' errors name no option.
func (s *State) CreateSerials() error {
	for _, kind := range []string{"serial", "parallel"} {
		args := s.serials
		if kind == "parallel" {
			args = s.parallel
		}
		for i, arg := range args {
			loc := "-" + kind + " " + arg
			if s.defaultPorts[kind] {
				loc = ""
			}
			if kind == "parallel" && i >= maxParallelPorts { // parallel_parse
				return fmt.Errorf("%s: too many parallel ports", loc)
			}
			if arg == "none" {
				continue
			}
			if err := s.legacyDevice(fmt.Sprintf("%s%d", kind, i), arg, loc); err != nil {
				if loc == "" {
					return err
				}
				return fmt.Errorf("%s: %w", loc, err)
			}
		}
	}
	return nil
}

// maxParallelPorts is MAX_PARALLEL_PORTS.
const maxParallelPorts = 3

// legacyDevice is qemu_chr_new_mux_mon for -serial / -parallel (loc: the
// option as typed, which the second error line repeats).
func (s *State) legacyDevice(label, arg, loc string) error {
	if id, ok := strings.CutPrefix(arg, "chardev:"); ok {
		kind := strings.TrimRight(label, "0123456789")
		c := s.Find(id)
		if c == nil {
			return fmt.Errorf("could not connect %s device to character backend '%s'", kind, arg)
		}
		if c.taken && !c.Mux && s.portInUse == "" {
			// qemu_chr_new hands it over as it is; the board's port device
			// then fails to take it (PortInUse).
			s.portInUse = id
		}
		c.Open, c.taken, c.frontend = true, true, strings.TrimRight(label, "0123456789")
		return nil
	}
	kind := strings.TrimRight(label, "0123456789")
	c, err := legacy(arg)
	if err == nil {
		c.ID = label
		err = s.create(c)
	}
	if err != nil {
		if loc != "" {
			loc += ": "
		}
		if err == errCompatSilent {
			return fmt.Errorf("could not connect %s device to character backend '%s'", kind, arg)
		}
		return fmt.Errorf("%w\n%s: %scould not connect %s device to character backend '%s'", err, s.Binary, loc, kind, arg)
	}
	c.Open, c.taken, c.frontend = true, true, kind
	return nil
}

// Debugcon is -debugcon's chardev, "debugcon" (debugcon_parse), its
// errors at the option's location.
func (s *State) Debugcon(arg string) error {
	loc := "-debugcon " + arg + ": "
	c, err := legacy(arg)
	if err == nil {
		if s.Find("debugcon") != nil {
			err = errors.New("attempt to add duplicate property 'debugcon' to object (type 'container')")
		} else {
			c.ID = "debugcon"
			err = s.create(c)
		}
	}
	if err != nil {
		if err == errCompatSilent {
			return fmt.Errorf("%sinvalid character backend '%s'", loc, arg)
		}
		return fmt.Errorf("%s%w\n%s: %sinvalid character backend '%s'", loc, err, s.Binary, loc, arg)
	}
	c.Open = true // the device takes it
	return nil
}

// PortLabels are the chardevs the -serial (kind "serial") or -parallel
// options made, by port ("" for "none": a port without a chardev): the
// board's ports take them.
func (s *State) PortLabels(kind string) []string {
	args := s.serials
	if kind == "parallel" {
		args = s.parallel
	}
	var out []string
	for i, arg := range args {
		switch {
		case arg == "none":
			out = append(out, "")
		case strings.HasPrefix(arg, "chardev:"):
			out = append(out, strings.TrimPrefix(arg, "chardev:"))
		default:
			out = append(out, fmt.Sprintf("%s%d", kind, i))
		}
	}
	return out
}

// NoFrontend is a -serial/-parallel chardev whose port the board never
// made (microvm's parallel ports, serials past its one): no device opened
// it, and one may still take it.
func (s *State) NoFrontend(id string) {
	if c := s.Find(id); c != nil {
		c.Open, c.taken = false, false
	}
}

// Find is a chardev by id.
func (s *State) Find(id string) *Chardev {
	for _, c := range s.list {
		if c.ID == id {
			return c
		}
	}
	return nil
}

// inUse is the release's refusal of a second frontend.
func (s *State) inUse(id string) string {
	if s.InUse != nil {
		return s.InUse(id)
	}
	return "Device '" + id + "' is in use"
}

// PortInUse is the chardev a -serial or -parallel port was given that
// another frontend already held ("" none): the board sets its port's
// chardev property with error_abort, so QEMU aborts with this message.
func (s *State) PortInUse() (id, msg string) {
	if s.portInUse == "" {
		return "", ""
	}
	return s.portInUse, s.inUse(s.portInUse)
}

// Claim is a frontend (a device of that type) taking a chardev: "" ok,
// "missing", or the release's "in use" text. A mux takes any number. A
// virtio serial port is open only once the guest opens it.
func (s *State) Claim(id, frontend string) string {
	c := s.Find(id)
	if c == nil {
		return "missing"
	}
	if c.taken && !c.Mux {
		return s.inUse(id)
	}
	c.taken, c.frontend = true, frontend
	c.Open = c.Open || frontend != "virtserialport"
	return ""
}

// SetFrontend names the device of a chardev a -serial/-parallel option
// opened (serial_hds_isa_init's isa-serial takes the chardev qemu_chr_new
// made for it): chardev-change asks that device for chr_be_change.
func (s *State) SetFrontend(id, frontend string) {
	if c := s.Find(id); c != nil && c.taken && !c.Mux {
		c.frontend = frontend
	}
}

// Release gives a chardev back (its frontend went away).
func (s *State) Release(id string) {
	if c := s.Find(id); c != nil && !c.Mux {
		c.Open, c.taken, c.frontend = false, false, ""
	}
}

// ordered is query-chardev's order: the /chardevs container's children,
// each prepended to the list as the hash table is walked.
func (s *State) ordered() []*Chardev {
	keys := s.table.Keys()
	out := make([]*Chardev, 0, len(keys))
	for i := len(keys) - 1; i >= 0; i-- {
		if c := s.Find(keys[i]); c != nil {
			out = append(out, c)
		}
	}
	return out
}

// QOM are the character devices as /chardevs' children: id and QOM type.
func (s *State) QOM() [][2]string {
	var out [][2]string
	for _, c := range s.ordered() {
		t := "chardev-" + c.Backend
		if c.Mux {
			t = "chardev-mux"
		}
		out = append(out, [2]string{c.ID, t})
	}
	return out
}

// Info is `info chardev`.
func (s *State) Info() string {
	var b strings.Builder
	for _, c := range s.ordered() {
		fmt.Fprintf(&b, "%s: filename=%s\n", c.ID, c.Filename)
	}
	return b.String()
}

// Query is query-chardev's list: frontend-open, filename, label.
func (s *State) Query() []Info {
	var out []Info
	for _, c := range s.ordered() {
		open := c.Open
		if mux := s.Find(strings.TrimSuffix(c.ID, "-base")); c.frontend == "mux" && mux != nil {
			open = mux.Open // the mux opens its backend when a frontend opens the mux
		}
		out = append(out, Info{Label: c.ID, Filename: c.Filename, FrontendOpen: open})
	}
	return out
}

// Info is one query-chardev entry.
type Info struct {
	Label, Filename string
	FrontendOpen    bool
}

// AddHMP is HMP chardev-add: the -chardev syntax, made at once; a taken
// id fails when the /chardevs container refuses the child.
func (s *State) AddHMP(arg string) error {
	c := &Chardev{}
	if id, ok := qemuopts.FirstID(arg); ok && !qemuopts.IDWellFormed(id) {
		return &ParseError{qemuopts.IDError{}}
	}
	c.keys, c.vals = split(arg, "backend")
	c.ID, _ = c.get("id")
	// The command line's -chardev keep their QemuOpts (HMP chardev-add
	// deletes its own once made): qemu_opts_create refuses the id first.
	if c.ID != "" && s.ids[c.ID] {
		return &ParseError{fmt.Errorf("Duplicate ID '%s' for chardev", c.ID)}
	}
	if err := s.checkParams(c.keys, c.vals); err != nil {
		// qemu_opts_parse_noisily reports it; hmp_chardev_add then fails.
		return &ParseError{err}
	}
	if b, _ := c.get("backend"); b != "" && !s.known(b) {
		return fmt.Errorf("'%s' is not a valid char driver name", b)
	}
	old := s.Find(c.ID)
	if old == nil {
		return s.create(c)
	}
	// qemu_chardev_new opens the backend before /chardevs refuses the
	// child: an open error comes first (measured: a socket's on both
	// releases), and what the open took is given back.
	if err := s.create(c); err != nil {
		return err
	}
	s.unlist(c)
	if base := s.Find(c.ID + "-base"); c.Mux && base != nil && base.frontend == "mux" {
		s.unlist(base)
		s.table.Remove(base.ID)
	}
	if c.muxBase != nil {
		c.muxBase.Open, c.muxBase.taken, c.muxBase.frontend = false, false, ""
	}
	return fmt.Errorf("attempt to add duplicate property '%s' to object (type 'container')", c.ID)
}

// unlist takes a chardev out of the created list (its id stays in
// /chardevs' table: another chardev of that id holds it).
func (s *State) unlist(c *Chardev) {
	for i, x := range s.list {
		if x == c {
			s.list = append(s.list[:i], s.list[i+1:]...)
			return
		}
	}
}

// ShortFormWarnings are what QemuOpts says of the short-form booleans in
// an argument as it parses it (after a well-formed id).
func ShortFormWarnings(arg string) string {
	if id, ok := qemuopts.FirstID(arg); ok && !qemuopts.IDWellFormed(id) {
		return ""
	}
	var b strings.Builder
	for i, p := range qemuopts.Split(arg) {
		if i > 0 && p != "" && !strings.Contains(p, "=") {
			k, v := qemuopts.ShortForm(p)
			fmt.Fprintf(&b, "warning: short-form boolean option '%s' deprecated\nPlease use %s=%s instead\n", p, k, v)
		}
	}
	return b.String()
}

// hotswappable are the frontends that set a chr_be_change handler: the
// 16550A's serial_be_change and virtconsole's (a virtserialport's handlers
// are off until its guest opens it; monitors, muxes, debugcon, parallel
// ports and spapr-vty set none).
var hotswappable = map[string]bool{"isa-serial": true, "pci-serial": true, "pci-serial-2x": true,
	"pci-serial-4x": true, "virtconsole": true}

// Change is chardev-change (qmp_chardev_change): a chardev without a
// frontend is removed and made anew (chardev-add's errors, and it is gone
// when that fails); one whose frontend can take it gets a new backend made
// first (its errors unprefixed), which then takes its place in /chardevs.
func (s *State) Change(id, typ string, keys, vals []string) error {
	old := s.Find(id)
	if old == nil {
		return fmt.Errorf("Chardev '%s' does not exist", id)
	}
	if old.Mux {
		return errors.New(s.MuxHotswap)
	}
	// The new backend is a ChardevBackend (qemu_chr_parse_opts): mux=on,
	// which only qemu_chr_new_from_opts reads, is not part of it.
	c := &Chardev{ID: id, keys: []string{"backend"}, vals: []string{typ}}
	for i, k := range keys {
		if k != "mux" {
			c.keys, c.vals = append(c.keys, k), append(c.vals, vals[i])
		}
	}
	if !old.taken {
		s.removeChardev(old)
		return s.create(c)
	}
	if !hotswappable[old.frontend] {
		return errors.New("Chardev user does not support chardev hotswap")
	}
	if err := s.create(c); err != nil {
		if oe := (*OpenError)(nil); errors.As(err, &oe) {
			return oe.Err
		}
		return err
	}
	// create appended c: it replaces old, re-inserted under the same name.
	s.list = s.list[:len(s.list)-1]
	s.table.Remove(id)
	c.taken, c.frontend, c.Open = true, old.frontend, old.Open
	for i, x := range s.list {
		if x == old {
			s.list[i] = c
		}
	}
	s.table.Insert(id)
	return nil
}

// ParseChange is HMP chardev-change's argument: the -chardev syntax
// without an id, parsed before the chardev is looked for.
func (s *State) ParseChange(arg string) (typ string, keys, vals []string, err error) {
	keys, vals = split(arg, "backend")
	if err := s.checkParams(keys, vals); err != nil {
		return "", nil, nil, &ParseError{err}
	}
	for i, k := range keys {
		if k == "backend" {
			typ = vals[i]
		}
	}
	if !s.known(typ) {
		return "", nil, nil, fmt.Errorf("'%s' is not a valid char driver name", typ)
	}
	var ks, vs []string
	for i, k := range keys {
		if k != "backend" {
			ks, vs = append(ks, k), append(vs, vals[i])
		}
	}
	return typ, ks, vs, nil
}

// Backend says whether a backend type exists.
func Backend(typ string) bool { return backends[typ] }

func (s *State) removeChardev(c *Chardev) {
	for i, x := range s.list {
		if x == c {
			s.list = append(s.list[:i], s.list[i+1:]...)
			break
		}
	}
	s.table.Remove(c.ID)
}

// AddQMP is QMP chardev-add of a backend type with its options (data),
// flattened to -chardev keys.
func (s *State) AddQMP(id, typ string, data map[string]string) error {
	if s.Find(id) != nil {
		return fmt.Errorf("Chardev with id '%s' already exists", id)
	}
	if !backends[typ] {
		return fmt.Errorf("Parameter 'backend.type' does not accept value '%s'", typ)
	}
	c := &Chardev{ID: id, keys: []string{"backend"}, vals: []string{typ}, anyID: true}
	for k, v := range data {
		c.keys, c.vals = append(c.keys, k), append(c.vals, v)
	}
	return s.create(c)
}

// Remove is chardev-remove: a chardev a frontend holds is busy.
func (s *State) Remove(id string) error {
	c := s.Find(id)
	if c == nil {
		return fmt.Errorf("Chardev '%s' not found", id)
	}
	// qemu_chr_is_busy (a mux: always, in some releases).
	if c.taken || c.Mux && s.MuxAlwaysBusy {
		return fmt.Errorf("Chardev '%s' is busy", id)
	}
	if c.muxBase != nil {
		c.muxBase.Open, c.muxBase.taken, c.muxBase.frontend = false, false, ""
	} else if c.Mux { // its base loses its frontend
		if base := s.Find(id + "-base"); base != nil && base.frontend == "mux" {
			base.Open, base.taken, base.frontend = false, false, ""
		}
	}
	for i, x := range s.list {
		if x == c {
			s.list = append(s.list[:i], s.list[i+1:]...)
			break
		}
	}
	s.table.Remove(id)
	delete(s.ids, id)
	return nil
}

// notRingbuf refuses ringbuf_read/ringbuf_write on another backend.
const notRingbuf = "%s is not a ringbuf device"

// ringSize is a ringbuf's size= (64 KiB when not given).
func (c *Chardev) ringSize() int {
	if v, ok := c.get("size"); ok {
		if n, err := numa.ParseSize(v); err == nil {
			return int(n)
		}
	}
	return 65536
}

// RingbufWrite is ringbuf_write: the data goes in, the oldest bytes go
// when the buffer is full.
func (s *State) RingbufWrite(id string, data []byte) error {
	c, err := s.ringbuf(id)
	if err != nil {
		return err
	}
	c.ring = append(c.ring, data...)
	if over := len(c.ring) - c.ringSize(); over > 0 {
		c.ring = c.ring[over:]
	}
	return nil
}

// RingbufRead is ringbuf_read: up to size bytes, oldest first.
func (s *State) RingbufRead(id string, size int) ([]byte, error) {
	c, err := s.ringbuf(id)
	if err != nil {
		return nil, err
	}
	n := min(max(size, 0), len(c.ring))
	out := append([]byte(nil), c.ring[:n]...)
	c.ring = c.ring[n:]
	return out, nil
}

func (s *State) ringbuf(id string) (*Chardev, error) {
	c := s.Find(id)
	if c == nil {
		return nil, fmt.Errorf("Device '%s' not found", id)
	}
	if c.Backend != "ringbuf" && c.Backend != "memory" || c.Mux {
		return nil, fmt.Errorf(notRingbuf, id)
	}
	return c, nil
}

// notOpenedAtOnce are the backends whose open leaves the frontend waiting
// for a peer (*be_opened = false: null, pty, an unconnected socket, the
// UI's): a virtio serial port behind them shows "host off".
var notOpenedAtOnce = map[string]bool{"null": true, "pty": true, "socket": true, "vc": true,
	"spicevmc": true, "spiceport": true, "qemu-vdagent": true, "dbus": true}

// OpenedAtOnce says whether a chardev's frontend sees it open as soon as
// it attaches (CHR_EVENT_OPENED at set_handlers).
func (s *State) OpenedAtOnce(id string) bool {
	c := s.Find(id)
	return c != nil && !notOpenedAtOnce[c.Backend]
}

// OpenError is a backend's refusal when it opens (qemu_char_open): QMP's
// chardev-add says which chardev failed before it.
type OpenError struct{ Err error }

func (e *OpenError) Error() string { return e.Err.Error() }
