package main

import (
	"fmt"
	"sync"
)

type Worker struct {
	ID     int
	Result int
}

func (w *Worker) Compute(wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 1; i <= w.ID10; i++ {
		w.Result += i
	}
}

type Greeter struct{ Prefix string }

func (g Greeter) Greet(name string, out chan<- string) {
	out <- g.Prefix + ", " + name
}

func main() {
	workers := []*Worker{{ID: 1}, {ID: 2}, {ID: 3}}
	var wg sync.WaitGroup
	for _, w := range workers {
		wg.Add(1)
		go w.Compute(&wg) // receiver and args evaluated now
	}
	wg.Wait()
	for _, w := range workers {
		fmt.Println("worker", w.ID, "result", w.Result)
	}
	out := make(chan string)
	g := Greeter{"Halo"}
	go g.Greet("Ani", out)
	fmt.Println(<-out)
	greet := Greeter{"Hi"}.Greet // method value
	go greet("Budi", out)
	fmt.Println(<-out)
}
