package board

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"hotpluglab/engine/chardev"
	"hotpluglab/engine/object"
	"hotpluglab/engine/pci"
	"hotpluglab/engine/qdev"
)

// aliasOwner names the object that really holds an aliased property, as
// the property's own errors name it (isa-serial's chardev is its "serial"
// child's). Virtio proxies' aliases are found in their looks.
var aliasOwner = map[string]string{
	"isa-serial.chardev": "serial", "pci-serial.chardev": "serial",
}

// portChardevs are a multi-port serial card's chardev properties
// (pci-serial-2x, -4x), each claiming its backend as chardev= does.
var portChardevs = []string{"chardev1", "chardev2", "chardev3", "chardev4"}

func isPortChardev(name string) bool { return slices.Contains(portChardevs, name) }

// owner is the type name a property's errors carry.
func owner(d *qdev.Device, prop string) string {
	if o, ok := aliasOwner[d.Type.Name+"."+prop]; ok {
		return o
	}
	for _, p := range d.Props {
		if p.Name == prop {
			return d.Type.Name
		}
	}
	for _, b := range d.Buses {
		for _, c := range b.Children {
			if c.Internal {
				for _, p := range c.Props {
					if p.Name == prop {
						return c.Type.Name
					}
				}
			}
		}
	}
	return d.Type.Name
}

// errAddrType is a PCI address given as neither a JSON string nor a
// number (an object, a list, a boolean, null: measured).
var errAddrType = fmt.Errorf("Invalid parameter type for 'addr', expected int or str")

// setProperty runs one property's setter: typed parsing, then what the
// setter itself checks (a backend that must exist and be free).
func (s *State) setProperty(d *qdev.Device, p qdev.Prop, raw any, vals *values) (any, error) {
	txt, js := text(raw)
	typed := js != nil
	doesNotTake := func() error {
		return fmt.Errorf("Property '%s.%s' doesn't take value '%s'", owner(d, p.Name), p.Name, txt)
	}
	if _, isStr := js.(string); typed && !isStr && ((p.Type == "str" && (p.Name == "netdev" || p.Name == "chardev" || p.Name == "drive")) || strings.HasPrefix(p.Type, "link<")) {
		// the QDict's visitor, before the setter looks the value up (a
		// link's setter reads a string too)
		return nil, fmt.Errorf("Invalid parameter type for '%s', expected: string", p.Name)
	}
	switch {
	case p.Name == "addr" && d.Type.Implements("pci-device"):
		var v any = txt
		if typed {
			switch x := js.(type) {
			case string:
				v = x
			case fmt.Stringer:
				n, err := strconv.ParseInt(x.String(), 10, 64)
				if err != nil { // a number, not an integer: the int visit's own error (measured)
					return nil, fmt.Errorf("Invalid parameter type for 'addr', expected: integer")
				}
				v = n
			case float64: // a number, not an integer (measured)
				return nil, fmt.Errorf("Invalid parameter type for 'addr', expected: integer")
			default:
				// set_pci_devfn tries a string, then an integer
				return nil, errAddrType
			}
		}
		devfn, ok := pci.ParseDevFn(v)
		if !ok {
			if _, isInt := v.(int64); isInt {
				return nil, fmt.Errorf("Parameter 'addr' expects a value between -1 and 255")
			}
			return nil, doesNotTake()
		}
		return devfn, nil
	case p.Name == "mac" && p.Type == "str":
		if typed {
			if _, ok := js.(string); !ok {
				return nil, fmt.Errorf("Invalid parameter type for 'mac', expected: string")
			}
		}
		mac, ok := parseMAC(txt)
		if !ok {
			return nil, doesNotTake()
		}
		return mac, nil
	case p.Name == "netdev" && p.Type == "str":
		switch s.Backends.ClaimNetdev(txt) {
		case "missing":
			return nil, fmt.Errorf("Property '%s.netdev' can't find value '%s'", owner(d, "netdev"), txt)
		case "in use":
			return nil, fmt.Errorf("Property '%s.netdev' can't take value '%s', it's in use", owner(d, "netdev"), txt)
		}
		vals.netdev = txt
		return txt, nil
	case (p.Name == "chardev" || isPortChardev(p.Name)) && p.Type == "str":
		switch e := s.Backends.ClaimChardev(txt, d.Type.Name); e {
		case "":
		case "missing":
			return nil, fmt.Errorf("Property '%s.%s' can't find value '%s'", owner(d, p.Name), p.Name, txt)
		default:
			return nil, fmt.Errorf("Property '%s.%s' can't take value '%s': %s", owner(d, p.Name), p.Name, txt, e)
		}
		if p.Name == "chardev" {
			vals.chardev = txt
		} else {
			vals.ports = append(vals.ports, txt)
		}
		return txt, nil
	case p.Name == "host" && d.Type.Implements("vfio-pci"):
		if _, ok := parsePCIHostAddr(txt); !ok {
			return nil, doesNotTake()
		}
		return txt, nil
	case p.Name == "tpmdev":
		// A TPM backend needs the host's TPM or swtpm: none is ever made.
		return nil, fmt.Errorf("Property '%s.tpmdev' can't find value '%s'", owner(d, "tpmdev"), txt)
	case p.Name == "audiodev" && p.Type == "str":
		if !s.Backends.Audiodev(txt) {
			if f := s.M.Release().AudiodevNotFound; f != "" {
				return nil, fmt.Errorf(f, txt)
			}
			return nil, fmt.Errorf("Property '%s.audiodev' can't find value '%s'", owner(d, "audiodev"), txt)
		}
		return txt, nil
	case p.Name == "drive" && p.Type == "str":
		switch e := s.Backends.ClaimDrive(txt, d.Path, d.Type.Name); e {
		case "":
		case "missing":
			return nil, fmt.Errorf("Property '%s.drive' can't find value '%s'", owner(d, "drive"), txt)
		default:
			if strings.HasPrefix(e, "Permission conflict") {
				vals.permConflict, vals.permDrive = e, txt
				return txt, nil
			}
			return nil, fmt.Errorf("%s", e)
		}
		vals.drive = txt
		return txt, nil
	case strings.HasPrefix(p.Type, "link<"):
		return s.resolveLink(p, txt)
	}
	if sizeTyped[d.Type.Name+"."+p.Name] {
		p.Type = "size"
	}
	if typed {
		if err := qdev.CheckJSONType(p, js); err != nil {
			return nil, err
		}
		txt = qdev.JSONSizeText(p, txt)
	}
	v, err := qdev.ParseValue(p, txt)
	if err != nil && p.Type == "size" {
		// -device and device_add visit their options with the keyval
		// input visitor, whose size error has no suffix hint.
		return nil, fmt.Errorf("Parameter '%s' expects size", p.Name)
	}
	if err == nil && isNVDIMM(d.Type) {
		err = nvdimmSetterError(d.Type.Name, p.Name, v)
	}
	if err == nil && p.Name == "block-size" && strings.HasPrefix(d.Type.Name, "virtio-mem") {
		// virtio_mem_set_block_size: at least VIRTIO_MEM_MIN_BLOCK_SIZE,
		// a power of two
		if n := toU64(v); n < 1<<20 {
			err = fmt.Errorf("'block-size' property has to be at least 0x%x", 1<<20)
		} else if n&(n-1) != 0 {
			err = errors.New("'block-size' property has to be a power of two")
		}
	}
	return v, err
}

