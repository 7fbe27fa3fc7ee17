package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

func main() {
	var b strings.Builder
	var m sync.Map
	fmt.Println(errors.Is(nil, nil), b.Len(), m)
}
