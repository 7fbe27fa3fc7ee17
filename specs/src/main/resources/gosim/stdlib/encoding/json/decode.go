package json

// Unmarshal: JSON to Go values by reflection (go1.7 decode.go, with Go 1.19's rules where they
// are gated). As in Go the input is first checked whole by the scanner, so syntax errors come
// before type errors; the decoding is then a plain recursive descent over valid JSON. A value
// that does not fit its Go type is skipped and the first such error returned at the end.

import (
	"encoding"
	"encoding/base64"
	"errors"
	"reflect"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Unmarshal parses the JSON in data and stores the result in the value v points to.
func Unmarshal(data []byte, v interface{}) error {
	var s scanner
	if err := checkValid(data, &s); err != nil {
		return err
	}
	d := &decodeState{data: data}
	return d.unmarshal(v)
}

var textUnmarshalerType = reflect.TypeOf((*encoding.TextUnmarshaler)(nil)).Elem()

// decodeState is one decoding of valid JSON.
type decodeState struct {
	data                  []byte
	off                   int // the next byte to read
	saved                 error
	useNumber             bool
	disallowUnknownFields bool
	fields                fieldCache
	// where in the outermost struct the decoder is, for the errors' Struct and Field
	errStruct  reflect.Type
	fieldStack []string
}

func (d *decodeState) unmarshal(v interface{}) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Ptr || rv.IsNil() {
		return &InvalidUnmarshalError{reflect.TypeOf(v)}
	}
	d.skipSpace()
	// rv itself, not its element: a Marshaler's pointer method applies at the top level too
	if err := d.value(rv); err != nil {
		return d.addErrorContext(err)
	}
	return d.saved
}

// saveError keeps the first error, to be returned when decoding ends.
func (d *decodeState) saveError(err error) {
	if d.saved == nil {
		d.saved = d.addErrorContext(err)
	}
}

// addErrorContext names the struct field a type error happened in (Go 1.8's Struct and Field;
// Field is the path of JSON names as go1.19 decode.go:253-262 joins it, releases between were not
// checked). go1.7 has no context.
//
//gosim:before 1.8
func (d *decodeState) addErrorContext(err error) error { return err }

//gosim:since 1.8
func (d *decodeState) addErrorContext(err error) error {
	if te, ok := err.(*UnmarshalTypeError); ok && (d.errStruct != nil || len(d.fieldStack) > 0) {
		te.Struct = d.errStruct.Name()
		te.Field = strings.Join(d.fieldStack, ".")
	}
	return err
}

// mismatchedNumber is a number for a Go type that holds none: go1.7 (decode.go:905) stops the
// decoding there and returns it, even over an error saved before; go1.19 (decode.go:995) saves it
// and goes on. Releases between were not checked.
//
//gosim:before 1.19
func (d *decodeState) mismatchedNumber(err error) error { return err }

//gosim:since 1.19
func (d *decodeState) mismatchedNumber(err error) error {
	d.saveError(err)
	return nil
}

func (d *decodeState) skipSpace() {
	for d.off < len(d.data) && isSpace(d.data[d.off]) {
		d.off++
	}
}

// literalEnd is the end of the string, number or literal at d.off.
func (d *decodeState) literalEnd() int {
	i := d.off
	if d.data[i] == '"' {
		for i++; d.data[i] != '"'; i++ {
			if d.data[i] == '\\' {
				i++
			}
		}
		return i + 1
	}
	for i < len(d.data) && !isSpace(d.data[i]) && d.data[i] != ',' && d.data[i] != '}' && d.data[i] != ']' && d.data[i] != ':' {
		i++
	}
	return i
}

// skipValue moves d.off past the value at d.off.
func (d *decodeState) skipValue() {
	depth := 0
	for {
		switch d.data[d.off] {
		case '{', '[':
			depth++
			d.off++
		case '}', ']':
			depth--
			d.off++
		case '"':
			d.off = d.literalEnd()
		default:
			if depth == 0 { // a number or literal on its own
				d.off = d.literalEnd()
				return
			}
			d.off++
		}
		if depth == 0 {
			return
		}
	}
}