// nvdimmSetterError is what nvdimm's own setters refuse once the value is
// read: a label area under MIN_NAMESPACE_LABEL_SIZE (128 KiB), a uuid
// qemu_uuid_parse cannot read.
// The messages name the object's own type (spapr-nvdimm's too).
func nvdimmSetterError(typ, name string, v any) error {
	switch name {
	case "label-size":
		if n := toU64(v); n < 128<<10 {
			return fmt.Errorf("Property '%s.label-size' (0x%x) is required at least 0x%x", typ, n, 128<<10)
		}
	case "uuid":
		if !isUUID(fmt.Sprint(v)) {
			return fmt.Errorf("Property '%s.uuid' has invalid value", typ)
		}
	}
	return nil
}

// sizeTyped are the properties device-list-properties calls "int" whose
// setter reads a size (visit_type_size: "128K"): nvdimm's label area.
var sizeTyped = map[string]bool{"nvdimm.label-size": true, "spapr-nvdimm.label-size": true}

// parsePCIHostAddr is qdev's PCI host address parser (set_pci_host_devaddr):
// [domain:]bus:slot.function, hex but for the decimal function, within
// 0xffff:0xff:0x1f.7. It gives the device's sysfs name, dddd:bb:ss.f.
func parsePCIHostAddr(s string) (string, bool) {
	num := func(base int) (uint64, bool) {
		i := 0
		if base == 16 && len(s) > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
			i = 2
		}
		j := i
		for j < len(s) && (s[j] >= '0' && s[j] <= '9' || base == 16 && strings.ContainsRune("abcdefABCDEF", rune(s[j]))) {
			j++
		}
		if j == i {
			return 0, false
		}
		v, err := strconv.ParseUint(s[i:j], base, 64)
		s = s[j:]
		return v, err == nil
	}
	var dom uint64
	bus, ok := num(16)
	if !ok || !strings.HasPrefix(s, ":") {
		return "", false
	}
	s = s[1:]
	slot, ok := num(16)
	if !ok {
		return "", false
	}
	if strings.HasPrefix(s, ":") {
		s = s[1:]
		dom, bus = bus, slot
		if slot, ok = num(16); !ok {
			return "", false
		}
	}
	if !strings.HasPrefix(s, ".") {
		return "", false
	}
	s = s[1:]
	fn, ok := num(10)
	if !ok || dom > 0xffff || bus > 0xff || slot > 0x1f || fn > 7 || s != "" {
		return "", false
	}
	return fmt.Sprintf("%04x:%02x:%02x.%x", dom, bus, slot, fn), true
}

