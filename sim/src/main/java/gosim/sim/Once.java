package gosim.sim;

import static gosim.sim.SyncFuncs.ONCE_DO;
import static gosim.sim.SyncFuncs.ONCE_DOSLOW;
import static gosim.sim.SyncFuncs.ONCE_DOSLOW_F;
import static gosim.sim.SyncFuncs.ONCE_DO_F;

import java.util.Objects;

/**
 * sync.Once: models sync/once.go of Go 1.7: a done flag and a mutex; the first caller runs f
 * while the others wait on the mutex; f panicking still counts as done. {@code Do} is
 * {@link #run} here.
 */
public final class Once {
    int done;
    final Mutex m = new Mutex();

    public boolean done() {
        return done == 1;
    }

    /** Do: runs f if this is the first call on this Once; returns when f has returned. */
    public void run(Runnable f) {
        Objects.requireNonNull(f);
        if (done == 1) {
            return;
        }
        G g = GoRuntime.self();
        Blocking.push(g, ONCE_DO, ONCE_DOSLOW);
        try {
            m.lock();
        } finally {
            Blocking.pop(g, ONCE_DO, ONCE_DOSLOW);
        }
        try {
            if (done == 0) {
                Blocking.push(g, ONCE_DO_F, ONCE_DOSLOW_F);
                try {
                    f.run();
                } finally {
                    Blocking.pop(g, ONCE_DO_F, ONCE_DOSLOW_F);
                    done = 1;
                }
            }
        } finally {
            m.unlock();
        }
    }
}
