// Package object is QEMU's user-creatable objects (-object, object-add):
// the option's checks in both its forms (JSON visited as QAPI
// ObjectOptions; key=value read by 7.2's QemuOpts visitor), the recorded
// `-object help` and `-object TYPE,help` texts, and the /objects container
// qom-list shows.
package object

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	"hotpluglab/engine/machine"
	"hotpluglab/engine/qapi"
	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qemuopts"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/qom"
	"hotpluglab/engine/release"
	"hotpluglab/engine/smp"
	"hotpluglab/engine/throttle"
)

// Object is one object under /objects.
type Object struct {
	ID, Type string
	// Props are the options it was given (key=value, as text).
	Props map[string]string
	// Added: made at run time (object_add, object-add).
	Added bool
}

// IOThread is an iothread object's query-iothreads entry: its polling
// parameters, given or default (thread-id: the simulator's own number).
func IOThread(o Object, threadID int) qjson.Object {
	num := func(k string, def int64) int64 {
		// the keyval visitor's qemu_strtoi64, base 0: 0x16 and 010 too
		if n, err := smp.ParseInt64(o.Props[k]); err == nil {
			return n
		}
		return def
	}
	return qjson.O("id", o.ID, "thread-id", threadID, "poll-max-ns", num("poll-max-ns", 32768),
		"poll-grow", num("poll-grow", 0), "poll-shrink", num("poll-shrink", 0), "aio-max-batch", num("aio-max-batch", 0))
}

// Help answers -object help and -object TYPE,help with the release's
// recorded text; ok is false when the option asks for no help.
func Help(rel *release.Release, target, arg string) (out string, ok bool) {
	if strings.HasPrefix(arg, "{") {
		return "", false
	}
	parts := qemuopts.Split(arg)
	typ := strings.TrimPrefix(parts[0], "qom-type=")
	if typ == "help" || typ == "?" {
		return helpTexts(rel, target)["help"], true
	}
	for _, p := range parts[1:] {
		if p == "help" || p == "?" {
			if t, ok := helpTexts(rel, target)[typ]; ok {
				return t, true
			}
		}
	}
	return "", false
}

// HelpText is a type's properties as object help prints them, or the list
// of user creatable types when there is no such type.
func HelpText(rel *release.Release, target, typ string) string {
	t := helpTexts(rel, target)
	if s, ok := t[typ]; ok && typ != "" && typ != "help" {
		return s
	}
	return t["help"]
}

// Creatable: the binary has the type (object help lists it).
func Creatable(rel *release.Release, target, typ string) bool {
	_, ok := helpTexts(rel, target)[typ]
	return ok
}

var texts sync.Map // release/target -> map[string]string

// helpTexts are a binary's recorded -object help sections.
func helpTexts(rel *release.Release, target string) map[string]string {
	key := rel.Name + "/" + target
	if m, ok := texts.Load(key); ok {
		return m.(map[string]string)
	}
	m := map[string]string{}
	var name string
	var b strings.Builder
	flush := func() {
		if name != "" {
			m[name] = b.String()
		}
		b.Reset()
	}
	for _, line := range strings.SplitAfter(rel.Text("object-help-"+target+".txt"), "\n") {
		if h, ok := strings.CutPrefix(line, "== "); ok {
			flush()
			name = strings.TrimSuffix(h, "\n")
			continue
		}
		b.WriteString(line)
	}
	flush()
	texts.Store(key, m)
	return m
}

// unsignedMembers are the memory backends' members QAPI types as size:
// introspection shows every integer as "int", but the JSON visitor's error
// for them differs ("expects uint64").
var unsignedMembers = map[string]bool{"size": true, "align": true}

