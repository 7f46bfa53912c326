package main

func main() {
	var a int = "1"
	var b int = "2"
	var c int = "3"
	var d int = "4"
	var e int = "5"
	var f int = "6"
	var g int = "7"
	var h int = "8"
	var i int = "9"
	var j int = "10"
	var k int = "11"
	var l int = "12"
}
