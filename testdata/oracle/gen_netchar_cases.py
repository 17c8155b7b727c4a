#!/usr/bin/env python3
"""Writes netchar_cases.jsonl: the network and character backends as a
learner pastes and types them (issue 8): -netdev / -nic / -net lines from
blogs and libvirt, their errors, hubs, JSON -netdev, netdev_add and
device_add of a NIC, info network; -chardev / -serial / -parallel /
-monitor / -mon, their errors, info chardev, query-chardev, chardev-add and
chardev-remove. Both releases record the same cases:

    python3 testdata/oracle/gen_netchar_cases.py
    python3 ../shared/oracle/record.py testdata/oracle/netchar_cases.jsonl -o /tmp/nc72a.jsonl -j 2   # twice
    PATH=/work/oracle-env/qbin:$PATH python3 ../shared/oracle/record.py testdata/oracle/netchar_cases.jsonl -o /tmp/nc10a.jsonl -j 2   # twice
    python3 testdata/oracle/keep_identical.py /tmp/nc72a.jsonl /tmp/nc72b.jsonl testdata/oracle/netchar.jsonl

Ids, host names and socket paths are the case's own, so nothing depends on
the recording host (no -nic without id: QEMU names its backend "#netNNN"
with random digits; no client sockets, which need a peer)."""
from casegen import Corpus, hmp, qmp

corpus = Corpus("netchar", "nc")
C = corpus.cases
x, p = corpus.x, corpus.p


NET = {"hmp": "info network"}
CHR = {"hmp": "info chardev"}
QCHR = qmp("query-chardev")
PCI = {"hmp": "info pci"}

# ------------------------------------------------------------- network ----
for name, args in [
    ("user-virtio", ["-netdev", "user,id=net0", "-device", "virtio-net-pci,netdev=net0"]),
    ("user-hostfwd-mac", ["-netdev", "user,id=net0,hostfwd=tcp::2222-:22", "-device", "e1000,netdev=net0,mac=52:54:00:12:34:99"]),
    ("user-net", ["-netdev", "user,id=n0,net=192.168.76.0/24,dhcpstart=192.168.76.9", "-device", "virtio-net-pci,netdev=n0"]),
    ("user-restrict", ["-netdev", "user,id=n0,restrict=on", "-device", "e1000,netdev=n0"]),
    ("user-ipv6-off", ["-netdev", "user,id=n0,ipv6=off", "-device", "rtl8139,netdev=n0"]),
    ("user-ipv6-bad", ["-netdev", "user,id=n0,ipv6=maybe"]),
    ("user-two-nics", ["-netdev", "user,id=a", "-netdev", "user,id=b", "-device", "e1000,netdev=a", "-device", "virtio-net-pci,netdev=b"]),
    ("netdev-in-use", ["-netdev", "user,id=n0", "-device", "e1000,netdev=n0", "-device", "e1000,netdev=n0"]),
    ("netdev-missing", ["-device", "e1000,netdev=nosuch"]),
    ("netdev-bad-id", ["-netdev", "user,id=0bad"]),
    ("netdev-no-type", ["-netdev", "id=n0"]),
    ("netdev-unused-two", ["-netdev", "user,id=n1", "-netdev", "user,id=n2"]),
    ("nic-unused-two", ["-device", "e1000", "-device", "e1000,id=second"]),
    ("net-nic-virtio", ["-net", "nic,model=virtio", "-net", "user,id=u"]),
    ("net-nic-mac", ["-net", "nic,model=e1000,macaddr=52:54:00:aa:bb:cc", "-net", "user,id=u"]),
    ("net-nic-only", ["-net", "nic,model=rtl8139"]),
    ("net-user-only", ["-net", "user,id=u"]),
    ("net-nic-netdev", ["-netdev", "user,id=n0", "-net", "nic,model=e1000,netdev=n0"]),
    ("net-none-device", ["-net", "none", "-device", "e1000"]),
    ("nic-none-device", ["-nic", "none", "-device", "e1000"]),
    ("hubports", ["-netdev", "hubport,id=h0,hubid=0", "-netdev", "hubport,id=h1,hubid=0", "-device", "e1000,netdev=h0",
                  "-device", "rtl8139,netdev=h1"]),
    ("hubport-user", ["-netdev", "user,id=u", "-netdev", "hubport,id=h0,hubid=2,netdev=u", "-netdev", "hubport,id=h1,hubid=2",
                      "-device", "e1000,netdev=h1"]),
    ("hubport-alone", ["-netdev", "hubport,id=h0,hubid=0"]),
    ("nic-id", ["-nic", "user,id=mynet"]),
    ("nic-id-model", ["-nic", "user,id=mynet,model=virtio-net-pci,mac=52:54:00:01:02:03"]),
    ("nic-id-hostfwd", ["-nic", "user,id=n1,hostfwd=tcp::5555-:22,model=rtl8139"]),
    ("nic-bad-mac", ["-nic", "user,id=n1,mac=52:54:00:zz:00:01"]),
    ("nic-two", ["-nic", "user,id=a", "-nic", "user,id=b,model=virtio"]),
    ("json-netdev-hostfwd", ["-netdev", '{"type":"user","id":"hostnet0","hostfwd":[{"str":"tcp::2222-:22"}]}',
                             "-device", '{"driver":"virtio-net-pci","netdev":"hostnet0","id":"net0","mac":"52:54:00:6d:90:02"}']),
    ("json-netdev-hostfwd-str", ["-netdev", '{"type":"user","id":"n0","hostfwd":"tcp::2222-:22"}']),
    ("json-netdev-net", ["-netdev", '{"type":"user","id":"n0","ipv4":true,"net":"10.0.5.0/24"}', "-device", "e1000,netdev=n0"]),
    ("json-netdev-id-int", ["-netdev", '{"type":"user","id":1}']),
    ("json-netdev-no-type", ["-netdev", '{"id":"n0"}']),
    ("json-netdev-restrict-str", ["-netdev", '{"type":"user","id":"n0","restrict":"on"}']),
]:
    x("net-" + name, "-M", "pc", *args, steps=[NET])
