// Package usb is QEMU's USB bus as the monitor sees it: ports on a bus
// (claimed first-free, given back to the end of the free list), hubs that
// add ports, and what `info usb` and `info qtree` print for a device.
package usb

import (
	"fmt"
	"strings"

	"hotpluglab/engine/qdev"
)

// Bus is a USB bus's state.
type Bus struct {
	Number int
	free   []*Port // in QEMU's free-list order
	used   []*Port // in attach order
	all    []*Port
}

// Port is a USB port: its path ("1", "1.2" behind a hub) and its device.
type Port struct {
	Path string
	Dev  *qdev.Device
}

// Device is a USB device's state: its port, and speed and product name as
// recorded on its controller.
type Device struct {
	Port    *Port
	Speed   string
	Product string
}

// Of returns a device's USB state, or nil.
func Of(d *qdev.Device) *Device {
	u, _ := d.Data.(*Device)
	return u
}

// BusOf returns a bus's USB state, or nil.
func BusOf(b *qdev.Bus) *Bus {
	u, _ := b.Data.(*Bus)
	return u
}

func init() { qdev.BusPrinter["usb-bus"] = printDev }

// NewBus makes a qdev bus a USB bus with ports "1".."n".
func NewBus(b *qdev.Bus, number, ports int) *Bus {
	u := &Bus{Number: number}
	for i := 1; i <= ports; i++ {
		u.AddPort(fmt.Sprint(i))
	}
	b.Data = u
	return u
}

// AddPort registers a port (usb_register_port: the end of the free list).
func (u *Bus) AddPort(path string) {
	p := &Port{Path: path}
	u.all = append(u.all, p)
	u.free = append(u.free, p)
}

// Free is how many ports are free.
func (u *Bus) Free() int { return len(u.free) }

// Claim is usb_claim_port: the named port, or the first free one. The
// error is QEMU's.
func (u *Bus) Claim(d *qdev.Device, path, busName string) (*Port, error) {
	idx := -1
	if path != "" {
		for i, p := range u.free {
			if p.Path == path {
				idx = i
				break
			}
		}
		if idx < 0 {
			return nil, fmt.Errorf("usb port %s (bus %s) not found (in use?)", path, busName)
		}
	} else {
		if len(u.free) == 0 {
			return nil, fmt.Errorf("tried to attach usb device %s to a bus with no free ports", productOf(d))
		}
		idx = 0
	}
	p := u.free[idx]
	u.free = append(u.free[:idx:idx], u.free[idx+1:]...)
	u.used = append(u.used, p)
	p.Dev = d
	return p, nil
}

func productOf(d *qdev.Device) string {
	if x := Of(d); x != nil {
		return x.Product
	}
	return d.Type.Name
}

// Release gives a port back (usb_release_port: the end of the free list).
func (u *Bus) Release(p *Port) {
	for i, x := range u.used {
		if x == p {
			u.used = append(u.used[:i:i], u.used[i+1:]...)
			break
		}
	}
	p.Dev = nil
	u.free = append(u.free, p)
}

// RemovePorts unregisters the ports below a path (a hub's, as it goes):
// they leave the free list and the bus.
func (u *Bus) RemovePorts(path string) {
	keep := func(l []*Port) []*Port {
		var out []*Port
		for _, p := range l {
			if !strings.HasPrefix(p.Path, path+".") {
				out = append(out, p)
			}
		}
		return out
	}
	u.free, u.all = keep(u.free), keep(u.all)
}

// DevicesBelow lists the devices attached below a port path (behind a
// hub), in attach order.
func (u *Bus) DevicesBelow(path string) []*qdev.Device {
	var out []*qdev.Device
	for _, p := range u.used {
		if strings.HasPrefix(p.Path, path+".") {
			out = append(out, p.Dev)
		}
	}
	return out
}

// RecordedLine reads speed and product from a recorded qtree line
// "addr 0.0, port 1, speed 480, name QEMU USB Tablet, attached".
func RecordedLine(lines []string) (speed, product string) {
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if !strings.HasPrefix(l, "addr ") {
			continue
		}
		_, rest, _ := strings.Cut(l, ", speed ")
		speed, rest, _ = strings.Cut(rest, ", name ")
		product = strings.TrimSuffix(rest, ", attached")
	}
	return speed, product
}

func printDev(d *qdev.Device) []string {
	x := Of(d)
	b := BusOf(d.Bus)
	if x == nil || b == nil || x.Port == nil {
		return d.BusLines
	}
	return []string{fmt.Sprintf("addr %d.%d, port %s, speed %s, name %s, attached", b.Number, 0, x.Port.Path, x.Speed, x.Product)}
}

// Info is `info usb`: every bus in creation order, its used ports in
// attach order.
func Info(buses []*qdev.Bus) string {
	if len(buses) == 0 {
		return "Error: USB support not enabled\n" // as recorded on 7.2 and 10.0
	}
	var s strings.Builder
	for _, qb := range buses {
		b := BusOf(qb)
		for _, p := range b.used {
			x := Of(p.Dev)
			fmt.Fprintf(&s, "  Device %d.%d, Port %s, Speed %s Mb/s, Product %s", b.Number, 0, p.Path, x.Speed, x.Product)
			if p.Dev.ID != "" {
				s.WriteString(", ID: " + p.Dev.ID)
			}
			s.WriteString("\n")
		}
	}
	return s.String()
}
