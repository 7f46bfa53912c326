package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	ch <- 7
	ch <- 8
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	fmt.Println(<-ch, len(ch))

	sc := make(chan string)
	close(sc)
	s, ok := <-sc
	fmt.Printf("%q %v\n", s, ok)

	type point struct{ X, Y int }
	pc := make(chan *point)
	go func() {
		pc <- point{1, 2}
		close(pc)
	}()
	for {
		p, ok := <-pc
		if !ok {
			fmt.Println("closed, zero value is", p)
			break
		}
		fmt.Println("received", *p)
	}
}
