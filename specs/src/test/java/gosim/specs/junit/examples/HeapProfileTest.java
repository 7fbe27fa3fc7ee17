package gosim.specs.junit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosim.mprof.MemProfileRecord;
import gosim.mprof.Profiling;
import gosim.sim.Frame;
import gosim.sim.Go;
import gosim.sim.GoRuntime;
import gosim.sim.heap.HeapObject;
import gosim.specs.junit.GoTest;
import java.util.ArrayList;
import java.util.List;

/**
 * Heap-profile assertions from a test: allocate at a Java site, GC twice (mprof.go publishes a
 * cycle's allocations only after the next two GCs: mProf_GC moves recent to "prev" then to
 * active), then find the record whose stack is that site.
 */
class HeapProfileTest {
    /**
     * The malloc's source line, read when the class initializes: file I/O inside the goroutine
     * could block on a JDK lock (the Cleaner's), which the simulator rightly reports.
     */
    private static final int MALLOC_LINE = mallocLine();

    private static int mallocLine() {
        try {
            List<String> src = java.nio.file.Files.readAllLines(
                    java.nio.file.Path.of("src/test/java/gosim/specs/junit/examples/HeapProfileTest.java"));
            return 1 + src.indexOf("            out.add(Go.malloc(1024));");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<HeapObject> allocate(int n) {
        List<HeapObject> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Go.malloc(1024));
        }
        return out;
    }

    @GoTest(seeds = 3, gomaxprocs = {1, 2})
    void allocationSiteShowsInTheHeapProfile(GoRuntime rt) {
        Profiling prof = Profiling.attach(rt);
        prof.setMemProfileRate(1);
        List<HeapObject> live = allocate(10);
        Go.gc();
        Go.gc();
        MemProfileRecord site = null;
        for (MemProfileRecord r : prof.memProfile(false)) {
            Frame top = rt.symtab().callersFrames(r.stack()).get(0);
            if (top.function().equals(HeapProfileTest.class.getName() + ".allocate")) {
                site = r;
                assertEquals("HeapProfileTest.java", top.file());
                assertEquals(MALLOC_LINE, top.line());
            }
        }
        assertTrue(site != null, "a record for HeapProfileTest.allocate");
        assertEquals(10, site.allocObjects);
        assertEquals(10 * 1024, site.allocBytes);
        assertEquals(10, site.inUseObjects());
        assertEquals(10, live.size());
    }
}