// value decodes the value at d.off into v; an invalid v skips it.
func (d *decodeState) value(v reflect.Value) error {
	var err error
	switch c := d.data[d.off]; {
	case (c == '{' || c == '[') && !v.IsValid():
		d.skipValue()
	case c == '{':
		d.off++
		err = d.object(v)
	case c == '[':
		d.off++
		err = d.array(v)
	default:
		start := d.off
		d.off = d.literalEnd()
		if v.IsValid() {
			err = d.literalStore(d.data[start:d.off], v, false)
		}
	}
	d.skipSpace()
	return err
}

// indirect walks down v through pointers, allocating them, to the value to be set: it stops at
// an Unmarshaler or TextUnmarshaler (by pointer), and for null at the first settable pointer.
func indirect(v reflect.Value, decodingNull bool) (Unmarshaler, encoding.TextUnmarshaler, reflect.Value) {
	v0 := v
	haveAddr := false
	// a named type's pointer methods count: start from its address
	if v.Kind() != reflect.Ptr && v.Type().Name() != "" && v.CanAddr() {
		haveAddr = true
		v = v.Addr()
	}
	for {
		// an interface holding a non-nil pointer is decoded into through it
		if v.Kind() == reflect.Interface && !v.IsNil() {
			e := v.Elem()
			if e.Kind() == reflect.Ptr && !e.IsNil() && (!decodingNull || e.Elem().Kind() == reflect.Ptr) {
				haveAddr = false
				v = e
				continue
			}
		}
		if v.Kind() != reflect.Ptr {
			break
		}
		if decodingNull && v.CanSet() {
			break
		}
		// var x interface{}; x = &x: stop rather than loop
		if v.Elem().Kind() == reflect.Interface && v.Elem().Elem() == v {
			v = v.Elem()
			break
		}
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		if v.Type().NumMethod() > 0 && v.CanInterface() {
			if u, ok := v.Interface().(Unmarshaler); ok {
				return u, nil, reflect.Value{}
			}
			if !decodingNull {
				if u, ok := v.Interface().(encoding.TextUnmarshaler); ok {
					return nil, u, reflect.Value{}
				}
			}
		}
		if haveAddr {
			v = v0 // back from the address taken above, with v0's own flags
			haveAddr = false
		} else {
			v = v.Elem()
		}
	}
	return nil, nil, v
}

// composite begins the array or object (what) whose first byte was just read: a target with
// UnmarshalJSON is given the whole value, one with only UnmarshalText gets a type error, an empty
// interface the value as valueInterface builds it (done); else it answers the value to decode into.
func (d *decodeState) composite(v reflect.Value, what string) (reflect.Value, bool, error) {
	start := d.off - 1
	u, ut, pv := indirect(v, false)
	switch {
	case u != nil:
		d.off = start
		d.skipValue()
		return pv, true, u.UnmarshalJSON(d.data[start:d.off])
	case ut != nil:
		d.skipMismatch(what, v.Type(), start)
		return pv, true, nil
	case pv.Kind() == reflect.Interface && pv.NumMethod() == 0:
		d.off = start
		pv.Set(reflect.ValueOf(d.valueInterface()))
		return pv, true, nil
	}
	return pv, false, nil
}

// skipMismatch saves the type error of the array or object at start (its Offset just past the
// opening byte, as Go's) and skips the value.
func (d *decodeState) skipMismatch(what string, t reflect.Type, start int) {
	d.saveError(&UnmarshalTypeError{Value: what, Type: t, Offset: int64(start + 1)})
	d.off = start
	d.skipValue()
}

