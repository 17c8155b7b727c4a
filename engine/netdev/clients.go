package netdev

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"hotpluglab/engine/keyval"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/release"
)

// State is a process's network: the backends the command line asked for
// (created in net_init_clients' order: JSON -netdev, QemuOpts -netdev,
// -nic, -net), the hubs, and the on-board NICs (nd_table) the board makes.
type State struct {
	// socketBadFD is the release's refusal of a socket fd= that names no
	// open socket.
	socketBadFD string
	// Filters lists a client's netfilters for info network (nil: none).
	Filters FilterLister
	// DefaultNet: no -net, -nic or -netdev and defaults on: QEMU adds
	// "-net nic -net user" and net_check_clients stays silent.
	DefaultNet bool
	// Help is the option that asked for a list ("-netdev help" or a NIC
	// model "help"); the caller prints the list and exits.
	Help string

	ids     map[string]bool
	modern  []*Netdev // JSON -netdev, created first
	legacy  []*Netdev
	nicOpts []string // -nic arguments
	netOpts []string // -net arguments

	clients []*client // created backends and hub ports, in order
	hubs    []*hub    // newest first (QLIST_INSERT_HEAD)
	// OnBoard are the NICs -nic and -net nic ask the board for.
	OnBoard []OnBoardNIC
	genID   int
	// notCreated are the nd_table entries no NIC was made for.
	notCreated []OnBoardNIC
	// StreamListening is the release's info_str of a listening stream
	// backend (release.NetStreamListening).
	StreamListening string
	// heldBy are backends netdev_del took from NICs that still hold them
	// (qemu_del_net_client: cleaned up, out of net_clients, not freed),
	// by the NIC's name.
	heldBy map[string]*client
}

// OnBoardNIC is an nd_table entry: the board makes a NIC of this model
// (its default when "") peered with Netdev.
type OnBoardNIC struct {
	Model, MAC, Netdev string
	// Name is a -net nic's name (its id, else an automatic one): 10.0
	// names it when the board cannot make the model; -nic's is "".
	Name string
	// Vectors is the MSI-X vector count the NIC is given: -nic's is "0"
	// (net_param_nic leaves nd->nvectors zeroed), -net nic's its
	// vectors= or "" (unspecified: the device's default).
	Vectors string
}

// NIC is a NIC device's net client as the board made it.
type NIC struct {
	Name, Model, MAC, Netdev string
}

type client struct {
	name, typ, info string
	peer            string // a backend's peer fixed at creation (hub port <-> backend)
	port            *hub   // the hub a port belongs to
	// afterNICs are the NICs that existed when a monitor command made
	// the client: net_clients is in creation order, NICs and backends
	// mixed (nil for the command line's, made before any NIC).
	afterNICs map[string]bool
	// deleted: netdev_del took it while a NIC holds it (heldBy).
	deleted bool
	// legacy: -net made it (is_netdev false), which netdev_del refuses.
	legacy bool
}

// FilterLister gives a net client's netfilters as info network prints
// them ("  - ID: type=...\n"), in the order they were attached.
type FilterLister func(client string) []string

type hub struct {
	id    int
	ports []*client // newest first
	next  int
}

// New is an empty network; defaults says -nodefaults was not given.
func New(defaults bool) *State {
	return &State{DefaultNet: defaults, ids: map[string]bool{}}
}

// NewFor is New for a release: its backends' texts.
func NewFor(rel *release.Release, defaults bool) *State {
	s := New(defaults)
	s.StreamListening = rel.NetStreamListening
	s.socketBadFD = rel.NetSocketBadFD
	return s
}