// CheckJSON is the JSON form's visit (object_option_parse): QEMU's
// error, or nil.
func CheckJSON(rel *release.Release, target string, o qjson.Object) error {
	for _, m := range o {
		if _, isNum := m.Value.(json.Number); unsignedMembers[m.Key] && !isNum {
			if t, _ := o.Get("qom-type"); t != nil && strings.HasPrefix(fmt.Sprint(t), "memory-backend-") {
				if err := qapi.For(rel, target).CheckJSON("object-add", withNumber(o, m.Key)); err != nil {
					return err
				}
				return fmt.Errorf("Parameter '%s' expects uint64", m.Key)
			}
		}
	}
	return qapi.For(rel, target).CheckJSON("object-add", o)
}

// withNumber is o with a member's value replaced by a number (to find
// any error the visitor would report before that member's).
func withNumber(o qjson.Object, key string) qjson.Object {
	c := slices.Clone(o)
	c.Set(key, json.Number("0"))
	return c
}

// CheckKeys is the key=value form's check of the type's own members
// (the QemuOpts visitor: "Invalid parameter" for a key the type lacks).
func CheckKeys(rel *release.Release, target, typ string, keys, vals []string) error {
	members := qapi.For(rel, target).VariantMembers("object-add", typ)
	if members == nil {
		return nil
	}
	o := qjson.Object{{Key: "qom-type", Value: typ}}
	for i, k := range keys {
		if k != "qom-type" && k != "id" && !slices.Contains(members, k) {
			return fmt.Errorf("Invalid parameter '%s'", k)
		}
		if err := unsignedSetterError(k, vals[i], uintType(rel, target, typ, k)); err != nil {
			return err
		}
		if k != "qom-type" {
			o.Set(k, vals[i])
		}
	}
	if _, ok := o.Get("id"); !ok {
		return nil // numa's check says so
	}
	err := qapi.For(rel, target).CheckKeyval("object-add", o)
	if err != nil && strings.HasSuffix(err.Error(), " expects integer") {
		// The QemuOpts visitor's words for an integer it cannot read:
		// opts_type_uint64's for the unsigned members (queues' uint32).
		// "Parameter 'NAME' expects integer" (no fmt scanning: it would
		// link fmt's scanner into the wasm).
		member, _, _ := strings.Cut(strings.TrimPrefix(err.Error(), "Parameter '"), " ")
		member = strings.TrimSuffix(member, "'")
		if qapi.For(rel, target).VariantMemberUnsigned("object-add", typ, member) {
			return fmt.Errorf("%s a uint64 value", strings.TrimSuffix(err.Error(), " integer"))
		}
		return fmt.Errorf("%s an int64 value", strings.TrimSuffix(err.Error(), " integer"))
	}
	return err
}

const extraKey = "objects"

// Set records a machine's -object objects, in creation order.
func Set(m *machine.Machine, objs []Object) { m.Extra[extraKey] = objs }

// Add is object-add: a new child of /objects.
func Add(m *machine.Machine, o Object) error {
	for _, c := range Of(m) {
		if c.ID == o.ID {
			return fmt.Errorf("attempt to add duplicate property '%s' to object (type 'container')", o.ID)
		}
	}
	o.Added = true
	logEvent(m, o.ID, false)
	given, _ := m.Extra[extraKey].([]Object)
	m.Extra[extraKey] = append(slices.Clone(given), o)
	return nil
}

const (
	initialKey = "objects-initial"
	logKey     = "objects-log"
)

// tableEvent is a child added to or removed from /objects after start-up.
type tableEvent struct {
	id      string
	removed bool
}

// initialIDs are the children /objects had at start-up, in creation order
// (taken before the first change).
func initialIDs(m *machine.Machine) []string {
	if ids, ok := m.Extra[initialKey].([]string); ok {
		return ids
	}
	var ids []string
	for _, o := range Of(m) {
		if !o.Added {
			ids = append(ids, o.ID)
		}
	}
	m.Extra[initialKey] = ids
	return ids
}

func logEvent(m *machine.Machine, id string, removed bool) {
	initialIDs(m)
	l, _ := m.Extra[logKey].([]tableEvent)
	m.Extra[logKey] = append(slices.Clone(l), tableEvent{id, removed})
}

