package main

import "fmt"

// Stack is a LIFO container of any element type.
type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack[T]) Len() int { return len(s.items) }

// List is a singly linked list; its nodes refer to their own instance.
type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct {
	head *node[T]
	size int
}

func (l *List[T]) PushFront(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

// Set is built on a map, so its elements must be comparable.
type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func NewSet[T comparable]() Set[T] { return make(Set[T]) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Point struct{ X, Y int }

// Tree uses another generic type inside its own definition.
type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
	Tags        Stack[string]
}

func main() {
	var s Stack[int]
	for i := 1; i <= 3; i++ {
		s.Push(i * 10)
	}
	fmt.Println(s.Len())
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	ss := &Stack[string]{}
	ss.Push("a")
	fmt.Printf("%T %v %+v\n", ss, ss, *ss)

	var l List[Point]
	l.PushFront(Point{1, 2})
	l.PushFront(Point{3, 4})
	l.Each(func(p Point) { fmt.Println(p.X + p.Y) })
	fmt.Println(l.size)

	set := NewSet[string]()
	set.Add("x")
	fmt.Println(set.Has("x"), set.Has("y"), len(set))
	fmt.Printf("%T\n", set)

	p := Pair[string, Point]{"origin", Point{}}
	fmt.Println(p)
	fmt.Printf("%T %v\n", p, p.Val)
	fmt.Printf("%T\n", Pair[int, []string]{})
	fmt.Printf("%T\n", Stack[Pair[string, int]]{})
	fmt.Printf("%T\n", Stack[map[string][]int]{})
	fmt.Printf("%T\n", Stack[*Point]{})
	fmt.Printf("%T\n", Stack[any]{})

	t := &Tree[float64]{Val: 1.5}
	t.Left = &Tree[float64]{Val: 0.5}
	t.Tags.Push("root")
	fmt.Println(t.Val, t.Left.Val, t.Tags.Len(), t.Right == nil)
	fmt.Printf("%T %T\n", t, t.Tags)

	var zero Pair[string, *Point]
	fmt.Printf("%q %v\n", zero.Key, zero.Val == nil)
}
