package gosim.specs.lang;

import gosim.specs.lang.Types.*;
import gosim.specs.lang.Values.*;
import java.util.ArrayList;
import java.util.List;

/**
 * The natives of package reflect (stdlib reflect/reflect.go): what Go's reflect reads from the
 * runtime's type descriptors (go1.7 src/reflect/type.go rtype, uncommonType, structType) and
 * through unsafe.Pointer (value.go's Value.ptr), here read from the interpreter's {@link Type}s and
 * value objects. A type is named by an id, one per identical type, handed out in the order the
 * program first reflects on it (deterministic); a value by its location: the struct or array
 * object itself for an aggregate (as a pointer to one is), else a {@link Ptr} cell.
 */
final class ReflectNatives {
    private final Interp in;
    private final Host host;
    /** Types by id; looked up by identity (go/types Identical), never iterated by hash. */
    private final List<Type> types = new ArrayList<>();
    private static final Pos POS = new Pos("$GOROOT/src/reflect/value.go", 1, 1);

    ReflectNatives(Interp in) {
        this.in = in;
        this.host = in.host;
    }

    int id(Type t) {
        for (int i = 0; i < types.size(); i++) {
            // struct tags are part of a struct type's identity (spec: Type identity)
            if (Types.identical(types.get(i), t) && java.util.Objects.equals(tags(types.get(i)), tags(t))) {
                return i;
            }
        }
        types.add(t);
        return types.size() - 1;
    }

    private static List<String> tags(Type t) {
        return t instanceof Struct s ? s.tags : null;
    }

    private Type type(Object id) {
        return types.get((int) (long) (Long) id);
    }

    private static int i(Object v) {
        return (int) (long) (Long) v;
    }

    /** The *rtype of each id, made once: type descriptors are static data, never heap objects. */
    private final List<StructVal> rtypes = new ArrayList<>();

    /** toType: the one *rtype (struct{id int; t unsafe.Pointer}, the result type {@code ptr}) of type id. */
    private StructVal rtype(Type ptr, int id) {
        while (rtypes.size() <= id) {
            rtypes.add(null);
        }
        StructVal t = rtypes.get(id);
        if (t == null) {
            t = new StructVal((Struct) ((Pointer) ptr).elem.underlying(), new Object[] {(long) id, type((long) id)});
            rtypes.set(id, t);
        }
        return t;
    }

