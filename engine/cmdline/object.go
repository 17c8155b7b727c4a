package cmdline

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"hotpluglab/engine/hostfs"
	"hotpluglab/engine/keyval"
	"hotpluglab/engine/object"
	"hotpluglab/engine/qemuopts"
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
	kv, err := jsonAsOpts(v)
	if typ, _ := parsed.(qjson.Object).Get("qom-type"); typ == "memory-backend-ram" {
		// The QObject input visitor reads a negative integer for the
		// size (a uint64) modulo 2^64 (pe-x-nmo-54).
		if n, ok := parsed.(qjson.Object).Get("size"); ok {
			if i, err := strconv.ParseInt(fmt.Sprint(n), 10, 64); err == nil && i < 0 {
				kv = strings.Replace(kv, "size="+fmt.Sprint(n), "size="+strconv.FormatUint(uint64(i), 10), 1)
			}
		}
	}
	return kv, err
}

// objectKeys checks a key=value -object's keys against its type (the
// memory backends are checked by engine/numa) and records the object.
func (o *Options) objectKeys(v string, jsonForm bool) error {
	keys, vals := qemuOpts(v, "qom-type")
	if !jsonForm {
		// keyval takes a bare "help" or "?" out as a help request (no
		// help for this type: the visit goes on without it)
		for i, p := len(keys)-1, qemuopts.Split(v); i > 0; i-- {
			if i < len(p) && keyval.IsHelpOption(p[i]) {
				keys, vals = slices.Delete(keys, i, i+1), slices.Delete(vals, i, i+1)
			}
		}
	}
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
	if typ == "secret" && props["keyid"] != "" {
		if err := o.secretKeyError(props); err != nil {
			o.objectFiles = append(o.objectFiles, objectFile{msg: err.Error()})
		}
	}
	o.objects = append(o.objects, object.Object{ID: id, Type: typ, Props: props})
	if typ == "throttle-group" {
		if err := object.ThrottleLimitsProps(props); err != nil {
			o.objectFiles = append(o.objectFiles, objectFile{msg: err.Error()})
		}
	}
	// What creating the object checks (its setters, then its complete);
	// memory backends are made late, the others early.
	if o.Objects.SchemaOnly(typ) && !object.Creatable(o.rel, string(o.Target), typ) {
		// user_creatable_add_type: no such class in this binary
		o.objectFiles = append(o.objectFiles, objectFile{late: strings.HasPrefix(typ, "memory-backend-"), msg: "invalid object type: " + typ})
	} else if err := object.CreationError(typ, props, func(p string) bool { _, ok := o.Block.Host.Lookup(p); return ok }); err != nil {
		o.objectFiles = append(o.objectFiles, objectFile{late: strings.HasPrefix(typ, "memory-backend-"), msg: err.Error()})
	}
	if c, ok := props["chardev"]; typ == "rng-egd" && ok {
		// rng_egd_opened looks its chardev up when the late backends are
		// made (after the chardevs), with no option's location.
		o.objectFiles = append(o.objectFiles, objectFile{late: true, chardev: c, msg: fmt.Sprintf("Device '%s' not found", c)})
	}
	for i, k := range keys {
		switch {
		case typ == "secret" && k == "file":
			if h, ok := o.Block.Host.Lookup(vals[i]); ok && props["format"] == "base64" && props["data"] == "" && h.Length() > 0 {
				// qbase64_decode of what the file holds: the simulated
				// host's files are zeros, or an image's binary header.
				o.objectFiles = append(o.objectFiles, objectFile{msg: "Base64 data contains embedded NUL characters"})
				continue
			}
			o.objectFiles = append(o.objectFiles, objectFile{path: vals[i], late: false,
				msg: fmt.Sprintf("Unable to read %s: Failed to open file “%s”: No such file or directory", vals[i], vals[i])})
		case typ == "memory-backend-file" && k == "mem-path":
			o.objectFiles = append(o.objectFiles, objectFile{path: vals[i], late: true, backingStore: true, readonly: isOn(props["readonly"])})
		}
	}
	return nil
}

// objectFile is a host file an object opens when it is created (a
// secret's file: an early backend; a memory backend's mem-path: late), or
// another creation error (no path: it fails whatever the host has).
type objectFile struct {
	path, msg    string
	late         bool
	chardev      string // rng-egd's chardev, looked up when it is made
	backingStore bool   // a memory backend's mem-path: a file or a directory to make one in
	readonly     bool   // the backend's readonly=on: a directory will not do
}

// objectFileError is the first object of that creation pass whose file
// the host lacks.
func (o *Options) objectFileError(late bool) error {
	for _, f := range o.objectFiles {
		if f.chardev != "" {
			if f.late != late {
				continue
			}
			if o.Chr == nil || o.Chr.Find(f.chardev) == nil {
				return errors.New(f.msg)
			}
			// rng_egd_opened: qemu_chr_fe_init takes the chardev, and its
			// handlers open the frontend (query-chardev: frontend-open).
			if msg := o.Chr.Claim(f.chardev, "rng-egd"); msg != "" {
				return errors.New(msg)
			}
			continue
		}
		if f.backingStore {
			if err := o.backingStoreError(f.path); err != nil && f.late == late {
				return err
			}
			if h, found := o.Block.Host.Lookup(f.path); f.readonly && f.late == late && (commonHostDirs[f.path] || found && h.Format == hostfs.Dir) {
				msg := o.rel.ReadonlyBackingDirError
				if strings.Contains(msg, "%s") {
					msg = fmt.Sprintf(msg, f.path)
				}
				return errors.New(msg)
			}
			continue
		}
		if _, ok := o.Block.Host.Lookup(f.path); f.late == late && (f.path == "" || !ok) {
			return errors.New(f.msg)
		}
	}
	return nil
}

// secretKeyError is qcrypto_secret_decrypt's checks before it deciphers:
// the key, an earlier secret of 32 bytes, then the IV. Deciphering itself
// is not simulated.
func (o *Options) secretKeyError(props map[string]string) error {
	keyID := props["keyid"]
	var key *object.Object
	for i := range o.objects {
		if o.objects[i].ID == keyID {
			key = &o.objects[i]
		}
	}
	return object.SecretKeyError(keyID, key, props["iv"], func(path string) int64 {
		h, _ := o.Block.Host.Lookup(path)
		return h.Length()
	})
}

// linkError is setting a link property to the object id: it must exist
// and be of the type the link wants (object_resolve_link).
func (o *Options) linkError(prop, id, want string) error {
	i := slices.IndexFunc(o.objects, func(x object.Object) bool { return x.ID == id })
	switch {
	case i < 0:
		return fmt.Errorf("Device '%s' not found", id)
	case o.objects[i].Type != want:
		return fmt.Errorf("Invalid parameter type for '%s', expected: %s", prop, want)
	}
	return nil
}

// preallocContextError is the memory backends' prealloc-context links,
// set before their size as the backends are made (after
// prealloc-threads, whose refusal comes first).
func (o *Options) preallocContextError() error {
	for _, b := range o.objects {
		id, ok := b.Props["prealloc-context"]
		if !ok || !strings.HasPrefix(b.Type, "memory-backend-") || b.Props["prealloc-threads"] == "0" {
			continue
		}
		if err := o.linkError("prealloc-context", id, "thread-context"); err != nil {
			return err
		}
	}
	return nil
}