x("net-q35-nic", "-M", "q35", "-nic", "user,id=n1", steps=[NET, PCI])
x("net-pc-nic-pci", "-M", "pc", "-nic", "user,id=n1", steps=[NET, PCI])
p("net-nic-vlan", "-M", "pseries", "-nic", "user,id=n1", steps=[NET])
p("net-nic-virtio", "-M", "pseries", "-nic", "user,id=n1,model=virtio-net-pci", steps=[NET])
p("net-netdev", "-M", "pseries", "-netdev", "user,id=n0", "-device", "spapr-vlan,netdev=n0", steps=[NET])
p("net-nic-model-help", "-M", "pseries", "-nic", "model=help")
x("net-q35-model-help", "-M", "q35", "-net", "nic,model=help")

# Monitor: netdev_add / netdev_del and a NIC plugged on it.
x("net-hmp-netdev-add", "-M", "pc", steps=[*hmp("netdev_add user,id=n1", "info network", "device_add e1000,netdev=n1,id=nic1",
                                                 "info network", "netdev_add user,id=n1", "netdev_del n1", "info network",
                                                 "netdev_del nosuch")])
x("net-qmp-netdev-add", "-M", "pc", steps=[qmp("netdev_add", type="user", id="n1"), qmp("netdev_add", type="user", id="n1"),
                                            qmp("netdev_add", type="nosuch", id="n2"), NET, qmp("netdev_del", id="n1"),
                                            qmp("netdev_del", id="n1"), NET])
x("net-set-link", "-M", "pc", "-netdev", "user,id=n0", "-device", "e1000,netdev=n0,id=nic0",
  steps=[*hmp("set_link n0 off", "set_link nic0 on", "set_link nosuch off"), qmp("set_link", name="n0", up=False),
         qmp("set_link", name="nosuch", up=True), NET])
x("net-device-before-netdev", "-M", "pc", "-device", "e1000,netdev=n0", "-netdev", "user,id=n0", steps=[NET])
x("net-libvirt-pc", "-M", "pc", "-netdev", "user,id=hostnet0", "-device",
  "virtio-net-pci,netdev=hostnet0,id=net0,mac=52:54:00:5a:3b:1c,bus=pci.0,addr=0x3", steps=[NET, PCI])
x("net-hmp-netdev-add-bad", "-M", "pc", steps=hmp("netdev_add user", "netdev_add foo,id=x", "netdev_add user,id=n1,bogus=1", "info network"))