// Table is /objects' hash table of children as its history left it (a
// removed child leaves a tombstone an added one may take): its iteration
// order is object_child_foreach's, the reverse of qom-list's.
func Table(m *machine.Machine) *qom.Table {
	t := qom.NewTable()
	for _, id := range initialIDs(m) {
		t.Insert(id)
	}
	l, _ := m.Extra[logKey].([]tableEvent)
	for _, e := range l {
		if e.removed {
			t.Remove(e.id)
		} else {
			t.Insert(e.id)
		}
	}
	return t
}

// SetProp changes a property of an object made (qom-set): false when no
// object has that id.
func SetProp(m *machine.Machine, id, key, value string) bool {
	given, _ := m.Extra[extraKey].([]Object)
	if id == RAMID(m) && !slices.ContainsFunc(given, func(o Object) bool { return o.ID == id }) {
		// the board's own RAM backend: what qom-set changed on it
		props, _ := m.Extra[ramPropsKey].(map[string]string)
		props = maps.Clone(props)
		if props == nil {
			props = map[string]string{}
		}
		props[key] = value
		m.Extra[ramPropsKey] = props
		return true
	}
	for i, o := range given {
		if o.ID == id {
			props := maps.Clone(o.Props)
			if props == nil {
				props = map[string]string{}
			}
			props[key] = value
			given = slices.Clone(given)
			given[i].Props = props
			m.Extra[extraKey] = given
			return true
		}
	}
	return false
}

const claimsKey = "objects-claimed"

// Claim marks an object as in use by a device (a pc-dimm's memdev):
// object-del refuses it until Release.
func Claim(m *machine.Machine, id string) {
	c, _ := m.Extra[claimsKey].(map[string]bool)
	c = maps.Clone(c)
	if c == nil {
		c = map[string]bool{}
	}
	c[id] = true
	m.Extra[claimsKey] = c
}

// Release ends a Claim.
func Release(m *machine.Machine, id string) {
	c, _ := m.Extra[claimsKey].(map[string]bool)
	c = maps.Clone(c)
	delete(c, id)
	m.Extra[claimsKey] = c
}

// Claimed says whether a device uses the object.
func Claimed(m *machine.Machine, id string) bool {
	c, _ := m.Extra[claimsKey].(map[string]bool)
	return c[id]
}

// Del is object-del of a child object-add or -object made.
func Del(m *machine.Machine, id string) error {
	given, _ := m.Extra[extraKey].([]Object)
	i := slices.IndexFunc(given, func(o Object) bool { return o.ID == id })
	if i < 0 {
		return fmt.Errorf("object '%s' not found", id)
	}
	// main_loop_can_be_deleted: the main loop never goes.
	if Claimed(m, id) || given[i].Type == "main-loop" {
		return fmt.Errorf("object '%s' is in use, can not be deleted", id)
	}
	logEvent(m, id, true)
	m.Extra[extraKey] = slices.Delete(slices.Clone(given), i, i+1)
	return nil
}

// Of lists /objects' children: the -object objects, then the machine's
// RAM backend when no memory-backend was given.
// ramPropsKey holds the properties qom-set gave the board's RAM backend.
const ramPropsKey = "object.ram-props"

func Of(m *machine.Machine) []Object {
	given, _ := m.Extra[extraKey].([]Object)
	// qemu_create_early_backends makes most objects, the late backends
	// the rest (memory backends, netfilters, rng-egd ...), then the board
	// its default RAM backend; object_add's come after.
	var objs []Object
	for _, late := range []bool{false, true} {
		for _, o := range given {
			if !o.Added && createdLate(o.Type) == late {
				objs = append(objs, o)
			}
		}
	}
	if _, given := m.Props["memory-backend"]; !given && !m.NUMAMemdevs {
		if id := RAMID(m); id != "" {
			props, _ := m.Extra[ramPropsKey].(map[string]string)
			objs = append(objs, Object{ID: id, Type: "memory-backend-ram", Props: props})
		}
	}
	for _, o := range given {
		if o.Added {
			objs = append(objs, o)
		}
	}
	return objs
}

