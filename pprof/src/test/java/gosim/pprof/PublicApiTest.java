package gosim.pprof;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gosim.sim.ApiSurface;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins the pprof module's public API: runtime/pprof (Pprof, Profiles, Profile), the CPU profiler,
 * net/http/pprof (PprofServer, PprofObserver), and the formatting and encoding packages
 * gosim.pprof.text and gosim.pprof.proto, which are public only because the others use them
 * (documented as internal in their package-info). The Java protoc generates for profile.proto
 * stands as its outer class. A new public type must be added here on purpose.
 */
class PublicApiTest {
    private static final List<String> EXPECTED = List.of(
            "gosim.pprof.Pprof",
            "gosim.pprof.Pprof$Options",
            "gosim.pprof.PprofFuncs",
            "gosim.pprof.PprofFuncs$Body",
            "gosim.pprof.PprofFuncs$Call",
            "gosim.pprof.PprofFuncs$Row",
            "gosim.pprof.Profile",
            "gosim.pprof.ProfilePanic",
            "gosim.pprof.Profiles",
            "gosim.pprof.cpu.CpuProfiler",
            "gosim.pprof.cpu.CpuProfiler$Format",
            "gosim.pprof.http.PprofObserver",
            "gosim.pprof.http.PprofServer",
            "gosim.pprof.proto.ProfileBuilder",
            "gosim.pprof.proto.ProfileProto",
            "gosim.pprof.proto.ProtoWriter",
            "gosim.pprof.proto.TextSegment",
            "gosim.pprof.text.GoFmt",
            "gosim.pprof.text.GoSort",
            "gosim.pprof.text.GoSort$Interface",
            "gosim.pprof.text.GoSort$Less",
            "gosim.pprof.text.MemStatsView",
            "gosim.pprof.text.StackDumper",
            "gosim.pprof.text.TextProfiles");

    /** The exported types, protoc's nested message classes left out (profile.proto is their API). */
    private static List<String> actual() throws Exception {
        return ApiSurface.publicTypes(Pprof.class).stream().filter(n -> !n.startsWith("gosim.pprof.proto.ProfileProto$"))
                .toList();
    }

    @Test
    void publicTypesAreExactlyTheDocumentedOnes() throws Exception {
        assertEquals(String.join("\n", EXPECTED), String.join("\n", actual()),
                "the public API of gosim-pprof changed; if on purpose, update EXPECTED");
    }

    @Test
    void noPublicSignatureNamesAnInternalType() {
        assertEquals(List.of(), ApiSurface.leaks(Pprof.class, EXPECTED));
    }
}
