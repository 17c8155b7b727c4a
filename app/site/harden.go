package site

import (
	"io/fs"
	"net/http"
	"strings"
	"time"
)

// The local server's hardening: timeouts, no directory listings, no
// request data reflected into the pages, and headers matching the app.

// CSP is the policy the app runs under (docs/authoring.md gives it to
// static hosts too): scripts only from the site, and wasm compiled from
// them; no inline script or handler. Styles allow inline style attributes
// (components set a few). No frame-ancestors: the lab is made to be embedded
// anywhere, opaque-origin hosts (file://, sandboxed frames) included.
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
	"img-src 'self' data:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; " +
	"object-src 'none'; base-uri 'self'; form-action 'self'"

// Server timeouts: a slow client may not hold a connection open for free,
// and app.wasm (about 2.5 MB compressed) still reaches a slow link.
const (
	readHeaderTimeout = 10 * time.Second
	readTimeout       = 30 * time.Second
	writeTimeout      = 3 * time.Minute
	idleTimeout       = 2 * time.Minute
	maxHeaderBytes    = 64 << 10
)

func newHTTPServer(h http.Handler) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    maxHeaderBytes,
	}
}

// secured adds the headers every answer carries.
func secured(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Content-Security-Policy", CSP)
		hd.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		h.ServeHTTP(w, r)
	})
}

// canonical hands go-app a request with the server's own host and no query
// string: go-app writes the request's URL into og:url, and the Host header
// and query are the client's to choose.
func canonical(host string, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r2 := r.Clone(r.Context())
		r2.Host = host
		r2.URL.Host = host
		r2.URL.RawQuery, r2.URL.ForceQuery = "", false
		r2.URL.Fragment, r2.URL.RawFragment = "", ""
		r2.RequestURI = r2.URL.RequestURI()
		h.ServeHTTP(w, r2)
	})
}

// noDirs is a file system whose directories are not found: the file server
// lists none.
type noDirs struct{ http.FileSystem }

func (d noDirs) Open(name string) (http.File, error) {
	if strings.HasSuffix(name, "/") {
		return nil, fs.ErrNotExist
	}
	f, err := d.FileSystem.Open(name)
	if err != nil {
		return nil, err
	}
	if st, err := f.Stat(); err != nil || st.IsDir() {
		f.Close()
		return nil, fs.ErrNotExist
	}
	return f, nil
}
