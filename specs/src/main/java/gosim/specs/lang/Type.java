package gosim.specs.lang;

/**
 * A Go type: models go/types (Basic, Named, Slice, Array, Map, Chan, Struct, Pointer, Signature,
 * Interface, Tuple). {@link #toString()} is Go's type string as %T prints it; sizes are amd64's.
 */
public abstract sealed class Type permits Types.Basic, Types.Named, Types.Slice, Types.Array, Types.MapT,
        Types.Chan, Types.Struct, Types.Pointer, Types.Signature, Types.Interface, Types.Tuple {

    /** The underlying type (itself for anything but a named type). */
    public Type underlying() {
        return this;
    }

    /** Size in bytes on amd64 (unsafe.Sizeof). */
    public abstract long size();

    /** Alignment in bytes on amd64. */
    public long align() {
        return Math.min(8, Math.max(1, size()));
    }
}
