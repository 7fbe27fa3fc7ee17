package gosim.specs.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosim.sim.GoVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The program-level API: function list for the symbol table, host hooks, map order per seed. */
class ProgramTest {
    private static final String SRC = """
            package main

            import "fmt"

            type T struct{ n int }

            func (t *T) Inc() {
            	t.n++
            }

            func (t T) Get() int { return t.n }

            func worker(id int) func() int {
            	return func() int {
            		g := func() int { return id }
            		return g()
            	}
            }

            func main() {
            	f := func() {}
            	f()
            	t := &T{}
            	t.Inc()
            	fmt.Println(worker(t.Get())())
            }
            """;

    @Test
    void functionsAreListedInDeclarationOrderWithGoNames() {
        Program p = Program.check("prog.go", SRC);
        List<FuncInfo> mains = p.functions().stream().filter(f -> f.file().equals("prog.go")).toList();
        assertEquals(List.of(
                new FuncInfo("main.(*T).Inc", "prog.go", 7, 9),
                new FuncInfo("main.T.Get", "prog.go", 11, 11),
                new FuncInfo("main.worker", "prog.go", 13, 18),
                new FuncInfo("main.worker.func1", "prog.go", 14, 17),
                new FuncInfo("main.worker.func1.1", "prog.go", 15, 15),
                new FuncInfo("main.main", "prog.go", 20, 26),
                new FuncInfo("main.main.func1", "prog.go", 21, 21),
                new FuncInfo("main.init", "prog.go", 1, 27)), mains);
        // stub packages with Go bodies come first (errors.New is used by fmt.Errorf)
        List<String> names = p.functions().stream().map(FuncInfo::name).toList();
        assertTrue(names.indexOf("errors.New") < names.indexOf("main.main"), names.toString());
        // a library function the program does not reach is not checked (LazyLibrary), unless whole
        assertTrue(!names.contains("fmt.Errorf"), names.toString());
        assertTrue(Program.check("prog.go", SRC, Prelude.standard().whole()).functions().stream()
                .anyMatch(f -> f.name().equals("fmt.Errorf")));
    }

    /**
     * Method expressions are not closures: T.M is the method itself and (*T).M of a value method
     * is gc's wrapper main.(*T).M, so later literals keep their numbers. Real Go 1.19 (runtime.FuncForPC
     * in k) names k main.main.func2 in the same function after f := T.M; g := (*T).P; w := (*T).M; h := func...
     */
    @Test
    void methodExpressionsDoNotTakeClosureNumbers() {
        Program p = Program.check("prog.go", """
                package main

                type T struct{ x int }

                func (t T) M(n int) int { return t.x + n }

                func (t *T) P(n int) int { return t.x * n }

                func main() {
                	f := T.M
                	g := (*T).P
                	w := (*T).M
                	h := func() int { return 1 }
                	k := func() {}
                	k()
                	println(f(T{1}, 2), g(&T{3}, 4), w(&T{5}, 1), h())
                }
                """);
        List<String> names = p.functions().stream().filter(f -> f.file().equals("prog.go")).map(FuncInfo::name).toList();
        assertEquals(List.of("main.T.M", "main.(*T).P", "main.main", "main.(*T).M", "main.main.func1", "main.main.func2",
                "main.init"), names);
    }

    /** A host that records calls, allocations and statements. */
    static final class RecordingHost extends SequentialHost {
        final List<String> events = new ArrayList<>();

        RecordingHost() {
            super(List.of("prog"), Map.of(), 1);
        }

        @Override
        public boolean traceCalls() {
            return true;
        }

        @Override
        public void onCall(Goroutine g, Frame callee) {
            Frame caller = callee.caller();
            events.add("call " + callee.func().name() + " from line " + (caller == null ? 0 : caller.line()));
        }

        @Override
        public void onReturn(Goroutine g, Frame callee) {
            events.add("ret " + callee.func().name());
        }

        @Override
        public void onAlloc(Goroutine g, Object obj, long size, Type type, Pos site) {
            events.add("alloc " + size + " " + type + (site == null ? "" : " line " + site.line()));
        }

        /** The printer's own records (Printers: pool, pp, buffer; HeapFmtTest checks them) are left out. */
        @Override
        public void onAlloc(Goroutine g, Object obj, long size, Type type, Pos site, gosim.sim.internal.AllocPath path) {
            if (path == null || path.frames().stream().noneMatch(f -> f.file().startsWith("fmt/") || f.file().startsWith("sync/"))) {
                onAlloc(g, obj, size, type, site);
            }
        }
    }