// createdLate is !object_create_early.
func createdLate(typ string) bool {
	switch typ {
	case "rng-egd", "dbus-vmstate", "colo-compare", "input-barrier":
		return true
	}
	return strings.HasPrefix(typ, "memory-backend-") || strings.HasPrefix(typ, "filter-")
}

// RAMID is the machine class's default_ram_id (query-machines' default-ram-id:
// pc.ram on pc, q35 and isapc, microvm.ram, ppc_spapr.ram).
func RAMID(m *machine.Machine) string {
	return m.Type.DefaultRAMID
}

// hostDevices are device nodes every Linux host has (the simulated host
// holds files only).
var hostDevices = map[string]bool{"/dev/urandom": true, "/dev/random": true, "/dev/null": true, "/dev/zero": true}

// base64Chars are the characters qbase64_decode accepts.
const base64Chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n"

// CreationError is what making an object of a type refuses in its
// properties' setters and its complete (user_creatable_complete); exists
// says whether the host has a file (nil: every file is there).
func CreationError(typ string, props map[string]string, exists func(path string) bool) error {
	switch {
	// qcrypto_secret_complete tests the pointers: "data=" is data given.
	case typ == "secret" && hasKey(props, "file") && hasKey(props, "data"):
		return errors.New("'file' and 'data' are mutually exclusive")
	case typ == "secret" && !hasKey(props, "file") && !hasKey(props, "data"):
		return errors.New("Either 'file' or 'data' must be provided")
	case typ == "secret" && props["file"] != "" && exists != nil && !exists(props["file"]):
		// qcrypto_secret_load_data: GLib's g_file_get_contents words it.
		return fmt.Errorf("Unable to read %s: Failed to open file “%s”: No such file or directory", props["file"], props["file"])
	case typ == "secret" && props["format"] == "base64" && props["file"] == "" && props["keyid"] == "" &&
		strings.ContainsFunc(props["data"], func(r rune) bool { return !strings.ContainsRune(base64Chars, r) }):
		// qbase64_decode's check of the characters (its data, as given)
		return errors.New("Base64 data contains invalid characters")
	case typ == "rng-random" && hasKey(props, "opened"), typ == "rng-builtin" && hasKey(props, "opened"),
		typ == "rng-egd" && hasKey(props, "opened"):
		return fmt.Errorf("Property '%s.opened' is not writable", typ)
	case strings.HasPrefix(typ, "tls-creds-") && props["endpoint"] != "" && props["endpoint"] != "client" && props["endpoint"] != "server":
		return fmt.Errorf("Parameter 'endpoint' does not accept value '%s'", props["endpoint"])
	case typ == "tls-creds-psk" && props["dir"] == "":
		return errors.New("Missing 'dir' property value")
	case typ == "tls-creds-x509" && props["dir"] != "" && exists != nil && !exists(props["dir"]+"/ca-cert.pem"):
		// qcrypto_tls_creds_x509_load: the CA certificate first
		return fmt.Errorf("Unable to access credentials %s/ca-cert.pem: No such file or directory", props["dir"])
	case typ == "cryptodev-backend-builtin" && hasKey(props, "queues") && number(props["queues"]) == 0:
		return errors.New("Property 'cryptodev-backend-builtin.queues' doesn't take value '0'")
	case typ == "cryptodev-backend-builtin" && hasKey(props, "queues") && number(props["queues"]) != 1:
		return errors.New("Only support one queue in cryptdov-builtin backend") // sic
	case typ == "iommufd" && props["fd"] != "" && strings.Trim(props["fd"], "0123456789") != "":
		// monitor_fd_param: a name, and the monitor holds no descriptors
		return fmt.Errorf("Could not parse remote object fd %s:File descriptor named '%s' has not been found", props["fd"], props["fd"])
	case typ == "rng-random" && props["filename"] != "" && !hostDevices[props["filename"]] && exists != nil && !exists(props["filename"]):
		return fmt.Errorf("Could not open '%s': No such file or directory", props["filename"])
	case typ == "rng-random" && hasKey(props, "filename") && props["filename"] == "":
		return errors.New("Could not open '': No such file or directory")
	case typ == "filter-buffer" && props["interval"] == "0":
		return errors.New("Property 'filter-buffer.interval' requires a positive value")
	case typ == "throttle-group":
		return throttleGroupError(props)
	case typ == "iothread":
		for _, k := range []string{"poll-max-ns", "poll-grow", "poll-shrink", "aio-max-batch", "thread-pool-min", "thread-pool-max"} {
			if strings.HasPrefix(props[k], "-") {
				return fmt.Errorf("%s value must be in range [0, 9223372036854775807]", k)
			}
		}
		// aio_context_set_thread_pool_params, as the iothread completes
		// (defaults: 0 and 64).
		lo, hi := uint64(0), uint64(64)
		if v, ok := props["thread-pool-min"]; ok {
			lo, _ = strconv.ParseUint(v, 0, 64)
		}
		if v, ok := props["thread-pool-max"]; ok {
			hi, _ = strconv.ParseUint(v, 0, 64)
		}
		if lo > hi || hi == 0 || hi > math.MaxInt32 {
			return errors.New("bad thread-pool-min/thread-pool-max values")
		}
	case strings.HasPrefix(typ, "memory-backend-"):
		switch {
		case props["size"] == "0":
			return fmt.Errorf("property 'size' of %s doesn't take value '0'", typ)
		case props["prealloc-threads"] == "0":
			return fmt.Errorf("property 'prealloc-threads' of %s doesn't take value '0'", typ)
		case typ == "memory-backend-memfd" && hasKey(props, "hugetlbsize") && isZeroSize(props["hugetlbsize"]):
			return errors.New("Property 'memory-backend-memfd.hugetlbsize' doesn't take value '0'")
		case typ == "memory-backend-memfd" && hasKey(props, "hugetlbsize") && !powerOf2Size(props["hugetlbsize"]):
			// as the backend allocates (with or without hugetlb)
			return errors.New("Hugepage size must be a power of 2")
		case typ == "memory-backend-file" && hasKey(props, "align") && (hostDevices[props["mem-path"]] || exists != nil && exists(props["mem-path"])):
			// file_ram_alloc, once the file is open: the host page first
			// (a file's: 4 KiB), then a power of two
			if a, _ := qdev.StrToSize(props["align"]); a%4096 != 0 {
				return fmt.Errorf("alignment 0x%x must be multiples of page size 0x1000", a)
			} else if a&(a-1) != 0 {
				return fmt.Errorf("alignment 0x%x must be a power of two", a)
			}
		case hostNodeBeyond(props["host-nodes"]) >= 0:
			// the setter: each node below MAX_NODES
			return fmt.Errorf("Invalid host-nodes value: %d", hostNodeBeyond(props["host-nodes"]))
		case isOn(props, "prealloc", false) && !isOn(props, "reserve", true):
			// either setter, whichever comes second
			return errors.New("'prealloc=on' and 'reserve=off' are incompatible")
		case props["host-nodes"] != "" && (props["policy"] == "" || props["policy"] == "default"):
			return errors.New("host-nodes must be empty for policy default, or you should explicitly specify a policy other than default")
		case props["host-nodes"] == "" && props["policy"] != "" && props["policy"] != "default":
			return fmt.Errorf("host-nodes must be set for policy %s", props["policy"])
		}
	}
	return nil
}

