package netdev

import (
	"errors"
	"fmt"
	"net/netip"
	"strconv"
	"strings"
)

// userError is net_slirp_init's checks of what a user netdev is given:
// the network (net=ADDR[/MASK]), then each hostfwd rule's syntax
// (slirp_hostfwd), in order.
func (n *Netdev) userError() error {
	off := func(k string) bool { v, _ := n.Get(k); return v == "off" || v == "no" || v == "false" || v == "n" }
	given := func(ks ...string) bool {
		for _, k := range ks {
			if _, ok := n.Get(k); ok {
				return true
			}
		}
		return false
	}
	// net_init_slirp reads ipv6-net before net_slirp_init checks the rest.
	if v, ok := n.Get("ipv6-net"); ok {
		if _, l, ok := strings.Cut(v, "/"); ok {
			if n, err := strconv.Atoi(l); err == nil && (n < 0 || n > 126) {
				return errors.New("Invalid IPv6 prefix provided (IPv6 prefix length must be between 0 and 126)")
			}
		}
	}
	switch {
	case off("ipv4") && given("net", "host", "dns"):
		return errors.New("IPv4 disabled but netmask/host/dns provided")
	case off("ipv6") && given("ipv6-prefix", "ipv6-host", "ipv6-dns"):
		return errors.New("IPv6 disabled but prefix/host6/dns6 provided")
	case off("ipv4") && off("ipv6"):
		return errors.New("IPv4 and IPv6 disabled")
	}
	network, mask := uint32(0x0a000200), uint32(0xffffff00) // 10.0.2.0/24
	if v, ok := n.Get("net"); ok {
		if err := slirpNetwork(v); err != nil {
			return err
		}
		network, mask = slirpNetMask(v)
	}
	// The host's and the DHCP range's addresses must be in the network.
	for _, a := range []struct{ key, parse, outside string }{
		{"host", "Failed to parse host", "Host doesn't belong to network"},
		{"dhcpstart", "Failed to parse DHCP start address", "DHCP doesn't belong to network"},
	} {
		v, ok := n.Get(a.key)
		if !ok {
			continue
		}
		if !inetAton(v) {
			return errors.New(a.parse)
		}
		if ipv4Word(v)&mask != network {
			return errors.New(a.outside)
		}
	}
	// The DNS address must parse; it may lie outside the network
	// (measured: dns=1.2.3.4 starts).
	if v, ok := n.Get("dns"); ok && !inetAton(v) {
		return errors.New("Failed to parse DNS")
	}
	for i, k := range n.keys {
		if k == "hostfwd" {
			if reason := hostfwdSyntax(n.vals[i]); reason != "" {
				return fmt.Errorf("Invalid host forwarding rule '%s' (%s)", n.vals[i], reason)
			}
		}
	}
	// slirp_guestfwd: [tcp]:server:port-dev (or -cmd:...).
	for i, k := range n.keys {
		if k == "guestfwd" {
			proto, rest, _ := strings.Cut(n.vals[i], ":")
			if proto != "" && proto != "tcp" || !strings.Contains(rest, ":") || !strings.Contains(rest, "-") {
				return fmt.Errorf("Invalid guest forwarding rule '%s'", n.vals[i])
			}
		}
	}
	return nil
}

// inetAton: a dotted IPv4 address. (net/netip, not net: net's package
// init and code are not worth one parse in the browser.)
func inetAton(s string) bool {
	a, err := netip.ParseAddr(s)
	return err == nil && a.Is4()
}

func slirpNetwork(v string) error {
	bad := errors.New("Failed to parse netmask")
	addr, mask, slash := strings.Cut(v, "/")
	if !inetAton(addr) {
		return bad
	}
	if !slash {
		return nil
	}
	shift, err := strconv.ParseInt(mask, 10, 64)
	if err != nil || mask == "" {
		if !inetAton(mask) {
			return bad
		}
		return nil
	}
	if shift < 4 || shift > 32 {
		return errors.New("Invalid netmask provided (must be in range 4-32)")
	}
	return nil
}

// hostfwdSyntax is slirp_hostfwd's parse of [tcp|udp]:[HOST]:PORT-[GUEST]:PORT,
// "" when it reads.
func hostfwdSyntax(rule string) string {
	p := rule
	sep := func(c byte) (string, bool) {
		i := strings.IndexByte(p, c)
		if i < 0 {
			return "", false
		}
		s := p[:i]
		p = p[i+1:]
		return s, true
	}
	proto, ok := sep(':')
	if !ok {
		return "No : separators"
	}
	if proto != "tcp" && proto != "" && proto != "udp" {
		return "Bad protocol name"
	}
	host, ok := sep(':')
	if !ok {
		return "Missing : separator"
	}
	if host != "" && !inetAton(host) {
		return "Bad host address"
	}
	hport, ok := sep('-')
	if !ok {
		return "Bad host port separator"
	}
	if n, err := strconv.ParseInt(hport, 0, 32); err != nil || n < 0 || n > 65535 {
		return "Bad host port"
	}
	guest, ok := sep(':')
	if !ok {
		return "Missing guest address"
	}
	if guest != "" && !inetAton(guest) {
		return "Bad guest address"
	}
	if n, err := strconv.ParseInt(p, 0, 32); err != nil || n < 1 || n > 65535 {
		return "Bad guest port"
	}
	return ""
}

