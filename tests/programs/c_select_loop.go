package main

import "fmt"

func main() {
	nums := make(chan int)
	words := make(chan string)
	done := make(chan struct{})
	go func() {
		for i := 0; i < 3; i++ {
			nums <- i
		}
		close(nums)
	}()
	go func() {
		for _, w := range []string{"x", "y"} {
			words <- w
		}
		close(words)
	}()
	go func() {
		sumN, gotW := 0, ""
		for nums != nil || words != nil {
			select {
			case n, ok := <-nums:
				if !ok {
					nums = nil
					continue
				}
				sumN += n
			case w, ok := <-words:
				if !ok {
					words = nil
					continue
				}
				gotW += w
			}
		}
		fmt.Println("sum", sumN, "words", gotW)
		close(done)
	}()
	<-done
}
