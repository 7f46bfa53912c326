package main

import "fmt"

type Worker interface {
	Work()
}

type Job struct{ n int }

func (j *Job) Work() { j.n++ }

func run(w Worker) { w.Work() }

func main() {
	j := Job{}
	run(j)
	var w Worker = Job{n: 1}
	fmt.Println(w)
}
