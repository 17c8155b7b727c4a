package chardev

import (
	"strings"
	"testing"
)

// FuzzChardev feeds -chardev, -serial, -parallel, -monitor and -mon
// arguments and chardev-add/remove: no panic, and info chardev lists
// every chardev made, once.
func FuzzChardev(f *testing.F) {
	for _, s := range []string{"null,id=c0", "socket,id=m,path=/tmp/x,server=on,wait=off", "mon:stdio", "tcp::4444,server=on",
		"pty,id=p", "null,id=c,mux=on", "chardev:c0", "unix:/tmp/s,server=on", "file:/dev/null", "none", "help", "stdio"} {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, arg string, which int) {
		s := New()
		s.Binary = "qemu"
		var err error
		switch which % 5 {
		case 0:
			err = s.Option(arg)
		case 1:
			s.Serial(arg)
		case 2:
			s.Parallel(arg)
		case 3:
			s.Monitor(arg)
		default:
			s.Option("null,id=c0")
			s.Mon(arg)
		}
		if err != nil || s.Create() != nil || s.CreateMonitors() != nil || s.CreateSerials() != nil {
			return
		}
		s.AddHMP(arg)
		s.Claim(arg, "isa-serial")
		s.Remove(arg)
		info := s.Info()
		if n := len(s.Query()); n != len(s.list) {
			t.Errorf("query-chardev has %d entries for %d chardevs:\n%s", n, len(s.list), info)
		}
		for _, c := range s.list {
			if !strings.Contains(info, c.ID+": filename=") {
				t.Errorf("info chardev lacks %q:\n%s", c.ID, info)
			}
		}
	})
}