// Netdev is a -netdev option: JSON or QemuOpts. The error is one QEMU
// gives while parsing (exit at once); later errors wait for Create.
func (s *State) Netdev(arg string) error {
	s.DefaultNet = false
	if strings.HasPrefix(arg, "{") {
		n, err := parseJSON(arg)
		if err != nil {
			return err
		}
		n.Loc = "-netdev " + arg
		s.modern = append(s.modern, n)
		return nil
	}
	if typ, _ := firstType(arg); isHelp(typ) {
		if s.Help == "" {
			s.Help = "netdev"
		}
		return nil
	}
	if IsModern(arg) {
		// netdev_parse_modern: keyval, which takes no help
		if _, help, err := keyval.Parse(arg, "type"); err == nil && help {
			return keyval.ErrNoHelp
		}
	}
	n, err := parseLegacy(arg, s.ids, true)
	if err != nil {
		return err
	}
	n.Loc = "-netdev " + arg
	s.legacy = append(s.legacy, n)
	return nil
}

// Set is -set netdev.ID.KEY=VALUE on a QemuOpts netdev: the key is added
// after the option's own (the last counts) and the backend is checked
// again when it is made, its errors naming the -netdev as typed.
func (s *State) Set(id, key, val string) {
	for _, n := range s.legacy {
		if n.ID == id {
			n.keys, n.vals = append(n.keys, key), append(n.vals, val)
			n.check(true, true)
		}
	}
}

// NICOption is -nic.
func (s *State) NICOption(arg string) error {
	s.DefaultNet = false
	keys, vals := splitOpts(arg)
	for i, k := range keys {
		if k == "model" && isHelp(vals[i]) && s.Help == "" {
			s.Help = "nic"
		}
		if k == "id" {
			if err := checkID(vals[i]); err != nil {
				return err
			}
		}
	}
	s.nicOpts = append(s.nicOpts, arg)
	return nil
}

// NetOption is the legacy -net.
func (s *State) NetOption(arg string) error {
	s.DefaultNet = false
	keys, vals := splitOpts(arg)
	for i, k := range keys {
		if k == "model" && isHelp(vals[i]) && s.Help == "" {
			s.Help = "nic"
		}
	}
	s.netOpts = append(s.netOpts, arg)
	return nil
}

func firstType(arg string) (string, bool) {
	keys, vals := splitOpts(arg)
	for i, k := range keys {
		if k == "type" {
			return vals[i], true
		}
	}
	return "", false
}

func isHelp(v string) bool { return v == "help" || v == "?" }

// Create is net_init_clients: every backend in QEMU's order, stopping at
// the first that fails (its error carries its option).
func (s *State) Create() error {
	if s.DefaultNet {
		s.netOpts = []string{"nic", "user"}
	}
	for _, l := range [][]*Netdev{s.modern, s.legacy} {
		for _, n := range l {
			if n.err != nil {
				return fmt.Errorf("%s: %w", n.Loc, n.err)
			}
			// net_client_init1: an id a backend made before holds (JSON
			// -netdev are made first, so a -netdev key=value that repeats
			// one's id fails here, not when QemuOpts parsed it).
			if n.ID != "" && s.find(n.ID) != nil {
				return fmt.Errorf("%s: Duplicate ID '%s'", n.Loc, n.ID)
			}
			s.addBackend(n)
		}
	}
	for _, arg := range s.nicOpts {
		if err := s.nic(arg); err != nil {
			return fmt.Errorf("-nic %s: %w", arg, err)
		}
	}
	for _, arg := range s.netOpts {
		if err := s.net(arg); err != nil {
			return fmt.Errorf("-net %s: %w", arg, err)
		}
	}
	return nil
}

// addBackend creates a backend's net client (a hub port for hubport).
func (s *State) addBackend(n *Netdev) *client {
	if n.Type == "hubport" {
		id, _ := n.Get("hubid")
		hubID, _ := strconv.ParseInt(strings.TrimSpace(id), 0, 64) // a number QemuOpts took
		c := s.hubPort(int(hubID), n.ID)
		if peer, ok := n.Get("netdev"); ok {
			c.peer = peer
		}
		return c
	}
	c := &client{name: n.ID, typ: n.Type, info: backendInfo(n)}
	if n.Type == "stream" {
		if on, _ := n.Get("server"); isTrue(on) {
			c.info = s.StreamListening
		}
	}
	s.clients = append(s.clients, c)
	return c
}

