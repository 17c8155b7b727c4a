// Package netdev is QEMU's network backends as the command line and the
// monitor see them: -netdev (QemuOpts and JSON), the legacy -net and -nic
// with their hubs and on-board NICs, the net clients a NIC peers with,
// net_check_clients' warnings and `info network`.
package netdev

import (
	"errors"
	"fmt"
	"net/netip"
	"strconv"
	"strings"

	"hotpluglab/engine/qemuopts"
	"hotpluglab/engine/qjson"
)

// kind is a member's QAPI type: how JSON must spell it.
type kind int

const (
	kStr kind = iota
	kBool
	kInt
	kList // a list of {"str": ...} (hostfwd, guestfwd)
)

// members are each backend type's options (qapi/net.json) beside "type"
// and "id". Types not listed take any key (the simulator does not model
// them beyond their name).
var members = map[string]map[string]kind{
	"user": {"hostname": kStr, "restrict": kBool, "ipv4": kBool, "ipv6": kBool, "ip": kStr, "net": kStr,
		"host": kStr, "tftp": kStr, "bootfile": kStr, "dhcpstart": kStr, "dns": kStr, "dnssearch": kList,
		"domainname": kStr, "ipv6-prefix": kStr, "ipv6-prefixlen": kInt, "ipv6-host": kStr, "ipv6-dns": kStr,
		"smb": kStr, "smbserver": kStr, "hostfwd": kList, "guestfwd": kList, "tftp-server-name": kStr, "ipv6-net": kStr},
	"socket":  {"fd": kStr, "listen": kStr, "connect": kStr, "mcast": kStr, "localaddr": kStr, "udp": kStr},
	"hubport": {"hubid": kInt, "netdev": kStr},
	"none":    {},
	"nic":     {"netdev": kStr, "macaddr": kStr, "model": kStr, "addr": kStr, "vectors": kInt},
}

// noNetdevInit are the NetClientDriver values a netdev's type takes but
// net_client_init1 refuses (no init function for a netdev; measured on
// both releases, -netdev and netdev_add alike, after the members' check).
var noNetdevInit = map[string]bool{"none": true, "nic": true}

// types are the backend types -netdev accepts (NetClientDriver without
// "none" and "nic"), in the order `-netdev help` lists the built ones.
var types = map[string]bool{"user": true, "tap": true, "l2tpv3": true, "socket": true, "stream": true,
	"dgram": true, "vde": true, "bridge": true, "hubport": true, "netmap": true, "vhost-user": true,
	"vhost-vdpa": true, "af-xdp": true, "vmnet-host": true, "vmnet-shared": true, "vmnet-bridged": true}

// Netdev is one backend as parsed.
type Netdev struct {
	ID, Type string
	keys     []string
	vals     []string
	// Loc is the option as typed ("-netdev user,id=n0"), for errors raised
	// when the backend is created.
	Loc string
	// err is the creation's error (net_init_netdev), found while parsing.
	err error
}

// Get is an option's last value.
func (n *Netdev) Get(k string) (string, bool) {
	for i := len(n.keys) - 1; i >= 0; i-- {
		if n.keys[i] == k {
			return n.vals[i], true
		}
	}
	return "", false
}

// hasMember: the option has the member k, or a member of its object (k.x).
func (n *Netdev) hasMember(k string) bool {
	for _, key := range n.keys {
		if key == k || strings.HasPrefix(key, k+".") {
			return true
		}
	}
	return false
}

// ErrDuplicate marks an id QemuOpts refuses while the option is parsed.
var ErrDuplicate = errors.New("Duplicate ID")

// splitOpts is QemuOpts' split with "type" the implied first key.
func splitOpts(arg string) (keys, vals []string) {
	if arg == "" {
		return nil, nil
	}
	for i, p := range qemuopts.Split(arg) {
		k, v, ok := strings.Cut(p, "=")
		if !ok {
			if i == 0 {
				k, v = "type", p
			} else {
				k, v = qemuopts.ShortForm(p)
			}
		}
		keys, vals = append(keys, k), append(vals, v)
	}
	return keys, vals
}

// parseLegacy is the QemuOpts -netdev (and -nic/-net's backend): the id
// checks happen now, the rest when net_init_clients creates it.
func parseLegacy(arg string, ids map[string]bool, needID bool) (*Netdev, error) {
	n := &Netdev{}
	n.keys, n.vals = splitOpts(arg)
	id, hasID := n.Get("id")
	if hasID {
		if err := checkID(id); err != nil {
			return nil, err
		}
		if ids[id] {
			return nil, fmt.Errorf("%w '%s' for netdev", ErrDuplicate, id)
		}
		ids[id] = true // QemuOpts keeps the id even when the netdev fails later
	}
	n.ID = id
	n.check(needID, hasID)
	return n, nil
}

