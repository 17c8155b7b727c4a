package monitor

import (
	"fmt"
	"slices"

	"hotpluglab/engine/block"
	"hotpluglab/engine/qjson"
)

// QMP transaction (blockdev.c qmp_transaction): each action prepared in
// order by its command's own checks; the first refusal aborts the whole
// and undoes what the earlier actions did (here: the dirty bitmaps they
// added, removed, enabled or disabled). Measured on both releases
// (m15-*-bitmaps-transaction).

// groupedActions are the actions completion-mode=grouped allows (the
// backup jobs).
var groupedActions = []string{"drive-backup", "blockdev-backup"}

func transaction(mon *Monitor, a qjson.Object) (any, *Error) {
	actions, _ := arg(a, "actions").([]any)
	if p, ok := arg(a, "properties").(qjson.Object); ok {
		if mode := orEmpty(arg(p, "completion-mode")); mode != "" && mode != "individual" {
			for _, x := range actions {
				if t := orEmpty(arg(x.(qjson.Object), "type")); !slices.Contains(groupedActions, t) {
					return nil, GenericError(fmt.Sprintf(mon.M.Release().TransactionGroupedRefusal, t, mode))
				}
			}
		}
	}
	undo := saveBitmaps(block.Of(mon.M))
	for _, x := range actions {
		act := x.(qjson.Object)
		t := orEmpty(arg(act, "type"))
		if t == "abort" {
			undo()
			return nil, GenericError("Transaction aborted using Abort action")
		}
		data, _ := arg(act, "data").(qjson.Object)
		cmd, ok := qmpCommands[t]
		if !ok {
			continue
		}
		if _, err := cmd.f(mon, data); err != nil {
			undo()
			return nil, err
		}
	}
	return qjson.Object{}, nil
}

// saveBitmaps keeps every node's dirty bitmaps as they are; the function
// it returns puts them back.
func saveBitmaps(l *block.Layer) func() {
	if l == nil {
		return func() {}
	}
	type saved struct {
		n    *block.Node
		list []*block.Bitmap
		vals []block.Bitmap
	}
	var all []saved
	for _, n := range l.AllNodes() {
		s := saved{n: n, list: slices.Clone(n.Bitmaps)}
		for _, b := range n.Bitmaps {
			s.vals = append(s.vals, *b)
		}
		all = append(all, s)
	}
	return func() {
		for _, s := range all {
			s.n.Bitmaps = s.list
			for i, b := range s.list {
				*b = s.vals[i]
			}
		}
	}
}

func init() {
	registerLater(func() {
		RegisterQMP("transaction", transaction)
		// The bitmap's hash is not simulated (no bitmap contents); its lookup is.
		RegisterQMP("x-debug-block-dirty-bitmap-sha256", func(mon *Monitor, a qjson.Object) (any, *Error) {
			if _, err := bitmapCommand(func(*block.Node, *block.Bitmap) *Error { return nil })(mon, a); err != nil {
				return nil, err
			}
			return mon.unmodelled("x-debug-block-dirty-bitmap-sha256", a)
		})
	})
}
