package netdev

import (
	"strings"
	"testing"
)

// FuzzNetdev feeds -netdev, -nic and -net arguments (QemuOpts and JSON)
// and the monitor's netdev_add/netdev_del: no panic, and a network that
// starts lists every backend it made.
func FuzzNetdev(f *testing.F) {
	for _, s := range []string{"user,id=n0", `{"type":"user","id":"n0","hostfwd":[{"str":"tcp::1-:2"}]}`,
		"hubport,id=h,hubid=0,netdev=n0", "nic,model=e1000,macaddr=52:54:00:12:34:56", "user,id=a,model=virtio,mac=x",
		"socket,id=s,listen=:1", `{"type":"user","id":1}`, "none", "help", "user,,id=n,,x", `{"id":"a","type":"hubport","hubid":"x"}`} {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, arg string, which int) {
		s := New(which%2 == 0)
		var err error
		switch which % 3 {
		case 0:
			err = s.Netdev(arg)
		case 1:
			err = s.NICOption(arg)
		default:
			err = s.NetOption(arg)
		}
		if err != nil {
			return
		}
		if s.Create() != nil {
			return
		}
		nics := []NIC{{Name: "e1000.0", Model: "e1000", MAC: "52:54:00:12:34:56", Netdev: arg}}
		info := s.Info(nics)
		for _, name := range s.Names() {
			if !strings.Contains(info, name) {
				t.Errorf("info network lacks %q:\n%s", name, info)
			}
		}
		s.Warnings(nics)
		s.AddHMP(arg)
		s.Del(arg, nics)
	})
}