// check types the options as net_client_init does when the backend is
// made: type, id, the type's members, then the backend's own checks.
func (n *Netdev) check(needID, hasID bool) {
	typ, ok := n.Get("type")
	n.Type, n.err = typ, nil
	switch {
	case needID && !hasID: // the visitor reads id before type (an invalid type too: netdev_add {"type":...}, measured)
		n.err = errors.New("Parameter 'id' is missing")
	case !ok:
		n.err = errors.New("Parameter 'type' is missing")
	case !types[typ] && !noNetdevInit[typ]:
		n.err = fmt.Errorf("Parameter 'type' does not accept value '%s'", typ)
	default:
		if ms := members[typ]; ms != nil {
			for _, k := range n.keys {
				if _, known := ms[k]; !known && k != "type" && k != "id" {
					n.err = fmt.Errorf("Invalid parameter '%s'", k)
					break
				}
				if ms[k] == kBool {
					if v, _ := n.Get(k); !isBool(v) {
						n.err = fmt.Errorf("Parameter '%s' expects 'on' or 'off'", k)
						break
					}
				}
			}
		}
		if n.err == nil {
			n.err = n.createError()
		}
	}
}

// IsModern is netdev_is_modern: JSON, or a stream or dgram netdev, which
// QAPI reads, not QemuOpts (-set finds no such netdev).
func IsModern(arg string) bool {
	if strings.HasPrefix(arg, "{") {
		return true
	}
	keys, vals := splitOpts(arg)
	typ := ""
	for i, k := range keys {
		if k == "type" {
			typ = vals[i]
		}
	}
	return typ == "stream" || typ == "dgram"
}

// isTrue and isBool read a boolean option as QemuOpts does.
func isTrue(v string) bool { on, _ := qemuopts.ParseBool(v); return on }

func isBool(v string) bool { _, ok := qemuopts.ParseBool(v); return ok }

// checkID is QemuOpts' id_wellformed: a letter, then letters, digits,
// '-', '.', '_'.
func checkID(id string) error {
	if !wellFormed(id) {
		return IDError{}
	}
	return nil
}

// IDError is QemuOpts' refusal of an id, which QEMU follows with a hint.
type IDError struct{}

func (IDError) Error() string {
	return "Parameter 'id' expects an identifier\nIdentifiers consist of letters, digits, '-', '.', '_', starting with a letter."
}

func wellFormed(id string) bool {
	ok := id != "" && (id[0] >= 'a' && id[0] <= 'z' || id[0] >= 'A' && id[0] <= 'Z')
	for i := 1; ok && i < len(id); i++ {
		c := id[i]
		ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_'
	}
	return ok
}

// parseJSON is netdev_parse_modern: the QAPI visit of Netdev, whose
// errors are fatal at once.
func parseJSON(arg string) (*Netdev, error) {
	v, err := qjson.Parse([]byte(arg))
	if err != nil {
		return nil, err
	}
	o, ok := v.(qjson.Object)
	if !ok {
		return nil, errors.New("JSON parse error, expecting value")
	}
	return visit(o)
}

// visit is the QAPI visit of a Netdev object (JSON -netdev, QMP
// netdev_add).
func visit(o qjson.Object) (*Netdev, error) {
	n := &Netdev{}
	str := func(k string) (string, bool, error) {
		x, ok := o.Get(k)
		if !ok {
			return "", false, nil
		}
		s, isStr := x.(string)
		if !isStr {
			return "", true, fmt.Errorf("Invalid parameter type for '%s', expected: string", k)
		}
		return s, true, nil
	}
	// Netdev's base members in schema order: id, then type.
	id, ok, err := str("id")
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, errors.New("Parameter 'id' is missing")
	}
	typ, ok, err := str("type")
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, errors.New("Parameter 'type' is missing")
	}
	if !types[typ] && !noNetdevInit[typ] {
		return nil, fmt.Errorf("Parameter 'type' does not accept value '%s'", typ)
	}
	n.ID, n.Type = id, typ
	ms := members[typ]
	for _, m := range o.Ordered() {
		if m.Key == "type" || m.Key == "id" {
			continue
		}
		k, known := ms[m.Key]
		if ms != nil && !known {
			return nil, fmt.Errorf("Parameter '%s' is unexpected", m.Key)
		}
		if ms == nil { // a type not modelled (stream, dgram): its members as dotted keys
			keys, vals := flatten(m.Key, m.Value)
			n.keys, n.vals = append(n.keys, keys...), append(n.vals, vals...)
			continue
		}
		val, err := jsonMember(m.Key, k, m.Value)
		if err != nil {
			return nil, err
		}
		n.keys, n.vals = append(n.keys, m.Key), append(n.vals, val)
	}
	n.keys, n.vals = append([]string{"type", "id"}, n.keys...), append([]string{typ, id}, n.vals...)
	n.err = n.createError()
	return n, nil
}