// Exists: an object of that id is in /objects.
func Exists(m *machine.Machine, id string) bool {
	for _, o := range Of(m) {
		if o.ID == id {
			return true
		}
	}
	return false
}

func hasKey(props map[string]string, k string) bool { _, ok := props[k]; return ok }

// isOn reads a boolean property, def when not given.
func isOn(props map[string]string, k string, def bool) bool {
	v, ok := props[k]
	if !ok {
		return def
	}
	on, _ := qemuopts.ParseBool(v)
	return on
}

// maxHostNodes is QEMU's MAX_NODES, which host-nodes' values stay below.
const maxHostNodes = 128

// hostNodeBeyond is the first host-nodes value at or past MAX_NODES, in
// the list's order (a range "a-b" counts up from a); -1 when none.
func hostNodeBeyond(list string) int {
	for _, part := range strings.Split(list, ":") {
		lo, hi, isRange := strings.Cut(part, "-")
		a, errA := strconv.Atoi(lo)
		b := a
		if isRange {
			var err error
			if b, err = strconv.Atoi(hi); err != nil {
				continue
			}
		}
		if errA != nil {
			continue
		}
		if b >= maxHostNodes {
			return max(a, maxHostNodes)
		}
	}
	return -1
}

// throttleGroupError is a throttle-group's setters (no negative limit)
// then its complete (throttle_is_valid over its x-* limits).
func throttleGroupError(props map[string]string) error {
	n := func(k string) (uint64, bool) {
		v, err := smp.ParseInt64(props["x-"+k]) // qemu_strtoi64, base 0
		return uint64(v), err == nil
	}
	for k, v := range props {
		if strings.HasPrefix(k, "x-") && strings.HasPrefix(v, "-") {
			return errors.New("Property values cannot be negative")
		}
	}
	cfg := throttle.New()
	for i, b := range []string{"bps-total", "bps-read", "bps-write", "iops-total", "iops-read", "iops-write"} {
		bk := &cfg.Buckets[i]
		bk.Avg, _ = n(b)
		bk.Max, _ = n(b + "-max")
		if l, ok := n(b + "-max-length"); ok {
			bk.BurstLength = l
		}
	}
	cfg.OpSize, _ = n("iops-size")
	return cfg.Valid()
}

