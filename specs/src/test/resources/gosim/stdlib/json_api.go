// encoding/json's API against real Go 1.19 (StdlibGoldenTest): Marshal's rules for each kind,
// struct tags and embedding, the Marshaler interfaces, Unmarshal's and the Decoder's errors.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"reflect"
	"strings"
)

type Point struct {
	X, Y int
}

type Named struct {
	A       string  `json:"alpha"`
	B       int     `json:"b,omitempty"`
	C       bool    `json:",omitempty"`
	D       float64 `json:"d,string"`
	E       *int    `json:"e,omitempty"`
	F       string  `json:"-"`
	G       string  `json:"-,"`
	H       []int   `json:"h,omitempty"`
	I       string  `json:"i\"bad"`
	J       int64   `json:"j,string"`
	K       string  `json:"k,string"`
	private int
}

type base struct {
	ID   int `json:"id"`
	Kind string
}

type Base2 struct {
	Kind  string
	Extra string
}

type Derived struct {
	base
	*Base2
	Name string
}

type Conflict struct {
	A1
	A2
}

type A1 struct{ Same, One int }
type A2 struct{ Same, Two int }

type Tagged struct {
	A1
	Win int `json:"Same"`
}

type Temp float64

func (t Temp) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`{"celsius": %.1f}`, float64(t))), nil
}

type Level int

func (l *Level) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	switch s {
	case "low":
		*l = 1
	case "high":
		*l = 2
	default:
		return errors.New("bad level " + s)
	}
	return nil
}

type Color struct{ R, G, B uint8 }

func (c Color) MarshalText() ([]byte, error) {
	return []byte(fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B)), nil
}

func (c *Color) UnmarshalText(b []byte) error {
	_, err := fmt.Sscanf(string(b), "#%02x%02x%02x", &c.R, &c.G, &c.B)
	return err
}

type PtrMarsh struct{ N int }

func (p *PtrMarsh) MarshalJSON() ([]byte, error) { return []byte(`"ptr"`), nil }

type Failing struct{}

func (Failing) MarshalJSON() ([]byte, error) { return nil, errors.New("no way") }

type BadJSON struct{}

func (BadJSON) MarshalJSON() ([]byte, error) { return []byte(`{bad`), nil }

func show(label string, v interface{}) {
	b, err := json.Marshal(v)
	if err != nil {
		fmt.Printf("%s: error %T %v\n", label, err, err)
		return
	}
	fmt.Printf("%s: %s\n", label, b)
}

func decode(label, src string, v interface{}) {
	err := json.Unmarshal([]byte(src), v)
	switch e := err.(type) {
	case nil:
		fmt.Printf("%s: %s\n", label, deref(v))
	case *json.SyntaxError:
		fmt.Printf("%s: syntax error at %d: %v\n", label, e.Offset, e)
	case *json.UnmarshalTypeError:
		fmt.Printf("%s: type error at %d (%s %s %q %q): %v; got %s\n", label, e.Offset, e.Value, e.Type, e.Struct, e.Field, e, deref(v))
	default:
		fmt.Printf("%s: %T %v; got %s\n", label, err, err, deref(v))
	}
}

// deref is what v points to, printed with its pointers' addresses (which differ from run to run)
// left out.
func deref(v interface{}) string {
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Ptr && !rv.IsNil() {
		v = rv.Elem().Interface()
	}
	s := fmt.Sprintf("%+v", v)
	for {
		i := strings.Index(s, "0xc")
		if i < 0 {
			return s
		}
		j := i + 2
		for j < len(s) && strings.IndexByte("0123456789abcdef", s[j]) >= 0 {
			j++
		}
		s = s[:i] + "PTR" + s[j:]
	}
}

