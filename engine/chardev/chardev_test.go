package chardev

import (
	"strings"
	"testing"
)

func TestChardevOptionErrors(t *testing.T) {
	for _, c := range []struct {
		args      []string
		parseErr  string
		createErr string
	}{
		{args: []string{"null,id=c0"}},
		{args: []string{"null,id=c0,foo=bar"}, parseErr: "Invalid parameter 'foo'"},
		// The backend's name is checked when the chardev is made (measured:
		// after -M's errors; before a later chardev's missing id).
		{args: []string{"nosuch,id=c0"}, createErr: "-chardev nosuch,id=c0: 'nosuch' is not a valid char driver name"},
		{args: []string{"nosuch,id=c0", "null"}, createErr: "-chardev nosuch,id=c0: 'nosuch' is not a valid char driver name"},
		{args: []string{"nosuch"}, createErr: "-chardev nosuch: chardev: no id specified"},
		{args: []string{"null,id=c0", "null,id=c0"}, parseErr: "Duplicate ID 'c0' for chardev"},
		{args: []string{"null"}, createErr: "-chardev null: chardev: no id specified"},
		{args: []string{"socket,id=s"}, createErr: "-chardev socket,id=s: Unable to parse FD number "},
		{args: []string{"stdio,id=a", "stdio,id=b"}, createErr: "-chardev stdio,id=b: cannot use stdio by multiple character devices"},
		// Typed parameters, checked in order as QemuOpts adds them.
		{args: []string{"vc,id=c,width=x,bogus=1"}, parseErr: "Parameter 'width' expects a number"},
		{args: []string{"vc,id=c,width=0x50,rows=-1"}},
		{args: []string{"socket,id=d,path=/p,server=maybe"}, parseErr: "Parameter 'server' expects 'on' or 'off'"},
		{args: []string{"ringbuf,id=r,size=abc"}, parseErr: "Parameter 'size' expects a non-negative number below 2^64\nOptional suffix k, M, G, T, P or E means kilo-, mega-, giga-, tera-, peta-\nand exabytes, respectively."},
		{args: []string{"ringbuf,id=r,size=64K"}},
		{args: []string{"ringbuf,id=r,size=1000"}, createErr: "-chardev ringbuf,id=r,size=1000: size of ringbuf chardev must be power of two"},
		// A client socket connects as it opens: nothing listens but this
		// QEMU's own servers (probe_cmdline's r3m-sock-* cases).
		{args: []string{"socket,id=c,host=127.0.0.1,port=4444"}, createErr: "-chardev socket,id=c,host=127.0.0.1,port=4444: Failed to connect to '127.0.0.1:4444': Connection refused"},
		{args: []string{"socket,id=c,path=/tmp/x.sock"}, createErr: "-chardev socket,id=c,path=/tmp/x.sock: Failed to connect to '/tmp/x.sock': No such file or directory"},
		{args: []string{"socket,id=s,host=127.0.0.1,port=4444,server=on,wait=off", "socket,id=c,host=127.0.0.1,port=4444"}},
		{args: []string{"socket,id=c,host=127.0.0.1,port=4444,reconnect=1"}},
		// round 18 (c18-sock-*): more than one address; reconnect on a
		// server; no address at all on a server that does not wait.
		{args: []string{"socket,id=s,path=/tmp/x.sock,host=127.0.0.1,port=4444,server=on,wait=off"},
			createErr: "-chardev socket,id=s,path=/tmp/x.sock,host=127.0.0.1,port=4444,server=on,wait=off: None or one of 'path', 'fd' or 'host' option required."},
		{args: []string{"socket,id=s,path=/tmp/x.sock,server=on,wait=off,reconnect=1"},
			createErr: "-chardev socket,id=s,path=/tmp/x.sock,server=on,wait=off,reconnect=1: 'reconnect' option is incompatible with socket in server listen mode"},
		{args: []string{"socket,id=s,server=on,wait=off"}},
	} {
		s := New()
		var err error
		for _, a := range c.args {
			if err = s.Option(a); err != nil {
				break
			}
		}
		if got := text(err); got != c.parseErr {
			t.Errorf("%q: parse error %q, want %q", c.args, got, c.parseErr)
			continue
		}
		if err != nil {
			continue
		}
		if got := text(s.Create()); got != c.createErr {
			t.Errorf("%q: create error %q, want %q", c.args, got, c.createErr)
		}
	}
}

