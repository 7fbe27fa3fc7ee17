package gosim.mprof;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gosim.sim.ApiSurface;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins the mprof module's public API: the profiling record APIs of runtime (Profiling and the
 * records it fills). The bucket table (MProf, Bucket) and the stack-profile plumbing are
 * package-private; a new public type must be added here on purpose.
 */
class PublicApiTest {
    private static final List<String> EXPECTED = List.of(
            "gosim.mprof.BlockProfileRecord",
            "gosim.mprof.MemProfileRecord",
            "gosim.mprof.ProfileResult",
            "gosim.mprof.Profiling",
            "gosim.mprof.StackRecord");

    @Test
    void publicTypesAreExactlyTheDocumentedOnes() throws Exception {
        assertEquals(String.join("\n", EXPECTED), String.join("\n", ApiSurface.publicTypes(Profiling.class)),
                "the public API of gosim-mprof changed; if on purpose, update EXPECTED");
    }

    /** Profiling's methods: runtime's record APIs and the rates, nothing of the bucket table. */
    @Test
    void profilingOffersTheRuntimeRecordApis() {
        assertEquals(List.of("attach(GoRuntime)", "blockProfile()", "blockProfile(BlockProfileRecord[])",
                "goroutineProfile(StackRecord[])", "memProfile(MemProfileRecord[], boolean)", "memProfile(boolean)",
                "memProfileRate()", "runtime()", "setBlockProfileRate(long)", "setMemProfileRate(int)",
                "threadCreateProfile(StackRecord[])"), ApiSurface.members(Profiling.class));
    }

    @Test
    void noPublicSignatureNamesAnInternalType() {
        assertEquals(List.of(), ApiSurface.leaks(Profiling.class, EXPECTED));
    }
}
