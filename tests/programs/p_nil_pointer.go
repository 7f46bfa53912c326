package main

import "fmt"

type Config struct {
	Name string
}

func load(ok bool) *Config {
	if ok {
		return &Config{"prod"}
	}
	return nil
}

func main() {
	fmt.Println(load(true).Name)
	c := load(false)
	fmt.Println("loaded", c == nil)
	fmt.Println(c.Name)
}
