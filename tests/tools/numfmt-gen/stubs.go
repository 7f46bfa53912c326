package main

func genParseFloat() {}
func genInt()        {}
func genQuote()      {}
func genVerbs()      {}
func genTime()       {}
