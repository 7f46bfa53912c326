package main

import "fmt"

type User struct {
	Name string
	Age  int
}

func main() {
	u := User{Name: "ann", Email: "a@example.com"}
	fmt.Println(u)
}
