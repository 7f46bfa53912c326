package main

import (
	"fmt"
	"sort"
)

type Employee interface {
	Name() string
	Pay() int
}

type Salaried struct {
	name   string
	salary int
}

type Hourly struct {
	name  string
	hours int
	rate  int
}

func (s Salaried) Name() string { return s.name }
func (s Salaried) Pay() int     { return s.salary / 12 }
func (h Hourly) Name() string   { return h.name }
func (h Hourly) Pay() int       { return h.hours * h.rate }

type byPay []Employee

func (b byPay) Len() int           { return len(b) }
func (b byPay) Less(i, j int) bool { return b[i].Pay() < b[j].Pay() }
func (b byPay) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	staff := []Employee{
		Salaried{"Ani", 120000},
		Hourly{"Budi", 160, 40},
		Salaried{"Citra", 60000},
		Hourly{nil, 10, 100},
	}
	sort.Sort(byPay(staff))
	total := 0
	for _, e := range staff {
		kind := "hourly"
		if _, ok := e.(Salaried); ok {
			kind = "salaried"
		}
		fmt.Printf("%-6s %-8s %6d\n", e.Name(), kind, e.Pay())
		total += e.Pay()
	}
	fmt.Println("total", total)
}
