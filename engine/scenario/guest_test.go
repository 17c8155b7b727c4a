package scenario

import "testing"

// TestBuiltinGuestSide walks the guest scenario, clicking every action in
// order, and expects every step's checks to hold with the guest model.
func TestBuiltinGuestSide(t *testing.T) {
	sc, _, ok := Builtin("guest-side")
	if !ok {
		t.Skip("no guest-side scenario")
	}
	r := NewRunner(sc)
	for _, i := range sc.Visible() {
		if i != r.Current {
			r.Enter(i)
		}
		for _, a := range sc.Steps[i].Actions {
			r.Do(a)
		}
		if !r.Done[i] {
			t.Errorf("step %d %q: checks %v\noutput:\n%s", i, sc.Steps[i].Title, r.Results(), r.Log.Output)
		}
	}
}
