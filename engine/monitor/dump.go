package monitor

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"hotpluglab/engine/board"
	"hotpluglab/engine/chardev"
	"hotpluglab/engine/qjson"
)

// dumpState is QEMU's dump_state_global as query-dump reports it: the last
// dump-guest-memory's status and its byte counts.
type dumpState struct {
	status           string // "" = none
	total, completed uint64
}

// guestPhysBlock is one range of guest RAM a dump writes
// (guest_phys_blocks_append: the RAM regions of the system memory's flat
// view, nonvolatile ones excepted).
type guestPhysBlock struct{ start, size uint64 }

// guestPhysBlocks are an unstarted machine's RAM ranges: x86's RAM around
// the PCI hole with its option ROM area (pc.rom) and the BIOS's two
// mappings taking the place of RAM below 1 MiB, pseries' RAM from 0, and
// the DIMMs (not NVDIMMs: nonvolatile; not virtio-mem: not measured).
func (mon *Monitor) guestPhysBlocks() []guestPhysBlock {
	m, b := mon.M, board.Of(mon.M)
	ram := uint64(m.RAMBytes)
	var l []guestPhysBlock
	if m.IsSPAPR() {
		l = append(l, guestPhysBlock{0, ram})
	} else {
		below, above, ok := b.RAM4G()
		if !ok {
			mon.Note("The RAM layout a dump walks is modelled for pc, q35 and pseries only; this machine's is taken as one block from 0.")
			below, above = ram, 0
		}
		bios := uint64(256 << 10)
		if fw, err := m.Release().Firmware("x86_64", "bios-256k.bin"); err == nil {
			bios = uint64(len(fw))
		}
		if m.Props["firmware"] != "" || mon.pflash() {
			mon.Note("The machine's firmware is not the default SeaBIOS: its size in the dump is not known and SeaBIOS's is counted.")
		}
		isa := min(bios, 128<<10)
		if below > 1<<20 {
			// pc.ram below the option ROMs, pc.rom, the isa-bios, pc.ram from 1 MiB
			l = append(l, guestPhysBlock{0, 0xc0000}, guestPhysBlock{0xc0000, 0x20000},
				guestPhysBlock{1<<20 - isa, isa}, guestPhysBlock{1 << 20, below - 1<<20})
		} else {
			l = append(l, guestPhysBlock{0, below})
		}
		l = append(l, guestPhysBlock{1<<32 - bios, bios})
		if above > 0 {
			l = append(l, guestPhysBlock{1 << 32, above})
		}
	}
	for _, d := range b.MemoryDevices() {
		switch {
		case d.NVDIMM:
		case d.VirtioMem:
			mon.Note("A virtio-mem device's plugged blocks are not counted in the dump.")
		default:
			l = append(l, guestPhysBlock{d.Addr, d.Size})
		}
	}
	slices.SortFunc(l, func(a, b guestPhysBlock) int {
		if a.start < b.start {
			return -1
		}
		return 1
	})
	return l
}

// dumpFormats are the formats the build offers
// (query-dump-guest-memory-capability, as recorded for each binary).
func (mon *Monitor) dumpFormats() []string {
	var r struct {
		Return struct{ Formats []string }
	}
	_ = json.Unmarshal([]byte(mon.fixed().qmp["query-dump-guest-memory-capability"]), &r)
	return r.Return.Formats
}

