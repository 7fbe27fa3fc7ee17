package gosim.specs.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The scan that splits a library file into its top-level declarations without parsing it. */
class LibraryDeclsTest {
    private static List<String> summary(String src) {
        LibraryDecls ds = LibraryDecls.scan(src);
        return ds.decls.stream().map(d -> (d.start() + 1) + "-" + (d.end() + 1) + " " + d.keyword() + " "
                + (d.recv() != null ? d.recv() + "." : "") + String.join(",", d.names()) + (d.generic() ? " generic" : ""))
                .toList();
    }

    @Test
    void literalsAndCommentsStartNothing() {
        String src = """
                package p

                import "errors"

                var usage = `
                func notADecl() {
                }
                `

                /*
                func alsoNot() {}
                */
                const brace = '{' // a rune: no nesting

                // Doc comment: stays with its function.
                //go:noinline
                func F(s string) int {
                	x := "func nor this ( ["
                	return len(x) + len(s)
                }
                """;
        assertEquals(List.of("3-4 import ", "5-12 var usage", "13-14 const brace", "15-21 func F"), summary(src));
    }

    @Test
    void groupsMethodsAndTypeParameters() {
        String src = """
                package p

                const (
                	A = iota
                	B
                	C, D = 1 +
                		2, 3
                	// a comment line
                	E = f(
                		x,
                	)
                )

                type (
                	T struct{ a int }
                	U[K comparable] map[K]int
                )

                func (t *T) M() {}

                func (u U[K]) N() {}

                func G[E any](e E) {}

                var x, y = 1, 2
                """;
        assertEquals(List.of("3-13 const A,B,C,D,E", "14-18 type T,U generic", "19-20 func T.M",
                "21-22 func U.N generic", "23-24 func G generic", "25-26 var x,y"), summary(src));
    }
}
