package gosim.specs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosim.sim.ApiSurface;
import gosim.specs.junit.GoTest;
import gosim.specs.junit.GoTestRun;
import gosim.specs.run.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins the specs module's public API: the JUnit extension (gosim.specs.junit), the embedding API
 * (Scenario with its RunOptions), the CLI's entry point and the embedding demo. The interpreter,
 * gosim.specs.lang, is public only for the module's other packages and is documented as internal:
 * its types are not pinned one by one, but no type outside it may become public unnoticed. A new
 * public type must be added here on purpose.
 */
class PublicApiTest {
    /** Packages whose public types are internal, each with a package-info saying so. */
    private static final List<String> INTERNAL = List.of("gosim.specs.lang");

    private static final List<String> EXPECTED = List.of(
            "gosim.specs.cli.Main",
            "gosim.specs.cli.RunOptions",
            "gosim.specs.cli.RunOptions$Observe",
            "gosim.specs.cli.RunOptions$UsageException",
            "gosim.specs.demo.EmbedExample",
            "gosim.specs.junit.GoTest",
            "gosim.specs.junit.GoTestExtension",
            "gosim.specs.junit.GoTestExtension$GoroutineLeak",
            "gosim.specs.junit.GoTestFailure",
            "gosim.specs.junit.GoTestRun",
            "gosim.specs.run.Scenario",
            "gosim.specs.run.Scenario$SetupException");

    private static boolean internal(String type) {
        return INTERNAL.stream().anyMatch(p -> type.startsWith(p + "."));
    }

    @Test
    void publicTypesAreExactlyTheDocumentedOnes() throws Exception {
        List<String> actual = ApiSurface.publicTypes(Scenario.class).stream().filter(n -> !internal(n)).toList();
        assertEquals(String.join("\n", EXPECTED), String.join("\n", actual),
                "the public API of gosim-specs changed; if on purpose, update EXPECTED");
    }

    /** An internal package says so where javadoc readers look (the module's working directory is specs/). */
    @Test
    void internalPackagesAreDocumentedAsInternal() throws Exception {
        for (String p : INTERNAL) {
            Path info = Path.of("src/main/java", p.replace('.', '/'), "package-info.java");
            assertTrue(Files.readString(info).startsWith("/**\n * Internal: "), info + " must start with \"Internal: \"");
        }
    }

    /** The @GoTest attributes and the run a test can take as a parameter. */
    @Test
    void extensionMembers() {
        assertEquals(List.of("failOnLeak()", "firstSeed()", "gomaxprocs()", "noise()", "replay()", "seeds()", "strategy()"),
                ApiSurface.members(GoTest.class));
        assertEquals(List.of("<init>(long, int, String, String, GoRuntime)", "concurrency()", "equals(Object)",
                "gomaxprocs()", "hashCode()", "noise()", "replayKey()", "runtime()", "seed()", "strategy()", "toString()"),
                ApiSurface.members(GoTestRun.class));
    }

    /** No public signature outside the internal packages names a hidden type. */
    @Test
    void noPublicSignatureNamesAHiddenType() {
        assertEquals(List.of(), ApiSurface.leaks(Scenario.class, EXPECTED));
    }
}