// UsernetInfo is `info usernet` (net_slirp_info): each user backend in
// creation order, the hub it sits on (-1: none), and its socket table's
// header. The simulator opens no sockets, so no connection follows it
// (hostfwd's listening sockets would, with the host's descriptors).
func (s *State) UsernetInfo() string {
	var b strings.Builder
	for _, c := range s.clients {
		if c.typ != "user" {
			continue
		}
		hub := -1
		for _, h := range s.hubs {
			for _, p := range h.ports {
				if p.peer == c.name {
					hub = h.id
				}
			}
		}
		fmt.Fprintf(&b, "Hub %d (%s):\n  Protocol[State]    FD  Source Address  Port   Dest. Address  Port RecvQ SendQ\n", hub, c.name)
	}
	return b.String()
}

// ipv4Word is a dotted IPv4 address as one number (0 when it is none).
func ipv4Word(s string) uint32 {
	a, err := netip.ParseAddr(s) // as net.ParseIP(s).To4(): IPv4-mapped IPv6 too
	if err != nil || a.Zone() != "" || !a.Unmap().Is4() {
		return 0
	}
	ip := a.Unmap().As4()
	return uint32(ip[0])<<24 | uint32(ip[1])<<16 | uint32(ip[2])<<8 | uint32(ip[3])
}

// slirpNetMask is net= as net_slirp_init reads it: the network and its
// mask (a prefix length, a dotted mask, or the address's class).
func slirpNetMask(v string) (network, mask uint32) {
	addrText, maskText, slash := strings.Cut(v, "/")
	addr := ipv4Word(addrText)
	switch {
	case slash:
		if shift, err := strconv.Atoi(maskText); err == nil {
			mask = ^uint32(0) << (32 - shift)
		} else {
			mask = ipv4Word(maskText)
		}
	case addr&0x80000000 == 0:
		mask = 0xff000000
	case addr&0xfff00000 == 0xac100000:
		mask = 0xfff00000
	case addr&0xc0000000 == 0x80000000:
		mask = 0xffff0000
	case addr&0xffff0000 == 0xc0a80000:
		mask = 0xffff0000
	case addr&0xf0000000 == 0xe0000000:
		mask = 0xffffff00
	default:
		mask = 0xfffffff0
	}
	return addr & mask, mask
}

// HostfwdRemoveReads is hmp_hostfwd_remove's parse of [tcp|udp]:[HOST]:PORT
// (false: it prints "invalid format"): a protocol tcp, udp or none, an
// IPv4 host or none, and a port qemu_strtoi reads whole in base 10.
func HostfwdRemoveReads(rule string) bool {
	proto, rest, ok := strings.Cut(rule, ":")
	if !ok || proto != "" && proto != "tcp" && proto != "udp" {
		return false
	}
	host, port, ok := strings.Cut(rest, ":")
	if !ok || host != "" && !classicInetAton(host) {
		return false
	}
	port = strings.TrimLeft(port, " \t\n\v\f\r")
	_, err := strconv.ParseInt(port, 10, 32)
	return err == nil
}

// classicInetAton is the C library's inet_aton: one to four parts, each
// a C integer (0x hex, leading 0 octal), the last filling the bytes left
// (1.2.3 is 1.2.0.3); blanks may follow.
func classicInetAton(s string) bool {
	s = strings.TrimRight(s, " \t\n\v\f\r")
	parts := strings.Split(s, ".")
	if len(parts) > 4 {
		return false
	}
	for i, p := range parts {
		base := 10
		switch {
		case len(p) > 1 && (p[:2] == "0x" || p[:2] == "0X"):
			base, p = 16, p[2:]
		case len(p) > 1 && p[0] == '0':
			base, p = 8, p[1:]
		}
		if p == "" && base != 16 {
			return false
		}
		n := uint64(0)
		if p != "" {
			var err error
			if n, err = strconv.ParseUint(p, base, 32); err != nil {
				return false
			}
		}
		limit := uint64(0xff)
		if i == len(parts)-1 {
			limit = 0xffffffff >> (8 * uint(len(parts)-1))
		}
		if n > limit {
			return false
		}
	}
	return true
}