// backendInfo is the backend's info_str.
func backendInfo(n *Netdev) string {
	switch n.Type {
	case "dgram": // net_dgram_init: udp=LOCAL/REMOTE
		l, _ := n.Get("local.host")
		lp, _ := n.Get("local.port")
		r, _ := n.Get("remote.host")
		rp, _ := n.Get("remote.port")
		if t, _ := n.Get("local.type"); t == "inet" {
			if t, _ := n.Get("remote.type"); t == "inet" {
				return "udp=" + l + ":" + lp + "/" + r + ":" + rp
			}
		}
		return ""
	case "socket": // net_socket_udp_init: the peer's address
		if v, ok := n.Get("udp"); ok {
			return "socket: udp=" + v
		}
		return ""
	case "user":
	default:
		return ""
	}
	net := "10.0.2.0"
	if v, ok := n.Get("net"); ok {
		net, _, _ = strings.Cut(v, "/")
	}
	restrict := "off"
	if v, _ := n.Get("restrict"); isTrue(v) {
		restrict = "on"
	}
	return "net=" + net + ",restrict=" + restrict
}

// hubPort is net_hub_add_port: the hub (made on first use) gets a port.
func (s *State) hubPort(id int, name string) *client {
	var h *hub
	for _, x := range s.hubs {
		if x.id == id {
			h = x
		}
	}
	if h == nil {
		h = &hub{id: id}
		s.hubs = append([]*hub{h}, s.hubs...)
	}
	if name == "" {
		name = fmt.Sprintf("hub%dport%d", id, h.next)
	}
	h.next++
	c := &client{name: name, typ: "hubport", port: h}
	h.ports = append([]*client{c}, h.ports...)
	s.clients = append(s.clients, c)
	return c
}

// generatedID is id_generate(ID_NET): "#net" and a counter (QEMU adds two
// random digits; the simulator keeps them 00).
func (s *State) generatedID() string {
	id := fmt.Sprintf("#net%d00", s.genID)
	s.genID++
	return id
}

// nic is net_param_nic: a backend (user unless typed) and an nd_table entry.
func (s *State) nic(arg string) error {
	keys, vals := splitOpts(arg)
	get := (&Netdev{keys: keys, vals: vals}).Get
	typ, ok := get("type")
	if typ == "none" {
		return nil
	}
	if !ok {
		typ = "user"
	}
	id, ok := get("id")
	if !ok {
		id = s.generatedID()
	}
	for _, c := range s.clients {
		if c.name == id { // net_param_nic: the netdev it makes takes the id
			return fmt.Errorf("Duplicate ID '%s'", id)
		}
	}
	nd := OnBoardNIC{Netdev: id, Vectors: "0"}
	nd.Model, _ = get("model")
	if mac, ok := get("mac"); ok {
		if err := checkMAC(mac); err != nil {
			return err
		}
		nd.MAC = mac
	}
	var rest []string
	for i, k := range keys {
		if k != "type" && k != "id" && k != "model" && k != "mac" {
			rest = append(rest, k+"="+strings.ReplaceAll(vals[i], ",", ",,"))
		}
	}
	n, err := backend(typ, id, rest)
	if err != nil {
		return err
	}
	s.addBackend(n)
	s.OnBoard = append(s.OnBoard, nd)
	return nil
}

