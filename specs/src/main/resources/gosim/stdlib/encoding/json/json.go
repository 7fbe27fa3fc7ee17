// Package json is Go's encoding/json (go1.7 src/encoding/json; Go 1.19's where a release changed
// it, gated by //gosim:since lines): RFC 7159 JSON to and from Go values through reflect. This file
// holds the package's types (errors, Number, RawMessage, the Marshaler interfaces) and struct tag
// parsing; scanner.go checks syntax (Valid, Compact, Indent, HTMLEscape), encode.go is Marshal,
// decode.go Unmarshal and stream.go the Encoder, Decoder and Token API.
package json

import (
	"errors"
	"reflect"
	"strconv"
	"strings"
	"unicode"
)

// Marshaler is a type that can marshal itself into valid JSON (encode.go).
type Marshaler interface {
	MarshalJSON() ([]byte, error)
}

// Unmarshaler is a type that can unmarshal a JSON description of itself; the input is a valid
// JSON value (decode.go).
type Unmarshaler interface {
	UnmarshalJSON([]byte) error
}

// A SyntaxError describes malformed JSON: Offset is how many bytes had been read when the
// error was found (scanner.go).
type SyntaxError struct {
	msg    string
	Offset int64
}

func (e *SyntaxError) Error() string { return e.msg }

// An UnmarshalTypeError describes a JSON value that does not fit the Go type it is decoded into.
type UnmarshalTypeError struct {
	Value  string       // "bool", "array", "number -5"
	Type   reflect.Type // the Go type it could not be assigned to
	Offset int64        // bytes read before the value ended
	//gosim:since 1.8
	Struct string // the struct type holding the field
	//gosim:since 1.8
	Field string // the field's path from the outermost struct, names joined by "."
}

// Go 1.8 added Struct and Field and names them in the message (go1.19 decode.go:133-138;
// go1.7 decode.go:117-119 has only the second form).
//
//gosim:before 1.8
func (e *UnmarshalTypeError) Error() string {
	return "json: cannot unmarshal " + e.Value + " into Go value of type " + e.Type.String()
}

//gosim:since 1.8
func (e *UnmarshalTypeError) Error() string {
	if e.Struct != "" || e.Field != "" {
		return "json: cannot unmarshal " + e.Value + " into Go struct field " + e.Struct + "." + e.Field + " of type " + e.Type.String()
	}
	return "json: cannot unmarshal " + e.Value + " into Go value of type " + e.Type.String()
}

// An UnmarshalFieldError is no longer returned (kept, as Go keeps it, for compatibility).
type UnmarshalFieldError struct {
	Key   string
	Type  reflect.Type
	Field reflect.StructField
}

func (e *UnmarshalFieldError) Error() string {
	return "json: cannot unmarshal object key " + strconv.Quote(e.Key) + " into unexported field " + e.Field.Name + " of type " + e.Type.String()
}

// An InvalidUnmarshalError is Unmarshal's answer to an argument that is not a non-nil pointer.
type InvalidUnmarshalError struct {
	Type reflect.Type
}

func (e *InvalidUnmarshalError) Error() string {
	if e.Type == nil {
		return "json: Unmarshal(nil)"
	}
	if e.Type.Kind() != reflect.Ptr {
		return "json: Unmarshal(non-pointer " + e.Type.String() + ")"
	}
	return "json: Unmarshal(nil " + e.Type.String() + ")"
}

// An UnsupportedTypeError is Marshal's answer to a value of a type it cannot encode (a channel,
// a func, a complex number, a map with keys of another kind).
type UnsupportedTypeError struct {
	Type reflect.Type
}

func (e *UnsupportedTypeError) Error() string {
	return "json: unsupported type: " + e.Type.String()
}

// An UnsupportedValueError is Marshal's answer to a value it cannot encode (NaN, infinities).
type UnsupportedValueError struct {
	Value reflect.Value
	Str   string
}

func (e *UnsupportedValueError) Error() string {
	return "json: unsupported value: " + e.Str
}

