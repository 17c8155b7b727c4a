package block

import (
	"fmt"
	"strings"

	"hotpluglab/engine/hostfs"
	"hotpluglab/engine/qjson"
)

// protocols are the protocol prefixes the Debian builds' block drivers
// answer to ("nbd:host:port", "null-co://"), modules included.
var protocols = map[string]bool{"file": true, "host_device": true, "host_cdrom": true, "nbd": true, "nbd+tcp": true,
	"nbd+unix": true, "null-co": true, "null-aio": true, "fat": true, "ssh": true, "iscsi": true, "iser": true,
	"gluster": true, "gluster+tcp": true, "gluster+unix": true, "gluster+rdma": true, "rbd": true, "nfs": true,
	"http": true, "https": true, "ftp": true, "ftps": true, "blkdebug": true, "blkverify": true, "nvme": true,
	"json": true}

// protocolError is bdrv_find_protocol for a drive's file name: text before
// a colon that comes before any slash names a protocol, and one no driver
// has is refused (a JSON -device pasted where a disk image goes: "Unknown
// protocol '{"driver"'"); the null drivers take one name only.
func protocolError(file string) error {
	i := strings.IndexAny(file, ":/")
	if i < 0 || file[i] != ':' {
		return nil
	}
	proto := file[:min(i, 127)]
	switch {
	case !protocols[proto]:
		return fmt.Errorf("Unknown protocol '%s'", proto)
	case (proto == "null-co" || proto == "null-aio") && file != proto+"://":
		return fmt.Errorf("The only allowed filename for this driver is '%s://'", proto)
	}
	return nil
}

// protocolOf is the protocol a file name names ("null-co" for
// "null-co://"), "" for a plain path: bdrv_find_protocol's rule.
func protocolOf(file string) string {
	i := strings.IndexAny(file, ":/")
	if i < 0 || file[i] != ':' {
		return ""
	}
	return file[:i]
}

// hostPath is the host file a name opens: the file protocols' prefix
// ("file:/x") names the driver, not the file (raw_parse_filename).
func hostPath(file string) string {
	switch p := protocolOf(file); p {
	case "file", "host_device", "host_cdrom":
		return file[len(p)+1:]
	}
	return file
}

// HostFileOf is the host file or folder a drive's file name opens: the
// name itself, a file protocol's path ("file:/x"), vvfat's folder
// ("fat:rw:/srv"); ok is false for the protocols no host file answers
// (null-co://, json:, nbd:, URLs).
func HostFileOf(file string) (path string, folder, ok bool) {
	if protocolError(file) != nil { // ":x" too: protocol ''
		return "", false, false
	}
	switch protocolOf(file) {
	case "", "file", "host_device", "host_cdrom":
		return hostPath(file), false, true
	case "fat":
		dir, _ := str(vvfatOptions(file), "dir")
		return dir, true, true
	}
	return "", false, false
}

// openProtocol opens a -drive whose file names a protocol a browser's
// host can answer: the null drivers' one name, the options a "json:"
// name carries, and NBD, whose server no simulated host runs (measured
// on both releases). opened is false for a host file.
func (l *Layer) openProtocol(d *Drive, file, drv string, readOnly bool) (n *Node, printed []string, opened bool, err error) {
	nodeName, named := d.Get("node-name")
	switch proto := protocolOf(file); proto {
	case "null-co", "null-aio":
		child := qjson.O("driver", proto)
		for i, k := range d.Keys {
			if c, ok := strings.CutPrefix(k, "file."); ok && c != "driver" {
				child.Set(c, d.Vals[i])
			}
		}
		root, _ := d.Get("format")
		if drv != "" {
			root = drv
		}
		switch root {
		case proto: // driver=null-co: the protocol is the root
			n, err = l.openRoot(child, nodeName, named, readOnly)
			return n, nil, true, err
		case "null-co", "null-aio":
			return nil, nil, true, fmt.Errorf("The only allowed filename for this driver is '%s://'", root)
		case "file", "host_device", "host_cdrom": // a protocol root takes the name as its path
			n, err = l.openRoot(qjson.O("driver", root, "filename", file), nodeName, named, readOnly)
			return n, nil, true, err
		}
		n, printed, err = l.openFormatOver(d, child, file, drv, readOnly)
		return n, printed, true, err
	case "json":
		v, err := qjson.Parse([]byte(file[len("json:"):]))
		if err == nil && v == nil {
			err = fmt.Errorf("Expecting a JSON value")
		}
		if err != nil {
			return nil, nil, true, fmt.Errorf("Could not parse the JSON options: %v", err)
		}
		o, ok := v.(qjson.Object)
		if !ok {
			return nil, nil, true, fmt.Errorf("Invalid JSON object given")
		}
		// The options given beside the name win over the name's own
		// (bdrv_fill_options joins them without overwriting).
		if f, ok := d.Get("format"); ok {
			o.Set("driver", f)
		}
		if drv != "" {
			o.Set("driver", drv)
		}
		_, hasDriver := o.Get("driver")
		_, hasFile := o.Get("file")
		if !hasDriver && !hasFile {
			return nil, nil, true, fmt.Errorf("Must specify either driver or file")
		}
		if !hasFile {
			jd, _ := str(o, "driver")
			if err := l.checkDriverAlone(jd); err != nil {
				return nil, nil, true, err
			}
		}
		n, err = l.openRoot(o, nodeName, named, readOnly)
		return n, nil, true, err
	case "nbd", "nbd+tcp", "nbd+unix":
		return nil, nil, true, nbdConnectError(file)
	case "fat":
		child := vvfatOptions(file)
		dir, _ := str(child, "dir")
		if f, ok := l.Host.Lookup(dir); !ok || f.Format != hostfs.Dir {
			return nil, nil, true, fmt.Errorf("Could not read directory %s", dir)
		}
		// vvfat_open, once the folder is read: "rw" needs a writable
		// drive; without it the disk is read-only, which a drive opened
		// read-write takes only with auto-read-only.
		switch rw := boolean(child, "rw"); {
		case rw && readOnly:
			return nil, nil, true, fmt.Errorf("Unable to set VVFAT to 'rw' when drive is read-only")
		case !rw && !readOnly && d.strictReadOnly:
			return nil, nil, true, fmt.Errorf("Image is read-only")
		}
		n, printed, err = l.openFormatOver(d, child, "json:"+qjson.Marshal(child), drv, readOnly)
		return n, printed, true, err
	}
	return nil, nil, false, nil
}

