package gosim.pprof.client;

import gosim.mprof.BlockProfileRecord;
import gosim.mprof.MemProfileRecord;
import gosim.sim.Func;
import gosim.sim.Symtab;
import java.io.IOException;
import java.io.OutputStream;

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

    /** A heap record with the given totals and stack. */
    public static MemProfileRecord mem(long allocObjects, long allocBytes, long freeObjects, long freeBytes,
            long[] stk) {
        MemProfileRecord r = new MemProfileRecord();
        r.allocObjects = allocObjects;
        r.allocBytes = allocBytes;
        r.freeObjects = freeObjects;
        r.freeBytes = freeBytes;
        r.setStack(stk);
        return r;
    }

    /** A block record with the given count, cycles and stack. */
    public static BlockProfileRecord block(long count, long cycles, long[] stk) {
        BlockProfileRecord r = new BlockProfileRecord();
        r.count = count;
        r.cycles = cycles;
        r.setStack(stk);
        return r;
    }

    /** A stream whose every write fails with {@code message}. */
    public static OutputStream failingStream(String message) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(message);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException(message);
            }
        };
    }
}
