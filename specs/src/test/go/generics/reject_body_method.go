package main

// A generic type's methods are checked on their own too, with T a type parameter.

type List[T any] struct {
	items []T
}

func (l *List[T]) Push(x T) {
	l.items = append(l.items, x)
}

func (l *List[T]) Sum() T {
	var s T
	for _, x := range l.items {
		s = s + x
	}
	return s
}

func (l *List[T]) First() T {
	return len(l.items)
}

func main() {
	var l List[int]
	l.Push(1)
	println(l.Sum())
}
