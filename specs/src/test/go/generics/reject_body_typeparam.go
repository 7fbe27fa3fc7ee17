// Go 1.19 rejects these in a generic body: a field through a type parameter, a type switch and a type assertion on a type-parameter value.

package main

type P struct{ X int }

func Field[T interface{ P }](x T) int { return x.X }

func TS[T any](x T) {
	switch x.(type) {
	case int:
	}
}

func TA[T any](x T) int { return x.(int) }

type S interface{ M() int }

func Meth[T S](x T) int { return x.M() }

func main() {}
