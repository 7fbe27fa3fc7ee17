package gosim.specs.junit.examples;

import gosim.sim.Go;
import gosim.sim.concurrent.Concurrency;
import java.util.concurrent.locks.Lock;

/** Code under test: accounts with a lock each; transfer takes both locks in argument order (a bug). */
public final class Account {
    final Lock lock;
    long balance;

    public Account(Concurrency c, long balance) {
        this.lock = c.lock();
        this.balance = balance;
    }

    /** Locks from, then to: two opposite transfers can deadlock. */
    public static void transfer(Account from, Account to, long amount) {
        from.lock.lock();
        try {
            Go.work(50_000); // 50us of validation while holding the first lock
            to.lock.lock();
            try {
                from.balance -= amount;
                to.balance += amount;
            } finally {
                to.lock.unlock();
            }
        } finally {
            from.lock.unlock();
        }
    }
}
