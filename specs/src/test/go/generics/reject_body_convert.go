package main

type Num interface{ ~int | ~int64 | ~float64 }

func Any[T any](x T) int              { return int(x) }
func AnyT[T any](x int) T             { return T(x) }
func Mixed[T ~int | ~string](x T) int { return int(x) }
func Both[T Num, U ~string](x T) U    { return U(x) }
func Const[T ~int8 | ~uint8]() T      { return T(-1) }
func ConstAny[T any]() T              { return T(1) }
func Frac[T ~int | ~float64]() T      { return T(1.5) }
func Ok[T Num, U Num](x T) U          { return U(x) }

func main() {}
