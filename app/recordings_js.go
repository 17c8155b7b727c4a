//go:build js

package app

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"hotpluglab/engine/release"
)

// The wasm carries no QEMU recordings: a release's are downloaded
// (web/qemu-<version>.bin) the first time the engine reads them, from
// where go-app serves static files (a static site's base path included).
func init() { release.Fetch = fetchRecordings }

func fetchRecordings(r *release.Release, file string) ([]byte, error) {
	url := strings.TrimSuffix(app.Getenv("GOAPP_STATIC_RESOURCES_URL"), "/") + "/web/" + file
	type result struct {
		b   []byte
		err error
	}
	done := make(chan result, 1)
	fail := func(why string) {
		done <- result{err: fmt.Errorf("could not download QEMU %s's recordings (%s): %s", r.Name, url, why)}
	}
	var onResponse, onBytes, onError app.Func
	onResponse = app.FuncOf(func(_ app.Value, args []app.Value) any {
		resp := args[0]
		if !resp.Get("ok").Bool() {
			fail(fmt.Sprintf("%d %s", resp.Get("status").Int(), resp.Get("statusText").String()))
			return nil
		}
		resp.Call("arrayBuffer").Call("then", onBytes, onError)
		return nil
	})
	onBytes = app.FuncOf(func(_ app.Value, args []app.Value) any {
		arr := app.Window().Get("Uint8Array").New(args[0])
		b := make([]byte, arr.Get("length").Int())
		app.CopyBytesToGo(b, arr)
		done <- result{b: b}
		return nil
	})
	onError = app.FuncOf(func(_ app.Value, args []app.Value) any {
		why := "the request failed"
		if len(args) > 0 && args[0].Truthy() {
			why = args[0].Call("toString").String()
		}
		fail(why)
		return nil
	})
	defer onResponse.Release()
	defer onBytes.Release()
	defer onError.Release()
	app.Window().Call("fetch", url).Call("then", onResponse, onError)
	res := <-done
	return res.b, res.err
}
