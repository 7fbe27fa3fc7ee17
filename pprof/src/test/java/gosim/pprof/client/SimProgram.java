package gosim.pprof.client;

import gosim.sim.Func;
import gosim.sim.Symtab;

/**
 * A small simulated program for profile tests: a symbol table laid out like a Go binary's
 * (runtime.main calling main.main, which calls helpers; every goroutine ends in runtime.goexit),
 * and helpers that build stacks of return PCs as runtime.Callers would.
 */
public final class SimProgram {
    /** The executable name the profiles' mapping carries. */
    public static final String EXE = "/tmp/gosim/prog";

    public final Symtab symtab = new Symtab();
    public final Func goexit = symtab.define("runtime.goexit", "/usr/local/go/src/runtime/asm_amd64.s", 2000, 2010);
    public final Func runtimeMain = symtab.define("runtime.main", "/usr/local/go/src/runtime/proc.go", 106, 300);
    public final Func mallocgc = symtab.define("runtime.mallocgc", "/usr/local/go/src/runtime/malloc.go", 538, 800);
    public final Func newobject = symtab.define("runtime.newobject", "/usr/local/go/src/runtime/malloc.go", 806, 810);
    public final Func mainMain = symtab.define("main.main", "/home/gopher/prog/main.go", 20, 60);
    public final Func allocA = symtab.define("main.allocA", "/home/gopher/prog/main.go", 8, 18);
    public final Func worker = symtab.define("main.worker", "/home/gopher/prog/main.go", 62, 90);
    public final Func spin = symtab.define("main.spin", "/home/gopher/prog/main.go", 92, 99);

    /** The return PCs of calls made on the given (function, line) pairs, leaf first. */
    public static long[] stack(Object... funcLine) {
        long[] out = new long[funcLine.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((Func) funcLine[2 * i]).returnPC((Integer) funcLine[2 * i + 1]);
        }
        return out;
    }

    /** The bottom of a main-goroutine stack: main.main line, runtime.main, goexit. */
    public long[] fromMain(Func leaf, int leafLine, int mainLine) {
        return stack(leaf, leafLine, mainMain, mainLine, runtimeMain, 185, goexit, 2001);
    }
}
