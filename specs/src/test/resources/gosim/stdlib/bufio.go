// Exercises bufio's Scanner (lines, words, runes), Reader and Writer; bufio.out is its output
// under real Go 1.19 (go run bufio.go > bufio.out).
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("one\ntwo\r\n\nfour"))
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	fmt.Println(sc.Err())
	ws := bufio.NewScanner(strings.NewReader("  the quick\tbrown \n fox  "))
	ws.Split(bufio.ScanWords)
	n := 0
	for ws.Scan() {
		n++
		fmt.Print(ws.Text(), "|")
	}
	fmt.Println(n)
	rs := bufio.NewScanner(strings.NewReader("héj"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Print(rs.Text(), ".")
	}
	fmt.Println()
	r := bufio.NewReader(strings.NewReader("alpha beta\ngamma\n"))
	w1, err := r.ReadString(' ')
	fmt.Printf("%q %v\n", w1, err)
	line, prefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", line, prefix, err)
	c, _ := r.ReadByte()
	ru, size, _ := r.ReadRune()
	fmt.Println(string(c), string(ru), size)
	rest, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)
	_, err = r.ReadString('\n')
	fmt.Println(err)
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 1)
	w.WriteString("buffered 2\n")
	fmt.Println("before flush", w.Buffered())
	w.Flush()
	fmt.Println("after flush", w.Buffered())
}
