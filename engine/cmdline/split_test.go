package cmdline

import (
	"reflect"
	"testing"
)

func TestSplit(t *testing.T) {
	for in, want := range map[string][]string{
		"-M pc -smp 4":                                {"-M", "pc", "-smp", "4"},
		"qemu-system-x86_64 -M q35 \\\n  -smp 2":      {"-target", "x86_64", "-M", "q35", "-smp", "2"},
		"/usr/bin/qemu-system-ppc64 -M pseries":       {"-target", "ppc64", "-M", "pseries"},
		`-append "console=ttyS0 quiet" -name 'my vm'`: {"-append", "console=ttyS0 quiet", "-name", "my vm"},
		`-smp ""`: {"-smp", ""},
		"  ":      nil,
	} {
		got, err := Split(in)
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("Split(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, bad := range []string{`-name "x`, "-name 'x"} {
		if _, err := Split(bad); err == nil {
			t.Errorf("Split(%q) accepted", bad)
		}
	}
}
