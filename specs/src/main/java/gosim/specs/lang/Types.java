package gosim.specs.lang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The concrete type classes and type predicates: models go/types' type.go, predicates.go and sizes.go. */
public final class Types {
    private Types() {
    }

    public enum Kind {
        BOOL("bool", 1), INT("int", 8), INT8("int8", 1), INT16("int16", 2), INT32("int32", 4), INT64("int64", 8),
        UINT("uint", 8), UINT8("uint8", 1), UINT16("uint16", 2), UINT32("uint32", 4), UINT64("uint64", 8),
        UINTPTR("uintptr", 8), FLOAT32("float32", 4), FLOAT64("float64", 8), COMPLEX64("complex64", 8), COMPLEX128("complex128", 16), STRING("string", 16), UNSAFE_POINTER("unsafe.Pointer", 8),
        UNTYPED_BOOL("untyped bool", 0), UNTYPED_INT("untyped int", 0), UNTYPED_RUNE("untyped rune", 0),
        UNTYPED_FLOAT("untyped float", 0), UNTYPED_COMPLEX("untyped complex", 0), UNTYPED_STRING("untyped string", 0), UNTYPED_NIL("untyped nil", 0),
        INVALID("invalid type", 0);

        final String goName;
        final int size;

        Kind(String goName, int size) {
            this.goName = goName;
            this.size = size;
        }

        boolean isInteger() {
            return ordinal() >= INT.ordinal() && ordinal() <= UINTPTR.ordinal() || this == UNTYPED_INT
                    || this == UNTYPED_RUNE;
        }

        boolean isUnsigned() {
            return ordinal() >= UINT.ordinal() && ordinal() <= UINTPTR.ordinal();
        }

        boolean isUntyped() {
            return ordinal() >= UNTYPED_BOOL.ordinal() && ordinal() <= UNTYPED_NIL.ordinal();
        }

        boolean isNumeric() {
            return isInteger() || isFloat() || isComplex();
        }

        boolean isComplex() {
            return this == COMPLEX64 || this == COMPLEX128 || this == UNTYPED_COMPLEX;
        }

        boolean isFloat() {
            return this == FLOAT32 || this == FLOAT64 || this == UNTYPED_FLOAT;
        }

        /** Bits of a sized integer kind (64 for int, uint, uintptr). */
        int bits() {
            return size * 8;
        }
    }

    public static final class Basic extends Type {
        public final Kind kind;
        private final String name;

        Basic(Kind kind, String name) {
            this.kind = kind;
            this.name = name;
        }

        @Override
        public long size() {
            return kind.size;
        }