// array decodes the array whose '[' was just read.
func (d *decodeState) array(v reflect.Value) error {
	start := d.off - 1
	v, done, err := d.composite(v, "array")
	if done {
		return err
	}
	if v.Kind() != reflect.Array && v.Kind() != reflect.Slice {
		d.skipMismatch("array", v.Type(), start)
		return nil
	}
	i := 0
	d.skipSpace()
	for d.data[d.off] != ']' {
		if v.Kind() == reflect.Slice {
			if i >= v.Cap() {
				newcap := v.Cap() + v.Cap()/2
				if newcap < 4 {
					newcap = 4
				}
				newv := reflect.MakeSlice(v.Type(), v.Len(), newcap)
				reflect.Copy(newv, v)
				v.Set(newv)
			}
			if i >= v.Len() {
				v.SetLen(i + 1)
			}
		}
		var err error
		if i < v.Len() {
			err = d.value(v.Index(i))
		} else {
			err = d.value(reflect.Value{}) // past a Go array's end
		}
		if err != nil {
			return err
		}
		i++
		if d.data[d.off] == ',' {
			d.off++
			d.skipSpace()
		}
	}
	d.off++
	if i < v.Len() {
		if v.Kind() == reflect.Array {
			z := reflect.Zero(v.Type().Elem())
			for ; i < v.Len(); i++ {
				v.Index(i).Set(z)
			}
		} else {
			v.SetLen(i)
		}
	}
	if i == 0 && v.Kind() == reflect.Slice {
		v.Set(reflect.MakeSlice(v.Type(), 0, 0))
	}
	return nil
}

// object decodes the object whose '{' was just read, into a struct, a map or an interface{}.
func (d *decodeState) object(v reflect.Value) error {
	start := d.off - 1
	v, done, err := d.composite(v, "object")
	if done {
		return err
	}
	t := v.Type()
	var fields []field
	switch v.Kind() {
	case reflect.Map:
		switch t.Key().Kind() {
		case reflect.String, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
			reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		default:
			if !reflect.PtrTo(t.Key()).Implements(textUnmarshalerType) {
				d.skipMismatch("object", t, start)
				return nil
			}
		}
		if v.IsNil() {
			v.Set(reflect.MakeMap(t))
		}
	case reflect.Struct:
		fields = d.fields.get(t)
	default:
		d.skipMismatch("object", t, start)
		return nil
	}
	outerStruct, depth := d.errStruct, len(d.fieldStack)
	d.skipSpace()
	for d.data[d.off] != '}' {
		keyStart := d.off
		d.off = d.literalEnd()
		item := d.data[keyStart:d.off]
		key, _ := unquoteBytes(item)
		var subv reflect.Value
		destring := false
		if v.Kind() == reflect.Map {
			subv = reflect.New(t.Elem()).Elem()
		} else if f := findField(fields, key); f != nil {
			subv = v
			destring = f.quoted
			for _, i := range f.index {
				if subv.Kind() == reflect.Ptr {
					if subv.IsNil() {
						// an embedded pointer to an unexported struct cannot be allocated
						if !subv.CanSet() {
							d.saveError(errors.New("json: cannot set embedded pointer to unexported struct: " + subv.Type().Elem().String()))
							subv = reflect.Value{}
							destring = false
							break
						}
						subv.Set(reflect.New(subv.Type().Elem()))
					}
					subv = subv.Elem()
				}
				subv = subv.Field(i)
			}
			d.fieldStack = append(d.fieldStack, f.name)
			d.errStruct = t
		} else if d.disallowUnknownFields {
			d.saveError(errors.New("json: unknown field " + strconv.Quote(string(key))))
		}
		d.skipSpace()
		d.off++ // ':'
		d.skipSpace()
		if err := d.member(subv, destring); err != nil {
			return err
		}
		if v.Kind() == reflect.Map {
			if err := d.setMapIndex(v, item, key, keyStart, subv); err != nil {
				return err
			}
		}
		d.errStruct, d.fieldStack = outerStruct, d.fieldStack[:depth]
		if d.data[d.off] == ',' {
			d.off++
			d.skipSpace()
		}
	}
	d.off++
	return nil
}

