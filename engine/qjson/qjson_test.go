package qjson

import "testing"

func TestBucketsMatchQEMUTable(t *testing.T) {
	// Buckets from ../shared/qemu/monitor-output.md §6.1.
	for key, want := range map[string]uint32{
		"abstract": 2, "core-id": 3, "timestamp": 26, "node-id": 156, "qom-path": 338,
		"cpu-index": 475, "target": 491, "thread-id": 90, "props": 130, "type": 425,
		"vcpus-count": 272, "socket-id": 239, "die-id": 219, "return": 401, "reason": 401,
		"id": 486, "alias": 509, "micro": 225, "minor": 225,
	} {
		if got := bucket(key); got != want {
			t.Errorf("bucket(%q) = %d, want %d", key, got, want)
		}
	}
}

func TestMarshalOrder(t *testing.T) {
	for _, tc := range []struct {
		in   any
		want string
	}{
		{O("socket-id", 0, "core-id", 3, "thread-id", 0), `{"core-id": 3, "thread-id": 0, "socket-id": 0}`},
		{O("type", "t", "vcpus-count", 1, "props", Object{}, "qom-path", "/a/b"), `{"props": {}, "vcpus-count": 1, "qom-path": "/a/b", "type": "t"}`},
		// same bucket: the later insertion prints first
		{O("minor", 2, "micro", 22), `{"micro": 22, "minor": 2}`},
		{O("return", []any{}), `{"return": []}`},
		{O("s", "a\"b\\c\r\n\u00e9/"), `{"s": "a\"b\\c\r\n\u00E9/"}`},
	} {
		if got := Marshal(tc.in); got != tc.want {
			t.Errorf("Marshal = %s, want %s", got, tc.want)
		}
	}
}

func TestDecodeKeepsOrder(t *testing.T) {
	v, err := Decode([]byte(`{"execute": "x", "arguments": {"b": 1, "a": "s"}}`))
	if err != nil {
		t.Fatal(err)
	}
	o := v.(Object)
	if o[0].Key != "execute" || o[1].Key != "arguments" {
		t.Fatalf("order lost: %v", o)
	}
	if _, err := Decode([]byte(`{"a":1} x`)); err == nil {
		t.Fatal("trailing data accepted")
	}
}
