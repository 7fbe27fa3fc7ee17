// Package reflect is Go's run-time reflection (go1.7 src/reflect/type.go, value.go, deepequal.go),
// written here over the interpreter's own type and value representation. Where Go reads its
// runtime's type descriptors and memory through unsafe (rtype, Value.ptr), the body-less functions
// below are natives (gosim.specs.lang.ReflectNatives): a type is named by a small integer id the
// interpreter hands out, one per distinct (identical) type; a Value holds the location of its value
// (the interpreter's struct or array object, or a pointer cell). The API, the rules (flags,
// addressability, unexported fields) and the panic messages are Go's, written here in Go.
package reflect

import (
	"strconv"
	"unicode"
	"unsafe"
)

// A Kind is the specific kind of type a Type represents (type.go:220-250).
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Ptr
	Slice
	String
	Struct
	UnsafePointer
)

//gosim:since 1.18
const Pointer = Ptr

// kindNames is type.go:585-613's table.
var kindNames = []string{"invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8",
	"uint16", "uint32", "uint64", "uintptr", "float32", "float64", "complex64", "complex128", "array",
	"chan", "func", "interface", "map", "ptr", "slice", "string", "struct", "unsafe.Pointer"}

// String returns the name of k (type.go:578-583).
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind" + strconv.Itoa(int(k))
}

// ChanDir represents a channel type's direction (type.go:343-349).
type ChanDir int

const (
	RecvDir ChanDir = 1 << iota
	SendDir
	BothDir = RecvDir | SendDir
)

// String is type.go's ChanDir.String.
func (d ChanDir) String() string {
	switch d {
	case SendDir:
		return "chan<-"
	case RecvDir:
		return "<-chan"
	case BothDir:
		return "chan"
	}
	return "ChanDir" + strconv.Itoa(int(d))
}

// Type is the representation of a Go type (type.go:32-200).
type Type interface {
	Align() int
	FieldAlign() int
	Method(int) Method
	MethodByName(string) (Method, bool)
	NumMethod() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	Comparable() bool
	Bits() int
	ChanDir() ChanDir
	IsVariadic() bool
	Elem() Type
	Field(i int) StructField
	FieldByIndex(index []int) StructField
	FieldByName(name string) (StructField, bool)
	NumIn() int
	In(i int) Type
	Key() Type
	Len() int
	NumField() int
	NumOut() int
	Out(i int) Type
	common() *rtype
}

// rtype is a type, named by the interpreter's id for it; there is one *rtype per id, so two Types
// are == exactly when they are identical, as Go's type descriptors are unique.
type rtype struct {
	id int
	t  unsafe.Pointer // the interpreter's type itself, for fmt's printing of a Value
}

// toType is the *rtype of type id. Go's type descriptors are the linker's read-only data, and a
// Type is a pointer to one (go1.7 type.go:1397-1400 TypeOf, 2981-2986 toType; 1.19 type.go:1431-1434,
// 3052-3057), so making one allocates nothing on the heap: the native keeps one per id off the heap.
func toType(id int) *rtype

// toIface is toType as a Type: nil for no type (the id -1).
func toIface(id int) Type {
	if id < 0 {
		return nil
	}
	return toType(id)
}

// The natives over the interpreter's types, by id.
func typeID(i interface{}) int
func tkind(t int) Kind
func tstring(t int) string
func tname(t int) string
func tpkgPath(t int) string
func tsize(t int) uintptr
func talign(t int) int
func telem(t int) int
func tkey(t int) int
func tlen(t int) int
func tnumField(t int) int
func tfield(t, i int) (name, pkgPath string, typ int, tag string, offset uintptr, embedded bool)
func tnumMethod(t int) int
func tmethod(t, i int) (name string, typ int, fn unsafe.Pointer)
func tnumIn(t int) int
func tin(t, i int) int
func tnumOut(t int) int
func tout(t, i int) int
func tvariadic(t int) bool
func trelation(t, u, op int) bool
func tchanDir(t int) int
func tcompose(op, t, u, n int) int

func (t *rtype) common() *rtype { return t }
func (t *rtype) String() string { return tstring(t.id) }
func (t *rtype) Size() uintptr  { return tsize(t.id) }
func (t *rtype) Align() int     { return talign(t.id) }
func (t *rtype) FieldAlign() int {
	return talign(t.id)
}
func (t *rtype) Kind() Kind      { return tkind(t.id) }
func (t *rtype) Name() string    { return tname(t.id) }
func (t *rtype) PkgPath() string { return tpkgPath(t.id) }

// Bits is type.go:597-606.
func (t *rtype) Bits() int {
	k := t.Kind()
	if k < Int || k > Complex128 {
		panic("reflect: Bits of non-arithmetic Type " + t.String())
	}
	return int(t.Size()) * 8
}

func (t *rtype) mustBe(k Kind, method string) {
	if t.Kind() != k {
		panic("reflect: " + method + " of non-" + kindTypeName(k) + " type" + typeSuffix(t))
	}
}

// typeSuffix: go1.19's type.go panics name the type ("reflect: Len of non-array type int",
// type.go:1025); go1.7's do not (type.go:995). Releases between were not checked.
//
//gosim:before 1.19
func typeSuffix(t *rtype) string { return "" }

//gosim:since 1.19
func typeSuffix(t *rtype) string { return " " + t.String() }

// kindTypeName is how type.go's panics name a kind ("reflect: Len of non-array type").
func kindTypeName(k Kind) string {
	if k == Ptr {
		return "ptr"
	}
	return k.String()
}

func (t *rtype) ChanDir() ChanDir {
	t.mustBe(Chan, "ChanDir")
	return ChanDir(tchanDir(t.id))
}

func (t *rtype) IsVariadic() bool {
	t.mustBe(Func, "IsVariadic")
	return tvariadic(t.id)
}

// Elem is type.go:646-665.
func (t *rtype) Elem() Type {
	e := telem(t.id)
	if e < 0 {
		panic("reflect: Elem of invalid type" + typeSuffix(t))
	}
	return toType(e)
}

func (t *rtype) Key() Type {
	t.mustBe(Map, "Key")
	return toType(tkey(t.id))
}

func (t *rtype) Len() int {
	t.mustBe(Array, "Len")
	return tlen(t.id)
}

func (t *rtype) NumField() int {
	t.mustBe(Struct, "NumField")
	return tnumField(t.id)
}

func (t *rtype) NumIn() int {
	t.mustBe(Func, "NumIn")
	return tnumIn(t.id)
}

