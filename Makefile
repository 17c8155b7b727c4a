# Hotplug Lab. The two commands a newcomer runs: `make run` and `make test`.
GO       ?= go
SHARED   ?= ../shared
PORT     ?= 8080
FUZZTIME ?= 5m
SHELL    := bash
# -gcflags=all=-l: no inlining in the wasm. Inlined copies of small
# helpers (go-app's element builders above all) made a fifth of its bytes, and
# V8 compiles every function a page start touches, whole, on first call:
# without them app.wasm is 19.5% smaller brotli and starts ~20% faster
# (TurboFan inlines the hot calls again once code is hot).
WASM_FLAGS = -trimpath -gcflags=all=-l -ldflags='-s -w'

.PHONY: run monitor test test-go conformance bench bench-engine bench-app fuzz build wasm site check-wasm chromium clean

# `make run` builds the browser app and serves it on 127.0.0.1:$(PORT); the
# page opens on QEMU's CPU hotplug guide's x86 topology example.
run: web/app.wasm
	$(GO) run . serve -addr 127.0.0.1:$(PORT)

# The same machine in the terminal: a (qemu) monitor on the engine.
monitor:
	$(GO) run . monitor -M pc -smp 4,maxcpus=8,sockets=2,cores=2,threads=2

# Every test: vet, the Go tests (engine, components, app, the conformance
# judgements through compare.py, and the browser tests in Chromium), then
# the wasm's contents.
test: test-go check-wasm

test-go: chromium web/app.wasm
	$(GO) vet ./...
	SHARED=$(SHARED) HOTPLUG_WASM=$(CURDIR)/web/app.wasm $(GO) test -timeout 25m ./...

# The oracle's judge on the engine's replay of every recorded corpus (the
# table in engine/replay/conformance_test.go), one verdict per corpus. The
# same judgements run inside `make test`.
conformance:
	@mkdir -p bin
	@SHARED=$(SHARED) $(GO) test -count=1 -timeout 25m -run '^TestConformance$$' -v ./engine/replay > bin/conformance.log 2>&1; status=$$?; \
	  grep -E '^(=== RUN|--- FAIL|FAIL|ok)|conformance:|FAIL ' bin/conformance.log; exit $$status

build:
	@mkdir -p bin
	$(GO) build -o bin/hotpluglab .

# The browser build; only rebuilt when Go sources changed.
web/app.wasm: go.mod go.sum $(shell find app components engine wasm -name '*.go' -not -name '*_test.go' 2>/dev/null)
	GOOS=js GOARCH=wasm $(GO) build $(WASM_FLAGS) -o $@ ./wasm
	$(GO) run . merge-data $@

wasm: web/app.wasm

# A static site: make site OUT=site BASE=/hotplug-lab/
OUT  ?= site
BASE ?= /
site: web/app.wasm
	$(GO) run . build -out $(OUT) -base $(BASE)

# The wasm must not carry the server: neither our packages nor go-app (the
# patched copy in app/third_party/go-app keeps its Handler out of wasm builds)
# may bring net/http, text/template or the site code into it, nor Go's
# crypto (the patched go-app keeps crypto/rand and crypto/aes out), nor
# math/big (about 50 KB brotli, for one range check once), nor Go's regexp
# (engine/regex answers the same; regexp brings unicode's start-up maps). (Its size
# budget is checked by TestWasmSizeBudget in app/site.)
check-wasm:
	@bad=$$(GOOS=js GOARCH=wasm $(GO) list -deps ./wasm | grep -xE 'net/http|text/template|html/template|crypto/tls|crypto/rand|crypto/aes|math/big|regexp|hotpluglab/app/site' || true); \
	if [ -n "$$bad" ]; then echo "check-wasm: the wasm links server code or heavy packages:" $$bad; exit 1; fi
	@scan=$$(grep -rnE 'fmt\.(S|F)?scan' --include='*.go' --exclude='*_test.go' app components engine wasm | grep -vE ':[0-9]+:[[:space:]]*//' || true); \
	if [ -n "$$scan" ]; then echo "check-wasm: fmt's scanner links 45 KB into the wasm (use strconv/strings):"; echo "$$scan"; exit 1; fi
	@echo "check-wasm: no server code in the wasm"

# Chromium for the browser tests: CI installs it when missing.
chromium:
	@if ! command -v chromium >/dev/null 2>&1; then \
	  if [ -n "$$CI" ]; then apt-get update && apt-get install -y chromium; \
	  else echo "chromium missing: browser tests will skip (CI=true installs it)"; fi; fi

# Engine benchmarks, then the app's sizes and browser timings beside a
# go-app hello world (figures to compare as ratios, never asserted).
bench: bench-engine bench-app

bench-engine:
	$(GO) test -run '^$$' -bench . -benchmem ./engine/...

bench-app: chromium web/app.wasm
	$(GO) run . bench-app

# Every fuzz target for FUZZTIME each; a crasher stops it (go keeps it in the
# package's testdata/fuzz as a seed). The exec counts are printed at the end.
FUZZ_TARGETS = \
	FuzzCommandLine:./engine/cmdline FuzzSMP:./engine/smp FuzzHMP:./engine/monitor FuzzHMPArgs:./engine/monitor \
	FuzzQMP:./engine/monitor FuzzStream:./engine/qjson \
	FuzzShell:./engine/guest FuzzDecode:./engine/sharelink FuzzOpen:./engine/sharelink \
	FuzzParse:./engine/scenario FuzzRun:./engine/scenario FuzzHostCall:./app FuzzSessionFile:./app \
	FuzzDeviceProperties:./engine/board \
	FuzzNetdev:./engine/netdev FuzzChardev:./engine/chardev \
	FuzzBlockdev:./engine/block FuzzDrive:./engine/block FuzzParse:./engine/hostfs

fuzz:
	@set -e; sum=$$(mktemp); for t in $(FUZZ_TARGETS); do \
	  name=$${t%%:*}; pkg=$${t#*:}; \
	  $(GO) test -run '^$$' -fuzz "^$$name$$" -fuzztime $(FUZZTIME) $$pkg 2>&1 | tee $$sum.out; \
	  st=$${PIPESTATUS[0]}; \
	  echo "$$name ($$pkg): $$(grep -o 'execs: [0-9]*' $$sum.out | tail -1 | cut -d' ' -f2) execs$$( [ $$st = 0 ] || echo ', FAILED')" >> $$sum; \
	  [ $$st = 0 ] || { cat $$sum; exit 1; }; \
	done; echo "fuzz: exec counts in $(FUZZTIME) each"; cat $$sum; rm -f $$sum $$sum.out

clean:
	rm -rf bin
