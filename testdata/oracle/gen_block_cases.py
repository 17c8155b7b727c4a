#!/usr/bin/env python3
"""Cases for the block layer and -object as learners meet them (issue 8
item 3: the host's files): disk images named by -hda, -cdrom, -drive,
-blockdev (keyval and JSON) and positional words, present or missing,
format probing, drive placement errors, block devices, -object checks and
help, /objects; both releases.

    python3 testdata/oracle/gen_block_cases.py     # cases + the image files
    python3 ../shared/oracle/record.py testdata/oracle/block_cases.jsonl -o /tmp/b1.jsonl -j 1   # twice,
    python3 ../shared/oracle/record.py testdata/oracle/block_cases.jsonl -o /tmp/b2.jsonl -j 1   # -j 1: two
    python3 testdata/oracle/keep_identical.py /tmp/b1.jsonl /tmp/b2.jsonl testdata/oracle/block.jsonl
    (10.0: PATH=/work/oracle-env/qbin:$PATH, output under testdata/oracle/v10.0/)

QEMU locks the images it opens, and a case opening an image another QEMU
still holds (the previous case's, exiting) fails with 'Failed to get
"write" lock': every case has its own copies, in IMG/<case id>/. The
image files are written here with qemu-img, on the host and in the 10.0
chroot; each case's "hostfs" says what they are, and the replay gives
the simulated session the same files. Automatic node names
("#block115") carry random digits: cases whose output shows one are
dropped as nondeterministic by keep_identical.py."""
from casegen import Corpus, HostFiles, hmp, qmp

IMG = "/tmp/hotplug-lab-blk"
FILES = {"disk.raw": ("raw", 16 << 20), "disk.qcow2": ("qcow2", 64 << 20), "boot.iso": ("raw", 2 << 20),
         "vm.qcow2": ("qcow2", 1 << 30), "data.img": ("raw", 1 << 20), "share": ("dir", 0)}
corpus = Corpus("block", "bk")


hostfiles = HostFiles(corpus, IMG, FILES)
case = hostfiles.case


x = lambda *a, **k: case("x86_64", *a, **k)
p = lambda *a, **k: case("ppc64", *a, **k)


img = hostfiles.img


BLOCK = {"hmp": "info block"}
QB = qmp("query-block")
QTREE = {"hmp": "info qtree"}
PCI = {"hmp": "info pci"}
OBJ = qmp("qom-list", path="/objects")

# ------------------------------------------------- missing host files ----
# What a learner pastes from a blog on a host without the image.
for name, args in [
    ("hda-rel", ["-hda", "disk.qcow2"]),
    ("hda-abs", ["-hda", "/var/lib/libvirt/images/debian12.qcow2"]),
    ("cdrom-rel", ["-cdrom", "ubuntu-22.04.3-live-server-amd64.iso"]),
    ("drive-virtio", ["-drive", "file=win10.qcow2,if=virtio"]),
    ("drive-format", ["-drive", "file=debian.qcow2,format=qcow2,if=virtio,cache=none"]),
    ("drive-ide-index", ["-drive", "file=fedora.img,index=0,media=disk"]),
    ("positional", ["ubuntu.img"]),
    ("positional-m", ["-m", "2048", "-smp", "2", "alpine.qcow2"]),
    ("hdb", ["-hdb", "second.img"]),
    ("fda", ["-fda", "floppy.img"]),
    ("blockdev-file", ["-blockdev", "driver=file,filename=vm.qcow2,node-name=f0"]),
    ("blockdev-json", ["-blockdev", '{"driver":"file","filename":"/var/lib/libvirt/images/vm.qcow2","node-name":"libvirt-1-storage","auto-read-only":true,"discard":"unmap"}']),
    ("blockdev-nested", ["-blockdev", "driver=qcow2,node-name=q0,file.driver=file,file.filename=/nope/vm.qcow2"]),
    ("virtfs", ["-virtfs", "local,path=/srv/nope,mount_tag=host0,security_model=passthrough,id=host0"]),
    ("drive-missing-then-bad", ["-drive", "file=a.qcow2,if=virtio", "-drive", "file=b.qcow2,if=nosuch"]),
    ("guide-stray", ["-smp", "1,maxcpus=2", "-device", "qemu64-x86_64-cpu,socket-id=1,", "core-id=1,thread-id=0"]),
]:
    x("missing-" + name, "-M", "pc", *args)
p("missing-hda", "-M", "pseries", "-hda", "disk.qcow2")
p("missing-cdrom", "-M", "pseries", "-cdrom", "boot.iso")
x("missing-q35-cdrom", "-M", "q35", "-cdrom", "boot.iso")

