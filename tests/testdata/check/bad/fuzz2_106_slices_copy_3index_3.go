package main

import "fmt"

func main() {
	src := []like{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src, []int{9})
	fmt.Println(n, src)
	s := []int{0, 1, 2, 3, 4, 5}
	copy(s[2:], s) // overlapping copy behaves like memmove
	fmt.Println(s)
	bs := make([]byte, 4)
	n = copy(bs, "héllo")
	fmt.Println(n, bs)
	// three-index slicing limits capacity
	arr := [6]int{0, 1, 2, 3, 4, 5}
	t := arr[1:3:4]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 30)
	fmt.Println(arr, t)
	t = append(t, 40) // exceeds cap 3: reallocates, arr untouched
	t[0] = 100
	fmt.Println(arr, t)
	u := arr[2:2:2]
	fmt.Println(len(u), cap(u))
	clone := append([]int(nil), src...)
	clone[0] = -1
	fmt.Println(src[0], clone[0])
	fmt.Println(arr[:0], arr[6:], len(arr[:]))
}
