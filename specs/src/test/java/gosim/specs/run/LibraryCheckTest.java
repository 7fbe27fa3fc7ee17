package gosim.specs.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosim.specs.lang.FuncInfo;
import gosim.specs.lang.GoCompileError;
import gosim.specs.lang.Prelude;
import gosim.specs.lang.Program;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The standard library checks declarations only when a program reaches them (Checker.Library), so
 * an error in a function no program calls would go unseen: here every package is checked whole,
 * each declaration of each of its files, in the default dialect (Go 1.7) and in Go 1.19's.
 */
class LibraryCheckTest {
    private static final List<String> ALL = new ArrayList<>();

    static {
        ALL.addAll(Prelude.STANDARD);
        ALL.addAll(Stubs.SIM);
    }

    private static Program importing(String path, Prelude prelude) {
        return Program.check("main.go", "package main\n\nimport _ \"" + path + "\"\n\nfunc main() {\n}\n", prelude);
    }

    @Test
    void everyPackageChecksWholeInBothDialects() {
        List<String> failed = new ArrayList<>();
        for (Prelude p : List.of(Stubs.prelude().whole(), Stubs.prelude().forRelease(m -> m <= 19).whole())) {
            for (String path : ALL) {
                if (p.source(path) == null) {
                    continue; // not in this dialect (io/fs is Go 1.16's)
                }
                if (path.startsWith("internal/")) {
                    continue; // a program may not import it: checked whole through its importers (path)
                }
                try {
                    importing(path, p);
                } catch (GoCompileError e) {
                    failed.add(path + ": " + e.getMessage());
                }
            }
        }
        assertEquals(List.of(), failed);
    }

    /** A function no program calls: unseen by the lazy check, an error for the whole one. */
    @Test
    void anErrorInUnreachedCodeIsFoundByTheWholeCheckOnly() {
        String broken = Prelude.resource("strings") + "\nfunc unreached() { undefinedName() }\n";
        Prelude p = Stubs.prelude().with("strings", broken);
        importing("strings", p);
        GoCompileError e = assertThrows(GoCompileError.class, () -> importing("strings", p.whole()));
        assertTrue(e.getMessage().contains("undefined: undefinedName"), e.getMessage());
    }

    /**
     * What makes start-up cheap: a hello world checks (and links) fmt's printing declarations, not
     * its Scan family nor math's functions, which fmt imports for it.
     */
    @Test
    void aHelloWorldChecksOnlyWhatItReaches() {
        Program p = Program.check("main.go", "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hi\")\n}\n",
                Stubs.prelude());
        Set<String> names = p.functions().stream().map(FuncInfo::name).collect(Collectors.toSet());
        assertTrue(p.links("math"), "fmt imports math: the package is linked");
        assertFalse(names.contains("fmt.Sscan"), "fmt.Sscan");
        for (String pkg : List.of("math.", "strconv.")) { // only the package's init
            assertEquals(List.of(pkg + "init"), names.stream().filter(n -> n.startsWith(pkg)).toList());
        }
        Program whole = Program.check("main.go", "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hi\")\n}\n",
                Stubs.prelude().whole());
        Set<String> all = whole.functions().stream().map(FuncInfo::name).collect(Collectors.toSet());
        assertTrue(all.contains("fmt.Sscan") && all.contains("strconv.Itoa") && all.contains("math.Copysign"), "the whole check has them");
    }
}
