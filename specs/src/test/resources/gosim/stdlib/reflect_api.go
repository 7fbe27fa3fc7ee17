// Package reflect's API against real Go 1.19 (reflect_api.out: go run reflect_api.go > reflect_api.out,
// go1.19.8 linux/amd64): Type and Value over each kind, struct fields and tags, method sets, maps,
// slices, calls, MakeFunc, DeepEqual, the release-gated additions, and each panic message.
package main

import (
	"errors"
	"fmt"
	"reflect"
	"runtime"
	"sort"
	"strings"
	"unsafe"
)

type Point struct {
	X, Y int `json:"x,omitempty" db:"col"`
	name string
	Tags []string `json:"tags"`
}

func (p Point) Sum() int          { return p.X + p.Y }
func (p Point) Scale(k int) Point { return Point{X: p.X * k, Y: p.Y * k} }
func (p *Point) Move(dx, dy int)  { p.X += dx; p.Y += dy }
func (p Point) hidden()           {}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Shape interface {
	Area() float64
	Name() string
}

type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }
func (s Square) Name() string  { return "square" }

type Inner struct{ A int }

func (Inner) Hello() string { return "inner hello" }

type Outer struct {
	Inner
	B string
}

type Small int8

type Plain struct{ A int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%s: panic %T: %v\n", name, r, err)
			return
		}
		fmt.Printf("%s: panic %v\n", name, r)
	}()
	f()
	fmt.Println(name + ": no panic")
}

func sortedKeys(v reflect.Value) []string {
	var ks []string
	for _, k := range v.MapKeys() {
		ks = append(ks, fmt.Sprint(k.Interface()))
	}
	sort.Strings(ks)
	return ks
}

func main() {
	kinds()
	structs()
	methods()
	values()
	setting()
	maps()
	slices()
	calls()
	relations()
	deepEqual()
	newer()
	structOf()
	recovers()
	allocs()
	panics()
}

type tagged struct {
	Plain
	N int `k:"v"`
}

func kinds() {
	fmt.Println("== kinds")
	vals := []interface{}{true, 1, int8(2), int16(3), int32(4), int64(5), uint(6), uint8(7), uint16(8),
		uint32(9), uint64(10), uintptr(11), float32(1.5), 2.5, complex64(1 + 2i), 3 + 4i, "s",
		[2]int{1, 2}, make(chan int), func(int) string { return "" }, map[string]int{}, new(int),
		[]byte("ab"), Point{}, Celsius(20), errors.New("e")}
	for _, v := range vals {
		t := reflect.TypeOf(v)
		fmt.Printf("%-20s kind=%-10s name=%q pkg=%q size=%d align=%d cmp=%v\n", t.String(), t.Kind(),
			t.Name(), t.PkgPath(), t.Size(), t.Align(), t.Comparable())
	}
	fmt.Printf("%v|%T\n", reflect.TypeOf(tagged{}).Field(1).Tag, struct {
		Plain
		N int `k:"v"`
	}{})
	fmt.Println(reflect.TypeOf(struct {
		Plain
		N int `k:"v"`
	}{}), reflect.TypeOf(tagged{}).Field(0).Name)
	up := reflect.TypeOf(unsafe.Pointer(nil))
	fmt.Println(up, up.Kind(), up.Name(), up.PkgPath(), unsafe.Pointer(nil), reflect.ValueOf(unsafe.Pointer(nil)).IsNil())
	fmt.Println(reflect.TypeOf(nil) == nil, reflect.Kind(200), reflect.UnsafePointer, reflect.Ptr)
	fmt.Println(reflect.TypeOf(3) == reflect.TypeOf(4), reflect.TypeOf(3) == reflect.TypeOf(int64(4)))
	fmt.Println(reflect.TypeOf([]int{}) == reflect.SliceOf(reflect.TypeOf(0)))
	fmt.Println(reflect.PtrTo(reflect.TypeOf(Point{})), reflect.MapOf(reflect.TypeOf(""), reflect.TypeOf(1.0)),
		reflect.ArrayOf(3, reflect.TypeOf(byte(0))), reflect.ChanOf(reflect.RecvDir, reflect.TypeOf(0)))
	ft := reflect.TypeOf(fmt.Sprintf)
	fmt.Println(ft, ft.NumIn(), ft.In(0), ft.In(1), ft.NumOut(), ft.Out(0), ft.IsVariadic())
	mt := reflect.TypeOf(map[string][]int{})
	fmt.Println(mt.Key(), mt.Elem(), mt.Elem().Elem(), reflect.TypeOf([4]string{}).Len())
	ct := reflect.TypeOf(make(<-chan bool))
	fmt.Println(ct, ct.ChanDir(), ct.Elem(), reflect.BothDir, reflect.SendDir)
	fmt.Println(reflect.TypeOf(int16(0)).Bits(), reflect.TypeOf(complex64(0)).Bits())
}