func (t *rtype) In(i int) Type {
	t.mustBe(Func, "In")
	if i < 0 || i >= tnumIn(t.id) {
		panic("reflect: In of index out of range")
	}
	return toType(tin(t.id, i))
}

func (t *rtype) NumOut() int {
	t.mustBe(Func, "NumOut")
	return tnumOut(t.id)
}

func (t *rtype) Out(i int) Type {
	t.mustBe(Func, "Out")
	if i < 0 || i >= tnumOut(t.id) {
		panic("reflect: Out of index out of range")
	}
	return toType(tout(t.id, i))
}

// A StructField describes a single field in a struct (type.go:1100-1110).
type StructField struct {
	Name      string
	PkgPath   string
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported reports whether the field is exported (Go 1.17).
//
//gosim:since 1.17
func (f StructField) IsExported() bool {
	return f.PkgPath == ""
}

func (t *rtype) Field(i int) StructField {
	t.mustBe(Struct, "Field")
	if i < 0 || i >= tnumField(t.id) {
		panic("reflect: Field index out of bounds")
	}
	name, pkg, typ, tag, off, emb := tfield(t.id, i)
	return StructField{Name: name, PkgPath: pkg, Type: toType(typ), Tag: StructTag(tag), Offset: off,
		Index: []int{i}, Anonymous: emb}
}

func (t *rtype) FieldByIndex(index []int) StructField {
	var f StructField
	var cur Type = t
	for depth, i := range index {
		if depth > 0 && cur.Kind() == Ptr && cur.Elem().Kind() == Struct {
			cur = cur.Elem()
		}
		f = cur.Field(i)
		cur = f.Type
	}
	if len(index) > 1 {
		f.Index = append([]int(nil), index...)
	}
	return f
}

// FieldByName is type.go's breadth-first search through embedded structs: the shallowest match
// wins, and two at the same depth hide each other.
func (t *rtype) FieldByName(name string) (StructField, bool) {
	t.mustBe(Struct, "FieldByName")
	type scan struct {
		typ   Type
		index []int
	}
	current := []scan{{t, nil}}
	visited := map[Type]bool{}
	for len(current) > 0 {
		var next []scan
		var found StructField
		count := 0
		for _, s := range current {
			if visited[s.typ] {
				continue
			}
			visited[s.typ] = true
			for i := 0; i < s.typ.NumField(); i++ {
				f := s.typ.Field(i)
				index := append(append([]int(nil), s.index...), i)
				if f.Name == name {
					count++
					f.Index = index
					found = f
					continue
				}
				if f.Anonymous {
					ft := f.Type
					if ft.Kind() == Ptr {
						ft = ft.Elem()
					}
					if ft.Kind() == Struct {
						next = append(next, scan{ft, index})
					}
				}
			}
		}
		if count == 1 {
			return found, true
		}
		if count > 1 {
			return StructField{}, false
		}
		current = next
	}
	return StructField{}, false
}

// Method represents a single method (type.go:557-566).
type Method struct {
	Name    string
	PkgPath string
	Type    Type
	Func    Value
	Index   int
}

//gosim:since 1.17
func (m Method) IsExported() bool {
	return m.PkgPath == ""
}

// NumMethod counts the exported methods of t's method set (an interface type: all its methods).
func (t *rtype) NumMethod() int { return tnumMethod(t.id) }

func (t *rtype) Method(i int) Method {
	if i < 0 || i >= tnumMethod(t.id) {
		panic("reflect: Method index out of range")
	}
	name, typ, fn := tmethod(t.id, i)
	m := Method{Name: name, Type: toType(typ), Index: i}
	if fn != nil {
		m.Func = Value{toType(typ), fn, flag(Func)}
	}
	return m
}

func (t *rtype) MethodByName(name string) (Method, bool) {
	n := tnumMethod(t.id)
	for i := 0; i < n; i++ {
		if m, _, _ := tmethod(t.id, i); m == name {
			return t.Method(i), true
		}
	}
	return Method{}, false
}

func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return trelation(t.id, u.common().id, 0)
}

func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	return trelation(t.id, u.common().id, 1)
}

func (t *rtype) ConvertibleTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.ConvertibleTo")
	}
	return trelation(t.id, u.common().id, 2)
}

func (t *rtype) Comparable() bool { return trelation(t.id, t.id, 3) }

// TypeOf returns the dynamic type of i, nil for a nil interface.
func TypeOf(i interface{}) Type {
	return toIface(typeID(i))
}

// PtrTo returns the type *t.
func PtrTo(t Type) Type { return toType(tcompose(0, t.common().id, 0, 0)) }

//gosim:since 1.18
func PointerTo(t Type) Type { return PtrTo(t) }

// SliceOf returns the type []t (Go 1.1).
func SliceOf(t Type) Type { return toType(tcompose(1, t.common().id, 0, 0)) }

// MapOf returns map[key]elem (Go 1.1); it panics as value.go does on an invalid key type.
func MapOf(key, elem Type) Type {
	if !key.Comparable() {
		panic("reflect.MapOf: invalid key type " + key.String())
	}
	return toType(tcompose(2, key.common().id, elem.common().id, 0))
}

// ArrayOf returns [count]elem (Go 1.5).
func ArrayOf(count int, elem Type) Type {
	if count < 0 {
		panic("reflect: negative length passed to ArrayOf")
	}
	return toType(tcompose(3, elem.common().id, 0, count))
}

// ChanOf returns the channel type with direction dir and element t (Go 1.1).
func ChanOf(dir ChanDir, t Type) Type {
	if dir != RecvDir && dir != SendDir && dir != BothDir {
		panic("reflect.ChanOf: invalid dir")
	}
	return toType(tcompose(4, t.common().id, int(dir), 0))
}

func structOf(names []string, types []int, tags []string, embedded []bool) int

// StructOf returns the struct type with these fields, laid out as the compiler would (Go 1.7),
// checked as go1.19's type.go:2436-2630 and runtimeStructField (2851-2862) check them.
func StructOf(fields []StructField) Type {
	n := len(fields)
	names, types, tags, emb := make([]string, n), make([]int, n), make([]string, n), make([]bool, n)
	seen := map[string]bool{}
	for i, f := range fields {
		if f.Name == "" {
			panic("reflect.StructOf: field " + strconv.Itoa(i) + " has no name")
		}
		if !isValidFieldName(f.Name) {
			panic("reflect.StructOf: field " + strconv.Itoa(i) + " has invalid name")
		}
		if f.Type == nil {
			panic("reflect.StructOf: field " + strconv.Itoa(i) + " has no type")
		}
		if f.Anonymous && f.PkgPath != "" {
			panic("reflect.StructOf: field \"" + f.Name + "\" is anonymous but has PkgPath set")
		}
		if c := f.Name[0]; f.PkgPath == "" && ('a' <= c && c <= 'z' || c == '_') {
			panic("reflect.StructOf: field \"" + f.Name + "\" is unexported but missing PkgPath")
		}
		if seen[f.Name] && f.Name != "_" {
			panic("reflect.StructOf: duplicate field " + f.Name)
		}
		seen[f.Name] = true
		names[i], types[i], tags[i], emb[i] = f.Name, f.Type.common().id, string(f.Tag), f.Anonymous
	}
	return toType(structOf(names, types, tags, emb))
}