# -------------------------------------------- present files: -blockdev ----
for name, args, files in [
    ("file-raw", ["-blockdev", "driver=file,filename=%s,node-name=f0" % img("disk.raw"),
                  "-blockdev", "driver=raw,file=f0,node-name=r0", "-device", "virtio-blk-pci,drive=r0,id=vd0"], ["disk.raw"]),
    ("nested-qcow2", ["-blockdev", "driver=qcow2,node-name=q0,file.driver=file,file.filename=%s" % img("vm.qcow2"),
                      "-device", "virtio-blk-pci,drive=q0"], ["vm.qcow2"]),
    ("json-nested", ["-blockdev", '{"driver":"qcow2","node-name":"q0","file":{"driver":"file","filename":"%s"}}' % img("disk.qcow2"),
                     "-device", "virtio-blk-pci,drive=q0,id=disk0"], ["disk.qcow2"]),
    ("ro", ["-blockdev", '{"driver":"file","filename":"%s","node-name":"s","read-only":true}' % img("boot.iso"),
            "-blockdev", '{"driver":"raw","file":"s","node-name":"f","read-only":true}', "-device", "virtio-blk-pci,drive=f"], ["boot.iso"]),
    ("unattached", ["-blockdev", "driver=file,filename=%s,node-name=f0" % img("disk.raw")], ["disk.raw"]),
    ("null-anon", ["-blockdev", "null-co,node-name=n0", "-device", "virtio-blk-pci,drive=n0"], []),
    ("null-size", ["-blockdev", "null-co,node-name=n0,size=4194304", "-device", "virtio-blk-pci,drive=n0,id=v"], []),
    ("raw-over-null", ["-blockdev", '{"driver":"null-co","node-name":"s","size":10737418240}',
                       "-blockdev", '{"node-name":"f","driver":"raw","file":"s"}', "-device", "virtio-blk-pci,drive=f,id=virtio-disk0"], []),
    ("scsi-hd", ["-device", "virtio-scsi-pci,id=scsi0", "-blockdev", "null-co,node-name=n0",
                 "-device", "scsi-hd,drive=n0,bus=scsi0.0,id=sd0"], []),
    ("scsi-hd-anon", ["-device", "virtio-scsi-pci,id=scsi0", "-blockdev", "null-co,node-name=n0", "-device", "scsi-hd,drive=n0"], []),
    ("ide-hd", ["-blockdev", "null-co,node-name=n0", "-device", "ide-hd,drive=n0,bus=ide.0"], []),
    ("nvme", ["-blockdev", "null-co,node-name=n0", "-device", "nvme,drive=n0,serial=deadbeef,id=nvme0"], []),
    ("two-disks", ["-blockdev", "null-co,node-name=a", "-blockdev", "null-co,node-name=b",
                   "-device", "virtio-blk-pci,drive=b,id=vb", "-device", "virtio-blk-pci,drive=a,id=va"], []),
]:
    x("bd-" + name, "-M", "pc", *args, files=files, steps=[BLOCK, QB, QTREE])
for name, args in [
    ("ref-missing", ["-blockdev", "driver=raw,file=nope,node-name=r"]),
    ("bad-name", ["-blockdev", "null-co,node-name=1disk"]),
    ("bad-bool", ["-blockdev", "null-co,node-name=n,read-only=maybe"]),
    ("json-bool-string", ["-blockdev", '{"driver":"null-co","node-name":"n","read-only":"on"}']),
    ("json-unknown-driver", ["-blockdev", '{"driver":"vmdk2","node-name":"n"}']),
    ("file-no-filename", ["-blockdev", "driver=file,node-name=f"]),
    ("raw-no-file", ["-blockdev", "driver=raw,node-name=r"]),
    ("dup-vs-drive", ["-drive", "if=none,id=d0", "-blockdev", "null-co,node-name=d0"]),
    ("device-missing-drive", ["-blockdev", "null-co,node-name=n0", "-device", "virtio-blk-pci,drive=n1"]),
    ("device-drive-twice", ["-blockdev", "null-co,node-name=n0", "-device", "virtio-blk-pci,drive=n0", "-device", "virtio-blk-pci,drive=n0"]),
    ("help", ["-blockdev", "help"]),
    ("discard-bad", ["-blockdev", "null-co,node-name=n,discard=maybe"]),
    ("cache-direct", ["-blockdev", "null-co,node-name=n,cache.direct=on"]),
]:
    x("bd-" + name, "-M", "pc", *args)

