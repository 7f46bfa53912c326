package main

import (
	"errors"
	"fmt"
)

func main() {
	err := fmt.Errorf("config: %w", errors.New("file missing"))
	fmt.Println("about to panic")
}