// isValidFieldName is type.go:2415-2427: a letter or '_', then letters, '_' and digits.
func isValidFieldName(name string) bool {
	for i, c := range name {
		letter := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_' || c >= 0x80 && unicode.IsLetter(c)
		if i == 0 && !letter || !letter && !unicode.IsDigit(c) {
			return false
		}
	}
	return len(name) > 0
}

// A StructTag is the tag string in a struct field (type.go:1112-1130).
type StructTag string

// Get returns the value associated with key in the tag string.
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup reads tag as the conventional space-separated key:"value" pairs, value a quoted Go string
// literal; the first pair with key gives its unquoted value. Malformed text ends the search.
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	s := string(tag)
	for s != "" {
		for s != "" && s[0] == ' ' {
			s = s[1:]
		}
		if s == "" {
			break
		}
		n := 0
		for n < len(s) && s[n] > ' ' && s[n] != ':' && s[n] != '"' && s[n] != 0x7f {
			n++
		}
		if n == 0 || n+1 >= len(s) || s[n] != ':' || s[n+1] != '"' {
			break
		}
		name := s[:n]
		s = s[n+1:]
		end := 1
		for end < len(s) && s[end] != '"' {
			if s[end] == '\\' {
				end++
			}
			end++
		}
		if end >= len(s) {
			break
		}
		quoted := s[:end+1]
		s = s[end+1:]
		if name == key {
			v, err := strconv.Unquote(quoted)
			if err != nil {
				break
			}
			return v, true
		}
	}
	return "", false
}

// ---------------------------------------------------------------- values

// flag holds a Value's kind in its low five bits and its access bits above them (value.go:55-76).
// A value reached through an unexported field is read-only: sticky for a named field, and only
// for the embedded value itself when the field is embedded, so the exported fields promoted from
// an unexported embedded struct can be set (value.go:750-759).
type flag uintptr

const (
	flagKindWidth      = 5
	flagKindMask  flag = 1<<flagKindWidth - 1
	flagStickyRO  flag = 1 << 5
	flagEmbedRO   flag = 1 << 6
	flagRO        flag = flagStickyRO | flagEmbedRO
	flagAddr      flag = 1 << 8
	flagMethod    flag = 1 << 9
)

func (f flag) kind() Kind { return Kind(f & flagKindMask) }

// Value is the reflection interface to a Go value (value.go:36-66): its type, where the value
// lives, and the flag bits.
type Value struct {
	typ  *rtype
	ptr  unsafe.Pointer
	flag flag
}

// A ValueError occurs when a Value method is invoked on a Value that does not support it
// (value.go:146-160).
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

func (f flag) mustBe(expected Kind, method string) {
	if f.kind() != expected {
		panic(&ValueError{method, f.kind()})
	}
}

// mustBeExported is value.go:203-214.
func (f flag) mustBeExported(method string) {
	if f == 0 {
		panic(&ValueError{method, 0})
	}
	if f&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
}

// mustBeAssignable is value.go:216-230.
func (f flag) mustBeAssignable(method string) {
	if f == 0 {
		panic(&ValueError{method, Invalid})
	}
	if f&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
	if f&flagAddr == 0 {
		panic("reflect: " + method + " using unaddressable value")
	}
}

// The natives over values: p is a location (what the interpreter's pointer to the value is).
func unpack(i interface{}) (t int, p unsafe.Pointer)
func pack(t int, p unsafe.Pointer) interface{}
func loadPtr(p unsafe.Pointer) unsafe.Pointer
func isNilAt(p unsafe.Pointer) bool
func addrOf(t int, p unsafe.Pointer) uintptr
func box(p unsafe.Pointer) unsafe.Pointer
func loadInt(p unsafe.Pointer) int64
func loadUint(p unsafe.Pointer) uint64
func loadFloat(p unsafe.Pointer) float64
func loadComplex(p unsafe.Pointer) complex128
func loadBool(p unsafe.Pointer) bool
func loadString(p unsafe.Pointer) string
func storeInt(t int, p unsafe.Pointer, x int64)
func storeUint(t int, p unsafe.Pointer, x uint64)
func storeFloat(t int, p unsafe.Pointer, x float64)
func storeComplex(t int, p unsafe.Pointer, x complex128)
func storeBool(p unsafe.Pointer, x bool)
func storeString(p unsafe.Pointer, x string)
func store(t int, p unsafe.Pointer, src int, q unsafe.Pointer)
func convertAt(t int, src int, q unsafe.Pointer) unsafe.Pointer
func fieldAt(t int, p unsafe.Pointer, i int) unsafe.Pointer
func indexAt(t int, p unsafe.Pointer, i int) unsafe.Pointer
func lenAt(t int, p unsafe.Pointer) int
func capAt(t int, p unsafe.Pointer) int
func newAt(t int) unsafe.Pointer
func newObject(t int) unsafe.Pointer
func sliceAt(t int, p unsafe.Pointer, i, j, k int) unsafe.Pointer
func grow(t int, p unsafe.Pointer, n int) unsafe.Pointer
func makeSlice(t int, n, c int) unsafe.Pointer
func makeMap(t int, n int) unsafe.Pointer
func mapKeys(t int, p unsafe.Pointer) []unsafe.Pointer
func mapIndex(t int, p unsafe.Pointer, k unsafe.Pointer) unsafe.Pointer
func mapSet(t int, p unsafe.Pointer, k unsafe.Pointer, v unsafe.Pointer)
func call(t int, p unsafe.Pointer, args []unsafe.Pointer, spread bool) []unsafe.Pointer
func methodAt(t int, p unsafe.Pointer, i int) (ft int, fn unsafe.Pointer)
func zeroAt(t int, p unsafe.Pointer) bool

