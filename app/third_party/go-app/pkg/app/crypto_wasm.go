//go:build wasm

package app

import (
	"encoding/binary"
	"fmt"
	"math/rand/v2"

	"github.com/maxence-charriere/go-app/v9/pkg/errors"
)

// Patched (Hotplug Lab): the wasm build carries no crypto. Go's crypto/rand,
// crypto/aes and github.com/google/uuid link Go's FIPS module, with self-tests
// that run at start-up, and math/big, for the two things go-app uses them
// for: a random id (math/rand/v2 instead)
// and Context.Encrypt/Decrypt (LocalStorage.SetEncrypted and friends), which
// report errNoCrypto here.

var errNoCrypto = errors.New("encryption is not built into this go-app (patched for Hotplug Lab)")

func encrypt(key string, v []byte) ([]byte, error) { return nil, errNoCrypto }

func decrypt(key string, v []byte) ([]byte, error) { return nil, errNoCrypto }

// newUUID is a random (version 4) UUID. math/rand/v2's generator is
// seeded by the runtime from the browser's crypto.getRandomValues.
func newUUID() string {
	var b [16]byte
	binary.LittleEndian.PutUint64(b[:8], rand.Uint64())
	binary.LittleEndian.PutUint64(b[8:], rand.Uint64())
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:])
}
