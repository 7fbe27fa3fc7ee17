package gosim.specs.lang;

/**
 * runtime.SetFinalizer's checks of its two arguments' dynamic types, and its nret: go1.7
 * mfinal.go:289-386 (1.19 mfinal.go:347-444 has the same rules and messages). A host implements
 * the rest (the finalizer specials, the queue) with these.
 */
public final class FinalizerTypes {
    private FinalizerTypes() {
    }

    /** What SetFinalizer found: the throw's message (null when the call is good) and nret. */
    public record Check(String error, long nret) {
    }

    /** Whether t is a pointer type (etyp.kind&amp;kindMask == kindPtr, mfinal.go:294). */
    public static boolean isPointer(Type t) {
        return t.underlying() instanceof Types.Pointer;
    }

    /** The first argument's check (mfinal.go:291-296): null when it is a pointer. */
    public static String checkObject(Type etyp) {
        if (etyp == null) {
            return "runtime.SetFinalizer: first argument is nil";
        }
        if (!isPointer(etyp)) {
            return "runtime.SetFinalizer: first argument is " + etyp + ", not pointer";
        }
        return null;
    }

    /**
     * The finalizer's check against the object's type etyp (mfinal.go:348-379) and the size of its
     * results, each rounded to its alignment, then to the pointer size (mfinal.go:382-386).
     */
    public static Check checkFinalizer(Type etyp, Type ftyp) {
        if (!(ftyp.underlying() instanceof Types.Signature ft)) {
            return new Check("runtime.SetFinalizer: second argument is " + ftyp + ", not a function", 0);
        }
        if (ft.variadic) {
            return new Check("runtime.SetFinalizer: cannot pass " + etyp + " to finalizer " + ftyp
                    + " because dotdotdot", 0);
        }
        String cannot = "runtime.SetFinalizer: cannot pass " + etyp + " to finalizer " + ftyp;
        if (ft.params.size() != 1) {
            return new Check(cannot, 0);
        }
        if (!argOK(ft.params.get(0), etyp)) {
            return new Check(cannot, 0);
        }
        long nret = 0;
        for (Type t : ft.results) {
            nret = round(nret, t.align()) + t.size();
        }
        return new Check(null, round(nret, 8));
    }

    /** Whether the finalizer's parameter fint can take etyp (mfinal.go:359-378). */
    static boolean argOK(Type fint, Type etyp) {
        if (Types.identical(fint, etyp)) {
            return true;
        }
        if (fint.underlying() instanceof Types.Pointer fp && etyp.underlying() instanceof Types.Pointer ep) {
            // both pointers, one of them unnamed, same element type: assignable
            return (!(fint instanceof Types.Named) || !(etyp instanceof Types.Named)) && Types.identical(fp.elem, ep.elem);
        }
        if (fint.underlying() instanceof Types.Interface it) {
            return it.methods.isEmpty() || Types.missingMethod(etyp, it) == null;
        }
        return false;
    }

    /** Whether the finalizer takes an interface (runfinq's kindInterface case, mfinal.go:186-195). */
    public static boolean takesInterface(Type ftyp) {
        return ftyp.underlying() instanceof Types.Signature ft && Types.isInterface(ft.params.get(0));
    }

    private static long round(long n, long a) {
        return a <= 1 ? n : (n + a - 1) / a * a;
    }
}
