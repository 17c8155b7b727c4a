package busybox

// System is what the shell and its applets reach through system calls:
// the guest's files (rootfs, procfs, sysfs, devtmpfs) and the kernel.
// Paths are absolute and cleaned. Errors are Errno values, whose texts
// are what strerror prints.
type System interface {
	// Stat follows symbolic links; Lstat does not.
	Stat(path string) (FileInfo, error)
	Lstat(path string) (FileInfo, error)
	// ReadFile reads a whole file. ErrNotModelled: it exists but its
	// content was never recorded.
	ReadFile(path string) (string, error)
	// ReadDir lists a folder's names (without . and ..), in any order.
	ReadDir(path string) ([]string, error)
	Readlink(path string) (string, error)
	// Open opens a file for writing, as a redirection does: create it
	// (rootfs), truncate it unless appending. Write is one write(2).
	Open(path string, appendMode bool) error
	Write(path, data string) error
	Mkdir(path string) error
	Remove(path string, dir bool) error
	// Chmod sets a file's permission bits (following links); Symlink
	// makes path a symbolic link to target.
	Chmod(path string, perm uint32) error
	Symlink(target, path string) error
	Kernel() Kernel
	// Usages is every applet's usage text: "NAME\nTEXT" entries joined
	// by NULs (the recording busybox-usage.txt).
	Usages() string
}

// Kernel is what applets ask the kernel besides files.
type Kernel interface {
	// Dmesg is the kernel log as dmesg prints it.
	Dmesg() []string
	// OnlineList is the online CPUs, by number (what a task's affinity is
	// taken within).
	OnlineList() []int
	// Uname: sysname, nodename, release, version, machine.
	Uname() [5]string
	// Now is the guest's wall clock in seconds since the epoch; Uptime is
	// seconds since boot (both on the virtual clock).
	Now() int64
	Uptime() float64
	// Sleep lets virtual time pass (microseconds).
	Sleep(micros int64)
	// Reboot is the reboot(2) system call: cmd is "poweroff", "reboot" or
	// "halt". It does not return when it takes effect.
	Reboot(cmd string)
	// InitExited: the shell is PID 1, and leaving it kills init.
	InitExited(status int)
}

// FileType is the kind of a directory entry.
type FileType int

const (
	Regular FileType = iota
	Dir
	Symlink
	CharDev
)

// FileInfo is what stat(2) returns, as far as ls and test look.
type FileInfo struct {
	Type    FileType
	Perm    uint32 // permission bits (07777)
	Size    int64
	Nlink   int
	ModTime int64 // seconds since the epoch
	Major   int   // devices
	Minor   int
	Blocks  int64 // 1K blocks (ls -s, the "total" line)
}

// Errno is an error number's text.
type Errno string

func (e Errno) Error() string { return string(e) }

// The errors the guest's files give, with glibc's texts.
const (
	ENOENT    Errno = "No such file or directory"
	EACCES    Errno = "Permission denied"
	EPERM     Errno = "Operation not permitted"
	EINVAL    Errno = "Invalid argument"
	EBUSY     Errno = "Device or resource busy"
	EISDIR    Errno = "Is a directory"
	ENOTDIR   Errno = "Not a directory"
	ENOSPC    Errno = "No space left on device"
	EEXIST    Errno = "File exists"
	ENOTEMPTY Errno = "Directory not empty"
	EIO       Errno = "Input/output error"
	ENODEV    Errno = "No such device"
	ENXIO     Errno = "No such device or address"
	EROFS     Errno = "Read-only file system"
	ERANGE    Errno = "Numerical result out of range"
	ENOEXEC   Errno = "Exec format error"
)

// ErrNotModelled: the file exists in the guest but the simulator does not
// know its content, or the path lies below a folder whose entries it does
// not know; the shell says so beside the output. Its text is marked
// (NULs, which no typed line holds) so that an applet's error message
// carrying it becomes a note, never guest output (Shell.write).
const ErrNotModelled Errno = "\x00not modelled\x00"
