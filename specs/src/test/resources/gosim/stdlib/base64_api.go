// encoding/base64 against real Go 1.19 (StdlibGoldenTest): the four encodings both ways, padding,
// newlines in the input and the offsets of CorruptInputError.
package main

import (
	"encoding/base64"
	"fmt"
)

func main() {
	inputs := []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xff\xfe\xfd\x00?>"}
	encs := []struct {
		name string
		enc  *base64.Encoding
	}{{"std", base64.StdEncoding}, {"url", base64.URLEncoding}, {"rawstd", base64.RawStdEncoding}, {"rawurl", base64.RawURLEncoding}}
	for _, e := range encs {
		for _, in := range inputs {
			s := e.enc.EncodeToString([]byte(in))
			back, err := e.enc.DecodeString(s)
			fmt.Printf("%s %q -> %q (len %d of %d) -> %q %v\n", e.name, in, s, len(s), e.enc.EncodedLen(len(in)), back, err)
		}
		fmt.Println(e.name, e.enc.DecodedLen(4), e.enc.DecodedLen(7))
	}
	for _, bad := range []string{"Zm9v\nYmFy", "Zm9v\r\nYg==", "Zm9vYg=", "Zm9vYg", "Zm9v!mFy", "Zg==Zg==", "Z===", "=Zm9", "Zm9vY", "Zm\n9v\n", "Zm9=\n", "Zg=\n=", "Zg==\nx"} {
		b, err := base64.StdEncoding.DecodeString(bad)
		fmt.Printf("std decode %q: %q %v\n", bad, b, err)
		b, err = base64.RawStdEncoding.DecodeString(bad)
		fmt.Printf("raw decode %q: %q %v\n", bad, b, err)
	}
	custom := base64.NewEncoding("ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlkjihgfedcba9876543210+/").WithPadding('*')
	s := custom.EncodeToString([]byte("custom!"))
	b, err := custom.DecodeString(s)
	fmt.Println(s, string(b), err)
	dst := make([]byte, 8)
	n, err := base64.StdEncoding.Decode(dst, []byte("aGk="))
	fmt.Println(n, string(dst[:n]), err)
	buf := make([]byte, base64.StdEncoding.EncodedLen(2))
	base64.StdEncoding.Encode(buf, []byte("hi"))
	fmt.Println(string(buf))
	fmt.Println(base64.CorruptInputError(12).Error(), base64.StdPadding, base64.NoPadding)
}
