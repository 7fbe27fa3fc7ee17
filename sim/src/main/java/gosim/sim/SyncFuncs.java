package gosim.sim;

/**
 * Runtime and package sync functions that appear on the stacks of goroutines blocked in channel,
 * select, semaphore and sync operations (chan.go, select.go, sema.go, sync/*.go).
 */
final class SyncFuncs {
    private SyncFuncs() {
    }

    static final FuncTable[] TABLE = {
    };
}
