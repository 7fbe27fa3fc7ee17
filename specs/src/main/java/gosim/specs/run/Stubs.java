package gosim.specs.run;

import gosim.specs.lang.Prelude;
import java.util.List;

/**
 * The packages a scenario may import beyond the interpreter's own, given to the interpreter as Go
 * source (resources under gosim/stdlib/): a function without a body is a native bound by
 * {@link Natives} to the simulator; the rest is ordinary Go, after the shape of the real packages
 * (Go 1.7 API). Types
 * that hold simulator state (sync.Mutex, pprof.Profile, ...) keep it in an unexported field.
 */
final class Stubs {
    private Stubs() {
    }

    /** The packages bound to the simulator, each a resource gosim/stdlib/PATH/LAST.go. */
    static final List<String> SIM = List.of("time", "sync", "sync/atomic", "runtime", "runtime/debug", "runtime/pprof", "runtime/trace", "syscall",
            "context", "flag", "log");

    static Prelude prelude() {
        return Prelude.standard().withResources(SIM);
    }
}
