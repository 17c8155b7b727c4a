package guest

import (
	"strings"
	"testing"
)

// The order find printed in the guest's /sys/devices/system/cpu (round
// gs3's recordings): kernfs's hash order, not the names' order.
func TestKernfsOrderAsRecorded(t *testing.T) {
	got := strings.Join(kernfsOrder([]string{"cpu0", "cpu1", "cpu2", "cpu3", "cpufreq", "cpuidle"}), " ")
	if want := "cpuidle cpu3 cpu1 cpufreq cpu2 cpu0"; got != want {
		t.Errorf("kernfsOrder = %q, want %q", got, want)
	}
}
