package main

func genVerbs() {}
func genTime()  {}
