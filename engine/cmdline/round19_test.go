package cmdline

import (
	"strings"
	"testing"

	"hotpluglab/engine/hostfs"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/release"
)

// Round 19 (probe_cmdline c19-, measured on both releases): -plugin,
// -echr, -icount's replay file and align/sleep, -mem-path beside
// memory-backend=, the x-remote machine and its objects, x-pci-proxy-dev,
// a readonly file backend on a directory, HMAT's initiators, asymmetric
// NUMA distances.
func TestRound19Outcomes(t *testing.T) {
	const x = "qemu-system-x86_64: "
	img := hostfs.New(hostfs.File{Path: "/img/vm.img", Format: hostfs.Raw, Size: 16 << 20},
		hostfs.File{Path: "/img/tiny", Format: hostfs.Raw, Size: 8}, hostfs.File{Path: "/img/dir", Format: hostfs.Dir})
	hmat := "-M q35,hmat=on -m 2G -smp 2,sockets=2 -object memory-backend-ram,size=1G,id=m0 -object memory-backend-ram,size=1G,id=m1 "
	dist := "-smp 2 -m 2G -object memory-backend-ram,id=m0,size=1G -object memory-backend-ram,id=m1,size=1G " +
		"-numa node,nodeid=0,cpus=0,memdev=m0 -numa node,nodeid=1,cpus=1,memdev=m1 "
	for _, tc := range []struct {
		rel     *release.Release
		args    string
		exit    int
		stderr  string
		started bool
		stdout  string
	}{
		{release.V7_2, "-plugin /nonexistent/libbb.so", 1, x + "Could not load plugin /nonexistent/libbb.so: /nonexistent/libbb.so: cannot open shared object file: No such file or directory\n", false, ""},
		{release.V10_0, "-plugin file=/x.so,arg=ifilter=st", 1, x + "-plugin file=/x.so,arg=ifilter=st: warning: using 'arg=ifilter=st' is deprecated\nPlease use 'ifilter=st' directly\n" +
			x + "Could not load plugin /x.so: /x.so: cannot open shared object file: No such file or directory\n", false, ""},
		{release.V7_2, "-plugin /x.so,arg=inline", 1, x + "-plugin /x.so,arg=inline: warning: using 'arg=inline' is deprecated\nPlease use 'inline=on' directly\n" +
			x + "Could not load plugin /x.so: /x.so: cannot open shared object file: No such file or directory\n", false, ""},
		{release.V7_2, "-plugin arg=inline", 1, x + "-plugin arg=inline: missing earlier '-plugin file=' option\n", false, ""},
		{release.V7_2, "-plugin file=", 1, x + "-plugin file=: requires a non-empty argument\n", false, ""},
		{release.V7_2, "-plugin /img/vm.img", 1, x + "Could not load plugin /img/vm.img: /img/vm.img: invalid ELF header\n", false, ""},
		{release.V7_2, "-plugin /img/tiny", 1, x + "Could not load plugin /img/tiny: /img/tiny: file too short\n", false, ""},
		{release.V7_2, "-plugin /img/dir", 1, x + "Could not load plugin /img/dir: /img/dir.so: cannot open shared object file: No such file or directory\n", false, ""},
		{release.V7_2, "-plugin /img/vm", 1, x + "Could not load plugin /img/vm: /img/vm.so: cannot open shared object file: No such file or directory\n", false, ""},
		{release.V7_2, "-echr 1", 0, "", true, ""},
		{release.V7_2, "-echr x", 0, "", true, "Bad argument to echr\n"},
		{release.V7_2, "-echr -0x14", 0, "", true, ""},
		{release.V7_2, "-icount shift=auto,align=on,sleep=off", 1, x + "-icount shift=auto,align=on,sleep=off: align=on and sleep=off are incompatible\n", false, ""},
		{release.V7_2, "-icount shift=auto,rr=replay,rrfile=/nonexistent/r.bin", 1, "Replay: open /nonexistent/r.bin: No such file or directory\n", false, ""},
		{release.V7_2, "-m 64M -mem-path /tmp -object memory-backend-ram,id=r,size=64M -machine memory-backend=r", 1,
			x + "'-mem-path' can't be used together with'-machine memory-backend'\n", false, ""},
		{release.V7_2, "-M x-remote", 0, "", true, ""},
		{release.V10_0, "-M x-remote,vfio-user=on,auto-shutdown=off", 0, "", true, ""},
		{release.V7_2, "-M x-remote,hpet=off", 1, x + "Property 'x-remote-machine.hpet' not found\n", false, ""},
		{release.V7_2, "-M x-remote -smp 2", 1, x + "Invalid SMP CPUs 2. The max CPUs supported by machine 'x-remote' is 1\n", false, ""},
		{release.V7_2, "-device x-pci-proxy-dev,fd=99", 1, x + "-device x-pci-proxy-dev,fd=99: proxy: fd 99 is not a socket\n", false, ""},
		{release.V7_2, "-device x-pci-proxy-dev,fd=x", 1, x + "-device x-pci-proxy-dev,fd=x: proxy: unable to parse fd x: Invalid file descriptor number 'x'\n", false, ""},
		{release.V7_2, "-M x-remote -object x-remote-object,id=r,devid=d", 1, x + "-object x-remote-object,id=r,devid=d: Parameter 'fd' is missing\n", false, ""},
		{release.V7_2, "-M x-remote -object x-remote-object,id=r,fd=9", 1, x + "-object x-remote-object,id=r,fd=9: Parameter 'devid' is missing\n", false, ""},
		{release.V10_0, "-object x-remote-object,id=r,fd=9,devid=d", -11, "", false, ""},
		{release.V7_2, "-object x-vfio-user-server,id=v,socket.type=unix,socket.path=/s", 1, x + "-object x-vfio-user-server,id=v,socket.type=unix,socket.path=/s: Parameter 'type' is missing\n", false, ""},
		{release.V7_2, "-m 64M -object memory-backend-file,id=f,size=64M,mem-path=/tmp,readonly=on -machine memory-backend=f", 1,
			x + "unable to map backing store for guest RAM: No such device\n", false, ""},
		{release.V10_0, "-m 64M -object memory-backend-file,id=f,size=64M,mem-path=/img/dir,readonly=on -machine memory-backend=f", 1,
			x + "can't open backing store /img/dir for guest RAM: Is a directory\n", false, ""},
		{release.V7_2, "-m 64M -object memory-backend-file,id=f,size=64M,mem-path=/tmp -machine memory-backend=f", 0, "", true, ""},
		{release.V7_2, hmat + "-numa node,nodeid=0,memdev=m0,initiator=1 -numa node,nodeid=1,memdev=m1,initiator=1 -numa cpu,node-id=0,socket-id=0", 1,
			x + "-numa cpu,node-id=0,socket-id=0: The initiator of CPU NUMA node 0 should be itself (got 1)\n", false, ""},
		{release.V7_2, hmat + "-numa node,nodeid=0,memdev=m0 -numa node,nodeid=1,memdev=m1,initiator=0 -numa cpu,node-id=0,socket-id=0 -numa cpu,node-id=0,socket-id=1", 0, "", true, ""},
		{release.V7_2, hmat + "-numa node,nodeid=0,memdev=m0,initiator=1 -numa node,nodeid=1,memdev=m1 -numa cpu,node-id=0,socket-id=0 -numa cpu,node-id=0,socket-id=1", 1,
			x + "-numa cpu,node-id=0,socket-id=0: The initiator of CPU NUMA node 0 should be itself (got 1)\n", false, ""},
		{release.V7_2, dist + "-numa dist,src=0,dst=1,val=21 -numa dist,src=1,dst=0,val=31", 0, "", true, ""},
	} {
		r := StartOnHost(tc.rel, machinetype.X86_64, strings.Fields(tc.args), img)
		if r.Started != tc.started || r.ExitCode != tc.exit || r.Stderr != tc.stderr || r.Stdout != tc.stdout {
			t.Errorf("%s %s:\n got started=%v exit=%d stderr=%q stdout=%q\nwant started=%v exit=%d stderr=%q stdout=%q", tc.rel.Name, tc.args,
				r.Started, r.ExitCode, r.Stderr, r.Stdout, tc.started, tc.exit, tc.stderr, tc.stdout)
		}
	}
}
