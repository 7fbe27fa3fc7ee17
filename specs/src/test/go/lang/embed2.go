package main

import "fmt"

type Logger struct{ prefix string }

func (l *Logger) Log(s string) { fmt.Println(l.prefix + s) }

type Service struct {
	*Logger
	name string
}

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

type Stats struct {
	Counter
	hits []int
}

type Shape interface {
	Area() float64
	Name() string
}

type base struct{ name string }

func (b base) Name() string { return b.name }

type Square struct {
	base
	side float64
}

func (s Square) Area() float64 { return s.side * s.side }

type Circle struct {
	base
	r float64
}

func (c Circle) Area() float64 { return 3 * c.r * c.r }

// shadowing: the shallower field or method wins
type Inner struct{ X int }

func (Inner) Who() string { return "inner" }

type Outer struct {
	Inner
	X int
}

func (Outer) Who() string { return "outer" }

type ErrBox struct{ error }

type Stringish struct{ fmt.Stringer }

type name string

func (n name) String() string { return "name:" + string(n) }

func main() {
	s := Service{&Logger{"> "}, "svc"}
	s.Log("hi")
	st := Stats{}
	st.Inc()
	st.Inc()
	st.Counter.Inc()
	fmt.Println(st.n)
	ps := &st
	ps.Inc()
	fmt.Println(ps.n, st.Counter.n)
	shapes := []Shape{Square{base{"sq"}, 2}, Circle{base{"ci"}, 1}}
	for _, sh := range shapes {
		fmt.Println(sh.Name(), sh.Area())
	}
	o := Outer{Inner{1}, 2}
	fmt.Println(o.X, o.Inner.X, o.Who(), o.Inner.Who())
	sq := Square{base{"x"}, 3}
	sq.name = "renamed"
	fmt.Println(sq.Name(), sq.base.name)
	copy := sq
	copy.name = "copy"
	fmt.Println(sq.Name(), copy.Name())
	fmt.Println(Stringish{name("bob")})
	fmt.Printf("%s|%v|%+v\n", Stringish{name("x")}, o, o)
	m := map[string]Square{"a": sq}
	fmt.Println(m["a"].Name(), m["a"].side)
	arr := []Stats{{}, {}}
	arr[1].Inc()
	fmt.Println(arr[0].n, arr[1].n)
	var sh Shape = &sq
	fmt.Println(sh.Name())
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	panic(ErrBox{fmt.Errorf("wrapped %d", 7)})
}
