package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Sum() scale { return p.X + p.Y }

func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	p := Point{1, 2}
	sum := p.Sum // method value: receiver copied now
	p.X = 100
	fmt.Println(sum(), p.Sum())
	scale := p.Scale // pointer receiver: bound to &p
	scale(2)
	fmt.Println(p)
	f := Point.Sum // method expression
	fmt.Println(f(Point{3, 4}))
	g := (*Point).Scale
	q := &Point{1, 1}
	g(q, 5)
	fmt.Println(*q)
	h := (*Point).Sum // value methods are in the pointer method set
	fmt.Println(h(q))
	fns := []func() int{Point{1, 1}.Sum, Point{2, 2}.Sum}
	for _, fn := range fns {
		fmt.Print(fn(), " ")
	}
	fmt.Println()
	str := q.String
	q.X = 0
	fmt.Println(str(), q.String())
	fmt.Printf("%T\n", f)
}
