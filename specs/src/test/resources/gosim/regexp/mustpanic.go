package main

import (
	"fmt"
	"regexp"
)

var word = regexp.MustCompile(`\w+`)

func main() {
	fmt.Println(word.FindAllString("uncaught panics print Go's text", -1))
	regexp.MustCompile(`(?P<x>a`)
}
