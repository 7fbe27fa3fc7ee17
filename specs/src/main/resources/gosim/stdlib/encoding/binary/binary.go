// Package binary is encoding/binary's byte orders and varints (go1.7 binary.go and varint.go;
// go1.19's AppendByteOrder and Append* functions under the 1.19 dialect). Read, Write and Size,
// which walk values with reflect, are not here.
package binary

import (
	"errors"
	"io"
)

// ByteOrder reads and writes unsigned integers in a byte slice (go1.7 binary.go:31-39).
type ByteOrder interface {
	Uint16([]byte) uint16
	Uint32([]byte) uint32
	Uint64([]byte) uint64
	PutUint16([]byte, uint16)
	PutUint32([]byte, uint32)
	PutUint64([]byte, uint64)
	String() string
}

// AppendByteOrder appends unsigned integers to a byte slice (go1.19 binary.go:49-55).
//gosim:since 1.19
type AppendByteOrder interface {
	AppendUint16([]byte, uint16) []byte
	AppendUint32([]byte, uint32) []byte
	AppendUint64([]byte, uint64) []byte
	String() string
}

var LittleEndian littleEndian

var BigEndian bigEndian

type littleEndian struct{}

type bigEndian struct{}

// Each reader and writer first indexes the slice's last byte it needs, as Go's do (the bounds
// check hint of go1.7 binary.go:51 and the others), so a short slice panics before any write.

func (littleEndian) Uint16(b []byte) uint16 {
	_ = b[1]
	return uint16(b[0]) | uint16(b[1])<<8
}

func (littleEndian) PutUint16(b []byte, v uint16) {
	_ = b[1]
	b[0], b[1] = byte(v), byte(v>>8)
}

func (littleEndian) Uint32(b []byte) uint32 {
	_ = b[3]
	return uint32(littleEndian{}.Uint16(b)) | uint32(littleEndian{}.Uint16(b[2:]))<<16
}

func (littleEndian) PutUint32(b []byte, v uint32) {
	_ = b[3]
	for i := 0; i < 4; i++ {
		b[i] = byte(v >> (8 * uint(i)))
	}
}

func (littleEndian) Uint64(b []byte) uint64 {
	_ = b[7]
	return uint64(littleEndian{}.Uint32(b)) | uint64(littleEndian{}.Uint32(b[4:]))<<32
}

func (littleEndian) PutUint64(b []byte, v uint64) {
	_ = b[7]
	for i := 0; i < 8; i++ {
		b[i] = byte(v >> (8 * uint(i)))
	}
}

//gosim:since 1.19
func (littleEndian) AppendUint16(b []byte, v uint16) []byte {
	return append(b, byte(v), byte(v>>8))
}

//gosim:since 1.19
func (littleEndian) AppendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24))
}

//gosim:since 1.19
func (littleEndian) AppendUint64(b []byte, v uint64) []byte {
	return append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24), byte(v>>32), byte(v>>40), byte(v>>48), byte(v>>56))
}

func (littleEndian) String() string { return "LittleEndian" }

func (littleEndian) GoString() string { return "binary.LittleEndian" }

func (bigEndian) Uint16(b []byte) uint16 {
	_ = b[1]
	return uint16(b[1]) | uint16(b[0])<<8
}

func (bigEndian) PutUint16(b []byte, v uint16) {
	_ = b[1]
	b[0], b[1] = byte(v>>8), byte(v)
}

func (bigEndian) Uint32(b []byte) uint32 {
	_ = b[3]
	return uint32(bigEndian{}.Uint16(b[2:])) | uint32(bigEndian{}.Uint16(b))<<16
}

func (bigEndian) PutUint32(b []byte, v uint32) {
	_ = b[3]
	for i := 0; i < 4; i++ {
		b[3-i] = byte(v >> (8 * uint(i)))
	}
}

func (bigEndian) Uint64(b []byte) uint64 {
	_ = b[7]
	return uint64(bigEndian{}.Uint32(b[4:])) | uint64(bigEndian{}.Uint32(b))<<32
}

func (bigEndian) PutUint64(b []byte, v uint64) {
	_ = b[7]
	for i := 0; i < 8; i++ {
		b[7-i] = byte(v >> (8 * uint(i)))
	}
}

