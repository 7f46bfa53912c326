package main

import "fmt"

type Level int

func (l Level) String() string { return [...]string{"LOW", "MID", "HIGH"}[l] }

type Exported struct {
	Name  string
	Level Level
}

type unexported struct {
	name  string
	level Level
}

type Wrapper struct {
	Inner Exported
	Ptr   *Exported
}

func main() {
	e := Exported{"e", 2}
	u := unexported{"u", 2}
	fmt.Println(e)
	fmt.Println(u)
	fmt.Printf("%+v\n", e)
	fmt.Printf("%+v\n", u)
	fmt.Printf("%v %d\n", e.Level, e.Level)
	fmt.Println([]Level{0, 1}, map[Level]string{1: "one"})
	fmt.Println(Wrapper{Inner: e})
	var l interface{} = Level(1)
	fmt.Println(l)
}
