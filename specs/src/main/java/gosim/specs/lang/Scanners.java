package gosim.specs.lang;

import gosim.sim.internal.AllocPath;
import gosim.sim.internal.AllocPath.Frame;
import gosim.specs.lang.Types.*;
import gosim.specs.lang.Values.*;
import java.util.List;
import java.util.function.Consumer;

/**
 * The heap records fmt's scanning makes on the program's behalf (issue 12) that our Go stub of
 * scan.go leaves to the interpreter: ssFree (scan.go, a sync.Pool of *ss, PoolModel) and the token
 * buffer's writeRune (print.go's buffer, which scan.go's ss.buf shares), whose growth Go records
 * under a frame that is named WriteRune in go1.7 and writeRune in Go 1.19.
 */
final class Scanners {
    private final Interp in;
    private final Host host;
    private final boolean go119;
    /** fmt's ssFree: go1.7 scan.go:385-387, 1.19 378-380. */
    private final PoolModel ssFree;
    /** The goroutine's own frames are Get's and Put's callers (newScanState, (*ss).free): nothing above. */
    private static final PoolModel.Caller STUB = new PoolModel.Caller(List.of(), 0);

    Scanners(Interp in, PoolModel.AllPools pools) {
        this.in = in;
        this.host = in.host;
        this.go119 = in.version.atLeast(19);
        this.ssFree = new PoolModel(in, (s, out) -> out.accept(s), pools);
    }

    void forEachRoot(Consumer<Object> out) {
        ssFree.forEachRoot(out);
    }

    /** ssFree.Get().(*ss) (go1.7 scan.go:391, 1.19 384): New is new(ss), the closure fmt.glob..func2 (go1.7 386, 1.19 379). */
    Object get(Goroutine g, Type ss) {
        Object zero = Compiler.zero(ss);
        Frame newFn = go119 ? AllocPath.lib("fmt.glob..func2", "fmt/scan.go", 379, 379, 379)
                : AllocPath.lib("fmt.glob..func2", "fmt/scan.go", 386, 386, 386);
        return ssFree.get(g, STUB, newFn, ss.size(), () -> Values.copyAgg(zero));
    }

    /** ssFree.Put(s) (go1.7 scan.go:421, 1.19 414). */
    void put(Goroutine g, Object s) {
        ssFree.put(g, s, STUB);
    }

    /**
     * (*buffer).writeRune (go1.7 print.go:89-102 WriteRune, 1.19 89-102 writeRune): an ASCII rune is
     * append(*bp, byte(r)) at 91; another makes room for utf8.UTFMax bytes one append(b, 0) at a time
     * (98), then encodes (invalid runes as U+FFFD, utf8.EncodeRune).
     */
    SliceVal writeRune(Goroutine g, SliceVal b, long r) {
        String name = go119 ? "fmt.(*buffer).writeRune" : "fmt.(*buffer).WriteRune";
        if (r >= 0 && r < 0x80) {
            return append(g, b, (int) r, AllocPath.lib(name, "fmt/print.go", 89, 102, 91));
        }
        int n = b == null ? 0 : b.len;
        Frame grow = AllocPath.lib(name, "fmt/print.go", 89, 102, 98);
        while (n + 4 > (b == null ? 0 : b.cap)) {
            b = append(g, b, 0, grow);
        }
        int cp = r < 0 || r > 0x10FFFF || r >= 0xD800 && r <= 0xDFFF ? 0xFFFD : (int) r;
        String enc = Lexer.utf8(new String(Character.toChars(cp)));
        for (int i = 0; i < enc.length(); i++) {
            b.a[b.off + n + i] = (long) enc.charAt(i);
        }
        return new SliceVal(b.a, b.off, n + enc.length(), b.cap);
    }

    /** append(b, c): growslice at {@code at} when b is full. */
    private SliceVal append(Goroutine g, SliceVal b, int c, Frame at) {
        int len = b == null ? 0 : b.len;
        int cap = b == null ? 0 : b.cap;
        if (len == cap) {
            int newcap = in.growCap(len, cap, len + 1, 1);
            host.beforeAlloc(g, newcap);
            Object[] a = Slices.zeroArray(newcap, 0L);
            if (b != null) {
                System.arraycopy(b.a, b.off, a, 0, len);
            }
            host.onAlloc(g, a, newcap, BYTES, null, AllocPath.of(List.of(at)));
            b = new SliceVal(a, 0, len, newcap);
        }
        b.a[b.off + len] = (long) c;
        return new SliceVal(b.a, b.off, len + 1, b.cap);
    }

    private static final Type BYTES = new Slice(Types.UINT8);
}
