package monitor

import (
	"errors"
	"fmt"

	"hotpluglab/engine/block"
	"hotpluglab/engine/board"
	"hotpluglab/engine/machine"
	"hotpluglab/engine/qjson"
)

// The block layer's commands (engine/block does the work).
func init() {
	registerLater(func() {
		RegisterInfo(&HMPCommand{Name: "block", Run: func(mon *Monitor, a Args) string {
			device, _ := a.Str("device")
			return block.Of(mon.M).InfoBlockVerbose(device, a.Bool("nodes"), a.Bool("verbose"))
		}})
		RegisterQMP("query-block", func(mon *Monitor, _ qjson.Object) (any, *Error) { return block.Of(mon.M).QueryBlock(), nil })
		RegisterInfo(&HMPCommand{Name: "blockstats", Run: func(mon *Monitor, a Args) string {
			return block.Of(mon.M).InfoBlockStats()
		}})
		RegisterQMP("query-blockstats", func(mon *Monitor, args qjson.Object) (any, *Error) {
			if v, _ := args.Get("query-nodes"); v == true {
				return block.Of(mon.M).QueryNodeStats(), nil
			}
			return block.Of(mon.M).QueryBlockStats(), nil
		})
		RegisterQMP("query-named-block-nodes", func(mon *Monitor, args qjson.Object) (any, *Error) {
			flat, _ := args.Get("flat")
			return block.Of(mon.M).NamedNodes(flat == true), nil
		})
		// drive_add (hmp_drive_add): a -drive made at run time; only if=none
		// stays (a device_add then names it), other interfaces are refused
		// after the drive was made. Errors print without "Error: ".
		RegisterHMP(&HMPCommand{Name: "drive_add", ArgsType: "node:-n,pci_addr:s,opts:s", Run: func(mon *Monitor, a Args) string {
			l := block.Of(mon.M)
			opts := str(a, "opts")
			if a.Bool("node") || l == nil {
				return ""
			}
			b, printed, err := l.AddDrive(block.ParseDrive("drive_add", opts), block.MachineOf(mon.M.Type))
			for _, p := range printed { // probing's warning goes to stderr, not the monitor
				mon.WriteStderr(p + "\n")
			}
			if err != nil {
				return err.Error() + "\r\n"
			}
			if b.Interface != "none" {
				l.Backends = l.Backends[:len(l.Backends)-1]
				return fmt.Sprintf("Can't hot-add drive to type %d\r\n", ifType[b.Interface])
			}
			if st := board.Of(mon.M); st != nil {
				if r, ok := st.Backends.(*board.Registry); ok {
					r.Drives[b.Name] = true
				}
			}
			return "OK\r\n"
		}})
		// drive_del (hmp_drive_del): errors print without "Error: ".
		RegisterHMP(&HMPCommand{Name: "drive_del", Run: func(mon *Monitor, a Args) string {
			id := str(a, "id")
			l := block.Of(mon.M)
			if l == nil {
				return line("Device '%s' not found", id)
			}
			gone, err := l.DriveDel(id)
			if err != nil {
				return err.Error() + "\r\n"
			}
			if st := board.Of(mon.M); gone && st != nil {
				st.DriveNameGone(id)
				if r, ok := st.Backends.(*board.Registry); ok {
					delete(r.Drives, id)
				}
			}
			return ""
		}})
		RegisterQMP("blockdev-del", func(mon *Monitor, args qjson.Object) (any, *Error) {
			name, _ := args.Get("node-name")
			s, _ := name.(string)
			if err := block.Of(mon.M).BlockdevDel(s); err != nil {
				return nil, GenericError(err.Error())
			}
			if st := board.Of(mon.M); st != nil {
				if r, ok := st.Backends.(*board.Registry); ok {
					delete(r.Drives, s)
				}
			}
			return qjson.Object{}, nil
		})
		// blockdev-add: the arguments were visited as BlockdevOptions; the
		// node opens as -blockdev's would, and devices may then name it.
		RegisterQMP("blockdev-add", func(mon *Monitor, args qjson.Object) (any, *Error) {
			if err := block.Of(mon.M).Add(args); err != nil {
				var abort *block.SizeAbort
				if errors.As(err, &abort) {
					mon.crash(&machine.Crash{Stderr: abort.Error(), Signal: 6})
				}
				return nil, GenericError(err.Error())
			}
			if st := board.Of(mon.M); st != nil {
				if r, ok := st.Backends.(*board.Registry); ok {
					name, _ := args.Get("node-name")
					r.Drives[name.(string)] = true
				}
			}
			return qjson.Object{}, nil
		})
	})
}

// ifType is QEMU's BlockInterfaceType, as drive_add's refusal prints it.
var ifType = map[string]int{"none": 0, "ide": 1, "scsi": 2, "floppy": 3, "pflash": 4, "mtd": 5, "sd": 6, "virtio": 7, "xen": 8}
