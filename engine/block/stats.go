package block

import (
	"fmt"
	"strings"

	"hotpluglab/engine/qjson"
)

// The block layer's I/O statistics: the simulated guest does no disk I/O,
// so every counter is zero (as QEMU's are before a guest touches a disk).

// statsKeys are BlockDeviceStats' counters; zoneKeys the zone append ones
// later releases add.
var statsKeys = []string{"rd_bytes", "wr_bytes", "unmap_bytes", "rd_operations", "wr_operations", "flush_operations",
	"unmap_operations", "rd_total_time_ns", "wr_total_time_ns", "flush_total_time_ns", "unmap_total_time_ns",
	"wr_highest_offset", "rd_merged", "wr_merged", "unmap_merged", "failed_rd_operations", "failed_wr_operations",
	"failed_flush_operations", "failed_unmap_operations", "invalid_rd_operations", "invalid_wr_operations",
	"invalid_flush_operations", "invalid_unmap_operations"}

var zoneKeys = []string{"zone_append_bytes", "zone_append_operations", "zone_append_total_time_ns",
	"zone_append_merged", "failed_zone_append_operations", "invalid_zone_append_operations"}

func (l *Layer) zeroStats() qjson.Object {
	s := qjson.Object{}
	keys := statsKeys
	if l.Rel != nil && l.Rel.BlockStatsZoneAppend {
		keys = append(keys[:len(keys):len(keys)], zoneKeys...)
	}
	for _, k := range keys {
		s = append(s, qjson.Member{Key: k, Value: 0})
	}
	return append(s, qjson.Member{Key: "account_invalid", Value: true}, qjson.Member{Key: "account_failed", Value: true},
		qjson.Member{Key: "timed_stats", Value: []any{}})
}

// nodeStats is bdrv_query_bds_stats below the BlockBackend level: a node
// keeps no accounting of its own, so invalid and failed requests are not
// counted.
func (l *Layer) nodeStats(n *Node) qjson.Object {
	s := l.zeroStats()
	for i := range s {
		if s[i].Key == "account_invalid" || s[i].Key == "account_failed" {
			s[i].Value = false
		}
	}
	o := qjson.O("node-name", n.Name, "stats", s)
	if n.Child != nil {
		o = append(o, qjson.Member{Key: "parent", Value: l.nodeStats(n.Child)})
	}
	return o
}

// QueryNodeStats is query-blockstats with query-nodes: every node of the
// graph, oldest first (bdrv_next_node).
func (l *Layer) QueryNodeStats() []any {
	out := []any{}
	if l == nil {
		return out
	}
	for _, n := range l.graph {
		out = append(out, l.nodeStats(n))
	}
	return out
}

// QueryBlockStats is QMP query-blockstats: every BlockBackend query-block
// lists, anonymous ones with an empty device name.
func (l *Layer) QueryBlockStats() []any {
	out := []any{}
	if l == nil {
		return out
	}
	for _, b := range l.listed() {
		st := l.zeroStats()
		if h, ok := l.Histograms[b.Attached]; ok && b.Attached != "" {
			st = append(st, h...)
		}
		e := qjson.O("device", b.Name, "stats", st)
		if b.Root != nil {
			e = append(e, qjson.Member{Key: "node-name", Value: b.Root.Name})
		}
		if b.Attached != "" {
			e = append(e, qjson.Member{Key: "qdev", Value: b.Attached})
		}
		out = append(out, e)
	}
	return out
}

// InfoBlockStats is HMP `info blockstats` (hmp_info_blockstats).
func (l *Layer) InfoBlockStats() string {
	var w strings.Builder
	if l == nil {
		return ""
	}
	for _, b := range l.listed() {
		fmt.Fprintf(&w, "%s: rd_bytes=0 wr_bytes=0 rd_operations=0 wr_operations=0 flush_operations=0 wr_total_time_ns=0"+
			" rd_total_time_ns=0 flush_total_time_ns=0 rd_merged=0 wr_merged=0 idle_time_ns=0\r\n", b.Name)
	}
	return w.String()
}
