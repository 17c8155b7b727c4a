package netdev

import (
	"fmt"
	"net"
	"strings"
	"testing"
)

// TestAddressesParseAsNet: the netip parses answer as net.ParseIP did.
func TestAddressesParseAsNet(t *testing.T) {
	for _, s := range []string{"10.0.2.15", "010.0.2.15", "1.2.3", "::ffff:1.2.3.4", "::1", "fe80::1%eth0", "255.255.255.255", "256.1.1.1", "", "1.2.3.4 ", "0.0.0.0", "1.2.3.4/24", "::ffff:10.0.2.2"} {
		ip := net.ParseIP(s)
		want := ip != nil && ip.To4() != nil && !strings.Contains(s, ":")
		if inetAton(s) != want {
			t.Errorf("inetAton(%q) = %v", s, !want)
		}
		var w uint32
		if v := net.ParseIP(s).To4(); v != nil {
			w = uint32(v[0])<<24 | uint32(v[1])<<16 | uint32(v[2])<<8 | uint32(v[3])
		}
		if ipv4Word(s) != w {
			t.Errorf("ipv4Word(%q) = %x, want %x", s, ipv4Word(s), w)
		}
	}
}

// TestLeadingHexAsSscanf: checkMAC's hex reading answers as
// fmt.Sscanf(p, "%x") did.
func TestLeadingHexAsSscanf(t *testing.T) {
	for _, p := range []string{"", "0", "ff", "FF", "fg", "g", "+f", "-1", "-", "+", "1g", "0x", "00", "aB", "zz", "-ff", "100", "\x11", "G", "F", "@", "`"} {
		var b int
		_, err := fmt.Sscanf(p, "%x", &b)
		got, ok := leadingHex(p)
		if (err == nil) != ok || (ok && int64(b) != got) {
			t.Errorf("%q: Sscanf gives %d (%v), leadingHex %d (%v)", p, b, err, got, ok)
		}
	}
}
