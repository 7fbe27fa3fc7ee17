package gosim.specs.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The interpreter's three ways of running int operator trees and one-expression calls give the same
 * bytes: the hidden classes of Compiler.bytecode, made at link (-Dgosim.bytecode.threshold=0), the
 * default, where a tree walks its nodes until it is hot (Bytecode.TieredI: here after two runs), and Fused's closure
 * nodes (-Dgosim.closures=true; the properties are read once per JVM, hence a JVM each). The programs' expected outputs are
 * the lang corpus's .out files, made by real Go (src/test/go/lang/README.md), so neither path can
 * agree with the other by both being wrong; pure.go (the frameless-call program FrameReuseTracebackTest
 * compares with real Go) ends in an index panic whose dump both paths must print alike.
 */
class ClosureNodesTest {
    private static final String LANG = "src/test/go/lang/";
    private static final List<String> CORPUS = List.of("shiftctx", "constexact", "goto", "floatconv",
            "switch_iface_case", "methodvalues");
    private static final String PURE = "src/test/resources/gosim/specs/realgo/framereuse/pure.go";

    @Test
    void closureNodesAndBytecodeRunAlike() throws Exception {
        List<String> files = new ArrayList<>();
        for (String name : CORPUS) {
            files.add(LANG + name + ".go");
        }
        files.add(PURE);
        List<String> bytecode = HashCodeDeterminismTest.probe(List.of("-Dgosim.bytecode.threshold=0"), files);
        // each tree walks its first two runs, then runs its class (the switch happens mid-run)
        List<String> tiered = HashCodeDeterminismTest.probe(List.of("-Dgosim.bytecode.threshold=3"), files);
        List<String> closures = HashCodeDeterminismTest.probe(List.of("-Dgosim.closures=true"), files);
        assertEquals(files.size() * HashCodeDeterminismTest.RUNS_PER_JVM, bytecode.size(), bytecode.toString());
        assertEquals(bytecode, closures);
        assertEquals(bytecode, tiered);
        for (int i = 0; i < CORPUS.size(); i++) {
            String name = CORPUS.get(i);
            byte[] want = Files.readAllBytes(Path.of(LANG + name + ".out"));
            String line = name + ".go " + HashCodeDeterminismTest.digest(want, new byte[0], 0);
            assertEquals(line, bytecode.get(i * HashCodeDeterminismTest.RUNS_PER_JVM), name);
        }
    }
}
