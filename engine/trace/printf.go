package trace

import (
	"strconv"
	"strings"
)

// Sprintf formats like C's printf for the conversions QEMU's trace formats
// use (d i u x X o c s p %, flags -0#+ and space, width, precision, length
// modifiers hh h l ll z j t). Integer arguments may be any Go integer
// type; a length modifier narrows them as C would (%hhx of 0x1ff is ff).
func Sprintf(format string, args ...any) string {
	var b strings.Builder
	ai := 0
	next := func() any {
		if ai < len(args) {
			ai++
			return args[ai-1]
		}
		return nil
	}
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		i++
		if i >= len(format) {
			b.WriteByte('%')
			break
		}
		// flags
		var minus, zero, alt, plus, space bool
	flags:
		for ; i < len(format); i++ {
			switch format[i] {
			case '-':
				minus = true
			case '0':
				zero = true
			case '#':
				alt = true
			case '+':
				plus = true
			case ' ':
				space = true
			default:
				break flags
			}
		}
		width, prec := 0, -1
		for ; i < len(format) && format[i] >= '0' && format[i] <= '9'; i++ {
			width = width*10 + int(format[i]-'0')
		}
		if i < len(format) && format[i] == '.' {
			prec = 0
			for i++; i < len(format) && format[i] >= '0' && format[i] <= '9'; i++ {
				prec = prec*10 + int(format[i]-'0')
			}
		}
		bits := 32
		for ; i < len(format) && strings.IndexByte("hlzjtLq", format[i]) >= 0; i++ {
			switch format[i] {
			case 'h':
				if bits == 16 {
					bits = 8
				} else {
					bits = 16
				}
			default:
				bits = 64
			}
		}
		if i >= len(format) {
			break
		}
		conv := format[i]
		var body, sign string
		switch conv {
		case '%':
			b.WriteByte('%')
			continue
		case 'd', 'i':
			v := signed(next(), bits)
			if v < 0 {
				sign, body = "-", strconv.FormatUint(uint64(-v), 10)
			} else {
				body = strconv.FormatInt(v, 10)
				if plus {
					sign = "+"
				} else if space {
					sign = " "
				}
			}
			body = precise(body, prec)
		case 'u', 'x', 'X', 'o':
			v := unsigned(next(), bits)
			base := map[byte]int{'u': 10, 'x': 16, 'X': 16, 'o': 8}[conv]
			body = precise(strconv.FormatUint(v, base), prec)
			if conv == 'X' {
				body = strings.ToUpper(body)
			}
			if alt && v != 0 {
				switch conv {
				case 'x':
					sign = "0x"
				case 'X':
					sign = "0X"
				case 'o':
					if body[0] != '0' {
						body = "0" + body
					}
				}
			}
		case 'c':
			body = string(rune(unsigned(next(), 8)))
		case 's':
			v := next()
			s, ok := v.(string)
			if !ok {
				s = "(null)"
			}
			if prec >= 0 && prec < len(s) {
				s = s[:prec]
			}
			body = s
		case 'p':
			v := unsigned(next(), 64)
			if v == 0 {
				body = "(nil)"
			} else {
				sign, body = "0x", strconv.FormatUint(v, 16)
			}
		default:
			b.WriteByte('%')
			b.WriteByte(conv)
			continue
		}
		pad := width - len(sign) - len(body)
		switch {
		case pad <= 0:
			b.WriteString(sign + body)
		case minus:
			b.WriteString(sign + body + strings.Repeat(" ", pad))
		case zero && prec < 0 && conv != 's' && conv != 'c':
			b.WriteString(sign + strings.Repeat("0", pad) + body)
		default:
			b.WriteString(strings.Repeat(" ", pad) + sign + body)
		}
	}
	return b.String()
}

// precise applies an integer conversion's precision (minimum digits).
func precise(digits string, prec int) string {
	if prec == 0 && digits == "0" {
		return ""
	}
	if prec > len(digits) {
		return strings.Repeat("0", prec-len(digits)) + digits
	}
	return digits
}

func asUint64(v any) uint64 {
	switch n := v.(type) {
	case int:
		return uint64(n)
	case int8:
		return uint64(n)
	case int16:
		return uint64(n)
	case int32:
		return uint64(n)
	case int64:
		return uint64(n)
	case uint:
		return uint64(n)
	case uint8:
		return uint64(n)
	case uint16:
		return uint64(n)
	case uint32:
		return uint64(n)
	case uint64:
		return n
	case bool:
		if n {
			return 1
		}
	}
	return 0
}

func unsigned(v any, bits int) uint64 {
	u := asUint64(v)
	if bits < 64 {
		u &= 1<<bits - 1
	}
	return u
}

func signed(v any, bits int) int64 {
	u := unsigned(v, bits)
	if bits < 64 && u&(1<<(bits-1)) != 0 {
		return int64(u) - 1<<bits
	}
	return int64(u)
}
