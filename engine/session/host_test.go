package session

import (
	"strings"
	"testing"

	"hotpluglab/engine/hostfs"
	"hotpluglab/engine/release"
)

// A session on a host with files logs them first; replaying its log
// starts on the same host, so a disk image that opened opens again.
func TestHostFilesReplay(t *testing.T) {
	host := hostfs.New(hostfs.File{Path: "/tmp/vm.qcow2", Format: hostfs.QCOW2, Size: 64 << 20})
	args := []string{"-S", "-M", "pc", "-hda", "/tmp/vm.qcow2"}
	s := StartOnHost(release.V7_2, "", args, host)
	if !s.Started() {
		t.Fatalf("did not start on a host with the image: %s", s.Stderr())
	}
	want := s.HMP("info block")
	if len(s.Log) != 2 || s.Log[0].Kind != "host" {
		t.Fatalf("log %v: want the host first", s.Log)
	}
	r, err := Replay(release.V7_2, "", args, s.Log, FileBudget, nil)
	if err != nil || !r.Started() {
		t.Fatalf("replay: %v, started %v", err, r.Started())
	}
	if got := r.HMP("info block"); got != want || !strings.Contains(got, "/tmp/vm.qcow2 (qcow2)") {
		t.Errorf("replayed info block %q, want %q", got, want)
	}
	// Without the host the image is missing, as on a host without it.
	if bare := Start(release.V7_2, "", args); bare.Started() || !strings.Contains(bare.Stderr(), "Could not open '/tmp/vm.qcow2': No such file or directory") {
		t.Errorf("without host files: started %v, stderr %q", bare.Started(), bare.Stderr())
	}
}
