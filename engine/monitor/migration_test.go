package monitor

import "testing"

// A recorded reply's members take the kept values: strings (escapes and
// all) to their closing quote, numbers and booleans to the next ',' or '}';
// a name that is a suffix of another's is not taken for it.
func TestReplaceMember(t *testing.T) {
	for _, c := range []struct{ text, name, val, want string }{
		{`{"a": 1, "b": 2}`, "a", "5", `{"a": 5, "b": 2}`},
		{`{"a": 1, "b": 2}`, "b", "true", `{"a": 1, "b": true}`},
		{`{"tls-creds": "x\"y", "b": 2}`, "tls-creds", `"z"`, `{"tls-creds": "z", "b": 2}`},
		{`{"max-bandwidth": 1, "bandwidth": 2}`, "bandwidth", "9", `{"max-bandwidth": 1, "bandwidth": 9}`},
		{`{"a": 1}`, "c", "3", `{"a": 1}`},
	} {
		if got := replaceMember(c.text, c.name, c.val); got != c.want {
			t.Errorf("replaceMember(%s, %s, %s) = %s, want %s", c.text, c.name, c.val, got, c.want)
		}
	}
}