    /** The native for reflect's body-less function name (of signature sig), or null. */
    Host.Native resolve(String name, Signature sig) {
        return switch (name) {
            case "toType" -> (g, a) -> rtype(sig.results.get(0), i(a[0]));
            case "typeID" -> (g, a) -> a[0] == null ? -1L : (long) id(((Iface) a[0]).type());
            case "tkind" -> (g, a) -> (long) kind(type(a[0]));
            case "tstring" -> (g, a) -> typeString(type(a[0]));
            case "tname" -> (g, a) -> name(type(a[0]));
            case "tpkgPath" -> (g, a) -> type(a[0]) instanceof Named n && !n.pkg.isEmpty() ? n.pkg
                    : type(a[0]) == Types.UNSAFE_POINTER ? "unsafe" : "";
            case "tsize" -> (g, a) -> type(a[0]).size();
            case "talign" -> (g, a) -> type(a[0]).align();
            case "telem" -> (g, a) -> {
                Type e = elem(type(a[0]));
                return e == null ? -1L : (long) id(e);
            };
            case "tkey" -> (g, a) -> (long) id(((MapT) type(a[0]).underlying()).key);
            case "tlen" -> (g, a) -> ((Array) type(a[0]).underlying()).len;
            case "tnumField" -> (g, a) -> (long) ((Struct) type(a[0]).underlying()).fields.size();
            case "tfield" -> (g, a) -> field(type(a[0]), i(a[1]));
            case "tnumMethod" -> (g, a) -> (long) methodNames(type(a[0])).size();
            case "tmethod" -> (g, a) -> method(type(a[0]), i(a[1]));
            case "tnumIn" -> (g, a) -> (long) ((Signature) type(a[0]).underlying()).params.size();
            case "tin" -> (g, a) -> (long) id(((Signature) type(a[0]).underlying()).params.get(i(a[1])));
            case "tnumOut" -> (g, a) -> (long) ((Signature) type(a[0]).underlying()).results.size();
            case "tout" -> (g, a) -> (long) id(((Signature) type(a[0]).underlying()).results.get(i(a[1])));
            case "tvariadic" -> (g, a) -> ((Signature) type(a[0]).underlying()).variadic;
            case "trelation" -> (g, a) -> relation(type(a[0]), type(a[1]), i(a[2]));
            case "tchanDir" -> (g, a) -> switch (((Chan) type(a[0]).underlying()).dir) {
                case RECV -> 1L;
                case SEND -> 2L;
                case BOTH -> 3L;
            };
            case "tcompose" -> (g, a) -> (long) id(compose(i(a[0]), type(a[1]), a[2], i(a[3])));
            case "unpack" -> (g, a) -> {
                Iface x = (Iface) a[0];
                return x == null ? new Object[]{-1L, null} : new Object[]{(long) id(x.type()), location(x.type(), x.val())};
            };
            case "pack" -> (g, a) -> pack(type(a[0]), a[1]);
            case "loadPtr" -> (g, a) -> ((Ptr) a[0]).load();
            case "isNilAt" -> (g, a) -> ((Ptr) a[0]).load() == null;
            case "addrOf" -> (g, a) -> {
                Object p = ((Ptr) a[1]).load();
                if (p instanceof FuncVal fv && !fv.bound && host.funcEntry(fv.fn.info()) != 0) {
                    return host.funcEntry(fv.fn.info()); // value.go Pointer: a func's code pointer
                }
                return p == null ? 0L : p instanceof SliceVal s ? in.uintptrOf(new ElemPtr(s.a, s.off)) : in.uintptrOf(p);
            };
            case "box" -> (g, a) -> new Cell(a[0]);
            case "loadInt", "loadUint", "loadFloat", "loadComplex", "loadBool", "loadString" -> (g, a) -> ((Ptr) a[0]).load();
            case "storeInt", "storeUint" -> (g, a) -> {
                Kind k = Types.kindOf(type(a[0]));
                ((Ptr) a[1]).store(Interp.wrap((Long) a[2], 64 - k.bits(), k.isUnsigned()));
                return null;
            };
            case "storeFloat" -> (g, a) -> {
                double d = (Double) a[2];
                ((Ptr) a[1]).store(Types.kindOf(type(a[0])) == Kind.FLOAT32 ? (double) (float) d : d);
                return null;
            };
            case "storeComplex" -> (g, a) -> {
                Complex c = (Complex) a[2];
                ((Ptr) a[1]).store(Types.kindOf(type(a[0])) == Kind.COMPLEX64
                        ? new Complex((float) c.re(), (float) c.im()) : c);
                return null;
            };
            case "storeBool", "storeString" -> (g, a) -> {
                ((Ptr) a[0]).store(a[1]);
                return null;
            };
            case "store" -> (g, a) -> {
                store(type(a[0]), a[1], load(type(a[2]), a[3]));
                return null;
            };
            case "convertAt" -> (g, a) -> {
                Type t = type(a[0]);
                return fresh(t, convert(load(type(a[1]), a[2]), type(a[1]), t));
            };
            case "fieldAt" -> (g, a) -> {
                StructVal s = (StructVal) a[1];
                int n = i(a[2]);
                return Interp.isAggregate(s.type.fields.get(n).type()) ? s.f[n] : new FieldPtr(s, n);
            };
            case "indexAt" -> (g, a) -> index(type(a[0]), a[1], i(a[2]));
            case "lenAt", "capAt" -> (g, a) -> (long) lenOrCap(type(a[0]), a[1], name.equals("lenAt"));
            case "newAt" -> (g, a) -> fresh(type(a[0]), Compiler.zero(type(a[0])));
            case "newObject" -> (g, a) -> {
                // value.go New: unsafe_New, the runtime's mallocgc of a zeroed t (none for size 0: zerobase)
                Type t = type(a[0]);
                Object p = fresh(t, Compiler.zero(t));
                if (t.size() > 0) {
                    host.onAlloc(g, p, t.size(), t, POS);
                }
                return p;
            };
            case "sliceAt" -> (g, a) -> slice(type(a[0]), a[1], i(a[2]), i(a[3]), i(a[4]));
            case "grow" -> (g, a) -> {
                Type t = type(a[0]);
                Type et = ((Slice) t.underlying()).elem;
                SliceVal s = (SliceVal) ((Ptr) a[1]).load();
                return new Cell(Slices.grow(g.top, s, i(a[2]), et.size(), Compiler.zero(et), in, host, t, POS));
            };
            case "makeSlice" -> (g, a) -> {
                Type et = ((Slice) type(a[0]).underlying()).elem;
                Object[] arr = new Object[i(a[2])];
                for (int k = 0; k < arr.length; k++) {
                    arr[k] = Compiler.zero(et);
                }
                host.onAlloc(g, arr, arr.length * et.size(), type(a[0]), POS);
                return new Cell(new SliceVal(arr, 0, i(a[1]), arr.length));
            };
            case "makeMap" -> (g, a) -> {
                MapT m = (MapT) type(a[0]).underlying();
                MapVal mv = new MapVal(m.key);
                Hashmap.makemap(host, g, mv, m, (Long) a[1], false, true, POS, in.version);
                return new Cell(mv);
            };
            case "mapKeys" -> (g, a) -> mapKeys(type(a[0]), (MapVal) ((Ptr) a[1]).load());
            case "mapIndex" -> (g, a) -> {
                MapT m = (MapT) type(a[0]).underlying();
                MapVal mv = (MapVal) ((Ptr) a[1]).load();
                Object k = load(m.key, a[2]);
                if (mv == null || !mv.m.containsKey(mv.key(k))) {
                    return null;
                }
                return fresh(m.value, copy(m.value, mv.get(k)));
            };
            case "mapSet" -> (g, a) -> {
                mapSet(g, (MapT) type(a[0]).underlying(), (MapVal) ((Ptr) a[1]).load(), a[2], a[3]);
                return null;
            };
            case "call" -> (g, a) -> call(g, type(a[0]), ((Ptr) a[1]).load(), Values.elements((SliceVal) a[2]), (Boolean) a[3]);
            case "methodAt" -> (g, a) -> methodValue(type(a[0]), load(type(a[0]), a[1]), i(a[2]));
            case "zeroAt" -> (g, a) -> isZero(type(a[0]), load(type(a[0]), a[1]));
            case "structOf" -> (g, a) -> {
                Object[] names = Values.elements((SliceVal) a[0]);
                Object[] ids = Values.elements((SliceVal) a[1]);
                Object[] tags = Values.elements((SliceVal) a[2]);
                Object[] emb = Values.elements((SliceVal) a[3]);
                List<String> ns = new ArrayList<>();
                List<Type> ts = new ArrayList<>();
                List<Boolean> es = new ArrayList<>();
                List<String> tg = new ArrayList<>();
                for (int k = 0; k < names.length; k++) {
                    ns.add((String) names[k]);
                    ts.add(type(ids[k]));
                    es.add((Boolean) emb[k]);
                    tg.add((String) tags[k]);
                }
                Struct st = new Struct(ns, ts, es);
                st.tags = tg.stream().allMatch(String::isEmpty) ? null : List.copyOf(tg);
                return (long) id(st);
            };
            case "makeFunc" -> (g, a) -> new Cell(makeFunc((Signature) type(a[0]).underlying(), (FuncVal) a[1],
                    (FuncVal) a[2], (FuncVal) a[3]));
            default -> null;
        };
    }

