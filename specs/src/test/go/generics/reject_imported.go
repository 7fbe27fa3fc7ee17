package main

import "sync/atomic"

type node struct{ v int }

var p atomic.Pointer
var q atomic.Value[int]
var r atomic.Nope[int]

func main() {}
