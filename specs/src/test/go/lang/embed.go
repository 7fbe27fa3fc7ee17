package main

import (
	"errors"
	"fmt"
)

type Point struct{ X, Y int }

func (p Point) Sum() int    { return p.X + p.Y }
func (p *Point) Scale(k int) { p.X *= k; p.Y *= k }
func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Named struct {
	Point
	Name string
}

type Deep struct {
	*Named
	Level int
}

type Animal interface{ Sound() string }

type Dog struct{}

func (Dog) Sound() string { return "woof" }

type Pet struct {
	Animal
	Owner string
}

type Summer interface{ Sum() int }
type Scaler interface{ Scale(int) }

type A struct{ V int }
type B struct{ V int }
type C struct {
	A
	B
	V int
}

type Base struct{ id int }

func (b *Base) ID() int   { return b.id }
func (b *Base) SetID(i int) { b.id = i }

type Wrapper struct {
	Base
	extra string
}

type MyErr struct{ error }

type RW interface {
	Reader
	Writer
}
type Reader interface{ Read() string }
type Writer interface{ Write(s string) }

type buf struct{ data []string }

func (b *buf) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *buf) Write(s string) { b.data = append(b.data, s) }

type Inner struct{ n int }

func (i Inner) Get() int { return i.n }

type Mid struct{ Inner }
type Outer struct {
	Mid
	n int
}

func main() {
	n := Named{Point{1, 2}, "a"}
	fmt.Println(n.X, n.Y, n.Sum(), n.Point.Sum())
	n.Scale(3)
	fmt.Println(n.X, n.Y, n.Sum())
	fmt.Println(n)
	fmt.Printf("%v %+v\n", n, n)
	var s Summer = n
	fmt.Println(s.Sum())
	var sc Scaler = &n
	sc.Scale(2)
	fmt.Println(n.X, n.Y)

	d := Deep{&n, 7}
	fmt.Println(d.X, d.Name, d.Sum(), d.Level)
	d.Scale(10)
	fmt.Println(n.X, d.Point.X)
	var sc2 Scaler = d // Deep embeds *Named, so Scale is in Deep's method set
	sc2.Scale(2)
	fmt.Println(n.X)
	d.X = 5
	fmt.Println(n.X)

	p := Pet{Dog{}, "bob"}
	fmt.Println(p.Sound(), p.Owner)
	var a Animal = p
	fmt.Println(a.Sound())

	c := C{A{1}, B{2}, 3}
	fmt.Println(c.V, c.A.V, c.B.V)

	w := &Wrapper{extra: "x"}
	w.SetID(42)
	fmt.Println(w.ID(), w.id, w.Base.id)
	var w2 Wrapper
	w2.SetID(9)
	fmt.Println(w2.ID())
	f := w.ID
	w.SetID(1)
	fmt.Println(f())

	e := MyErr{errors.New("boom")}
	fmt.Println(e.Error())
	var err error = e
	fmt.Println(err)
	fmt.Printf("%v\n", err)

	var rw RW = &buf{}
	rw.Write("hello")
	rw.Write("world")
	fmt.Println(rw.Read(), rw.Read())
	var r Reader = rw
	fmt.Println(r.Read() == "")

	o := Outer{Mid{Inner{4}}, 5}
	fmt.Println(o.n, o.Get(), o.Mid.n, o.Inner.n)
	lit := Named{Point: Point{X: 8}, Name: "lit"}
	fmt.Println(lit.X, lit.Name)
	fmt.Printf("%T %T\n", struct{ Point }{}, d)
	fmt.Println(struct{ Point }{Point{3, 4}}.Sum())
}
