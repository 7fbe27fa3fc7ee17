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

    static List<HeapObject> allocate(int n) {
        List<HeapObject> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Go.malloc(1024));
        }
        return out;
    }

    @GoTest(seeds = 3, gomaxprocs = {1, 2})
    void allocationSiteShowsInTheHeapProfile(GoRuntime rt) throws Exception {
        List<String> src = java.nio.file.Files.readAllLines(
                java.nio.file.Path.of("src/test/java/gosim/specs/junit/examples/HeapProfileTest.java"));
        int mallocLine = 1 + src.indexOf("            out.add(Go.malloc(1024));");
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
                assertEquals(mallocLine, top.line());
            }
        }
        assertTrue(site != null, "a record for HeapProfileTest.allocate");
        assertEquals(10, site.allocObjects);
        assertEquals(10 * 1024, site.allocBytes);
        assertEquals(10, site.inUseObjects());
        assertEquals(10, live.size());
    }
}