// findField is the field named key: the exact name, else one equal under Unicode case folding.
func findField(fields []field, key []byte) *field {
	for i := range fields {
		if fields[i].name == string(key) {
			return &fields[i]
		}
	}
	for i := range fields {
		if strings.EqualFold(fields[i].name, string(key)) {
			return &fields[i]
		}
	}
	return nil
}

// member decodes an object member's value; a ",string" field's value is a string holding the
// literal.
func (d *decodeState) member(subv reflect.Value, destring bool) error {
	if !destring {
		return d.value(subv)
	}
	start := d.off
	c := d.data[d.off]
	if c == '{' || c == '[' || c != '"' && c != 'n' {
		d.skipValue()
		d.skipSpace()
		d.saveError(errors.New("json: invalid use of ,string struct tag, trying to unmarshal unquoted value into " + subv.Type().String()))
		return nil
	}
	d.off = d.literalEnd()
	item := d.data[start:d.off]
	var err error
	if c == 'n' {
		err = d.literalStore(item, subv, false)
	} else {
		s, _ := unquoteBytes(item)
		err = d.literalStore(s, subv, true)
	}
	d.skipSpace()
	return err
}

// setMapIndex stores a map member under its key, converted to the map's key type.
func (d *decodeState) setMapIndex(v reflect.Value, item, key []byte, start int, elem reflect.Value) error {
	kt := v.Type().Key()
	var kv reflect.Value
	switch {
	case reflect.PtrTo(kt).Implements(textUnmarshalerType):
		kv = reflect.New(kt)
		if err := d.literalStore(item, kv, true); err != nil {
			return err
		}
		kv = kv.Elem()
	case kt.Kind() == reflect.String:
		kv = reflect.ValueOf(string(key)).Convert(kt)
	default:
		s := string(key)
		switch kt.Kind() {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			n, err := strconv.ParseInt(s, 10, 64)
			if err != nil || reflect.Zero(kt).OverflowInt(n) {
				d.saveError(&UnmarshalTypeError{Value: "number " + s, Type: kt, Offset: int64(start + 1)})
				return nil
			}
			kv = reflect.ValueOf(n).Convert(kt)
		default:
			n, err := strconv.ParseUint(s, 10, 64)
			if err != nil || reflect.Zero(kt).OverflowUint(n) {
				d.saveError(&UnmarshalTypeError{Value: "number " + s, Type: kt, Offset: int64(start + 1)})
				return nil
			}
			kv = reflect.ValueOf(n).Convert(kt)
		}
	}
	v.SetMapIndex(kv, elem)
	return nil
}

// invalidString is the error for a ",string" field whose string holds no fitting literal.
func invalidString(item []byte, v reflect.Value) error {
	return errors.New("json: invalid use of ,string struct tag, trying to unmarshal " + strconv.Quote(string(item)) + " into " + v.Type().String())
}

