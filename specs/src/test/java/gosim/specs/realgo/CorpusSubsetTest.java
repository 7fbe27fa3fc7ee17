package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import gosim.specs.lang.GoCompileError;
import gosim.specs.run.Scenario;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every corpus program stays inside the language subset of issue 6 and tells its story in a header. */
class CorpusSubsetTest {
    /** Issue 6 asks for at least 15 programs. */
    static final int MIN_EXAMPLES = 15;
    /** The brief: 20 to 70 lines per story, comment included. */
    static final int MAX_LINES = 70;

    static List<Corpus.Example> examples() {
        return Corpus.all();
    }

    @Test
    void corpusIsBigEnough() {
        assertTrue(Corpus.all().size() >= MIN_EXAMPLES, "examples: " + Corpus.all());
    }

    /** gosim's checker, with the packages the simulator provides, accepts the program. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void typeChecksInTheSubset(Corpus.Example ex) throws Exception {
        try {
            Scenario.check(ex.file().toString());
        } catch (GoCompileError e) {
            fail(ex.name() + ".go is outside the subset or does not check: " + e.diagnostics());
        }
    }

    private static final Pattern IMPORT = Pattern.compile("^\\s*\"([^\"]+)\"\\s*$", Pattern.MULTILINE);
    private static final List<String> SUBSET_PACKAGES = List.of(
            "fmt", "os", "errors", "strings", "time", "sync", "sync/atomic", "runtime", "runtime/pprof", "syscall");

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void importsOnlySubsetPackagesAndTellsAStory(Corpus.Example ex) {
        Matcher m = IMPORT.matcher(ex.source().substring(ex.source().indexOf("import")));
        while (m.find()) {
            assertTrue(SUBSET_PACKAGES.contains(m.group(1)), ex.name() + " imports " + m.group(1));
        }
        assertTrue(ex.source().startsWith("// "), ex.name() + " must open with its story");
        assertTrue(ex.source().contains("// Look for:"), ex.name() + " must say what to look for");
        long lines = ex.source().lines().count();
        assertTrue(lines <= MAX_LINES, ex.name() + " has " + lines + " lines");
    }
}