    @Test
    void hostSeesCallsWithCallSiteLinesAndAllocations() {
        // &T{} escapes (returned); s stays on the stack (see EscapeTest)
        RecordingHost h = new RecordingHost();
        Program p = Program.check("prog.go", """
                package main

                type T struct{ a, b int64 }

                func mk() *T {
                	return &T{1, 2}
                }

                func main() {
                	t := mk()
                	s := make([]int, 4)
                	_, _ = t, s
                }
                """);
        p.link(h, GoVersion.DEFAULT).runMain(new Goroutine());
        List<String> mainEvents = h.events.subList(h.events.indexOf("call main.main from line 0"), h.events.size());
        assertEquals(List.of("call main.main from line 0", "call main.mk from line 10", "alloc 16 main.T line 6",
                "ret main.mk", "ret main.main"), mainEvents);
    }

    @Test
    void goroutinesAndChannelsGoThroughTheHost() {
        var c = org.junit.jupiter.api.Assertions.assertThrows(SequentialHost.UnsupportedInSequentialMode.class,
                () -> GoRun.run("package main\n\nfunc main() {\n\tch := make(chan int, 3)\n\t_ = ch\n}\n"));
        assertEquals("unsupported in sequential mode: make(chan int)", c.getMessage());
        var e = org.junit.jupiter.api.Assertions.assertThrows(SequentialHost.UnsupportedInSequentialMode.class,
                () -> GoRun.run("package main\n\nfunc main() {\n\tgo func() {}()\n}\n"));
        assertEquals("unsupported in sequential mode: go statement at prog.go:4:2", e.getMessage());
    }

    @Test
    void rootsReachLiveObjectsFromGlobalsAndFrames() {
        java.util.Set<Object> reached = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.List<Object> allocated = new java.util.ArrayList<>();
        Program.Linked[] l = new Program.Linked[1];
        SequentialHost h = new SequentialHost(List.of("prog"), Map.of(), 1) {
            @Override
            public void onAlloc(Goroutine g, Object obj, long size, Type type, Pos site) {
                allocated.add(obj);
            }

            @Override
            public Native resolveNative(String symbol, Types.Signature sig) {
                // gc(): mark everything reachable from the roots
                return (g, a) -> {
                    java.util.ArrayDeque<Object> work = new java.util.ArrayDeque<>();
                    l[0].forEachGlobalRoot(work::add);
                    Interp.forEachStackRoot(g, work::add);
                    while (!work.isEmpty()) {
                        Object o = work.poll();
                        if (reached.add(o)) {
                            Values.forEachReference(o, work::add);
                        }
                    }
                    return null;
                };
            }
        };
        l[0] = Program.check("prog.go", """
                package main

                import "rt"

                type Node struct {
                	next *Node
                	data []int
                }

                var head, other *Node

                func main() {
                	head = &Node{data: make([]int, 3)}
                	local := &Node{next: head}
                	other = &Node{}
                	other = nil
                	rt.GC()
                	head = local
                }
                """, Prelude.standard().with("rt", "package rt\n\nfunc GC()\n")).link(h, GoVersion.DEFAULT);
        l[0].runMain(new Goroutine());
        // allocations in order: the []int, head's Node, local's Node (escapes to head later), other's Node
        assertEquals(4, allocated.size());
        assertTrue(reached.contains(allocated.get(0)));
        assertTrue(reached.contains(allocated.get(1)));
        assertTrue(reached.contains(allocated.get(2)));
        org.junit.jupiter.api.Assertions.assertFalse(reached.contains(allocated.get(3)));
    }

    private static String mapOrder(long seed) {
        return SequentialHost.run("prog.go", """
                package main

                import "fmt"

                func main() {
                	m := map[int]bool{}
                	for i := 0; i < 8; i++ {
                		m[i] = true
                	}
                	for k := range m {
                		fmt.Print(k)
                	}
                }
                """, List.of("prog"), Map.of(), seed).stdout();
    }

    @Property(tries = 20)
    void mapIterationIsAPermutationDeterminedBySeed(@ForAll @IntRange(min = 0, max = 1000) int seed) {
        String a = mapOrder(seed);
        assertEquals(a, mapOrder(seed));
        char[] cs = a.toCharArray();
        java.util.Arrays.sort(cs);
        assertEquals("01234567", new String(cs));
    }

    @Test
    void differentSeedsGiveDifferentMapOrders() {
        java.util.Set<String> orders = new java.util.HashSet<>();
        for (int seed = 0; seed < 10; seed++) {
            orders.add(mapOrder(seed));
        }
        assertNotEquals(1, orders.size());
    }
}
