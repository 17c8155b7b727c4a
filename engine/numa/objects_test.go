package numa

import "testing"

// A backend's merge and dump: its own property, else the machine's
// mem-merge / dump-guest-core, else on.
func TestBackendFlag(t *testing.T) {
	for _, c := range []struct {
		own                string
		ownGiven           bool
		machine            string
		machineGiven, want bool
	}{
		{"", false, "", false, true},
		{"", false, "off", true, false},
		{"on", true, "off", true, true},
		{"off", true, "", false, false},
		{"", false, "on", true, true},
		{"false", true, "on", true, false},
	} {
		if got := BackendFlag(c.own, c.ownGiven, c.machine, c.machineGiven); got != c.want {
			t.Errorf("BackendFlag(%q given %v, machine %q given %v) = %v, want %v", c.own, c.ownGiven, c.machine, c.machineGiven, got, c.want)
		}
	}
}

// A type the ObjectType enum has (InSchema) parses like the others: the
// id is wanted first; a type neither lists is refused by the visit.
func TestObjectTypeFromSchema(t *testing.T) {
	inSchema := func(typ string) bool { return typ == "authz-pam" || typ == "pef-guest" }
	for arg, want := range map[string]string{"authz-pam": "Parameter 'id' is missing",
		"pef-guest,help": "Parameter 'id' is missing", "nosuch,id=a": "Parameter 'qom-type' does not accept value 'nosuch'"} {
		o := NewObjects()
		o.InSchema = inSchema
		if _, err := o.Parse(arg); err == nil || err.Error() != want {
			t.Errorf("Parse(%q) = %v, want %q", arg, err, want)
		}
	}
	o := NewObjects()
	o.InSchema = inSchema
	if !o.SchemaOnly("authz-pam") || o.SchemaOnly("iothread") || o.SchemaOnly("nosuch") {
		t.Error("SchemaOnly: authz-pam only")
	}
}