# ---------------------------------------------- present files: -drive ----
# Steps without node names: the automatic ones differ between runs.
for name, args, files in [
    ("hda-qcow2", ["-hda", img("disk.qcow2")], ["disk.qcow2"]),
    ("hda-raw", ["-hda", img("disk.raw")], ["disk.raw"]),
    ("hda-cdrom", ["-hda", img("vm.qcow2"), "-cdrom", img("boot.iso")], ["vm.qcow2", "boot.iso"]),
    ("cdrom", ["-cdrom", img("boot.iso")], ["boot.iso"]),
    ("positional", [img("disk.qcow2")], ["disk.qcow2"]),
    ("positional-raw", [img("data.img")], ["data.img"]),
    ("hda-hdb-hdd", ["-hda", img("disk.qcow2"), "-hdb", img("data.img"), "-hdd", img("disk.raw")], ["disk.qcow2", "data.img", "disk.raw"]),
    ("virtio-raw", ["-drive", "file=%s,if=virtio" % img("disk.raw")], ["disk.raw"]),
    ("virtio-raw-fmt", ["-drive", "file=%s,if=virtio,format=raw" % img("data.img")], ["data.img"]),
    ("virtio-two", ["-drive", "file=%s,if=virtio" % img("disk.qcow2"), "-drive", "file=%s,if=virtio,format=raw" % img("data.img")], ["disk.qcow2", "data.img"]),
    ("virtio-addr", ["-drive", "file=%s,if=virtio,addr=0x7" % img("disk.qcow2")], ["disk.qcow2"]),
    ("none-virtio", ["-drive", "file=%s,if=none,id=d0" % img("vm.qcow2"), "-device", "virtio-blk-pci,drive=d0,id=vd"], ["vm.qcow2"]),
    ("none-ide", ["-drive", "file=%s,if=none,id=d0,format=raw" % img("disk.raw"), "-device", "ide-hd,drive=d0,bus=ide.1"], ["disk.raw"]),
    ("none-scsi", ["-device", "virtio-scsi-pci,id=s", "-drive", "file=%s,if=none,id=d0,format=qcow2" % img("disk.qcow2"),
                   "-device", "scsi-hd,drive=d0,bus=s.0"], ["disk.qcow2"]),
    ("media-cdrom", ["-drive", "file=%s,media=cdrom" % img("boot.iso")], ["boot.iso"]),
    ("readonly", ["-drive", "file=%s,if=virtio,readonly=on" % img("disk.raw")], ["disk.raw"]),
    ("empty-cd-hdc", ["-drive", "if=ide,index=2,media=cdrom"], []),
    ("qcow2-as-raw", ["-drive", "file=%s,format=raw,if=virtio" % img("disk.qcow2")], ["disk.qcow2"]),
    ("snapshot", ["-snapshot", "-hda", img("disk.qcow2")], ["disk.qcow2"]),
]:
    x("dr-" + name, "-M", "pc", *args, files=files, steps=[QTREE, PCI])
for name, args, files in [
    ("index-clash", ["-hda", img("disk.qcow2"), "-drive", "file=%s,index=0" % img("disk.raw")], ["disk.qcow2", "disk.raw"]),
    ("cdrom-hdc-clash", ["-hdc", img("disk.raw"), "-cdrom", img("boot.iso")], ["disk.raw", "boot.iso"]),
    ("unit-big", ["-drive", "file=%s,if=ide,unit=2" % img("disk.raw")], ["disk.raw"]),
    ("bus-big", ["-drive", "file=%s,if=ide,bus=2" % img("disk.raw")], ["disk.raw"]),
    ("bad-media", ["-drive", "file=%s,media=floppy" % img("disk.raw")], ["disk.raw"]),
    ("bad-format", ["-drive", "file=%s,format=nosuch" % img("disk.raw")], ["disk.raw"]),
    ("vmdk-on-raw", ["-drive", "file=%s,format=vmdk" % img("disk.raw")], ["disk.raw"]),
    ("dup-id", ["-drive", "file=%s,if=none,id=d" % img("disk.raw"), "-drive", "file=%s,if=none,id=d" % img("data.img")], ["disk.raw", "data.img"]),
    ("empty-virtio", ["-drive", "if=virtio"], []),
    ("empty-hd", ["-drive", "if=ide"], []),
    ("scsi-pc", ["-drive", "file=%s,if=scsi" % img("disk.raw")], ["disk.raw"]),
    ("index-and-unit", ["-drive", "file=%s,index=1,unit=0" % img("disk.raw")], ["disk.raw"]),
    ("dir-as-image", ["-hda", img("share")], ["share"]),
    ("drive-unknown-key", ["-drive", "file=%s,if=virtio,speed=fast" % img("disk.raw")], ["disk.raw"]),
    ("q35-hda-hdb", ["-M", "q35", "-hda", img("disk.qcow2"), "-hdb", img("data.img")], ["disk.qcow2", "data.img"]),
]:
    x("dr-" + name, *(["-M", "pc"] if name[:4] != "q35-" else []), *args, files=files, steps=[QTREE])