// net is net_init_client: -net nic makes an nd_table entry on a hub port
// of hub 0; any other -net makes a backend behind one.
func (s *State) net(arg string) error {
	keys, vals := splitOpts(arg)
	get := (&Netdev{keys: keys, vals: vals}).Get
	typ, _ := get("type")
	switch typ {
	case "none":
		return nil
	case "nic":
		// The visitor refuses a member NetLegacyNicOptions lacks before
		// net_init_nic reads any (the vlan= and name= of old tutorials).
		for _, k := range keys {
			if !legacyNICMembers[k] {
				return fmt.Errorf("Invalid parameter '%s'", k)
			}
		}
		nd := OnBoardNIC{}
		nd.Model, _ = get("model")
		nd.Vectors, _ = get("vectors")
		if nd.Name, _ = get("id"); nd.Name == "" {
			nd.Name = s.generatedID()
		}
		if mac, ok := get("macaddr"); ok {
			if err := checkMAC(mac); err != nil {
				return err
			}
			nd.MAC = mac
		}
		if peer, ok := get("netdev"); ok {
			found := false
			for _, c := range s.clients {
				found = found || c.name == peer
			}
			if !found { // net_init_nic: qemu_find_netdev
				return fmt.Errorf("netdev '%s' not found", peer)
			}
			nd.Netdev = peer
		} else {
			port := s.hubPort(0, "")
			port.legacy = true
			nd.Netdev = port.name
		}
		s.OnBoard = append(s.OnBoard, nd)
		return nil
	}
	id, ok := get("id")
	if !ok {
		id = s.generatedID()
	}
	var rest []string
	for i, k := range keys {
		if k != "type" && k != "id" {
			rest = append(rest, k+"="+strings.ReplaceAll(vals[i], ",", ",,"))
		}
	}
	n, err := backend(typ, id, rest)
	if err != nil {
		return err
	}
	port := s.hubPort(0, "")
	c := s.addBackend(n)
	c.peer, port.peer = port.name, c.name
	c.legacy, port.legacy = true, true
	return nil
}

// legacyNICMembers are NetLegacy's and NetLegacyNicOptions' members.
var legacyNICMembers = map[string]bool{"type": true, "id": true, "netdev": true, "macaddr": true, "model": true, "addr": true, "vectors": true}

// backend is the netdev -nic or -net makes (its id may be generated, so
// not checked as a user's would be).
func backend(typ, id string, rest []string) (*Netdev, error) {
	n, err := parseLegacy(strings.Join(append([]string{"type=" + typ}, rest...), ","), map[string]bool{}, false)
	if err != nil {
		return nil, err
	}
	if n.err != nil {
		return nil, n.err
	}
	n.ID = id
	return n, nil
}

// leadingHex reads a signed hexadecimal number at the start of p, as
// fmt.Sscanf(p, "%x") did (what follows the digits is left alone).
func leadingHex(p string) (int64, bool) {
	neg := strings.HasPrefix(p, "-")
	if neg || strings.HasPrefix(p, "+") {
		p = p[1:]
	}
	n, digits := int64(0), 0
	for ; digits < len(p); digits++ {
		v := strings.IndexByte("0123456789abcdef", p[digits]|0x20) // |0x20: lower case
		if v < 0 || p[digits] < '0' {
			break
		}
		n = n*16 + int64(v)
	}
	if neg {
		n = -n
	}
	return n, digits > 0
}

// checkMAC is net_parse_macaddr.
func checkMAC(mac string) error {
	parts := strings.FieldsFunc(mac, func(r rune) bool { return r == ':' || r == '-' })
	ok := len(parts) == 6
	for _, p := range parts {
		if b, isHex := leadingHex(p); !isHex || len(p) > 2 || b > 255 {
			ok = false
		}
	}
	if !ok {
		return errors.New("invalid syntax for ethernet address")
	}
	return nil
}

// Names are the net clients a NIC's netdev= can name.
func (s *State) Names() []string {
	var out []string
	for _, c := range s.clients {
		out = append(out, c.name)
	}
	return out
}

// NotCreated records an nd_table entry whose model the board does not
// make (net_check_clients warns about it).
func (s *State) NotCreated(nd OnBoardNIC) { s.notCreated = append(s.notCreated, nd) }

// Has says whether a net client of that name exists (a NIC's netdev=).
func (s *State) Has(name string) bool { return s.find(name) != nil }

func (s *State) find(name string) *client {
	for _, c := range s.clients {
		if c.name == name && !c.deleted {
			return c
		}
	}
	return nil
}

