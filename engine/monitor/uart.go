package monitor

import (
	"fmt"
	"strings"

	"hotpluglab/engine/board"
	"hotpluglab/engine/chardev"
	"hotpluglab/engine/qdev"
)

// uart16550 is an isa-serial's registers as hw/char/serial.c keeps them
// (measured with `i` and `o` on pc, both releases, m11m-serial): what a
// learner reads and writes through the monitor before the guest runs.
type uart16550 struct {
	rbr, ier, iir, lcr, mcr, lsr, msr, scr, fcr byte
	divider                                     uint16
	thrPending                                  bool
	recv                                        []byte // the receive FIFO (loopback only)
}

// 16550 register bits (include/hw/char/serial.h's UART_*).
const (
	uartLCRDLAB  = 0x80
	uartLSRDR    = 0x01
	uartLSRBI    = 0x10
	uartLSRTHRE  = 0x20
	uartLSRTEMT  = 0x40
	uartLSRAny   = 0x1e
	uartIIRNoInt = 0x01
	uartIIRTHRI  = 0x02
	uartIIRRDI   = 0x04
	uartIIRRLSI  = 0x06
	uartIIRFE    = 0xc0
	uartIERRDI   = 0x01
	uartIERTHRI  = 0x02
	uartIERRLSI  = 0x04
	uartIERMSI   = 0x08
	uartMCRLoop  = 0x10
	uartFCRFE    = 0x01
	uartFCRRFR   = 0x02
	uartFCRXFR   = 0x04
)

// newUART is serial_reset's state.
func newUART() *uart16550 {
	return &uart16550{iir: uartIIRNoInt, lsr: uartLSRTEMT | uartLSRTHRE, msr: 0xb0, mcr: 0x08, divider: 0x0c}
}

// updateIRQ is serial_update_irq: the interrupt identification by
// priority (no timeouts or modem status deltas happen here), keeping the
// FIFO bits.
func (u *uart16550) updateIRQ() {
	id := byte(uartIIRNoInt)
	switch {
	case u.ier&uartIERRLSI != 0 && u.lsr&uartLSRAny != 0:
		id = uartIIRRLSI
	case u.ier&uartIERRDI != 0 && u.lsr&uartLSRDR != 0:
		id = uartIIRRDI
	case u.ier&uartIERTHRI != 0 && u.thrPending:
		id = uartIIRTHRI
	}
	u.iir = id | u.iir&0xf0
}

// read is serial_ioport_read of register off (0-7).
func (u *uart16550) read(off int64) byte {
	switch off & 7 {
	case 0:
		if u.lcr&uartLCRDLAB != 0 {
			return byte(u.divider)
		}
		v := u.rbr
		if u.fcr&uartFCRFE != 0 && len(u.recv) > 0 {
			v, u.recv = u.recv[0], u.recv[1:]
			if len(u.recv) == 0 {
				u.lsr &^= uartLSRDR | uartLSRBI
			}
		} else {
			u.lsr &^= uartLSRDR | uartLSRBI
		}
		u.updateIRQ()
		return v
	case 1:
		if u.lcr&uartLCRDLAB != 0 {
			return byte(u.divider >> 8)
		}
		return u.ier
	case 2:
		v := u.iir
		if v&0x0f == uartIIRTHRI {
			u.thrPending = false
			u.updateIRQ()
		}
		return v
	case 3:
		return u.lcr
	case 4:
		return u.mcr
	case 5:
		v := u.lsr
		if u.lsr&(uartLSRBI|0x02) != 0 { // break and overrun clear on read
			u.lsr &^= uartLSRBI | 0x02
			u.updateIRQ()
		}
		return v
	case 6:
		if u.mcr&uartMCRLoop != 0 { // the modem outputs looped back
			return (u.mcr&0x0c)<<4 | (u.mcr&0x02)<<3 | (u.mcr&0x01)<<5
		}
		return u.msr
	}
	return u.scr
}

