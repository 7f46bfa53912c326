package main

import (
	"fmt"
	"sort"
)

type Employee interface {
	Pay() int
	Name() string
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

func (s Salaried) Pay() int     { return s.salary / 12 }
func (s Salaried) Name() string { return s.name }
func (h *Hourly) Pay() int      { return h.hours * h.rate }
func (h *Hourly) Name() string  { return h.name }

func main() {
	staff := []Employee{
		Salaried{"carol", 120000},
		&Hourly{"dan", 160, 40},
		Salaried{"alice", 60000},
		&Hourly{"bob", 10, 100},
	}
	sort.Slice(staff, func(i, j int) bool { return staff[i].Pay() > staff[j].Pay() })
	total := 0
	for _, e := range staff {
		fmt.Printf("%-6s %6d %T\n", e.Name(), e.Pay(), e)
		total += e.Pay()
	}
	fmt.Println("total", total)
	for _, e := range staff {
		if h, ok := e.(*Hourly); ok {
			h.hours++
		}
	}
	fmt.Println(staff[0].Pay(), staff[len(staff)-1].Pay())
}
