package site

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// The local server: nosniff and the app's CSP on every answer, no
// directory listing, nothing of the request (Host, query, path) reflected
// into a page, timeouts on every phase of a connection.
func TestServeHardened(t *testing.T) {
	h, err := newServerAt(fakeWeb(t), "127.0.0.1:8080")
	if err != nil {
		t.Fatal(err)
	}
	get := func(target, host string) *httptest.ResponseRecorder {
		req := httptest.NewRequest("GET", target, nil)
		if host != "" {
			req.Host = host
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec
	}
	for _, tc := range []struct {
		target string
		code   int
	}{
		{"/", 200}, {"/embed", 200}, {"/web/app.css", 200}, {"/web/app.wasm", 200}, {"/app.js", 200},
		{"/web/", 404}, {"/web", 404}, {"/web/../", 404}, {"/nothing-here", 404},
	} {
		rec := get(tc.target, "")
		if rec.Code != tc.code && !(tc.code == 404 && rec.Code/100 == 3) { // the mux redirects to the slash, which is not found
			t.Errorf("%s: status %d, want %d", tc.target, rec.Code, tc.code)
		}
		if rec.Code == 200 && strings.Contains(rec.Body.String(), "<pre>\n<a href=") {
			t.Errorf("%s: a directory listing", tc.target)
		}
		if rec.Header().Get("X-Content-Type-Options") != "nosniff" || rec.Header().Get("Content-Security-Policy") != CSP {
			t.Errorf("%s: headers %v", tc.target, rec.Header())
		}
	}
	for _, target := range []string{"/?x=%22%3E%3Cscript%3EMARKQ", "/embed?MARKQ=1#MARKF", "/index.html?cmdline=MARKQ"} {
		rec := get(target, "evil.example\"><b>MARKHOST")
		body := rec.Body.String()
		if rec.Code != 200 || strings.Contains(body, "MARK") || strings.Contains(body, "evil.example") {
			t.Errorf("%s: status %d, request data in the page", target, rec.Code)
		}
		if !strings.Contains(body, `content="http://127.0.0.1:8080/`) {
			t.Errorf("%s: og:url is not the server's own address", target)
		}
	}
	srv := newHTTPServer(h)
	if srv.ReadHeaderTimeout == 0 || srv.ReadTimeout == 0 || srv.WriteTimeout == 0 || srv.IdleTimeout == 0 || srv.MaxHeaderBytes == 0 {
		t.Errorf("server without a timeout: %+v", srv)
	}
	// Over a real connection, the same headers.
	ts := httptest.NewServer(h)
	defer ts.Close()
	res, err := http.Get(ts.URL + "/web/loader.js")
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	if res.Header.Get("X-Content-Type-Options") != "nosniff" || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/javascript") {
		t.Errorf("loader.js: %v", res.Header)
	}
}
