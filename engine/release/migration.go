package release

// MigrationParam is an integer migration parameter as migrate-set-parameters
// checks it (measured around its bounds on both releases): the QAPI type
// its value is visited as ("uint8", "uint32" or "uint64": a negative JSON
// number passes a uint64 as its two's complement), then migrate_params_check's
// range, Min..Max, with its own words. MinIs names the parameter whose value
// is the minimum (max-cpu-throttle's cpu-throttle-initial); Pow2 asks for a
// power of two of at least Min (xbzrle-cache-size).
type MigrationParam struct {
	Name     string
	Type     string
	Min, Max uint64
	MinIs    string
	Pow2     bool
	Error    string // "" when any value of the type is taken
	// HMPSize: migrate_set_parameter reads a size (suffixes k, M, ...);
	// HMPMiB: one whose bare number is in MiB (max-bandwidth).
	HMPSize, HMPMiB bool
	// NotApplied: taken and checked, but migrate_params_apply never copies
	// it, so query-migrate-parameters keeps the default (7.2's multifd levels).
	NotApplied bool
}

// MigrationCapCheck is one of migrate_caps_check's refusals of a
// capability turned on: without another one (Needs), with another one
// (Conflicts), or always under TCG (neither).
type MigrationCapCheck struct {
	Cap, Needs, Conflicts, Error string
}

const maxU64 = ^uint64(0)

// announceParams and throttleParams are common to both releases.
var announceParams = []MigrationParam{
	{Name: "announce-initial", Type: "uint64", Max: 100000, Error: "Parameter 'announce_initial' expects a value between 0 and 100000", HMPSize: true},
	{Name: "announce-max", Type: "uint64", Max: 100000, Error: "Parameter 'announce_max' expects a value between 0 and 100000", HMPSize: true},
	{Name: "announce-rounds", Type: "uint64", Max: 1000, Error: "Parameter 'announce_rounds' expects a value between 0 and 1000", HMPSize: true},
	// (the check refuses 0 too, while its words say it takes it)
	{Name: "announce-step", Type: "uint64", Min: 1, Max: 10000, Error: "Parameter 'announce_step' expects a value between 0 and 10000", HMPSize: true},
}

var throttleParams = []MigrationParam{
	{Name: "throttle-trigger-threshold", Type: "uint8", Min: 1, Max: 100, Error: "Parameter 'throttle_trigger_threshold' expects an integer in the range of 1 to 100"},
	{Name: "cpu-throttle-initial", Type: "uint8", Min: 1, Max: 99, Error: "Parameter 'cpu_throttle_initial' expects an integer in the range of 1 to 99"},
	{Name: "cpu-throttle-increment", Type: "uint8", Min: 1, Max: 99, Error: "Parameter 'cpu_throttle_increment' expects an integer in the range of 1 to 99"},
	{Name: "max-cpu-throttle", Type: "uint8", MinIs: "cpu-throttle-initial", Max: 99, Error: "Parameter 'max_cpu_throttle' expects an integer in the range of cpu_throttle_initial to 99"},
	{Name: "max-bandwidth", Type: "uint64", Max: maxU64, HMPSize: true, HMPMiB: true},
}

var bandwidthParams = []MigrationParam{
	{Name: "downtime-limit", Type: "uint64", Max: 2000000, Error: "Parameter 'downtime_limit' expects an integer in the range of 0 to (2000 * 1000) ms", HMPSize: true},
	{Name: "x-checkpoint-delay", Type: "uint32", Max: 1<<32 - 1},
	{Name: "multifd-channels", Type: "uint8", Min: 1, Max: 255, Error: "Parameter 'multifd_channels' expects a value between 1 and 255"},
	{Name: "xbzrle-cache-size", Type: "uint64", Min: 4096, Max: maxU64, Pow2: true, Error: "Parameter 'xbzrle_cache_size' expects a power of two no less than the target page size", HMPSize: true},
	{Name: "max-postcopy-bandwidth", Type: "uint64", Max: maxU64, HMPSize: true},
}

