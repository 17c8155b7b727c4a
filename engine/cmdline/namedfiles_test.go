package cmdline

import (
	"strings"
	"testing"

	"hotpluglab/engine/hostfs"
)

func TestNamedFiles(t *testing.T) {
	for _, c := range []struct {
		args string
		want string // hostfs text
	}{
		{"-M pc -hda /tmp/a.qcow2 -cdrom /tmp/b.iso", "/tmp/a.qcow2 qcow2 10G\n/tmp/b.iso raw 512M\n"},
		{"-drive file=/tmp/x.img,format=qcow2,if=virtio -drive file=/tmp/x.img", "/tmp/x.img qcow2 10G\n"},
		{"/tmp/disk.raw core-id=1,thread-id=0", "/tmp/disk.raw raw 10G\n"},
		{`-blockdev {"driver":"file","filename":"/v/vm.qcow2","node-name":"s"} -blockdev driver=qcow2,file.driver=file,file.filename=/v/b.img,node-name=q`,
			"/v/b.img qcow2 10G\n/v/vm.qcow2 qcow2 10G\n"},
		{"-virtfs local,path=/srv/share,mount_tag=h,security_model=none -drive file=/dev/null,format=raw", "/srv/share dir\n"},
		{"-M pc -smp 2", ""},
		{"-kernel /boot/vmlinuz -bios bios-256k.bin -bios /fw/OVMF.fd", "/boot/vmlinuz raw 8M\n/fw/OVMF.fd raw 8M\n"},
		{"-chroot /var/empty", "/var/empty dir\n"},
		// Protocol names: a file protocol's path, vvfat's folder; none for
		// the null drivers, json: names, NBD or a URL.
		{"-drive file=file:/v/a.img,format=raw -drive file=fat:rw:/srv/share,format=raw -drive file=null-co:// -hdb nbd:127.0.0.1:10809",
			"/srv/share dir\n/v/a.img raw 10G\n"},
		{`-drive file=json:{"driver":"null-co"} -cdrom https://example.org/boot.iso`, ""},
		// UEFI's flash: sizes pc's flash takes (OVMF's code, its variables).
		{"-M q35 -drive if=pflash,format=raw,unit=0,file=/fw/code.bin,readonly=on -drive if=pflash,format=raw,unit=1,file=/vm/my_VARS.fd",
			"/fw/code.bin raw 2M\n/vm/my_VARS.fd raw 128K\n"},
		{`-blockdev {"driver":"file","filename":"/usr/share/OVMF/OVMF_CODE.fd","node-name":"p0s"} -blockdev {"driver":"raw","file":"p0s","node-name":"p0"}`,
			"/usr/share/OVMF/OVMF_CODE.fd raw 2M\n"},
	} {
		got := hostfs.New(NamedFiles(strings.Fields(c.args))...).String()
		if got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.args, got, c.want)
		}
	}
}
