package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1e100)
	wg.Done()
	fmt.Println("balanced Add/Done is fine")
	wg.Done()
}