// literalStore stores the string, number, true, false or null in item into v; fromQuoted says
// item came out of a ",string" field's string.
func (d *decodeState) literalStore(item []byte, v reflect.Value, fromQuoted bool) error {
	if len(item) == 0 {
		d.saveError(invalidString(item, v))
		return nil
	}
	isNull := item[0] == 'n'
	u, ut, pv := indirect(v, isNull)
	if u != nil {
		return u.UnmarshalJSON(item)
	}
	if ut != nil {
		if item[0] != '"' {
			if fromQuoted {
				d.saveError(invalidString(item, v))
				return nil
			}
			val := "number"
			switch item[0] {
			case 'n':
				val = "null"
			case 't', 'f':
				val = "bool"
			}
			d.saveError(&UnmarshalTypeError{Value: val, Type: v.Type(), Offset: int64(d.off)})
			return nil
		}
		s, ok := unquoteBytes(item)
		if !ok {
			return invalidString(item, v)
		}
		return ut.UnmarshalText(s)
	}
	v = pv
	switch c := item[0]; c {
	case 'n':
		if fromQuoted && string(item) != "null" {
			d.saveError(invalidString(item, v))
			break
		}
		switch v.Kind() {
		case reflect.Interface, reflect.Ptr, reflect.Map, reflect.Slice:
			v.Set(reflect.Zero(v.Type()))
		}
	case 't', 'f':
		if fromQuoted && string(item) != "true" && string(item) != "false" {
			d.saveError(invalidString(item, v))
			break
		}
		switch {
		case v.Kind() == reflect.Bool:
			v.SetBool(c == 't')
		case v.Kind() == reflect.Interface && v.NumMethod() == 0:
			v.Set(reflect.ValueOf(c == 't'))
		case fromQuoted:
			d.saveError(invalidString(item, v))
		default:
			d.saveError(&UnmarshalTypeError{Value: "bool", Type: v.Type(), Offset: int64(d.off)})
		}
	case '"':
		s, ok := unquoteBytes(item)
		if !ok {
			return invalidString(item, v)
		}
		switch {
		case v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Uint8:
			b := make([]byte, base64.StdEncoding.DecodedLen(len(s)))
			n, err := base64.StdEncoding.Decode(b, s)
			if err != nil {
				d.saveError(err)
				break
			}
			v.SetBytes(b[:n])
		case v.Kind() == reflect.String:
			v.SetString(string(s))
		case v.Kind() == reflect.Interface && v.NumMethod() == 0:
			v.Set(reflect.ValueOf(string(s)))
		default:
			d.saveError(&UnmarshalTypeError{Value: "string", Type: v.Type(), Offset: int64(d.off)})
		}
	default:
		if c != '-' && (c < '0' || c > '9') {
			return invalidString(item, v)
		}
		return d.number(string(item), v, fromQuoted)
	}
	return nil
}

