package qdev

import "testing"

func TestIndexLooks(t *testing.T) {
	text := "B\tpc\nQ\tbus: main-system-bus\nU\t0\tkvmvapic\n" +
		"V\te1000\tpci\nQ\tdev: e1000, id \"probe\"\nJ\t{\"slot\": 3}\nO\ttype string\tbus master[0] child<memory-region>\n" +
		"V\te1000\tpcie\nQ\tdev: e1000, id \"probe\"\n" +
		"V\tusb-tablet\txhci\nQ\tdev: usb-tablet, id \"probe\""
	ls := indexLooks(text)
	if got := len(ls.typeText["e1000"]); got != 2 {
		t.Fatalf("e1000 records: %d, want 2", got)
	}
	b := ls.board("pc")
	if b == nil || b.Name != "pc" || len(b.Lines) != 1 || len(b.Unattached) != 1 || b.Unattached[0] != "kvmvapic" {
		t.Fatalf("board pc: %+v", b)
	}
	e := ls.typeLooks("e1000")
	if len(e) != 2 || e[0].Placement != "pci" || e[1].Placement != "pcie" {
		t.Fatalf("e1000 looks: %+v", e)
	}
	if slot, _ := e[0].PCI.Get("slot"); slot == nil || len(e[0].QOM) != 2 || e[0].QOM[1].Name != "bus master[0]" {
		t.Fatalf("e1000 pci look: %+v", e[0])
	}
	if u := ls.typeLooks("usb-tablet"); len(u) != 1 || len(u[0].Lines) != 1 || u[0].Lines[0] != `dev: usb-tablet, id "probe"` {
		t.Fatalf("usb-tablet (last record, no final newline): %+v", u)
	}
	if ls.typeLooks("nosuch") != nil || ls.board("q35") != nil {
		t.Fatal("unrecorded type or board found")
	}
}
