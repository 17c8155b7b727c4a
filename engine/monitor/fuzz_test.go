package monitor_test

import (
	"hotpluglab/engine/release"
	"testing"

	"hotpluglab/engine/session"
)

// Bad input gets QEMU's error, never a panic: any HMP line, any QMP text.

func FuzzHMP(f *testing.F) {
	for _, s := range []string{
		"device_add qemu64-x86_64-cpu,id=cpu1,socket-id=1,core-id=0,thread-id=0",
		"device_del cpu1", "device_add", "device_add help", "device_add qemu64-x86_64-cpu,help",
		"info hotpluggable-cpus", "help", "help info status", "o /w 0xaf00 4", "i /b 0xaf04",
		"o /b 0xaf05 1", "i /2h (1+2)*3", "qom-set -j /machine/acpi-device cpu-hotplug-legacy false",
		"qom-get /machine smp", `device_add "qemu64-x86_64-cpu,id=\"x`, "system_reset", "cont", "stop",
		"device_add qemu64-x86_64-cpu,apic-id=0x7", "device_del /machine/unattached/device[1]",
		"qom-set /machine hpet x", "qom-set /machine smp x", "qom-get /machine memory", "qom-set -j /machine max-ram-below-4g 7",
		"qom-set /machine/unattached/device[0] family 300", "qom-get /machine/unattached/device[0] feature-words",
		"qom-set /machine/unattached/device[1] core-id -1", "qom-set /machine/peripheral/c1 vendor AuthenticAMD",
		"chardev-add ringbuf,id=r,size=4,mux=on", "chardev-change r null", "chardev-change compat_monitor0 ringbuf,size=3",
		"hostfwd_add tcp::bad", "hostfwd_remove x tcp::1", "netdev_add hubport,id=h,hubid=0,netdev=compat_monitor0",
		"object_add filter-redirector,id=f,netdev=n,indev=x", "qom-set /objects/f status x", "o /b 0x3f8 0x41",
		"chardev-add socket,id=s,fd=x", "log all", "logfile /nonexistent/x", "qom-list /chardevs",
	} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, line string, pseries bool) {
		args := []string{"-S", "-M", "pc", "-smp", "2,maxcpus=8,sockets=2,cores=2,threads=2"}
		if pseries {
			args = []string{"-S", "-M", "pseries", "-smp", "2,maxcpus=8"}
		}
		s := session.Start(release.V7_2, "", args)
		s.HMP("device_add " + map[bool]string{false: "qemu64-x86_64-cpu,id=c1,socket-id=1,core-id=0,thread-id=0", true: "power9_v2.0-spapr-cpu-core,id=c1,core-id=3"}[pseries])
		s.HMP("o /b 0xaf00 0")
		s.HMP(line)
		s.HMP("info hotpluggable-cpus")
		s.QMP(`{"execute":"query-cpus-fast"}`)
	})
}

func FuzzQMP(f *testing.F) {
	for _, s := range []string{
		`{"execute":"device_add","arguments":{"driver":"qemu64-x86_64-cpu","id":"c2","socket-id":1,"core-id":1,"thread-id":0}}`,
		`{"execute":"device_del","arguments":{"id":"c1"}}`, `{"execute":"qom-get","arguments":{"path":"/machine","property":"smp"}}`,
		`{"execute":"qom-set","arguments":{"path":"/machine/acpi-device","property":"cpu-hotplug-legacy","value":false}}`,
		`{"execute":"qom-set","arguments":{"path":"/machine","property":"sgx-epc","value":{}}}`,
		`{"execute":"qom-set","arguments":{"path":"/machine/unattached/device[0]","property":"stepping","value":"x"}}`,
		`{"execute":"human-monitor-command","arguments":{"command-line":"info cpus"}}`, `{"execute":"query-hotpluggable-cpus","id":[1]}`,
		`[]`, `{`, `"x"`, `{"execute":1}`, `{"execute":"system_reset"}`, `{"execute":"device_add","arguments":{"driver":"power9_v2.0-spapr-cpu-core","core-id":1e3}}`,
		`{"execute":"qom-list-types","arguments":{"implements":"x86_64-cpu","abstract":true}}`, `{"execute":"query-acpi-ospm-status"}`,
		`{"execute":"chardev-change","arguments":{"id":"compat_monitor0","backend":{"type":"file","data":{"in":1}}}}`,
		`{"execute":"qom-list-properties","arguments":{"typename":"iothread"}}`,
		`{"execute":"object-add","arguments":{"qom-type":"throttle-group","id":"t","limits":{"iops-total":[]}}}`,
		`{"execute":"ringbuf-read","arguments":{"device":"compat_monitor0","size":-1}}`,
	} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, req string, pseries bool) {
		args := []string{"-S", "-M", "q35", "-smp", "2,maxcpus=8,sockets=2,cores=2,threads=2"}
		if pseries {
			args = []string{"-S", "-M", "pseries", "-smp", "2,maxcpus=8"}
		}
		s := session.Start(release.V7_2, "", args)
		s.QMP(`{"execute":"qmp_capabilities"}`)
		s.QMP(req)
		s.QMP(`{"execute":"query-hotpluggable-cpus"}`)
		s.HMP("info cpus")
	})
}

// FuzzHMPArgs drives the argument parser of every command of both
// releases' tables (each args_type: strings, expressions, sizes, doubles,
// flags, /fmt, on/off, options) with any text, through the whole command:
// QEMU's answer or a note, never a panic.
func FuzzHMPArgs(f *testing.F) {
	for _, s := range []string{
		"", "x", "-f d", "/10xb 0x1000", "$pc+4", "1G", "0.5ms", "on", "-d -z /tmp/f 0 4096", `"a b" c`,
		"-r -b 1 2", "vnc pw -d 0", "tcp::4444 -x", "((1)", "'a'", "1e3", "-12", "x=1,y=2",
	} {
		f.Add(uint16(0), s, false)
		f.Add(uint16(77), s, true)
	}
	f.Fuzz(func(t *testing.T, pick uint16, args string, pseries bool) {
		machine := []string{"-S", "-M", "pc", "-smp", "2,maxcpus=4"}
		if pseries {
			machine = []string{"-S", "-M", "pseries", "-smp", "1,maxcpus=4"}
		}
		rel := release.All()[int(pick)%len(release.All())]
		s := session.Start(rel, "", machine)
		names := append(s.Mon.HMPCommandNames(), prefixed("info ", s.Mon.InfoNames())...)
		name := names[int(pick)%len(names)]
		if name == "quit" || name == "q" {
			name = "info"
		}
		s.HMP(name + " " + args)
		s.HMP("info cpus")
	})
}

func prefixed(p string, l []string) []string {
	out := make([]string, len(l))
	for i, s := range l {
		out[i] = p + s
	}
	return out
}
