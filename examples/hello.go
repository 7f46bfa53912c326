// The first program: run it with `gosub run examples/hello.go`.
package main

import "fmt"

func main() {
	fmt.Println("Hello, World!")

	name := "Gopher"
	fmt.Printf("Halo, %s! Selamat belajar Go.\n", name)
}
