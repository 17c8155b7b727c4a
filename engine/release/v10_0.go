package release

// V10_0 is QEMU 10.0 as Debian 13 "trixie" ships it (10.0.13).
var V10_0 = &Release{
	Name: "10.0", Major: 10, Minor: 0, Micro: 13,
	Package:              "1:10.0.13+ds-0+deb13u1",
	ACPIScanDefersRemove: true,
	dir:                  "10.0",
}
