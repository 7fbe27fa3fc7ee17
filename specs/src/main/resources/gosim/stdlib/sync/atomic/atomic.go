package atomic

import (
	"fmt"
	"unsafe"
)

func AddInt64(addr *int64, delta int64) (new int64)

func LoadInt64(addr *int64) (val int64)

func StoreInt64(addr *int64, val int64)

func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)

func AddInt32(addr *int32, delta int32) (new int32)

func LoadInt32(addr *int32) (val int32)

func StoreInt32(addr *int32, val int32)

// The rest is Go, not assembly as in sync/atomic's asm_*.s: the interpreter runs a goroutine without
// preemption between kernel primitives, so a body without calls is already atomic.

func AddUint32(addr *uint32, delta uint32) (new uint32) {
	*addr += delta
	return *addr
}

func AddUint64(addr *uint64, delta uint64) (new uint64) {
	*addr += delta
	return *addr
}

func AddUintptr(addr *uintptr, delta uintptr) (new uintptr) {
	*addr += delta
	return *addr
}

func LoadUint32(addr *uint32) (val uint32) { return *addr }

func LoadUint64(addr *uint64) (val uint64) { return *addr }

func LoadUintptr(addr *uintptr) (val uintptr) { return *addr }

func StoreUint32(addr *uint32, val uint32) { *addr = val }

func StoreUint64(addr *uint64, val uint64) { *addr = val }

func StoreUintptr(addr *uintptr, val uintptr) { *addr = val }

func SwapInt32(addr *int32, new int32) (old int32) {
	old, *addr = *addr, new
	return
}

func SwapInt64(addr *int64, new int64) (old int64) {
	old, *addr = *addr, new
	return
}

func SwapUint32(addr *uint32, new uint32) (old uint32) {
	old, *addr = *addr, new
	return
}

func SwapUint64(addr *uint64, new uint64) (old uint64) {
	old, *addr = *addr, new
	return
}

func SwapUintptr(addr *uintptr, new uintptr) (old uintptr) {
	old, *addr = *addr, new
	return
}

func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

// Value after value.go: the first Store fixes the dynamic type; %T stands in for the type word.
type Value struct {
	v   interface{}
	typ string
}

func (v *Value) Load() (val interface{}) { return v.v }

func (v *Value) check(val interface{}) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	t := fmt.Sprintf("%T", val)
	if v.v != nil && t != v.typ {
		panic("sync/atomic: store of inconsistently typed value into Value")
	}
	v.typ = t
}

func (v *Value) Store(val interface{}) {
	v.check(val)
	v.v = val
}

//gosim:since 1.17
func (v *Value) Swap(new interface{}) (old interface{}) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	if v.v != nil && fmt.Sprintf("%T", new) != v.typ {
		panic("sync/atomic: swap of inconsistently typed value into Value")
	}
	v.check(new)
	old, v.v = v.v, new
	return
}

//gosim:since 1.17
func (v *Value) CompareAndSwap(old, new interface{}) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && fmt.Sprintf("%T", old) != fmt.Sprintf("%T", new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	if v.v != nil && fmt.Sprintf("%T", new) != v.typ {
		panic("sync/atomic: compare and swap of inconsistently typed value into Value")
	}
	if v.v != old {
		return false
	}
	v.check(new)
	v.v = new
	return true
}

// Int32 is Go 1.19's type.go Int32.
//
//gosim:since 1.19
type Int32 struct {
	v int32
}

//gosim:since 1.19
func (x *Int32) Load() int32 { return LoadInt32(&x.v) }

//gosim:since 1.19
func (x *Int32) Store(val int32) { StoreInt32(&x.v, val) }

//gosim:since 1.19
func (x *Int32) Swap(new int32) (old int32) { return SwapInt32(&x.v, new) }

//gosim:since 1.19
func (x *Int32) CompareAndSwap(old, new int32) (swapped bool) {
	return CompareAndSwapInt32(&x.v, old, new)
}

//gosim:since 1.19
func (x *Int32) Add(delta int32) (new int32) { return AddInt32(&x.v, delta) }

// Int64 is Go 1.19's type.go Int64.
//
//gosim:since 1.19
type Int64 struct {
	v int64
}

//gosim:since 1.19
func (x *Int64) Load() int64 { return LoadInt64(&x.v) }

//gosim:since 1.19
func (x *Int64) Store(val int64) { StoreInt64(&x.v, val) }

//gosim:since 1.19
func (x *Int64) Swap(new int64) (old int64) { return SwapInt64(&x.v, new) }

//gosim:since 1.19
func (x *Int64) CompareAndSwap(old, new int64) (swapped bool) {
	return CompareAndSwapInt64(&x.v, old, new)
}

