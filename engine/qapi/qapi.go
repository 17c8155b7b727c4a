// Package qapi is QEMU's QAPI input visitor over a release's recorded
// query-qmp-schema: QMP command arguments, and the options QEMU reads
// through the same types (-blockdev, -object, -netdev), in JSON form or
// in keyval form (every scalar a string, parsed by the member's type).
package qapi

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"hotpluglab/engine/qjson"
	"hotpluglab/engine/qom"
	"hotpluglab/engine/release"
	"hotpluglab/engine/smp"
)

// The argument checking (the QObject input visitor over the command's
// argument type), driven by the release's recorded query-qmp-schema: the
// members in schema order (missing, then wrong type, recursively), union
// variants by their tag, then the first member nobody asked for.
//
// Introspection folds every integer type into "int", so the range errors
// of the narrower ones ("Parameter 'x' expects uint32_t") are the
// commands' own business.

type schemaEntity struct {
	Name        string          `json:"name"`
	MetaType    string          `json:"meta-type"`
	JSONType    string          `json:"json-type"`
	Members     []schemaMember  `json:"members"`
	Values      []string        `json:"values"`
	Tag         string          `json:"tag"`
	Variants    []schemaVariant `json:"variants"`
	ElementType string          `json:"element-type"`
	ArgType     string          `json:"arg-type"`
	AllowOOB    bool            `json:"allow-oob"`
	Features    []string        `json:"features"`
}

type schemaMember struct {
	Name     string          `json:"name"`
	Type     string          `json:"type"`
	Default  json.RawMessage `json:"default"` // present (even null) = optional
	Optional bool            `json:"-"`
}

type schemaVariant struct {
	Case string `json:"case"`
	Type string `json:"type"`
}

// Schema is one binary's introspected QAPI schema.
type Schema struct {
	entities map[string]*schemaEntity
	// unsigned are the members, by the object type that has them, whose
	// QAPI type is unsigned (uint64, size, ...): introspection says "int"
	// for all of them, but the input visitor's errors differ
	// (release's qapi-unsigned.json, measured).
	unsigned map[string]map[string]bool
	// text is the recorded query-qmp-schema return, as printed.
	text string
}

// Entity is a schema entry (a command, a type).
type Entity = schemaEntity

var schemas sync.Map // release/target -> *Schema

// For is a release's QAPI schema for a target (nil if not recorded), read
// on first use.
func For(rel *release.Release, target string) *Schema {
	key := rel.Name + "/" + target
	if s, ok := schemas.Load(key); ok {
		return s.(*Schema)
	}
	s, _ := schemas.LoadOrStore(key, loadSchema(rel, target))
	return s.(*Schema)
}

// Text is the recorded query-qmp-schema return.
func (s *Schema) Text() string {
	if s == nil {
		return ""
	}
	return s.text
}

func loadSchema(rel *release.Release, target string) *Schema {
	text := rel.Text("qmp-schema-" + target + ".json")
	var list []struct {
		schemaEntity
		Members []json.RawMessage `json:"members"`
	}
	if json.Unmarshal([]byte(text), &list) != nil {
		return nil
	}
	s := &Schema{entities: map[string]*schemaEntity{}, text: text}
	for i := range list {
		e := list[i].schemaEntity
		for _, raw := range list[i].Members {
			var m schemaMember
			var probe map[string]json.RawMessage
			_ = json.Unmarshal(raw, &m)
			_ = json.Unmarshal(raw, &probe)
			_, m.Optional = probe["default"]
			e.Members = append(e.Members, m)
		}
		s.entities[e.Name] = &e
	}
	s.unsigned = unsignedMembers(s, rel.Text("qapi-unsigned.json"))
	return s
}

