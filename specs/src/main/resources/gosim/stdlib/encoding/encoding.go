//gosim:since 1.2
// Package encoding after Go's encoding (encoding.go): the interfaces shared by packages that
// convert data to and from byte-level and textual forms (time.Time implements them; flag.TextVar
// takes them).
package encoding

type BinaryMarshaler interface {
	MarshalBinary() (data []byte, err error)
}

type BinaryUnmarshaler interface {
	UnmarshalBinary(data []byte) error
}

type TextMarshaler interface {
	MarshalText() (text []byte, err error)
}

type TextUnmarshaler interface {
	UnmarshalText(text []byte) error
}
