package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * encoding/json (and base64) where Go 1.7 and Go 1.19 differ: one program touches each gated
 * difference. Under {@code -go 1.19} gosim must print what real Go prints for it, run at test time
 * (go1.19.8); in the default dialect, what go1.7's sources say, each line's expectation derived
 * from the lines cited beside it (go1.7 src/encoding/json, src/encoding/base64, src/strconv).
 * StdlibGoldenTest's json_api.go and base64_api.go cover the rest of the API against real Go.
 */
class JsonDialectTest {
    @TempDir
    Path dir;

    static final String PROGRAM = """
            package main
            
            import (
            \t"bytes"
            \t"encoding/base64"
            \t"encoding/json"
            \t"errors"
            \t"fmt"
            \t"strings"
            )
            
            type Wrap struct {
            \tRaw json.RawMessage
            }
            
            type myInt int
            
            type Emb struct {
            \tmyInt
            \tN int
            }
            
            type Key struct{ S string }
            
            func (k Key) MarshalText() ([]byte, error) { return nil, errors.New("no text") }
            
            type Pair struct {
            \tA string
            \tB int
            \tC string
            }
            
            type Tag struct {
            \tV int `json:"a;b"`
            }
            
            func main() {
            \tfor _, f := range []float64{1e20, 1e21, 1e-6, 1e-7, 123e-10, -5e25} {
            \t\tb, _ := json.Marshal(f)
            \t\tfmt.Printf("%s ", b)
            \t}
            \tb32, _ := json.Marshal([]float32{1e21, 1e-7})
            \tfmt.Println(string(b32))
            
            \tvar p struct{ Inner struct{ N int } }
            \tfmt.Println(json.Unmarshal([]byte(`{"Inner": {"N": "x"}}`), &p))
            
            \tb, _ := json.Marshal(Wrap{json.RawMessage(`[1]`)})
            \tfmt.Println(string(b))
            \tb, _ = json.Marshal(&Wrap{json.RawMessage(`[1]`)})
            \tfmt.Println(string(b))
            
            \tb, _ = json.Marshal(Emb{3, 4})
            \tfmt.Println(string(b))
            
            \t_, err := json.Marshal(map[Key]int{{"k"}: 1})
            \tfmt.Println(err)
            \t_, err = json.Marshal(Key{"x"})
            \tfmt.Println(err)
            
            \tvar pair Pair
            \terr = json.Unmarshal([]byte(`{"A": 5, "B": 2, "C": "c"}`), &pair)
            \tfmt.Println(err, pair.B, pair.C)
            \terr = json.Unmarshal([]byte(`{"B": "x", "A": 5, "C": "c"}`), &pair)
            \tfmt.Println(err)
            
            \tb, _ = json.Marshal(Tag{1})
            \tfmt.Println(string(b))
            
            \tvar buf bytes.Buffer
            \tjson.Compact(&buf, []byte("\\"\\u2028\\""))
            \tfmt.Printf("%q\\n", buf.String())
            
            \tdec := json.NewDecoder(strings.NewReader(`[1 2]`))
            \tdec.Token()
            \tdec.Token()
            \t_, err = dec.Token()
            \tfmt.Printf("%q %d\\n", err, err.(*json.SyntaxError).Offset)
            \tdec = json.NewDecoder(strings.NewReader(`{1}`))
            \tdec.Token()
            \t_, err = dec.Token()
            \tfmt.Printf("%q\\n", err)
            
            \t_, err = base64.RawStdEncoding.DecodeString("Zm9=\\n")
            \tfmt.Println(err)

            \tvar deep interface{}
            \tfmt.Println(json.Unmarshal([]byte(strings.Repeat("[", 10001)+strings.Repeat("]", 10001)), &deep))
            }
            """;

