package numa

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qemuopts"
)

// userCreatable are the -object types QEMU 7.2 lists in `-object help`
// (x86_64 and ppc64 together); only memory backends are simulated.
var userCreatable = map[string]bool{
	"authz-list": true, "authz-list-file": true, "authz-simple": true, "can-bus": true,
	"can-host-socketcan": true, "colo-compare": true, "cryptodev-backend": true,
	"cryptodev-backend-builtin": true, "cryptodev-vhost-user": true, "dbus-vmstate": true,
	"filter-buffer": true, "filter-dump": true, "filter-mirror": true, "filter-redirector": true,
	"filter-replay": true, "filter-rewriter": true, "input-barrier": true, "input-linux": true,
	"iothread": true, "main-loop": true, "memory-backend-file": true, "memory-backend-memfd": true,
	"memory-backend-ram": true, "pr-manager-helper": true, "qtest": true, "rng-builtin": true,
	"rng-egd": true, "rng-random": true, "secret": true, "secret_keyring": true, "thread-context": true,
	"throttle-group": true, "tls-cipher-suites": true, "tls-creds-anon": true, "tls-creds-psk": true,
	"tls-creds-x509": true,
}

// unbuiltObjectTypes are ObjectType members (the QAPI enum -object is
// checked against as it is parsed) whose QOM type the binaries lack: the
// options parse, then creating the object fails (measured on both
// releases and targets: memory-backend-epc, an SGX EPC backend, is in the
// schema on Linux hosts, but neither binary registers it).
var unbuiltObjectTypes = map[string]bool{"memory-backend-epc": true}

// remoteObjectTypes are multi-process QEMU's objects (x-remote machine),
// in the schema and built on both releases.
var remoteObjectTypes = map[string]bool{"x-remote-object": true, "x-vfio-user-server": true}

// backendKeys are MemoryBackendProperties (and the file/memfd extras).
var backendKeys = map[string]bool{"qom-type": true, "id": true, "dump": true, "host-nodes": true, "merge": true,
	"policy": true, "prealloc": true, "prealloc-threads": true, "prealloc-context": true, "share": true,
	"reserve": true, "size": true, "x-use-canonical-path-for-ramblock-id": true,
	"mem-path": true, "align": true, "offset": true, "discard-data": true, "pmem": true, "readonly": true,
	"hugetlb": true, "hugetlbsize": true, "seal": true}

// Objects are the -object options parsed so far.
type Objects struct {
	// RemoteObjectCrash: an x-remote-object with its fd and devid was
	// given; creating it kills QEMU with SIGSEGV (measured on both
	// releases: a descriptor that is not a socket, or not a number, on
	// x-remote and on pc alike).
	RemoteObjectCrash bool
	Backends          map[string]*Backend
	ids               map[string]bool
	order             []*Backend
	// Added are the types the release accepts beyond userCreatable
	// (release.ObjectTypesAdded).
	Added []string
	// InSchema says whether a type is in the binary's QAPI ObjectType
	// enum, which the visit checks qom-type against: a type the binary
	// never built (authz-pam, the other target's pef-guest or sev-guest)
	// parses, and creating it fails (SchemaOnly).
	InSchema func(typ string) bool
}

// NewObjects starts an empty set.
func NewObjects() *Objects {
	return &Objects{Backends: map[string]*Backend{}, ids: map[string]bool{}}
}

// Parse is object_option_parse, at option-parsing time. It returns whether
// the object is one the simulator models (a memory backend).
// backendBools are the memory backends' boolean members.
var backendBools = map[string]bool{"merge": true, "dump": true, "share": true, "prealloc": true, "reserve": true,
	"discard-data": true, "pmem": true, "readonly": true, "hugetlb": true, "seal": true, "x-use-canonical-path-for-ramblock-id": true}

