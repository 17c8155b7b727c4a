package netdev

import (
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"
)

// userError is net_slirp_init's checks of what a user netdev is given:
// the network (net=ADDR[/MASK]), then each hostfwd rule's syntax
// (slirp_hostfwd), in order.
func (n *Netdev) userError() error {
	if v, ok := n.Get("net"); ok {
		if err := slirpNetwork(v); err != nil {
			return err
		}
	}
	for i, k := range n.keys {
		if k == "hostfwd" {
			if reason := hostfwdSyntax(n.vals[i]); reason != "" {
				return fmt.Errorf("Invalid host forwarding rule '%s' (%s)", n.vals[i], reason)
			}
		}
	}
	return nil
}

func inetAton(s string) bool {
	ip := net.ParseIP(s)
	return ip != nil && ip.To4() != nil && !strings.Contains(s, ":")
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