// flatten is a JSON member as keyval's dotted keys and texts.
func flatten(key string, v any) (keys, vals []string) {
	switch x := v.(type) {
	case qjson.Object:
		for _, m := range x.Ordered() {
			k, v := flatten(key+"."+m.Key, m.Value)
			keys, vals = append(keys, k...), append(vals, v...)
		}
		return keys, vals
	case bool:
		return []string{key}, []string{map[bool]string{true: "on", false: "off"}[x]}
	case string:
		return []string{key}, []string{x}
	}
	if s, ok := numberText(v); ok {
		return []string{key}, []string{s}
	}
	return []string{key}, []string{fmt.Sprint(v)}
}

// jsonMember checks a member's JSON type and gives its text.
func jsonMember(key string, k kind, v any) (string, error) {
	bad := func(want string) error {
		return fmt.Errorf("Invalid parameter type for '%s', expected: %s", key, want)
	}
	switch k {
	case kBool:
		b, ok := v.(bool)
		if !ok {
			return "", bad("boolean")
		}
		return map[bool]string{true: "on", false: "off"}[b], nil
	case kInt:
		if s, ok := numberText(v); ok {
			return s, nil
		}
		return "", bad("integer")
	case kList:
		l, ok := v.([]any)
		if !ok {
			return "", bad("array")
		}
		var parts []string
		for i, e := range l {
			eo, ok := e.(qjson.Object)
			if !ok {
				return "", fmt.Errorf("Invalid parameter type for '%s[%d]', expected: object", key, i)
			}
			s, _ := eo.Get("str")
			t, ok := s.(string)
			if !ok {
				return "", fmt.Errorf("Parameter '%s[%d].str' is missing", key, i)
			}
			parts = append(parts, t)
		}
		return strings.Join(parts, ","), nil
	}
	s, ok := v.(string)
	if !ok {
		return "", bad("string")
	}
	return s, nil
}

func numberText(v any) (string, bool) {
	switch x := v.(type) {
	case int64:
		return strconv.FormatInt(x, 10), true
	case int:
		return strconv.Itoa(x), true
	case float64:
		if x == float64(int64(x)) {
			return strconv.FormatInt(int64(x), 10), true
		}
	case fmt.Stringer:
		if _, err := strconv.ParseInt(x.String(), 10, 64); err == nil {
			return x.String(), true
		}
	}
	return "", false
}

// createError is what creating the backend says (net_client_init1 and the
// backend's init), nil when it would start.
func (n *Netdev) createError() error {
	if noNetdevInit[n.Type] {
		return fmt.Errorf("network backend '%s' is not compiled into this binary", n.Type)
	}
	switch n.Type {
	case "user":
		return n.userError()
	case "socket":
		given := 0
		for _, k := range []string{"listen", "connect", "mcast", "udp"} {
			if _, ok := n.Get(k); ok {
				given++
			}
		}
		_, fd := n.Get("fd")
		if fd && given == 0 {
			return nil
		}
		if given != 1 {
			return errors.New("exactly one of listen=, connect=, mcast= or udp= is required")
		}
		for _, k := range []string{"listen", "connect", "mcast", "udp"} {
			if v, ok := n.Get(k); ok && !strings.Contains(v, ":") {
				return fmt.Errorf("host address '%s' doesn't contain ':' separating host from port", v)
			}
		}
		// net_socket_mcast_create: the group must be a class D address.
		if v, ok := n.Get("mcast"); ok {
			host, _, _ := strings.Cut(v, ":")
			if a, err := netip.ParseAddr(host); err == nil && a.Is4() && !a.IsMulticast() {
				b := a.As4()
				return fmt.Errorf("specified mcastaddr %s (0x%02x%02x%02x%02x) does not contain a multicast address", host, b[0], b[1], b[2], b[3])
			}
		}
	case "dgram":
		for _, k := range []string{"local.type", "remote.type"} { // SocketAddress's discriminator
			if t, ok := n.Get(k); ok && t != "inet" && t != "unix" && t != "vsock" && t != "fd" {
				return fmt.Errorf("Parameter 'type' does not accept value '%s'", t)
			}
		}
		if !n.hasMember("local") {
			return errors.New("dgram requires local= parameter")
		}
	case "l2tpv3":
		if _, ok := n.Get("src"); !ok {
			return errors.New("Parameter 'src' is missing")
		}
	case "vhost-user":
		if _, ok := n.Get("chardev"); !ok {
			return errors.New("Parameter 'chardev' is missing")
		}
	case "stream": // NetdevStreamOptions' mandatory member
		if !n.hasMember("addr") {
			return errors.New("Parameter 'addr' is missing")
		}
	case "hubport":
		v, ok := n.Get("hubid")
		if !ok {
			return errors.New("Parameter 'hubid' is missing")
		}
		if _, err := strconv.ParseInt(strings.TrimSpace(v), 0, 64); err != nil {
			return errors.New("Parameter 'hubid' expects an int64 value")
		}
	}
	return nil
}