func structs() {
	fmt.Println("== structs")
	t := reflect.TypeOf(Point{})
	fmt.Println(t, t.NumField())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Printf("%d %s %v pkg=%q tag=%q off=%d idx=%v anon=%v json=%q db=%q\n", i, f.Name, f.Type,
			f.PkgPath, f.Tag, f.Offset, f.Index, f.Anonymous, f.Tag.Get("json"), f.Tag.Get("db"))
	}
	v, ok := t.Field(0).Tag.Lookup("db")
	_, ok2 := t.Field(0).Tag.Lookup("xml")
	fmt.Println(v, ok, ok2)
	ot := reflect.TypeOf(Outer{})
	f, ok := ot.FieldByName("A")
	fmt.Println(f.Name, f.Index, ok, ot.Field(0).Anonymous, ot.Field(0).Name)
	_, ok = ot.FieldByName("Z")
	fmt.Println(ok)
	ov := reflect.ValueOf(Outer{Inner{7}, "b"})
	fmt.Println(ov.FieldByName("A").Int(), ov.Field(1), ov.FieldByIndex([]int{0, 0}), ov.FieldByName("nope").IsValid())
	fmt.Println(reflect.StructTag(`a:"1" b:"two words" c:"\x41"`).Get("c"), reflect.StructTag(`bad`).Get("bad"))
}

func methods() {
	fmt.Println("== methods")
	for _, t := range []reflect.Type{reflect.TypeOf(Point{}), reflect.TypeOf(&Point{}), reflect.TypeOf(Outer{}),
		reflect.TypeOf((*Shape)(nil)).Elem()} {
		fmt.Println(t, t.NumMethod())
		for i := 0; i < t.NumMethod(); i++ {
			m := t.Method(i)
			fmt.Println("  ", m.Index, m.Name, m.Type)
		}
	}
	m, ok := reflect.TypeOf(Point{}).MethodByName("Scale")
	fmt.Println(m.Name, ok)
	r := m.Func.Call([]reflect.Value{reflect.ValueOf(Point{X: 1, Y: 2}), reflect.ValueOf(3)})
	fmt.Println(r[0].Interface())
	_, ok = reflect.TypeOf(Point{}).MethodByName("Move")
	fmt.Println(ok)
	p := &Point{X: 1}
	pv := reflect.ValueOf(p)
	pv.MethodByName("Move").Call([]reflect.Value{reflect.ValueOf(2), reflect.ValueOf(5)})
	fmt.Println(*p, pv.MethodByName("Sum").Call(nil)[0].Int(), pv.NumMethod())
	fmt.Println(pv.Method(0).Type(), reflect.ValueOf(Outer{}).MethodByName("Hello").Call(nil)[0])
	var s Shape = Square{3}
	sv := reflect.ValueOf(&s).Elem()
	fmt.Println(sv.Kind(), sv.NumMethod(), sv.Method(0).Call(nil)[0].Float(), sv.Elem().Type())
}

