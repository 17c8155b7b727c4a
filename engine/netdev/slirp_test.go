package netdev

import "testing"

// TestHostfwdSyntax: slirp_hostfwd's reasons, in its order.
func TestHostfwdSyntax(t *testing.T) {
	for rule, want := range map[string]string{
		"tcp::2222-:22": "", "udp:127.0.0.1:5555-10.0.2.15:53": "", "::2222-:22": "", ":2222-:22": "Bad host address",
		"tcp": "No : separators", "sctp::1-:2": "Bad protocol name", "tcp:2222": "Missing : separator",
		"tcp:host::1-:2": "Bad host address", "tcp::22": "Bad host port separator", "tcp::x-:22": "Bad host port",
		"tcp::70000-:22": "Bad host port", "tcp::2222-22": "Missing guest address", "tcp::1-g:22": "Bad guest address",
		"tcp::1-:0": "Bad guest port", "tcp::1-:": "Bad guest port",
	} {
		if got := hostfwdSyntax(rule); got != want {
			t.Errorf("hostfwdSyntax(%q) = %q, want %q", rule, got, want)
		}
	}
}

func TestSlirpNetwork(t *testing.T) {
	for v, want := range map[string]string{
		"10.0.2.0/24": "", "10.0.2.0": "", "10.0.2.0/255.255.255.0": "",
		"10.0.2.0/33": "Invalid netmask provided (must be in range 4-32)", "10.0.2.0/3": "Invalid netmask provided (must be in range 4-32)",
		"ten/24": "Failed to parse netmask", "10.0.2.0/x": "Failed to parse netmask",
	} {
		err := slirpNetwork(v)
		if got := ""; err != nil {
			got = err.Error()
			if got != want {
				t.Errorf("slirpNetwork(%q) = %q, want %q", v, got, want)
			}
		} else if want != "" {
			t.Errorf("slirpNetwork(%q) = nil, want %q", v, want)
		}
	}
}

// info usernet: user backends in creation order, on no hub (-1) unless
// -net put them on one (measured on both releases).
func TestUsernetInfo(t *testing.T) {
	s := New(false)
	for _, a := range []string{"user,id=n0", "tap,id=t0,ifname=x,script=no,downscript=no"} {
		if err := s.Netdev(a); err != nil {
			t.Fatal(err)
		}
	}
	for _, a := range []string{"nic,model=e1000", "user,id=hu"} {
		if err := s.NetOption(a); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Create(); err != nil {
		t.Fatal(err)
	}
	head := "  Protocol[State]    FD  Source Address  Port   Dest. Address  Port RecvQ SendQ\n"
	if got, want := s.UsernetInfo(), "Hub -1 (n0):\n"+head+"Hub 0 (hu):\n"+head; got != want {
		t.Errorf("info usernet:\n%s\nwant\n%s", got, want)
	}
}
