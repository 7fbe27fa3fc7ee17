package gosim.mprof;

/** runtime.BlockProfileRecord: how often a stack blocked and for how many CPU ticks in all. */
public final class BlockProfileRecord extends StackRecord {
    public long count;
    public long cycles;
}
