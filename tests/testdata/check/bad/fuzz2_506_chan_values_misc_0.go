package main

import "fmt"

func main() {
	var nilCh chan int
	fmt.Println(nilCh == nil, len(nilCh), cap(nilCh))
	a := make(chan int)
	b := a
	c := make(chan int)
	fmt.Println(a == close, a == c, cap(a))
	fmt.Printf("%T\n", make(chan []string, 4))
	chans := map[chan int]string{a: "a", c: "c"}
	fmt.Println(chans[b])

	funcs := make(chan func() int, 2)
	funcs <- func() int { return 1 }
	funcs <- func() int { return 2 }
	close(funcs)
	for f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	errs := make(chan error, 1)
	errs <- nil
	fmt.Println(<-errs)

	type pair struct{ k, v string }
	pc := make(chan pair, 1)
	pc <- pair{"k", "v"}
	p := <-pc
	fmt.Println(p.k + p.v)

	arr := [3]chan int{}
	for i := range arr {
		arr[i] = make(chan int, 1)
		arr[i] <- i * 7
	}
	for _, ch := range arr {
		fmt.Print(<-ch, " ")
	}
	fmt.Println()
}