func values() {
	fmt.Println("== values")
	v := reflect.ValueOf(Small(-3))
	fmt.Println(v.Kind(), v.Type(), v.Int(), v.CanSet(), v.CanAddr(), v.IsValid(), v.CanInterface())
	fmt.Println(reflect.ValueOf(uint16(65535)).Uint(), reflect.ValueOf(float32(0.1)).Float(),
		reflect.ValueOf(1+2i).Complex(), reflect.ValueOf(true).Bool(), reflect.ValueOf("hi").String())
	fmt.Println(reflect.ValueOf(42).String(), reflect.ValueOf(Point{}).String(), reflect.Value{}.String())
	fmt.Println(reflect.ValueOf(Celsius(21.5)), reflect.ValueOf(Celsius(1)).Interface())
	fmt.Printf("%v %d %s|%v|\n", reflect.ValueOf([]int{1, 2}), reflect.ValueOf(7), reflect.ValueOf("x"), reflect.Value{})
	fmt.Println(reflect.ValueOf("héllo").Len(), reflect.ValueOf("héllo").Index(1).Uint(), reflect.ValueOf([3]int{}).Len())
	var ip *int
	var e error
	fmt.Println(reflect.ValueOf(ip).IsNil(), reflect.ValueOf(&e).Elem().IsNil(), reflect.ValueOf(&e).Elem().Kind())
	fmt.Println(reflect.ValueOf(ip).Elem().IsValid(), reflect.ValueOf([]int(nil)).IsNil(), reflect.ValueOf(map[int]int(nil)).Len())
	x := 5
	xv := reflect.ValueOf(&x)
	fmt.Println(xv.Kind(), xv.Elem().Int(), xv.Elem().CanSet(), xv.Elem().Addr().Interface() == &x, xv.Pointer() != 0)
	fmt.Println(reflect.Indirect(xv).Int(), reflect.Indirect(reflect.ValueOf(3)).Int())
	iv := reflect.ValueOf([]interface{}{1, "a", nil})
	fmt.Println(iv.Index(0).Kind(), iv.Index(0).Elem().Kind(), iv.Index(2).IsNil(), iv.Index(1).Elem())
	fmt.Println(reflect.Zero(reflect.TypeOf(Point{})).Interface(), reflect.Zero(reflect.TypeOf("")).Len())
	np := reflect.New(reflect.TypeOf(Point{}))
	np.Elem().Field(0).SetInt(9)
	fmt.Println(np.Type(), np.Elem().Interface(), np.Interface().(*Point).X)
	pt := reflect.ValueOf(Point{X: 1})
	fmt.Println(pt.Field(2).CanInterface(), pt.Field(2).Kind(), pt.Field(2).String(), pt.NumField())
	cv := reflect.ValueOf(int64(300)).Convert(reflect.TypeOf(uint8(0)))
	fmt.Println(cv.Type(), cv.Uint(), reflect.ValueOf(3.9).Convert(reflect.TypeOf(0)).Int(),
		reflect.ValueOf(65).Convert(reflect.TypeOf("")).String(), reflect.ValueOf("hi").Convert(reflect.TypeOf([]byte{})).Bytes())
	fmt.Println(reflect.ValueOf(Celsius(3)).Convert(reflect.TypeOf(0.0)).Interface(), reflect.ValueOf(int8(0)).OverflowInt(128),
		reflect.ValueOf(uint8(0)).OverflowUint(255))
}

func setting() {
	fmt.Println("== setting")
	p := Point{X: 1, Y: 2}
	v := reflect.ValueOf(&p).Elem()
	v.Field(0).SetInt(10)
	v.FieldByName("Y").Set(reflect.ValueOf(20))
	v.Field(3).Set(reflect.ValueOf([]string{"a"}))
	fmt.Println(p, v.Field(2).CanSet(), v.Field(2).CanAddr())
	var (
		b  bool
		u  uint32
		f  float32
		c  complex128
		s  string
		i8 int8
		e  interface{}
	)
	reflect.ValueOf(&b).Elem().SetBool(true)
	reflect.ValueOf(&u).Elem().SetUint(1<<32 + 7)
	reflect.ValueOf(&f).Elem().SetFloat(0.1)
	reflect.ValueOf(&c).Elem().SetComplex(2i)
	reflect.ValueOf(&s).Elem().SetString("set")
	reflect.ValueOf(&i8).Elem().SetInt(200)
	reflect.ValueOf(&e).Elem().Set(reflect.ValueOf(3.5))
	fmt.Println(b, u, f, c, s, i8, e)
	arr := [3]int{1, 2, 3}
	av := reflect.ValueOf(&arr).Elem()
	av.Index(1).SetInt(20)
	fmt.Println(arr, av.Index(0).CanSet(), reflect.ValueOf(arr).Index(0).CanSet())
	sl := []Point{{X: 1}}
	reflect.ValueOf(sl).Index(0).Field(1).SetInt(5)
	fmt.Println(sl, reflect.ValueOf(sl).Index(0).CanSet())
	ss := []int{1, 2, 3, 4}
	sv := reflect.ValueOf(&ss).Elem()
	sv.SetLen(2)
	fmt.Println(ss, len(ss), cap(ss), sv.Slice(1, 4).Interface(), av.Slice(0, 2).Interface())
}

