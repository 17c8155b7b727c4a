package cmdline

import (
	"strings"

	"hotpluglab/engine/object"
	"hotpluglab/engine/qjson"
)

// objectOption is -object's reading at the option (object_option_parse):
// help, then the JSON form's visit. It returns the key=value text the
// rest of the option's handling reads.
func (o *Options) objectOption(a, v string) (string, error) {
	loc := func(err error) error { return &exit{code: 1, msg: a + " " + v + ": " + err.Error()} }
	if out, ok := object.Help(o.rel, string(o.Target), v); ok {
		return "", &exit{code: 0, stdout: out}
	}
	if !strings.HasPrefix(v, "{") {
		return v, nil
	}
	if err := checkJSONObject(v); err != nil {
		return "", loc(err)
	}
	parsed, _ := qjson.Parse([]byte(v))
	if err := object.CheckJSON(o.rel, string(o.Target), parsed.(qjson.Object)); err != nil {
		return "", loc(err)
	}
	return jsonAsKeyval(v)
}

// objectKeys checks a key=value -object's keys against its type (the
// memory backends are checked by engine/numa) and records the object.
func (o *Options) objectKeys(v string, jsonForm bool) error {
	keys, vals := qemuOpts(v, "qom-type")
	var typ, id string
	for i, k := range keys {
		switch k {
		case "qom-type":
			typ = vals[i]
		case "id":
			id = vals[i]
		}
	}
	if !jsonForm && !strings.HasPrefix(typ, "memory-backend-") {
		if err := object.CheckKeys(o.rel, string(o.Target), typ, keys); err != nil {
			return err
		}
	}
	o.objects = append(o.objects, object.Object{ID: id, Type: typ})
	return nil
}