// peers links the NICs to their backends: name -> peer name.
func (s *State) peers(nics []NIC) map[string]string {
	p := map[string]string{}
	for _, c := range s.clients {
		if c.peer != "" {
			p[c.name], p[c.peer] = c.peer, c.name
		}
	}
	for _, n := range nics {
		if held := s.heldBy[n.Name]; held != nil {
			p[n.Name] = held.name // its id may name a new backend now
			continue
		}
		if n.Netdev != "" && s.find(n.Netdev) != nil {
			p[n.Name], p[n.Netdev] = n.Netdev, n.Name
		}
	}
	return p
}

// clientPeered: a backend has a peer (a client it pairs with, or a NIC
// naming it), seen apart from any NIC of the same name.
func (s *State) clientPeered(c *client, nics []NIC) bool {
	if c.peer != "" {
		return true
	}
	for _, d := range s.clients {
		if d.peer == c.name {
			return true
		}
	}
	for _, n := range nics {
		if s.heldBy[n.Name] == c || s.heldBy[n.Name] == nil && n.Netdev == c.name && s.find(n.Netdev) == c {
			return true
		}
	}
	return false
}

// nicPeered: a NIC has a backend (or holds a deleted one).
func (s *State) nicPeered(n NIC) bool {
	return s.heldBy[n.Name] != nil || n.Netdev != "" && s.find(n.Netdev) != nil
}

// Warnings are net_check_clients' warnings once the devices exist.
func (s *State) Warnings(nics []NIC) []string {
	if s.DefaultNet {
		return nil
	}
	peers := s.peers(nics)
	types := map[string]string{}
	for _, c := range s.clients {
		types[c.name] = c.typ
	}
	for _, n := range nics {
		types[n.Name] = "nic"
	}
	var w []string
	for _, h := range s.hubs {
		hasNIC, hasHost := false, false
		for _, p := range h.ports {
			peer, ok := peers[p.name]
			if !ok {
				w = append(w, fmt.Sprintf("hub port %s has no peer", p.name))
				continue
			}
			switch types[peer] {
			case "nic":
				hasNIC = true
			case "user", "tap", "socket", "vde", "stream", "dgram", "bridge", "l2tpv3", "vhost-user", "vhost-vdpa":
				hasHost = true
			}
		}
		if hasHost && !hasNIC {
			w = append(w, fmt.Sprintf("hub %d with no nics", h.id))
		}
		if hasNIC && !hasHost {
			w = append(w, fmt.Sprintf("hub %d is not connected to host network", h.id))
		}
	}
	for _, c := range s.clients {
		if !s.clientPeered(c, nics) {
			w = append(w, fmt.Sprintf("netdev %s has no peer", c.name))
		}
	}
	for _, n := range nics {
		if !s.nicPeered(n) {
			w = append(w, fmt.Sprintf("nic %s has no peer", n.Name))
		}
	}
	for _, nd := range s.notCreated {
		name := nd.Name
		if name == "" {
			name = "anonymous"
		}
		w = append(w, fmt.Sprintf("requested NIC (%s, model %s) was not created (not supported by this machine?)", name, nd.Model))
	}
	return w
}

// filterLines are print_net_client's lines for a client's netfilters.
func (s *State) filterLines(name string) string {
	if s.Filters == nil {
		return ""
	}
	fs := s.Filters(name)
	if len(fs) == 0 {
		return ""
	}
	return "filters:\n" + strings.Join(fs, "")
}

