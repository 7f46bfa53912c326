package main

import (
	"fmt"
	"sync"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Done()
	fmt.Println("balanced Add/Done is fine")
	wg.Done()
}