func maps() {
	fmt.Println("== maps")
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	mv := reflect.ValueOf(m)
	fmt.Println(mv.Len(), sortedKeys(mv), mv.MapIndex(reflect.ValueOf("two")), mv.MapIndex(reflect.ValueOf("x")).IsValid())
	mv.SetMapIndex(reflect.ValueOf("four"), reflect.ValueOf(4))
	mv.SetMapIndex(reflect.ValueOf("one"), reflect.Value{})
	fmt.Println(len(m), m["four"], sortedKeys(mv))
	nm := reflect.MakeMap(reflect.TypeOf(map[int]bool{}))
	nm.SetMapIndex(reflect.ValueOf(7), reflect.ValueOf(true))
	fmt.Println(nm.Interface(), nm.Len())
	sum := 0
	var keys []string
	it := mv.MapRange()
	for it.Next() {
		keys = append(keys, it.Key().String())
		sum += int(it.Value().Int())
	}
	sort.Strings(keys)
	fmt.Println(keys, sum)
	var k string
	var val int
	kv, vv := reflect.ValueOf(&k).Elem(), reflect.ValueOf(&val).Elem()
	it = reflect.ValueOf(map[string]int{"only": 9}).MapRange()
	for it.Next() {
		kv.SetIterKey(it)
		vv.SetIterValue(it)
	}
	fmt.Println(k, val)
	im := map[interface{}]string{1: "int", "1": "string"}
	fmt.Println(reflect.ValueOf(im).MapIndex(reflect.ValueOf("1")), reflect.ValueOf(im).MapIndex(reflect.ValueOf(1)))
	fmt.Println(reflect.MakeMapWithSize(reflect.TypeOf(map[string]string{}), 10).Len())
}

func slices() {
	fmt.Println("== slices")
	s := reflect.MakeSlice(reflect.TypeOf([]string{}), 1, 2)
	s.Index(0).SetString("a")
	s = reflect.Append(s, reflect.ValueOf("b"), reflect.ValueOf("c"))
	fmt.Println(s.Interface(), s.Len(), s.Cap() >= 3)
	s = reflect.AppendSlice(s, reflect.ValueOf([]string{"d", "e"}))
	fmt.Println(s.Interface(), s.Len())
	dst := make([]string, 2)
	n := reflect.Copy(reflect.ValueOf(dst), s)
	fmt.Println(n, dst)
	bs := []byte("xyz")
	fmt.Println(string(reflect.ValueOf(bs).Bytes()), reflect.ValueOf(bs).Index(2).Uint())
	ints := []int{3, 1, 2}
	swap := reflect.Swapper(ints)
	swap(0, 2)
	fmt.Println(ints)
}