// Info is `info network` (hmp_info_network), lines ending "\n".
func (s *State) Info(nics []NIC) string {
	peers := s.peers(nics)
	line := map[string]string{}
	clientLine := func(c *client) string { return fmt.Sprintf("%s: index=0,type=%s,%s\n", c.name, c.typ, c.info) }
	for _, c := range s.clients {
		if !c.deleted {
			line[c.name] = clientLine(c) + s.filterLines(c.name)
		}
	}
	// A NIC and a backend may share a name (a device's id and a
	// netdev's are in different namespaces): each keeps its own line.
	nicLine := map[string]string{}
	for _, n := range nics {
		nicLine[n.Name] = fmt.Sprintf("%s: index=0,type=nic,model=%s,macaddr=%s\n", n.Name, n.Model, n.MAC)
	}
	anyLine := func(name string) string {
		if l, ok := nicLine[name]; ok {
			return l
		}
		return line[name]
	}
	var b strings.Builder
	onHub := map[string]bool{}
	for _, h := range s.hubs {
		fmt.Fprintf(&b, "hub %d\n", h.id)
		for _, p := range h.ports {
			onHub[p.name] = true
			fmt.Fprintf(&b, " \\ %s", p.name)
			if peer, ok := peers[p.name]; ok {
				onHub[peer] = true
				b.WriteString(": " + anyLine(peer))
			} else {
				b.WriteString("\n")
			}
		}
	}
	show := func(name string, nic bool) {
		if onHub[name] {
			return
		}
		peer, hasPeer := peers[name]
		if c := s.find(name); !nic && c != nil {
			hasPeer = s.clientPeered(c, nics)
		}
		if nic {
			b.WriteString(nicLine[name])
		} else if !hasPeer {
			b.WriteString(line[name])
		}
		if held := s.heldBy[name]; nic && held != nil {
			b.WriteString(" \\ " + clientLine(held)) // a deleted backend, still its peer
		} else if hasPeer && nic {
			b.WriteString(" \\ " + line[peer])
		}
	}
	showClient := func(c *client) {
		if !c.deleted { // out of net_clients: shown under its NIC only
			show(c.name, false)
		}
	}
	shown := 0
	for _, n := range nics {
		for ; shown < len(s.clients) && !s.clients[shown].afterNICs[n.Name]; shown++ {
			showClient(s.clients[shown])
		}
		show(n.Name, true)
	}
	for _, c := range s.clients[shown:] {
		showClient(c)
	}
	return b.String()
}

// MadeAfter records that the clients the last netdev_add made came after
// these NICs.
func (s *State) MadeAfter(nics []NIC, before int) {
	after := map[string]bool{}
	for _, n := range nics {
		after[n.Name] = true
	}
	for _, c := range s.clients[before:] {
		c.afterNICs = after
	}
}

// Clients is how many net clients there are (for MadeAfter).
func (s *State) Clients() int { return len(s.clients) }

// AddHMP is HMP netdev_add: QemuOpts' id checks first (stderr, with the
// command's usage hint: parseErr), then the backend's own (the monitor's
// "Error: ").
func (s *State) AddHMP(arg string) (parseErr, err error) {
	n, perr := parseLegacy(arg, s.ids, true)
	if perr != nil {
		return perr, nil
	}
	if n.err != nil {
		delete(s.ids, n.ID)
		// HMP reads a stream's addr through QemuOpts: its discriminator
		// is what is missing.
		if n.Type == "stream" && n.err.Error() == "Parameter 'addr' is missing" {
			return nil, errors.New("Parameter 'type' is missing")
		}
		return nil, n.err
	}
	if err := s.hubPeerError(n); err != nil {
		delete(s.ids, n.ID)
		return nil, err
	}
	if err := s.monitorFDError(n); err != nil {
		delete(s.ids, n.ID)
		return nil, err
	}
	s.addBackend(n)
	return nil, nil
}

// monitorFDError is a descriptor a monitor command names (tap's and
// socket's fd=): a name getfd never gave, or a number the simulated
// process has not open.
func (s *State) monitorFDError(n *Netdev) error {
	switch n.Type {
	case "vde": // no vde_switch listens on the simulated host
		return errors.New("Could not open vde: No such file or directory")
	case "bridge": // nor can qemu-bridge-helper set a bridge up
		return errors.New("bridge helper failed")
	case "tap", "socket":
	default:
		return nil
	}
	fd, ok := n.Get("fd")
	if !ok {
		return nil
	}
	if fd == "" || fd[0] < '0' || fd[0] > '9' {
		return fmt.Errorf("File descriptor named '%s' has not been found", fd)
	}
	if n.Type == "socket" && s.socketBadFD != "" {
		return errors.New(strings.NewReplacer("{id}", n.ID, "{fd}", fd).Replace(s.socketBadFD))
	}
	return nil
}