x("dr-q35-cdrom", "-M", "q35", "-cdrom", img("boot.iso"), files=["boot.iso"], steps=[QTREE, PCI])
x("dr-q35-hda", "-M", "q35", "-hda", img("disk.qcow2"), files=["disk.qcow2"], steps=[QTREE])
x("dr-q35-empty-cd", "-M", "q35", "-drive", "if=ide,media=cdrom", steps=[BLOCK, QB, QTREE])
x("dr-pc-empty-cd-ide1", "-M", "pc", "-drive", "if=ide,media=cdrom,bus=1,unit=0", steps=[BLOCK, QB])
x("dr-pc-empty-cd-virtio-blk", "-M", "pc", "-drive", "if=none,id=cd0,media=cdrom", "-device", "ide-cd,drive=cd0,bus=ide.1", steps=[BLOCK, QB, QTREE])
x("dr-pc-ide-cd-nodrive", "-M", "pc", "-device", "ide-cd,bus=ide.0", steps=[BLOCK, QB])

# ------------------------------------------------------------ -virtfs ----
x("virtfs-present", "-M", "pc", "-virtfs", "local,path=%s,mount_tag=host0,security_model=none,id=fs0" % img("share"),
  files=["share"], steps=[PCI])
x("virtfs-file", "-M", "pc", "-virtfs", "local,path=%s,mount_tag=h,security_model=none" % img("disk.raw"), files=["disk.raw"])

# ------------------------------------------------------------ -object ----
for name, args in [
    ("iothread-poll", ["-object", "iothread,id=io0,poll-max-ns=32768", "-device", "virtio-blk-pci,drive=n0,iothread=io0", "-blockdev", "null-co,node-name=n0"]),
    ("iothread-bad-int", ["-object", "iothread,id=io0,poll-max-ns=lots"]),
    ("two-iothreads", ["-object", "iothread,id=iothread1", "-object", "iothread,id=iothread0"]),
    ("secret-data", ["-object", "secret,id=sec0,data=letmein,format=raw"]),
    ("secret-file-missing", ["-object", "secret,id=sec0,file=/tmp/hotplug-lab-none.pw"]),
    ("secret-bad-format", ["-object", "secret,id=sec0,data=x,format=hex"]),
    ("rng-random", ["-object", "rng-random,id=rng0,filename=/dev/urandom", "-device", "virtio-rng-pci,rng=rng0"]),
    ("throttle-limits", ["-object", "throttle-group,id=tg0,x-iops-total=100"]),
    ("memfd", ["-object", "memory-backend-memfd,id=mem,size=128M", "-machine", "memory-backend=mem", "-m", "128M"]),
    ("mem-file-missing", ["-object", "memory-backend-file,id=mem,size=128M,mem-path=/nonexistent-hl/hugepages"]),
    ("json-iothread-poll", ["-object", '{"qom-type":"iothread","id":"io0","poll-max-ns":32768}']),
    ("json-bool", ["-object", '{"qom-type":"memory-backend-ram","id":"m","size":134217728,"prealloc":"yes"}']),
    ("json-int-string", ["-object", '{"qom-type":"iothread","id":"io0","poll-max-ns":"1"}']),
    ("json-no-id", ["-object", '{"qom-type":"iothread"}']),
    ("json-bad-type", ["-object", '{"qom-type":"nosuch","id":"x"}']),
    ("json-secret", ["-object", '{"qom-type":"secret","id":"masterKey0","format":"raw","file":"/var/lib/libvirt/qemu/domain-1-vm/master-key.aes"}']),
    ("rng-egd-noid", ["-object", "rng-builtin"]),
    ("help-ppc", []),
]:
    if name == "help-ppc":
        p("obj-help", "-M", "pseries", "-object", "help")
        continue
    x("obj-" + name, "-M", "pc", *args, steps=[OBJ])
for t in ["memory-backend-ram", "secret", "throttle-group", "rng-random", "memory-backend-file", "tls-creds-x509", "nosuch"]:
    x("obj-help-" + t, "-M", "pc", "-object", t + ",help")
x("obj-qomget", "-M", "pc", "-object", "iothread,id=io0", "-object", "secret,id=s,data=x",
  steps=[OBJ, qmp("qom-list", path="/objects/io0"), qmp("qom-get", path="/objects/io0", property="type"),
         {"hmp": "qom-list /objects"}, {"hmp": "info iothreads"}])
x("obj-q35", "-M", "q35", "-object", "iothread,id=io0", steps=[OBJ])
p("obj-pseries", "-M", "pseries", "-object", "iothread,id=io0", steps=[OBJ])
x("obj-membackend", "-M", "pc", "-m", "256M", "-object", "memory-backend-ram,id=ram0,size=256M", "-machine", "memory-backend=ram0", steps=[OBJ])

