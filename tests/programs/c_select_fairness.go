package main

import "fmt"

// When several cases are ready, select picks one at random: over many
// rounds each ready case is chosen a fair share of the time.
func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	na, nb := 0, 0
	for i := 0; i < 4000; i++ {
		a <- 1
		b <- 1
		select {
		case <-a:
			na++
			<-b
		case <-b:
			nb++
			<-a
		}
	}
	fmt.Println(na+nb, na > 1500, nb > 1500)
}
