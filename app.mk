# Browser app targets, included by the Makefile (-include app.mk).
# Variables: GO and PORT come from the Makefile (defaults below when run alone).
GO   ?= go
PORT ?= 8080
WASM_FLAGS = -trimpath -ldflags='-s -w'

.PHONY: wasm run-app site check-wasm test-app test-browser bench-app chromium

# The browser build; only rebuilt when Go sources changed.
web/app.wasm: go.mod go.sum $(shell find app components engine wasm -name '*.go' -not -name '*_test.go' 2>/dev/null)
	GOOS=js GOARCH=wasm $(GO) build $(WASM_FLAGS) -o $@ ./wasm

wasm: web/app.wasm

# `make run` in the Makefile should point here once the app replaces the
# terminal monitor: build the wasm and serve on 127.0.0.1:$(PORT).
run-app: web/app.wasm
	$(GO) run . serve -addr 127.0.0.1:$(PORT)

# A static site: make site OUT=site BASE=/hotplug-lab/
OUT  ?= site
BASE ?= /
site: web/app.wasm
	$(GO) run . build -out $(OUT) -base $(BASE)

# The wasm must not carry the server: our packages may not import net/http,
# and the linked program may not hold go-app's Handler or an HTTP server.
# (go-app v9's pkg/app itself imports net/http, so the package is in the
# dependency list whatever we do; the linker drops what is unused.)
check-wasm:
	@bad=$$(GOOS=js GOARCH=wasm $(GO) list -deps -f '{{if not .Standard}}{{.ImportPath}}: {{join .Imports " "}}{{end}}' ./wasm | grep '^hotpluglab' | grep -w 'net/http' || true); \
	if [ -n "$$bad" ]; then echo "wasm imports net/http: $$bad"; exit 1; fi
	@# (.stkobj records are deduplicated by content: one may carry ServeHTTP's
	@# name while ServeHTTP itself is not linked.)
	@GOOS=js GOARCH=wasm $(GO) build $(WASM_FLAGS) -ldflags='-s -w -dumpdep' -o /dev/null ./wasm 2>&1 | \
	  grep -E 'app\.\(\*Handler\)\.ServeHTTP|GenerateStaticWebsite|net/http\.\(\*Server\)\.Serve\b' | grep -v '\.stkobj$$' | head -3 | \
	  { if read l; then echo "wasm links server code: $$l"; exit 1; fi; }
	@echo "check-wasm: no server code in the wasm"

# Chromium for the browser tests: CI installs it when missing.
chromium:
	@if ! command -v chromium >/dev/null 2>&1; then \
	  if [ -n "$$CI" ]; then apt-get update && apt-get install -y chromium; \
	  else echo "chromium missing: browser tests will skip (CI=true installs it)"; fi; fi

# Browser tests (chromedp). They build the wasm and the static site
# themselves; they skip without Chromium only when CI is unset.
test-browser: chromium web/app.wasm
	HOTPLUG_WASM=web/app.wasm $(GO) test -count=1 -run 'TestBrowser' -v -timeout 8m .

test-app: check-wasm test-browser

# Sizes and timings against a go-app hello world (figures, not assertions).
bench-app: chromium web/app.wasm
	$(GO) run . bench-app

# `make test` runs the browser tests through `go test ./...`: make sure CI has
# Chromium first.
test-go: chromium