func text(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// started is a process's chardevs after -qmp stdio and the given options.
func started(t *testing.T, setup func(s *State)) *State {
	t.Helper()
	s := New()
	s.Binary = "qemu-system-x86_64"
	s.Monitor("stdio")
	setup(s)
	for _, f := range []func() error{s.Create, s.CreateMonitors, s.CreateSerials} {
		if err := f(); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

func TestInfoChardevOrderAndFilenames(t *testing.T) {
	for _, c := range []struct {
		name  string
		setup func(s *State)
		info  string
	}{
		{"null", func(s *State) { s.Option("null,id=c0") }, "c0: filename=null\ncompat_monitor0: filename=stdio\n"},
		{"serial", func(s *State) { s.Serial("null") }, "compat_monitor0: filename=stdio\nserial0: filename=null\n"},
		{"serial none", func(s *State) { s.Serial("none") }, "compat_monitor0: filename=stdio\n"},
		{"mux", func(s *State) { s.Option("null,id=c0,mux=on") },
			"c0: filename=mux\nc0-base: filename=null\ncompat_monitor0: filename=stdio\n"},
		{"pty", func(s *State) { s.Option("pty,id=charserial0") },
			"charserial0: filename=pty:/dev/pts/0\ncompat_monitor0: filename=stdio\n"},
		{"unix socket", func(s *State) { s.Option("socket,id=m,path=/tmp/m.sock,server=on,wait=off") },
			"m: filename=disconnected:unix:/tmp/m.sock,server=on\ncompat_monitor0: filename=stdio\n"},
		// qemu_opt_get_bool's y and n (measured on 7.2).
		{"y and n", func(s *State) {
			s.Option("socket,id=c0,path=/tmp/s.sock,server=y,wait=n")
			s.Option("socket,id=c1,host=localhost,port=47999,server=y,wait=n,telnet=y")
		}, "c0: filename=disconnected:unix:/tmp/s.sock,server=on\nc1: filename=disconnected:telnet:127.0.0.1:47999,server=on\ncompat_monitor0: filename=stdio\n"},
	} {
		if got := started(t, c.setup).Info(); got != c.info {
			t.Errorf("%s: info chardev\n%s\nwant\n%s", c.name, got, c.info)
		}
	}
}

func TestPtyLineAndFrontends(t *testing.T) {
	s := started(t, func(s *State) {
		s.Option("pty,id=p")
		s.Option("null,id=v")
		s.Option("null,id=m,mux=on")
	})
	if got := s.Stdout.String(); got != "char device redirected to /dev/pts/0 (label p)\n" {
		t.Errorf("pty line %q", got)
	}
	if e := s.Claim("p", "isa-serial"); e != "" {
		t.Errorf("first claim: %q", e)
	}
	s.InUse = func(id string) string { return "chardev '" + id + "' is already in use" }
	if e := s.Claim("p", "isa-serial"); e != "chardev 'p' is already in use" {
		t.Errorf("second claim: %q", e)
	}
	if e := s.Claim("v", "virtserialport"); e != "" || s.Find("v").Open {
		t.Errorf("virtserialport: claim %q, open %v (want closed until the guest opens it)", e, s.Find("v").Open)
	}
	if s.Claim("m", "isa-serial") != "" || s.Claim("m", "isa-serial") != "" {
		t.Error("a mux chardev refused a second frontend")
	}
	if s.Claim("nosuch", "isa-serial") != "missing" {
		t.Error("a missing chardev was claimed")
	}
}

func TestSerialErrorsHaveTheirSecondLine(t *testing.T) {
	s := New()
	s.Binary = "qemu-system-x86_64"
	s.Monitor("stdio")
	s.Serial("mon:stdio")
	if err := s.Create(); err != nil {
		t.Fatal(err)
	}
	err := s.CreateSerials()
	want := "-serial mon:stdio: cannot use stdio by multiple character devices\n" +
		"qemu-system-x86_64: -serial mon:stdio: could not connect serial device to character backend 'mon:stdio'"
	if text(err) != want {
		t.Errorf("got %q\nwant %q", text(err), want)
	}
}

func TestAddAndRemove(t *testing.T) {
	s := started(t, func(s *State) { s.Option("null,id=busy") })
	s.Claim("busy", "isa-serial")
	for _, c := range []struct {
		err  error
		want string
	}{
		{s.AddQMP("bar", "null", nil), ""},
		// chardev-add's ringbuf size is an int64, tested as it is (round 20)
		{s.AddQMP("rb", "ringbuf", map[string]string{"size": "-1"}), "size of ringbuf chardev must be power of two"},
		{s.AddQMP("rb", "ringbuf", map[string]string{"size": "4096"}), ""},
		{s.AddQMP("bar", "null", nil), "Chardev with id 'bar' already exists"},
		{s.AddHMP("null,id=x"), ""},
		{s.AddHMP("null,id=x"), "attempt to add duplicate property 'x' to object (type 'container')"},
		{s.AddHMP("nosuch,id=y"), "'nosuch' is not a valid char driver name"},
		{s.Remove("bar"), ""},
		{s.Remove("bar"), "Chardev 'bar' not found"},
		{s.Remove("busy"), "Chardev 'busy' is busy"},
	} {
		if text(c.err) != c.want {
			t.Errorf("got %q, want %q", text(c.err), c.want)
		}
	}
	if strings.Contains(s.Info(), "bar:") || !strings.Contains(s.Info(), "x: filename=null") {
		t.Errorf("after add/remove:\n%s", s.Info())
	}
}

func TestRingbuf(t *testing.T) {
	s := started(t, func(s *State) {
		s.Option("ringbuf,id=rb,size=16")
		s.Option("null,id=c0")
	})
	read := func(id string, n int) string {
		b, err := s.RingbufRead(id, n)
		if err != nil {
			return "error: " + err.Error()
		}
		return string(b)
	}
	s.RingbufWrite("rb", []byte("hello"))
	if got := read("rb", 3) + "|" + read("rb", 10); got != "hel|lo" {
		t.Errorf("reads %q, want hel|lo", got)
	}
	s.RingbufWrite("rb", []byte("0123456789abcdefXYZ"))
	if got := read("rb", 100); got != "3456789abcdefXYZ" {
		t.Errorf("a full ring keeps the newest 16 bytes: %q", got)
	}
	if got := read("c0", 1); got != "error: c0 is not a ringbuf device" {
		t.Errorf("null chardev: %q", got)
	}
	if got := read("nosuch", 1); got != "error: Device 'nosuch' not found" {
		t.Errorf("missing chardev: %q", got)
	}
}
