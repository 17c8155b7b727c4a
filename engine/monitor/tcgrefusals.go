package monitor

import (
	"fmt"
	"strings"

	"hotpluglab/engine/block"
	"hotpluglab/engine/qjson"
)

// QMP commands whose answer, once QAPI has accepted their arguments, is a
// refusal on a TCG machine without the feature they drive (measured on both
// releases, round m8): no KVM dirty ring, no record/replay, no SEV, no Xen
// emulation, no VNC display, no block job, no yank instance (the simulated
// backends register none). Where an HMP twin's answer was recorded
// (hmp-lines), the QMP command answers with its text.

// dirtyLimitRefusal is vcpu_dirty_limit_feature_check's error (its stray
// quote included).
const dirtyLimitRefusal = "dirty page limit feature requires KVM with accelerator property 'dirty-ring-size' set'"

func refusal(desc string) QMPCommand {
	return func(*Monitor, qjson.Object) (any, *Error) { return nil, GenericError(desc) }
}

// recordedRefusal answers with an HMP twin's recorded line, as QMP words it.
func recordedRefusal(hmpLine string) QMPCommand {
	return func(mon *Monitor, args qjson.Object) (any, *Error) {
		text, ok := linesOf(mon.M.Release(), string(mon.Target))[hmpLine]
		if !ok {
			return mon.unmodelled(hmpLine, args)
		}
		return nil, GenericError(strings.TrimSuffix(strings.TrimPrefix(text, "Error: "), "\r\n"))
	}
}

func init() {
	registerLater(func() {
		for name, f := range map[string]QMPCommand{
			"set-vcpu-dirty-limit":         refusal(dirtyLimitRefusal),
			"replay-break":                 recordedRefusal("replay_break 4242"),
			"replay-seek":                  recordedRefusal("replay_seek 4242"),
			"xen-event-inject":             recordedRefusal("xen-event-inject 4242"),
			"query-sev-attestation-report": refusal("SEV is not enabled"),
			"sev-inject-launch-secret":     refusal("SEV not enabled for guest"),
			"display-update":               refusal("Can not find vnc display"),
			"block-job-change": func(_ *Monitor, a qjson.Object) (any, *Error) {
				id, _ := a.Get("id")
				return nil, &Error{Class: "DeviceNotActive", Desc: fmt.Sprintf("Block job '%s' not found", id)}
			},
			"yank": func(_ *Monitor, a qjson.Object) (any, *Error) {
				if l, _ := a.Get("instances"); len(asList(l)) > 0 {
					return nil, &Error{Class: "DeviceNotFound", Desc: "Instance not found"}
				}
				return qjson.Object{}, nil
			},
			"device-sync-config": func(mon *Monitor, a qjson.Object) (any, *Error) {
				v, _ := a.Get("id")
				id := orEmpty(v)
				typ := mon.qomObject(peripheralPath(id))
				switch {
				case typ == "":
					return nil, GenericError(fmt.Sprintf("Device '%s' not found", id))
				case !strings.HasPrefix(typ, "virtio-"): // only virtio devices sync their config
					return nil, GenericError(fmt.Sprintf("device-sync-config is not supported for '%s'", typ))
				}
				return mon.unmodelled("device-sync-config", a)
			},
			"cxl-inject-poison": cxlByPath,
			"blockdev-set-active": func(mon *Monitor, a qjson.Object) (any, *Error) {
				if n, has := a.Get("node-name"); has {
					if l := block.Of(mon.M); l == nil || l.Node(orEmpty(n)) == nil {
						return nil, GenericError(fmt.Sprintf("Failed to find node with node-name='%s'", n))
					}
				}
				return mon.unmodelled("blockdev-set-active", a)
			},
		} {
			RegisterQMP(name, f)
		}
		RegisterHMP(&HMPCommand{Name: "set_vcpu_dirty_limit", Run: func(*Monitor, Args) string {
			return "Error: " + dirtyLimitRefusal + "\r\n"
		}})
	})
}

// peripheralPath is where device_del-like commands look for an id that is
// not a path.
func peripheralPath(id string) string {
	if strings.HasPrefix(id, "/") {
		return id
	}
	return "/machine/peripheral/" + id
}

func asList(v any) []any { l, _ := v.([]any); return l }

// cxlByPath is the CXL commands' lookup of a type 3 device by its QOM
// path (none is simulated); ppc64 builds the stubs.
func cxlByPath(mon *Monitor, a qjson.Object) (any, *Error) {
	if mon.M.IsSPAPR() {
		return nil, GenericError("CXL Type 3 support is not compiled in")
	}
	p, _ := a.Get("path")
	if mon.qomObject(orEmpty(p)) == "" {
		return nil, GenericError("Unable to resolve path")
	}
	return nil, GenericError("Path does not point to a CXL type 3 device")
}
