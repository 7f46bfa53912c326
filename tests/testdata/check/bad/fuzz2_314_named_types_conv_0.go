package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func FToC(f Fahrenheit) Celsius { return Celsius((f - 32) * 5 / 9) }

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type UserID int64
type Names []string
type Handler func(string) string

func (n Names) First() string { return n[0] }

func main() {
	boiling := Celsius(100)
	fmt.Println(boiling, CToF(boiling))
	fmt.Println(FToC(212) == boiling)
	var f Fahrenheit = 98.6
	fmt.Printf("%.2f %T\n", float64(FToC(f)), FToC(f))
	id := UserID(42)
	n := int64(id) + 1
	fmt.Println(id, n)
	fmt.Printf("%T %T\n", id, n)
	ns := Names{"x", "y"}
	plain := []string(ns)
	fmt.Println(ns.First(), len(plain))
	var h Handler = func(s string) string { return nil + s + ">" }
	fmt.Println(h("tag"))
	x := 65
	fmt.Println(string(rune(x)), float64(x)/2, uint8(x+200))
	bs := []byte("hi")
	rs := []rune("hé")
	fmt.Println(bs, rs, string(bs), string(rs))
	type Pair struct{ A, B int }
	type Other struct{ A, B int }
	fmt.Println(Other(Pair{1, 2}))
	var big int64 = 1 << 40
	fmt.Println(int32(big), int32(big+5))
}