func (o *Objects) Parse(arg string) (simulated bool, err error) {
	op, _ := parseOpts(arg, "qom-type")
	id, hasID := op.get("id")
	if hasID && o.ids[id] {
		return false, fmt.Errorf("Duplicate ID '%s' for object", id)
	}
	typ, ok := op.get("qom-type")
	if !ok {
		return false, errors.New("Parameter 'qom-type' is missing")
	}
	if !o.listed(typ) && !o.SchemaOnly(typ) {
		return false, fmt.Errorf("Parameter 'qom-type' does not accept value '%s'", typ)
	}
	if !hasID {
		return false, errors.New("Parameter 'id' is missing")
	}
	o.ids[id] = true
	if !qdev.IDWellFormed(id) {
		return false, fmt.Errorf("Parameter 'id' expects an identifier\n%s", strings.TrimSuffix(qdev.IDHint, "\n"))
	}
	switch typ {
	case "x-vfio-user-server":
		// measured on both releases, whatever keys follow (socket.type
		// and socket.path given too) and on every machine
		return false, errors.New("Parameter 'type' is missing")
	case "x-remote-object":
		for _, k := range []string{"fd", "devid"} { // RemoteObjectProperties
			if _, ok := op.get(k); !ok {
				return false, fmt.Errorf("Parameter '%s' is missing", k)
			}
		}
		o.RemoteObjectCrash = true
	}
	if !strings.HasPrefix(typ, "memory-backend-") {
		return false, nil
	}
	b := &Backend{ID: id, Type: typ}
	sizeStr, ok := op.get("size")
	if !ok {
		return false, errors.New("Parameter 'size' is missing")
	}
	if b.Size, err = ParseSize(sizeStr); err != nil {
		// A RAM backend's size of 2^63 or more (a number, or JSON's
		// negative one) is taken as given: Create refuses it.
		n, perr := strconv.ParseUint(sizeStr, 10, 64)
		if perr != nil || typ != "memory-backend-ram" {
			return false, errors.New("Parameter 'size' expects a size value")
		}
		b.HugeSize = n
	}
	if _, ok := op.get("mem-path"); typ == "memory-backend-file" && !ok {
		return false, errors.New("Parameter 'mem-path' is missing")
	}
	for _, k := range op.keys {
		if !backendKeys[k] {
			return false, fmt.Errorf("Invalid parameter '%s'", k)
		}
		v, _ := op.get(k)
		switch {
		case backendBools[k]:
			if _, err := qdev.ParseValue(qdev.Prop{Name: k, Type: "bool"}, v); err != nil {
				return false, err
			}
		case k == "prealloc-threads":
			// the opts visitor's parse_uint: no sign
			n, ok, _ := qemuopts.Number(v)
			if !ok || strings.HasPrefix(strings.TrimLeft(v, " \t"), "-") {
				return false, fmt.Errorf("Parameter '%s' expects a uint64 value", k)
			}
			if n > math.MaxUint32 { // visit_type_uint32
				return false, fmt.Errorf("Parameter '%s' expects uint32_t", k)
			}
		case k == "policy" && v != "default" && v != "preferred" && v != "bind" && v != "interleave":
			return false, fmt.Errorf("Parameter 'policy' does not accept value '%s'", v)
		case k == "host-nodes":
			// a list: each value a number or a range the opts visitor reads
			for _, e := range op.all(k) {
				if !hostNodesElement(e) {
					return false, errors.New("Parameter 'host-nodes' expects a uint64 value or range")
				}
			}
		case k == "align" || k == "offset" || k == "hugetlbsize":
			if _, err := ParseSize(v); err != nil {
				return false, fmt.Errorf("Parameter '%s' expects a size value", k)
			}
		}
	}
	share, given := op.get("share")
	b.Share = Shares(typ, share, given)
	o.Backends[id] = b
	o.order = append(o.order, b)
	return true, nil
}

// Shares says whether a memory backend maps its memory shared: its share
// property when given, else only memory-backend-memfd does.
func Shares(typ, share string, given bool) bool {
	if given {
		on, _ := qemuopts.ParseBool(share)
		return on
	}
	// memfd and shm (9.1) backends share unless told not to
	return typ == "memory-backend-memfd" || typ == "memory-backend-shm"
}

// BackendFlag is a memory backend's merge or dump: its own property when
// given, else the machine's (mem-merge, dump-guest-core: on unless given
// off), as host_memory_backend_init reads them.
func BackendFlag(own string, ownGiven bool, machine string, machineGiven bool) bool {
	v := "on"
	switch {
	case ownGiven:
		v = own
	case machineGiven:
		v = machine
	}
	on, _ := qemuopts.ParseBool(v)
	return on
}

// ErrRAMSizeWraps is a RAM backend whose size qemu_ram_alloc rounds up to
// 0: find_ram_offset's assertion ends QEMU.
var ErrRAMSizeWraps = errors.New("find_ram_offset: Assertion `size != 0' failed.")

// listed: a type the simulator knows the binaries have (or, for
// unbuiltObjectTypes, knows how they fail).
func (o *Objects) listed(typ string) bool {
	return userCreatable[typ] || unbuiltObjectTypes[typ] || remoteObjectTypes[typ] || slices.Contains(o.Added, typ)
}

// SchemaOnly: a type known only from the ObjectType enum (InSchema).
func (o *Objects) SchemaOnly(typ string) bool {
	return !o.listed(typ) && o.InSchema != nil && o.InSchema(typ)
}

// MemoryBackends are the memory backends created, in command-line order.
func (o *Objects) MemoryBackends() []*Backend { return o.order }

// Create is the late creation of the memory backends (after -smp, before
// the CPU model is resolved): the property setters' checks.
func (o *Objects) Create() error {
	for _, b := range o.order {
		if unbuiltObjectTypes[b.Type] { // object_new_with_props: no such class
			return fmt.Errorf("invalid object type: %s", b.Type)
		}
		switch {
		case b.HugeSize > math.MaxUint64-4095:
			// qemu_ram_alloc rounds it up to the host page: 0
			return ErrRAMSizeWraps
		case b.HugeSize > 0:
			// no host maps that much (qemu_anon_ram_alloc)
			return fmt.Errorf("cannot set up guest memory '%s': Cannot allocate memory", b.ID)
		case b.Size == 0:
			return fmt.Errorf("property 'size' of %s doesn't take value '0'", b.Type)
		}
	}
	return nil
}

// hostNodesElement is one host-nodes value as the opts visitor's list
// mode reads it: "N" or "A-B" with A <= B and fewer than 65536 in the range.
func hostNodesElement(e string) bool {
	lo, hi, isRange := strings.Cut(e, "-")
	a, ok := parseU64(lo)
	if !ok {
		return false
	}
	if !isRange {
		return true
	}
	b, ok := parseU64(hi)
	return ok && a <= b && b-a < 65536
}
