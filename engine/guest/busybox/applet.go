package busybox

import (
	"sort"
	"strings"
	"sync"
)

// An applet runs with its arguments and open files and returns its exit
// status.
type applet func(c *ctx) int

// ctx is one applet's run.
type ctx struct {
	sh   *Shell
	prog string // the name in messages ("sh" for a builtin)
	args []string
	fds  fdTable
	// writeErr: a write to stdout failed (reported once, status 1).
	writeErr error
}

func newCtx(sh *Shell, args []string, fds fdTable) *ctx {
	return &ctx{sh: sh, prog: args[0], args: args, fds: fds}
}

// newBuiltinCtx: builtins share the applets' code but speak as the shell.
func newBuiltinCtx(sh *Shell, args []string, fds fdTable) *ctx {
	c := newCtx(sh, args, fds)
	c.prog = "sh"
	return c
}

// out writes to stdout; false after a write error.
func (c *ctx) out(s string) bool {
	if c.writeErr != nil {
		return false
	}
	if err := c.sh.write(c.fds[1], s); err != nil {
		c.writeErr = err
		return false
	}
	return true
}

// errMsg prints "prog: msg" on stderr.
func (c *ctx) errMsg(msg string) { c.sh.write(c.fds[2], c.prog+": "+msg+"\n") }

// stdin reads the rest of standard input.
func (c *ctx) stdin() string {
	s, err := c.sh.readAll(c.fds[0])
	if err != nil {
		c.errMsg("read error: " + err.Error())
	}
	return s
}

// file reads a named file ("-" is stdin). The error, if any, is
// returned for the applet to report in its own words; a file whose
// content is not modelled is reported here (a note) and reads empty.
func (c *ctx) file(name string) (string, error) {
	if name == "-" {
		return c.stdin(), nil
	}
	p := c.sh.abs(name)
	if fi, err := c.sh.sys.Stat(p); err == nil && fi.Type == CharDev {
		switch p {
		case "/dev/null", "/dev/zero", "/dev/full":
			return "", nil
		}
		c.sh.note("reading " + name + " is not modelled in this simulated guest")
		return "", nil
	}
	s, err := c.sh.sys.ReadFile(p)
	if err == ErrNotModelled {
		c.sh.note("the content of " + name + " is not modelled in this simulated guest")
		return "", nil
	}
	return s, err
}

// finish turns a pending stdout write error into what the applet does
// about it (measured on /dev/full): some report "write error", some
// stdio's "standard output", many say nothing.
func (c *ctx) finish(status int) int {
	if c.writeErr == nil {
		return status
	}
	switch writeErrStyle[c.args[0]] {
	case "write":
		c.errMsg("write error: " + c.writeErr.Error())
		return 1
	case "stdout":
		c.errMsg("standard output: " + c.writeErr.Error())
		return status
	case "stdout-eio":
		// head reports its own short text, not strerror's (measured).
		c.errMsg("standard output: I/O error")
		return 1
	case "silent-1":
		return 1
	}
	return status
}

// writeErrStyle is how an applet reports a failed write to stdout.
var writeErrStyle = map[string]string{
	"cat": "write", "tr": "write", "tail": "write", "tac": "write", "echo": "write",
	"uniq": "stdout", "rev": "stdout", "wc": "stdout",
	"head":     "stdout-eio",
	"basename": "silent-1", "dirname": "silent-1", "printf": "silent-1", "pwd": "silent-1",
}

// splitLines splits text into lines without their newlines; a last line
// without a newline is still a line.
func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	l := strings.Split(s, "\n")
	if l[len(l)-1] == "" {
		l = l[:len(l)-1]
	}
	return l
}

// applets (and the shell's builtins) are registered on the first shell's
// start, not at package init: a page whose guest never boots neither
// compiles nor runs their tables (start-up, issue 11). The order is the
// files' order, as package init had it.
var (
	applets    map[string]applet
	tablesOnce sync.Once
)

