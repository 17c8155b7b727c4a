package monitor

import (
	"strings"

	"hotpluglab/engine/board"
	"hotpluglab/engine/cmdline"
	"hotpluglab/engine/qjson"
)

// A VNC server from -vnc (vnc_display_open): only unix: sockets are
// simulated (a TCP display would be the host's port); no client ever
// connects.
type vncServer struct {
	id, path, auth string
	none           bool // -vnc none: a display with no server
}

func (mon *Monitor) vncServers() []vncServer {
	var out []vncServer
	for i, v := range mon.M.VNC {
		s := vncServer{id: "default", auth: "none"}
		if i > 0 {
			s.id = "vnc" + string(rune('0'+i))
		}
		addr, opts, _ := strings.Cut(v, ",")
		for _, kv := range strings.Split(opts, ",") {
			k, val, _ := strings.Cut(kv, "=")
			switch {
			case k == "id":
				s.id = val
			case k == "password" && (val == "" || val == "on"):
				s.auth = "vnc"
			}
		}
		if addr == "none" {
			s.none = true
		} else if p, ok := strings.CutPrefix(addr, "unix:"); ok {
			s.path = p
		} else {
			continue
		}
		out = append(out, s)
	}
	return out
}

// vncPasswordAuth: the default VNC server asks for a password.
func (mon *Monitor) vncPasswordAuth() bool {
	s := mon.vncServers()
	return len(s) > 0 && s[0].auth == "vnc"
}

// vncDisplay is the console device's id the server names, if any.
func (mon *Monitor) vncDisplay() (string, bool) {
	if !mon.M.Release().VNCDisplayConsole {
		return "", false
	}
	id, ok := board.Of(mon.M).FirstConsoleID()
	return id, ok && id != ""
}

func init() {
	registerLater(func() {
		RegisterInfo(&HMPCommand{Name: "vnc", Run: func(mon *Monitor, _ Args) string {
			servers := mon.vncServers()
			if len(servers) == 0 {
				return mon.fixed().hmp["info vnc"]
			}
			var b strings.Builder
			for _, s := range servers {
				b.WriteString(s.id + ":\r\n")
				if s.none {
					b.WriteString("  Auth: none (Sub: none)\r\n")
				} else {
					b.WriteString("  Server: :" + s.path + " (unix)\r\n    Auth: " + s.auth + " (Sub: none)\r\n")
				}
				if id, ok := mon.vncDisplay(); ok {
					b.WriteString("  Display: " + id + "\r\n")
				}
			}
			return b.String()
		}})
		// query-display-options: the DisplayOptions the command line gave
		// (vl.c's dpy, returned as a clone).
		RegisterQMP("query-display-options", func(mon *Monitor, _ qjson.Object) (any, *Error) {
			if d, ok := mon.M.Extra[cmdline.DisplayOptionsKey].(qjson.Object); ok {
				return d, nil
			}
			return replyOf(mon.fixed().qmp["query-display-options"])
		})
		// query-spice (qmp_query_spice): a display on a unix socket (a TCP
		// one would be the host's port: not simulated), no client, so the
		// server's mouse and no channels.
		RegisterQMP("query-spice", func(mon *Monitor, _ qjson.Object) (any, *Error) {
			sp := mon.M.Spice
			if sp == nil || !cmdline.OptsBool(sp["unix"]) {
				return replyOf(mon.fixed().qmp["query-spice"])
			}
			auth := "spice"
			if cmdline.OptsBool(sp["disable-ticketing"]) {
				auth = "none"
			}
			return qjson.O("migrated", false, "enabled", true, "auth", auth, "compiled-version", mon.M.Release().SpiceCompiledVersion,
				"host", sp["addr"], "channels", []any{}, "mouse-mode", "server"), nil
		})
		RegisterQMP("query-vnc", func(mon *Monitor, _ qjson.Object) (any, *Error) {
			servers := mon.vncServers()
			if len(servers) == 0 || servers[0].none {
				return replyOf(mon.fixed().qmp["query-vnc"])
			}
			s := servers[0]
			return qjson.O("enabled", true, "auth", s.auth, "family", "unix", "clients", []any{}, "service", s.path, "host", ""), nil
		})
		RegisterQMP("query-vnc-servers", func(mon *Monitor, _ qjson.Object) (any, *Error) {
			servers := mon.vncServers()
			if len(servers) == 0 {
				return replyOf(mon.fixed().qmp["query-vnc-servers"])
			}
			list := []any{}
			for _, s := range servers {
				var srv []any
				if !s.none {
					srv = []any{qjson.O("auth", s.auth, "family", "unix", "service", s.path, "host", "", "websocket", false)}
				} else {
					srv = []any{}
				}
				o := qjson.O("auth", s.auth, "clients", []any{}, "server", srv, "id", s.id)
				if id, ok := mon.vncDisplay(); ok {
					o = qjson.O("auth", s.auth, "clients", []any{}, "server", srv, "id", s.id, "display", id)
				}
				list = append(list, o)
			}
			return list, nil
		})
	})
}