// openFormatOver opens a -drive's root over a protocol node given by its
// options: the format= (or driver=) given, else probed as raw, with the
// warning naming the protocol node as QEMU names it.
func (l *Layer) openFormatOver(d *Drive, child qjson.Object, childName, drv string, readOnly bool) (*Node, []string, error) {
	format, hasFormat := d.Get("format")
	if drv != "" {
		format, hasFormat = drv, true
	}
	var printed []string
	if !hasFormat {
		format = "raw"
		if !readOnly {
			printed = append(printed, probedRawWarning(childName))
		}
	}
	if !l.knownDriver(format) {
		return nil, nil, fmt.Errorf("Unknown driver '%s'", format)
	}
	nodeName, named := d.Get("node-name")
	n, err := l.openRoot(qjson.O("driver", format, "file", child), nodeName, named, readOnly)
	return n, printed, err
}

// openRoot opens a drive's root node: -drive's read-only is the node's.
func (l *Layer) openRoot(o qjson.Object, name string, named, readOnly bool) (*Node, error) {
	n, err := l.open(o, name, named)
	if n != nil {
		n.ReadOnly = readOnly
	}
	return n, err
}

// vvfatOptions is vvfat_parse_filename: "fat:[32:|16:|12:][floppy:][rw:]DIR"
// as the driver's options (the words are found anywhere before the
// folder, which follows the last colon). A writable folder gets its
// write target, a qcow file QEMU makes in /var/tmp under a random name
// (this one is fixed).
func vvfatOptions(file string) qjson.Object {
	fatType := 0
	for _, t := range []int{32, 16, 12} {
		if strings.Contains(file, fmt.Sprintf(":%d:", t)) {
			fatType = t
			break
		}
	}
	rw := strings.Contains(file, ":rw:")
	o := qjson.O("driver", "vvfat", "dir", file[strings.LastIndexByte(file, ':')+1:], "fat-type", fatType,
		"floppy", strings.Contains(file, ":floppy:"), "rw", rw)
	if rw {
		o.Set("write-target", qjson.O("driver", "qcow", "file", qjson.O("driver", "file", "filename", "/var/tmp/vl.hl0001")))
	}
	return o
}

// vvfatSize is the disk vvfat_open makes of a folder: a 2.88 MB floppy
// (1.44 MB for FAT12 asked), else a 32 MB FAT12 or 504 MB FAT16/32 disk
// (cylinders x heads x sectors, 512-byte sectors).
func vvfatSize(o qjson.Object) int64 {
	fatType, _ := integer(o, "fat-type")
	floppy := boolean(o, "floppy")
	switch {
	case floppy && fatType == 12:
		return 80 * 2 * 18 * 512
	case floppy:
		return 80 * 2 * 36 * 512
	case fatType == 12:
		return 64 * 16 * 63 * 512
	}
	return 1024 * 16 * 63 * 512
}

// probedRawWarning is what bdrv_open prints when probing guessed raw.
func probedRawWarning(file string) string {
	return fmt.Sprintf("WARNING: Image format was not specified for '%s' and probing guessed raw.\n"+
		"         Automatically detecting the format is dangerous for raw images, write operations on block 0 will be restricted.\n"+
		"         Specify the 'raw' format explicitly to remove the restrictions.", file)
}

// nbdConnectError is the NBD client's answer where no server listens:
// "nbd:HOST:PORT[:exportname=E]", "nbd:unix:PATH", "nbd://HOST[:PORT]/E"
// and "nbd+unix:///E?socket=PATH" (the port defaults to 10809).
func nbdConnectError(file string) error {
	unixPath := ""
	hostPort := ""
	if rest, ok := strings.CutPrefix(file, "nbd:"); ok && !strings.HasPrefix(rest, "//") {
		if p, ok := strings.CutPrefix(rest, "unix:"); ok {
			unixPath, _, _ = strings.Cut(p, ":exportname=")
		} else {
			hostPort, _, _ = strings.Cut(rest, ":exportname=")
		}
	} else {
		_, rest, _ := strings.Cut(file, "://")
		auth, query, _ := strings.Cut(rest, "?")
		auth, _, _ = strings.Cut(auth, "/")
		if strings.HasPrefix(file, "nbd+unix:") {
			for _, kv := range strings.Split(query, "&") {
				if p, ok := strings.CutPrefix(kv, "socket="); ok {
					unixPath = p
				}
			}
		} else {
			hostPort = auth
			if !strings.Contains(hostPort, ":") {
				hostPort += ":10809"
			}
		}
	}
	return connectRefused(unixPath, hostPort)
}

// connectRefused is a socket connect where nothing listens: a Unix
// socket's path does not exist, a TCP port refuses.
func connectRefused(unixPath, hostPort string) error {
	if unixPath != "" {
		return fmt.Errorf("Failed to connect to '%s': No such file or directory", unixPath)
	}
	return fmt.Errorf("Failed to connect to '%s': Connection refused", hostPort)
}