# ------------------------------------------------------ monitor: block ----
x("mon-empty", "-M", "pc", steps=[BLOCK, QB, {"hmp": "info block -n"}])
x("mon-info-block-dev", "-M", "pc", "-blockdev", "null-co,node-name=n0", "-device", "virtio-blk-pci,drive=n0,id=v",
  steps=[{"hmp": "info block n0"}, {"hmp": "info block nosuch"}])
p("mon-pseries-empty", "-M", "pseries", steps=[BLOCK, QB])

NB = qmp("query-named-block-nodes")
x("mon-named-empty", "-M", "pc", steps=[NB])
x("mon-named-blockdev", "-M", "pc", "-blockdev", "driver=file,filename=%s,node-name=f0" % img("disk.qcow2"),
  "-blockdev", "driver=qcow2,file=f0,node-name=q0", files=["disk.qcow2"], steps=[NB, {"hmp": "info block -n"}])
x("mon-named-null", "-M", "pc", "-blockdev", "null-co,node-name=n0,size=1048576", steps=[NB, {"hmp": "info block -n"}, BLOCK])
x("mon-blockdev-add", "-M", "pc", steps=[
    qmp("blockdev-add", driver="null-co", **{"node-name": "n1", "size": 1048576}), NB, QB,
    qmp("device_add", driver="virtio-blk-pci", drive="n1", id="v1"), QB, BLOCK, PCI])
x("mon-blockdev-add-file", "-M", "pc", files=["disk.qcow2"], steps=[
    qmp("blockdev-add", driver="file", filename=img("disk.qcow2"), **{"node-name": "f"}),
    qmp("blockdev-add", driver="qcow2", file="f", **{"node-name": "q"}), NB, {"hmp": "info block -n"},
    qmp("device_add", driver="virtio-blk-pci", drive="q", id="disk1"), BLOCK])
x("mon-blockdev-add-errors", "-M", "pc", files=["disk.raw"], steps=[
    qmp("blockdev-add", driver="null-co"),
    qmp("blockdev-add", driver="nosuch", **{"node-name": "a"}),
    qmp("blockdev-add", driver="file", filename="/nonexistent-hl.img", **{"node-name": "b"}),
    qmp("blockdev-add", driver="null-co", size="1M", **{"node-name": "c"}),
    qmp("blockdev-add", driver="null-co", **{"node-name": "d"}),
    qmp("blockdev-add", driver="null-co", **{"node-name": "d"}),
    qmp("blockdev-add", driver="file", filename=img("disk.raw"), **{"node-name": "e"}),
    qmp("blockdev-add", driver="qcow2", file="e", **{"node-name": "g"}),
    qmp("blockdev-add", driver="raw", file="nope", **{"node-name": "h"}),
    qmp("blockdev-add", driver="null-co", foo=1, **{"node-name": "i"}), NB])
x("mon-device-add-drive", "-M", "pc", "-blockdev", "null-co,node-name=n0", steps=[
    {"hmp": "device_add virtio-blk-pci,drive=nope"}, {"hmp": "device_add virtio-blk-pci,drive=n0,id=v0"}, BLOCK,
    {"hmp": "device_add virtio-blk-pci,drive=n0"}, QB])
x("mon-object-add", "-M", "pc", steps=[
    qmp("object-add", **{"qom-type": "iothread", "id": "io1"}), OBJ,
    qmp("object-add", **{"qom-type": "iothread", "id": "io1"}),
    qmp("object-add", **{"qom-type": "secret", "id": "s0", "data": "pw"}), OBJ,
    qmp("object-del", id="io1"), qmp("object-del", id="nosuch"), OBJ,
    qmp("object-add", **{"qom-type": "iothread", "id": "io2", "foo": 1}),
    qmp("object-add", **{"qom-type": "nosuch", "id": "x"})])
x("mon-object-add-ram", "-M", "pc", "-object", "iothread,id=io0", steps=[
    qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "mem1", "size": 134217728}), OBJ,
    qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "pc.ram", "size": 134217728})])


