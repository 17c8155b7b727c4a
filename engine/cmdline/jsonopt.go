package cmdline

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"hotpluglab/engine/qjson"
)

// checkJSONObject is qobject_from_json on an option that starts with '{':
// its error when the text is not one JSON object.
func checkJSONObject(v string) error {
	val, err := qjson.Parse([]byte(v))
	if err != nil {
		return err // QEMU's parser's own words ("JSON parse error, premature EOI", ...)
	}
	if _, ok := val.(qjson.Object); !ok {
		return errors.New("JSON parse error, expecting value")
	}
	return nil
}

// jsonOptions are the options besides -device that take JSON as well as
// key=value (-object, -netdev, -blockdev).
var jsonOptions = map[string]bool{"object": true, "netdev": true, "blockdev": true, "display": true, "audiodev": true}

// jsonAsKeyval is a JSON option as the dotted key=value text it stands for
// (nested objects and lists flattened as keyval writes them: "file.driver",
// "a.0"), in member order; booleans on/off, commas doubled.
func jsonAsKeyval(v string) (string, error) { return jsonAsText(v, false) }

// jsonAsOpts is a JSON -object as the QemuOpts text the opts visitor
// reads the same way: a list of numbers or strings is its key repeated
// ("host-nodes=0,host-nodes=1"), as the opts visitor takes a list.
func jsonAsOpts(v string) (string, error) { return jsonAsText(v, true) }

func jsonAsText(v string, repeatLists bool) (string, error) {
	if err := checkJSONObject(v); err != nil {
		return "", err
	}
	val, _ := qjson.Parse([]byte(v))
	var parts []string
	var walk func(prefix string, x any)
	walk = func(prefix string, x any) {
		switch y := x.(type) {
		case qjson.Object:
			for _, m := range y.Ordered() {
				walk(joinKey(prefix, m.Key), m.Value)
			}
		case []any:
			for i, e := range y {
				if _, nested := e.(qjson.Object); repeatLists && !nested {
					walk(prefix, e)
					continue
				}
				walk(joinKey(prefix, strconv.Itoa(i)), e)
			}
		case bool:
			parts = append(parts, prefix+"="+map[bool]string{true: "on", false: "off"}[y])
		case string:
			parts = append(parts, prefix+"="+strings.ReplaceAll(y, ",", ",,"))
		case nil:
			parts = append(parts, prefix+"=")
		default:
			parts = append(parts, fmt.Sprintf("%s=%v", prefix, y))
		}
	}
	walk("", val)
	return strings.Join(parts, ","), nil
}

func joinKey(prefix, k string) string {
	if prefix == "" {
		return k
	}
	return prefix + "." + k
}
