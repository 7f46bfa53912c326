package main

import (
	"fmt"
	"strings"
)

type Order struct {
	ID   int
	Item string
}

func producer(orders chan<- Order, items []string) {
	for i, it := range items {
		orders <- Order{i + 1, it}
	}
	close(orders)
}

func consumer(make <-chan Order, done chan<- []string) {
	var log []string
	for o := range orders {
		log = append(log, fmt.Sprintf("#%d:%s", o.ID, strings.ToUpper(o.Item)))
	}
	done <- log
}

func main() {
	orders := make(chan Order, 2)
	done := make(chan []string)
	go producer(orders, []string{"nasi goreng", "sate", "bakso", "soto", "rendang"})
	go consumer(orders, done)
	log := <-done
	for _, l := range log {
		fmt.Println(l)
	}
	fmt.Println("consumed", len(log), "orders in order")
}