// dumpGuestMemory is qmp_dump_guest_memory for an unstarted machine: the
// argument checks in QEMU's order, the file made, the blocks the filter
// keeps counted (dump_init), and the dump written at once (dump_process,
// detached or not: nothing runs meanwhile), ending in DUMP_COMPLETED.
func (mon *Monitor) dumpGuestMemory(paging bool, protocol string, begin, length *int64, format string) error {
	rel := mon.M.Release()
	if format != "" && format != "elf" && (paging || begin != nil || length != nil) {
		return fmt.Errorf("kdump-compressed format doesn't support paging or filter")
	}
	if begin != nil && length == nil {
		return fmt.Errorf("Parameter 'length' is missing")
	}
	if begin == nil && length != nil {
		return fmt.Errorf("Parameter 'begin' is missing")
	}
	if format == "win-dmp" && mon.Target != "x86_64" {
		return fmt.Errorf("Windows dump is only available for x86-64")
	}
	if format != "" && !slices.Contains(mon.dumpFormats(), format) {
		return fmt.Errorf("%s is not available now", format)
	}
	if fd, ok := strings.CutPrefix(protocol, "fd:"); ok {
		// monitor_get_fd: getfd is not modelled, so no name is known
		return fmt.Errorf("File descriptor named '%s' has not been found", fd)
	}
	path, ok := strings.CutPrefix(protocol, "file:")
	if !ok {
		return fmt.Errorf("%s", rel.DumpProtocolError)
	}
	if c := chardev.Of(mon.M); c != nil && c.CanCreate != nil && !c.CanCreate(path) {
		return fmt.Errorf("Could not %s '%s': No such file or directory", rel.DumpOpenVerb, path)
	}
	var total uint64
	for _, blk := range mon.guestPhysBlocks() {
		lo, hi := blk.start, blk.start+blk.size
		if begin != nil {
			lo, hi = max(lo, uint64(*begin)), min(hi, uint64(*begin)+uint64(*length))
		}
		if hi > lo {
			total += hi - lo
		}
	}
	if total == 0 {
		return fmt.Errorf("dump: no guest memory to dump")
	}
	mon.dump = dumpState{status: "completed", total: total, completed: total}
	if format == "win-dmp" {
		// create_win_dump: without a vmcoreinfo device the guest left no note
		const msg = "win-dump: invalid vmcoreinfo note size"
		mon.dump.status, mon.dump.completed = "failed", 0
		mon.Emit("DUMP_COMPLETED", qjson.O("result", mon.dumpResult(), "error", msg))
		return fmt.Errorf("%s", msg)
	}
	mon.Emit("DUMP_COMPLETED", qjson.O("result", mon.dumpResult()))
	return nil
}

func (mon *Monitor) dumpResult() qjson.Object {
	st := mon.dump.status
	if st == "" {
		st = "none"
	}
	return qjson.O("total", mon.dump.total, "status", st, "completed", mon.dump.completed)
}

func init() {
	registerLater(func() {
		RegisterHMP(&HMPCommand{Name: "dump-guest-memory", Run: func(mon *Monitor, a Args) string {
			n := 0
			for _, f := range []string{"zlib", "lzo", "snappy", "windmp"} {
				if a.Bool(f) {
					n++
				}
			}
			if n > 1 {
				return line("Error: only one of '-z|-l|-s|-w' can be set")
			}
			format := ""
			switch {
			case a.Bool("windmp"):
				format = "win-dmp"
			case a.Bool("zlib"), a.Bool("lzo"), a.Bool("snappy"):
				kind := map[bool]string{true: "zlib"}[a.Bool("zlib")]
				if a.Bool("lzo") {
					kind = "lzo"
				} else if a.Bool("snappy") {
					kind = "snappy"
				}
				format = "kdump-" + kind
				if a.Bool("raw") {
					format = "kdump-raw-" + kind
				}
			}
			var begin, length *int64
			if v, ok := a.Int("begin"); ok {
				begin = &v
			}
			if v, ok := a.Int("length"); ok {
				length = &v
			}
			if err := mon.dumpGuestMemory(a.Bool("paging"), "file:"+str(a, "filename"), begin, length, format); err != nil {
				return line("Error: %s", err)
			}
			return ""
		}})
		RegisterQMP("dump-guest-memory", func(mon *Monitor, args qjson.Object) (any, *Error) {
			var begin, length *int64
			for k, p := range map[string]**int64{"begin": &begin, "length": &length} {
				if v, ok := args.Get(k); ok {
					n := toInt64(v) // QAPI checked it is an integer
					*p = &n
				}
			}
			paging, _ := args.Get("paging")
			protocol, _ := args.Get("protocol")
			format, _ := args.Get("format")
			f, _ := format.(string)
			if err := mon.dumpGuestMemory(paging == true, fmt.Sprint(protocol), begin, length, f); err != nil {
				return nil, GenericError(err.Error())
			}
			return qjson.Object{}, nil
		})
		RegisterQMP("query-dump", func(mon *Monitor, _ qjson.Object) (any, *Error) {
			return mon.dumpResult(), nil
		})
		// info dump (hmp_info_dump): the status, and the progress while active.
		RegisterInfo(&HMPCommand{Name: "dump", Run: func(mon *Monitor, _ Args) string {
			st := mon.dump.status
			if st == "" {
				st = "none"
			}
			return line("Status: %s", st)
		}})
	})
}