    /** Whether t is reflect.Value, which fmt prints as the value it holds (print.go printArg). */
    static boolean isValue(Type t) {
        return t instanceof Named n && n.name.equals("Value") && n.pkg.equals("reflect");
    }

    /** What a reflect.Value holds, as an interface value (null: nil); INVALID for the zero Value. */
    static Object contents(Object value) {
        StructVal v = (StructVal) value;
        if (v.f[0] == null) {
            return INVALID;
        }
        return pack((Type) ((StructVal) v.f[0]).f[1], v.f[1]);
    }

    static final Object INVALID = new Object();

    // ---------------------------------------------------------------- types

    /** The reflect.Kind of t (type.go:220-250's numbering). */
    static int kind(Type t) {
        return switch (t.underlying()) {
            case Basic b -> switch (b.kind) {
                case BOOL -> 1;
                case INT -> 2;
                case INT8 -> 3;
                case INT16 -> 4;
                case INT32 -> 5;
                case INT64 -> 6;
                case UINT -> 7;
                case UINT8 -> 8;
                case UINT16 -> 9;
                case UINT32 -> 10;
                case UINT64 -> 11;
                case UINTPTR -> 12;
                case FLOAT32 -> 13;
                case FLOAT64 -> 14;
                case COMPLEX64 -> 15;
                case COMPLEX128 -> 16;
                case STRING -> 24;
                case UNSAFE_POINTER -> 26;
                default -> 0;
            };
            case Array x -> 17;
            case Chan x -> 18;
            case Signature x -> 19;
            case Interface x -> 20;
            case MapT x -> 21;
            case Pointer x -> 22;
            case Slice x -> 23;
            case Struct x -> 25;
            default -> 0;
        };
    }