    /** What real Go 1.19.8 printed (go run, 2026-12-04); also checked against go at test time. */
    static final String GO119 = String.join("\n",
            "100000000000000000000 1e+21 0.000001 1e-7 1.23e-8 -5e+25 [1e+21,1e-7]",
            "json: cannot unmarshal string into Go struct field .Inner.N of type int",
            "{\"Raw\":[1]}",
            "{\"Raw\":[1]}",
            "{\"N\":4}",
            "json: encoding error for type \"map[main.Key]int\": \"no text\"",
            "json: error calling MarshalText for type main.Key: no text",
            "json: cannot unmarshal number into Go struct field Pair.A of type string 2 c",
            "json: cannot unmarshal string into Go struct field Pair.B of type int",
            "{\"a;b\":1}",
            "\"\\\"\\u2028\\\"\"",
            "\"invalid character '2' after array element\" 3",
            "\"invalid character '1'\"",
            "illegal base64 data at input byte 3",
            "invalid character '[' exceeded max depth",
            "");

    @Test
    void go119IsRealGos() throws IOException {
        RunOutput sim = GosimRun.run(dir, "dialect.go", PROGRAM, "-go", "1.19");
        assertEquals("", sim.stderr());
        assertEquals(GO119, sim.stdout());
        Optional<RealGo> go = RealGo.locate();
        Assumptions.assumeTrue(go.isPresent(), "go not installed");
        try (RealGo g = go.get()) {
            RealGo.Result real = g.run("dialect.go", PROGRAM);
            assertEquals(0, real.exitCode(), real.stderr());
            assertEquals(GO119, real.stdout(), "the recorded output is real Go's");
        }
    }

    @Test
    void go17IsWhatItsSourcesSay() throws IOException {
        RunOutput sim = GosimRun.run(dir, "dialect.go", PROGRAM);
        assertEquals("", sim.stderr());
        assertEquals(String.join("\n",
                // encode.go:523-528 floatEncoder is strconv's 'g' with precision -1 (ftoa.go:199-210: %e when
                // exp < -4 || exp >= eprec, 6 for the shortest digits, so 1e20 is 1e+20); no e-07 cleanup (go1.8's)
                "1e+20 1e+21 1e-06 1e-07 1.23e-08 -5e+25 [1e+21,1e-07]",
                // decode.go:117-119: no Struct or Field in the message
                "json: cannot unmarshal string into Go value of type int",
                // stream.go:250: (*RawMessage).MarshalJSON; Wrap by value is not addressable, so the []byte is
                // base64 (encode.go:700-707, 665); through a pointer it is addressable (condAddrEncoder, 377-379, 764)
                "{\"Raw\":\"WzFd\"}",
                "{\"Raw\":[1]}",
                // encode.go:1093: an unexported embedded field is kept whatever its type, under its type's name
                "{\"myInt\":3,\"N\":4}",
                // encode.go:632-636: a key's MarshalText error is a MarshalerError of the key's type (the loop's v is
                // the key), and 245-247 names MarshalJSON whatever failed
                "json: error calling MarshalJSON for type main.Key: no text",
                "json: error calling MarshalJSON for type main.Key: no text",
                // decode.go:905: a number for a string field is d.error: decoding stops (B and C stay zero) and that
                // error is returned (unmarshal's recover, 151-159), even over the one saved before for B (861)
                "json: cannot unmarshal number into Go value of type string 0 ",
                "json: cannot unmarshal number into Go value of type string",
                // encode.go:775: ';' is not among a tag name's punctuation, so the name is the field's
                "{\"V\":1}",
                // indent.go:30-38: compact escapes U+2028 even when it does not escape HTML
                "\"\\\"\\\\u2028\\\"\"",
                // stream.go:460-472: " " + context that begins with " ", and Offset 0
                "\"invalid character '2'  after array element\" 0",
                "\"invalid character '1' \"",
                // base64.go:265-303: the newline after '=' is skipped before '=' is judged: si-1 is 4
                "illegal base64 data at input byte 4",
                // scanner.go:173-175: no nesting limit
                "<nil>",
                ""), sim.stdout());
    }
}
