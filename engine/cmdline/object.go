package cmdline

import (
	"errors"
	"fmt"
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
		if err := object.CheckKeys(o.rel, string(o.Target), typ, keys, vals); err != nil {
			return err
		}
	}
	props := map[string]string{}
	for i, k := range keys {
		props[k] = vals[i]
	}
	o.objects = append(o.objects, object.Object{ID: id, Type: typ, Props: props})
	// What creating the object checks (its setters, then its complete).
	never := "\x00" // a path no host has: the check always fails
	switch {
	case typ == "secret" && props["file"] == "" && props["data"] == "":
		o.objectFiles = append(o.objectFiles, objectFile{path: never, msg: "Either 'file' or 'data' must be provided"})
	case typ == "cryptodev-backend-builtin" && props["queues"] == "0":
		o.objectFiles = append(o.objectFiles, objectFile{path: never, msg: "Property 'cryptodev-backend-builtin.queues' doesn't take value '0'"})
	case typ == "rng-random" && props["filename"] != "" && !hostDevices[props["filename"]]:
		o.objectFiles = append(o.objectFiles, objectFile{path: props["filename"],
			msg: fmt.Sprintf("Could not open '%s': No such file or directory", props["filename"])})
	case typ == "iothread":
		for _, k := range []string{"poll-max-ns", "poll-grow", "poll-shrink"} {
			if strings.HasPrefix(props[k], "-") {
				o.objectFiles = append(o.objectFiles, objectFile{path: never, msg: fmt.Sprintf("%s value must be in range [0, 9223372036854775807]", k)})
				break
			}
		}
	case strings.HasPrefix(typ, "memory-backend-"):
		if props["prealloc-threads"] == "0" {
			o.objectFiles = append(o.objectFiles, objectFile{path: never, late: true,
				msg: fmt.Sprintf("property 'prealloc-threads' of %s doesn't take value '0'", typ)})
		}
		if props["host-nodes"] != "" && (props["policy"] == "" || props["policy"] == "default") {
			o.objectFiles = append(o.objectFiles, objectFile{path: never, late: true,
				msg: "host-nodes must be empty for policy default, or you should explicitly specify a policy other than default"})
		}
	}
	for i, k := range keys {
		switch {
		case typ == "secret" && k == "file":
			o.objectFiles = append(o.objectFiles, objectFile{path: vals[i], late: false,
				msg: fmt.Sprintf("Unable to read %s: Failed to open file “%s”: No such file or directory", vals[i], vals[i])})
		case typ == "memory-backend-file" && k == "mem-path":
			o.objectFiles = append(o.objectFiles, objectFile{path: vals[i], late: true,
				msg: fmt.Sprintf("can't open backing store %s for guest RAM: No such file or directory", vals[i])})
		}
	}
	return nil
}

// hostDevices are device nodes every Linux host has (the simulated host
// holds files only).
var hostDevices = map[string]bool{"/dev/urandom": true, "/dev/random": true, "/dev/null": true, "/dev/zero": true}

// objectFile is a host file an object opens when it is created: a
// secret's file (an early backend), a memory backend's mem-path (late).
type objectFile struct {
	path, msg string
	late      bool
}

// objectFileError is the first object of that creation pass whose file
// the host lacks.
func (o *Options) objectFileError(late bool) error {
	for _, f := range o.objectFiles {
		if _, ok := o.Block.Host.Lookup(f.path); f.late == late && !ok {
			return errors.New(f.msg)
		}
	}
	return nil
}
