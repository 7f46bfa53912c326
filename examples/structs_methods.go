// Structs, methods, embedding and interfaces.
package main

import (
	"fmt"
	"math"
)

type Point struct {
	X, Y float64
}

// A value receiver works on a copy.
func (p Point) Distance(q Point) float64 {
	return math.Hypot(q.X-p.X, q.Y-p.Y)
}

// A pointer receiver can change the struct.
func (p *Point) Move(dx, dy float64) {
	p.X += dx
	p.Y += dy
}

// String makes Point a fmt.Stringer, so fmt prints it our way.
func (p Point) String() string {
	return fmt.Sprintf("(%g, %g)", p.X, p.Y)
}

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct {
	Min   Point // a named field
	W, H  float64
	Label string
}

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

type Circle struct {
	Point  // embedded: Circle gets X, Y, Distance, Move and String
	Radius float64
}

func (c Circle) Area() float64      { return math.Pi * c.Radius * c.Radius }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.Radius }

func main() {
	p := Point{1, 2}
	q := Point{X: 4, Y: 6}
	fmt.Println("p =", p, "q =", q)
	fmt.Println("distance:", p.Distance(q))

	p.Move(1, 1) // Go takes &p for us
	fmt.Println("p after Move:", p)

	r := Rect{W: 3, H: 4, Label: "box"}
	fmt.Printf("%v\n", r)
	fmt.Printf("%+v\n", r)

	c := Circle{Point{0, 0}, 1}
	c.Move(2, 3) // promoted from the embedded Point
	fmt.Println("circle center:", c.Point, "X:", c.X)

	shapes := []Shape{r, c}
	for _, s := range shapes {
		fmt.Printf("%T area %.2f perimeter %.2f\n", s, s.Area(), s.Perimeter())
	}

	// A type switch looks at the dynamic type behind an interface.
	for _, s := range shapes {
		switch v := s.(type) {
		case Rect:
			fmt.Println("a rectangle labelled", v.Label)
		case Circle:
			fmt.Println("a circle of radius", v.Radius)
		}
	}

	// Structs are values: assignment copies, == compares field by field.
	copyOfQ := q
	copyOfQ.X = 100
	fmt.Println(q == Point{4, 6}, copyOfQ == q)
}
