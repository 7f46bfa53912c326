package main

import "fmt"

type User struct {
	Name string
}

func main() {
	u := User{Name: "ann"}
	u.Age = 3
	fmt.Println(u)
}
