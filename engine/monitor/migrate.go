package monitor

import (
	"strings"

	"hotpluglab/engine/qjson"
)

// The outgoing migration's refusals (migration/migration.c qmp_migrate)
// and the state a refused one leaves: a URI whose protocol the release
// does not know, a tcp: address inet_parse cannot read, an fd: naming a
// file descriptor the monitor was never passed. 7.2 prepares the
// migration first (the state goes to setup, the last error is cleared)
// and fails it on any of these; 10.0 reads the URI first and fails only
// on the descriptor (measured: probe_monitor round 18). A migration that
// would start is not simulated.

// migrateRefusal is qmp_migrate's answer to a URI the engine can judge:
// the refusal and whether it fails a prepared migration. judged is false
// for a URI that would start a migration (or one the engine cannot read).
func (mon *Monitor) migrateRefusal(uri string) (desc string, failsPrepared, judged bool) {
	rel := mon.M.Release()
	if !rel.MigrationProtocol(uri) {
		return strings.ReplaceAll(rel.MigrateBadProtocol, "%s", uri), false, true
	}
	if addr, ok := strings.CutPrefix(uri, "tcp:"); ok {
		if inetUnparsable(addr) {
			return "error parsing address '" + addr + "'", !rel.MigrateURIFirst, true
		}
		return "", false, false
	}
	if name, ok := strings.CutPrefix(uri, "fd:"); ok && (name == "" || name[0] < '0' || name[0] > '9') {
		// monitor_fd_param: a name (not a number) is looked up among the
		// descriptors getfd passed; the simulated monitor has none.
		return "File descriptor named '" + name + "' has not been found", true, true
	}
	return "", false, false
}

// inetUnparsable is inet_parse's first refusal for an address that is not
// ":port" or "[v6]:port": sscanf("%64[^:]:%32[^,]") must read both a host
// of up to 64 characters and a port.
func inetUnparsable(addr string) bool {
	if addr == "" {
		return true
	}
	if addr[0] == ':' || addr[0] == '[' {
		return false
	}
	i := strings.IndexByte(addr, ':')
	return i < 0 || i > 64 || i+1 == len(addr) || addr[i+1] == ','
}

func init() {
	registerLater(func() {
		RegisterQMP("migrate", func(mon *Monitor, a qjson.Object) (any, *Error) {
			uri, hasURI := a.Get("uri")
			s, _ := uri.(string)
			_, channels := a.Get("channels")
			if !hasURI || channels || arg(a, "blk") == true || arg(a, "inc") == true || arg(a, "resume") == true {
				return mon.unmodelled("migrate", a)
			}
			desc, fails, judged := mon.migrateRefusal(s)
			if !judged {
				return mon.unmodelled("migrate", a)
			}
			m := mon.migration()
			if !mon.M.Release().MigrateURIFirst || fails {
				// migrate_prepare ran: migrate_init cleared the last error;
				// the refusal fails the migration (with its error when it
				// came from migrate_fd_error).
				m.status, m.errDesc = "failed", ""
				if fails {
					m.errDesc = desc
				}
			}
			return nil, GenericError(desc)
		})
		// hmp_migrate: qmp_migrate with the flags; its refusal as an error.
		RegisterHMP(&HMPCommand{Name: "migrate", Run: func(mon *Monitor, a Args) string {
			q := qjson.O("uri", str(a, "uri"))
			for _, f := range []string{"detach", "blk", "inc", "resume"} {
				if a.Bool(f) {
					q = append(q, qjson.O(f, true)...)
				}
			}
			_, err := qmpCommands["migrate"].f(mon, q)
			return hmpErr(err)
		}})
		RegisterQMP("query-migrate", func(mon *Monitor, _ qjson.Object) (any, *Error) {
			m := mon.migration()
			if m.status == "" {
				return replyOf(mon.fixed().qmp["query-migrate"])
			}
			r := qjson.O("status", m.status)
			if m.errDesc != "" {
				r = append(r, qjson.O("error-desc", m.errDesc)...)
			}
			return r, nil
		})
		// hmp_info_migrate: the globals, then the state of the last
		// migration (a failed one's total time is never set).
		RegisterInfo(&HMPCommand{Name: "migrate", Run: func(mon *Monitor, _ Args) string {
			out := mon.fixed().hmp["info migrate"]
			m := mon.migration()
			if m.status == "" {
				return out
			}
			out += "Migration status: " + m.status
			if m.errDesc != "" {
				out += " (" + m.errDesc + ")"
			}
			return out + "\r\ntotal time: 0 ms\r\n"
		}})
	})
}
