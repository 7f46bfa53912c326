package main

func main() {
	x := 08 @
	z = 1
}
