// The benchmark's reference: a go-app v9.8.0 hello world built with the
// stock go-app (its own module, so the parent's patched copy does not apply).
module hello

go 1.26

require github.com/maxence-charriere/go-app/v9 v9.8.0

require github.com/google/uuid v1.3.0 // indirect