//gosim:since 1.19
func (x *Int64) Add(delta int64) (new int64) { return AddInt64(&x.v, delta) }

// Uint32 is Go 1.19's type.go Uint32.
//
//gosim:since 1.19
type Uint32 struct {
	v uint32
}

//gosim:since 1.19
func (x *Uint32) Load() uint32 { return LoadUint32(&x.v) }

//gosim:since 1.19
func (x *Uint32) Store(val uint32) { StoreUint32(&x.v, val) }

//gosim:since 1.19
func (x *Uint32) Swap(new uint32) (old uint32) { return SwapUint32(&x.v, new) }

//gosim:since 1.19
func (x *Uint32) CompareAndSwap(old, new uint32) (swapped bool) {
	return CompareAndSwapUint32(&x.v, old, new)
}

//gosim:since 1.19
func (x *Uint32) Add(delta uint32) (new uint32) { return AddUint32(&x.v, delta) }

// Uint64 is Go 1.19's type.go Uint64.
//
//gosim:since 1.19
type Uint64 struct {
	v uint64
}

//gosim:since 1.19
func (x *Uint64) Load() uint64 { return LoadUint64(&x.v) }

//gosim:since 1.19
func (x *Uint64) Store(val uint64) { StoreUint64(&x.v, val) }

//gosim:since 1.19
func (x *Uint64) Swap(new uint64) (old uint64) { return SwapUint64(&x.v, new) }

//gosim:since 1.19
func (x *Uint64) CompareAndSwap(old, new uint64) (swapped bool) {
	return CompareAndSwapUint64(&x.v, old, new)
}

//gosim:since 1.19
func (x *Uint64) Add(delta uint64) (new uint64) { return AddUint64(&x.v, delta) }

// Uintptr is Go 1.19's type.go Uintptr.
//
//gosim:since 1.19
type Uintptr struct {
	v uintptr
}

//gosim:since 1.19
func (x *Uintptr) Load() uintptr { return LoadUintptr(&x.v) }

//gosim:since 1.19
func (x *Uintptr) Store(val uintptr) { StoreUintptr(&x.v, val) }

//gosim:since 1.19
func (x *Uintptr) Swap(new uintptr) (old uintptr) { return SwapUintptr(&x.v, new) }

//gosim:since 1.19
func (x *Uintptr) CompareAndSwap(old, new uintptr) (swapped bool) {
	return CompareAndSwapUintptr(&x.v, old, new)
}

//gosim:since 1.19
func (x *Uintptr) Add(delta uintptr) (new uintptr) { return AddUintptr(&x.v, delta) }

// Bool is Go 1.19's type.go Bool (a uint32 underneath, as there).
//
//gosim:since 1.19
type Bool struct {
	v uint32
}

func b32(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

//gosim:since 1.19
func (x *Bool) Load() bool { return LoadUint32(&x.v) != 0 }

//gosim:since 1.19
func (x *Bool) Store(val bool) { StoreUint32(&x.v, b32(val)) }

//gosim:since 1.19
func (x *Bool) Swap(new bool) (old bool) { return SwapUint32(&x.v, b32(new)) != 0 }

//gosim:since 1.19
func (x *Bool) CompareAndSwap(old, new bool) (swapped bool) {
	return CompareAndSwapUint32(&x.v, b32(old), b32(new))
}

// The unsafe.Pointer functions: plain Go for the same reason as the integer ones above.

func LoadPointer(addr *unsafe.Pointer) (val unsafe.Pointer) { return *addr }

func StorePointer(addr *unsafe.Pointer, val unsafe.Pointer) { *addr = val }

func SwapPointer(addr *unsafe.Pointer, new unsafe.Pointer) (old unsafe.Pointer) {
	old, *addr = *addr, new
	return
}

func CompareAndSwapPointer(addr *unsafe.Pointer, old, new unsafe.Pointer) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

// Pointer is Go 1.19's type.go Pointer[T], holding a *T where Go holds an unsafe.Pointer (the
// interpreter's pointers are not addresses); _ [0]*T keeps Pointer[T] from converting to Pointer[U].
//
//gosim:since 1.19
type Pointer[T any] struct {
	_ [0]*T
	v *T
}

//gosim:since 1.19
func (x *Pointer[T]) Load() *T { return x.v }

//gosim:since 1.19
func (x *Pointer[T]) Store(val *T) { x.v = val }

//gosim:since 1.19
func (x *Pointer[T]) Swap(new *T) (old *T) {
	old, x.v = x.v, new
	return
}

//gosim:since 1.19
func (x *Pointer[T]) CompareAndSwap(old, new *T) (swapped bool) {
	if x.v != old {
		return false
	}
	x.v = new
	return true
}
