package main

import (
	"fmt"
	"time"
)

func use() {
	timer := time.NewTimer(time.Second)
	time := <-timer.C
	fmt.Println(time)
	time.Sleep(1)
}

func main() {
	use()
	time.Sleep(1)
}