func calls() {
	fmt.Println("== calls")
	add := func(a, b int) int { return a + b }
	r := reflect.ValueOf(add).Call([]reflect.Value{reflect.ValueOf(2), reflect.ValueOf(3)})
	fmt.Println(len(r), r[0].Int(), r[0].Type())
	join := func(sep string, parts ...string) (string, int) { return strings.Join(parts, sep), len(parts) }
	jv := reflect.ValueOf(join)
	r = jv.Call([]reflect.Value{reflect.ValueOf("-"), reflect.ValueOf("a"), reflect.ValueOf("b")})
	fmt.Println(r[0], r[1])
	r = jv.Call([]reflect.Value{reflect.ValueOf("+")})
	fmt.Println(r[0], r[1])
	r = jv.CallSlice([]reflect.Value{reflect.ValueOf(","), reflect.ValueOf([]string{"x", "y", "z"})})
	fmt.Println(r[0], r[1])
	fail := func() error { return errors.New("boom") }
	ev := reflect.ValueOf(fail).Call(nil)[0]
	fmt.Println(ev.Kind(), ev.Type(), ev.IsNil(), ev.Interface())
	ok := func() error { return nil }
	ev = reflect.ValueOf(ok).Call(nil)[0]
	fmt.Println(ev.Kind(), ev.IsNil(), ev.Interface() == nil)
	swapT := reflect.TypeOf(func(int, string) (string, int) { return "", 0 })
	sw := reflect.MakeFunc(swapT, func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{in[1], in[0]}
	})
	fs := sw.Interface().(func(int, string) (string, int))
	a, b := fs(1, "one")
	fmt.Println(a, b, sw.Type())
	var inc func(int) int
	fn := reflect.ValueOf(&inc).Elem()
	fn.Set(reflect.MakeFunc(fn.Type(), func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(int(in[0].Int() + 1))}
	}))
	fmt.Println(inc(41), reflect.ValueOf(inc).IsNil(), reflect.ValueOf((func())(nil)).IsNil())
}

func relations() {
	fmt.Println("== relations")
	shape := reflect.TypeOf((*Shape)(nil)).Elem()
	stringer := reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
	errT := reflect.TypeOf((*error)(nil)).Elem()
	fmt.Println(shape, shape.Kind(), errT, stringer)
	fmt.Println(reflect.TypeOf(Square{}).Implements(shape), reflect.TypeOf(Point{}).Implements(shape),
		reflect.TypeOf(Celsius(0)).Implements(stringer), reflect.TypeOf(errors.New("")).Implements(errT))
	fmt.Println(reflect.TypeOf(&Square{}).Implements(shape), reflect.TypeOf(Outer{}).Implements(stringer))
	fmt.Println(reflect.TypeOf(Square{}).AssignableTo(shape), reflect.TypeOf(0).AssignableTo(reflect.TypeOf(int64(0))),
		reflect.TypeOf(Celsius(0)).AssignableTo(reflect.TypeOf(0.0)), reflect.TypeOf([]int{}).AssignableTo(reflect.TypeOf([]int{})))
	fmt.Println(reflect.TypeOf(0).ConvertibleTo(reflect.TypeOf("")), reflect.TypeOf(Celsius(0)).ConvertibleTo(reflect.TypeOf(0.0)),
		reflect.TypeOf("").ConvertibleTo(reflect.TypeOf(0)), reflect.TypeOf("").ConvertibleTo(reflect.TypeOf([]rune{})))
	fmt.Println(reflect.TypeOf([]int{}).Comparable(), reflect.TypeOf(Point{}).Comparable(), reflect.TypeOf(Square{}).Comparable(),
		reflect.TypeOf(map[int]int{}).Comparable(), shape.Comparable())
}

type node struct {
	v    int
	next *node
}

func deepEqual() {
	fmt.Println("== DeepEqual")
	fmt.Println(reflect.DeepEqual(1, 1), reflect.DeepEqual(1, int64(1)), reflect.DeepEqual(nil, nil), reflect.DeepEqual(nil, 0))
	fmt.Println(reflect.DeepEqual([]int{1, 2}, []int{1, 2}), reflect.DeepEqual([]int{}, []int(nil)), reflect.DeepEqual([]int(nil), []int(nil)))
	fmt.Println(reflect.DeepEqual(map[string][]int{"a": {1}}, map[string][]int{"a": {1}}), reflect.DeepEqual(map[int]int{1: 1}, map[int]int{1: 2}))
	fmt.Println(reflect.DeepEqual(Point{X: 1, Tags: []string{"t"}}, Point{X: 1, Tags: []string{"t"}}), reflect.DeepEqual(Point{name: "a"}, Point{name: "b"}))
	x, y := 3, 3
	fmt.Println(reflect.DeepEqual(&x, &y), reflect.DeepEqual([]interface{}{1, "a"}, []interface{}{1, "a"}), reflect.DeepEqual(2.0, 2))
	f := func() {}
	fmt.Println(reflect.DeepEqual(f, f), reflect.DeepEqual((func())(nil), (func())(nil)))
	a := &node{v: 1}
	a.next = a
	b := &node{v: 1}
	b.next = b
	fmt.Println(reflect.DeepEqual(a, b), reflect.DeepEqual([2]int{1, 2}, [2]int{1, 3}), reflect.DeepEqual(error(nil), nil))
}