// unsignedMembers resolves the release's table of unsigned members (by
// command, and by object-add's qom-type) to the object types that hold them.
func unsignedMembers(s *Schema, text string) map[string]map[string]bool {
	var table struct {
		Commands  map[string][]string `json:"commands"`
		ObjectAdd map[string][]string `json:"object-add"`
		// Variants are a union command's members by its tag's value
		// (set-numa-node's NumaOptions).
		Variants map[string]map[string][]string `json:"variants"`
	}
	out := map[string]map[string]bool{}
	if json.Unmarshal([]byte(text), &table) != nil {
		return out
	}
	add := func(typ string, members []string) {
		if typ == "" {
			return
		}
		if out[typ] == nil {
			out[typ] = map[string]bool{}
		}
		for _, m := range members {
			out[typ][m] = true
		}
	}
	for cmd, members := range table.Commands {
		if c := s.Command(cmd); c != nil {
			add(c.ArgType, members)
		}
	}
	if c := s.Command("object-add"); c != nil && s.entities[c.ArgType] != nil {
		for _, v := range s.entities[c.ArgType].Variants {
			add(v.Type, table.ObjectAdd[v.Case])
		}
	}
	for cmd, byCase := range table.Variants {
		if c := s.Command(cmd); c != nil && s.entities[c.ArgType] != nil {
			for _, v := range s.entities[c.ArgType].Variants {
				add(v.Type, byCase[v.Case])
			}
		}
	}
	return out
}

// Command is the schema entry of a command, nil when the release has none.
func (s *Schema) Command(name string) *schemaEntity {
	if s == nil {
		return nil
	}
	if e := s.entities[name]; e != nil && e.MetaType == "command" {
		return e
	}
	return nil
}

// EnumHas says whether v is a value of the enum that has member (the
// introspection names enums by number, so one is found by a value of it).
func (s *Schema) EnumHas(member, v string) bool {
	if s == nil {
		return false
	}
	for _, e := range s.entities {
		if e.MetaType == "enum" && slices.Contains(e.Values, member) {
			return slices.Contains(e.Values, v)
		}
	}
	return false
}

// EnumHasAll says whether one enum has every value given (an enum found
// by two of its values, where one is shared by several enums).
func (s *Schema) EnumHasAll(vals ...string) bool {
	if s == nil {
		return false
	}
	for _, e := range s.entities {
		if e.MetaType == "enum" && !slices.ContainsFunc(vals, func(v string) bool { return !slices.Contains(e.Values, v) }) {
			return true
		}
	}
	return false
}

// visitPath is the input visitor's stack, for full_name(): "a.b[0].c".
type visitPath []string

func (p visitPath) name(member string) string {
	full := ""
	for _, seg := range p {
		full += seg
	}
	if member != "" {
		if full != "" {
			full += "."
		}
		full += member
	}
	if full == "" {
		return "<anonymous>"
	}
	return full
}

func (p visitPath) member(name string) visitPath {
	q := append(visitPath{}, p...)
	if name == "" { // a list element: its path ends in its index
		return q
	}
	if len(q) > 0 {
		name = "." + name
	}
	return append(q, name)
}

func (p visitPath) index(i int) visitPath {
	return append(append(visitPath{}, p...), "["+strconv.Itoa(i)+"]")
}

// uint64Value is qobject_input_type_uint64 (and _size): a number that
// fits 64 bits, negative ones too (for backward compatibility).
func uint64Value(full string, v any) error {
	if n, ok := v.(json.Number); ok {
		if _, err := strconv.ParseUint(string(n), 10, 64); err == nil {
			return nil
		}
		if _, err := n.Int64(); err == nil {
			return nil
		}
	}
	return fmt.Errorf("Parameter '%s' expects uint64", full)
}

func typeError(full, want string) error {
	return fmt.Errorf("Invalid parameter type for '%s', expected: %s", full, want)
}

// CheckArgs visits a command's arguments against its argument type.
func (s *Schema) CheckArgs(cmd *schemaEntity, args qjson.Object) error {
	if cmd == nil {
		return nil
	}
	t := s.entities[cmd.ArgType]
	if t == nil {
		return nil
	}
	return (&visitor{Schema: s}).visitObject(t, args, nil)
}

// CheckKeyval visits an option given as keyval (-blockdev driver=file,...)
// against a command's argument type: every scalar is a string the
// member's type parses (keyval input visitor).
func (s *Schema) CheckKeyval(cmd string, args qjson.Object) error {
	c := s.Command(cmd)
	if c == nil || s.entities[c.ArgType] == nil {
		return nil
	}
	return (&visitor{Schema: s, keyval: true}).visitObject(s.entities[c.ArgType], args, nil)
}

// CheckJSON is CheckArgs by a command's name.
func (s *Schema) CheckJSON(cmd string, args qjson.Object) error {
	return s.CheckArgs(s.Command(cmd), args)
}

// visitor is one visit: the schema, and whether scalars come as keyval text.
type visitor struct {
	*Schema
	keyval bool
}