        /** gc's amd64 alignment: a complex64 aligns as its float32 parts (cmd/compile align.go). */
        @Override
        public long align() {
            return kind == Kind.COMPLEX64 ? 4 : super.align();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public static final Basic BOOL = new Basic(Kind.BOOL, "bool");
    public static final Basic INT = new Basic(Kind.INT, "int");
    public static final Basic INT8 = new Basic(Kind.INT8, "int8");
    public static final Basic INT16 = new Basic(Kind.INT16, "int16");
    public static final Basic INT32 = new Basic(Kind.INT32, "int32");
    public static final Basic INT64 = new Basic(Kind.INT64, "int64");
    public static final Basic UINT = new Basic(Kind.UINT, "uint");
    public static final Basic UINT8 = new Basic(Kind.UINT8, "uint8");
    public static final Basic UINT16 = new Basic(Kind.UINT16, "uint16");
    public static final Basic UINT32 = new Basic(Kind.UINT32, "uint32");
    public static final Basic UINT64 = new Basic(Kind.UINT64, "uint64");
    public static final Basic UINTPTR = new Basic(Kind.UINTPTR, "uintptr");
    public static final Basic FLOAT32 = new Basic(Kind.FLOAT32, "float32");
    public static final Basic FLOAT64 = new Basic(Kind.FLOAT64, "float64");
    public static final Basic COMPLEX64 = new Basic(Kind.COMPLEX64, "complex64");
    public static final Basic COMPLEX128 = new Basic(Kind.COMPLEX128, "complex128");
    public static final Basic STRING = new Basic(Kind.STRING, "string");
    public static final Basic UNSAFE_POINTER = new Basic(Kind.UNSAFE_POINTER, "unsafe.Pointer");
    /** byte and rune are aliases: same kind, printed as uint8 and int32 by %T. */
    public static final Basic BYTE = UINT8;
    public static final Basic RUNE = INT32;
    public static final Basic UNTYPED_BOOL = new Basic(Kind.UNTYPED_BOOL, "untyped bool");
    public static final Basic UNTYPED_INT = new Basic(Kind.UNTYPED_INT, "untyped int");
    public static final Basic UNTYPED_RUNE = new Basic(Kind.UNTYPED_RUNE, "untyped rune");
    public static final Basic UNTYPED_FLOAT = new Basic(Kind.UNTYPED_FLOAT, "untyped float");
    public static final Basic UNTYPED_COMPLEX = new Basic(Kind.UNTYPED_COMPLEX, "untyped complex");
    public static final Basic UNTYPED_STRING = new Basic(Kind.UNTYPED_STRING, "untyped string");
    public static final Basic UNTYPED_NIL = new Basic(Kind.UNTYPED_NIL, "untyped nil");
    public static final Basic INVALID = new Basic(Kind.INVALID, "invalid type");

    /** A method of a named type; the function value is filled in by the compiler. */
    public static final class Method {
        public final String name;
        public final Signature sig;
        public final boolean ptrRecv;
        final Named recv;
        /** The checked body. */
        Checker.FuncScope fnScope;
        /** Symbol name, e.g. main.(*T).M. */
        final String symbol;

        Method(String name, Signature sig, boolean ptrRecv, Named recv) {
            this.name = name;
            this.sig = sig;
            this.ptrRecv = ptrRecv;
            this.recv = recv;
            String rn = CheckGeneric.symbolName(recv);
            this.symbol = recv.pkg + "." + (ptrRecv ? "(*" + rn + ")" : rn) + "." + name;
        }
    }

    public static final class Named extends Type {
        public final String pkg;
        public final String name;
        Type underlying;
        final Map<String, Method> methods = new LinkedHashMap<>();
        /** Set for a type parameter while a generic body is checked on its own (CheckGeneric.checkBodies). */
        CheckGeneric.Bound bound;

        Named(String pkg, String name, Type underlying) {
            this.pkg = pkg;
            this.name = name;
            this.underlying = underlying;
        }

        @Override
        public Type underlying() {
            return underlying == null ? INVALID : underlying.underlying();
        }

        @Override
        public long size() {
            return underlying().size();
        }

        @Override
        public long align() {
            return underlying().align();
        }

        @Override
        public String toString() {
            return pkg.isEmpty() ? name : pkg + "." + name;
        }

        public Method method(String n) {
            return methods.get(n);
        }
    }

    public static final class Slice extends Type {
        public final Type elem;

        Slice(Type elem) {
            this.elem = elem;
        }

        @Override
        public long size() {
            return 24;
        }

        @Override
        public String toString() {
            return "[]" + elem;
        }
    }

    public static final class Array extends Type {
        public final long len;
        public final Type elem;

        Array(long len, Type elem) {
            this.len = len;
            this.elem = elem;
        }

        @Override
        public long size() {
            return len * elem.size();
        }

        @Override
        public long align() {
            return elem.align();
        }

        @Override
        public String toString() {
            return "[" + len + "]" + elem;
        }
    }

    public static final class MapT extends Type {
        public final Type key;
        public final Type value;

        MapT(Type key, Type value) {
            this.key = key;
            this.value = value;
        }

        @Override
        public long size() {
            return 8;
        }

        @Override
        public String toString() {
            return "map[" + key + "]" + value;
        }
    }

    public enum ChanDir {
        BOTH("chan "), SEND("chan<- "), RECV("<-chan ");

        final String prefix;

        ChanDir(String prefix) {
            this.prefix = prefix;
        }
    }

    public static final class Chan extends Type {
        public final ChanDir dir;
        public final Type elem;

        Chan(ChanDir dir, Type elem) {
            this.dir = dir;
            this.elem = elem;
        }

        @Override
        public long size() {
            return 8;
        }

        @Override
        public String toString() {
            return dir.prefix + (dir != ChanDir.SEND && elem instanceof Chan c && c.dir == ChanDir.RECV
                    ? "(" + elem + ")" : elem.toString());
        }
    }

    /** A struct field; an embedded field is named after its type (T for T, *T, pkg.T). */
    public record Field(String name, Type type, long offset, boolean embedded) {
    }

    public static final class Struct extends Type {
        public final List<Field> fields;
        /** The fields' tags (reflect's StructField.Tag), parallel to fields; null when none has one. */
        List<String> tags;
        private final long size;
        private final long align;

        Struct(List<String> names, List<Type> types) {
            this(names, types, null);
        }

        /** embedded: which fields are embedded (null: none). */
        Struct(List<String> names, List<Type> types, List<Boolean> embedded) {
            List<Field> fs = new ArrayList<>();
            long off = 0;
            long al = 1;
            for (int i = 0; i < names.size(); i++) {
                Type t = types.get(i);
                long a = t.align();
                off = (off + a - 1) / a * a;
                fs.add(new Field(names.get(i), t, off, embedded != null && embedded.get(i)));
                off += t.size();
                al = Math.max(al, a);
            }
            // go1.7 cmd/compile/internal/gc/align.go:83-89: a nonzero-sized struct ending in a
            // zero-sized field gets a byte, so the field's address stays inside the object
            if (!fs.isEmpty() && off > 0 && types.get(types.size() - 1).size() == 0) {
                off++;
            }
            this.fields = List.copyOf(fs);
            this.align = al;
            this.size = (off + al - 1) / al * al;
        }

        int fieldIndex(String name) {
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).name().equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public long align() {
            return align;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("struct {");
            for (int i = 0; i < fields.size(); i++) {
                sb.append(i == 0 ? " " : "; ");
                if (!fields.get(i).embedded()) {
                    sb.append(fields.get(i).name()).append(' ');
                }
                sb.append(fields.get(i).type());
                if (tags != null && !tags.get(i).isEmpty()) {
                    sb.append(' ').append(Fmt.quote(tags.get(i))); // go1.19 go/types typestring.go:165-168 writes tags quoted
                }
            }
            return sb.append(fields.isEmpty() ? "}" : " }").toString();
        }
    }

    public static final class Pointer extends Type {
        public final Type elem;

        Pointer(Type elem) {
            this.elem = elem;
        }

        @Override
        public long size() {
            return 8;
        }

        @Override
        public String toString() {
            return "*" + elem;
        }
    }

    public static final class Signature extends Type {
        public final List<Type> params;
        public final List<Type> results;
        public final boolean variadic;

        Signature(List<Type> params, List<Type> results, boolean variadic) {
            this.params = List.copyOf(params);
            this.results = List.copyOf(results);
            this.variadic = variadic;
        }

        @Override
        public long size() {
            return 8;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("func(");
            for (int i = 0; i < params.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                if (variadic && i == params.size() - 1) {
                    sb.append("...").append(((Slice) params.get(i)).elem);
                } else {
                    sb.append(params.get(i));
                }
            }
            sb.append(')');
            if (results.size() == 1) {
                sb.append(' ').append(results.get(0));
            } else if (results.size() > 1) {
                sb.append(" (");
                for (int i = 0; i < results.size(); i++) {
                    sb.append(i > 0 ? ", " : "").append(results.get(i));
                }
                sb.append(')');
            }
            return sb.toString();
        }
    }

    public static final class Interface extends Type {
        /** Method names to signatures, sorted by name as go/types does. */
        public final Map<String, Signature> methods;
        /** A constraint's type set beyond its methods (null for an ordinary interface). */
        CheckGeneric.TypeSet typeSet;

        Interface(Map<String, Signature> methods) {
            this.methods = new java.util.TreeMap<>(methods);
        }

        @Override
        public long size() {
            return 16;
        }

        @Override
        public String toString() {
            if (methods.isEmpty()) {
                return "interface {}";
            }
            StringBuilder sb = new StringBuilder("interface {");
            String sep = " ";
            for (var e : methods.entrySet()) {
                sb.append(sep).append(e.getKey()).append(e.getValue().toString().substring(4));
                sep = "; ";
            }
            return sb.append(" }").toString();
        }
    }

    public static final class Tuple extends Type {
        public final List<Type> types;

        Tuple(List<Type> types) {
            this.types = List.copyOf(types);
        }

        @Override
        public long size() {
            return types.stream().mapToLong(Type::size).sum();
        }

        @Override
        public String toString() {
            return "(" + String.join(", ", types.stream().map(Object::toString).toList()) + ")";
        }
    }

    public static final Interface EMPTY_INTERFACE = new Interface(Map.of());
    /** The predeclared error type: interface { Error() string }. */
    public static final Named ERROR = new Named("", "error",
            new Interface(Map.of("Error", new Signature(List.of(), List.of(STRING), false))));

    // ---------------------------------------------------------------- predicates

    static Kind kindOf(Type t) {
        return t.underlying() instanceof Basic b ? b.kind : null;
    }

    static boolean isInteger(Type t) {
        Kind k = kindOf(t);
        return k != null && k.isInteger();
    }

    static boolean isUnsigned(Type t) {
        Kind k = kindOf(t);
        return k != null && k.isUnsigned();
    }

    static boolean isFloat(Type t) {
        Kind k = kindOf(t);
        return k != null && k.isFloat();
    }

    static boolean isComplex(Type t) {
        Kind k = kindOf(t);
        return k != null && k.isComplex();
    }

    static boolean isNumeric(Type t) {
        Kind k = kindOf(t);
        return k != null && k.isNumeric();
    }

    /**
     * Whether an object of type t holds pointers (malloc.go's typ.kind&amp;kindNoPointers == 0): a
     * pointer-free object under 16 bytes goes to the tiny allocator.
     */
    public static boolean hasPointers(Type t) {
        return !Escape.pointerFree(t);
    }

    static boolean isString(Type t) {
        Kind k = kindOf(t);
        return k == Kind.STRING || k == Kind.UNTYPED_STRING;
    }

    static boolean isBoolean(Type t) {
        Kind k = kindOf(t);
        return k == Kind.BOOL || k == Kind.UNTYPED_BOOL;
    }

    static boolean isUntyped(Type t) {
        return t instanceof Basic b && b.kind.isUntyped();
    }

    static boolean isInterface(Type t) {
        return t.underlying() instanceof Interface;
    }

    /** Type identity (go/types Identical). Named types are identical only to themselves. */
    static boolean identical(Type a, Type b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Named || b instanceof Named) {
            return false;
        }
        return switch (a) {
            case Basic x -> b instanceof Basic y && x.kind == y.kind;
            case Slice x -> b instanceof Slice y && identical(x.elem, y.elem);
            case Array x -> b instanceof Array y && x.len == y.len && identical(x.elem, y.elem);
            case MapT x -> b instanceof MapT y && identical(x.key, y.key) && identical(x.value, y.value);
            case Chan x -> b instanceof Chan y && x.dir == y.dir && identical(x.elem, y.elem);
            case Pointer x -> b instanceof Pointer y && identical(x.elem, y.elem);
            case Struct x -> b instanceof Struct y && x.fields.size() == y.fields.size() && sameFields(x, y);
            case Signature x -> b instanceof Signature y && x.variadic == y.variadic && sameList(x.params, y.params)
                    && sameList(x.results, y.results);
            case Interface x -> b instanceof Interface y && x.methods.keySet().equals(y.methods.keySet())
                    && x.methods.keySet().stream().allMatch(k -> identical(x.methods.get(k), y.methods.get(k)));
            case Tuple x -> b instanceof Tuple y && sameList(x.types, y.types);
            default -> false;
        };
    }

