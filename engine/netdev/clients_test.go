package netdev

import (
	"strings"
	"testing"

	"hotpluglab/engine/release"
)

// A network from options, with the board's NICs.
func network(t *testing.T, opts [][2]string) *State {
	t.Helper()
	s := New(false)
	for _, o := range opts {
		var err error
		switch o[0] {
		case "-netdev":
			err = s.Netdev(o[1])
		case "-nic":
			err = s.NICOption(o[1])
		case "-net":
			err = s.NetOption(o[1])
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Create(); err != nil {
		t.Fatal(err)
	}
	return s
}

const userInfo = "index=0,type=user,net=10.0.2.0,restrict=off"

func TestInfoNetworkAndWarnings(t *testing.T) {
	e1000 := func(name, mac, netdev string) NIC { return NIC{Name: name, Model: "e1000", MAC: mac, Netdev: netdev} }
	for _, c := range []struct {
		name     string
		opts     [][2]string
		nics     []NIC
		info     string
		warnings string
	}{
		{"unused netdev", [][2]string{{"-netdev", "user,id=n0"}}, nil,
			"n0: " + userInfo + "\n", "netdev n0 has no peer"},
		{"peered", [][2]string{{"-netdev", "user,id=n0"}}, []NIC{e1000("e1000.0", "52:54:00:12:34:56", "n0")},
			"e1000.0: index=0,type=nic,model=e1000,macaddr=52:54:00:12:34:56\n \\ n0: " + userInfo + "\n", ""},
		{"nic alone", nil, []NIC{e1000("e1000.0", "52:54:00:12:34:56", "")},
			"e1000.0: index=0,type=nic,model=e1000,macaddr=52:54:00:12:34:56\n", "nic e1000.0 has no peer"},
		{"legacy hub", [][2]string{{"-net", "nic,model=rtl8139"}, {"-net", "user,id=u1"}},
			[]NIC{{Name: "rtl8139.0", Model: "rtl8139", MAC: "52:54:00:12:34:56", Netdev: "hub0port0"}},
			"hub 0\n \\ hub0port1: u1: " + userInfo + "\n \\ hub0port0: rtl8139.0: index=0,type=nic,model=rtl8139,macaddr=52:54:00:12:34:56\n", ""},
		{"hub without host", [][2]string{{"-netdev", "hubport,id=h0,hubid=0"}}, []NIC{e1000("e1000.0", "52:54:00:12:34:56", "h0")},
			"hub 0\n \\ h0: e1000.0: index=0,type=nic,model=e1000,macaddr=52:54:00:12:34:56\n", "hub 0 is not connected to host network"},
		{"dangling hub port", [][2]string{{"-netdev", "hubport,id=h0,hubid=3"}}, nil,
			"hub 3\n \\ h0\n", "hub port h0 has no peer|netdev h0 has no peer"},
		{"hub without nic", [][2]string{{"-net", "user,id=u"}}, nil,
			"hub 0\n \\ hub0port0: u: " + userInfo + "\n", "hub 0 with no nics"},
		{"net and restrict", [][2]string{{"-netdev", "user,id=n,net=192.168.76.0/24,restrict=on"}}, nil,
			"n: index=0,type=user,net=192.168.76.0,restrict=on\n", "netdev n has no peer"},
		// socket and dgram backends show their UDP addresses; a listening
		// stream shows nothing on 7.2 (TestStreamListening: 10.0).
		{"socket udp", [][2]string{{"-netdev", "socket,id=u0,udp=127.0.0.1:47120,localaddr=127.0.0.1:47121"}}, nil,
			"u0: index=0,type=socket,socket: udp=127.0.0.1:47120\n", "netdev u0 has no peer"},
		{"dgram", [][2]string{{"-netdev", "dgram,id=d0,local.type=inet,local.host=127.0.0.1,local.port=1,remote.type=inet,remote.host=127.0.0.1,remote.port=2"}}, nil,
			"d0: index=0,type=dgram,udp=127.0.0.1:1/127.0.0.1:2\n", "netdev d0 has no peer"},
		{"stream json", [][2]string{{"-netdev", `{"type":"stream","id":"s","server":true,"addr":{"type":"inet","host":"127.0.0.1","port":"5"}}`}}, nil,
			"s: index=0,type=stream,\n", "netdev s has no peer"},
	} {
		s := network(t, c.opts)
		if got := s.Info(c.nics); got != c.info {
			t.Errorf("%s: info network\n%s\nwant\n%s", c.name, got, c.info)
		}
		if got := strings.Join(s.Warnings(c.nics), "|"); got != c.warnings {
			t.Errorf("%s: warnings %q, want %q", c.name, got, c.warnings)
		}
	}
}

func TestNICOptionsMakeOnBoardNICs(t *testing.T) {
	s := network(t, [][2]string{{"-nic", "user,id=a,model=virtio,mac=52:54:00:01:02:03"}, {"-nic", "none"}, {"-net", "nic,netdev=a"}})
	// -net nic has a name (its id, else an automatic one); -nic has none,
	// and no MSI-X vectors (-net nic's are the device's default).
	want := []OnBoardNIC{{Model: "virtio", MAC: "52:54:00:01:02:03", Netdev: "a", Vectors: "0"}, {Netdev: "a", Name: "#net000"}}
	if len(s.OnBoard) != len(want) || s.OnBoard[0] != want[0] || s.OnBoard[1] != want[1] {
		t.Errorf("on-board NICs %+v, want %+v", s.OnBoard, want)
	}
	bad := New(false)
	if err := bad.NICOption("user,id=n,mac=52:54:00:zz:00:01"); err != nil {
		t.Fatal(err)
	}
	if err := bad.Create(); err == nil || err.Error() != "-nic user,id=n,mac=52:54:00:zz:00:01: invalid syntax for ethernet address" {
		t.Errorf("bad MAC: %v", err)
	}
}

func TestNetdevAddAndDel(t *testing.T) {
	s := network(t, [][2]string{{"-netdev", "user,id=n0"}})
	if perr, _ := s.AddHMP("user,id=n0"); perr == nil || perr.Error() != "Duplicate ID 'n0' for netdev" {
		t.Errorf("HMP netdev_add of a taken id: %v", perr)
	}
	if _, err := s.AddHMP("user,id=n1,bogus=1"); err == nil || err.Error() != "Invalid parameter 'bogus'" {
		t.Errorf("HMP netdev_add with a bad key: %v", err)
	}
	if _, err := s.AddHMP("user,id=n1"); err != nil {
		t.Errorf("HMP netdev_add after a failed one with the same id: %v", err)
	}
	if !s.Del("n0", nil) || s.Has("n0") {
		t.Error("netdev_del n0 left it")
	}
	if s.Del("n0", nil) {
		t.Error("netdev_del of a deleted netdev succeeded")
	}
	// A netdev a NIC holds is cleaned up, not freed (qemu_del_net_client):
	// gone for lookups and a second netdev_del, still the NIC's peer.
	nic := []NIC{{Name: "e", Model: "e1000", MAC: "52:54:00:12:34:56", Netdev: "n1"}}
	if !s.Del("n1", nic) || s.Has("n1") {
		t.Error("netdev_del of a netdev a NIC holds: it should be gone for lookups")
	}
	if s.Del("n1", nic) {
		t.Error("a second netdev_del of a netdev a NIC holds succeeded")
	}
	before := s.Clients()
	if _, err := s.AddHMP("user,id=n1"); err != nil {
		t.Errorf("netdev_add of the deleted id: %v", err)
	}
	s.MadeAfter(nic, before) // as the monitor's netdev_add does
	want := "e: index=0,type=nic,model=e1000,macaddr=52:54:00:12:34:56\n \\ n1: index=0,type=user,net=10.0.2.0,restrict=off\nn1: index=0,type=user,net=10.0.2.0,restrict=off\n"
	if got := s.Info(nic); got != want {
		t.Errorf("info network after netdev_del and netdev_add of the NIC's backend:\n%s\nwant\n%s", got, want)
	}
}

// 10.0's listening stream says so; one with no address is refused.
func TestStreamListening(t *testing.T) {
	s := NewFor(release.V10_0, false)
	if err := s.Netdev("stream,id=s0,server=on,addr.type=unix,addr.path=/tmp/x.sock"); err != nil {
		t.Fatal(err)
	}
	if err := s.Create(); err != nil {
		t.Fatal(err)
	}
	if got, want := s.Info(nil), "s0: index=0,type=stream,listening\n"; got != want {
		t.Errorf("info network %q, want %q", got, want)
	}
	s = New(false)
	if err := s.Netdev("stream,id=s0,server=on"); err != nil {
		t.Fatal(err)
	}
	if err := s.Create(); err == nil || !strings.Contains(err.Error(), "Parameter 'addr' is missing") {
		t.Errorf("stream without addr: %v", err)
	}
}

// -set netdev.ID.KEY=VALUE re-checks the QemuOpts netdev as it is made,
// its error naming the -netdev as typed; stream and JSON netdevs are QAPI's.
func TestSetOnLegacyNetdev(t *testing.T) {
	s := New(false)
	if err := s.Netdev("user,id=n0"); err != nil {
		t.Fatal(err)
	}
	s.Set("n0", "restrict", "maybe")
	err := s.Create()
	if err == nil || err.Error() != "-netdev user,id=n0: Parameter 'restrict' expects 'on' or 'off'" {
		t.Fatalf("Create after a bad -set: %v", err)
	}
	s = New(false)
	if err := s.Netdev("user,id=n0"); err != nil {
		t.Fatal(err)
	}
	s.Set("n0", "restrict", "on")
	if err := s.Create(); err != nil {
		t.Fatal(err)
	}
	if v, _ := s.legacy[0].Get("restrict"); v != "on" {
		t.Fatalf("restrict after -set: %q", v)
	}
	for arg, modern := range map[string]bool{"user,id=n0": false, "stream,id=s0": true, "type=dgram,id=d0": true, `{"type":"user","id":"j"}`: true} {
		if IsModern(arg) != modern {
			t.Errorf("IsModern(%s) = %v", arg, !modern)
		}
	}
}

// A stream or dgram netdev is keyval's (netdev_parse_modern), which takes
// no help.
func TestModernNetdevTakesNoHelp(t *testing.T) {
	for arg, want := range map[string]string{"stream,help": "Help is not available for this option",
		"dgram,?": "Help is not available for this option"} {
		err := NewFor(release.V7_2, true).Netdev(arg)
		if err == nil || err.Error() != want {
			t.Errorf("Netdev(%q) = %v, want %q", arg, err, want)
		}
	}
}