    /** rtype.String: %T's text (a struct's field tags quoted, as Go's type strings have them). */
    private static String typeString(Type t) {
        return t.toString();
    }

    /** rtype.Name: a defined type's name, a predeclared type's, else "". */
    private static String name(Type t) {
        return switch (t) {
            case Named n -> n.name;
            case Basic b -> b.kind == Kind.UNSAFE_POINTER ? "Pointer" : b.toString();
            default -> "";
        };
    }

    private static Type elem(Type t) {
        return switch (t.underlying()) {
            case Array a -> a.elem;
            case Chan c -> c.elem;
            case MapT m -> m.value;
            case Pointer p -> p.elem;
            case Slice s -> s.elem;
            default -> null;
        };
    }

    private static boolean exported(String name) {
        return !name.isEmpty() && Character.isUpperCase(name.codePointAt(0));
    }

    /** {name, pkgPath, type id, tag, offset, embedded}: an unexported field's PkgPath is its package's. */
    private Object[] field(Type t, int k) {
        Struct s = (Struct) t.underlying();
        Field f = s.fields.get(k);
        String pkg = exported(f.name()) ? "" : t instanceof Named n && !n.pkg.isEmpty() ? n.pkg : "main";
        String tag = s.tags == null ? "" : s.tags.get(k);
        return new Object[]{f.name(), pkg, (long) id(f.type()), tag, f.offset(), f.embedded()};
    }

    /**
     * The names of t's method set as reflect lists it (type.go Method: sorted by name, exported only;
     * an interface type's methods all).
     */
    private static List<String> methodNames(Type t) {
        if (t.underlying() instanceof Interface it) {
            return new ArrayList<>(it.methods.keySet());
        }
        java.util.TreeSet<String> cands = new java.util.TreeSet<>();
        collect(t, cands, 0);
        List<String> out = new ArrayList<>();
        for (String n : cands) {
            if (exported(n) && Types.methodSetSig(t, n) != null) {
                out.add(n);
            }
        }
        return out;
    }

    private static void collect(Type t, java.util.Set<String> out, int depth) {
        if (depth > 8) {
            return;
        }
        if (t instanceof Pointer p) {
            t = p.elem;
        }
        if (t instanceof Named n) {
            out.addAll(n.methods.keySet());
        }
        if (t.underlying() instanceof Struct s) {
            for (Field f : s.fields) {
                if (f.embedded()) {
                    collect(f.type(), out, depth + 1);
                }
            }
        } else if (t.underlying() instanceof Interface it && depth > 0) {
            out.addAll(it.methods.keySet());
        }
    }

