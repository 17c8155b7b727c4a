package session

import (
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"hotpluglab/engine/release"
)

// The page's start is the engine's first start in a fresh process: what it
// reads then (tables decoded on first use) is what the browser compiles and
// runs as the page opens. The default machine's first start allocated
// 4.3 MB (pseries 4096: 5.0, q35 288: 4.3); a start-up check that read the recorded QOM values and CPU
// expansions for every machine made it 22 MB (and the page's own start
// twice as long). Measured in a child process, so that nothing this test
// binary ran before has decoded the tables already.
func TestFirstStartReadsLittle(t *testing.T) {
	if os.Getenv("HOTPLUGLAB_FIRST_START") == "1" {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		s := Start(release.Latest, "", strings.Fields(os.Getenv("HOTPLUGLAB_FIRST_LINE")))
		if !s.Started() || len(s.Topology().Slots) == 0 {
			fmt.Println("did not start")
			return
		}
		runtime.ReadMemStats(&after)
		fmt.Printf("allocated %d\n", after.TotalAlloc-before.TotalAlloc)
		return
	}
	// The page's default machine and the two large grids bench-app times;
	// limits about twice what each allocated when this test was written.
	for _, c := range []struct {
		line  string
		limit int
	}{
		{"-M pc -smp 4,maxcpus=8,sockets=2,cores=2,threads=2", 8 << 20},
		{"-M pseries -smp 1,maxcpus=4096", 10 << 20},
		{"-M q35 -smp 1,maxcpus=288 -accel kvm", 8 << 20},
	} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestFirstStartReadsLittle$", "-test.count=1")
		cmd.Env = append(os.Environ(), "HOTPLUGLAB_FIRST_START=1", "HOTPLUGLAB_FIRST_LINE="+c.line)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s: child: %v\n%s", c.line, err, out)
		}
		_, rest, ok := strings.Cut(string(out), "allocated ")
		if !ok {
			t.Fatalf("%s: child printed no figure:\n%s", c.line, out)
		}
		n, err := strconv.Atoi(strings.Fields(rest)[0])
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: the first start allocated %.1f MB (limit %d MB)", c.line, float64(n)/(1<<20), c.limit>>20)
		if n > c.limit {
			t.Errorf("%s: the first start allocated %.1f MB, over %d MB: a start-up path reads a large table it does not need", c.line, float64(n)/(1<<20), c.limit>>20)
		}
	}
}
