package cmdline

import (
	"strings"

	"hotpluglab/engine/block"
	"hotpluglab/engine/hostfs"
	"hotpluglab/engine/keyval"
	"hotpluglab/engine/qjson"
)

// Sizes given to the files NamedFiles proposes: what the page fills in
// when a learner asks for "the files this command line names".
const (
	proposedDiskSize  = 10 << 30
	proposedMediaSize = 512 << 20
	// a kernel or firmware image
	proposedBootFileSize = 8 << 20
	// UEFI's flash (an if=pflash drive, or a ".fd" image libvirt's -blockdev
	// names): OVMF's code and its variables, as Debian's ovmf ships them
	// (pc's flash must fit in 8 MiB, in 4 KiB sectors).
	proposedFlashCodeSize = 2 << 20
	proposedFlashVarsSize = 128 << 10
)

// flashSize is what a flash image named path is proposed to weigh.
func flashSize(path string) int64 {
	if strings.Contains(strings.ToUpper(path[strings.LastIndex(path, "/")+1:]), "VARS") {
		return proposedFlashVarsSize
	}
	return proposedFlashCodeSize
}

// NamedFiles are the host files a command line names (disk images of
// -drive, -blockdev, -hda ... -cdrom and positional words, -virtfs
// directories), in order, each once, with a format guessed from the
// option (format=, a qcow2 driver) or the name (".qcow2"). Positional
// words with '=' are left out: they are option text pasted astray (the
// guide's "core-id=1,thread-id=0"), which QEMU fails to open.
func NamedFiles(args []string) []hostfs.File {
	var out []hostfs.File
	seen := map[string]bool{}
	add := func(name string, format hostfs.Format, size int64) {
		path, folder, ok := block.HostFileOf(name)
		if folder {
			format, size = hostfs.Dir, 0
		}
		if !ok || path == "" || seen[hostfs.Clean(path)] || strings.HasPrefix(path, "/dev/") {
			return
		}
		seen[hostfs.Clean(path)] = true
		if size == proposedDiskSize && strings.HasSuffix(strings.ToLower(path), ".fd") {
			size = flashSize(path) // a disk image would not fit as flash
		}
		if format == "" {
			format = hostfs.Raw
			if strings.HasSuffix(path, ".qcow2") || strings.HasSuffix(path, ".qcow") {
				format = hostfs.QCOW2
			}
		}
		out = append(out, hostfs.File{Path: path, Format: format, Size: size})
	}
	for i := 0; i < len(args); i++ {
		a := args[i]
		if !strings.HasPrefix(a, "-") || a == "-" {
			if !strings.Contains(a, "=") {
				add(a, "", proposedDiskSize)
			}
			continue
		}
		name := strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-")
		if flagOptions[name] || i+1 >= len(args) {
			continue
		}
		if _, ok := argOptions[name]; !ok {
			continue
		}
		i++
		v := args[i]
		switch name {
		case "chroot":
			add(v, hostfs.Dir, 0) // os_setup_post chroots into it
		case "kernel":
			add(v, hostfs.Raw, proposedBootFileSize) // pc_memory_init opens it
		case "bios":
			if strings.Contains(v, "/") { // a bare name is in QEMU's data directory
				add(v, hostfs.Raw, proposedBootFileSize)
			}
		case "hda", "hdb", "hdc", "hdd", "fda", "fdb":
			add(v, "", proposedDiskSize)
		case "cdrom":
			add(v, hostfs.Raw, proposedMediaSize)
		case "drive":
			keys, vals := qemuOpts(v, "file")
			opt := map[string]string{}
			for j, k := range keys {
				opt[k] = vals[j]
			}
			size := int64(proposedDiskSize)
			switch {
			case opt["media"] == "cdrom":
				size = proposedMediaSize
			case opt["if"] == "pflash":
				size = flashSize(opt["file"])
			}
			add(opt["file"], formatOf(opt["format"]), size)
		case "blockdev":
			namedBlockdevFiles(v, add)
		case "virtfs":
			keys, vals := qemuOpts(v, "fsdriver")
			for j, k := range keys {
				if k == "path" {
					add(vals[j], hostfs.Dir, 0)
				}
			}
		}
	}
	return out
}

func formatOf(f string) hostfs.Format {
	switch f {
	case "qcow2":
		return hostfs.QCOW2
	case "raw":
		return hostfs.Raw
	}
	return ""
}

// namedBlockdevFiles finds a -blockdev's filenames: its own (a file node)
// or nested ones (file.filename=, "file": {...}); a format driver above
// an inline file node gives that file its format.
func namedBlockdevFiles(v string, add func(string, hostfs.Format, int64)) {
	var o qjson.Object
	if strings.HasPrefix(v, "{") {
		parsed, err := qjson.Parse([]byte(v))
		if err != nil {
			return
		}
		o, _ = parsed.(qjson.Object)
	} else {
		d, _, err := keyval.Parse(v, "driver")
		if err != nil {
			return
		}
		o = block.FromKeyval(d)
	}
	var walk func(o qjson.Object, format hostfs.Format)
	walk = func(o qjson.Object, format hostfs.Format) {
		drv, _ := o.Get("driver")
		if f, ok := o.Get("filename"); ok {
			if s, ok := f.(string); ok {
				add(s, format, proposedDiskSize)
			}
		}
		if child, ok := o.Get("file"); ok {
			if c, ok := child.(qjson.Object); ok {
				s, _ := drv.(string)
				walk(c, formatOf(s))
			}
		}
	}
	walk(o, "")
}
