package gosim.specs.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gosim.sim.GoVersion;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A host adds packages as Go stubs; body-less functions and methods are bound to the host's natives. */
class PreludeTest {
    private static final String CLOCK = """
            package clock

            type Duration int64

            const (
            	Nanosecond  Duration = 1
            	Millisecond          = 1000000 * Nanosecond
            	Second               = 1000 * Millisecond
            )

            func (d Duration) Seconds() float64 { return float64(d) / 1e9 }

            func Sleep(d Duration)

            type Mutex struct {
            	state int32
            }

            func (m *Mutex) Lock()
            func (m *Mutex) Unlock()

            type Stats struct {
            	Sleeps int64
            	Total  Duration
            }

            func Read(s *Stats)
            """;

    @Test
    void hostNativesCallBackIntoGoWriteToWritersAndBuildValues() {
        Program.Linked[] linked = new Program.Linked[1];
        Program[] prog = new Program[1];
        SequentialHost h = new SequentialHost(List.of("prog"), Map.of(), 1) {
            @Override
            public Native resolveNative(String symbol, Types.Signature sig) {
                return switch (symbol) {
                    case "ext.Do" -> (g, a) -> {
                        linked[0].call(g, a[0]);
                        linked[0].call(g, a[0]);
                        return null;
                    };
                    case "ext.Dump" -> (g, a) -> {
                        linked[0].write(g, a[0], "dump\n".getBytes(StandardCharsets.UTF_8));
                        return null;
                    };
                    case "ext.New" -> (g, a) -> {
                        Values.StructVal t = (Values.StructVal) Values.zero(prog[0].lookupType("ext", "Thing"));
                        t.f[0] = Values.goString("né");
                        t.f[1] = Values.newSlice(1L, 2L);
                        return t;
                    };
                    default -> null;
                };
            }
        };
        prog[0] = Program.check("prog.go", """
                package main

                import (
                	"ext"
                	"fmt"
                	"os"
                )

                func main() {
                	n := 0
                	ext.Do(func() { n++ })
                	ext.Dump(os.Stdout)
                	t := ext.New()
                	fmt.Println(n, t.Name, len(t.Name), t.Vals)
                }
                """, Prelude.standard().with("ext", """
                package ext

                import "io"

                type Thing struct {
                	Name string
                	Vals []int
                }

                func Do(f func())
                func Dump(w io.Writer)
                func New() *Thing
                """));
        linked[0] = prog[0].link(h, GoVersion.DEFAULT);
        linked[0].runMain(new Goroutine());
        assertEquals("dump\n2 né 3 [1 2]\n", h.stdout.toString(StandardCharsets.UTF_8));
    }

    @Test
    void symbolsAreQualifiedByImportPath() {
        List<String> asked = new ArrayList<>();
        SequentialHost h = new SequentialHost(List.of("prog"), Map.of(), 1) {
            @Override
            public Native resolveNative(String symbol, Types.Signature sig) {
                asked.add(symbol);
                return (g, a) -> null;
            }
        };
        Program p = Program.check("prog.go", "package main\n\nimport \"run/prof\"\n\nfunc main() {\n"
                + "\tprof.Lookup().WriteTo()\n\tprof.Helper()\n}\n", Prelude.standard().with("run/prof", """
                package prof

                type Profile struct{ name string }

                func Lookup() *Profile
                func (p *Profile) WriteTo()
                func Helper() { _ = 1 }
                """));
        p.link(h, GoVersion.DEFAULT).runMain(new Goroutine());
        assertEquals(List.of("run/prof.Lookup", "run/prof.(*Profile).WriteTo"), asked);
        List<String> names = p.functions().stream().map(FuncInfo::name).toList();
        org.junit.jupiter.api.Assertions.assertTrue(names.contains("run/prof.Helper"), names.toString());
        org.junit.jupiter.api.Assertions.assertTrue(names.contains("run/prof.init"), names.toString());
    }

    @Test
    void stubPackagesBindNativesThroughTheHost() {
        List<String> log = new ArrayList<>();
        long[] total = {0};
        SequentialHost h = new SequentialHost(List.of("prog"), Map.of(), 1) {
            @Override
            public Native resolveNative(String symbol, Types.Signature sig) {
                return switch (symbol) {
                    case "clock.Sleep" -> (g, a) -> {
                        log.add("sleep " + a[0] + " at line " + g.top().line());
                        total[0] += (Long) a[0];
                        return null;
                    };
                    case "clock.(*Mutex).Lock", "clock.(*Mutex).Unlock" -> (g, a) -> {
                        Values.StructVal m = (Values.StructVal) a[0];
                        m.f[0] = symbol.endsWith("Lock") && !symbol.endsWith("Unlock") ? 1L : 0L;
                        log.add(symbol + " state=" + m.f[0]);
                        return null;
                    };
                    case "clock.Read" -> (g, a) -> {
                        Values.StructVal s = (Values.StructVal) a[0];
                        s.f[0] = (long) log.size();
                        s.f[1] = total[0];
                        return null;
                    };
                    default -> null;
                };
            }
        };
        Program p = Program.check("prog.go", """
                package main

                import (
                	"clock"
                	"fmt"
                )

                type Account struct {
                	mu  clock.Mutex
                	bal int
                }

                func (a *Account) Deposit(n int) {
                	a.mu.Lock()
                	defer a.mu.Unlock()
                	a.bal += n
                }

                func main() {
                	var acc Account
                	acc.Deposit(5)
                	clock.Sleep(2 * clock.Millisecond)
                	var st clock.Stats
                	clock.Read(&st)
                	fmt.Println(acc.bal, clock.Second.Seconds(), st.Sleeps, st.Total)
                	fmt.Printf("%T %v\\n", clock.Second, st)
                }
                """, Prelude.standard().with("clock", CLOCK));
        p.link(h, GoVersion.DEFAULT).runMain(new Goroutine());
        assertEquals(List.of("clock.(*Mutex).Lock state=1", "clock.(*Mutex).Unlock state=0",
                "sleep 2000000 at line 22"), log);
        assertEquals("5 1 3 2000000\nclock.Duration {3 2000000}\n", h.stdout.toString(StandardCharsets.UTF_8));
    }
}