func newer() {
	fmt.Println("== newer API")
	fmt.Println(reflect.ValueOf(0).IsZero(), reflect.ValueOf(Point{}).IsZero(), reflect.ValueOf(Point{Y: 1}).IsZero(),
		reflect.ValueOf(-0.0*-1).IsZero(), reflect.ValueOf([]int{}).IsZero(), reflect.ValueOf([2]string{}).IsZero())
	fmt.Println(reflect.Pointer == reflect.Ptr, reflect.PointerTo(reflect.TypeOf(0)), reflect.ValueOf(1).CanInt(),
		reflect.ValueOf(uint(1)).CanUint(), reflect.ValueOf(1.0).CanFloat(), reflect.ValueOf(1i).CanComplex(), reflect.ValueOf("").CanInt())
	t := reflect.TypeOf(Point{})
	fmt.Println(t.Field(0).IsExported(), t.Field(2).IsExported(), t.Method(0).IsExported())
}

// A method value, a method expression and a MakeFunc function called through reflect and deferred:
// recover() in them stops the panic (go1.19 test/recover.go test9reflect1 etc. do the same).
type Recoverer int

func (*Recoverer) M() { fmt.Println("method recovered:", recover()) }

func recoverIn(args []reflect.Value) []reflect.Value {
	fmt.Println("MakeFunc recovered:", recover())
	return nil
}

func recovers() {
	fmt.Println("== recover through reflect")
	func() {
		f := reflect.ValueOf(new(Recoverer)).Method(0).Interface().(func())
		defer f()
		panic(1)
	}()
	func() {
		f := reflect.TypeOf(new(Recoverer)).Method(0).Func.Interface().(func(*Recoverer))
		defer f(new(Recoverer))
		panic(2)
	}()
	func() {
		f := reflect.MakeFunc(reflect.TypeOf((func())(nil)), recoverIn).Interface().(func())
		defer f()
		panic(3)
	}()
	f := reflect.MakeFunc(reflect.TypeOf((func())(nil)), recoverIn).Interface().(func())
	f()
}

// reflect.New allocates on the heap (value.go New: unsafe_New, mallocgc).
func allocs() {
	fmt.Println("== allocation")
	type S struct{ A, B, C, D int64 }
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	var keep []interface{}
	for i := 0; i < 100; i++ {
		keep = append(keep, reflect.New(reflect.TypeOf(S{})).Interface())
	}
	runtime.ReadMemStats(&m1)
	fmt.Println(m1.Mallocs-m0.Mallocs >= 100, m1.TotalAlloc-m0.TotalAlloc >= 3200, len(keep))
	// Value.Pointer of a func is its code pointer (value.go Pointer), which FuncForPC names
	closure := func() int { return len(keep) }
	fmt.Println(runtime.FuncForPC(reflect.ValueOf(sortedKeys).Pointer()).Name(),
		runtime.FuncForPC(reflect.ValueOf(closure).Pointer()).Name())
}

