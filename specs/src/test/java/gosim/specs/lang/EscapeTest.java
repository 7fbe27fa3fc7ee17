package gosim.specs.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gosim.sim.GoVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Heap allocations reported to the host follow the documented escape rule; expectations are what
 * `go build -gcflags=-m` reports for the same code ("escapes to heap", "moved to heap", "does not escape").
 */
class EscapeTest {
    /** Allocations made by main.* code, as "size type line". */
    private static List<String> allocs(String decls, String body) {
        ProgramTest.RecordingHost h = new ProgramTest.RecordingHost();
        Program p = Program.check("prog.go", "package main\n\nimport \"fmt\"\n\n" + decls + "\n\nfunc main() {\n" + body
                + "\n\tfmt.Print()\n}\n");
        p.link(h, GoVersion.DEFAULT).runMain(new Goroutine());
        int start = h.events.indexOf("call main.main from line 0");
        return h.events.subList(start, h.events.size()).stream().filter(e -> e.startsWith("alloc"))
                .map(e -> e.substring(6)).toList();
    }

    @Test
    void localValuesThatStayLocalAreNotHeapAllocated() {
        // make with a constant size assigned to a local that does not escape: "does not escape"
        assertEquals(List.of(), allocs("", "\ts := make([]int, 4)\n\ts[0] = 1\n\t_ = s"));
        assertEquals(List.of(), allocs("type T struct{ a, b int }", "\tp := &T{1, 2}\n\tp.a++"));
        assertEquals(List.of(), allocs("", "\ta := \"x\"\n\tb := a + \"y\"\n\t_ = b"));
        // a closure called only locally keeps its captured variable on the stack
        assertEquals(List.of(), allocs("", "\tn := 0\n\tinc := func() { n++ }\n\tinc()"));
    }

    @Test
    void escapingValuesAreReportedWithTheirSizeAndLine() {
        // returned pointer: &T{} escapes to heap
        assertEquals(List.of("16 main.T line 7"), allocs("type T struct{ a, b int }\nfunc mk() *T {\n\treturn &T{1, 2}\n}",
                "\t_ = mk()"));
        // stored in a package-level variable
        assertEquals(List.of("16 []int line 8"), allocs("var sink []int", "\tsink = make([]int, 2)"));
        // non-constant size
        assertEquals(List.of("80 []int line 9"), allocs("", "\tn := 10\n\ts := make([]int, n)\n\t_ = s"));
        // passed to fmt: the slice escapes and its interface conversion is boxed (convT2E)
        assertEquals(List.of("24 []int line 8", "24 []int line 9"), allocs("", "\ts := []int{1, 2, 3}\n\tfmt.Println(s)"));
        // a closure that is returned moves its captured variable to the heap
        assertEquals(List.of("8 int line 6", "16 func() int line 7"), allocs(
                "func counter() func() int {\n\tn := 0\n\treturn func() int {\n\t\tn++\n\t\treturn n\n\t}\n}",
                "\tc := counter()\n\tc()"));
    }

    @Test
    void smallValuesAreBoxedWithoutAllocationFromGo111() {
        String src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ti, j, s := 7, 300, \"\"\n"
                + "\tfmt.Print(i, j, s)\n}\n";
        for (GoVersion v : new GoVersion[]{GoVersion.GO1_7, GoVersion.GO1_19}) {
            ProgramTest.RecordingHost h = new ProgramTest.RecordingHost();
            Program.check("prog.go", src).link(h, v).runMain(new Goroutine());
            List<String> allocs = h.events.subList(h.events.indexOf("call main.main from line 0"), h.events.size())
                    .stream().filter(e -> e.startsWith("alloc")).toList();
            assertEquals(v == GoVersion.GO1_7 ? List.of("alloc 8 int line 7", "alloc 8 int line 7",
                    "alloc 16 string line 7") : List.of("alloc 8 int line 7"), allocs);
        }
    }

    @Test
    void packageVariablesAreVisibleToTheHost() {
        ProgramTest.RecordingHost h = new ProgramTest.RecordingHost();
        Program.Linked l = Program.check("prog.go", "package main\n\nvar Rate = 512 * 1024\n\nfunc main() {\n"
                + "\tRate = 1\n}\n").link(h, GoVersion.DEFAULT);
        l.runMain(new Goroutine());
        assertEquals(1L, l.global("main", "Rate").v);
    }

    @Test
    void appendGrowthAndLongStringsAlwaysAllocate() {
        // growslice always allocates with mallocgc; Go 1.7 rounds 3 ints (24 bytes) to the 32-byte class: cap 4
        assertEquals(List.of("32 []int line 9"), allocs("", "\tvar s []int\n\ts = append(s, 1, 2, 3)\n\t_ = s"));
        // concatenations longer than the 32-byte stack buffer need the heap
        assertEquals(List.of("40 string line 9"), allocs("",
                "\ta := \"0123456789012345678901234567890123456789\"[:20]\n\tb := a + a\n\t_ = b"));
    }
}
