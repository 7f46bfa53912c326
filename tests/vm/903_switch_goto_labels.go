package main

import "fmt"

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }
type Circ struct{ r float64 }

func (q Sq) Area() float64   { return q.s * q.s }
func (c *Circ) Area() float64 { return 3 * c.r * c.r }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("int-ish %v", x)
	case string:
		return "string " + x
	case Shape:
		return fmt.Sprintf("shape %.1f", x.Area())
	case error:
		return "error " + x.Error()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	for _, v := range []interface{}{nil, 1, int64(2), "s", Sq{2}, &Circ{1}, fmt.Errorf("e"), 3.5} {
		fmt.Println(classify(v))
	}
	i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
	fmt.Println("i", i)
outer:
	for a := 0; a < 3; a++ {
		for b := 0; b < 3; b++ {
			if b == 2 {
				continue outer
			}
			if a == 2 {
				break outer
			}
			fmt.Print(a, b, " ")
		}
	}
	fmt.Println()
	switch x := 5; {
	case x > 3:
		fmt.Println("big")
		fallthrough
	case x > 10:
		fmt.Println("fell")
	default:
		fmt.Println("never")
	}
	var u8 uint8 = 250
	u8 += 10
	var i8 int8 = 127
	i8++
	var u uint = 0
	u--
	fmt.Println(u8, i8, u, -7/2, -7%2, 7>>1, -7>>1, uint32(1)<<31, int32(-1)<<31)
	f := 1e100
	g := 3.99
	fmt.Println(int64(g), float32(0.1), f, 1/3.0)
	var sh Shape = Sq{3}
	if q, ok := sh.(Sq); ok {
		fmt.Println("sq", q.s)
	}
	_, ok := sh.(*Circ)
	fmt.Println(ok)
}