// An InvalidUTF8Error is no longer returned: Marshal replaces invalid bytes with U+FFFD.
type InvalidUTF8Error struct {
	S string
}

func (e *InvalidUTF8Error) Error() string {
	return "json: invalid UTF-8 in string: " + strconv.Quote(e.S)
}

// A MarshalerError wraps the error a MarshalJSON or MarshalText method returned.
type MarshalerError struct {
	Type       reflect.Type
	Err        error
	sourceFunc string
}

// Go 1.7 names MarshalJSON whatever method failed (go1.7 encode.go:245-247); 1.19 names the one
// that did (encode.go:270-277). Releases between were not checked.
//
//gosim:before 1.19
func (e *MarshalerError) Error() string {
	return "json: error calling MarshalJSON for type " + e.Type.String() + ": " + e.Err.Error()
}

//gosim:since 1.19
func (e *MarshalerError) Error() string {
	name := e.sourceFunc
	if name == "" {
		name = "MarshalJSON"
	}
	return "json: error calling " + name + " for type " + e.Type.String() + ": " + e.Err.Error()
}

//gosim:since 1.13
func (e *MarshalerError) Unwrap() error { return e.Err }

// A Number is a JSON number literal, kept as its text (Decoder.UseNumber).
type Number string

func (n Number) String() string { return string(n) }

func (n Number) Float64() (float64, error) { return strconv.ParseFloat(string(n), 64) }

func (n Number) Int64() (int64, error) { return strconv.ParseInt(string(n), 10, 64) }

// RawMessage is an encoded JSON value, passed through as it is.
type RawMessage []byte

// MarshalJSON returns m itself, or null for a nil m. Go 1.8 gave it a value receiver
// (go1.19 stream.go:263); in go1.7 (stream.go:250) the receiver is a pointer, so a RawMessage
// that is not addressable (a field of a struct passed by value) is encoded as a []byte: base64.
//
//gosim:since 1.8
func (m RawMessage) MarshalJSON() ([]byte, error) {
	if m == nil {
		return []byte("null"), nil
	}
	return m, nil
}

//gosim:before 1.8
func (m *RawMessage) MarshalJSON() ([]byte, error) {
	return *m, nil
}

// UnmarshalJSON keeps its own copy of data in *m.
func (m *RawMessage) UnmarshalJSON(data []byte) error {
	if m == nil {
		return errors.New("json.RawMessage: UnmarshalJSON on nil pointer")
	}
	*m = append((*m)[0:0], data...)
	return nil
}

// tagOptions is what follows the name in a `json:"name,opt1,opt2"` tag.
type tagOptions string

// parseTag splits a json tag into its name and its options.
func parseTag(tag string) (string, tagOptions) {
	if i := strings.Index(tag, ","); i >= 0 {
		return tag[:i], tagOptions(tag[i+1:])
	}
	return tag, ""
}

// Contains reports whether the comma-separated options hold name.
func (o tagOptions) Contains(name string) bool {
	s := string(o)
	for s != "" {
		next := ""
		if i := strings.Index(s, ","); i >= 0 {
			s, next = s[:i], s[i+1:]
		}
		if s == name {
			return true
		}
		s = next
	}
	return false
}

// isValidTag reports whether a tag name may be used as a key: letters, digits and the
// punctuation Go allows, never quotes or backslash (go1.7 encode.go:769-786).
func isValidTag(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if !strings.ContainsRune(tagPunctuation, c) && !unicode.IsLetter(c) && !unicode.IsDigit(c) {
			return false
		}
	}
	return true
}

// tagPunctuation: go1.19 encode.go:978 allows ';' too, go1.7 encode.go:775 does not (releases
// between were not checked).
//
//gosim:before 1.19
const tagPunctuation = "!#$%&()*+-./:<=>?@[]^_{|}~ "

//gosim:since 1.19
const tagPunctuation = "!#$%&()*+-./:;<=>?@[]^_{|}~ "
