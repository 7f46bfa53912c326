package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
}

func main() {
	accounts := map[string]Account{
		"a1": {"ann", 100},
		"b2": {"bob", 50},
	}
	acc := accounts["a1"]
	acc.Balance += 25
	fmt.Println(accounts["a1"].Balance)
	accounts["a1"] = acc
	fmt.Println(accounts["a1"].Balance)
	ptrs := map[string]*Account{}
	for k, v := range accounts {
		v := v
		ptrs[k] = &v
	}
	ptrs["b2"].Balance *= 2
	fmt.Println(accounts["b2"].Balance, ptrs["b2"].Balance)
	missing := accounts["zz"]
	fmt.Printf("%+v\n", missing)
	counts := map[string][]int{}
	counts["x"] = append(counts["x"], 1, 2)
	counts["x"][0] = 10
	fmt.Println(counts)
}
