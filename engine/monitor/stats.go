package monitor

import (
	"fmt"
	"strings"

	"hotpluglab/engine/object"
	"hotpluglab/engine/qapi"
	"hotpluglab/engine/qjson"
)

// The statistics (monitor/qmp-cmds.c query-stats, hmp_info_stats) under
// TCG: KVM's provider has nothing; 10.0's cryptodev provider reports each
// cryptodev backend's counters (all 0: no guest uses them). The schemas
// are the recorded query-stats-schemas.

// cryptodevs are the machine's builtin cryptodev backends, in creation order.
func (mon *Monitor) cryptodevs() []string {
	var ids []string
	for _, o := range object.Of(mon.M) {
		if o.Type == "cryptodev-backend-builtin" {
			ids = append(ids, o.ID)
		}
	}
	return ids
}

// builtinCryptodevStats: what the builtin backend counts (symmetric
// ciphers only), in QEMU's order.
var builtinCryptodevStats = []string{"sym-decrypt-bytes", "sym-encrypt-bytes", "sym-decrypt-ops", "sym-encrypt-ops"}

// statsResults are query-stats' results for a target and an optional
// provider filter ("" = every provider).
func (mon *Monitor) statsResults(target, provider string) []any {
	if target != "cryptodev" || (provider != "" && provider != "cryptodev") {
		return []any{}
	}
	l := []any{}
	for _, id := range mon.cryptodevs() {
		var st []any
		for _, n := range builtinCryptodevStats {
			st = append(st, qjson.O("name", n, "value", 0))
		}
		l = append(l, qjson.O("provider", "cryptodev", "stats", st, "qom-path", "/objects/"+id))
	}
	return l
}

// providerFilter is the one provider a query-stats filter names, if one.
func providerFilter(a qjson.Object) string {
	p, _ := a.Get("providers")
	for _, e := range asList(p) {
		if o, ok := e.(qjson.Object); ok {
			v, _ := o.Get("provider")
			return orEmpty(v)
		}
	}
	return ""
}

func init() {
	registerLater(func() {
		RegisterQMP("query-stats", func(mon *Monitor, a qjson.Object) (any, *Error) {
			t, _ := a.Get("target")
			return mon.statsResults(orEmpty(t), providerFilter(a)), nil
		})
		RegisterQMP("query-stats-schemas", func(mon *Monitor, a qjson.Object) (any, *Error) {
			all, _ := replyOf(mon.fixed().qmp["query-stats-schemas"])
			p, has := a.Get("provider")
			if !has {
				return all, nil
			}
			if !strings.Contains(fmt.Sprint(all), `"provider": "`+orEmpty(p)+`"`) {
				return []any{}, nil
			}
			return all, nil // the only provider with schemas is the one asked for
		})
		// info stats (hmp_info_stats): target, then provider, checked against
		// QAPI's enums; then each result of the provider's schemas.
		RegisterInfo(&HMPCommand{Name: "stats", Run: func(mon *Monitor, a Args) string {
			target := str(a, "target")
			schema := qapi.For(mon.M.Release(), string(mon.Target))
			if !schema.EnumHas("vcpu", target) {
				return line("invalid stats target %s", target)
			}
			provider, has := a.Str("provider")
			if has && !schema.EnumHas("kvm", provider) {
				return line("invalid stats provider %s", provider)
			}
			var b strings.Builder
			for _, r := range mon.statsResults(target, provider) {
				o := r.(qjson.Object)
				if !has {
					b.WriteString(line("provider: cryptodev"))
				}
				st, _ := o.Get("stats")
				for _, s := range asList(st) {
					n, _ := s.(qjson.Object).Get("name")
					b.WriteString(line("    %s (cumulative): 0", n))
				}
			}
			return b.String()
		}})
		RegisterQMP("query-cryptodev", func(mon *Monitor, _ qjson.Object) (any, *Error) {
			l := []any{}
			for _, id := range mon.cryptodevs() {
				l = append(l, qjson.O("service", []any{"mac", "hash", "cipher"}, "id", id,
					"client", []any{qjson.O("queue", 0, "type", "builtin")}))
			}
			return l, nil
		})
		RegisterInfo(&HMPCommand{Name: "cryptodev", Run: func(mon *Monitor, _ Args) string {
			var b strings.Builder
			for _, id := range mon.cryptodevs() {
				b.WriteString(line("%s: service=[mac|hash|cipher]", id) + line("    queue 0: type=builtin"))
			}
			return b.String()
		}})
	})
}