// ParseMAC reads a MAC property's value (qdev's "xx:xx:xx:xx:xx:xx").
func ParseMAC(s string) ([6]byte, bool) { return parseMAC(s) }

// parseMAC is qdev's macaddr parser: six hex pairs separated by ':' or '-'.
func parseMAC(s string) ([6]byte, bool) {
	var mac [6]byte
	if len(s) != 17 {
		return mac, false
	}
	for i := 0; i < 6; i++ {
		if i > 0 && s[3*i-1] != ':' && s[3*i-1] != '-' {
			return mac, false
		}
		b, err := strconv.ParseUint(s[3*i:3*i+2], 16, 8)
		if err != nil {
			return mac, false
		}
		mac[i] = byte(b)
	}
	return mac, true
}

func macText(m [6]byte) string {
	return fmt.Sprintf("%02x:%02x:%02x:%02x:%02x:%02x", m[0], m[1], m[2], m[3], m[4], m[5])
}

// releaseClaims gives back the backends a failed device had claimed.
func (s *State) releaseClaims(v *values) {
	if v == nil {
		return
	}
	if v.netdev != "" {
		s.Backends.ReleaseNetdev(v.netdev)
	}
	if v.chardev != "" {
		s.Backends.ReleaseChardev(v.chardev)
	}
	for _, id := range v.ports {
		s.Backends.ReleaseChardev(id)
	}
	if v.drive != "" {
		s.Backends.ReleaseDrive(v.drive)
	}
}

// showProps writes the values given into the device's qtree lines, each
// printed as its type prints.
func (s *State) showProps(d *qdev.Device, vals *values) {
	for _, k := range vals.order {
		p, _ := d.Type.Prop(k)
		d.SetProp(k, qtreeValue(p, vals.v[k]))
	}
}

// qtreeValue is a property value as `info qtree` prints it
// (object_property_print, human).
func qtreeValue(p qdev.Prop, v any) string {
	switch x := v.(type) {
	case bool:
		return strconv.FormatBool(x)
	case int64:
		if p.Type == "size" {
			return fmt.Sprintf("%d (%s)", x, qdev.SizeString(uint64(x)))
		}
		return fmt.Sprintf("%d (0x%x)", x, uint64(x))
	case uint64:
		if p.Type == "size" {
			return fmt.Sprintf("%d (%s)", x, qdev.SizeString(x))
		}
		return fmt.Sprintf("%d (0x%x)", x, x)
	case int:
		if p.Name == "addr" {
			return pci.FormatDevFn(x)
		}
		return fmt.Sprintf("%d (0x%x)", x, uint64(x))
	case [6]byte:
		return `"` + macText(x) + `"`
	case string:
		return `"` + x + `"`
	}
	return fmt.Sprint(v)
}

// resolveLink is a link property's setter (object_resolve_link): the path
// resolves among /objects' children (-object's, the board's RAM backend,
// object_add's) and must be of the link's type.
func (s *State) resolveLink(p qdev.Prop, txt string) (any, error) {
	want := strings.TrimSuffix(strings.TrimPrefix(p.Type, "link<"), ">")
	for _, o := range object.Of(s.M) {
		if o.ID == txt || "/objects/"+o.ID == txt {
			if !qdev.LookupType(s.M.Release(), s.M.Target, o.Type).Implements(want) {
				return nil, fmt.Errorf("Invalid parameter type for '%s', expected: %s", p.Name, want)
			}
			return o.ID, nil
		}
	}
	if !s.Backends.Object(txt) {
		if s.qomNames(txt) {
			// Not of the link's type, but a path to some other object
			// (a chardev, a device): object_resolve_link's second lookup.
			return nil, fmt.Errorf("Invalid parameter type for '%s', expected: %s", p.Name, want)
		}
		return nil, &LinkNotFoundError{txt}
	}
	return txt, nil
}

// qomNames says whether a path names any object of the QOM tree besides
// /objects' children: absolute, or partial (a path ending with its
// components: a chardev's id, a device's).
func (s *State) qomNames(path string) bool {
	var parts []string
	for _, c := range strings.Split(path, "/") {
		if c != "" {
			parts = append(parts, c)
		}
	}
	if len(parts) == 0 {
		return false
	}
	want := "/" + strings.Join(parts, "/")
	match := func(p string) bool {
		if strings.HasPrefix(path, "/") {
			return p == want
		}
		return strings.HasSuffix(p, want)
	}
	found := false
	if c := chardev.Of(s.M); c != nil {
		for _, x := range c.QOM() {
			found = found || match("/chardevs/"+x[0])
		}
	}
	if r, ok := s.Backends.(*Registry); ok {
		for id := range r.Chardevs {
			found = found || match("/chardevs/"+id)
		}
		if c, ok := r.CharClaims.(interface{ QOM() [][2]string }); ok {
			for _, x := range c.QOM() {
				found = found || match("/chardevs/"+x[0])
			}
		}
	}
	for _, c := range s.M.CPUs {
		found = found || match(c.QOMPath)
	}
	s.QOMObjects(func(p, _ string) { found = found || match(p) })
	return found
}
