package gosim.specs.lang;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Damaged programs give Go-style errors, never a Java exception. */
class RobustnessTest {
    private static final String SRC = """
            package main

            import (
            	"errors"
            	"fmt"
            )

            type T struct {
            	a, b int
            	s    []string
            }

            func (t *T) Add(x int) (int, error) {
            	if x < 0 {
            		return 0, errors.New("neg")
            	}
            	t.a += x
            	return t.a, nil
            }

            func main() {
            	t := &T{s: []string{"x"}}
            	m := map[string]int{"k": 1}
            	for i, v := range []int{1, -2, 3} {
            		if n, err := t.Add(v); err != nil {
            			fmt.Println(i, err)
            		} else {
            			m[fmt.Sprint(i)] = n
            		}
            	}
            	switch x := len(m); {
            	case x > 2:
            		fmt.Printf("%v %d\\n", m, x)
            	default:
            		defer func() { recover() }()
            	}
            }
            """;

    private static final String[] TOKENS = {"(", ")", "{", "}", "[", "]", ":=", "=", ",", ";", ".", "*", "&", "<-",
        "go", "func", "x", "1", "\"s\"", "'c'", "nil", "...", "range", "chan", "map", "int", "return", "\n"};

    @Property(tries = 1000)
    void damagedSourceGivesACompileErrorOrChecks(@ForAll @IntRange(min = 0, max = 10_000) int at,
            @ForAll @IntRange(min = 0, max = 8) int cut, @ForAll @IntRange(min = 0, max = 27) int tok) {
        int p = at % SRC.length();
        String damaged = SRC.substring(0, p) + TOKENS[tok] + SRC.substring(Math.min(SRC.length(), p + cut));
        try {
            Program prog = Program.check("prog.go", damaged);
            assertNotNull(prog.functions());
            // whatever checks also compiles
            assertNotNull(prog.link(new SequentialHost(java.util.List.of("prog"), java.util.Map.of(), 1),
                    gosim.sim.GoVersion.DEFAULT));
        } catch (GoCompileError e) {
            assertNotNull(e.first().pos());
        }
    }
}
