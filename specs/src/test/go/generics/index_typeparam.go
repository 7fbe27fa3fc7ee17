package main

import "fmt"

type Integer interface{ int | int32 | int64 }

func At[T Integer](xs []string, i T) string { return xs[i] }
func Mk[T Integer](n T) []T                 { return make([]T, n, n+1) }

func main() {
	fmt.Println(At([]string{"a", "b"}, int32(1)), len(Mk(int64(3))), cap(Mk(2)))
}