func loadTables() {
	tablesOnce.Do(func() {
		applets = map[string]applet{}
		for _, register := range []func(){registerAwk, registerBuiltins, registerExpr, registerFileApplets,
			registerGrep, registerSed, registerTaskset, registerTextApplets, registerFindApplets, registerDumpApplets, registerFileOps, registerCompareApplets} {
			register()
		}
	})
}

// appletNames is busybox --list on the guest: every applet installed in /bin.
var appletNames = strings.Fields(`[ [[ acpid adjtimex ar arch arp arping ascii ash awk base64 basename bc
blkdiscard blockdev brctl bunzip2 busybox bzcat bzip2 cal cat chgrp chmod chown chroot chvt clear cmp cp cpio
crc32 crond crontab cttyhack cut date dc dd deallocvt depmod devmem df diff dirname dmesg dnsdomainname
dos2unix dpkg dpkg-deb du dumpkmap dumpleases echo ed egrep env expand expr factor fallocate false fatattr
fdisk fgrep find findfs fold free freeramdisk fsfreeze fstrim ftpget ftpput getopt getty grep groups gunzip
gzip halt head hexdump hostid hostname httpd hwclock i2cdetect i2cdump i2cget i2cset i2ctransfer id ifconfig
ifdown ifup init insmod ionice ip ipcalc ipneigh kill killall klogd last less link linux32 linux64 linuxrc ln
loadfont loadkmap logger login logname logread losetup ls lsmod lsscsi lzcat lzma lzop md5sum mdev microcom
mim mkdir mkdosfs mke2fs mkfifo mknod mkpasswd mkswap mktemp modinfo modprobe more mount mt mv nameif nc
netstat nl nologin nproc nsenter nslookup nuke od openvt partprobe passwd paste patch pidof ping ping6
pivot_root poweroff printf ps pwd rdate readlink realpath reboot renice reset resume rev rm rmdir rmmod route
rpm rpm2cpio run-init run-parts sed seq setkeycodes setpriv setsid sh sha1sum sha256sum sha3sum sha512sum
shred shuf sleep sort ssl_client start-stop-daemon stat strings stty su sulogin svc svok swapoff swapon
switch_root sync sysctl syslogd tac tail tar taskset tc tee telnet telnetd test tftp time timeout top touch tr
traceroute traceroute6 true truncate ts tty tunctl ubirename udhcpc udhcpd uevent umount uname uncompress
unexpand uniq unix2dos unlink unlzma unshare unxz unzip uptime usleep uudecode uuencode vconfig vi w watch
watchdog wc wget which who whoami xargs xxd xz xzcat yes zcat`)

var appletSet = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range appletNames {
		m[n] = true
	}
	return m
}()

func isApplet(name string) bool { return appletSet[name] }

// IsApplet tells whether busybox has an applet of this name (the guest's
// /bin has a link for each).
func IsApplet(name string) bool { return appletSet[name] }

// AppletNames lists busybox's applets in busybox --list order.
func AppletNames() []string { return append([]string(nil), appletNames...) }

// runBusybox is the busybox binary called by its own name.
func runBusybox(sh *Shell, args []string, fds fdTable) int {
	c := newCtx(sh, args, fds)
	if len(args) < 2 {
		c.out(c.sh.usageText("busybox"))
		return 0
	}
	switch args[1] {
	case "--list":
		c.out(strings.Join(appletNames, "\n") + "\n")
		return c.finish(0)
	case "--help":
		c.out(c.sh.usageText("busybox"))
		return 0
	}
	name := args[1]
	if !isApplet(name) {
		// appletlib's busybox_main: the asked name, not busybox's.
		sh.write(fds[2], name[strings.LastIndexByte(name, '/')+1:]+": applet not found\n")
		return 127
	}
	if b := builtins[name]; b != nil && applets[name] == nil {
		return b(sh, args[1:], fds)
	}
	if applets[name] == nil {
		sh.note("busybox's " + name + " is not modelled in this simulated guest")
		return 0
	}
	return applets[name](newCtx(sh, args[1:], fds))
}

// sortedKeys is for maps printed in order.
func sortedKeys[V any](m map[string]V) []string {
	k := make([]string, 0, len(m))
	for n := range m {
		k = append(k, n)
	}
	sort.Strings(k)
	return k
}
