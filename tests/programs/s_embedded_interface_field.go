package main

import "fmt"

type Logger interface {
	Log(msg string)
	Level() int
}

type basic struct{ prefix string }

func (b basic) Log(msg string) { fmt.Println(b.prefix + msg) }
func (b basic) Level() int     { return 1 }

type Verbose struct {
	Logger
	extra int
}

func (v Verbose) Level() int { return v.Logger.Level() + v.extra }

func use(l Logger) {
	l.Log(fmt.Sprint("level ", l.Level()))
}

func main() {
	b := basic{"[basic] "}
	use(b)
	v := Verbose{Logger: b, extra: 10}
	use(v)
	v.Log("direct")
	var empty Verbose
	fmt.Println(empty.Logger == nil)
}