func main() {
	// kinds
	show("nil", nil)
	show("bool", true)
	show("ints", []interface{}{int8(-8), uint16(16), int64(math.MinInt64), uint64(math.MaxUint64)})
	show("floats", []float64{0, -0.0, 1, 1.5, 1e20, 1e21, 123456789, 1e-6, 1e-7, 0.000001234, math.MaxFloat64, math.SmallestNonzeroFloat64})
	show("float32", []float32{3.14, 1e21, 1e-7, 16777216})
	show("strings", []string{"", "plain", "q\"b\\s/", "\n\r\t\b\f\x00\x1f", "<a&b>", "é☃😀", "\u2028\u2029", "bad\xffutf8\xc3"})
	show("bytes", []byte("any + old & bytes"))
	show("empty bytes", []byte{})
	show("nil bytes", []byte(nil))
	show("array", [3]int{1, 2, 3})
	show("nil slice", []int(nil))
	show("empty slice", []string{})
	show("map", map[string]int{"b": 2, "a": 1, "c": 3, "": 0})
	show("int keys", map[int]string{10: "ten", -1: "minus", 2: "two"})
	show("uint keys", map[uint8]bool{200: true, 3: false})
	show("text keys", map[Color]int{{1, 2, 3}: 1, {0, 0, 0}: 0})
	show("nil map", map[string]int(nil))
	show("nested", map[string]interface{}{"list": []interface{}{1, "two", 3.5, nil, false}, "obj": map[string]int{"x": 1}})
	show("pointer", &Point{1, 2})
	show("nil pointer", (*Point)(nil))
	n := 7
	show("named", Named{A: "a", D: 2.5, E: &n, F: "gone", G: "dash", I: "invalid tag", J: 64, K: "str"})
	show("named zero", Named{})
	show("derived", Derived{base: base{ID: 1, Kind: "base"}, Base2: &Base2{Kind: "b2", Extra: "x"}, Name: "d"})
	show("derived nil", Derived{Name: "d"})
	show("conflict", Conflict{A1{1, 2}, A2{3, 4}})
	show("tagged", Tagged{A1{1, 2}, 9})
	show("marshaler", []Temp{21.5, -3})
	show("text marshaler", Color{255, 128, 0})
	show("ptr marshaler value", PtrMarsh{1})
	show("ptr marshaler pointer", &PtrMarsh{1})
	show("ptr marshaler in slice", []PtrMarsh{{1}})
	show("raw", struct {
		R json.RawMessage
		P *json.RawMessage
	}{json.RawMessage(`{"x": [1, 2]}`), nil})
	show("number", []json.Number{"12", "1.5e3", ""})
	show("bad number", json.Number("1x"))
	show("chan", make(chan int))
	show("func", func() {})
	show("complex", complex(1, 2))
	show("bad map", map[bool]int{true: 1})
	show("nan", math.NaN())
	show("inf", math.Inf(-1))
	show("failing", Failing{})
	show("bad json", BadJSON{})
	show("interface field", struct{ V interface{} }{Point{3, 4}})
	b, _ := json.MarshalIndent(map[string]interface{}{"a": []int{1, 2}, "b": map[string]int{}, "c": []int{}, "d": Point{1, 2}}, "# ", "\t")
	fmt.Printf("indent:\n%s\n", b)

	// Unmarshal
	var p Point
	decode("point", `{"X": 1, "y": 2, "z": 3}`, &p)
	var named Named
	named.E = new(int)
	decode("named", `{"alpha": "A", "b": 3, "C": true, "d": "4.25", "e": 5, "F": "no", "h": [1, 2], "j": "-9", "k": "\"ks\""}`, &named)
	fmt.Println(*named.E)
	named.E = nil
	var ifc interface{}
	decode("interface", ` [1, 2.5e3, "s", true, null, {"k": {"n": [ ]}}] `, &ifc)
	var m map[string]interface{}
	decode("map", `{"a": 1, "b": [true]}`, &m)
	var im map[int]string
	decode("int map", `{"1": "one", "-2": "minus two"}`, &im)
	var cm map[Color]int
	decode("text map", `{"#010203": 1}`, &cm)
	var arr [2]int
	decode("array", `[1, 2, 3]`, &arr)
	arr = [2]int{5, 6}
	decode("short array", `[1]`, &arr)
	var sl []int
	decode("empty slice", `[]`, &sl)
	fmt.Println(sl == nil, len(sl))
	decode("null slice", `null`, &sl)
	fmt.Println(sl == nil)
	var levels []Level
	decode("unmarshaler", `["low", "high"]`, &levels)
	decode("unmarshaler error", `["low", "mid"]`, &levels)
	var colors []Color
	decode("text unmarshaler", `["#ff0000", "#00ff00"]`, &colors)
	var bs []byte
	decode("base64", `"aGVsbG8gd29ybGQ="`, &bs)
	fmt.Println(string(bs))
	decode("bad base64", `"aGVsbG8!"`, &bs)
	var raw json.RawMessage
	decode("raw", ` {"a" : [1, 2]} `, &raw)
	fmt.Println(string(raw))
	var d Derived
	decode("derived", `{"id": 5, "Kind": "k", "Extra": "e", "Name": "n"}`, &d)
	fmt.Println(d.ID, d.Base2 != nil && d.Base2.Extra == "e")
	d.Base2 = nil
	var str string
	decode("unicode", `"\u00e9\ud83d\ude00\ud800x\u2028 \/\b\f\n\r\t"`, &str)
	fmt.Printf("%q\n", str)
	decode("invalid utf8", "\"a\xffb\"", &str)
	fmt.Printf("%q\n", str)
	var f32 float32
	decode("float32 overflow", `1e40`, &f32)
	var i8 int8
	decode("int8 overflow", `300`, &i8)
	decode("float into int", `1.5`, &i8)
	var u uint
	decode("negative uint", `-1`, &u)
	decode("type error", `{"X": "one", "Y": 2}`, &p)
	decode("nested type error", `{"Base2": null, "Name": 5}`, &d)
	var deep struct{ Outer struct{ Inner []Point } }
	decode("deep type error", `{"Outer": {"Inner": [{"X": true}]}}`, &deep)
	decode("string into int field", `{"b": "3"}`, &named)
	decode("bad string option", `{"d": 4.25}`, &named)
	decode("bad string option 2", `{"d": "x"}`, &named)
	decode("object into slice", `{"a": 1}`, &sl)
	decode("array into struct", `[1]`, &p)
	decode("object into int", `{}`, &i8)
	decode("non-pointer", `1`, p)
	decode("nil pointer", `1`, (*Point)(nil))
	decode("nil", `1`, nil)
	for _, src := range []string{``, ` `, `{`, `[1,]`, `{"a":1,}`, `{"a" 1}`, `{1: 2}`, `[1 2]`, `tru`, `nulx`, `falsy`, `"abc`, "\"a\tb\"", `"\x"`, `"\u12G4"`, `-`, `01`, `1.`, `1.e5`, `1e`, `1e+`, `+1`, `.5`, `[1] x`, `{"a": 1}}`, `'a'`, "\xff", `[` + strings.Repeat(" ", 5) + `}`} {
		decode(fmt.Sprintf("syntax %q", src), src, &ifc)
	}
	for _, src := range []string{`{}`, ` [1, "a", {"b": null}] `, `1 2`, `{"a":}`, ``} {
		fmt.Printf("valid %q: %v\n", src, json.Valid([]byte(src)))
	}

	// Compact, Indent, HTMLEscape
	var buf bytes.Buffer
	err := json.Compact(&buf, []byte(" { \"a\" : [ 1 , 2 ] , \"b\" : \"x y\\u2028<\" } \n"))
	fmt.Printf("compact: %s %v\n", buf.String(), err)
	buf.Reset()
	buf.WriteString("kept")
	err = json.Compact(&buf, []byte(`{"a": [1, }`))
	fmt.Printf("compact error: %s %v %d\n", buf.String(), err, err.(*json.SyntaxError).Offset)
	buf.Reset()
	err = json.Indent(&buf, []byte(` {"a":[1,2,{}],"b":{"c":[]},"d":"e"} `+"\n"), ">", "..")
	fmt.Printf("indent: %q %v\n", buf.String(), err)
	buf.Reset()
	err = json.Indent(&buf, []byte(`[1, 2`), "", " ")
	fmt.Printf("indent error: %q %v %d\n", buf.String(), err, err.(*json.SyntaxError).Offset)
	buf.Reset()
	json.HTMLEscape(&buf, []byte(`{"h": "<b>&amp;</b>`+"\u2028"+`"}`))
	fmt.Printf("html: %s\n", buf.String())

	// Encoder
	enc := json.NewEncoder(os.Stdout)
	enc.Encode(map[string]string{"html": "<&>"})
	enc.SetEscapeHTML(false)
	enc.Encode(map[string]string{"html": "<&>"})
	enc.SetIndent("", "  ")
	enc.Encode([]interface{}{1, map[string]int{"a": 1}})
	fmt.Println(enc.Encode(math.Inf(1)))

	// Decoder
	dec := json.NewDecoder(strings.NewReader(`{"X": 1} {"X": 2, "Y": 3}
	[4] 5.5 "six" tru`))
	for {
		var v interface{}
		err := dec.Decode(&v)
		if err != nil {
			fmt.Printf("decode: %v (%T)\n", err, err)
			break
		}
		fmt.Printf("decode: %v\n", v)
	}
	fmt.Println(dec.Decode(&ifc))
	dec = json.NewDecoder(strings.NewReader(`{"X": 1} rest`))
	dec.Decode(&p)
	rest := new(bytes.Buffer)
	rest.ReadFrom(dec.Buffered())
	fmt.Printf("buffered: %q\n", rest.String())
	dec = json.NewDecoder(strings.NewReader(`[1, 2.5, 12345678901234567890]`))
	dec.UseNumber()
	decErr := dec.Decode(&ifc)
	fmt.Printf("use number: %v %T %v\n", ifc, ifc.([]interface{})[2], decErr)
	dec = json.NewDecoder(strings.NewReader(`{"X": 1, "Z": 2}`))
	dec.DisallowUnknownFields()
	fmt.Println("disallow:", dec.Decode(&p), p)
	dec = json.NewDecoder(strings.NewReader(`{"a": 1`))
	fmt.Println("unexpected eof:", dec.Decode(&ifc))
	dec = json.NewDecoder(strings.NewReader(`   `))
	fmt.Println("eof:", dec.Decode(&ifc))
	dec = json.NewDecoder(strings.NewReader(`[{"a": 1}, 2]`))
	dec.Token()
	for dec.More() {
		var v interface{}
		fmt.Println("more:", dec.Decode(&v), v, dec.InputOffset())
	}
	dec.Token()
	_, err = dec.Token()
	fmt.Println("token end:", err)

	// Token
	dec = json.NewDecoder(strings.NewReader(` {"a": [1, "b", {"c": null}], "d": true, "e": {}} `))
	for {
		t, err := dec.Token()
		if err != nil {
			fmt.Println("token:", err)
			break
		}
		fmt.Printf("token: %T %v more=%v\n", t, t, dec.More())
	}
	for _, src := range []string{`[1 2]`, `{"a" 1}`, `{"a": 1 "b"}`, `{1}`, `]`, `[1,]`} {
		dec = json.NewDecoder(strings.NewReader(src))
		var toks []string
		for {
			t, err := dec.Token()
			if err != nil {
				se, ok := err.(*json.SyntaxError)
				off := int64(-1)
				if ok {
					off = se.Offset
				}
				fmt.Printf("tokens %q: %v, then %v at %d\n", src, toks, err, off)
				break
			}
			toks = append(toks, fmt.Sprint(t))
		}
	}
	dec = json.NewDecoder(strings.NewReader(`{"a": 1}`))
	dec.Token()
	dec.Token()
	fmt.Println("decode after key:", dec.Decode(&ifc), ifc)
	dec = json.NewDecoder(strings.NewReader(`{"a": 1}`))
	dec.Token()
	fmt.Println("decode at key:", dec.Decode(&ifc))

	// errors
	var se *json.SyntaxError
	fmt.Println(errors.As(json.Unmarshal([]byte(`[`), &ifc), &se), se.Offset)
	_, err = json.Marshal(Failing{})
	fmt.Println(errors.Unwrap(err))
	fmt.Println((&json.UnmarshalTypeError{Value: "x", Type: nil}).Value, (&json.InvalidUTF8Error{S: "\xff"}).Error())
}