func structOf() {
	fmt.Println("== StructOf")
	st := reflect.StructOf([]reflect.StructField{
		{Name: "A", Type: reflect.TypeOf(int8(0)), Tag: `json:"a"`},
		{Name: "B", Type: reflect.TypeOf(""), Tag: `json:"b"`},
		{Name: "Plain", Type: reflect.TypeOf(Plain{}), Anonymous: true},
	})
	fmt.Println(st.Field(0).Type, st.NumField(), st.Size(), st.Field(1).Offset, st.Field(1).Tag.Get("json"), st.Field(2).Anonymous,
		st.Field(2).Name, st.Field(2).Type)
	v := reflect.New(st).Elem()
	v.Field(0).SetInt(-1)
	v.Field(1).SetString("bee")
	v.Field(2).Field(0).SetInt(3)
	fmt.Printf("%v %+v\n", v.Interface(), v.Interface())
	plain := reflect.StructOf([]reflect.StructField{{Name: "X", Type: reflect.TypeOf(0)}})
	tagged := reflect.StructOf([]reflect.StructField{{Name: "X", Type: reflect.TypeOf(0), Tag: `k:"v"`}})
	fmt.Println(plain == reflect.TypeOf(struct{ X int }{}), tagged == plain, tagged.Field(0).Tag, plain.Field(0).Tag)
	try("StructOf no name", func() { reflect.StructOf([]reflect.StructField{{Type: reflect.TypeOf(0)}}) })
	try("StructOf bad name", func() { reflect.StructOf([]reflect.StructField{{Name: "1a", Type: reflect.TypeOf(0)}}) })
	try("StructOf no type", func() { reflect.StructOf([]reflect.StructField{{Name: "A"}}) })
	try("StructOf unexported", func() { reflect.StructOf([]reflect.StructField{{Name: "a", Type: reflect.TypeOf(0)}}) })
	try("StructOf duplicate", func() {
		reflect.StructOf([]reflect.StructField{{Name: "A", Type: reflect.TypeOf(0)}, {Name: "A", Type: reflect.TypeOf(0)}})
	})
}