# ---------------------------------------------------------- characters ----
for name, args in [
    ("socket-unix-mon", ["-chardev", "socket,id=mon0,path=/tmp/hl-nc-mon.sock,server=on,wait=off", "-mon", "chardev=mon0,mode=control"]),
    ("socket-tcp-serial", ["-chardev", "socket,id=c1,host=127.0.0.1,port=45601,server=on,wait=off", "-device", "isa-serial,chardev=c1"]),
    ("socket-telnet", ["-chardev", "socket,id=t,host=127.0.0.1,port=45602,telnet=on,server=on,wait=off"]),
    ("serial-tcp", ["-serial", "tcp:127.0.0.1:45603,server=on,wait=off"]),
    ("serial-telnet", ["-serial", "telnet:127.0.0.1:45604,server=on,wait=off"]),
    ("serial-unix", ["-serial", "unix:/tmp/hl-nc-ser.sock,server=on,wait=off"]),
    ("serial-stdio", ["-serial", "stdio"]),
    ("serial-mon-stdio", ["-serial", "mon:stdio"]),
    ("chardev-stdio", ["-chardev", "stdio,id=s0"]),
    ("serial-two-null", ["-serial", "null", "-serial", "null"]),
    ("serial-none-null", ["-serial", "none", "-serial", "null"]),
    ("serial-chardev", ["-chardev", "null,id=c0", "-serial", "chardev:c0"]),
    ("serial-bad", ["-serial", "nosuch"]),
    ("parallel-null", ["-parallel", "null"]),
    ("parallel-none", ["-parallel", "none"]),
    ("monitor-none", ["-monitor", "none"]),
    ("monitor-null", ["-monitor", "null"]),
    ("mon-readline", ["-chardev", "null,id=c0", "-mon", "chardev=c0"]),
    ("ringbuf-serial", ["-chardev", "ringbuf,id=rb,size=4096", "-device", "isa-serial,chardev=rb"]),
    ("file-nopath", ["-chardev", "file,id=f"]),
    ("socket-noaddr", ["-chardev", "socket,id=s"]),
    ("virtconsole", ["-chardev", "null,id=c0", "-device", "virtio-serial-pci", "-device", "virtconsole,chardev=c0"]),
    ("virtserialport", ["-chardev", "null,id=ch0", "-device", "virtio-serial-pci,id=vs", "-device",
                        "virtserialport,bus=vs.0,chardev=ch0,name=org.qemu.guest_agent.0"]),
    ("vc-msmouse", ["-chardev", "vc,id=v0", "-chardev", "msmouse,id=m", "-device", "isa-serial,chardev=m"]),
    ("mux-serial-mon", ["-chardev", "stdio,id=char0,mux=on,signal=off", "-serial", "chardev:char0", "-mon", "chardev=char0"]),
    ("many", ["-chardev", "null,id=a", "-chardev", "null,id=b", "-chardev", "null,id=charserial0", "-chardev", "null,id=charchannel0",
              "-chardev", "ringbuf,id=zz", "-serial", "null"]),
]:
    x("chr-" + name, "-M", "pc", *args, steps=[CHR, QCHR])
p("chr-vty", "-M", "pseries", "-chardev", "null,id=c0", "-device", "spapr-vty,chardev=c0", steps=[CHR, QCHR])
p("chr-help", "-M", "pseries", "-chardev", "help")

x("chr-libvirt-monitor", "-M", "pc", "-chardev", "socket,id=charmonitor,path=/tmp/hl-nc-libvirt.sock,server=on,wait=off",
  "-mon", "chardev=charmonitor,id=monitor,mode=control", "-chardev", "null,id=charserial0",
  "-device", "isa-serial,chardev=charserial0,id=serial0", "-chardev", "socket,id=charchannel0,path=/tmp/hl-nc-ga.sock,server=on,wait=off",
  "-device", "virtio-serial-pci,id=virtio-serial0", "-device",
  "virtserialport,bus=virtio-serial0.0,nr=1,chardev=charchannel0,id=channel0,name=org.qemu.guest_agent.0", steps=[CHR, QCHR])
x("chr-backends", "-M", "pc", steps=[qmp("query-chardev-backends")])
x("chr-ringbuf-hmp", "-M", "pc", "-chardev", "ringbuf,id=rb,size=16", "-chardev", "null,id=c0",
  steps=hmp("ringbuf_read rb 10", "ringbuf_write rb hello", "ringbuf_read rb 3", "ringbuf_read rb 10",
            "ringbuf_write rb 0123456789abcdefXYZ", "ringbuf_read rb 100", "ringbuf_read c0 10", "ringbuf_write c0 x",
            "chardev-send-break c0", "chardev-send-break nosuch", "ringbuf_read nosuch 1"))
x("chr-ringbuf-qmp", "-M", "pc", "-chardev", "ringbuf,id=rb,size=16",
  steps=[qmp("ringbuf-read", device="rb", size=5), qmp("ringbuf-write", device="rb", data="abc"),
         qmp("ringbuf-read", device="rb", size=5, format="base64"), qmp("ringbuf-write", device="rb", data="aGk=", format="base64"),
         qmp("ringbuf-read", device="rb", size=5), qmp("ringbuf-read", device="nosuch", size=5)])
p("chr-backends", "-M", "pseries", steps=[qmp("query-chardev-backends")])

# Monitor: chardev-add / chardev-remove.
x("chr-qmp-add", "-M", "pc", steps=[qmp("chardev-add", id="bar", backend={"type": "null", "data": {}}),
                                     qmp("chardev-add", id="bar", backend={"type": "null", "data": {}}),
                                     qmp("chardev-add", id="rb", backend={"type": "ringbuf", "data": {"size": 1024}}),
                                     QCHR, qmp("chardev-remove", id="bar"), qmp("chardev-remove", id="bar"), CHR])
x("chr-hmp-add", "-M", "pc", steps=hmp("chardev-add null,id=x", "chardev-add null,id=x", "chardev-add nosuch,id=y",
                                        "info chardev", "chardev-remove x", "chardev-remove x", "info chardev"))
x("chr-remove-busy", "-M", "pc", "-chardev", "null,id=c0", "-device", "isa-serial,chardev=c0",
  steps=[qmp("chardev-remove", id="c0"), *hmp("chardev-remove c0")])

if __name__ == "__main__":
    corpus.write()
