package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}

type Temp float64

func (t Temp) String() string { return strconv.FormatFloat(float64(t), 'f', 1, 64) + "C" }

var ErrNotFound = errors.New("not found")

type QueryErr struct {
	Q   string
	Err error
}

func (e *QueryErr) Error() string { return e.Q + ": " + e.Err.Error() }
func (e *QueryErr) Unwrap() error { return e.Err }

func lookup(k string) (int, error) {
	if k == "" {
		return 0, &QueryErr{"empty", ErrNotFound}
	}
	return len(k), nil
}

func sum(nums ...int) (total int) {
	for _, n := range nums {
		total += n
	}
	return
}

func main() {
	var s Stack
	for i := 1; i <= 4; i++ {
		s.Push(i * i)
	}
	fmt.Println(s.Pop(), s.Pop(), s, len(s))
	temps := []Temp{21.5, -3, 0}
	fmt.Println(temps, Temp(36.6))
	fmt.Printf("%v %s %d\n", temps[0], temps[1], 42)
	_, err := lookup("")
	fmt.Println(err, errors.Is(err, ErrNotFound))
	var qe *QueryErr
	if errors.As(err, &qe) {
		fmt.Println("as:", qe.Q)
	}
	fmt.Println(sum(), sum(1, 2, 3), sum([]int{4, 5}...))
	people := []struct {
		Name string
		Age  int
	}{{"A", 30}, {"B", 25}, {"C", 30}, {"D", 20}}
	sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people)
	grid := make([][]rune, 3)
	for i := range grid {
		grid[i] = []rune(strings.Repeat(".", 3))
	}
	grid[1][1] = '#'
	for _, row := range grid {
		fmt.Println(string(row))
	}
	groups := map[string][]string{}
	for _, w := range []string{"apple", "avocado", "banana", "blueberry", "cherry"} {
		k := w[:1]
		groups[k] = append(groups[k], w)
	}
	fmt.Println(groups, len(groups["a"]))
	n, err := strconv.Atoi("12x")
	fmt.Println(n, err)
	v, _ := strconv.ParseFloat("3.25", 64)
	fmt.Println(v*2, strconv.Quote("a\tb"), strconv.Itoa(-45))
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
	x := int8(-128)
	u8, i32 := uint8(200), int32(1<<31-1)
	fmt.Println(-x, x/-1, u8+uint8(100), i32+1, 7.0/2, 7/2, -7/2.0)
	bs := []byte("abc")
	bs[0] = 'X'
	str := string(bs)
	bs[1] = 'Y'
	fmt.Println(str, string(bs), strings.ToUpper(str), strings.Split("a,b,,c", ","), len(strings.Split("a,b,,c", ",")))
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Printf("%6.2f|%-8s|%08.3f|%x|%X|%o|%b|%e|%g\n", 3.14159, "go", -3.14159, "hi", 255, 8, 5, 123456.789, 1e21)
	fmt.Printf("%3c|%-4q|%U|%#x|%+d|% d\n", 'A', 'B', 0x1F600, 255, 5, 7)
	fmt.Printf("%v %v %.3v %10.4v|\n", 1e6, 1e-7, 3.14159, "abcdefgh")
}