// write is serial_ioport_write of register off; a transmitted byte goes
// to send (the chardev), or back to the receiver in loopback mode.
func (u *uart16550) write(off int64, v byte, send func(byte)) {
	switch off & 7 {
	case 0:
		if u.lcr&uartLCRDLAB != 0 {
			u.divider = u.divider&0xff00 | uint16(v)
			return
		}
		// serial_xmit at once: the simulated line never holds a byte
		if u.mcr&uartMCRLoop != 0 {
			u.receive(v)
		} else {
			send(v)
		}
		u.lsr |= uartLSRTHRE | uartLSRTEMT
		u.thrPending = true
		u.updateIRQ()
	case 1:
		if u.lcr&uartLCRDLAB != 0 {
			u.divider = u.divider&0x00ff | uint16(v)<<8
			return
		}
		changed := (u.ier ^ v) & 0x0f
		u.ier = v & 0x0f
		if changed&uartIERTHRI != 0 {
			u.thrPending = u.ier&uartIERTHRI != 0 && u.lsr&uartLSRTHRE != 0
		}
		if changed != 0 {
			u.updateIRQ()
		}
	case 2:
		if u.fcr == v {
			return
		}
		if (v^u.fcr)&uartFCRFE != 0 { // enabling or disabling flushes both FIFOs
			v |= uartFCRXFR | uartFCRRFR
		}
		if v&uartFCRRFR != 0 {
			u.lsr &^= uartLSRDR | uartLSRBI
			u.recv = nil
		}
		if v&uartFCRXFR != 0 {
			u.lsr |= uartLSRTHRE
			u.thrPending = true
		}
		u.fcr = v & 0xc9
		if u.fcr&uartFCRFE != 0 {
			u.iir |= uartIIRFE
		} else {
			u.iir &^= uartIIRFE
		}
		u.updateIRQ()
	case 3:
		u.lcr = v
	case 4:
		u.mcr = v & 0x1f
	case 7:
		u.scr = v
	}
}

// receive is serial_receive1: a byte into the receive buffer (the FIFO's
// 16 when enabled).
func (u *uart16550) receive(b byte) {
	if u.fcr&uartFCRFE != 0 {
		if len(u.recv) < 16 {
			u.recv = append(u.recv, b)
		}
	} else {
		u.rbr = b
	}
	u.lsr |= uartLSRDR
	u.updateIRQ()
}

// uartAt is the isa-serial whose 8 ports hold port: its registers (made
// at reset on first use), its base and its chardev id.
func (mon *Monitor) uartAt(port int64) (u *uart16550, base int64, chr string, ok bool) {
	b := board.Of(mon.M)
	if b == nil {
		return nil, 0, "", false
	}
	b.Tree.Walk(func(d *qdev.Device) {
		if d.Type.Name != "isa-serial" || ok {
			return
		}
		iobase := qtreeInt(d, "iobase", -1)
		if port < iobase || port >= iobase+8 {
			return
		}
		id, has := d.Prop("chardev")
		if v, set := d.Set["chardev"]; set && !has {
			id, has = fmt.Sprint(v), true
		}
		if !has { // a board port's: -serial's chardev (m13)
			id, _ = b.PortChardev(d)
		}
		base, chr, ok = iobase, strings.Trim(id, `"`), true
	})
	if !ok {
		return nil, 0, "", false
	}
	p := &mon.legacy
	if p.uarts == nil {
		p.uarts = map[int64]*uart16550{}
	}
	if p.uarts[base] == nil {
		p.uarts[base] = newUART()
	}
	return p.uarts[base], base, chr, true
}

// uartSend is a transmitted byte reaching the port's chardev: a ring
// keeps it, another backend takes it.
func (mon *Monitor) uartSend(chr string) func(byte) {
	return func(v byte) {
		if c := chardev.Of(mon.M); c != nil && chr != "" {
			c.RingbufWrite(chr, []byte{v})
		}
	}
}
