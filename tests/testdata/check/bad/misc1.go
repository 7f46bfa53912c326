package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

type Named int

func (n Named) String() string { return "n" }

func get() Counter { return Counter{} }

func main() {
	get().Inc()
	var s fmt.Stringer = Named(1)
	var x int = s
	var y Named = 5
	var z int = y
	var w = y + 1.5
	var i interface{} = 1
	var f func()
	f = main
	_, _, _, _ = x, z, w, f
	var arr [3]int
	_ = arr[5]
	sl := arr[1:5]
	_ = sl
	str := "abc"
	_ = str[10]
	var u8 uint8 = 255
	u8 = u8 + 1
	_ = u8 << 8
	const c8 uint8 = 255
	_ = c8 + 1
	_ = 1 << 70
	var big int = 1 << 70
	_ = big
}
