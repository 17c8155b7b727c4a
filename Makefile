# Hotplug Lab. The two commands a newcomer runs: `make run` and `make test`.
GO      ?= go
SHARED  ?= ../shared
PORT    ?= 8080
FUZZTIME ?= 5m

.PHONY: run monitor test test-go conformance bench bench-engine fuzz build clean

# `make run` builds the browser app and serves it on 127.0.0.1:$(PORT); the
# page opens on QEMU's CPU hotplug guide's x86 topology example.
run: run-app

# The same machine in the terminal: a (qemu) monitor on the engine.
monitor:
	$(GO) run . monitor -M pc -smp 4,maxcpus=8,sockets=2,cores=2,threads=2

test: test-go check-wasm conformance

test-go:
	$(GO) vet ./...
	$(GO) test -timeout 25m ./...

# The oracle's judge on the engine's replay of every recorded corpus.
conformance: build
	./bin/hotpluglab replay $(SHARED)/oracle/smp_cases.jsonl > bin/smp.out
	python3 $(SHARED)/oracle/compare.py $(SHARED)/oracle/smp.jsonl bin/smp.out --cases $(SHARED)/oracle/smp_cases.jsonl
	./bin/hotpluglab replay testdata/oracle/own_cases.jsonl > bin/own.out
	python3 $(SHARED)/oracle/compare.py testdata/oracle/own.jsonl bin/own.out --cases testdata/oracle/own_cases.jsonl
	./bin/hotpluglab replay $(SHARED)/oracle/hotplug_cases.jsonl > bin/hotplug.out
	python3 $(SHARED)/oracle/compare.py $(SHARED)/oracle/hotplug.jsonl bin/hotplug.out --cases $(SHARED)/oracle/hotplug_cases.jsonl
	./bin/hotpluglab replay testdata/oracle/own_hotplug_cases.jsonl > bin/own_hotplug.out
	python3 $(SHARED)/oracle/compare.py testdata/oracle/own_hotplug.jsonl bin/own_hotplug.out --cases testdata/oracle/own_hotplug_cases.jsonl
	./bin/hotpluglab replay $(SHARED)/oracle/guest/guest_cases.jsonl > bin/guest.out
	python3 $(SHARED)/oracle/guest/compare_guest.py $(SHARED)/oracle/guest/guest.jsonl bin/guest.out --cases $(SHARED)/oracle/guest/guest_cases.jsonl --boot-kmsg
	./bin/hotpluglab replay testdata/oracle/own_guest_cases.jsonl > bin/own_guest.out
	python3 $(SHARED)/oracle/guest/compare_guest.py testdata/oracle/own_guest.jsonl bin/own_guest.out --cases testdata/oracle/own_guest_cases.jsonl --boot-kmsg

build:
	@mkdir -p bin
	$(GO) build -o bin/hotpluglab .

# Engine benchmarks, then the app's sizes and browser timings beside a
# go-app hello world (figures to compare as ratios, never asserted).
bench: bench-engine bench-app

bench-engine:
	$(GO) test -run '^$$' -bench . -benchmem ./engine/...

fuzz:
	$(GO) test -run '^$$' -fuzz FuzzCommandLine -fuzztime $(FUZZTIME) ./engine/cmdline
	$(GO) test -run '^$$' -fuzz FuzzSMP -fuzztime $(FUZZTIME) ./engine/smp
	$(GO) test -run '^$$' -fuzz FuzzHMP -fuzztime $(FUZZTIME) ./engine/monitor
	$(GO) test -run '^$$' -fuzz FuzzQMP -fuzztime $(FUZZTIME) ./engine/monitor
	$(GO) test -run '^$$' -fuzz FuzzShell -fuzztime $(FUZZTIME) ./engine/guest

clean:
	rm -rf bin

-include app.mk
