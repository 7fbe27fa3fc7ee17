package gosim.sim;

/** sync.Locker: something that can be locked and unlocked (a Mutex, an RWMutex or its RLocker). */
public interface Locker {
    void lock();

    void unlock();
}
