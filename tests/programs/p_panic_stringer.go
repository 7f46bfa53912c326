package main

import "fmt"

type State int

func (s State) String() string { return fmt.Sprintf("State<%d>", int(s)) }

func main() {
	fmt.Println(State(1))
	panic(State(2))
}
