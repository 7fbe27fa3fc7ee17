package main

import (
	"errors"
	"fmt"
)

func Kind[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return fmt.Sprintf("int %d", x)
	case string:
		return "string " + x
	case []T:
		return "slice of T"
	case error:
		return "error " + x.Error()
	case nil:
		return "nil"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func IsZero[T comparable](v T) bool {
	var zero T
	return v == zero
}

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func parse(s string) (int, error) {
	if s == "" {
		return 0, errors.New("empty")
	}
	return len(s), nil
}

// Base is embedded in a generic struct; its methods are promoted.
type Base struct{ Name string }

func (b Base) Hello() string { return "hello " + b.Name }

type Tagged[T any] struct {
	Base
	Value T
}

func (t Tagged[T]) Get() T { return t.Value }

// Box embeds an instance of a generic type.
type Counter[T any] struct{ n int }

func (c *Counter[T]) Inc(T) { c.n++ }

type Box struct {
	Counter[string]
	label string
}

type Wrapper[T any] struct {
	*Counter[T]
	Items []T
}

func main() {
	fmt.Println(Kind(3))
	fmt.Println(Kind("x"))
	fmt.Println(Kind(2.5))
	fmt.Println(Kind(errors.New("bad")))
	fmt.Println(Kind[any](nil))
	fmt.Println(Kind([]int{1}))
	fmt.Println(IsZero(0), IsZero("a"), IsZero(struct{ a int }{}))
	fmt.Println(Must(parse("abc")))

	t := Tagged[[]int]{Base{"gopher"}, []int{1, 2}}
	fmt.Println(t.Hello(), t.Name, t.Get())
	fmt.Printf("%T %+v\n", t, t)

	var b Box
	b.Inc("a")
	b.Inc("b")
	b.label = "box"
	fmt.Println(b.n, b.Counter.n, b.label)
	fmt.Printf("%+v\n", b)

	w := Wrapper[int]{&Counter[int]{}, nil}
	w.Inc(1)
	w.Items = append(w.Items, 5)
	fmt.Println(w.n, w.Items)
	fmt.Printf("%T\n", w)
}
