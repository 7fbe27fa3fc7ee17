package gosim.mprof;

/** runtime.MemProfileRecord: the published (final) statistics of one heap bucket. */
public final class MemProfileRecord extends StackRecord {
    public long allocBytes;
    public long freeBytes;
    public long allocObjects;
    public long freeObjects;

    /** InUseBytes(): AllocBytes - FreeBytes. */
    public long inUseBytes() {
        return allocBytes - freeBytes;
    }

    /** InUseObjects(): AllocObjects - FreeObjects. */
    public long inUseObjects() {
        return allocObjects - freeObjects;
    }
}
