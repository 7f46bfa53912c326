package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

type Incrementer interface{ Inc() }

func main() {
	var i Incrementer = Counter{}
	i.Inc()
	fmt.Println(i)
}