//gosim:since 1.19
func (bigEndian) AppendUint16(b []byte, v uint16) []byte {
	return append(b, byte(v>>8), byte(v))
}

//gosim:since 1.19
func (bigEndian) AppendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

//gosim:since 1.19
func (bigEndian) AppendUint64(b []byte, v uint64) []byte {
	return append(b, byte(v>>56), byte(v>>48), byte(v>>40), byte(v>>32), byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func (bigEndian) String() string { return "BigEndian" }

func (bigEndian) GoString() string { return "binary.BigEndian" }

// Varints (go1.7 varint.go): seven bits a byte, least significant group first, the high bit set
// on every byte but the last; a signed value is zig-zag encoded first (PutVarint).
const (
	MaxVarintLen16 = 3
	MaxVarintLen32 = 5
	MaxVarintLen64 = 10
)

// varintCapped: go1.19 varint.go's Uvarint and ReadUvarint give up after MaxVarintLen64 bytes
// (an overflow at the 11th byte; ReadUvarint reads no more); go1.7's read on to the last byte of
// the varint, however long, and report the overflow there. Only those two sources were read: the
// mark says 1.19, the change came in between.
//gosim:before 1.19
const varintCapped = false
//gosim:since 1.19
const varintCapped = true

// PutUvarint writes x into buf and returns the bytes written; a short buf panics.
func PutUvarint(buf []byte, x uint64) int {
	n := 0
	for ; x >= 0x80; n++ {
		buf[n] = byte(x) | 0x80
		x >>= 7
	}
	buf[n] = byte(x)
	return n + 1
}

// Uvarint decodes buf's first varint: the value and its length, or 0 and 0 when buf ends first,
// or 0 and -length when the value overflows 64 bits.
func Uvarint(buf []byte) (uint64, int) {
	var x uint64
	for i := 0; i < len(buf); i++ {
		b := buf[i]
		if varintCapped && i == MaxVarintLen64 {
			return 0, -(i + 1)
		}
		if b < 0x80 {
			if i > MaxVarintLen64-1 || i == MaxVarintLen64-1 && b > 1 {
				return 0, -(i + 1)
			}
			return x | uint64(b)<<(7*uint(i)), i + 1
		}
		x |= uint64(b&0x7f) << (7 * uint(i))
	}
	return 0, 0
}

func zigzag(x int64) uint64 {
	if x < 0 {
		return ^(uint64(x) << 1)
	}
	return uint64(x) << 1
}

func unzigzag(ux uint64) int64 {
	if ux&1 != 0 {
		return ^int64(ux >> 1)
	}
	return int64(ux >> 1)
}

// PutVarint writes x zig-zag encoded into buf and returns the bytes written.
func PutVarint(buf []byte, x int64) int {
	return PutUvarint(buf, zigzag(x))
}

// Varint decodes buf's first zig-zag varint, with Uvarint's lengths.
func Varint(buf []byte) (int64, int) {
	ux, n := Uvarint(buf)
	return unzigzag(ux), n
}

//gosim:since 1.19
func AppendUvarint(buf []byte, x uint64) []byte {
	for x >= 0x80 {
		buf = append(buf, byte(x)|0x80)
		x >>= 7
	}
	return append(buf, byte(x))
}

//gosim:since 1.19
func AppendVarint(buf []byte, x int64) []byte {
	return AppendUvarint(buf, zigzag(x))
}

var overflow = errors.New("binary: varint overflows a 64-bit integer")

// ReadUvarint reads a varint from r; an error of r comes back with the bits read so far.
func ReadUvarint(r io.ByteReader) (uint64, error) {
	var x uint64
	for i := 0; !varintCapped || i < MaxVarintLen64; i++ {
		b, err := r.ReadByte()
		if err != nil {
			return x, err
		}
		if b < 0x80 {
			if i > MaxVarintLen64-1 || i == MaxVarintLen64-1 && b > 1 {
				return x, overflow
			}
			return x | uint64(b)<<(7*uint(i)), nil
		}
		x |= uint64(b&0x7f) << (7 * uint(i))
	}
	return x, overflow
}

// ReadVarint reads a zig-zag varint from r.
func ReadVarint(r io.ByteReader) (int64, error) {
	ux, err := ReadUvarint(r)
	return unzigzag(ux), err
}
