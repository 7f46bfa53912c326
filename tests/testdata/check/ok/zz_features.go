package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type Shape interface {
	Area() float64
	fmt.Stringer
}

type Named struct {
	Shape
	name string
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64   { return r.W * r.H }
func (r Rect) String() string  { return "rect" }
func (r *Rect) Scale(f float64) { r.W *= f; r.H *= f }

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }
func (s *Stack) Pop() (int, bool) {
	if len(s.items) == 0 {
		return 0, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type IntList []int

func (l IntList) Len() int           { return len(l) }
func (l IntList) Less(i, j int) bool { return l[i] < l[j] }
func (l IntList) Swap(i, j int)      { l[i], l[j] = l[j], l[i] }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "code " + strconv.Itoa(e.Code) }

var _ error = (*MyErr)(nil)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	_
	Wednesday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue", "Wed"}[d] }

type Node struct {
	Val         int
	Left, Right *Node
	Kids        []Node
}

func even(n int) bool {
	if n == 0 {
		return true
	}
	return odd(n - 1)
}

func odd(n int) bool {
	if n == 0 {
		return false
	}
	return even(n - 1)
}

type Counter struct {
	sync.Mutex
	wg sync.WaitGroup
	n  int64
}

func find(xs []int, x int) (idx int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	for i, v := range xs {
		if v == x {
			return i, nil
		}
	}
	return -1, &MyErr{404}
}

func main() {
	var s Shape = Rect{2, 3}
	n := Named{s, "r"}
	fmt.Println(n.Area(), n.String(), n)
	r := Rect{1, 1}
	r.Scale(2)
	(&r).Scale(2)
	f := r.Area
	g := Rect.Area
	h := (*Rect).Scale
	h(&r, 0.5)
	fmt.Println(f(), g(r))
	st := &Stack{}
	st.Push(1)
	if v, ok := st.Pop(); ok {
		fmt.Println(v)
	}
	l := IntList{3, 1, 2}
	sort.Sort(sort.Reverse(l))
	sort.Slice(l, func(i, j int) bool { return l[i] < l[j] })
	_, err := find([]int{1}, 2)
	var me *MyErr
	if errors.As(err, &me) {
		fmt.Println(me.Code)
	}
	fmt.Println(Monday, Wednesday, even(4))
	var c Counter
	for i := range 10 {
		c.wg.Add(1)
		go func() {
			defer c.wg.Done()
			c.Lock()
			c.n += int64(i)
			c.Unlock()
			atomic.AddInt64(&c.n, 1)
		}()
	}
	c.wg.Wait()
	var x uint = 3
	y := 1 << x
	z := int64(1) << 62
	var k int = 5
	w := 1 << k
	fmt.Println(y, z, w, min(1, 2.5), max("a", "b"), min(x, 2))
	b := []byte("abc")
	b = append(b, "def"...)
	copy(b, "xy")
	fmt.Println(string(b), string(rune(65)), []rune("héllo")[1])
	m := map[string][]Rect{"a": {{1, 2}, {W: 3}}}
	ptrs := []*Rect{{1, 2}, {3, 4}}
	arr := [...][2]int{{1, 2}, {3, 4}}
	pa := &[]int{1}
	clear(m)
	fmt.Println(len(ptrs), len(arr), (*pa)[0], len(arr[0]))
	d := time.Duration(150) * time.Millisecond
	start := time.Now()
	select {
	case <-time.After(d):
	case <-time.Tick(time.Second):
	default:
	}
	fmt.Println(time.Since(start).Seconds() > 0, d.String())
	var any1 interface{} = 5
	switch v := any1.(type) {
	case nil:
		fmt.Println("nil", v)
	case int, int64:
		fmt.Println("int", v)
	case fmt.Stringer:
		fmt.Println(v.String())
	}
	switch x := k * 2; {
	case x > 5:
		fallthrough
	case x > 2:
		fmt.Println("big")
	}
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
		}
	}
	i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
	var sb strings.Builder
	sb.WriteString("x")
	fmt.Fprintln(os.Stderr, sb.String(), strings.Repeat("-", 3))
	var once sync.Once
	once.Do(func() {})
	ch := make(chan int, 1)
	ch <- 1
	close(ch)
	for v := range ch {
		_ = v
	}
	var rd <-chan int = ch
	_, okk := <-rd
	_ = okk
	tree := &Node{Val: 1, Left: &Node{Val: 2}, Kids: []Node{{Val: 3}}}
	fmt.Printf("%d %v\n", tree.Left.Val, tree.Kids[0].Val)
	var iface interface{ Area() float64 } = &r
	if sh, ok := iface.(Shape); ok {
		fmt.Println(sh)
	}
	const big = 1 << 100
	fmt.Println(big >> 98)
	var fl float32 = 1 << 3
	fmt.Println(fl, 'a'+1, "s"+"t", 7/2, 7/2.0, -7%3)
	func() {}()
	defer fmt.Println("done")
	os.Exit(0)
}
