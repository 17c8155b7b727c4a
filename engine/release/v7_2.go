package release

// V7_2 is QEMU 7.2 as Debian 12 "bookworm" ships it (7.2.0 plus the stable
// patches up to 7.2.22).
var V7_2 = &Release{
	Name: "7.2", Major: 7, Minor: 2, Micro: 22,
	Package:   "1:7.2+dfsg-7+deb12u18+b3",
	TraceVCPU: true,
	dir:       "7.2",
}
