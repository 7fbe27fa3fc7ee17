package gosim.specs.lang;

import gosim.specs.lang.Types.*;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Run-time representation of Go values: models the layouts of runtime/slice.go (slice), runtime/hashmap.go
 * (hmap, as a hash map with Go's randomized iteration), runtime/iface.go (eface) and reflect's struct and
 * array values. Integers are Long (normalized to their type's range), bool Boolean, float64 Double, string
 * a byte string (one char per byte); a struct is a {@link StructVal} and an array an {@link ArrayVal},
 * both mutable in place; a pointer to a struct or array is that object itself, a pointer to anything else
 * a {@link Ptr}; interface values are {@link Iface} (nil is null).
 */
public final class Values {
    private Values() {
    }

    /** A struct value (or, when referenced through a pointer, the struct it points to). */
    public static final class StructVal {
        public final Struct type;
        public final Object[] f;

        StructVal(Struct type, Object[] f) {
            this.type = type;
            this.f = f;
        }

        StructVal copy() {
            Object[] c = f.clone();
            boolean[] agg = aggMask(type);
            for (int i = 0; i < c.length; i++) {
                if (agg[i]) {
                    c[i] = copyAgg(c[i]);
                }
            }
            return new StructVal(type, c);
        }

        void assign(StructVal o) {
            boolean[] agg = aggMask(type);
            for (int i = 0; i < f.length; i++) {
                if (agg[i]) {
                    assignAgg(f[i], o.f[i]);
                } else {
                    f[i] = o.f[i];
                }
            }
        }
    }

    /** An array value [N]T. */
    public static final class ArrayVal {
        public final Object[] a;
        final boolean aggElems;

        ArrayVal(Object[] a, boolean aggElems) {
            this.a = a;
            this.aggElems = aggElems;
        }

        ArrayVal copy() {
            Object[] c = a.clone();
            if (aggElems) {
                for (int i = 0; i < c.length; i++) {
                    c[i] = copyAgg(c[i]);
                }
            }
            return new ArrayVal(c, aggElems);
        }

        void assign(ArrayVal o) {
            if (aggElems) {
                for (int i = 0; i < a.length; i++) {
                    assignAgg(a[i], o.a[i]);
                }
            } else {
                System.arraycopy(o.a, 0, a, 0, a.length);
            }
        }
    }

    static Object copyAgg(Object v) {
        return v instanceof StructVal s ? s.copy() : ((ArrayVal) v).copy();
    }

    static void assignAgg(Object dst, Object src) {
        if (dst instanceof StructVal s) {
            s.assign((StructVal) src);
        } else {
            ((ArrayVal) dst).assign((ArrayVal) src);
        }
    }

    private static final java.util.Map<Struct, boolean[]> AGG = new java.util.concurrent.ConcurrentHashMap<>();

    static boolean[] aggMask(Struct t) {
        boolean[] m = AGG.get(t);
        if (m == null) {
            m = new boolean[t.fields.size()];
            for (int i = 0; i < m.length; i++) {
                m[i] = Interp.isAggregate(t.fields.get(i).type());
            }
            AGG.put(t, m);
        }
        return m;
    }

    /** A slice header: array, offset, len, cap. Element values are boxed as above. */
    public static final class SliceVal {
        public final Object[] a;
        public final int off;
        public final int len;
        public final int cap;

        SliceVal(Object[] a, int off, int len, int cap) {
            if (!(off >= 0 && len >= 0 && len <= cap && off + cap <= a.length)) throw gosim.sim.GoFatal.thrown("bad slice " + off + " " + len + " " + cap);
            this.a = a;
            this.off = off;
            this.len = len;
            this.cap = cap;
        }
    }

    /** A pointer to a variable, field or element that is not itself a struct or array. */
    public interface Ptr {
        Object load();

        void store(Object v);
    }

    /** A heap cell: a variable captured by a closure or whose address is taken, or new(T) of a scalar. */
    public static final class Cell implements Ptr {
        public Object v;

        Cell(Object v) {
            this.v = v;
        }

        @Override
        public Object load() {
            return v;
        }

        @Override
        public void store(Object v) {
            this.v = v;
        }
    }

    /** &a[i] of a scalar element. */
    record ElemPtr(Object[] arr, int idx) implements Ptr {
        @Override
        public Object load() {
            return arr[idx];
        }

        @Override
        public void store(Object v) {
            arr[idx] = v;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ElemPtr e && e.arr == arr && e.idx == idx;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(arr) * 31 + idx;
        }
    }

    /** &s.f of a scalar field. */
    record FieldPtr(StructVal s, int idx) implements Ptr {
        @Override
        public Object load() {
            return s.f[idx];
        }

        @Override
        public void store(Object v) {
            s.f[idx] = v;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof FieldPtr e && e.s == s && e.idx == idx;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(s) * 31 + idx;
        }
    }

    /** A non-nil interface value: dynamic type and value. */
    public record Iface(Type type, Object val) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Iface i && Types.identical(type, i.type) && Values.equal(val, i.val, type);
        }

        @Override
        public int hashCode() {
            return Values.hash(val);
        }
    }

    /** A function value: compiled code, captured cells and (for a method value) the bound receiver. */
    public static final class FuncVal {
        public final Interp.Fn fn;
        final Object[] caps;
        final Object recv;
        final boolean bound;

        FuncVal(Interp.Fn fn, Object[] caps) {
            this(fn, caps, null, false);
        }

        FuncVal(Interp.Fn fn, Object[] caps, Object recv, boolean bound) {
            this.fn = fn;
            this.caps = caps;
            this.recv = recv;
            this.bound = bound;
        }
    }

    /** A Go map: insertion-ordered storage, iteration starting at a random entry (runtime.mapiterinit). */
    public static final class MapVal {
        final LinkedHashMap<Object, Object> m = new LinkedHashMap<>();
        final Type keyType;
        final boolean wrapKeys;
        /** hmap.B and the heap blocks of the hash table, kept by {@link Hashmap}. */
        int B;
        /** hmap.buckets: the token the current bucket array's heap block is reported for (null: none yet). */
        Object buckets;
        /** hmap.oldbuckets while a grow is evacuating, else null. */
        Object oldbuckets;
        /** hmap.extra (Go 1.19's mapextra) or go1.7's hmap.overflow pair, once allocated. */
        Object extra;
        /** hash0, the chains' counts and the overflow buckets, kept by {@link Hashmap}. */
        Hashmap.Table table;
        /** hmap.nevacuate. */
        long nevacuate;
        /** Blocks of keys and values stored indirectly (over 128 bytes), by map key. */
        LinkedHashMap<Object, Object[]> indirect;
        /**
         * h.flags&hashWriting (go1.7 hashmap.go:98): the goroutine inside a write of this map while
         * the host lets other threads run during it (Host.mapWriteBegin), else null.
         */
        public Goroutine hashWriting;

        MapVal(Type keyType) {
            this.keyType = keyType;
            this.wrapKeys = needsKeyWrap(keyType);
        }

        Object key(Object k) {
            if (!wrapKeys) {
                return k;
            }
            if (k instanceof Iface i && i.type() != null && !Types.comparable(i.type())) {
                // alg.go: an interface key's dynamic type must be hashable
                throw new Interp.GoPanic(Interp.runtimeError("hash of unhashable type " + i.type()), null);
            }
            return new Key(k, keyType);
        }

        static Object unkey(Object k) {
            return k instanceof Key kk ? kk.v : k;
        }

        public int size() {
            return m.size();
        }

        /** Keys in insertion order (unwrapped). */
        public List<Object> keys() {
            List<Object> ks = new ArrayList<>(m.size());
            for (Object k : m.keySet()) {
                ks.add(unkey(k));
            }
            return ks;
        }

        public Object get(Object k) {
            return m.get(key(k));
        }

        /** h.count == 0. */
        public boolean isEmpty() {
            return m.isEmpty();
        }

        /** mapaccess's hashWriting check (go1.7 hashmap.go:282-287: only a non-empty map is checked). */
        void checkRead(Host host, Goroutine g, Hashmap.ThrowSite site) {
            if (hashWriting != g && !m.isEmpty()) {
                host.mapReadWhileWriting(g, this, site);
            }
        }
    }

    private static boolean needsKeyWrap(Type t) {
        Type u = t.underlying();
        // interface keys too: their dynamic values compare by Go's == (struct keys by value) and must be hashable
        return u instanceof Struct || u instanceof Array || u instanceof Interface
                || u instanceof Basic b && (b.kind.isFloat() || b.kind.isComplex());
    }

    /** A map key compared by Go's == on its type (structs and arrays by value; float64 with -0 == +0, NaN != NaN). */
    static final class Key {
        final Object v;
        final Type t;

        Key(Object v, Type t) {
            this.v = v;
            this.t = t;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Values.equal(v, k.v, t);
        }

        @Override
        public int hashCode() {
            return Values.hash(v);
        }
    }

    /** Go's == on two values of type t (t may be an interface type). */
    static boolean equal(Object a, Object b, Type t) {
        if (a == b && !(a instanceof Iface || a instanceof StructVal || a instanceof ArrayVal)) {
            // x == x compares the parts of an interface, struct or array: an uncomparable dynamic type
            // panics and a NaN is unequal even to itself
            return !(a instanceof Double d && d.isNaN()) && !(a instanceof Complex c && !c.eq(c));
        }
        if (a == null || b == null) {
            return false;
        }
        switch (a) {
            case Double x:
                return x.doubleValue() == ((Double) b).doubleValue();
            case Complex x:
                return x.eq((Complex) b);
            case StructVal s: {
                StructVal o = (StructVal) b;
                if (t != null && !(t.underlying() instanceof Struct)) {
                    return a == b; // pointers: identity only
                }
                for (int i = 0; i < s.f.length; i++) {
                    // blank fields are not compared (spec: Comparison operators; go1.7 alg.go:446-450)
                    if (!s.type.fields.get(i).name().equals("_") && !equal(s.f[i], o.f[i], s.type.fields.get(i).type())) {
                        return false;
                    }
                }
                return true;
            }
            case ArrayVal x: {
                if (t != null && !(t.underlying() instanceof Array)) {
                    return a == b;
                }
                ArrayVal y = (ArrayVal) b;
                Type et = t == null ? null : ((Array) t.underlying()).elem;
                for (int i = 0; i < x.a.length; i++) {
                    if (!equal(x.a[i], y.a[i], et)) {
                        return false;
                    }
                }
                return true;
            }
            case Iface x: {
                if (!(b instanceof Iface y)) {
                    return false;
                }
                if (x.type == null || y.type == null) {
                    return x.type == y.type;
                }
                if (!Types.identical(x.type, y.type)) {
                    return false;
                }
                if (!Types.comparable(x.type)) {
                    throw new Interp.GoPanic(Interp.runtimeError("comparing uncomparable type " + x.type), null);
                }
                return equal(x.val, y.val, x.type);
            }
            default:
                return a.equals(b);
        }
    }

    static int hash(Object v) {
        return switch (v) {
            case null -> 0;
            case StructVal s -> {
                int h = 0;
                for (int i = 0; i < s.f.length; i++) {
                    h += s.type.fields.get(i).name().equals("_") ? 0 : hash(s.f[i]); // as equal, blanks ignored
                }
                yield h;
            }
            case ArrayVal a -> Arrays.stream(a.a).mapToInt(Values::hash).sum();
            case Double d -> d == 0.0 ? 0 : d.hashCode();
            case Complex c -> 31 * hash(c.re()) + hash(c.im());
            case Iface i -> hash(i.val);
            default -> v.hashCode();
        };
    }

    /**
     * Every heap-object reference held directly by value v (for the GC's reachability walk): struct
     * fields, array elements, a slice's backing array (an Object[], itself the object make/append
     * report) and that array's elements, map keys and values, cells, a closure's captures, an
     * interface's value. Strings and scalars hold none.
     */
    public static void forEachReference(Object v, Consumer<Object> out) {
        switch (v) {
            case null -> {
            }
            case StructVal s -> refs(s.f, 0, s.f.length, out);
            case ArrayVal a -> refs(a.a, 0, a.a.length, out);
            case SliceVal s -> out.accept(s.a);
            case Object[] backing -> refs(backing, 0, backing.length, out);
            case MapVal m -> {
                m.m.forEach((k, val) -> {
                    refIfHeap(MapVal.unkey(k), out);
                    refIfHeap(val, out);
                });
                refIfHeap(m.buckets, out);
                refIfHeap(m.oldbuckets, out);
                refIfHeap(m.extra, out);
                Hashmap.forEachReference(m.table, out);
                if (m.indirect != null) {
                    m.indirect.forEach((k, blocks) -> refs(blocks, 0, blocks.length, out));
                }
            }
            case Cell c -> refIfHeap(c.v, out);
            case FuncVal f -> {
                if (f.caps != null) {
                    refs(f.caps, 0, f.caps.length, out);
                }
                refIfHeap(f.recv, out);
            }
            case Iface i -> refIfHeap(i.val, out);
            case ElemPtr e -> out.accept(e.arr);
            case FieldPtr p -> out.accept(p.s);
            default -> {
            }
        }
    }

    private static void refs(Object[] a, int from, int to, Consumer<Object> out) {
        for (int i = from; i < to; i++) {
            refIfHeap(a[i], out);
        }
    }

    private static void refIfHeap(Object o, Consumer<Object> out) {
        if (o != null && !(o instanceof Long) && !(o instanceof Boolean) && !(o instanceof Double)) {
            out.accept(o);
        }
    }

    // ---------------------------------------------------------------- for hosts building Go values

    /** The zero value of t: a fresh struct or array, 0L, false, 0.0, "" or null (nil). */
    public static Object zero(Type t) {
        return Compiler.zero(t);
    }

    /** A slice holding the given elements (len = cap = elems.length); elements must be Go values. */
    public static SliceVal newSlice(Object... elems) {
        return new SliceVal(elems, 0, elems.length, elems.length);
    }

    /** The elements of a slice (a copy); an empty array for a nil slice. */
    public static Object[] elements(SliceVal s) {
        return s == null ? new Object[0] : Arrays.copyOfRange(s.a, s.off, s.off + s.len);
    }

    /** A Java string as a Go string value (its UTF-8 bytes, one char per byte). */
    public static String goString(String javaString) {
        return Lexer.utf8(javaString);
    }

    /** A Go string value as a Java string (decoding UTF-8). */
    public static String javaString(String goString) {
        return new String(goString.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The bytes of a Go string or []byte value. */
    public static byte[] bytes(Object goStringOrByteSlice) {
        String s = goStringOrByteSlice instanceof SliceVal sv ? Interp.bytesToString(sv) : (String) goStringOrByteSlice;
        return s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
