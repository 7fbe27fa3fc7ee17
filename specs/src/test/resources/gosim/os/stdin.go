package main

import (
	"bufio"
	"fmt"
	"io/ioutil"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d: %s\n", n, strings.ToUpper(sc.Text()))
	}
	fmt.Println("lines", n, sc.Err())
	b, err := ioutil.ReadFile("data/in.txt")
	fmt.Printf("%q %v\n", b, err)
}
