// Exercises strconv, math, unicode, sort and errors; strconv.out is its output under real Go 1.19
// (go run strconv.go > strconv.out).
package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"unicode"
)

type MyErr struct{ code int }

func (e *MyErr) Error() string { return "my error " + strconv.Itoa(e.code) }

type wrapped struct {
	msg string
	err error
}

func (w *wrapped) Error() string { return w.msg + ": " + w.err.Error() }
func (w *wrapped) Unwrap() error { return w.err }

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

// tenth is a variable so that tenth+0.2 is float64 arithmetic (0.30000000000000004), not an exact constant.
var tenth = 0.1

func main() {
	for _, s := range []string{"42", "-17", "0x1F", "abc", "99999999999999999999", "", "+5", "1_000"} {
		i, err := strconv.Atoi(s)
		fmt.Println(i, err)
		j, err := strconv.ParseInt(s, 0, 64)
		fmt.Println(j, err)
	}
	u, err := strconv.ParseUint("255", 10, 8)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("256", 10, 8)
	fmt.Println(u, err)
	i8, err := strconv.ParseInt("-129", 10, 8)
	fmt.Println(i8, err)
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatUint(1<<63, 2), strconv.Itoa(-9223372036854775808))
	fmt.Println(strconv.Quote("héllo\n\t\"x\"\x00\xff☺"), strconv.QuoteToASCII("héllo☺"), strconv.QuoteRune('☺'))
	uq, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Println(uq, err)
	b, err := strconv.ParseBool("T")
	fmt.Println(b, err, strconv.FormatBool(false))
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	for _, f := range []float64{0, 1, -1.5, 3.14159, 1e21, 1e-7, 123456789, tenth + 0.2, math.MaxFloat64, math.SmallestNonzeroFloat64} {
		fmt.Println(strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'f', 2, 64), strconv.FormatFloat(f, 'f', -1, 64))
	}
	fmt.Println(strconv.FormatFloat(1.0/3, 'g', 5, 64), strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(0.1, 'g', -1, 32))
	for _, s := range []string{"3.25", "1e10", "-0", "inf", "NaN", "1e400", "x1", "0x1p-2", ".5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}

	fmt.Println(math.Sqrt(2), math.Floor(-1.5), math.Ceil(-1.5), math.Trunc(-1.5), math.Round(-2.5), math.RoundToEven(2.5))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1))
	fmt.Println(math.Abs(-3), math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3), math.Pow(2, 10), math.Pow10(3))
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000), math.Signbit(math.Copysign(0, -1)))
	fr, ex := math.Frexp(8)
	ip, fp := math.Modf(3.75)
	fmt.Println(fr, ex, ip, fp, math.Ldexp(0.5, 4), math.Log2(8), math.Log10(1000), math.Hypot(3, 4))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.Pi, math.E)

	for _, r := range []rune{'a', 'Z', '5', ' ', '!', 'é', 'Ж', '中', '\n', '$', 'ß', '٣'} {
		fmt.Println(string(r), unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsSpace(r), unicode.IsUpper(r),
			unicode.IsLower(r), unicode.IsPunct(r), unicode.IsPrint(r), unicode.IsNumber(r), string(unicode.ToUpper(r)), string(unicode.ToLower(r)))
	}

	xs := []int{5, 2, 8, 1, 9, 3, 7, 4, 6, 0, 15, 12, 11, 19, 13, 18, 14, 17, 16, 10, 25, 21, 23, 22, 24, 20}
	sort.Ints(xs)
	fmt.Println(xs, sort.IntsAreSorted(xs), sort.SearchInts(xs, 13))
	ss := []string{"pear", "apple", "fig", "banana"}
	sort.Strings(ss)
	fmt.Println(ss, sort.SearchStrings(ss, "fig"))
	fs := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fs)
	fmt.Println(fs)
	words := []string{"ccc", "a", "bb", "dddd", "e", "ff"}
	sort.Stable(byLen(words))
	fmt.Println(words)
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs[:5])
	people := []struct {
		name string
		age  int
	}{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	fmt.Println(sort.Search(100, func(i int) bool { return i*i >= 50 }))

	base := &MyErr{7}
	w := &wrapped{"context", base}
	w2 := fmt.Errorf("outer: %v", w)
	fmt.Println(errors.Unwrap(w) == base, errors.Is(w, base), errors.Is(w2, base), errors.Unwrap(w2))
	var me *MyErr
	fmt.Println(errors.As(w, &me), me.code)
	_, perr := strconv.Atoi("zz")
	var ne *strconv.NumError
	fmt.Println(errors.As(perr, &ne), ne.Func, errors.Is(perr, strconv.ErrSyntax))
}