func valueOfID(t int, p unsafe.Pointer, f flag) Value {
	if t < 0 {
		return Value{}
	}
	return Value{toType(t), p, f | flag(tkind(t))}
}

// ValueOf returns a new Value initialized to the concrete value stored in i; ValueOf(nil) is the
// zero Value.
func ValueOf(i interface{}) Value {
	t, p := unpack(i)
	return valueOfID(t, p, 0)
}

func (v Value) id() int { return v.typ.id }

func (v Value) Kind() Kind    { return v.flag.kind() }
func (v Value) IsValid() bool { return v.flag != 0 }
func (v Value) CanAddr() bool { return v.flag&flagAddr != 0 }
func (v Value) CanSet() bool  { return v.flag&(flagAddr|flagRO) == flagAddr }
func (v Value) CanInterface() bool {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return v.flag&flagRO == 0
}

// Type returns v's type (value.go:1665-1700).
func (v Value) Type() Type {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	return v.typ
}

// Interface returns v's current value as an interface{} (value.go:905-940).
func (v Value) Interface() interface{} {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.Interface", 0})
	}
	if v.flag&flagRO != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	return pack(v.id(), v.ptr)
}

func (v Value) Bool() bool {
	v.flag.mustBe(Bool, "reflect.Value.Bool")
	return loadBool(v.ptr)
}

