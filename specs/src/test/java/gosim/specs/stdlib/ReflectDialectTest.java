package gosim.specs.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosim.specs.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Package reflect in the default Go 1.7 dialect, where reflect_api.go (real Go 1.19's output) cannot
 * go: go1.7's panic texts, each taken from go1.7 src/reflect (type.go, value.go; lines cited), the
 * release gates of the newer API, and a panic nobody recovers, which must end the run as Go's does
 * (its message, a goroutine trace, exit status 2), never with a Java exception.
 */
class ReflectDialectTest {
    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private Run run(String src, String... flags) throws IOException {
        Path f = dir.resolve("prog.go");
        Files.writeString(f, src);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("run"));
        args.addAll(List.of(flags));
        args.add(f.toString());
        int status = Main.run(args.toArray(String[]::new), null, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static final String PANICS = """
            package main

            import (
            	"fmt"
            	"reflect"
            )

            func try(name string, f func()) {
            	defer func() { fmt.Printf("%s: %v\\n", name, recover()) }()
            	f()
            }

            func main() {
            	try("Len", func() { reflect.TypeOf(1).Len() })
            	try("Elem", func() { reflect.TypeOf(1).Elem() })
            	try("Append", func() { reflect.Append(reflect.ValueOf(1)) })
            	try("MakeMap", func() { reflect.MakeMap(reflect.TypeOf(0)) })
            	try("Int", func() { reflect.ValueOf("s").Int() })
            	try("Set", func() { reflect.ValueOf(1).Set(reflect.ValueOf(2)) })
            }
            """;

    @Test
    void go17PanicTexts() throws IOException {
        Run r = run(PANICS);
        assertEquals(0, r.status, r.err);
        assertEquals(String.join("\n",
                "Len: reflect: Len of non-array type", // go1.7 type.go:995
                "Elem: reflect: Elem of invalid type", // type.go:942
                "Append: reflect: call of reflect.Append on int Value", // value.go:155-160 with methodName, 164-171
                "MakeMap: reflect.MakeMap of non-map type", // value.go:2065
                "Int: reflect: call of reflect.Value.Int on string Value", // value.go:890
                "Set: reflect: reflect.Value.Set using unaddressable value", // value.go:228
                ""), r.out);
        // the same program under -go 1.19 gives go1.19's texts (type.go:1025, 972; value.go:174-191, 3020)
        Run r19 = run(PANICS, "-go", "1.19");
        assertTrue(r19.out.startsWith("Len: reflect: Len of non-array type int\nElem: reflect: Elem of invalid type int\n"
                + "Append: reflect: call of unknown method on int Value\nMakeMap: reflect.MakeMapWithSize of non-map type\n"), r19.out);
    }

    /** go1.7 print.go:661-662 and 679: a reflect.Value argument prints its contents without their String method. */
    @Test
    void fmtPrintsAValuesContents() throws IOException {
        String src = """
                package main

                import (
                	"fmt"
                	"reflect"
                )

                type C float64

                func (c C) String() string { return "str" }

                func main() {
                	fmt.Println(reflect.ValueOf(C(1.5)), reflect.ValueOf(7), reflect.Value{}, []reflect.Value{reflect.ValueOf(C(2))})
                }
                """;
        assertEquals("1.5 7 <invalid reflect.Value> [<main.C Value>]\n", run(src).out);
        assertEquals("str 7 <invalid reflect.Value> [<main.C Value>]\n", run(src, "-go", "1.19").out); // go1.19.8 prints this
    }

    @Test
    void newerApiIsUndefinedInGo17() throws IOException {
        Run r = run("""
                package main

                import "reflect"

                func main() {
                	println(reflect.ValueOf(0).IsZero())
                	_ = reflect.Pointer
                	var it *reflect.MapIter
                	_ = it
                }
                """);
        assertEquals(2, r.status);
        assertTrue(r.err.contains("reflect.ValueOf(0).IsZero undefined (type reflect.Value has no field or method IsZero)"), r.err);
        assertTrue(r.err.contains("undefined: reflect.Pointer"), r.err); // Go 1.18
        assertTrue(r.err.contains("undefined: reflect.MapIter"), r.err); // Go 1.12
    }

    @Test
    void unrecoveredPanicEndsTheRunAsGos() throws IOException {
        for (String flag : new String[] {"1.7", "1.19"}) {
            Run r = run("""
                    package main

                    import "reflect"

                    func main() {
                    	x := 3
                    	reflect.ValueOf(x).SetInt(4)
                    }
                    """, "-go", flag);
            assertEquals(2, r.status, r.err);
            assertTrue(r.err.startsWith("panic: reflect: reflect.Value.SetInt using unaddressable value\n\ngoroutine 1 [running]:\n"), r.err);
            assertTrue(r.err.contains("main.main()"), r.err);
            assertFalse(r.err.contains("java."), r.err);
        }
        Run r = run("""
                package main

                import "reflect"

                func main() {
                	reflect.ValueOf("s").Int()
                }
                """);
        assertEquals(2, r.status, r.err);
        // a *ValueError: printed by its Error method (go1.7 runtime/panic.go printpanics, error case)
        assertTrue(r.err.startsWith("panic: reflect: call of reflect.Value.Int on string Value\n"), r.err);
        assertFalse(r.err.contains("java."), r.err);
    }
}
