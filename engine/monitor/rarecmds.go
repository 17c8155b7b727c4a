package monitor

import (
	"fmt"
	"strings"

	"hotpluglab/engine/qjson"
)

// QMP commands a learner reaches from query-commands on a machine with no
// display, no passed file descriptors, no migration and no Xen: each with
// QEMU's own refusal (measured on both releases, m15-*).

func init() {
	registerLater(func() {
		// qmp_migrate_continue: only in the state it names; no migration
		// leaves it at none, which it then takes (measured, r16m-meas-mig-1).
		RegisterQMP("migrate-continue", func(mon *Monitor, a qjson.Object) (any, *Error) {
			if arg(a, "state") == "none" {
				return qjson.Object{}, nil
			}
			return nil, GenericError("Migration not in expected state: none")
		})
		RegisterQMP("change-vnc-password", func(mon *Monitor, a qjson.Object) (any, *Error) {
			if mon.vncPasswordAuth() {
				return qjson.Object{}, nil
			}
			return nil, GenericError("Could not set password")
		})
		// qmp_display_reload: only the TLS credentials reload, on a VNC display.
		RegisterQMP("display-reload", func(mon *Monitor, a qjson.Object) (any, *Error) {
			if arg(a, "tls-certs") == true && len(mon.vncServers()) == 0 {
				return nil, GenericError("Can not find vnc display")
			}
			return qjson.Object{}, nil
		})
		// qmp_add_client looks up the passed descriptor first; none is passed here.
		RegisterQMP("add_client", func(mon *Monitor, a qjson.Object) (any, *Error) {
			return nil, GenericError(fmt.Sprintf("File descriptor named '%s' has not been found", orEmpty(arg(a, "fdname"))))
		})
		RegisterQMP("client_migrate_info", func(mon *Monitor, a qjson.Object) (any, *Error) {
			if arg(a, "protocol") != "spice" {
				return nil, GenericError("Parameter 'protocol' expects 'spice'")
			}
			return nil, GenericError("SPICE is not in use")
		})
		RegisterQMP("add-fd", func(*Monitor, qjson.Object) (any, *Error) {
			return nil, GenericError("No file descriptor supplied via SCM_RIGHTS")
		})
		RegisterQMP("xen-load-devices-state", func(mon *Monitor, a qjson.Object) (any, *Error) {
			f := orEmpty(arg(a, "filename"))
			if !mon.hostFileExists(f) {
				return nil, GenericError(fmt.Sprintf(mon.M.Release().XenLoadOpenError, f, "No such file or directory"))
			}
			return mon.unmodelled("xen-load-devices-state", a)
		})
		RegisterQMP("x-query-virtio-status", func(mon *Monitor, a qjson.Object) (any, *Error) {
			p := orEmpty(arg(a, "path"))
			if !strings.HasSuffix(p, "/virtio-backend") || mon.qomObject(p) == "" {
				return nil, GenericError(fmt.Sprintf(mon.M.Release().VirtioStatusNotDevice, p))
			}
			return mon.unmodelled("x-query-virtio-status", a)
		})
		// dumpdtb: only a machine with a flattened device tree (pseries here)
		// writes it.
		RegisterQMP("dumpdtb", func(mon *Monitor, a qjson.Object) (any, *Error) {
			if !mon.M.IsSPAPR() {
				return nil, GenericError(mon.M.Release().DumpDTBNoFDT)
			}
			mon.Note("dumpdtb writes the machine's device tree to a host file.")
			return qjson.Object{}, nil
		})
		RegisterHMP(&HMPCommand{Name: "dumpdtb", Run: func(mon *Monitor, a Args) string {
			rel := mon.M.Release()
			if !mon.M.IsSPAPR() {
				out := "Error: " + rel.DumpDTBNoFDT + "\r\n"
				if rel.DumpDTBNoFDTHint != "" {
					out += rel.DumpDTBNoFDTHint + "\r\n"
				}
				return out
			}
			return line(rel.DumpDTBDone, str(a, "filename"))
		}})
		// The CXL commands find a type 3 device by path; ppc64 builds the stubs.
		for _, c := range []string{"cxl-inject-general-media-event", "cxl-inject-dram-event", "cxl-inject-memory-module-event",
			"cxl-inject-uncorrectable-errors", "cxl-inject-correctable-error", "cxl-add-dynamic-capacity",
			"cxl-release-dynamic-capacity"} {
			RegisterQMP(c, cxlByPath)
		}
	})
}