// ThrottleLimitsProps moves a throttle-group's "limits" given as keys
// (limits.iops-total=100, as -object's JSON form reads too) to the x-*
// properties the group keeps them in. The limits setter checks each value
// first (throttle_limits_to_config's range).
func ThrottleLimitsProps(props map[string]string) error {
	keys := make([]string, 0, len(props))
	for k := range props {
		if strings.HasPrefix(k, "limits.") {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	var bad error
	for _, k := range keys {
		v := props[k]
		delete(props, k)
		if n, err := strconv.ParseInt(v, 10, 64); err != nil || n < 0 || n > 1000000000000000 {
			bad = errors.New("bps/iops/max values must be within [0, 1000000000000000]")
			continue
		}
		props["x-"+strings.TrimPrefix(k, "limits.")] = v
	}
	return bad
}

// powerOf2Size: a size that parses and is a power of two.
func powerOf2Size(v string) bool {
	n, ok := qdev.StrToSize(v)
	return ok && n > 0 && n&(n-1) == 0
}

// isZeroSize: a size that parses as 0.
func isZeroSize(v string) bool {
	n, ok := qdev.StrToSize(v)
	return ok && n == 0
}

// TypeOf is the type of the object of that id in /objects.
func TypeOf(m *machine.Machine, id string) (string, bool) {
	for _, o := range Of(m) {
		if o.ID == id {
			return o.Type, true
		}
	}
	return "", false
}

// SecretKeyError is qcrypto_secret_decrypt's checks before it deciphers:
// the key (key: the object keyid names, nil when none), a secret of 32
// bytes, then the IV. Deciphering itself is not simulated.
func SecretKeyError(keyID string, key *Object, iv string, fileLength func(path string) int64) error {
	switch {
	case key == nil:
		return fmt.Errorf("No secret with id '%s'", keyID)
	case key.Type != "secret":
		return fmt.Errorf("Object with id '%s' is not a secret", keyID)
	}
	n := int64(len(key.Props["data"]))
	if f := key.Props["file"]; f != "" {
		n = fileLength(f)
	}
	if key.Props["format"] == "base64" {
		n = int64(base64.StdEncoding.DecodedLen(len(key.Props["data"])) - strings.Count(key.Props["data"], "="))
	}
	if n != 32 {
		return errors.New("Key should be 32 bytes in length")
	}
	if iv == "" {
		return errors.New("IV is required to decrypt secret")
	}
	return nil
}

// qomPropType is the QOM type of an object type's property as
// qom-list-properties printed it ("uint32", "int", ...; "" unknown).
func qomPropType(rel *release.Release, target, typ, name string) string {
	list, ok := qom.ClassProperties(rel, target, typ)
	if !ok {
		return ""
	}
	l, _ := list.([]any)
	for _, e := range l {
		if o, isObj := e.(qjson.Object); isObj {
			if n, _ := o.Get("name"); n == name {
				t, _ := o.Get("type")
				s, _ := t.(string)
				return s
			}
		}
	}
	return ""
}

// unsignedWidths are the unsigned QOM property types by their largest value.
var unsignedWidths = map[string]uint64{"uint8": math.MaxUint8, "uint16": math.MaxUint16, "uint32": math.MaxUint32, "uint64": math.MaxUint64}

// unsignedSetterError is an unsigned property's setter under the QemuOpts
// visitor: opts_type_uint64's parse_uint (no sign), then visit_type_uintN's
// range.
func unsignedSetterError(name, v, qomType string) error {
	max, ok := unsignedWidths[qomType]
	if !ok {
		return nil
	}
	t := strings.TrimLeft(v, " \t\n\v\f\r")
	if strings.HasPrefix(t, "-") {
		return fmt.Errorf("Parameter '%s' expects a uint64 value", name)
	}
	n, err := smp.ParseInt64(t)
	if err != nil {
		u, uerr := strconv.ParseUint(strings.TrimPrefix(t, "+"), 10, 64)
		if uerr != nil {
			return nil // left to the visit's own words
		}
		n = int64(u)
		if u > math.MaxInt64 && max == math.MaxUint64 {
			return nil
		}
	}
	if uint64(n) > max {
		return fmt.Errorf("Parameter '%s' expects %s_t", name, qomType)
	}
	return nil
}

// uint32Members are the ObjectOptions members QAPI types uint32 whose QOM
// property says "int" (or nothing): their setters visit a uint32 all the
// same (prealloc-threads, measured).
var uint32Members = map[string]bool{"queues": true, "prealloc-threads": true, "interval": true, "cbitpos": true,
	"reduced-phys-bits": true, "expired_scan_cycle": true, "max_queue_size": true}

// uintType is the unsigned type an object property's setter visits
// ("uint32", ...), "" when it is not a narrow unsigned one.
func uintType(rel *release.Release, target, typ, name string) string {
	if t := qomPropType(rel, target, typ, name); unsignedWidths[t] != 0 {
		return t
	}
	if uint32Members[name] && qapi.For(rel, target).VariantMemberUnsigned("object-add", typ, name) {
		return "uint32"
	}
	return ""
}

// WidthError is the keyval and JSON visitors' range check of an object's
// narrow unsigned properties (object_add, object-add): qemu_strtou64 takes
// a sign (-1 wraps), then visit_type_uintN refuses what does not fit.
func WidthError(rel *release.Release, target, typ string, props map[string]string) error {
	for _, k := range slices.Sorted(maps.Keys(props)) {
		t := uintType(rel, target, typ, k)
		if t == "" {
			continue
		}
		if n, ok := qdev.StrToU64(props[k]); ok && n > unsignedWidths[t] {
			return fmt.Errorf("Parameter '%s' expects %s_t", k, t)
		}
	}
	return nil
}

// number reads an integer property's text as the visitors do (base 0,
// blanks and a sign before); -1 when it does not read.
func number(v string) int64 {
	if n, err := smp.ParseInt64(v); err == nil {
		return n
	}
	return -1
}
