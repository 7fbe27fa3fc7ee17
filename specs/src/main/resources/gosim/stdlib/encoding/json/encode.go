package json

// Marshal: Go values to JSON by reflection (go1.7 encode.go). Go builds an encoder func per type
// and caches it in a map shared by all goroutines; here the value is walked directly, and the
// struct field lists are cached per call only, so no goroutine shares a map.

import (
	"bytes"
	"encoding"
	"encoding/base64"
	"errors"
	"math"
	"reflect"
	"sort"
	"strconv"
	"unicode/utf8"
)

// Marshal returns the JSON encoding of v (see encodeState.value for the rules of each kind).
func Marshal(v interface{}) ([]byte, error) {
	e := &encodeState{}
	if err := e.marshal(v, encOpts{escapeHTML: true}); err != nil {
		return nil, err
	}
	return e.Bytes(), nil
}

// MarshalIndent is Marshal followed by Indent.
func MarshalIndent(v interface{}, prefix, indent string) ([]byte, error) {
	b, err := Marshal(v)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := Indent(&buf, b, prefix, indent); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

var hex = "0123456789abcdef"

var (
	marshalerType     = reflect.TypeOf((*Marshaler)(nil)).Elem()
	textMarshalerType = reflect.TypeOf((*encoding.TextMarshaler)(nil)).Elem()
	numberType        = reflect.TypeOf(Number(""))
)

// An encodeState accumulates the output of one Marshal or Encode.
type encodeState struct {
	bytes.Buffer
	fields fieldCache
}

// jsonError carries an error up through encodeState's recursion to marshal's recover.
type jsonError struct{ error }

type encOpts struct {
	quoted     bool // the field's ",string" option
	escapeHTML bool
}

func (e *encodeState) marshal(v interface{}, opts encOpts) (err error) {
	defer func() {
		if r := recover(); r != nil {
			je, ok := r.(jsonError)
			if !ok {
				panic(r)
			}
			err = je.error
		}
	}()
	e.value(reflect.ValueOf(v), opts)
	return nil
}

func (e *encodeState) error(err error) { panic(jsonError{err}) }

// value writes v: a Marshaler's or TextMarshaler's own encoding first (through v's address when
// only the pointer has the method and v is addressable), then by kind.
func (e *encodeState) value(v reflect.Value, opts encOpts) {
	if !v.IsValid() {
		e.WriteString("null")
		return
	}
	if e.marshalerValue(v, opts) {
		return
	}
	switch v.Kind() {
	case reflect.Bool:
		e.quotedIf(opts.quoted, strconv.FormatBool(v.Bool()))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		e.quotedIf(opts.quoted, strconv.FormatInt(v.Int(), 10))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		e.quotedIf(opts.quoted, strconv.FormatUint(v.Uint(), 10))
	case reflect.Float32, reflect.Float64:
		e.float(v, opts)
	case reflect.String:
		e.stringValue(v, opts)
	case reflect.Interface, reflect.Ptr:
		if v.IsNil() {
			e.WriteString("null")
			return
		}
		e.value(v.Elem(), opts)
	case reflect.Struct:
		e.structValue(v, opts)
	case reflect.Map:
		e.mapValue(v, opts)
	case reflect.Slice:
		if isByteSlice(v.Type()) {
			e.byteSlice(v)
			return
		}
		if v.IsNil() {
			e.WriteString("null")
			return
		}
		e.array(v, opts)
	case reflect.Array:
		e.array(v, opts)
	default: // Chan, Func, Complex64, Complex128, UnsafePointer
		e.error(&UnsupportedTypeError{v.Type()})
	}
}

// marshalerValue encodes v by its MarshalJSON or MarshalText method if it has one (Go's
// newTypeEncoder order: Marshaler, then TextMarshaler; a method of *T counts for an addressable T).
func (e *encodeState) marshalerValue(v reflect.Value, opts encOpts) bool {
	t := v.Type()
	for _, text := range []bool{false, true} {
		it := marshalerType
		if text {
			it = textMarshalerType
		}
		if !t.Implements(it) {
			if t.Kind() == reflect.Ptr || !v.CanAddr() || !reflect.PtrTo(t).Implements(it) {
				continue
			}
			v = v.Addr()
		}
		if v.Kind() == reflect.Ptr && v.IsNil() || v.Kind() == reflect.Interface && v.IsNil() {
			e.WriteString("null")
			return true
		}
		if text {
			b, err := v.Interface().(encoding.TextMarshaler).MarshalText()
			if err != nil {
				e.error(&MarshalerError{v.Type(), err, "MarshalText"})
			}
			e.string(string(b), opts.escapeHTML)
			return true
		}
		b, err := v.Interface().(Marshaler).MarshalJSON()
		if err == nil {
			// the method's JSON is checked and compacted into the output
			err = compact(&e.Buffer, b, opts.escapeHTML)
		}
		if err != nil {
			e.error(&MarshalerError{v.Type(), err, "MarshalJSON"})
		}
		return true
	}
	return false
}

// quotedIf writes s, inside quotes for a ",string" field.
func (e *encodeState) quotedIf(quoted bool, s string) {
	if quoted {
		e.WriteByte('"')
	}
	e.WriteString(s)
	if quoted {
		e.WriteByte('"')
	}
}

// float writes a float64 or float32 the shortest way that reads back as the same value; NaN and
// the infinities are not JSON.
func (e *encodeState) float(v reflect.Value, opts encOpts) {
	bits := v.Type().Bits()
	f := v.Float()
	if math.IsInf(f, 0) || math.IsNaN(f) {
		e.error(&UnsupportedValueError{v, strconv.FormatFloat(f, 'g', -1, bits)})
	}
	e.quotedIf(opts.quoted, formatFloat(f, bits))
}

// formatFloat: go1.7 encode.go:528 is strconv's 'g' format (1e+21, 1e-07); Go 1.8 writes 'f'
// unless the exponent is < -6 or >= 21, then 'e' with a one-digit negative exponent (1e-7,
// go1.19 encode.go:574-599).
//
//gosim:before 1.8
func formatFloat(f float64, bits int) string {
	return strconv.FormatFloat(f, 'g', -1, bits)
}

//gosim:since 1.8
func formatFloat(f float64, bits int) string {
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 {
		if bits == 64 && (abs < 1e-6 || abs >= 1e21) || bits == 32 && (float32(abs) < 1e-6 || float32(abs) >= 1e21) {
			format = 'e'
		}
	}
	s := strconv.FormatFloat(f, format, -1, bits)
	if n := len(s); format == 'e' && n >= 4 && s[n-4] == 'e' && s[n-3] == '-' && s[n-2] == '0' {
		s = s[:n-2] + s[n-1:] // e-07 is e-7
	}
	return s
}

// stringValue writes a string; a Number is written as the literal it holds ("0" if empty), and
// a ",string" field's string is quoted twice.
func (e *encodeState) stringValue(v reflect.Value, opts encOpts) {
	if v.Type() == numberType {
		s := v.String()
		if s == "" {
			s = "0"
		}
		if !isValidNumber(s) {
			e.error(errors.New("json: invalid number literal " + strconv.Quote(s)))
		}
		e.quotedIf(opts.quoted, s)
		return
	}
	if opts.quoted {
		var inner encodeState
		inner.string(v.String(), opts.escapeHTML)
		e.string(inner.String(), false)
		return
	}
	e.string(v.String(), opts.escapeHTML)
}

// string writes s as a JSON string: quote, backslash and control bytes escaped (\n, \r, \t, else
// \u00XX), <, > and & too for HTML, invalid UTF-8 as \ufffd, U+2028 and U+2029 as escapes.
func (e *encodeState) string(s string, escapeHTML bool) {
	e.WriteByte('"')
	start := 0
	for i := 0; i < len(s); {
		if b := s[i]; b < utf8.RuneSelf {
			if b >= 0x20 && b != '"' && b != '\\' && (!escapeHTML || b != '<' && b != '>' && b != '&') {
				i++
				continue
			}
			e.WriteString(s[start:i])
			switch b {
			case '"', '\\':
				e.WriteByte('\\')
				e.WriteByte(b)
			case '\n':
				e.WriteString(`\n`)
			case '\r':
				e.WriteString(`\r`)
			case '\t':
				e.WriteString(`\t`)
			default:
				e.WriteString(`\u00`)
				e.WriteByte(hex[b>>4])
				e.WriteByte(hex[b&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case c == utf8.RuneError && size == 1:
			e.WriteString(s[start:i])
			e.WriteString(`\ufffd`)
			start = i + size
		case c == '\u2028' || c == '\u2029':
			e.WriteString(s[start:i])
			e.WriteString(`\u202`)
			e.WriteByte(hex[c&0xF])
			start = i + size
		}
		i += size
	}
	e.WriteString(s[start:])
	e.WriteByte('"')
}

// isByteSlice: a []byte is base64 unless its element type's pointer has MarshalJSON or
// MarshalText (go1.7 encode.go:700-707).
func isByteSlice(t reflect.Type) bool {
	if t.Elem().Kind() != reflect.Uint8 {
		return false
	}
	p := reflect.PtrTo(t.Elem())
	return !p.Implements(marshalerType) && !p.Implements(textMarshalerType)
}

func (e *encodeState) byteSlice(v reflect.Value) {
	if v.IsNil() {
		e.WriteString("null")
		return
	}
	e.WriteByte('"')
	e.WriteString(base64.StdEncoding.EncodeToString(v.Bytes()))
	e.WriteByte('"')
}

func (e *encodeState) array(v reflect.Value, opts encOpts) {
	e.WriteByte('[')
	for i := 0; i < v.Len(); i++ {
		if i > 0 {
			e.WriteByte(',')
		}
		e.value(v.Index(i), opts)
	}
	e.WriteByte(']')
}

// mapValue writes a map's entries sorted by their keys' strings. Keys must be strings, integers
// or TextMarshalers (the check is the map type's, so a nil map of another key is an error too).
func (e *encodeState) mapValue(v reflect.Value, opts encOpts) {
	kt := v.Type().Key()
	switch kt.Kind() {
	case reflect.String, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
	default:
		if !kt.Implements(textMarshalerType) {
			e.error(&UnsupportedTypeError{v.Type()})
		}
	}
	if v.IsNil() {
		e.WriteString("null")
		return
	}
	keys := v.MapKeys()
	names := make([]string, len(keys))
	for i, k := range keys {
		name, err := keyName(k)
		if err != nil {
			e.error(keyError(v.Type(), k.Type(), err))
		}
		names[i] = name
	}
	sort.Sort(&byName{names, keys})
	e.WriteByte('{')
	for i, k := range keys {
		if i > 0 {
			e.WriteByte(',')
		}
		e.string(names[i], opts.escapeHTML)
		e.WriteByte(':')
		e.value(v.MapIndex(k), opts)
	}
	e.WriteByte('}')
}

// keyName is a map key as an object key (go1.7 encode.go:816-835: a string kind first, then
// MarshalText, then the integer).
func keyName(k reflect.Value) (string, error) {
	if k.Kind() == reflect.String {
		return k.String(), nil
	}
	if tm, ok := k.Interface().(encoding.TextMarshaler); ok {
		b, err := tm.MarshalText()
		return string(b), err
	}
	switch k.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(k.Int(), 10), nil
	}
	return strconv.FormatUint(k.Uint(), 10), nil
}

// keyError is the error of a map key's failed MarshalText: go1.7 wraps it in a MarshalerError
// of the key's type (encode.go:632-636, where the loop's v is the key), go1.19 quotes the map's
// type and the error (encode.go:801-803). Releases between were not checked.
//
//gosim:before 1.19
func keyError(t, key reflect.Type, err error) error {
	return &MarshalerError{key, err, "MarshalText"}
}

//gosim:since 1.19
func keyError(t, key reflect.Type, err error) error {
	return errors.New("json: encoding error for type " + strconv.Quote(t.String()) + ": " + strconv.Quote(err.Error()))
}

// byName sorts map keys by their names.
type byName struct {
	names []string
	keys  []reflect.Value
}

func (b *byName) Len() int           { return len(b.names) }
func (b *byName) Less(i, j int) bool { return b.names[i] < b.names[j] }
func (b *byName) Swap(i, j int) {
	b.names[i], b.names[j] = b.names[j], b.names[i]
	b.keys[i], b.keys[j] = b.keys[j], b.keys[i]
}

// structValue writes the fields typeFields chose, in field order; a field behind a nil embedded
// pointer is left out, as is an empty omitempty one.
func (e *encodeState) structValue(v reflect.Value, opts encOpts) {
	e.WriteByte('{')
	first := true
	for _, f := range e.fields.get(v.Type()) {
		fv, ok := embeddedField(v, f.index)
		if !ok || f.omitEmpty && isEmptyValue(fv) {
			continue
		}
		if !first {
			e.WriteByte(',')
		}
		first = false
		e.string(f.name, opts.escapeHTML)
		e.WriteByte(':')
		e.value(fv, encOpts{quoted: f.quoted, escapeHTML: opts.escapeHTML})
	}
	e.WriteByte('}')
}

// embeddedField follows index through embedded structs; a nil embedded pointer ends the walk.
func embeddedField(v reflect.Value, index []int) (reflect.Value, bool) {
	for _, i := range index {
		if v.Kind() == reflect.Ptr {
			if v.IsNil() {
				return reflect.Value{}, false
			}
			v = v.Elem()
		}
		v = v.Field(i)
	}
	return v, true
}

func isEmptyValue(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool:
		return !v.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() == 0
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return v.Uint() == 0
	case reflect.Float32, reflect.Float64:
		return v.Float() == 0
	case reflect.Interface, reflect.Ptr:
		return v.IsNil()
	}
	return false
}

// A field is one JSON object member of a struct type: its key, where it is (an index path
// through embedded structs) and its tag's options.
type field struct {
	name      string
	tagged    bool // the name came from a tag
	index     []int
	typ       reflect.Type
	omitEmpty bool
	quoted    bool
}

// typeFields lists the fields JSON sees in struct type t (go1.7 encode.go:1065-1194): exported
// fields, and those of embedded structs breadth first, a shallower field hiding deeper ones of
// the same name; at the same depth a tagged field wins, and two untagged ones hide each other.
func typeFields(t reflect.Type) []field {
	var fields []field
	next := []field{{typ: t}}
	count := map[reflect.Type]int{}
	visited := map[reflect.Type]bool{}
	for len(next) > 0 {
		current := next
		next = nil
		nextCount := map[reflect.Type]int{}
		for _, f := range current {
			if visited[f.typ] {
				continue
			}
			visited[f.typ] = true
			for i := 0; i < f.typ.NumField(); i++ {
				sf := f.typ.Field(i)
				if !visibleField(sf) {
					continue
				}
				tag := sf.Tag.Get("json")
				if tag == "-" {
					continue
				}
				name, opts := parseTag(tag)
				if !isValidTag(name) {
					name = ""
				}
				index := make([]int, len(f.index)+1)
				copy(index, f.index)
				index[len(f.index)] = i
				ft := sf.Type
				if ft.Name() == "" && ft.Kind() == reflect.Ptr {
					ft = ft.Elem()
				}
				if name != "" || !sf.Anonymous || ft.Kind() != reflect.Struct {
					quoted := false
					if opts.Contains("string") {
						switch ft.Kind() {
						case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
							reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
							reflect.Float32, reflect.Float64, reflect.String:
							quoted = true
						}
					}
					fl := field{name: name, tagged: name != "", index: index, typ: ft,
						omitEmpty: opts.Contains("omitempty"), quoted: quoted}
					if fl.name == "" {
						fl.name = sf.Name
					}
					fields = append(fields, fl)
					if count[f.typ] > 1 {
						// the struct was embedded twice at this depth: a second copy makes its
						// fields annihilate each other below
						fields = append(fields, fl)
					}
					continue
				}
				// an embedded struct without a name: its fields are looked at one level down
				nextCount[ft]++
				if nextCount[ft] == 1 {
					next = append(next, field{name: ft.Name(), index: index, typ: ft})
				}
			}
		}
		count = nextCount
	}
	sort.Sort(byPrecedence(fields))
	out := fields[:0]
	for i := 0; i < len(fields); {
		j := i + 1
		for j < len(fields) && fields[j].name == fields[i].name {
			j++
		}
		// fields[i] is the shallowest, tagged first; a tie at its depth and taggedness hides all
		if j-i == 1 || len(fields[i].index) != len(fields[i+1].index) || fields[i].tagged != fields[i+1].tagged {
			out = append(out, fields[i])
		}
		i = j
	}
	sort.Sort(byIndex(out))
	return out
}

// visibleField: exported fields, and embedded ones, which may lead to exported fields.
// Go 1.10 skips an unexported embedded field of a non-struct type (go1.19 encode.go:1243-1256);
// go1.7 (encode.go:1093) keeps it under its type's name.
//
//gosim:before 1.10
func visibleField(sf reflect.StructField) bool {
	return sf.PkgPath == "" || sf.Anonymous
}

//gosim:since 1.10
func visibleField(sf reflect.StructField) bool {
	if !sf.Anonymous {
		return sf.PkgPath == ""
	}
	t := sf.Type
	if t.Kind() == reflect.Ptr {
		t = t.Elem()
	}
	return sf.PkgPath == "" || t.Kind() == reflect.Struct
}

// fieldCache keeps typeFields' answers for one Marshal or Unmarshal (Go's cache is shared by all
// goroutines, behind a lock; one per call needs none).
type fieldCache map[reflect.Type][]field

func (c *fieldCache) get(t reflect.Type) []field {
	if fs, ok := (*c)[t]; ok {
		return fs
	}
	if *c == nil {
		*c = fieldCache{}
	}
	fs := typeFields(t)
	(*c)[t] = fs
	return fs
}

// byPrecedence orders fields by name, then depth, then tagged first, then index sequence.
type byPrecedence []field

func (x byPrecedence) Len() int      { return len(x) }
func (x byPrecedence) Swap(i, j int) { x[i], x[j] = x[j], x[i] }
func (x byPrecedence) Less(i, j int) bool {
	if x[i].name != x[j].name {
		return x[i].name < x[j].name
	}
	if len(x[i].index) != len(x[j].index) {
		return len(x[i].index) < len(x[j].index)
	}
	if x[i].tagged != x[j].tagged {
		return x[i].tagged
	}
	return byIndex(x).Less(i, j)
}

// byIndex orders fields by index sequence (the struct's field order).
type byIndex []field

func (x byIndex) Len() int      { return len(x) }
func (x byIndex) Swap(i, j int) { x[i], x[j] = x[j], x[i] }
func (x byIndex) Less(i, j int) bool {
	for k, xik := range x[i].index {
		if k >= len(x[j].index) {
			return false
		}
		if xik != x[j].index[k] {
			return xik < x[j].index[k]
		}
	}
	return len(x[i].index) < len(x[j].index)
}

// isValidNumber reports whether s is a JSON number literal.
func isValidNumber(s string) bool {
	if s == "" {
		return false
	}
	if s[0] == '-' {
		s = s[1:]
		if s == "" {
			return false
		}
	}
	switch {
	case s[0] == '0':
		s = s[1:]
	case '1' <= s[0] && s[0] <= '9':
		s = skipDigits(s[1:])
	default:
		return false
	}
	if len(s) >= 2 && s[0] == '.' && isDigit(s[1]) {
		s = skipDigits(s[2:])
	}
	if len(s) >= 2 && (s[0] == 'e' || s[0] == 'E') {
		s = s[1:]
		if s[0] == '+' || s[0] == '-' {
			s = s[1:]
		}
		if s == "" || !isDigit(s[0]) {
			return false
		}
		s = skipDigits(s)
	}
	return s == ""
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func skipDigits(s string) string {
	for s != "" && isDigit(s[0]) {
		s = s[1:]
	}
	return s
}
