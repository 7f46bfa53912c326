package main

import "fmt"

type Item struct {
	Name  string
	Price float64
	Qty   int
}

func main() {
	inv := [...]Item{
		{"apple", 0.5, 10},
		{"bread", 2.25, 2},
		{"milk", 1.1, 3},
	}
	total := 0.0
	for _, it := range inv {
		total += it.Price * float64(it.Qty)
	}
	fmt.Printf("total %.2f for %d items\n", total, len(inv))
	for i := range inv {
		inv[i].Qty = 0
	}
	fmt.Println(inv)
	best := inv[0]
	for _, it := range inv[1:] {
		if it.Price > best.Price {
			best = it
		}
	}
	fmt.Printf("%-8s|%6.2f|\n", best.Name, best.Price)
	fmt.Printf("%v\n", inv[1:])
}
