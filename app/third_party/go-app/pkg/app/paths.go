package app

import "strings"

// Patched for Hotplug Lab: moved from http.go (now server-only) because the
// client's static resource resolver uses them too.

func isRemoteLocation(path string) bool {
	return strings.HasPrefix(path, "https://") ||
		strings.HasPrefix(path, "http://")
}

func isStaticResourcePath(path string) bool {
	return strings.HasPrefix(path, "/web/") ||
		strings.HasPrefix(path, "web/")
}
