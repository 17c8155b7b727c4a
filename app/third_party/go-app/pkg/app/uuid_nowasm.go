//go:build !wasm

package app

import "github.com/google/uuid"

// newUUID is a random (version 4) UUID.
func newUUID() string { return uuid.NewString() }