// number stores the number literal s into v.
func (d *decodeState) number(s string, v reflect.Value, fromQuoted bool) error {
	mismatch := func(value string) {
		d.saveError(&UnmarshalTypeError{Value: value, Type: v.Type(), Offset: int64(d.off)})
	}
	switch v.Kind() {
	case reflect.Interface:
		n, err := d.convertNumber(s)
		if err != nil {
			d.saveError(err)
		} else if v.NumMethod() != 0 {
			mismatch("number")
		} else {
			v.Set(reflect.ValueOf(n))
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil || v.OverflowInt(n) {
			mismatch("number " + s)
			break
		}
		v.SetInt(n)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil || v.OverflowUint(n) {
			mismatch("number " + s)
			break
		}
		v.SetUint(n)
	case reflect.Float32, reflect.Float64:
		n, err := strconv.ParseFloat(s, v.Type().Bits())
		if err != nil || v.OverflowFloat(n) {
			mismatch("number " + s)
			break
		}
		v.SetFloat(n)
	default:
		if v.Kind() == reflect.String && v.Type() == numberType {
			v.SetString(s)
			if !isValidNumber(s) {
				return errors.New("json: invalid number literal, trying to unmarshal " + strconv.Quote(s) + " into Number")
			}
			break
		}
		if fromQuoted {
			return invalidString([]byte(s), v)
		}
		return d.mismatchedNumber(&UnmarshalTypeError{Value: "number", Type: v.Type(), Offset: int64(d.off)})
	}
	return nil
}

// convertNumber is a number for an interface{}: a float64, or a Number with UseNumber.
func (d *decodeState) convertNumber(s string) (interface{}, error) {
	if d.useNumber {
		return Number(s), nil
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return nil, &UnmarshalTypeError{Value: "number " + s, Type: reflect.TypeOf(0.0), Offset: int64(d.off)}
	}
	return f, nil
}

// valueInterface decodes the value at d.off as interface{} holds it: map[string]interface{},
// []interface{}, float64 (or Number), string, bool or nil.
func (d *decodeState) valueInterface() interface{} {
	var val interface{}
	switch d.data[d.off] {
	case '[':
		d.off++
		d.skipSpace()
		a := make([]interface{}, 0)
		for d.data[d.off] != ']' {
			a = append(a, d.valueInterface())
			if d.data[d.off] == ',' {
				d.off++
				d.skipSpace()
			}
		}
		d.off++
		val = a
	case '{':
		d.off++
		d.skipSpace()
		m := make(map[string]interface{})
		for d.data[d.off] != '}' {
			start := d.off
			d.off = d.literalEnd()
			key, _ := unquoteBytes(d.data[start:d.off])
			d.skipSpace()
			d.off++ // ':'
			d.skipSpace()
			m[string(key)] = d.valueInterface()
			if d.data[d.off] == ',' {
				d.off++
				d.skipSpace()
			}
		}
		d.off++
		val = m
	default:
		start := d.off
		d.off = d.literalEnd()
		item := d.data[start:d.off]
		switch item[0] {
		case 'n':
		case 't', 'f':
			val = item[0] == 't'
		case '"':
			s, _ := unquoteBytes(item)
			val = string(s)
		default:
			n, err := d.convertNumber(string(item))
			if err != nil {
				d.saveError(err)
			}
			val = n
		}
	}
	d.skipSpace()
	return val
}

// getu4 decodes the four hex digits after \u at s[0:6], or -1.
func getu4(s []byte) rune {
	if len(s) < 6 || s[0] != '\\' || s[1] != 'u' {
		return -1
	}
	r, err := strconv.ParseUint(string(s[2:6]), 16, 64)
	if err != nil {
		return -1
	}
	return rune(r)
}

// unquoteBytes is the contents of the JSON string literal s: escapes decoded (a surrogate pair
// to its rune, a lone surrogate to U+FFFD) and invalid UTF-8 replaced by U+FFFD.
func unquoteBytes(s []byte) ([]byte, bool) {
	if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
		return nil, false
	}
	s = s[1 : len(s)-1]
	b := make([]byte, 0, len(s)+8)
	for r := 0; r < len(s); {
		c := s[r]
		switch {
		case c == '\\':
			r++
			if r >= len(s) {
				return nil, false
			}
			switch s[r] {
			case '"', '\\', '/', '\'':
				b = append(b, s[r])
				r++
			case 'b', 'f', 'n', 'r', 't':
				b = append(b, "\b\f\n\r\t"[strings.IndexByte("bfnrt", s[r])])
				r++
			case 'u':
				r--
				rr := getu4(s[r:])
				if rr < 0 {
					return nil, false
				}
				r += 6
				if isSurrogate(rr) {
					rr1 := getu4(s[r:])
					if rr < 0xDC00 && 0xDC00 <= rr1 && rr1 < 0xE000 {
						r += 6
						b = appendRune(b, (rr-0xD800)<<10|(rr1-0xDC00)+0x10000)
						break
					}
					rr = unicode.ReplacementChar
				}
				b = appendRune(b, rr)
			default:
				return nil, false
			}
		case c == '"' || c < ' ':
			return nil, false
		case c < utf8.RuneSelf:
			b = append(b, c)
			r++
		default:
			rr, size := utf8.DecodeRune(s[r:])
			r += size
			b = appendRune(b, rr)
		}
	}
	return b, true
}

// isSurrogate: U+D800 to U+DFFF are UTF-16's halves of a pair, no runes themselves (Go's
// unicode/utf16, which gosim's library does not have).
func isSurrogate(r rune) bool { return 0xD800 <= r && r < 0xE000 }

func appendRune(b []byte, r rune) []byte {
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	return append(b, buf[:n]...)
}