    private static boolean sameFields(Struct x, Struct y) {
        for (int i = 0; i < x.fields.size(); i++) {
            if (!x.fields.get(i).name().equals(y.fields.get(i).name())
                    || x.fields.get(i).embedded() != y.fields.get(i).embedded()
                    || !identical(x.fields.get(i).type(), y.fields.get(i).type())) {
                return false;
            }
        }
        return true;
    }

    /** Pairwise identity of two type lists. */
    static boolean sameList(List<Type> a, List<Type> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!identical(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether values of t can be compared with == (spec: Comparison operators). */
    static boolean comparable(Type t) {
        return switch (t.underlying()) {
            case Slice s -> false;
            case MapT m -> false;
            case Signature f -> false;
            case Struct s -> s.fields.stream().allMatch(f -> comparable(f.type()));
            case Array a -> comparable(a.elem);
            default -> true;
        };
    }

    /** Whether t may be nil. */
    static boolean nillable(Type t) {
        return switch (t.underlying()) {
            case Slice s -> true;
            case MapT m -> true;
            case Chan c -> true;
            case Pointer p -> true;
            case Signature f -> true;
            case Interface i -> true;
            case Basic b -> b.kind == Kind.UNSAFE_POINTER || b.kind == Kind.UNTYPED_NIL;
            default -> false;
        };
    }

    /** The default type of an untyped constant type (int, rune=int32, float64, string, bool). */
    static Type defaultType(Type t) {
        if (t instanceof Basic b) {
            return switch (b.kind) {
                case UNTYPED_BOOL -> BOOL;
                case UNTYPED_INT -> INT;
                case UNTYPED_RUNE -> RUNE;
                case UNTYPED_FLOAT -> FLOAT64;
                case UNTYPED_COMPLEX -> COMPLEX128;
                case UNTYPED_STRING -> STRING;
                default -> t;
            };
        }
        return t;
    }

    /**
     * What x.name denotes (go/types lookup.go lookupFieldOrMethod): searched breadth-first through
     * embedded fields, the shallowest depth wins; two matches at that depth are ambiguous. path holds
     * the embedded fields walked; then field (an index), method, or ifaceSig (a method of an
     * embedded interface). indirect: a pointer was followed (t itself, or an embedded *T).
     */
    record Lookup(int[] path, int field, Method method, Signature ifaceSig, boolean indirect, boolean ambiguous) {
        boolean found() {
            return field >= 0 || method != null || ifaceSig != null;
        }
    }

    private record Embedded(Type type, int[] path, boolean indirect, boolean multiple) {
    }

    static final Lookup NOT_FOUND = new Lookup(new int[0], -1, null, null, false, false);

    /** Looks name up in t (a pointer is followed once); methods of t itself count only when t is named. */
    static Lookup lookupFieldOrMethod(Type t, String name) {
        boolean indirect = false;
        if (t.underlying() instanceof Pointer p && !(t instanceof Named)) {
            t = p.elem;
            indirect = true;
        }
        List<Embedded> current = List.of(new Embedded(t, new int[0], indirect, false));
        java.util.Set<Named> seen = new java.util.HashSet<>();
        while (!current.isEmpty()) {
            List<Embedded> next = new ArrayList<>();
            Lookup found = null;
            int count = 0;
            for (Embedded e : current) {
                Type typ = e.type;
                if (typ instanceof Named nt) {
                    if (!seen.add(nt)) {
                        continue;
                    }
                    Method m = nt.methods.get(name);
                    if (m != null) {
                        count += e.multiple ? 2 : 1;
                        found = new Lookup(e.path, -1, m, null, e.indirect, false);
                        continue;
                    }
                    typ = nt.underlying();
                }
                if (typ instanceof Struct st) {
                    for (int i = 0; i < st.fields.size(); i++) {
                        Field f = st.fields.get(i);
                        if (f.name().equals(name)) {
                            count += e.multiple ? 2 : 1;
                            found = new Lookup(e.path, i, null, null, e.indirect, false);
                            continue;
                        }
                        if (f.embedded()) {
                            Type ft = f.type();
                            boolean ind = e.indirect;
                            if (ft instanceof Pointer p) {
                                ft = p.elem;
                                ind = true;
                            }
                            int[] path = java.util.Arrays.copyOf(e.path, e.path.length + 1);
                            path[e.path.length] = i;
                            next.add(new Embedded(ft, path, ind, e.multiple));
                        }
                    }
                } else if (typ instanceof Interface it) {
                    Signature sig = it.methods.get(name);
                    if (sig != null) {
                        count += e.multiple ? 2 : 1;
                        found = new Lookup(e.path, -1, null, sig, e.indirect, false);
                    }
                }
            }
            if (count > 1) {
                return new Lookup(new int[0], -1, null, null, false, true);
            }
            if (found != null) {
                return found;
            }
            current = consolidate(next);
        }
        return NOT_FOUND;
    }

    /** Merges entries for the same named type at one depth (go/types consolidateMultiples). */
    private static List<Embedded> consolidate(List<Embedded> list) {
        List<Embedded> out = new ArrayList<>();
        for (Embedded e : list) {
            int at = -1;
            for (int i = 0; i < out.size(); i++) {
                if (identical(out.get(i).type, e.type)) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                out.add(e);
            } else {
                Embedded o = out.get(at);
                out.set(at, new Embedded(o.type, o.path, o.indirect, true));
            }
        }
        return out;
    }

    /** The signature of method name in t's method set (promoted methods included), or null. */
    static Signature methodSetSig(Type t, String name) {
        if (t instanceof Pointer p && p.elem.underlying() instanceof Interface) {
            return null; // a pointer to an interface has no methods (spec: Method sets)
        }
        Lookup l = lookupFieldOrMethod(t, name);
        return l.ifaceSig != null ? l.ifaceSig
                : l.method != null && (!l.method.ptrRecv || l.indirect) ? l.method.sig : null;
    }

    /** Whether t implements interface iface; returns the name of a missing method or null. */
    static String missingMethod(Type t, Interface iface) {
        for (var e : iface.methods.entrySet()) {
            if (t.underlying() instanceof Interface ti) {
                Signature s = ti.methods.get(e.getKey());
                if (s == null || !identical(s, e.getValue())) {
                    return e.getKey();
                }
                continue;
            }
            Signature sig = methodSetSig(t, e.getKey());
            if (sig == null || !identical(sig, e.getValue())) {
                return e.getKey();
            }
        }
        return null;
    }
}
