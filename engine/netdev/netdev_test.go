package netdev

import (
	"errors"
	"strings"
	"testing"
)

func TestNetdevOptionErrors(t *testing.T) {
	for _, c := range []struct {
		arg       string
		parseErr  string // QemuOpts / JSON visit, at once
		createErr string // net_init_clients, later
	}{
		{arg: "user,id=n0"},
		{arg: "user,id=n0,hostfwd=tcp::2222-:22,ipv6=off"},
		{arg: "user,id=0bad", parseErr: "Parameter 'id' expects an identifier\nIdentifiers consist of letters, digits, '-', '.', '_', starting with a letter."},
		{arg: "id=n0", createErr: "Parameter 'type' is missing"},
		{arg: "bogus,id=n0", createErr: "Parameter 'type' does not accept value 'bogus'"},
		{arg: "user", createErr: "Parameter 'id' is missing"},
		{arg: "user,id=n0,foo=1", createErr: "Invalid parameter 'foo'"},
		{arg: "user,id=n0,ipv6=maybe", createErr: "Parameter 'ipv6' expects 'on' or 'off'"},
		{arg: "socket,id=s", createErr: "exactly one of listen=, connect=, mcast= or udp= is required"},
		{arg: "socket,id=s,listen=:1234"},
		{arg: `{"type":"user","id":"n0"}`},
		{arg: `{"type":"user","id":"n0","foo":1}`, parseErr: "Parameter 'foo' is unexpected"},
		{arg: `{"type":"user"}`, parseErr: "Parameter 'id' is missing"},
		{arg: `{"id":"n0"}`, parseErr: "Parameter 'type' is missing"},
		{arg: `{"type":"user","id":1}`, parseErr: "Invalid parameter type for 'id', expected: string"},
		{arg: `{"type":"user","id":"n0","ipv6":"yes"}`, parseErr: "Invalid parameter type for 'ipv6', expected: boolean"},
		{arg: `{"type":"user","id":"n0","hostfwd":"tcp::1-:2"}`, parseErr: "Invalid parameter type for 'hostfwd', expected: array"},
		{arg: `{"type":"user","id":"n0","hostfwd":[{"str":"tcp::1-:2"}]}`},
	} {
		s := New(false)
		err := s.Netdev(c.arg)
		if got := errText(err); got != c.parseErr {
			t.Errorf("-netdev %s: parse error %q, want %q", c.arg, got, c.parseErr)
			continue
		}
		if err != nil {
			continue
		}
		want := ""
		if c.createErr != "" {
			want = "-netdev " + c.arg + ": " + c.createErr
		}
		if got := errText(s.Create()); got != want {
			t.Errorf("-netdev %s: create error %q, want %q", c.arg, got, want)
		}
	}
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func TestDuplicateNetdevIsRefusedWhileParsing(t *testing.T) {
	s := New(false)
	if err := s.Netdev("user,id=n0"); err != nil {
		t.Fatal(err)
	}
	err := s.Netdev("user,id=n0")
	if !errors.Is(err, ErrDuplicate) || err.Error() != "Duplicate ID 'n0' for netdev" {
		t.Errorf("second -netdev user,id=n0: %v", err)
	}
}

func TestCheckMAC(t *testing.T) {
	for mac, ok := range map[string]bool{"52:54:00:12:34:56": true, "52-54-00-12-34-56": true, "52:54:00:zz:00:01": false,
		"52:54:00:12:34": false, "152:54:00:12:34:56": false} {
		if got := checkMAC(mac) == nil; got != ok {
			t.Errorf("checkMAC(%s) ok=%v, want %v", mac, got, ok)
		}
	}
}

func TestMoreThanOneOptionMakesNoDefaultNetwork(t *testing.T) {
	for _, opt := range []func(*State) error{
		func(s *State) error { return s.Netdev("user,id=n") },
		func(s *State) error { return s.NICOption("none") },
		func(s *State) error { return s.NetOption("none") },
	} {
		s := New(true)
		if err := opt(s); err != nil {
			t.Fatal(err)
		}
		if s.DefaultNet {
			t.Error("a network option left the default network on")
		}
	}
	s := New(true)
	if err := s.Create(); err != nil {
		t.Fatal(err)
	}
	if len(s.OnBoard) != 1 || s.OnBoard[0].Model != "" || !strings.HasPrefix(s.OnBoard[0].Netdev, "hub0port") {
		t.Errorf("default network: on-board NICs %+v, want one of the board's model on a hub port", s.OnBoard)
	}
	if w := s.Warnings(nil); w != nil {
		t.Errorf("the default network warned: %q", w)
	}
}
