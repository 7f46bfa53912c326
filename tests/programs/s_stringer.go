package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Temp struct{ Deg float64 }

func (t *Temp) String() string { return fmt.Sprintf("%.1f°C", t.Deg) }

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %q\n", Green, Green, Green, Green)
	fmt.Println([]Color{Blue, Red})
	fmt.Println(map[Color]int{Blue: 1, Red: 2})
	t := Temp{21.5}
	fmt.Println(&t)
	fmt.Println(t)
	fmt.Printf("%+v\n", struct{ C Color }{Green})
	fmt.Printf("%#v\n", Green)
}
