// Exercises bytes (functions, Buffer, Reader) and container/heap, list and ring; containers.out
// is its output under real Go 1.19 (go run containers.go > containers.out).
package main

import (
	"bytes"
	"container/heap"
	"container/list"
	"container/ring"
	"fmt"
	"io"
	"strings"
)

type IntHeap []int

func (h IntHeap) Len() int            { return len(h) }
func (h IntHeap) Less(i, j int) bool  { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x interface{}) { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() interface{} {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

func main() {
	b := []byte("Hello, Gophers! hello")
	fmt.Println(bytes.Contains(b, []byte("Go")), bytes.Index(b, []byte("lo")), bytes.LastIndex(b, []byte("lo")), bytes.Count(b, []byte("l")))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.Fields([]byte("  x  y z ")))
	fmt.Printf("%s|%s|%s\n", bytes.ToUpper(b), bytes.TrimSpace([]byte("  pad  ")), bytes.Join([][]byte{[]byte("a"), []byte("b")}, []byte("+")))
	fmt.Println(bytes.Equal([]byte("x"), []byte("x")), bytes.Compare([]byte("a"), []byte("b")), bytes.HasPrefix(b, []byte("Hell")), bytes.HasSuffix(b, []byte("llo")))
	fmt.Printf("%s %s %s\n", bytes.Replace(b, []byte("l"), []byte("L"), 2), bytes.Repeat([]byte("ab"), 3), bytes.Trim([]byte("xxhixx"), "x"))
	fmt.Println(bytes.EqualFold([]byte("GoLang"), []byte("golang")), bytes.IndexByte(b, 'G'), bytes.IndexRune([]byte("héllo"), 'l'))

	var buf bytes.Buffer
	buf.WriteString("first line\n")
	buf.Write([]byte("second "))
	buf.WriteByte('l')
	buf.WriteRune('ï')
	fmt.Fprintf(&buf, "ne %d\n", 2)
	fmt.Println(buf.Len())
	line, err := buf.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	c, _ := buf.ReadByte()
	fmt.Println(string(c), buf.String())
	rest, err := buf.ReadBytes('!')
	fmt.Printf("%q %v %d\n", rest, err, buf.Len())
	nb := bytes.NewBufferString("copy me")
	var out strings.Builder
	n, err := io.Copy(&out, nb)
	fmt.Println(n, err, out.String())
	all, err := io.ReadAll(bytes.NewReader([]byte("read all of it")))
	fmt.Println(string(all), err)

	// (&IntHeap{5, 2, 8} trips an interpreter bug with pointers to slice literals; see the report)
	hs := IntHeap{5, 2, 8}
	h := &hs
	heap.Init(h)
	heap.Push(h, 3)
	heap.Push(h, 1)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	l.MoveToBack(e1)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
	l.Remove(e4)
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())

	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	r.Do(func(p interface{}) { fmt.Print(p.(int), " ") })
	fmt.Println()
	r.Unlink(3)
	r.Do(func(p interface{}) { fmt.Print(p.(int), " ") })
	fmt.Println(r.Len())
}
