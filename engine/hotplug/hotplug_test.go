package hotplug_test

import (
	"encoding/json"
	"errors"
	"hotpluglab/engine/release"
	"testing"

	"hotpluglab/engine/cmdline"
	"hotpluglab/engine/hotplug"
	"hotpluglab/engine/machine"
	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qjson"
)

func start(t testing.TB, args ...string) (*machine.Machine, *[]string) {
	r := cmdline.Start(release.V7_2, "", args)
	if !r.Started {
		t.Fatal(r.Stderr)
	}
	var events []string
	r.Machine.Host.Emit = func(name string, data qjson.Object) { events = append(events, name+" "+qjson.Marshal(data)) }
	hotplug.Attach(r.Machine)
	return r.Machine, &events
}

func add(m *machine.Machine, arg string) error {
	o, _, err := qdev.Parse(arg)
	if err != nil {
		return err
	}
	_, err = hotplug.DeviceAdd(m, o, true)
	return err
}

// pre_plug's checks, in QEMU's order (first failure wins).
func TestPrePlugX86(t *testing.T) {
	m, _ := start(t, "-M", "pc", "-smp", "4,maxcpus=16,sockets=2,dies=2,cores=2,threads=2")
	for _, c := range []struct{ arg, err string }{
		{"Haswell-x86_64-cpu,socket-id=1", "Invalid CPU type, expected cpu type: 'qemu64-x86_64-cpu'"},
		{"qemu64-x86_64-cpu", "CPU socket-id is not set"},
		{"qemu64-x86_64-cpu,socket-id=2,core-id=9", "Invalid CPU socket-id: 2 must be in range 0:1"},
		{"qemu64-x86_64-cpu,socket-id=1", "CPU die-id is not set"},
		{"qemu64-x86_64-cpu,socket-id=1,die-id=2", "Invalid CPU die-id: 2 must be in range 0:1"},
		{"qemu64-x86_64-cpu,socket-id=1,die-id=1", "CPU core-id is not set"},
		{"qemu64-x86_64-cpu,socket-id=1,die-id=1,core-id=-3", "CPU core-id is not set"},
		{"qemu64-x86_64-cpu,socket-id=1,die-id=1,core-id=0", "CPU thread-id is not set"},
		{"qemu64-x86_64-cpu,socket-id=0,die-id=0,core-id=0,thread-id=0", "CPU[0] with APIC ID 0 exists"},
		{"qemu64-x86_64-cpu,apic-id=99", "Invalid CPU [socket: 12, die: 0, core: 1, thread: 1] with APIC ID 99, valid index range 0:15"},
		{"qemu64-x86_64-cpu,apic-id=9,core-id=1", "property core-id: 1 doesn't match set apic-id: 0x9 (core-id: 0)"},
		{"qemu64-x86_64-cpu,apic-id=9,node-id=1", "invalid node-id, must be 0"},
		{"qemu64-x86_64-cpu,id=a,apic-id=9", ""},
		{"qemu64-x86_64-cpu,id=a,apic-id=10", "Duplicate device ID 'a'"},
	} {
		err := add(m, c.arg)
		if (err == nil) != (c.err == "") || (err != nil && err.Error() != c.err) {
			t.Errorf("%s: %v, want %q", c.arg, err, c.err)
		}
	}
}

func TestPrePlugSPAPR(t *testing.T) {
	m, _ := start(t, "-M", "pseries", "-smp", "2,maxcpus=4")
	for _, c := range []struct{ arg, err string }{
		{"power8_v2.0-spapr-cpu-core,core-id=2", "CPU core type should be power9_v2.0-spapr-cpu-core"},
		{"power9_v2.0-spapr-cpu-core,core-id=2,nr-threads=2", "invalid nr-threads 2, must be 1"},
		{"power9_v2.0-spapr-cpu-core,core-id=4", "core id 4 out of range"},
		{"power9_v2.0-spapr-cpu-core", "core 0 already populated"},
		{"power9_v2.0-spapr-cpu-core,core-id=2,node-id=3", "invalid node-id, must be 0"},
		{"power9_v2.0-spapr-cpu-core,core-id=2", ""},
	} {
		err := add(m, c.arg)
		if (err == nil) != (c.err == "") || (err != nil && err.Error() != c.err) {
			t.Errorf("%s: %v, want %q", c.arg, err, c.err)
		}
	}
	old, _ := start(t, "-M", "pseries-2.6", "-smp", "2")
	if err := add(old, "power7_v2.3-spapr-cpu-core,core-id=1"); err == nil || err.Error() != "CPU hotplug not supported for this machine" {
		t.Errorf("pseries-2.6: %v", err)
	}
}