// keyvalScalar parses a keyval string as a builtin type; the error is the
// keyval visitor's.
func keyvalScalar(jsonType, full string, v any) error {
	str, ok := v.(string)
	if !ok {
		if _, obj := v.(qjson.Object); obj && jsonType != "value" {
			return fmt.Errorf("Parameter '%s' expects %s", full, map[string]string{"string": "a string", "boolean": "'on' or 'off'", "int": "integer", "number": "number"}[jsonType])
		}
		return nil
	}
	switch jsonType {
	case "boolean":
		switch str {
		case "on", "yes", "true", "y", "off", "no", "false", "n":
			return nil
		}
		return fmt.Errorf("Parameter '%s' expects 'on' or 'off'", full)
	case "int":
		// qemu_strtoi64 in base 0: blanks before, 0x and 0 prefixes
		if _, err := smp.ParseInt64(str); err != nil {
			return fmt.Errorf("Parameter '%s' expects integer", full)
		}
	case "number":
		if _, err := strconv.ParseFloat(str, 64); err != nil {
			return fmt.Errorf("Parameter '%s' expects number", full)
		}
	}
	return nil
}

func (s *visitor) visitObject(t *schemaEntity, o qjson.Object, path visitPath) error {
	var visited []string // in the order the visitor takes them
	if err := s.visitMembers(t, o, path, &visited); err != nil {
		return err
	}
	// The visitor keeps the members not yet visited in a GHashTable
	// filled in QDict order; the first one its walk finds is reported.
	left := qom.NewTable()
	for _, m := range o.Ordered() {
		left.Insert(m.Key)
	}
	for _, k := range visited {
		left.Remove(k)
	}
	if keys := left.Keys(); len(keys) > 0 {
		// A member's name is printed even when empty (recorded: '').
		name := path.name(keys[0])
		if keys[0] == "" {
			name = strings.TrimSuffix(path.name("x"), "x")
		}
		return fmt.Errorf("Parameter '%s' is unexpected", name)
	}
	return nil
}

func (s *visitor) visitMembers(t *schemaEntity, o qjson.Object, path visitPath, visited *[]string) error {
	for _, m := range t.Members {
		v, ok := o.Get(m.Name)
		if !ok {
			if m.Optional {
				continue
			}
			return fmt.Errorf("Parameter '%s' is missing", path.name(m.Name))
		}
		*visited = append(*visited, m.Name)
		if s.unsigned[t.Name][m.Name] && !s.keyval {
			if mt := s.entities[m.Type]; mt != nil && mt.MetaType == "array" {
				// a list of unsigned integers (host-nodes): each element
				l, isList := v.([]any)
				if !isList {
					return typeError(path.name(m.Name), "array")
				}
				for i, e := range l {
					if err := uint64Value(path.member(m.Name).index(i).name(""), e); err != nil {
						return err
					}
				}
				continue
			}
			if err := uint64Value(path.name(m.Name), v); err != nil {
				return err
			}
			continue
		}
		if err := s.visit(m.Type, m.Name, v, path); err != nil {
			return err
		}
	}
	if t.Tag == "" {
		return nil
	}
	tag, _ := o.Get(t.Tag)
	for _, v := range t.Variants {
		if v.Case == tag {
			if vt := s.entities[v.Type]; vt != nil {
				return s.visitMembers(vt, o, path, visited)
			}
		}
	}
	return nil
}