// HubPeerTaken says whether a hubport would peer with a netdev that
// already has a peer (qemu_net_client_setup asserts it has none).
func (s *State) HubPeerTaken(arg string) bool {
	keys, vals := splitOpts(arg)
	n := &Netdev{keys: keys, vals: vals}
	typ, _ := n.Get("type")
	peer, ok := n.Get("netdev")
	if typ != "hubport" || !ok || s.find(peer) == nil {
		return false
	}
	for _, c := range s.clients {
		if c.peer == peer {
			return true
		}
	}
	return false
}

// hubPeerError is net_init_hubport's lookup of the netdev= it peers with.
func (s *State) hubPeerError(n *Netdev) error {
	if p, ok := n.Get("netdev"); ok && n.Type == "hubport" && s.find(p) == nil {
		return fmt.Errorf("netdev '%s' not found", p)
	}
	return nil
}

// AddQMP is QMP netdev_add: the Netdev visit, then a duplicate id.
func (s *State) AddQMP(o qjson.Object) error {
	n, err := visit(o)
	if err != nil {
		return err
	}
	if !wellFormed(n.ID) {
		return errors.New("Parameter 'id' expects an identifier")
	}
	if s.ids[n.ID] || s.find(n.ID) != nil {
		return fmt.Errorf("Duplicate ID '%s'", n.ID)
	}
	if n.err != nil {
		return n.err
	}
	if err := s.hubPeerError(n); err != nil {
		return err
	}
	if err := s.monitorFDError(n); err != nil {
		return err
	}
	s.ids[n.ID] = true
	s.addBackend(n)
	return nil
}

// Slirp is slirp_lookup: the user backend named id ("" for the first);
// the monitor's message when there is none.
func (s *State) Slirp(id string) (string, string) {
	if id == "" {
		for _, c := range s.clients {
			if c.typ == "user" && !c.deleted {
				return c.name, ""
			}
		}
		return "", "user mode network stack not in use"
	}
	c := s.find(id)
	switch {
	case c == nil:
		return "", fmt.Sprintf("unrecognized netdev id '%s'", id)
	case c.typ != "user":
		return "", fmt.Sprintf("invalid netdev id '%s'", id)
	}
	return c.name, ""
}

// HostfwdError is the syntax check slirp_hostfwd makes of a rule.
func HostfwdError(rule string) string {
	if reason := hostfwdSyntax(rule); reason != "" {
		return fmt.Sprintf("Invalid host forwarding rule '%s' (%s)", rule, reason)
	}
	return ""
}

// NotNetdev says whether a net client -net made has that name.
func (s *State) NotNetdev(id string) bool {
	c := s.find(id)
	return c != nil && c.legacy
}

// Del is netdev_del: false when no backend has that id. A backend a NIC
// still uses is cleaned up but not freed (qemu_del_net_client): gone for
// lookups (a second netdev_del, device_add's netdev=, a new netdev_add of
// the id), still the NIC's peer in info network.
func (s *State) Del(id string, nics []NIC) bool {
	c := s.find(id)
	if c == nil {
		return false
	}
	delete(s.ids, id)
	for _, n := range nics {
		if n.Netdev == id && s.heldBy[n.Name] == nil {
			c.deleted = true
			if s.heldBy == nil {
				s.heldBy = map[string]*client{}
			}
			s.heldBy[n.Name] = c
			return true
		}
	}
	for i, x := range s.clients {
		if x == c {
			s.clients = append(s.clients[:i], s.clients[i+1:]...)
			break
		}
	}
	// qemu_del_net_client: its peer (a hub port's) is left without one.
	for _, x := range s.clients {
		if x.peer == id {
			x.peer = ""
		}
	}
	if h := c.port; h != nil { // net_hub_port_cleanup: the port leaves; the hub stays
		h.ports = slices.DeleteFunc(h.ports, func(p *client) bool { return p == c })
	}
	return true
}
