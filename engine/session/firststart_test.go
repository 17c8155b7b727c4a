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
// 4.3 MB; a start-up check that read the recorded QOM values and CPU
// expansions for every machine made it 22 MB (and the page's own start
// twice as long). Measured in a child process, so that nothing this test
// binary ran before has decoded the tables already.
func TestFirstStartReadsLittle(t *testing.T) {
	if os.Getenv("HOTPLUGLAB_FIRST_START") == "1" {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		s := Start(release.Latest, "", strings.Fields("-M pc -smp 4,maxcpus=8,sockets=2,cores=2,threads=2"))
		if !s.Started() || len(s.Topology().Slots) != 8 {
			fmt.Println("did not start")
			return
		}
		runtime.ReadMemStats(&after)
		fmt.Printf("allocated %d\n", after.TotalAlloc-before.TotalAlloc)
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestFirstStartReadsLittle$", "-test.count=1")
	cmd.Env = append(os.Environ(), "HOTPLUGLAB_FIRST_START=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	_, rest, ok := strings.Cut(string(out), "allocated ")
	if !ok {
		t.Fatalf("child printed no figure:\n%s", out)
	}
	n, err := strconv.Atoi(strings.Fields(rest)[0])
	if err != nil {
		t.Fatal(err)
	}
	const limit = 8 << 20
	t.Logf("the default machine's first start allocated %.1f MB (limit %d MB)", float64(n)/(1<<20), limit>>20)
	if n > limit {
		t.Errorf("the default machine's first start allocated %.1f MB, over %d MB: a start-up path reads a large table it does not need", float64(n)/(1<<20), limit>>20)
	}
}
