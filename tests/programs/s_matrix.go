package main

import "fmt"

func identity(n int) [][]float64 {
	m := make([][]float64, n)
	for i := range m {
		m[i] = make([]float64, n)
		m[i][i] = 1
	}
	return m
}

func multiply(a, b [][]float64) [][]float64 {
	n, m, p := len(a), len(b), len(b[0])
	out := make([][]float64, n)
	for i := 0; i < n; i++ {
		out[i] = make([]float64, p)
		for j := 0; j < p; j++ {
			for k := 0; k < m; k++ {
				out[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return out
}

func transpose(a [][]float64) [][]float64 {
	t := make([][]float64, len(a[0]))
	for i := range t {
		t[i] = make([]float64, len(a))
		for j := range a {
			t[i][j] = a[j][i]
		}
	}
	return t
}

func main() {
	a := [][]float64{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(transpose(a))
	fmt.Println(multiply(a, transpose(a)))
	fmt.Println(multiply(identity(2), a))
	for _, row := range multiply(transpose(a), a) {
		for _, v := range row {
			fmt.Printf("%5.1f", v)
		}
		fmt.Println()
	}
}