// visit checks one value; name is the member's name ("" for a list element).
func (s *visitor) visit(typ, name string, v any, path visitPath) error {
	full := path.name(name)
	t := s.entities[typ]
	if t == nil {
		return nil
	}
	switch t.MetaType {
	case "builtin":
		if s.keyval {
			return keyvalScalar(t.JSONType, full, v)
		}
		want := ""
		switch t.JSONType {
		case "string":
			if _, ok := v.(string); !ok {
				want = "string"
			}
		case "boolean":
			if _, ok := v.(bool); !ok {
				want = "boolean"
			}
		case "int":
			n, ok := v.(json.Number)
			if _, err := n.Int64(); !ok || err != nil {
				want = "integer"
			}
		case "number":
			if _, ok := v.(json.Number); !ok {
				if _, ok := v.(float64); !ok {
					want = "number"
				}
			}
		case "null":
			if v != nil {
				want = "null"
			}
		}
		if want != "" {
			return typeError(full, want)
		}
	case "enum":
		str, ok := v.(string)
		if !ok {
			return typeError(full, "string")
		}
		for _, val := range t.Values {
			if val == str {
				return nil
			}
		}
		if name == "" {
			name = "null"
		}
		return fmt.Errorf("Parameter '%s' does not accept value '%s'", name, str)
	case "array":
		l, ok := v.([]any)
		if !ok {
			return typeError(full, "array")
		}
		for i, e := range l {
			if err := s.visit(t.ElementType, "", e, path.member(name).index(i)); err != nil {
				return err
			}
		}
	case "object":
		o, ok := v.(qjson.Object)
		if !ok {
			return typeError(full, "object")
		}
		return s.visitObject(t, o, path.member(name))
	case "alternate":
		for _, m := range t.Members {
			if s.jsonTypeFits(m.Type, v) {
				return s.visit(m.Type, name, v, path)
			}
		}
		// visit_type_<Alternate> names the member as given ("null" for a
		// list's element), not its full path, and the type by its C name.
		if name == "" {
			name = "null"
		}
		return typeError(name, s.alternateName(t, typ))
	}
	return nil
}

// alternateName is an alternate's QAPI name, which introspection masks:
// known by its branches (measured on both releases' messages).
func (s *visitor) alternateName(t *schemaEntity, masked string) string {
	var sig []string
	for _, m := range t.Members {
		b := s.entities[m.Type]
		switch {
		case b == nil || b.MetaType == "builtin":
			sig = append(sig, m.Type)
		case b.MetaType == "object" && len(b.Members) > 0:
			sig = append(sig, "object:"+b.Members[0].Name)
		default:
			sig = append(sig, b.MetaType)
		}
	}
	switch strings.Join(sig, " ") {
	case "object:driver str":
		return "BlockdevRef"
	case "object:driver str null":
		return "BlockdevRefOrNull"
	case "str null":
		return "StrOrNull"
	case "str object:node":
		return "BlockDirtyBitmapOrStr"
	case "object:template enum":
		return "Qcow2OverlapChecks"
	case "int bool array":
		return "StatsValue"
	}
	return masked
}

// jsonTypeFits says whether an alternate's branch takes a value of v's type.
func (s *visitor) jsonTypeFits(typ string, v any) bool {
	t := s.entities[typ]
	if t == nil {
		return false
	}
	switch t.MetaType {
	case "enum":
		_, ok := v.(string)
		return ok
	case "object":
		_, ok := v.(qjson.Object)
		return ok
	case "array":
		_, ok := v.([]any)
		return ok
	case "builtin":
		if s.keyval {
			_, obj := v.(qjson.Object)
			return obj == (t.JSONType == "value") || !obj
		}
		switch t.JSONType {
		case "string":
			_, ok := v.(string)
			return ok
		case "boolean":
			_, ok := v.(bool)
			return ok
		case "int", "number":
			_, ok := v.(json.Number)
			_, f := v.(float64)
			return ok || f && t.JSONType == "number"
		case "null":
			return v == nil
		case "value":
			return true
		}
	}
	return false
}

// VariantMembers are the member names of a command's argument union for
// one tag value (object-add's members of qom-type "iothread"); nil when
// the schema has no such branch.
func (s *Schema) VariantMembers(cmd, tag string) []string {
	c := s.Command(cmd)
	if c == nil || s.entities[c.ArgType] == nil {
		return nil
	}
	for _, v := range s.entities[c.ArgType].Variants {
		if v.Case != tag {
			continue
		}
		names := []string{}
		if t := s.entities[v.Type]; t != nil {
			for _, m := range t.Members {
				names = append(names, m.Name)
			}
		}
		return names
	}
	return nil
}

// VariantMemberUnsigned: the member of a command's variant (object-add's
// qom-type) is of an unsigned QAPI type (uint32, uint64, size, ...), which
// introspection shows as "int" too.
func (s *Schema) VariantMemberUnsigned(cmd, tag, member string) bool {
	c := s.Command(cmd)
	if c == nil || s.entities[c.ArgType] == nil {
		return false
	}
	for _, v := range s.entities[c.ArgType].Variants {
		if v.Case == tag {
			return s.unsigned[v.Type][member]
		}
	}
	return false
}
