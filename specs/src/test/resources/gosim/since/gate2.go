package main

import (
	"fmt"
	"math/rand"
	"sort"
	"strconv"
	"strings"
	"time"
)

func main() {
	a, b, ok := strings.Cut("k=v", "=")
	s := []int{3, 1, 2}
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	rand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	_, err := strconv.Atoi("x")
	fmt.Println(a, b, ok, strings.ReplaceAll("aa", "a", "b"), rand.Uint64() > 0, err.(*strconv.NumError).Unwrap(), len(time.Layout))
}
