package cpumodel

import (
	"fmt"

	"hotpluglab/engine/qjson"
)

// The recorded tables are read by walking qjson's tree rather than with
// json.Unmarshal: reflection-driven decoding was a visible share of the
// page's start (its code compiled on first use).

// decodeTCG reads x86_64-tcg.json: model name -> what it prints under TCG
// ("" reads as no models).
func decodeTCG(text string) (map[string]*X86Model, error) {
	models := map[string]*X86Model{}
	if text == "" {
		return models, nil
	}
	v, err := qjson.ParseRecorded(text)
	if err != nil {
		return nil, err
	}
	top, ok := v.(qjson.Object)
	if !ok {
		return nil, fmt.Errorf("not an object")
	}
	for _, e := range top {
		o, ok := e.Value.(qjson.Object)
		if !ok {
			return nil, fmt.Errorf("%s: not an object", e.Key)
		}
		m := &X86Model{}
		for _, f := range o {
			switch f.Key {
			case "error":
				m.Error, ok = f.Value.(string)
			case "amd_no_topoext":
				m.AMDNoTopoext, ok = f.Value.(bool)
			case "x2apic":
				m.X2APIC, ok = f.Value.(bool)
			case "tcg_warnings":
				var l []any
				l, ok = f.Value.([]any)
				for _, w := range l {
					s, isString := w.(string)
					ok = ok && isString
					m.TCGWarnings = append(m.TCGWarnings, s)
				}
			}
			if !ok {
				return nil, fmt.Errorf("%s: %s: %v", e.Key, f.Key, f.Value)
			}
		}
		models[e.Key] = m
	}
	return models, nil
}

// decodeStrings adds a JSON object of strings to into ("" adds nothing).
func decodeStrings(text string, into map[string]string) error {
	if text == "" {
		return nil
	}
	v, err := qjson.ParseRecorded(text)
	if err != nil {
		return err
	}
	o, ok := v.(qjson.Object)
	if !ok {
		return fmt.Errorf("not an object")
	}
	for _, m := range o {
		s, ok := m.Value.(string)
		if !ok {
			return fmt.Errorf("%s: %v", m.Key, m.Value)
		}
		into[m.Key] = s
	}
	return nil
}