# ------------------------------------------------ protocol filenames ----
# Round b3 (2026-12-07, lead): a file name that names a block protocol,
# as QEMU's docs and test scripts write them (null-co://, null-aio://,
# json:{...}, file:, nbd:, a URL): bdrv_find_protocol's answers, and the
# drives they open, on the command line and by drive_add. No NBD server
# listens on the recording hosts (nor in a browser).
NULL_INFO = [BLOCK, {"hmp": "info block -v n0"}, QB]
x("proto-null-co-drive", "-M", "pc", "-drive", "file=null-co://,if=none,id=d0,node-name=n0", steps=NULL_INFO)
x("proto-null-co-raw", "-M", "pc", "-drive", "file=null-co://,format=raw,if=none,id=d0,node-name=n0", steps=NULL_INFO)
x("proto-null-co-driver", "-M", "pc", "-drive", "file=null-co://,driver=null-co,if=none,id=d0,node-name=n0", steps=NULL_INFO)
x("proto-null-aio-driver", "-M", "pc", "-drive", "file=null-aio://,driver=null-aio,if=none,id=d0,node-name=n0", steps=NULL_INFO)
x("proto-null-co-virtio", "-M", "pc", "-drive", "file=null-co://,format=raw,if=virtio,id=d0,node-name=n0", steps=[BLOCK, PCI])
x("proto-null-co-hda", "-M", "pc", "-hda", "null-co://", steps=[BLOCK])
x("proto-null-co-cdrom", "-M", "pc", "-cdrom", "null-co://", steps=[BLOCK])
x("proto-null-co-size", "-M", "pc", "-drive", "file=null-co://,format=raw,if=none,id=d0,node-name=n0,file.size=64M", steps=NULL_INFO)
x("proto-null-co-path", "-M", "pc", "-drive", "file=null-co:///x,format=raw,if=none,id=d0")
x("proto-null-aio-word", "-M", "pc", "-drive", "file=null-aio:,if=none,id=d0")
x("proto-unknown", "-M", "pc", "-drive", "file=foo://bar/x.img,if=none,id=d0")
x("proto-file-prefix", "-M", "pc", "-drive", "file=file:/nonexistent-hl.img,if=none,id=d0")
x("proto-file-prefix-present", "-M", "pc", "-drive", "file=file:" + img("disk.raw") + ",format=raw,if=none,id=d0,node-name=n0",
  files=["disk.raw"], steps=[BLOCK])
x("proto-json-null", "-M", "pc", "-drive", 'file=json:{"driver": "null-co"},if=none,id=d0,node-name=n0', steps=NULL_INFO)
x("proto-json-raw-null", "-M", "pc", "-drive", 'file=json:{"driver": "raw"},if=none,id=d0')
x("proto-json-bad", "-M", "pc", "-drive", "file=json:{nope},if=none,id=d0")
x("proto-json-empty", "-M", "pc", "-drive", "file=json:,if=none,id=d0")
x("proto-json-array", "-M", "pc", "-drive", "file=json:[1],if=none,id=d0")
x("proto-nbd-colon", "-M", "pc", "-drive", "file=nbd:127.0.0.1:10809,format=raw,if=none,id=d0")
x("proto-nbd-colon-export", "-M", "pc", "-drive", "file=nbd:127.0.0.1:10809:exportname=disk,format=raw,if=none,id=d0")
x("proto-nbd-url", "-M", "pc", "-drive", "file=nbd://127.0.0.1/disk,format=raw,if=none,id=d0")
x("proto-nbd-url-port", "-M", "pc", "-drive", "file=nbd://127.0.0.1:1234/disk,if=none,id=d0")
x("proto-nbd-unix-url", "-M", "pc", "-drive", "file=nbd+unix:///disk?socket=/tmp/nonexistent-hl.sock,format=raw,if=none,id=d0")
x("proto-nbd-unix-colon", "-M", "pc", "-drive", "file=nbd:unix:/tmp/nonexistent-hl.sock,format=raw,if=none,id=d0")
x("proto-nbd-blockdev", "-M", "pc", "-blockdev",
  "driver=nbd,server.type=inet,server.host=127.0.0.1,server.port=10809,export=disk,node-name=n0")
# (http://, https://, iscsi:// are left out: their answer depends on the
# host's qemu-block-extra modules and its DNS; 7.2's host has the modules,
# 10.0's chroot not.)
x("proto-json-null-size", "-M", "pc", "-drive", 'file=json:{"driver": "null-co",, "size": "1M"},if=none,id=d0,node-name=n0', steps=NULL_INFO)
x("proto-json-raw-over-null", "-M", "pc", "-drive",
  'file=json:{"driver": "raw",, "file": {"driver": "null-co"}},if=none,id=d0,node-name=n0', steps=NULL_INFO)
x("proto-json-qcow2-null", "-M", "pc", "-drive", 'file=json:{"driver": "qcow2",, "file": {"driver": "null-co"}},if=none,id=d0')
x("proto-json-hda", "-M", "pc", "-hda", 'json:{"driver": "null-co"}', steps=[BLOCK])
x("proto-host-device", "-M", "pc", "-drive", "file=host_device:/dev/nonexistent-hl,if=none,id=d0")
x("proto-blockdev-file-null", "-M", "pc", "-blockdev", "driver=file,filename=null-co://,node-name=f")
x("proto-node-order", "-M", "pc",
  "-drive", "file=" + img("disk.raw") + ",format=raw,if=none,id=d0,node-name=n0,file.node-name=f0",
  "-drive", "file=null-co://,format=raw,if=none,id=d1,node-name=n1,file.node-name=f1", files=["disk.raw"],
  steps=hmp("info block -n", "info block f0", "info block n0", "info block n1", "info block f1", "info block -v f1"))