func panics() {
	fmt.Println("== panics")
	try("Int on string", func() { reflect.ValueOf("s").Int() })
	try("Uint on int", func() { reflect.ValueOf(1).Uint() })
	try("Float on zero", func() { reflect.Value{}.Float() })
	try("Bool on int", func() { reflect.ValueOf(1).Bool() })
	try("Complex on string", func() { reflect.ValueOf("").Complex() })
	try("Len on int", func() { reflect.ValueOf(1).Len() })
	try("Cap on map", func() { reflect.ValueOf(map[int]int{}).Cap() })
	try("Index on int", func() { reflect.ValueOf(1).Index(0) })
	try("slice index", func() { reflect.ValueOf([]int{1}).Index(1) })
	try("array index", func() { reflect.ValueOf([1]int{}).Index(-1) })
	try("string index", func() { reflect.ValueOf("ab").Index(2) })
	try("Field on int", func() { reflect.ValueOf(1).Field(0) })
	try("Field range", func() { reflect.ValueOf(Point{}).Field(9) })
	try("Elem on int", func() { reflect.ValueOf(1).Elem() })
	try("IsNil on int", func() { reflect.ValueOf(1).IsNil() })
	try("Type on zero", func() { reflect.Value{}.Type() })
	try("Interface on zero", func() { reflect.Value{}.Interface() })
	try("Interface unexported", func() { reflect.ValueOf(Point{}).Field(2).Interface() })
	try("SetInt unaddressable", func() { reflect.ValueOf(1).SetInt(2) })
	try("SetInt on string", func() {
		s := ""
		reflect.ValueOf(&s).Elem().SetInt(2)
	})
	try("SetString unexported", func() { reflect.ValueOf(&Point{}).Elem().Field(2).SetString("x") })
	try("Set zero Value", func() { reflect.Value{}.Set(reflect.ValueOf(1)) })
	try("Set wrong type", func() {
		x := 0
		reflect.ValueOf(&x).Elem().Set(reflect.ValueOf("s"))
	})
	try("Addr unaddressable", func() { reflect.ValueOf(1).Addr() })
	try("Call on int", func() { reflect.ValueOf(1).Call(nil) })
	try("Call too few", func() { reflect.ValueOf(func(int) {}).Call(nil) })
	try("Call too many", func() { reflect.ValueOf(func() {}).Call([]reflect.Value{reflect.ValueOf(1)}) })
	try("Call wrong type", func() { reflect.ValueOf(func(int) {}).Call([]reflect.Value{reflect.ValueOf("s")}) })
	try("Call variadic type", func() {
		reflect.ValueOf(func(...int) {}).Call([]reflect.Value{reflect.ValueOf("s")})
	})
	try("CallSlice non-variadic", func() { reflect.ValueOf(func(int) {}).CallSlice([]reflect.Value{reflect.ValueOf(1)}) })
	try("Call zero arg", func() { reflect.ValueOf(func(int) {}).Call([]reflect.Value{{}}) })
	try("Call nil func", func() { reflect.ValueOf((func())(nil)).Call(nil) })
	try("Method range", func() { reflect.ValueOf(Point{}).Method(5) })
	try("MapIndex on slice", func() { reflect.ValueOf([]int{}).MapIndex(reflect.ValueOf(1)) })
	try("MapIndex key type", func() { reflect.ValueOf(map[string]int{}).MapIndex(reflect.ValueOf(1)) })
	try("SetMapIndex nil map", func() {
		var m map[string]int
		reflect.ValueOf(m).SetMapIndex(reflect.ValueOf("a"), reflect.ValueOf(1))
	})
	try("MakeSlice non-slice", func() { reflect.MakeSlice(reflect.TypeOf(0), 0, 0) })
	try("MakeSlice len > cap", func() { reflect.MakeSlice(reflect.TypeOf([]int{}), 2, 1) })
	try("MakeSlice negative", func() { reflect.MakeSlice(reflect.TypeOf([]int{}), -1, 1) })
	try("MakeMap non-map", func() { reflect.MakeMap(reflect.TypeOf(0)) })
	try("Zero nil", func() { reflect.Zero(nil) })
	try("New nil", func() { reflect.New(nil) })
	try("Append non-slice", func() { reflect.Append(reflect.ValueOf(1)) })
	try("Convert", func() { reflect.ValueOf("s").Convert(reflect.TypeOf(0)) })
	try("Slice unaddressable array", func() { reflect.ValueOf([2]int{}).Slice(0, 1) })
	try("Slice bounds", func() { reflect.ValueOf([]int{1}).Slice(0, 3) })
	try("SetLen", func() {
		s := []int{1}
		reflect.ValueOf(&s).Elem().SetLen(5)
	})
	try("Bytes non-byte", func() { reflect.ValueOf([]int{}).Bytes() })
	try("NumField on Value int", func() { reflect.ValueOf(1).NumField() })
	try("Type.Len", func() { reflect.TypeOf(1).Len() })
	try("Type.Key", func() { reflect.TypeOf(1).Key() })
	try("Type.Elem", func() { reflect.TypeOf(1).Elem() })
	try("Type.Field", func() { reflect.TypeOf(1).Field(0) })
	try("Type.Field range", func() { reflect.TypeOf(Point{}).Field(10) })
	try("Type.NumIn", func() { reflect.TypeOf(1).NumIn() })
	try("Type.Method range", func() { reflect.TypeOf(Point{}).Method(9) })
	try("Type.Implements non-iface", func() { reflect.TypeOf(1).Implements(reflect.TypeOf(1)) })
	try("Type.Implements nil", func() { reflect.TypeOf(1).Implements(nil) })
	try("Type.Bits", func() { reflect.TypeOf("").Bits() })
	try("MapOf bad key", func() { reflect.MapOf(reflect.TypeOf([]int{}), reflect.TypeOf(0)) })
	try("IsZero zero", func() { reflect.Value{}.IsZero() })
	try("MakeFunc wrong count", func() {
		f := reflect.MakeFunc(reflect.TypeOf(func() int { return 0 }), func([]reflect.Value) []reflect.Value { return nil })
		f.Call(nil)
	})
	try("MakeFunc zero result", func() {
		f := reflect.MakeFunc(reflect.TypeOf(func() int { return 0 }), func([]reflect.Value) []reflect.Value {
			return []reflect.Value{{}}
		})
		f.Call(nil)
	})
	try("MapIter exhausted", func() {
		it := reflect.ValueOf(map[int]int{}).MapRange()
		it.Next()
		it.Next()
	})
	try("MapIter Key before Next", func() { reflect.ValueOf(map[int]int{}).MapRange().Key() })
}