    /** {name, func type id, Func}: a concrete type's method type has the receiver first. */
    private Object[] method(Type t, int k) {
        String n = methodNames(t).get(k);
        if (t.underlying() instanceof Interface it) {
            return new Object[]{n, (long) id(it.methods.get(n)), null};
        }
        Signature sig = Types.methodSetSig(t, n);
        List<Type> params = new ArrayList<>();
        params.add(t);
        params.addAll(sig.params);
        Signature withRecv = new Signature(params, sig.results, sig.variadic);
        Interp.Fn fn = nativeFn(t + "." + n, withRecv, (g, a) -> {
            Object[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
            return results(sig, invokeMethod(g, t, a[0], n, rest));
        });
        return new Object[]{n, (long) id(withRecv), new Cell(new FuncVal(fn, null))};
    }

    private static Object results(Signature sig, Object[] r) {
        return sig.results.isEmpty() ? null : sig.results.size() == 1 ? r[0] : r;
    }

    private static Interp.Fn nativeFn(String symbol, Signature sig, Host.Native impl) {
        Interp.Fn fn = new Interp.Fn(new FuncInfo(symbol, "$GOROOT/src/reflect/value.go", 1, 1), sig);
        fn.nativeImpl = impl;
        fn.wrapper = true;
        int n = sig.params.size();
        fn.paramSlot = new int[n];
        fn.paramScalar = new boolean[n];
        fn.paramKind = new byte[n];
        for (int k = 0; k < n; k++) {
            fn.paramSlot[k] = k;
            fn.paramKind[k] = Interp.K_REF;
        }
        return fn;
    }

    /**
     * Calls method name of recv (of type t) with args: through embedded fields (value.go's
     * methodReceiver walks the method's path as the compiler's wrappers do), dereferencing or
     * taking the address as the method's receiver wants; an interface dispatches on its dynamic type.
     */
    private Object[] invokeMethod(Goroutine g, Type t, Object recv, String name, Object[] args) {
        if (t.underlying() instanceof Interface) {
            Iface iv = (Iface) recv;
            if (iv == null) {
                throw in.nilDeref(g.top);
            }
            return invokeMethod(g, iv.type(), iv.val(), name, args);
        }
        Types.Lookup l = Types.lookupFieldOrMethod(t, name);
        Object cur = recv;
        boolean isPtr = t.underlying() instanceof Pointer && !(t instanceof Named);
        Type curT = isPtr ? ((Pointer) t.underlying()).elem : t;
        for (int idx : l.path()) {
            if (cur == null) {
                throw in.nilDeref(g.top);
            }
            Field f = ((Struct) curT.underlying()).fields.get(idx);
            cur = ((StructVal) cur).f[idx];
            isPtr = f.type() instanceof Pointer;
            curT = isPtr ? ((Pointer) f.type()).elem : f.type();
        }
        if (l.ifaceSig() != null) {
            return invokeMethod(g, curT, cur, name, args);
        }
        Method m = l.method();
        Object r;
        if (m.ptrRecv) {
            r = isPtr || cur instanceof StructVal || cur instanceof ArrayVal ? cur : new Cell(cur);
        } else if (isPtr) {
            if (cur == null) {
                throw in.nilDeref(g.top);
            }
            r = cur instanceof Ptr p ? p.load() : Values.copyAgg(cur);
        } else {
            r = copy(curT, cur);
        }
        Object[] all = new Object[args.length + 1];
        all[0] = r;
        System.arraycopy(args, 0, all, 1, args.length);
        return callThrough(g, in.methodFn(m), null, all);
    }

    /** Calls Go function fn for a wrapper; a deferred wrapper's panic becomes recoverable in fn's frame. */
    private Object[] callThrough(Goroutine g, Interp.Fn fn, Object[] caps, Object[] args) {
        Interp.GoPanic rec = g.wrapperRecoverable;
        g.wrapperRecoverable = null;
        if (rec == null || fn.nativeImpl != null) {
            return Calls.callBoxed(in, g.top, g, fn, caps, args);
        }
        Frame cf = Calls.frameFor(fn, caps, g, args);
        cf.recoverable = rec;
        in.invoke(g.top, cf);
        Object[] out = new Object[fn.resultSlot.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = Interp.result(cf, k);
        }
        return out;
    }

    /** Value.Method(k): {func type id, location of the bound method value}. */
    private Object[] methodValue(Type t, Object recv, int k) {
        String n = methodNames(t).get(k);
        Signature sig = t.underlying() instanceof Interface it ? it.methods.get(n) : Types.methodSetSig(t, n);
        Object r = copy(t, recv);
        Interp.Fn fn = nativeFn(t + "." + n + "-fm", sig, (g, a) -> results(sig, invokeMethod(g, t, r, n, a)));
        return new Object[]{(long) id(sig), new Cell(new FuncVal(fn, null))};
    }

    /** A function of type sig whose calls run MakeFunc's fn on the arguments as Values (toValues, fromValues: reflect.go's helpers). */
    private FuncVal makeFunc(Signature sig, FuncVal toValues, FuncVal fn, FuncVal fromValues) {
        Interp.Fn stub = nativeFn("reflect.makeFuncStub", sig, (g, a) -> {
            Interp.GoPanic rec = g.wrapperRecoverable;
            g.wrapperRecoverable = null;
            Object[] locs = new Object[a.length];
            for (int k = 0; k < a.length; k++) {
                locs[k] = fresh(sig.params.get(k), a[k]);
            }
            Object vals = Calls.callBoxed(in, g.top, g, toValues.fn, toValues.caps, new Object[]{Values.newSlice(locs)})[0];
            g.wrapperRecoverable = rec;
            Object results = callThrough(g, fn.fn, fn.caps, new Object[]{vals})[0];
            Object[] outs = Values.elements((SliceVal) Calls.callBoxed(in, g.top, g, fromValues.fn, fromValues.caps,
                    new Object[]{results})[0]);
            Object[] r = new Object[outs.length];
            for (int k = 0; k < outs.length; k++) {
                r[k] = load(sig.results.get(k), outs[k]);
            }
            return results(sig, r);
        });
        return new FuncVal(stub, null);
    }

    private static boolean relation(Type t, Type u, int op) {
        return switch (op) {
            case 0 -> implementsIface(t, u);
            case 1 -> assignable(t, u);
            case 2 -> CheckCall.convertibleTo(t, u, new String[1]);
            default -> Types.comparable(t);
        };
    }

    /** type.go implements: t's method set holds every method of interface u. */
    private static boolean implementsIface(Type t, Type u) {
        if (!(u.underlying() instanceof Interface it)) {
            return false;
        }
        if (t.underlying() instanceof Interface ti) {
            return it.methods.keySet().stream().allMatch(k -> ti.methods.containsKey(k)
                    && Types.identical(ti.methods.get(k), it.methods.get(k)));
        }
        return Types.missingMethod(t, it) == null;
    }

    /**
     * value.go's assignTo rule (type.go directlyAssignable, then implements): identical types; or at
     * most one of them defined (a predeclared type counts: it has a name), of one kind, with identical
     * underlying types, or a bidirectional channel to any direction of the same element type.
     */
    private static boolean assignable(Type v, Type t) {
        if (Types.identical(v, t)) {
            return true;
        }
        if (t.underlying() instanceof Interface) {
            return implementsIface(v, t);
        }
        boolean vn = v instanceof Named || v instanceof Basic;
        boolean tn = t instanceof Named || t instanceof Basic;
        if (vn && tn || kind(v) != kind(t)) {
            return false;
        }
        if (v.underlying() instanceof Chan vc && t.underlying() instanceof Chan tc && vc.dir == ChanDir.BOTH
                && Types.identical(vc.elem, tc.elem)) {
            return true;
        }
        return Types.identical(v.underlying(), t.underlying());
    }

    private Type compose(int op, Type t, Object u, int n) {
        return switch (op) {
            case 0 -> new Pointer(t);
            case 1 -> new Slice(t);
            case 2 -> new MapT(t, type(u));
            case 3 -> new Array(n, t);
            default -> new Chan(switch (i(u)) {
                case 1 -> ChanDir.RECV;
                case 2 -> ChanDir.SEND;
                default -> ChanDir.BOTH;
            }, t);
        };
    }

    // ---------------------------------------------------------------- values

    /** Where a value of type t lives for a Value: an aggregate is its own location, else a fresh cell. */
    private static Object location(Type t, Object v) {
        return Interp.isAggregate(t) ? v : new Cell(v);
    }

    /** A location of its own holding v (copied if an aggregate). */
    private static Object fresh(Type t, Object v) {
        return location(t, copy(t, v));
    }

    private static Object copy(Type t, Object v) {
        return Interp.isAggregate(t) && v != null ? Values.copyAgg(v) : v;
    }

    /** The value at location p, as a value of t (an aggregate: the object itself, not copied). */
    private static Object load(Type t, Object p) {
        return Interp.isAggregate(t) ? p : ((Ptr) p).load();
    }

    private static void store(Type t, Object p, Object v) {
        if (Interp.isAggregate(t)) {
            Values.assignAgg(p, v);
        } else {
            ((Ptr) p).store(v);
        }
    }

    /** Value.Interface: the value at p boxed as an interface{} (an interface-typed value: itself). */
    private static Object pack(Type t, Object p) {
        Object v = load(t, p);
        if (t.underlying() instanceof Interface) {
            return v;
        }
        return new Iface(t, copy(t, v));
    }

    private static Object index(Type t, Object p, int k) {
        switch (t.underlying()) {
            case Array a -> {
                ArrayVal av = (ArrayVal) p;
                return Interp.isAggregate(a.elem) ? av.a[k] : new ElemPtr(av.a, k);
            }
            case Slice s -> {
                SliceVal sv = (SliceVal) ((Ptr) p).load();
                return Interp.isAggregate(s.elem) ? sv.a[sv.off + k] : new ElemPtr(sv.a, sv.off + k);
            }
            default -> {
                return new Cell((long) ((String) ((Ptr) p).load()).charAt(k));
            }
        }
    }

    private int lenOrCap(Type t, Object p, boolean len) {
        if (t.underlying() instanceof Array a) {
            return (int) a.len;
        }
        Object v = ((Ptr) p).load();
        return switch (v) {
            case null -> 0;
            case SliceVal s -> len ? s.len : s.cap;
            case String s -> s.length();
            case MapVal m -> m.size();
            default -> len ? host.chanLen(v) : host.chanCap(v);
        };
    }

    private static Object slice(Type t, Object p, int lo, int hi, int max) {
        switch (t.underlying()) {
            case Array a -> {
                return new Cell(new SliceVal(((ArrayVal) p).a, lo, hi - lo, max - lo));
            }
            case Slice s -> {
                SliceVal sv = (SliceVal) ((Ptr) p).load();
                if (sv == null) {
                    return new Cell(null);
                }
                return new Cell(new SliceVal(sv.a, sv.off + lo, hi - lo, max - lo));
            }
            default -> {
                return new Cell(((String) ((Ptr) p).load()).substring(lo, hi));
            }
        }
    }

    /** MapKeys: copies of the keys, in the order a range loop would visit them (a random first entry). */
    private Object mapKeys(Type t, MapVal mv) {
        Type kt = ((MapT) t.underlying()).key;
        if (mv == null || mv.size() == 0) {
            return Values.newSlice();
        }
        List<Object> keys = mv.keys();
        int n = keys.size();
        int start = host.fastrand(n);
        Object[] out = new Object[n];
        for (int k = 0; k < n; k++) {
            out[k] = fresh(kt, keys.get((start + k) % n));
        }
        return Values.newSlice(out);
    }

    private void mapSet(Goroutine g, MapT m, MapVal mv, Object kp, Object vp) {
        if (mv == null) {
            throw in.nilMapWrite(g.top);
        }
        Object k = copy(m.key, load(m.key, kp));
        if (vp == null) {
            Hashmap.delete(host, g, mv, m, k, POS, in.version);
            mv.m.remove(mv.key(k));
            return;
        }
        Hashmap.assign(host, g, mv, m, k, POS, in.version);
        mv.m.put(mv.key(k), copy(m.value, load(m.value, vp)));
    }

    /** Value.Call: the arguments (already of the parameter types) packed for a variadic callee. */
    private Object call(Goroutine g, Type t, Object f, Object[] argLocs, boolean spread) {
        Signature sig = (Signature) t.underlying();
        int np = sig.params.size();
        List<Object> args = new ArrayList<>();
        int fixed = sig.variadic && !spread ? np - 1 : argLocs.length;
        for (int k = 0; k < fixed; k++) {
            args.add(load(sig.params.get(k), argLocs[k]));
        }
        if (sig.variadic && !spread) {
            Type et = ((Slice) sig.params.get(np - 1)).elem;
            Object[] rest = new Object[argLocs.length - fixed];
            for (int k = 0; k < rest.length; k++) {
                rest[k] = load(et, argLocs[fixed + k]);
            }
            args.add(rest.length == 0 ? null : Values.newSlice(rest));
        }
        FuncVal fv = (FuncVal) f;
        Object[] a = args.toArray();
        if (fv.bound) {
            Object[] withRecv = new Object[a.length + 1];
            withRecv[0] = fv.recv;
            System.arraycopy(a, 0, withRecv, 1, a.length);
            a = withRecv;
        }
        Object[] r = Calls.callBoxed(in, g.top, g, fv.fn, fv.caps, a);
        Object[] locs = new Object[r.length];
        for (int k = 0; k < r.length; k++) {
            locs[k] = fresh(sig.results.get(k), r[k]);
        }
        return Values.newSlice(locs);
    }

    /** Value.IsZero (Go 1.13 value.go): every part zero; floats compare bitwise (-0 is not zero). */
    private static boolean isZero(Type t, Object v) {
        return switch (t.underlying()) {
            case Struct s -> {
                for (int k = 0; k < s.fields.size(); k++) {
                    if (!isZero(s.fields.get(k).type(), ((StructVal) v).f[k])) {
                        yield false;
                    }
                }
                yield true;
            }
            case Array a -> {
                for (Object e : ((ArrayVal) v).a) {
                    if (!isZero(a.elem, e)) {
                        yield false;
                    }
                }
                yield true;
            }
            case Basic b -> switch (v) {
                case Long l -> l == 0;
                case Boolean x -> !x;
                case Double d -> Double.doubleToRawLongBits(d) == 0;
                case Complex c -> Double.doubleToRawLongBits(c.re()) == 0 && Double.doubleToRawLongBits(c.im()) == 0;
                case String s -> s.isEmpty();
                default -> v == null;
            };
            default -> v == null;
        };
    }

    /** The conversion T(x) of a value of type src (spec: Conversions), as Value.Convert and assignTo need. */
    private static Object convert(Object v, Type src, Type dst) {
        Type su = src.underlying();
        Type du = dst.underlying();
        if (du instanceof Interface) {
            return su instanceof Interface ? v : new Iface(src, copy(src, v));
        }
        Kind sk = Types.kindOf(su);
        Kind dk = Types.kindOf(du);
        if (sk != null && dk != null) {
            if (dk.isInteger() && sk.isInteger()) {
                return Interp.wrap((Long) v, 64 - dk.bits(), dk.isUnsigned());
            }
            if (dk.isInteger() && sk.isFloat()) {
                double d = (Double) v;
                long l = dk.isUnsigned() && d >= 0x1p63 ? (long) (d - 0x1p63) + Long.MIN_VALUE : (long) d;
                return Interp.wrap(l, 64 - dk.bits(), dk.isUnsigned());
            }
            if (dk.isFloat() && sk.isInteger()) {
                double d = sk.isUnsigned() ? Interp.uintToDouble((Long) v) : (double) (Long) v;
                return dk == Kind.FLOAT32 ? (double) (float) d : d;
            }
            if (dk.isFloat() && sk.isFloat()) {
                return dk == Kind.FLOAT32 ? (double) (float) (double) (Double) v : v;
            }
            if (dk.isComplex() && sk.isComplex()) {
                Complex c = (Complex) v;
                return dk == Kind.COMPLEX64 ? new Complex((float) c.re(), (float) c.im()) : c;
            }
            if (dk == Kind.STRING && sk.isInteger()) {
                long r = (Long) v;
                return Interp.runesToString(Values.newSlice(r < 0 || r > 0x10FFFF ? 0xFFFDL : r));
            }
        }
        if (dk == Kind.STRING && su instanceof Slice s) {
            SliceVal sv = (SliceVal) v;
            return Types.kindOf(s.elem) == Kind.UINT8 ? (sv == null ? "" : Interp.bytesToString(sv))
                    : sv == null ? "" : Interp.runesToString(sv);
        }
        if (sk == Kind.STRING && du instanceof Slice s) {
            return Types.kindOf(s.elem) == Kind.UINT8 ? Interp.stringToBytes((String) v) : Interp.stringToRunes((String) v);
        }
        return copy(src, v);
    }
}
