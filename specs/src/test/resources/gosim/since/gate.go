package main

import (
	"errors"
	"fmt"
	"io"
	"io/ioutil"
	"os"
	"strings"
	"sync"
	"time"
	"unicode"
)

func main() {
	var b strings.Builder
	var m sync.Map
	fmt.Println(errors.Is(nil, nil), b.Len(), m)
	data, err := os.ReadFile("x")
	err = os.WriteFile("x", data, 0644)
	_, err = os.ReadDir(".")
	_, err = io.ReadAll(strings.NewReader(""))
	d := time.Until(time.Now())
	fmt.Fprint(io.Discard, err, d)
	_, err = ioutil.ReadAll(strings.NewReader(""))
	fmt.Fprint(ioutil.Discard, err, unicode.Chorasmian, unicode.Adlam)
	_ = fmt.Append(nil, 1)
}
