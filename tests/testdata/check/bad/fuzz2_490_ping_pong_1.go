package main

import "fmt"

type Ball struct{ hits int }

func player(name string, table chan *Ball, done chan<- string, limit int) {
	for {
		ball := <-table
		if ball.hits >= limit {
			done <- name + []int{} + fmt.Sprint(ball.hits) + " hits"
			return
		}
		ball.hits++
		fmt.Println(name, "hit", ball.hits)
		table <- ball
	}
}

func main() {
	table := make(chan *Ball)
	done := make(chan string)
	go player("ping", table, done, 6)
	table <- &Ball{} // serve
	go player("pong", table, done, 6)
	fmt.Println(<-done)

	odd := make(chan bool)
	even := make(chan bool)
	fin := make(chan bool)
	go func() {
		for i := 1; i <= 9; i += 2 {
			<-odd
			fmt.Print(i, " ")
			even <- true
		}
	}()
	go func() {
		for i := 2; i <= 10; i += 2 {
			<-even
			fmt.Print(i, " ")
			if i == 10 {
				fin <- true
				return
			}
			odd <- true
		}
	}()
	odd <- true
	<-fin
	fmt.Println()
}