# vvfat: a host folder as a FAT disk, as blogs share files with a guest.
x("proto-fat-ro", "-M", "pc", "-drive", "file=fat:" + img("share") + ",format=raw,if=none,id=d0,node-name=n0",
  files=["share"], steps=[BLOCK, QB])
x("proto-fat-rw", "-M", "pc", "-drive", "file=fat:rw:" + img("share") + ",format=raw,if=none,id=d0,node-name=n0",
  files=["share"], steps=[BLOCK])
x("proto-fat-floppy", "-M", "pc", "-drive", "file=fat:floppy:" + img("share") + ",format=raw,if=none,id=d0,node-name=n0",
  files=["share"], steps=[BLOCK])
x("proto-fat-missing", "-M", "pc", "-drive", "file=fat:/nonexistent-hl-dir,format=raw,if=none,id=d0")
x("proto-fat-probed", "-M", "pc", "-drive", "file=fat:" + img("share") + ",if=none,id=d0,node-name=n0", files=["share"], steps=[BLOCK])
x("proto-fat-file", "-M", "pc", "-drive", "file=fat:" + img("disk.raw") + ",format=raw,if=none,id=d0", files=["disk.raw"])
# driver= beside file= on -drive: the root node's driver, as format= is.
x("drive-driver-raw", "-M", "pc", "-drive", "file=" + img("disk.raw") + ",driver=raw,if=none,id=d0,node-name=n0",
  files=["disk.raw"], steps=[BLOCK])
x("drive-driver-qcow2", "-M", "pc", "-drive", "file=" + img("disk.qcow2") + ",driver=qcow2,if=none,id=d0,node-name=n0",
  files=["disk.qcow2"], steps=[BLOCK])
x("drive-driver-qcow2-on-raw", "-M", "pc", "-drive", "file=" + img("disk.raw") + ",driver=qcow2,if=none,id=d0",
  files=["disk.raw"])
x("drive-driver-file", "-M", "pc", "-drive", "file=" + img("disk.raw") + ",driver=file,if=none,id=d0,node-name=n0",
  files=["disk.raw"], steps=[BLOCK])
x("drive-driver-null-file", "-M", "pc", "-drive", "file=" + img("disk.raw") + ",driver=null-co,if=none,id=d0",
  files=["disk.raw"])
x("drive-driver-format-both", "-M", "pc", "-drive", "file=" + img("disk.raw") + ",driver=raw,format=raw,if=none,id=d0",
  files=["disk.raw"])
x("proto-mon-drive-add", "-M", "pc", steps=hmp(
    "drive_add 0 if=none,id=d1,file=null-co://,driver=null-co,node-name=n1",
    "drive_add 0 if=none,id=d2,file=null-co://,node-name=n2",
    "drive_add 0 if=none,id=d3,file=null-co://x,node-name=n3",
    "drive_add 0 if=none,id=d4,file=bogus://x",
    "info block"))
x("proto-mon-blockdev-add", "-M", "pc", steps=[
    qmp("blockdev-add", driver="file", filename="null-co://", **{"node-name": "f"}),
    qmp("blockdev-add", driver="null-co", filename="null-co://", **{"node-name": "g"}),
    qmp("blockdev-add", driver="raw", file={"driver": "null-co"}, **{"node-name": "h"}), NB])

# ------------------------------------------- a medium named by protocol ----
# Round b4 (2026-12-07, lead): `change` and blockdev-change-medium with the
# names -drive takes (protocols, json:, file:, nbd:, vvfat) and formats over
# a null protocol. No step shows the medium's node: its automatic name
# carries random digits.
CD = ["-M", "pc", "-drive", "if=ide,index=2,media=cdrom"]
x("change-formats", *CD, steps=hmp(
    "change ide1-cd0 null-co:// qcow2", "change ide1-cd0 null-co:// vmdk", "change ide1-cd0 null-co:// null-co",
    "change ide1-cd0 null-co:// file", "change ide1-cd0 null-aio:// raw", "eject ide1-cd0",
    "change ide1-cd0 null-aio://", "eject ide1-cd0", "change ide1-cd0 null-co:// raw"))
x("change-names", *CD, steps=hmp(
    "change ide1-cd0 bogus://x", "change ide1-cd0 :x", "change ide1-cd0 null-co:x",
    "change ide1-cd0 file:/nonexistent-hl.iso", "change ide1-cd0 host_cdrom:/nonexistent-hl.iso",
    "change ide1-cd0 nbd:127.0.0.1:10809", "change ide1-cd0 nbd://127.0.0.1/disk",
    "change ide1-cd0 json:{bad", "change ide1-cd0 json:[]", "change ide1-cd0 json:{}"))