// What kills QEMU on a pseries core's device_add (round 20, recorded): a
// core-id that CPUCore's int32 makes negative (a read before
// possible_cpus), and on 10.0 a QMP id that is empty (the threads' link
// names "/machine/peripheral/").
func TestSPAPRCoreCrashes(t *testing.T) {
	for _, c := range []struct {
		rel    *release.Release
		args   qjson.Object
		signal int
		stderr string
	}{
		{release.V7_2, qjson.O("driver", "power8_v2.0-spapr-cpu-core", "id", "c", "core-id", json.Number("2147483648")), 11, ""},
		{release.V10_0, qjson.O("driver", "power8_v2.0-spapr-cpu-core", "id", "c", "core-id", json.Number("2147483648")), 11, ""},
		{release.V10_0, qjson.O("driver", "power8_v2.0-spapr-cpu-core", "id", "", "core-id", json.Number("6")), 6,
			"Unexpected error in object_resolve_link() at qom/object.c:1927:\nDevice '/machine/peripheral//thread[0]' not found\n"},
		{release.V10_0, qjson.O("driver", "power8_v2.0-spapr-cpu-core", "id", "", "core-id", json.Number("8")), 0, "core id 8 out of range"},
		{release.V10_0, qjson.O("driver", "power8_v2.0-spapr-cpu-core", "id", "c", "core-id", json.Number("4294967302")), 0, ""},
	} {
		r := cmdline.Start(c.rel, "", []string{"-M", "pseries", "-cpu", "POWER8", "-smp", "2,maxcpus=8"})
		if !r.Started {
			t.Fatal(r.Stderr)
		}
		hotplug.Attach(r.Machine)
		_, err := hotplug.DeviceAdd(r.Machine, qdev.FromJSON(c.args), true)
		var crash *machine.Crash
		switch {
		case c.signal != 0:
			if !errors.As(err, &crash) || crash.Signal != c.signal || crash.Stderr != c.stderr {
				t.Errorf("%s %v: %v, want signal %d", c.rel.Name, c.args, err, c.signal)
			}
		case c.stderr != "":
			if err == nil || err.Error() != c.stderr {
				t.Errorf("%s %v: %v, want %q", c.rel.Name, c.args, err, c.stderr)
			}
		case err != nil: // 4294967302 is core 6 once truncated
			t.Errorf("%s %v: %v", c.rel.Name, c.args, err)
		}
	}
}

func TestUnplug(t *testing.T) {
	m, events := start(t, "-M", "pseries", "-smp", "2,maxcpus=4")
	if err := add(m, "power9_v2.0-spapr-cpu-core,id=c3,core-id=3"); err != nil {
		t.Fatal(err)
	}
	if err := hotplug.DeviceDel(m, "c3"); err != nil {
		t.Fatal(err)
	}
	want := []string{
		`DEVICE_DELETED {"path": "/machine/peripheral/c3/thread[0]/icp"}`,
		`DEVICE_DELETED {"path": "/machine/peripheral/c3/thread[0]/xive-tctx"}`,
		`DEVICE_DELETED {"path": "/machine/peripheral/c3/thread[0]"}`,
		`DEVICE_DELETED {"device": "c3", "path": "/machine/peripheral/c3"}`,
	}
	if len(*events) != 4 || (*events)[0] != want[0] || (*events)[3] != want[3] {
		t.Fatalf("events %q", *events)
	}
	var nf *hotplug.NotFoundError
	if err := hotplug.DeviceDel(m, "c3"); !errors.As(err, &nf) {
		t.Fatalf("second device_del: %v", err)
	}
	var crash *machine.Crash
	if err := hotplug.DeviceDel(m, "/machine/unattached/device[2]/thread[0]"); !errors.As(err, &crash) || crash.Signal != 6 {
		t.Fatalf("thread device_del: %v", err)
	}
	x, xe := start(t, "-M", "q35", "-smp", "1,maxcpus=2", "-accel", "kvm")
	if err := add(x, "qemu64-x86_64-cpu,id=c1,socket-id=0,core-id=1,thread-id=0"); err != nil {
		t.Fatal(err)
	}
	hotplug.Unplug(x, x.FindCPU("c1"))
	if len(*xe) != 2 || (*xe)[1] != `DEVICE_DELETED {"device": "c1", "path": "/machine/peripheral/c1"}` {
		t.Fatalf("x86 KVM unplug events %q", *xe)
	}
}

// device_add and device_del on a full-size pseries: 4096 possible cores.
func BenchmarkPseries4096DeviceAdd(b *testing.B) {
	m, _ := start(b, "-S", "-M", "pseries", "-smp", "1,maxcpus=4096")
	core := 1
	for i := 0; i < b.N; i++ {
		if core == 4096 {
			b.StopTimer()
			m, _ = start(b, "-S", "-M", "pseries", "-smp", "1,maxcpus=4096")
			core = 1
			b.StartTimer()
		}
		o := &qdev.Opts{List: []qdev.Opt{{Name: "driver", Value: "power9_v2.0-spapr-cpu-core"}, {Name: "core-id", Value: itoa(core)}}}
		if _, err := hotplug.DeviceAdd(m, o, true); err != nil {
			b.Fatal(err)
		}
		core++
	}
}

func BenchmarkPseries4096DeviceDel(b *testing.B) {
	m, _ := start(b, "-S", "-M", "pseries", "-smp", "1,maxcpus=4096")
	m.Host.Emit = nil // the events themselves are not what is measured
	fill := func() {
		for core := 1; core < 4096; core++ {
			o := &qdev.Opts{ID: "c" + itoa(core), HasID: true, List: []qdev.Opt{{Name: "driver", Value: "power9_v2.0-spapr-cpu-core"}, {Name: "core-id", Value: itoa(core)}}}
			if _, err := hotplug.DeviceAdd(m, o, true); err != nil {
				b.Fatal(err)
			}
		}
	}
	fill()
	core := 1
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if core == 4096 {
			b.StopTimer()
			fill()
			core = 1
			b.StartTimer()
		}
		if err := hotplug.DeviceDel(m, "c"+itoa(core)); err != nil {
			b.Fatal(err)
		}
		core++
	}
}

func itoa(n int) string {
	var b [8]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(b[i:])
		}
	}
}