func joinParams(lists ...[]MigrationParam) []MigrationParam {
	var out []MigrationParam
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

var migrationParams72 = joinParams(announceParams, []MigrationParam{
	{Name: "compress-level", Type: "uint8", Max: 9, Error: "Parameter 'compress_level' expects a value between 0 and 9"},
	{Name: "compress-threads", Type: "uint8", Min: 1, Max: 255, Error: "Parameter 'compress_threads' expects a value between 1 and 255"},
	{Name: "decompress-threads", Type: "uint8", Min: 1, Max: 255, Error: "Parameter 'decompress_threads' expects a value between 1 and 255"},
}, throttleParams, bandwidthParams, []MigrationParam{
	{Name: "multifd-zlib-level", Type: "uint8", Max: 255, NotApplied: true},
	{Name: "multifd-zstd-level", Type: "uint8", Max: 255, NotApplied: true},
})

var migrationParams100 = joinParams(announceParams, throttleParams, []MigrationParam{
	{Name: "avail-switchover-bandwidth", Type: "uint64", Max: maxU64, HMPSize: true},
}, bandwidthParams, []MigrationParam{
	{Name: "multifd-zlib-level", Type: "uint8", Max: 9, Error: "Parameter 'multifd_zlib_level' expects a value between 0 and 9"},
	{Name: "multifd-qatzip-level", Type: "uint8", Max: 255},
	{Name: "multifd-zstd-level", Type: "uint8", Max: 20, Error: "Parameter 'multifd_zstd_level' expects a value between 0 and 20"},
	{Name: "x-vcpu-dirty-limit-period", Type: "uint64", Min: 1, Max: 1000, Error: "Parameter 'x-vcpu-dirty-limit-period' expects a value between 1 and 1000", HMPSize: true},
	{Name: "vcpu-dirty-limit", Type: "uint64", Min: 1, Max: maxU64, Error: "Parameter 'vcpu_dirty_limit' must be greater than 1 MB/s", HMPSize: true},
})

// bgSnapshotChecks: background-snapshot turned on with one of caps
// (check_capabilities_background_snapshot).
func bgSnapshotChecks(caps ...string) []MigrationCapCheck {
	out := make([]MigrationCapCheck, len(caps))
	for i, c := range caps {
		out[i] = MigrationCapCheck{Cap: "background-snapshot", Conflicts: c, Error: "Background-snapshot is not compatible with " + c}
	}
	return out
}

var bgSnapshotIncompatible = []string{"postcopy-ram", "dirty-bitmaps", "postcopy-blocktime", "late-block-activate",
	"return-path", "multifd", "pause-before-switchover", "auto-converge", "release-ram", "rdma-pin-all", "xbzrle",
	"x-colo", "validate-uuid", "zero-copy-send"}

// The checks of migrate_caps_check in its order (measured with every
// capability alone and every pair of them on both releases).
var migrationCapChecks72 = joinChecks([]MigrationCapCheck{
	{Cap: "postcopy-ram", Conflicts: "x-ignore-shared", Error: "Postcopy is not compatible with ignore-shared"},
}, bgSnapshotChecks(append([]string{"compress"}, bgSnapshotIncompatible...)...), []MigrationCapCheck{
	{Cap: "multifd", Conflicts: "compress", Error: "Multifd is not compatible with compress"},
	zeroCopyCheck, preemptCheck,
})

var zeroCopyCheck = MigrationCapCheck{Cap: "zero-copy-send", Needs: "multifd", Error: "Zero copy only available for non-compressed non-TLS multifd migration"}
var preemptCheck = MigrationCapCheck{Cap: "postcopy-preempt", Needs: "postcopy-ram", Error: "Postcopy preempt requires postcopy-ram"}

var migrationCapChecks100 = joinChecks([]MigrationCapCheck{
	{Cap: "postcopy-ram", Conflicts: "x-ignore-shared", Error: "Postcopy is not compatible with ignore-shared"},
	{Cap: "postcopy-ram", Conflicts: "multifd", Error: "Postcopy is not yet compatible with multifd"},
}, bgSnapshotChecks(bgSnapshotIncompatible...), []MigrationCapCheck{
	zeroCopyCheck, preemptCheck,
	{Cap: "multifd", Conflicts: "xbzrle", Error: "Multifd is not compatible with xbzrle"},
	{Cap: "switchover-ack", Needs: "return-path", Error: "Capability 'switchover-ack' requires capability 'return-path'"},
	{Cap: "dirty-limit", Conflicts: "auto-converge", Error: "dirty-limit conflicts with auto-converge either of then available currently"},
	{Cap: "dirty-limit", Error: "dirty-limit requires KVM with accelerator property 'dirty-ring-size' set"},
	{Cap: "mapped-ram", Conflicts: "xbzrle", Error: "Mapped-ram migration is incompatible with xbzrle"},
	{Cap: "mapped-ram", Conflicts: "postcopy-ram", Error: "Mapped-ram migration is incompatible with postcopy"},
})

func joinChecks(lists ...[]MigrationCapCheck) []MigrationCapCheck {
	var out []MigrationCapCheck
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// MigrationCompat is a migration global or parameter an older machine
// version's compat properties set back (hw_compat_X_Y's "migration"
// entries): machine versions up to UpTo (major, minor) show Value instead
// of the release's own. Param: a parameter (`info migrate_parameters`, and
// query-migrate-parameters as a JSON string); else one of `info migrate`'s
// globals.
type MigrationCompat struct {
	Name, Value string
	UpTo        [2]int
	Param       bool
}

// Measured on 10.0 with pc-i440fx-9.2/9.0/8.2/7.2/5.2, pc-q35-8.0 and
// pseries-9.2/8.2/7.2 (m20-BOARD-m-migviews). 7.2's views are alike on
// every machine version it was recorded with.
var migrationCompat100 = []MigrationCompat{
	{Name: "zero-page-detection", Value: "legacy", UpTo: [2]int{8, 2}, Param: true},
	{Name: "send-switchover-start", Value: "off", UpTo: [2]int{9, 2}},
}