func (v Value) Int() int64 {
	switch v.Kind() {
	case Int, Int8, Int16, Int32, Int64:
		return loadInt(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Int", v.Kind()})
}

func (v Value) Uint() uint64 {
	switch v.Kind() {
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return loadUint(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Uint", v.Kind()})
}

func (v Value) Float() float64 {
	switch v.Kind() {
	case Float32, Float64:
		return loadFloat(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Float", v.Kind()})
}

func (v Value) Complex() complex128 {
	switch v.Kind() {
	case Complex64, Complex128:
		return loadComplex(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Complex", v.Kind()})
}

// String returns the string v holds, or "<T Value>" for another kind (value.go:1619-1632).
func (v Value) String() string {
	switch v.Kind() {
	case Invalid:
		return "<invalid Value>"
	case String:
		return loadString(v.ptr)
	}
	return "<" + v.Type().String() + " Value>"
}

//gosim:since 1.18
func (v Value) CanInt() bool {
	switch v.Kind() {
	case Int, Int8, Int16, Int32, Int64:
		return true
	}
	return false
}

//gosim:since 1.18
func (v Value) CanUint() bool {
	switch v.Kind() {
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return true
	}
	return false
}

//gosim:since 1.18
func (v Value) CanFloat() bool {
	k := v.Kind()
	return k == Float32 || k == Float64
}

//gosim:since 1.18
func (v Value) CanComplex() bool {
	k := v.Kind()
	return k == Complex64 || k == Complex128
}

// Len is value.go:991-1015.
func (v Value) Len() int {
	switch v.Kind() {
	case Array, Chan, Map, Slice, String:
		return lenAt(v.id(), v.ptr)
	}
	panic(&ValueError{"reflect.Value.Len", v.Kind()})
}

// Cap is value.go:662-675.
func (v Value) Cap() int {
	switch v.Kind() {
	case Array, Chan, Slice:
		return capAt(v.id(), v.ptr)
	}
	panic(&ValueError{"reflect.Value.Cap", v.Kind()})
}

// Index is value.go:825-871: a slice's elements are addressable, an array's when the array is.
func (v Value) Index(i int) Value {
	switch v.Kind() {
	case Array:
		if uint(i) >= uint(v.Len()) {
			panic("reflect: array index out of range")
		}
		return valueOfID(telem(v.id()), indexAt(v.id(), v.ptr, i), v.flag&(flagRO|flagAddr))
	case Slice:
		if uint(i) >= uint(v.Len()) {
			panic("reflect: slice index out of range")
		}
		return valueOfID(telem(v.id()), indexAt(v.id(), v.ptr, i), flagAddr|v.flag&flagRO)
	case String:
		if uint(i) >= uint(v.Len()) {
			panic("reflect: string index out of range")
		}
		return valueOfID(typeID(uint8(0)), indexAt(v.id(), v.ptr, i), v.flag&flagRO)
	}
	panic(&ValueError{"reflect.Value.Index", v.Kind()})
}

// Field returns the i'th field of struct v (value.go:738-765); a field of an addressable struct is
// addressable, an unexported field read-only.
func (v Value) Field(i int) Value {
	if v.Kind() != Struct {
		panic(&ValueError{"reflect.Value.Field", v.Kind()})
	}
	if uint(i) >= uint(tnumField(v.id())) {
		panic("reflect: Field index out of range")
	}
	_, pkg, typ, _, _, embedded := tfield(v.id(), i)
	fl := v.flag & (flagStickyRO | flagAddr)
	if pkg != "" && embedded {
		fl |= flagEmbedRO
	} else if pkg != "" {
		fl |= flagStickyRO
	}
	return valueOfID(typ, fieldAt(v.id(), v.ptr, i), fl)
}

func (v Value) NumField() int {
	v.flag.mustBe(Struct, "reflect.Value.NumField")
	return tnumField(v.id())
}

// FieldByIndex is value.go:767-785.
func (v Value) FieldByIndex(index []int) Value {
	for i, x := range index {
		if i > 0 && v.Kind() == Ptr && v.typ.Elem().Kind() == Struct {
			if v.IsNil() {
				panic("reflect: indirection through nil pointer to embedded struct")
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v
}

// FieldByName returns the struct field with the given name, the zero Value if there is none.
func (v Value) FieldByName(name string) Value {
	v.flag.mustBe(Struct, "reflect.Value.FieldByName")
	if f, ok := v.typ.FieldByName(name); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

// Elem returns the value an interface holds or a pointer points to (value.go:695-735).
func (v Value) Elem() Value {
	switch v.Kind() {
	case Interface:
		t, p := unpack(pack(v.id(), v.ptr))
		return valueOfID(t, p, v.flag&flagRO)
	case Ptr:
		q := loadPtr(v.ptr)
		if q == nil {
			return Value{}
		}
		return valueOfID(telem(v.id()), q, flagAddr|v.flag&flagRO)
	}
	panic(&ValueError{"reflect.Value.Elem", v.Kind()})
}

// IsNil is value.go:950-978.
func (v Value) IsNil() bool {
	switch v.Kind() {
	case Chan, Func, Map, Ptr, UnsafePointer, Interface, Slice:
		return isNilAt(v.ptr)
	}
	panic(&ValueError{"reflect.Value.IsNil", v.Kind()})
}

// IsZero reports whether v is the zero value for its type (Go 1.13).
//
//gosim:since 1.13
func (v Value) IsZero() bool {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.IsZero", Invalid})
	}
	return zeroAt(v.id(), v.ptr)
}

// Pointer returns v's value as a uintptr (value.go:1225-1259).
func (v Value) Pointer() uintptr {
	switch v.Kind() {
	case Chan, Map, Ptr, UnsafePointer, Func, Slice:
		return addrOf(v.id(), v.ptr)
	}
	panic(&ValueError{"reflect.Value.Pointer", v.Kind()})
}

// Addr returns a pointer value representing the address of v (value.go:233-242).
func (v Value) Addr() Value {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.Addr of unaddressable value")
	}
	return Value{toType(tcompose(0, v.id(), 0, 0)), box(v.ptr), flag(Ptr) | v.flag&flagRO}
}

// UnsafeAddr returns the address of v's data (value.go:1721-1733).
func (v Value) UnsafeAddr() uintptr {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.UnsafeAddr", Invalid})
	}
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.UnsafeAddr of unaddressable value")
	}
	return addrOf(tcompose(0, v.id(), 0, 0), box(v.ptr))
}

// assignTo is value.go:2145-2164: v as a value of type dst, or a panic naming context.
func (v Value) assignTo(context string, dst *rtype) Value {
	if !trelation(v.id(), dst.id, 1) {
		panic(context + ": value of type " + v.typ.String() + " is not assignable to type " + dst.String())
	}
	return valueOfID(dst.id, convertAt(dst.id, v.id(), v.ptr), 0)
}

// Set assigns x to v (value.go:1329-1340).
func (v Value) Set(x Value) {
	v.flag.mustBeAssignable("reflect.Value.Set")
	x.flag.mustBeExported("reflect.Value.Set")
	x = x.assignTo("reflect.Set", v.typ)
	store(v.id(), v.ptr, x.id(), x.ptr)
}

func (v Value) SetBool(x bool) {
	v.flag.mustBeAssignable("reflect.Value.SetBool")
	v.flag.mustBe(Bool, "reflect.Value.SetBool")
	storeBool(v.ptr, x)
}

func (v Value) SetInt(x int64) {
	v.flag.mustBeAssignable("reflect.Value.SetInt")
	switch v.Kind() {
	case Int, Int8, Int16, Int32, Int64:
		storeInt(v.id(), v.ptr, x)
		return
	}
	panic(&ValueError{"reflect.Value.SetInt", v.Kind()})
}

func (v Value) SetUint(x uint64) {
	v.flag.mustBeAssignable("reflect.Value.SetUint")
	switch v.Kind() {
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		storeUint(v.id(), v.ptr, x)
		return
	}
	panic(&ValueError{"reflect.Value.SetUint", v.Kind()})
}

func (v Value) SetFloat(x float64) {
	v.flag.mustBeAssignable("reflect.Value.SetFloat")
	switch v.Kind() {
	case Float32, Float64:
		storeFloat(v.id(), v.ptr, x)
		return
	}
	panic(&ValueError{"reflect.Value.SetFloat", v.Kind()})
}

func (v Value) SetComplex(x complex128) {
	v.flag.mustBeAssignable("reflect.Value.SetComplex")
	switch v.Kind() {
	case Complex64, Complex128:
		storeComplex(v.id(), v.ptr, x)
		return
	}
	panic(&ValueError{"reflect.Value.SetComplex", v.Kind()})
}

func (v Value) SetString(x string) {
	v.flag.mustBeAssignable("reflect.Value.SetString")
	v.flag.mustBe(String, "reflect.Value.SetString")
	storeString(v.ptr, x)
}

// SetLen sets v's length to n (value.go:1420-1430).
func (v Value) SetLen(n int) {
	v.flag.mustBeAssignable("reflect.Value.SetLen")
	v.flag.mustBe(Slice, "reflect.Value.SetLen")
	if uint(n) > uint(v.Cap()) {
		panic("reflect: slice length out of range in SetLen")
	}
	s := sliceAt(v.id(), v.ptr, 0, n, v.Cap())
	store(v.id(), v.ptr, v.id(), s)
}

// OverflowInt reports whether x cannot be represented by v's type (value.go:1185-1201).
func (v Value) OverflowInt(x int64) bool {
	switch v.Kind() {
	case Int, Int8, Int16, Int32, Int64:
		bitSize := v.typ.Size() * 8
		trunc := (x << (64 - bitSize)) >> (64 - bitSize)
		return x != trunc
	}
	panic(&ValueError{"reflect.Value.OverflowInt", v.Kind()})
}

func (v Value) OverflowUint(x uint64) bool {
	switch v.Kind() {
	case Uint, Uintptr, Uint8, Uint16, Uint32, Uint64:
		bitSize := v.typ.Size() * 8
		trunc := (x << (64 - bitSize)) >> (64 - bitSize)
		return x != trunc
	}
	panic(&ValueError{"reflect.Value.OverflowUint", v.Kind()})
}

// OverflowFloat reports whether x does not fit v's float type (value.go:1183-1200): only float32
// can overflow, and an infinity does not.
func (v Value) OverflowFloat(x float64) bool {
	switch v.Kind() {
	case Float32:
		if x < 0 {
			x = -x
		}
		return 3.40282346638528859811704183484516925440e+38 < x && x <= 1.797693134862315708145274237317043567981e+308
	case Float64:
		return false
	}
	panic(&ValueError{"reflect.Value.OverflowFloat", v.Kind()})
}

// Slice returns v[i:j] (value.go:1500-1555).
func (v Value) Slice(i, j int) Value {
	var c int
	switch v.Kind() {
	case Array:
		if v.flag&flagAddr == 0 {
			panic("reflect.Value.Slice: slice of unaddressable array")
		}
		c = v.Len()
		if i < 0 || j < i || j > c {
			panic("reflect.Value.Slice: slice index out of bounds")
		}
		st := tcompose(1, telem(v.id()), 0, 0)
		return valueOfID(st, sliceAt(v.id(), v.ptr, i, j, c), v.flag&flagRO)
	case Slice:
		c = v.Cap()
	case String:
		if i < 0 || j < i || j > v.Len() {
			panic("reflect.Value.Slice: string slice index out of bounds")
		}
		return valueOfID(v.id(), sliceAt(v.id(), v.ptr, i, j, j), v.flag&flagRO)
	default:
		panic(&ValueError{"reflect.Value.Slice", v.Kind()})
	}
	if i < 0 || j < i || j > c {
		panic("reflect.Value.Slice: slice index out of bounds")
	}
	return valueOfID(v.id(), sliceAt(v.id(), v.ptr, i, j, c), v.flag&flagRO)
}

// Bytes returns v's underlying []byte (value.go:250-258).
func (v Value) Bytes() []byte {
	v.flag.mustBe(Slice, "reflect.Value.Bytes")
	if v.typ.Elem().Kind() != Uint8 {
		panic("reflect.Value.Bytes of non-byte slice")
	}
	return pack(typeID([]byte(nil)), convertAt(typeID([]byte(nil)), v.id(), v.ptr)).([]byte)
}

// SetBytes sets v's underlying []byte to x (value.go:1351-1358).
func (v Value) SetBytes(x []byte) {
	v.flag.mustBeAssignable("reflect.Value.SetBytes")
	v.flag.mustBe(Slice, "reflect.Value.SetBytes")
	if v.typ.Elem().Kind() != Uint8 {
		panic("reflect.Value.SetBytes of non-byte slice")
	}
	src := ValueOf(x)
	store(v.id(), v.ptr, src.id(), src.ptr)
}

// ---------------------------------------------------------------- maps

// MapIndex returns the value associated with key in map v, the zero Value if absent
// (value.go:1017-1045).
func (v Value) MapIndex(key Value) Value {
	v.flag.mustBe(Map, "reflect.Value.MapIndex")
	key = key.assignTo("reflect.Value.MapIndex", toType(tkey(v.id())))
	p := mapIndex(v.id(), v.ptr, key.ptr)
	if p == nil {
		return Value{}
	}
	return valueOfID(telem(v.id()), p, v.flag&flagRO)
}

// MapKeys returns the keys of map v, in the map's (random) iteration order (value.go:1047-1083).
func (v Value) MapKeys() []Value {
	v.flag.mustBe(Map, "reflect.Value.MapKeys")
	kt := tkey(v.id())
	ps := mapKeys(v.id(), v.ptr)
	keys := make([]Value, len(ps))
	for i, p := range ps {
		keys[i] = valueOfID(kt, p, v.flag&flagRO)
	}
	return keys
}

// SetMapIndex sets key's element in map v to elem; a zero elem deletes the key (value.go:1442-1465).
func (v Value) SetMapIndex(key, elem Value) {
	v.flag.mustBe(Map, "reflect.Value.SetMapIndex")
	v.flag.mustBeExported("reflect.Value.SetMapIndex")
	key.flag.mustBeExported("reflect.Value.SetMapIndex")
	key = key.assignTo("reflect.Value.SetMapIndex", toType(tkey(v.id())))
	if elem.flag == 0 {
		mapSet(v.id(), v.ptr, key.ptr, nil)
		return
	}
	elem.flag.mustBeExported("reflect.Value.SetMapIndex")
	elem = elem.assignTo("reflect.Value.SetMapIndex", toType(telem(v.id())))
	mapSet(v.id(), v.ptr, key.ptr, elem.ptr)
}

// A MapIter is an iterator for ranging over a map (Go 1.12).
//
//gosim:since 1.12
type MapIter struct {
	m    Value
	keys []Value
	i    int
}

// MapRange returns a range iterator for map v (Go 1.12).
//
//gosim:since 1.12
func (v Value) MapRange() *MapIter {
	v.flag.mustBe(Map, "reflect.Value.MapRange")
	return &MapIter{m: v, i: -1}
}

//gosim:since 1.12
func (it *MapIter) Next() bool {
	if it.i == -1 {
		it.keys = it.m.MapKeys()
	}
	if it.i >= len(it.keys) {
		panic("MapIter.Next called on exhausted iterator")
	}
	for {
		it.i++
		if it.i >= len(it.keys) {
			return false
		}
		if it.m.MapIndex(it.keys[it.i]).IsValid() {
			return true
		}
	}
}

//gosim:since 1.12
func (it *MapIter) Key() Value {
	if it.i < 0 {
		panic("MapIter.Key called before Next")
	}
	if it.i >= len(it.keys) {
		panic("MapIter.Key called on exhausted iterator")
	}
	return it.keys[it.i]
}

//gosim:since 1.12
func (it *MapIter) Value() Value {
	if it.i < 0 {
		panic("MapIter.Value called before Next")
	}
	if it.i >= len(it.keys) {
		panic("MapIter.Value called on exhausted iterator")
	}
	return it.m.MapIndex(it.keys[it.i])
}

// SetIterKey assigns to v the key of iter's current map entry (Go 1.18).
//
//gosim:since 1.18
func (v Value) SetIterKey(iter *MapIter) {
	v.Set(iter.Key())
}

// SetIterValue assigns to v the value of iter's current map entry (Go 1.18).
//
//gosim:since 1.18
func (v Value) SetIterValue(iter *MapIter) {
	v.Set(iter.Value())
}

// ---------------------------------------------------------------- functions and methods

// NumMethod returns the number of exported methods in v's method set (value.go:1117-1126).
func (v Value) NumMethod() int {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.NumMethod", Invalid})
	}
	return tnumMethod(v.id())
}

// Method returns v's i'th method bound to v, as a func Value (value.go:1100-1115).
func (v Value) Method(i int) Value {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.Method", Invalid})
	}
	if uint(i) >= uint(tnumMethod(v.id())) {
		panic("reflect: Method index out of range")
	}
	if v.Kind() == Interface && v.IsNil() {
		panic("reflect: Method on nil interface value")
	}
	ft, fn := methodAt(v.id(), v.ptr, i)
	return Value{toType(ft), fn, flag(Func) | v.flag&flagRO | flagMethod}
}

// MethodByName returns v's method with that name, the zero Value if there is none.
func (v Value) MethodByName(name string) Value {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.MethodByName", Invalid})
	}
	n := tnumMethod(v.id())
	for i := 0; i < n; i++ {
		if m, _, _ := tmethod(v.id(), i); m == name {
			return v.Method(i)
		}
	}
	return Value{}
}

// Call calls function v with the input arguments in (value.go:302-320).
func (v Value) Call(in []Value) []Value {
	v.flag.mustBe(Func, "reflect.Value.Call")
	v.flag.mustBeExported("reflect.Value.Call")
	return v.call("Call", in)
}

// CallSlice calls variadic function v, its last argument a slice for the variadic parameter.
func (v Value) CallSlice(in []Value) []Value {
	v.flag.mustBe(Func, "reflect.Value.CallSlice")
	v.flag.mustBeExported("reflect.Value.CallSlice")
	return v.call("CallSlice", in)
}

// call checks the arguments as value.go:330-400 does, then calls through the native.
func (v Value) call(op string, in []Value) []Value {
	t := v.typ
	if isNilAt(v.ptr) {
		panic("reflect.Value.Call: call of nil function")
	}
	isSlice := op == "CallSlice"
	n := t.NumIn()
	if isSlice {
		if !t.IsVariadic() {
			panic("reflect: CallSlice of non-variadic function")
		}
		if len(in) < n {
			panic("reflect: CallSlice with too few input arguments")
		}
		if len(in) > n {
			panic("reflect: CallSlice with too many input arguments")
		}
	} else {
		if t.IsVariadic() {
			n--
		}
		if len(in) < n {
			panic("reflect: Call with too few input arguments")
		}
		if !t.IsVariadic() && len(in) > n {
			panic("reflect: Call with too many input arguments")
		}
	}
	for _, x := range in {
		if x.Kind() == Invalid {
			panic("reflect: " + op + " using zero Value argument")
		}
	}
	args := make([]unsafe.Pointer, len(in))
	for i := 0; i < len(in); i++ {
		var targ Type
		if i < n || isSlice {
			targ = t.In(i)
		} else {
			targ = t.In(n).Elem()
		}
		x := in[i]
		if !x.typ.AssignableTo(targ) {
			if i >= n && !isSlice {
				panic("reflect: cannot use " + x.typ.String() + " as type " + targ.String() + " in " + op)
			}
			panic("reflect: " + op + " using " + x.typ.String() + " as type " + targ.String())
		}
		args[i] = convertAt(targ.common().id, x.id(), x.ptr)
	}
	res := call(v.id(), v.ptr, args, isSlice)
	out := make([]Value, len(res))
	for i, p := range res {
		out[i] = valueOfID(tout(v.id(), i), p, 0)
	}
	return out
}

// ---------------------------------------------------------------- making values

// Zero returns a Value holding the zero value of typ, neither settable nor addressable.
func Zero(typ Type) Value {
	if typ == nil {
		panic("reflect: Zero(nil)")
	}
	return valueOfID(typ.common().id, newAt(typ.common().id), 0)
}

// New returns a Value holding a pointer to a new zero value of typ.
func New(typ Type) Value {
	if typ == nil {
		panic("reflect: New(nil)")
	}
	p := newObject(typ.common().id)
	return valueOfID(tcompose(0, typ.common().id, 0, 0), box(p), 0)
}

// Indirect returns the value that v points to (value.go:2085-2092).
func Indirect(v Value) Value {
	if v.Kind() != Ptr {
		return v
	}
	return v.Elem()
}

// MakeSlice creates a new zero-initialized slice value (value.go:2028-2044).
func MakeSlice(typ Type, len, cap int) Value {
	if typ.Kind() != Slice {
		panic("reflect.MakeSlice of non-slice type")
	}
	if len < 0 {
		panic("reflect.MakeSlice: negative len")
	}
	if cap < 0 {
		panic("reflect.MakeSlice: negative cap")
	}
	if len > cap {
		panic("reflect.MakeSlice: len > cap")
	}
	return valueOfID(typ.common().id, makeSlice(typ.common().id, len, cap), 0)
}

// MakeMap creates a new map of the specified type (value.go:2062-2069).
func MakeMap(typ Type) Value {
	if typ.Kind() != Map {
		panic(makeMapName + " of non-map type")
	}
	return valueOfID(typ.common().id, makeMap(typ.common().id, 0), 0)
}

// MakeMapWithSize creates a new map with space for about n elements (Go 1.9).
//
//gosim:since 1.9
func MakeMapWithSize(typ Type, n int) Value {
	if typ.Kind() != Map {
		panic("reflect.MakeMapWithSize of non-map type")
	}
	return valueOfID(typ.common().id, makeMap(typ.common().id, n), 0)
}

// makeMapName: go1.19's MakeMap calls MakeMapWithSize, whose panic names itself (value.go:3020).
//
//gosim:before 1.9
const makeMapName = "reflect.MakeMap"

//gosim:since 1.9
const makeMapName = "reflect.MakeMapWithSize"

// outsideValue is the name a kind check outside Value's methods gives: go1.7's methodName takes
// the caller's frame ("reflect.Append", value.go:164-171); go1.19's valueMethodName looks for a
// reflect.Value method on the stack and finds none (value.go:174-191).
//
//gosim:before 1.19
func outsideValue(name string) string { return name }

//gosim:since 1.19
func outsideValue(name string) string { return "unknown method" }

// Append appends the values x to slice s (value.go:1780-1795).
func Append(s Value, x ...Value) Value {
	s.flag.mustBe(Slice, outsideValue("reflect.Append"))
	n := s.Len()
	s = valueOfID(s.id(), grow(s.id(), s.ptr, len(x)), 0)
	for i, v := range x {
		s.Index(n + i).Set(v)
	}
	return s
}

// AppendSlice appends slice t to slice s (value.go:1797-1808).
func AppendSlice(s, t Value) Value {
	s.flag.mustBe(Slice, outsideValue("reflect.AppendSlice"))
	t.flag.mustBe(Slice, outsideValue("reflect.AppendSlice"))
	if s.typ.Elem() != t.typ.Elem() {
		panic("reflect.AppendSlice: " + s.typ.Elem().String() + " != " + t.typ.Elem().String())
	}
	ns, nt := s.Len(), t.Len()
	s = valueOfID(s.id(), grow(s.id(), s.ptr, nt), 0)
	for i := 0; i < nt; i++ {
		s.Index(ns + i).Set(t.Index(i))
	}
	return s
}

// Copy copies the contents of src into dst until either is full (value.go:1810-1860).
func Copy(dst, src Value) int {
	dk := dst.Kind()
	if dk != Array && dk != Slice {
		panic(&ValueError{"reflect.Copy", dk})
	}
	if dk == Array {
		dst.flag.mustBeAssignable("reflect.Copy")
	}
	dst.flag.mustBeExported("reflect.Copy")
	sk := src.Kind()
	if sk != Array && sk != Slice {
		panic(&ValueError{"reflect.Copy", sk})
	}
	src.flag.mustBeExported("reflect.Copy")
	de, se := dst.typ.Elem(), src.typ.Elem()
	if de != se {
		panic("reflect.Copy: " + de.String() + " != " + se.String())
	}
	n := dst.Len()
	if src.Len() < n {
		n = src.Len()
	}
	tmp := make([]Value, n)
	for i := 0; i < n; i++ {
		tmp[i] = valueOfID(se.common().id, convertAt(se.common().id, se.common().id, src.Index(i).ptr), 0)
	}
	for i := 0; i < n; i++ {
		d := dst.Index(i)
		store(d.id(), d.ptr, tmp[i].id(), tmp[i].ptr)
	}
	return n
}

// Convert returns v converted to type t (value.go:2167-2180).
func (v Value) Convert(t Type) Value {
	if !trelation(v.id(), t.common().id, 2) {
		panic("reflect.Value.Convert: value of type " + v.typ.String() + " cannot be converted to type " + t.String())
	}
	return valueOfID(t.common().id, convertAt(t.common().id, v.id(), v.ptr), v.flag&flagRO)
}

// ---------------------------------------------------------------- DeepEqual

type visit struct {
	a1  uintptr
	a2  uintptr
	typ Type
}

// deepValueEqual is deepequal.go:24-130: cycles are cut at addressable arrays and structs and at
// maps, slices and pointers already being compared.
func deepValueEqual(v1, v2 Value, visited map[visit]bool) bool {
	if !v1.IsValid() || !v2.IsValid() {
		return v1.IsValid() == v2.IsValid()
	}
	if v1.typ != v2.typ {
		return false
	}
	k := v1.Kind()
	var a1, a2 uintptr
	switch k {
	case Array, Struct:
		if v1.CanAddr() && v2.CanAddr() {
			a1, a2 = v1.UnsafeAddr(), v2.UnsafeAddr()
		}
	case Map, Slice, Ptr:
		if !v1.IsNil() && !v2.IsNil() {
			a1, a2 = v1.Pointer(), v2.Pointer()
		}
	}
	if a1 != 0 {
		if a1 > a2 {
			a1, a2 = a2, a1
		}
		key := visit{a1, a2, v1.typ}
		if visited[key] {
			return true
		}
		visited[key] = true
	}
	switch k {
	case Array:
		for i := 0; i < v1.Len(); i++ {
			if !deepValueEqual(v1.Index(i), v2.Index(i), visited) {
				return false
			}
		}
		return true
	case Slice:
		if v1.IsNil() != v2.IsNil() {
			return false
		}
		if v1.Len() != v2.Len() {
			return false
		}
		if v1.Pointer() == v2.Pointer() {
			return true
		}
		for i := 0; i < v1.Len(); i++ {
			if !deepValueEqual(v1.Index(i), v2.Index(i), visited) {
				return false
			}
		}
		return true
	case Interface:
		if v1.IsNil() || v2.IsNil() {
			return v1.IsNil() == v2.IsNil()
		}
		return deepValueEqual(v1.Elem(), v2.Elem(), visited)
	case Ptr:
		if v1.Pointer() == v2.Pointer() {
			return true
		}
		return deepValueEqual(v1.Elem(), v2.Elem(), visited)
	case Struct:
		for i, n := 0, v1.NumField(); i < n; i++ {
			if !deepValueEqual(v1.Field(i), v2.Field(i), visited) {
				return false
			}
		}
		return true
	case Map:
		if v1.IsNil() != v2.IsNil() {
			return false
		}
		if v1.Len() != v2.Len() {
			return false
		}
		if v1.Pointer() == v2.Pointer() {
			return true
		}
		for _, key := range v1.MapKeys() {
			val1 := v1.MapIndex(key)
			val2 := v2.MapIndex(key)
			if !val1.IsValid() || !val2.IsValid() || !deepValueEqual(val1, val2, visited) {
				return false
			}
		}
		return true
	case Func:
		return v1.IsNil() && v2.IsNil()
	}
	// the basic kinds: Go's ==, read past unexported fields as deepequal.go does
	return pack(v1.id(), v1.ptr) == pack(v2.id(), v2.ptr)
}

// DeepEqual reports whether x and y are "deeply equal" (deepequal.go:132-190).
func DeepEqual(x, y interface{}) bool {
	if x == nil || y == nil {
		return x == y
	}
	v1 := ValueOf(x)
	v2 := ValueOf(y)
	if v1.typ != v2.typ {
		return false
	}
	return deepValueEqual(v1, v2, make(map[visit]bool))
}

// Swapper returns a function that swaps the elements in the provided slice (Go 1.8).
//
//gosim:since 1.8
func Swapper(slice interface{}) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	return func(i, j int) {
		a, b := v.Index(i), v.Index(j)
		tmp := New(a.typ).Elem()
		tmp.Set(a)
		a.Set(b)
		b.Set(tmp)
	}
}

// makeFunc makes the function: its calls pass their arguments' locations to in, the Values that
// gives to fn (called by the native itself, so a recover() in fn works when the function is
// deferred, as makeFuncStub allows), and fn's results to out for their locations.
func makeFunc(t int, in func([]unsafe.Pointer) []Value, fn func([]Value) []Value, out func([]Value) []unsafe.Pointer) unsafe.Pointer

// MakeFunc returns a new function of the given type that wraps fn (makefunc.go:20-65): its calls
// give fn the arguments as Values and return fn's results, which must match typ's.
func MakeFunc(typ Type, fn func(args []Value) (results []Value)) Value {
	if typ.Kind() != Func {
		panic("reflect: call of MakeFunc with non-Func type")
	}
	id := typ.common().id
	in := func(args []unsafe.Pointer) []Value {
		vs := make([]Value, len(args))
		for i, p := range args {
			vs[i] = valueOfID(tin(id, i), p, 0)
		}
		return vs
	}
	out := func(out []Value) []unsafe.Pointer {
		n := tnumOut(id)
		if len(out) != n {
			panic("reflect: wrong return count from function created by MakeFunc")
		}
		res := make([]unsafe.Pointer, n)
		for i, v := range out {
			if v.flag == 0 {
				panic("reflect: function created by MakeFunc using " + funcName(fn) + " returned zero Value")
			}
			if v.flag&flagRO != 0 {
				panic("reflect: function created by MakeFunc using " + funcName(fn) + " returned value obtained from unexported field")
			}
			res[i] = v.assignTo("reflect.MakeFunc", toType(tout(id, i))).ptr
		}
		return res
	}
	return Value{typ.common(), makeFunc(id, in, fn, out), flag(Func)}
}

// funcName names fn for MakeFunc's panics as value.go:651-659 does: it asks runtime.FuncForPC
// about the func value's first word, which points at the closure object, not at code, so the
// answer is "closure" (go1.19.8 prints that too, reflect_api.out).
func funcName(fn func([]Value) []Value) string {
	return "closure"
}
