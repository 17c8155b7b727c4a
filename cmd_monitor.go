package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"hotpluglab/engine/session"
)

// DefaultMachine is QEMU's CPU hotplug guide's x86 topology example.
var DefaultMachine = []string{"-M", "pc", "-smp", "4,maxcpus=8,sockets=2,cores=2,threads=2"}

func monitorMain(args []string) int {
	return runMonitor(args, os.Stdin, os.Stdout, os.Stderr)
}

// runMonitor is an interactive session: HMP with a "(qemu) " prompt, or QMP
// on stdin/stdout with -qmp.
func runMonitor(args []string, in io.Reader, out, errw io.Writer) int {
	qmp := false
	if len(args) > 0 && args[0] == "-qmp" {
		qmp, args = true, args[1:]
	}
	if len(args) == 0 {
		args = DefaultMachine
	}
	s := session.Start(args)
	io.WriteString(errw, s.Stderr())
	io.WriteString(out, s.Stdout())
	if !s.Started() {
		return s.ExitCode()
	}
	if ns := s.NotSimulated(); len(ns) > 0 {
		fmt.Fprintf(errw, "hotpluglab: accepted but not simulated: %s\n", strings.Join(ns, " "))
	}
	w := bufio.NewWriter(out)
	defer w.Flush()
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	if qmp {
		fmt.Fprintln(w, session.Greeting())
		w.Flush()
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			if line == "" {
				continue
			}
			for _, l := range s.QMP(line) {
				fmt.Fprintln(w, l)
			}
			if strings.Contains(line, `"quit"`) {
				return 0
			}
			w.Flush()
		}
		return 0
	}
	fmt.Fprintf(w, "QEMU 7.2.22 monitor - type 'help' for more information\n(qemu) ")
	w.Flush()
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "quit" || strings.TrimSpace(line) == "q" {
			return 0
		}
		io.WriteString(w, s.HMP(line))
		io.WriteString(w, "(qemu) ")
		w.Flush()
	}
	fmt.Fprintln(w)
	return 0
}