x("change-json", *CD, steps=hmp(
    'change ide1-cd0 json:{"driver":"null-co"}', "eject ide1-cd0",
    'change ide1-cd0 json:{"driver":"raw","file":{"driver":"null-co"}}', "eject ide1-cd0",
    'change ide1-cd0 json:{"driver":"null-co"} qcow2', 'change ide1-cd0 json:{"driver":"nosuch"}'))
own = lambda id, n: IMG + "/" + corpus.id("x86_64", id) + "/" + n  # a case's own copy, named in a step
x("change-files", *CD, files=["boot.iso", "share"], steps=hmp(
    "change ide1-cd0 file:" + own("change-files", "boot.iso"), "eject ide1-cd0",
    "change ide1-cd0 fat:" + own("change-files", "share"), "eject ide1-cd0",
    "change ide1-cd0 fat:rw:" + own("change-files", "share") + " raw", "change ide1-cd0 /nonexistent-hl.iso"))
x("change-floppy", "-M", "pc", "-drive", "if=floppy,index=0", files=["share"], steps=hmp(
    "change floppy0 null-co:// qcow2", "change floppy0 fat:floppy:" + own("change-floppy", "share"), "eject floppy0",
    "change floppy0 null-aio://"))  # (fat:floppy:rw: prints its write target's random /var/tmp name)
x("change-qmp", *CD, steps=[
    qmp("blockdev-change-medium", device="ide1-cd0", filename="null-co://", format="qcow2"),
    qmp("blockdev-change-medium", device="ide1-cd0", filename="bogus://x"),
    qmp("blockdev-change-medium", device="ide1-cd0", filename='json:{"driver":"null-co"}'),
    qmp("blockdev-change-medium", device="ide1-cd0", filename="null-aio://", format="raw", **{"read-only-mode": "read-only"}),
    qmp("blockdev-change-medium", device="ide1-cd0", filename="null-co://", format="null-co")])
# The same names and formats on -drive.
for tag, opt in [("null-aio", "format=null-aio"), ("file", "format=file"), ("vmdk", "format=vmdk"),
                 ("json-qcow2", "format=qcow2")]:
    name = 'json:{"driver":"null-co"}' if tag.startswith("json") else "null-co://"
    x("drive-over-null-" + tag, "-M", "pc", "-drive", "file=%s,%s,if=none,id=d0" % (name, opt))
x("drive-json-empty", "-M", "pc", "-drive", "file=json:{},if=none,id=d0")
x("drive-fat-rw-readonly", "-M", "pc", "-drive", "file=fat:rw:" + img("share") + ",readonly=on,if=none,id=d0",
  files=["share"])
# block_set_io_throttle's limits, checked as throttle_is_valid does.
def thr(**k):
    a = dict(device="d0", bps=0, bps_rd=0, bps_wr=0, iops=0, iops_rd=0, iops_wr=0)
    a.update(k)
    return qmp("block_set_io_throttle", **a)
x("throttle-limits", "-M", "pc", "-drive", "file=null-co://,format=raw,if=none,id=d0,node-name=n0",
  "-device", "virtio-blk-pci,drive=d0,id=v0", steps=[
    thr(bps_max=100), thr(bps=100, bps_max=50), thr(bps=100, bps_rd=1), thr(bps=10, bps_max=100, bps_rd_max=100),
    thr(iops_size=4096), thr(bps=2000000000000000), thr(bps=100, bps_max=200, bps_max_length=0),
    thr(bps=100, bps_max_length=2), thr(bps=100, bps_max=1000000000000000, bps_max_length=2), thr(bps=-1),
    thr(iops=10, iops_max=5), thr(iops_rd=10, iops_rd_max=20, iops_rd_max_length=0),
    thr(bps=100, bps_max=200, bps_max_length=5, iops=10, iops_size=512), {"hmp": "info block d0"},
    thr(bps_wr=1000, group="g1"), {"hmp": "info block d0"},
    {"hmp": "block_set_io_throttle d0 2000000000000000 0 0 0 0 0"}, {"hmp": "block_set_io_throttle d0 0 1 0 0 0 5"},
    {"hmp": "info block d0"}])
p("change-pseries", "-M", "pseries", "-drive", "if=scsi,media=cdrom,index=0", steps=hmp(
    "change scsi0-cd0 null-co:// qcow2", 'change scsi0-cd0 json:{"driver":"null-co"}', "eject scsi0-cd0",
    "change scsi0-cd0 nbd:127.0.0.1:10809"))


if __name__ == "__main__":
    corpus.write()
    hostfiles.write()
