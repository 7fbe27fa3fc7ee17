package gosim.specs.lang;

import java.util.List;
import java.util.Map;

/** Test helper: runs a Go program sequentially and returns its output. */
final class GoRun {
    private GoRun() {
    }

    static SequentialHost.Result run(String src) {
        return SequentialHost.run("prog.go", src, List.of("prog"), Map.of(), 1);
    }

    /** Runs a main body: wraps it in package main with fmt imported. */
    static String out(String mainBody) {
        String src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n" + mainBody + "\n}\n";
        SequentialHost.Result r = run(src);
        if (r.exitCode() != 0) {
            throw new AssertionError("exit " + r.exitCode() + ": " + r.stderr() + "\nstdout: " + r.stdout());
        }
        return r.stdout();
    }

    /** The first compile error of a program, as gc prints it. */
    static String error(String src) {
        try {
            Program.check("prog.go", src);
        } catch (GoCompileError e) {
            return e.first().toString();
        }
        throw new AssertionError("no error for:\n" + src);
    }
}
