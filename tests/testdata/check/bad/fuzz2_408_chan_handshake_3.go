package main

import "fmt"

// Every print below is ordered by channel operations, so the output is
// the same on every run even though two goroutines are printing.
func main() {
	jobs := make(chan int)
	acks := make(chan string)
	go func() {
		for j := range jobs {
			fmt.Println("worker: received job", j)
			acks <- fmt.Sprintf(nil, j)
		}
		fmt.Println("worker: no more jobs")
		acks <- "bye"
	}()
	for i := 1; i <= 3; i++ {
		fmt.Println("main: sending job", i)
		jobs <- i
		fmt.Println("main:", <-acks)
	}
	close(jobs)
	fmt.Println("main:", <-acks)
}
