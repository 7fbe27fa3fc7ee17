// reflect's setters that encoding/json needs: SetBytes, OverflowFloat, and the exported fields
// promoted from an unexported embedded struct, which Field leaves settable (value.go's
// flagEmbedRO is not inherited, flagStickyRO is). The output is real Go 1.19's (StdlibGoldenTest).
package main

import (
	"fmt"
	"math"
	"reflect"
)

type inner struct {
	Exported int
	hidden   int
	deeper
}

type deeper struct{ Deep string }

type Outer struct {
	inner
	Name  string
	named inner
}

type B []byte

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	var o Outer
	v := reflect.ValueOf(&o).Elem()
	in := v.Field(0)
	fmt.Println("embedded:", in.CanSet(), in.CanInterface(), in.CanAddr())
	f := in.Field(0)
	fmt.Println("promoted:", f.CanSet(), f.CanInterface())
	f.SetInt(7)
	in.Field(2).Field(0).SetString("down")
	h := in.Field(1)
	fmt.Println("hidden:", h.CanSet(), h.CanInterface())
	try("set hidden", func() { h.SetInt(1) })
	try("interface of embedded", func() { in.Interface() })
	named := v.Field(2).Field(0)
	fmt.Println("through a named unexported field:", named.CanSet(), named.CanInterface())
	try("set through named", func() { named.SetInt(1) })
	fmt.Println("by name:", v.FieldByName("Exported").CanSet(), v.FieldByName("Deep").Interface())
	fmt.Println(o.Exported, o.Deep)
	p := in.Field(0).Addr()
	fmt.Println("address:", p.CanInterface(), *p.Interface().(*int))

	var b B
	bv := reflect.ValueOf(&b).Elem()
	bv.SetBytes([]byte("hi"))
	fmt.Println(string(b), bv.Type(), bv.Len())
	raw := []byte("shared")
	var c []byte
	reflect.ValueOf(&c).Elem().SetBytes(raw)
	raw[0] = 'S'
	fmt.Println(string(c))
	try("SetBytes unaddressable", func() { reflect.ValueOf([]byte{}).SetBytes(nil) })
	try("SetBytes non-byte", func() {
		var s []int
		reflect.ValueOf(&s).Elem().SetBytes(nil)
	})
	try("SetBytes string", func() {
		var s string
		reflect.ValueOf(&s).Elem().SetBytes(nil)
	})

	var f32 float32
	fv := reflect.ValueOf(&f32).Elem()
	fmt.Println(fv.OverflowFloat(1e38), fv.OverflowFloat(1e39), fv.OverflowFloat(-1e39), fv.OverflowFloat(math.Inf(1)), fv.OverflowFloat(math.MaxFloat32))
	fmt.Println(reflect.ValueOf(1.0).OverflowFloat(math.MaxFloat64))
	try("OverflowFloat int", func() { reflect.ValueOf(1).OverflowFloat(1) })
}
