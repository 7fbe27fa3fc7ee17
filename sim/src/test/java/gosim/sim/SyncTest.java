package gosim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The runtime semaphore and package sync as Go 1.7 has them. */
class SyncTest {
    @Test
    void mutexExcludesUnderFourProcsWithWorkInTheCriticalSection() {
        for (long seed = 1; seed <= 5; seed++) {
            int[] inside = new int[1];
            int[] maxInside = new int[1];
            int[] total = new int[1];
            int[] sawWaiter = new int[1];
            Sim s = Sim.run(seed, 4, () -> {
                Mutex mu = new Mutex();
                WaitGroup wg = new WaitGroup();
                int workers = 8;
                wg.add(workers);
                for (int w = 0; w < workers; w++) {
                    Go.go(Sim.fn("main.worker"), () -> {
                        for (int i = 0; i < 25; i++) {
                            mu.lock();
                            inside[0]++;
                            maxInside[0] = Math.max(maxInside[0], inside[0]);
                            if (mu.state() >> Mutex.MUTEX_WAITER_SHIFT > 0) {
                                sawWaiter[0]++;
                            }
                            Go.work(1_000);
                            total[0]++;
                            inside[0]--;
                            mu.unlock();
                            Go.work(200);
                        }
                        wg.done();
                    });
                }
                wg.await();
                assertFalse(mu.isLocked());
            });
            assertEquals(0, s.status, s.stderr);
            assertEquals(1, maxInside[0], "seed " + seed);
            assertEquals(200, total[0]);
            assertTrue(sawWaiter[0] > 0, "contention must make goroutines sleep on the semaphore");
        }
    }

    @Test
    void blockedLockWaitsOnSemacquireWithSyncFrames() {
        List<String> frames = new ArrayList<>();
        Sim s = Sim.run(1, 1, () -> {
            Mutex mu = new Mutex();
            mu.lock();
            G g = Sim.spawnAndPark(Sim.fn("main.locker"), () -> {
                mu.lock();
                mu.unlock();
            });
            assertEquals("semacquire", g.waitReason());
            frames.addAll(Sim.top(g, 6));
            assertEquals(1, mu.state() >> Mutex.MUTEX_WAITER_SHIFT);
            mu.unlock();
            Go.gosched();
            assertEquals(0, mu.state());
        });
        assertEquals(0, s.status, s.stderr);
        // Go 1.7: Mutex.Lock (mutex.go:85) -> sync.runtime_Semacquire (sema.go:47)
        // -> runtime.semacquire (sema.go:111) -> goparkunlock (proc.go:265) -> gopark (proc.go:259).
        assertEquals(List.of("runtime.gopark:259", "runtime.goparkunlock:265", "runtime.semacquire:111",
                "sync.runtime_Semacquire:47", "sync.(*Mutex).Lock:85", "main.locker:100"), frames);
    }

    @Test
    void deadlockedLockShowsTheSyncFramesGo17Prints() {
        Sim s = Sim.run(1, 1, () -> {
            Mutex mu = new Mutex();
            mu.lock();
            mu.lock();
        });
        assertEquals(2, s.status);
        // As Go 1.7 prints it (runtime frames hidden, the linknamed sync.runtime_Semacquire shown):
        // the mutex got the first heap address, and its sema word is at offset 4.
        String r = s.rt.fatalReport();
        assertTrue(r.startsWith("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [semacquire]:\n"
                + "sync.runtime_Semacquire(0xc420000004)\n\t/usr/local/go/src/runtime/sema.go:47 +0x"), r);
        assertTrue(r.contains("\nsync.(*Mutex).Lock(0xc420000000)\n\t/usr/local/go/src/sync/mutex.go:85 +0x"), r);
        assertTrue(r.contains("\nmain.main()\n"), r);
    }

    @Test
    void unlockOfUnlockedMutexPanicsIn17AndIsFatalIn119() {
        ChanTest.assertPanics("sync: unlock of unlocked mutex", () -> new Mutex().unlock());
        Sim s = Sim.run(1, 1, GoVersion.GO1_19, () -> new Mutex().unlock());
        assertEquals(2, s.status);
        assertTrue(s.rt.fatalReport().startsWith("fatal error: sync: unlock of unlocked mutex\n\ngoroutine 1 [running]:\n"),
                s.rt.fatalReport());
    }

    @Test
    void semaphoreWakesWaitersInFifoOrder() {
        List<String> order = new ArrayList<>();
        Sim s = Sim.run(1, 1, () -> {
            Sema sem = new Sema(0);
            for (String n : List.of("a", "b", "c")) {
                G g = Sim.spawnAndPark(Sim.fn("main." + n), () -> {
                    sem.acquire();
                    order.add(n);
                });
                assertEquals("semacquire", g.waitReason());
            }
            assertEquals(3, sem.waiters());
            for (int i = 0; i < 3; i++) {
                sem.release();
                Go.gosched(); // let the readied waiter take the count
            }
            assertEquals(0, sem.value());
            sem.release();
            sem.acquire(); // a positive count never blocks
        });
        assertEquals(0, s.status, s.stderr);
        assertEquals(List.of("a", "b", "c"), order);
    }

    @Test
    void runtimeSemacquireIsNotABlockingEvent() {
        List<String> frames = new ArrayList<>();
        int[] events = new int[1];
        Sim s = Sim.run(1, 1, GoVersion.GO1_7, rt -> rt.setBlockHook((c, k) -> events[0]++), () -> {
            Sema worldsema = new Sema(1);
            worldsema.semacquireRuntime(GoRuntime.self());
            G g = Sim.spawnAndPark(Sim.fn("main.stw"), () -> worldsema.semacquireRuntime(GoRuntime.self()));
            frames.addAll(Sim.top(g, 4));
            worldsema.release();
            Go.gosched();
            assertEquals(0, worldsema.value());
        });
        assertEquals(0, s.status, s.stderr);
        assertEquals(List.of("runtime.gopark:259", "runtime.goparkunlock:265", "runtime.semacquire:111",
                "main.stw:100"), frames);
        assertEquals(0, events[0]);
    }

    @Test
    void aWokenSemaphoreWaiterThatLosesTheCountQueuesAgain() {
        List<String> log = new ArrayList<>();
        Sim s = Sim.run(1, 1, () -> {
            Sema sem = new Sema(0);
            G g = Sim.spawnAndPark(Sim.fn("main.waiter"), () -> {
                sem.acquire();
                log.add("waiter");
            });
            sem.release(); // readies the waiter, which has not run yet
            sem.acquire(); // ...and main takes the count first (Go 1.7 has no hand-off)
            log.add("main");
            Go.gosched();
            assertEquals("semacquire", g.waitReason(), "the waiter found no count and slept again");
            assertEquals(1, sem.waiters());
            sem.release();
            Go.gosched();
        });
        assertEquals(0, s.status, s.stderr);
        assertEquals(List.of("main", "waiter"), log);
    }

    @Test
    void waitGroupFanOutFanIn() {
        for (long seed = 1; seed <= 5; seed++) {
            List<Integer> finished = new ArrayList<>();
            Sim s = Sim.run(seed, 4, () -> {
                WaitGroup wg = new WaitGroup();
                for (int i = 0; i < 10; i++) {
                    int id = i;
                    wg.add(1);
                    Go.go(Sim.fn("main.worker"), () -> {
                        Go.work(1_000L * (10 - id));
                        finished.add(id);
                        wg.done();
                    });
                }
                assertEquals(10, wg.counter());
                wg.await();
                assertEquals(10, finished.size(), "Wait returns only after every Done");
                assertEquals(0, wg.counter());
                wg.await(); // counter zero: no wait
            });
            assertEquals(0, s.status, s.stderr);
        }
    }

    @Test
    void waitGroupWaiterFrames() {
        List<String> frames = new ArrayList<>();
        Sim s = Sim.run(1, 1, () -> {
            WaitGroup wg = new WaitGroup();
            wg.add(1);
            G g = Sim.spawnAndPark(Sim.fn("main.waiter"), wg::await);
            assertEquals("semacquire", g.waitReason());
            assertEquals(1, wg.waiters());
            frames.addAll(Sim.top(g, 5).subList(3, 5));
            wg.done();
        });
        assertEquals(0, s.status, s.stderr);
        assertEquals(List.of("sync.runtime_Semacquire:47", "sync.(*WaitGroup).Wait:131"), frames.subList(0, 2));
    }

    @Test
    void waitGroupPanics() {
        ChanTest.assertPanics("sync: negative WaitGroup counter", () -> new WaitGroup().done());
        ChanTest.assertPanics("sync: negative WaitGroup counter", () -> {
            WaitGroup wg = new WaitGroup();
            wg.add(2);
            wg.add(-3);
        });
        // Reuse: a Done releases the waiter, and Add runs again before the waiter has resumed.
        Sim s = Sim.run(1, 1, () -> {
            WaitGroup wg = new WaitGroup();
            wg.add(1);
            Go.go(Sim.fn("main.worker"), () -> {
                wg.done();
                wg.add(1);
            });
            wg.await();
        });
        assertEquals(2, s.status);
        assertTrue(s.rt.fatalReport().startsWith("panic: sync: WaitGroup is reused before previous Wait has returned\n"),
                s.rt.fatalReport());
    }

    @Test
    void onceRunsOnceAndOthersWaitForIt() {
        int[] runs = new int[1];
        List<String> log = new ArrayList<>();
        Sim s = Sim.run(3, 4, () -> {
            Once once = new Once();
            WaitGroup wg = new WaitGroup();
            for (int i = 0; i < 6; i++) {
                wg.add(1);
                Go.go(Sim.fn("main.user"), () -> {
                    once.run(() -> {
                        runs[0]++;
                        Go.work(50_000);
                        log.add("init done");
                    });
                    log.add("returned");
                    wg.done();
                });
            }
            wg.await();
            assertTrue(once.done());
        });
        assertEquals(0, s.status, s.stderr);
        assertEquals(1, runs[0]);
        assertEquals(7, log.size());
        assertEquals("init done", log.get(0), "no Do returns before f has returned");
    }

    @Test
    void oncePanickingFunctionStillCountsAsDone() {
        Sim s = Sim.run(1, 1, () -> {
            Once once = new Once();
            int depth = GoRuntime.self().depth();
            assertThrows(GoPanic.class, () -> once.run(() -> {
                throw new GoPanic("boom");
            }));
            int[] again = new int[1];
            once.run(() -> again[0]++);
            assertEquals(0, again[0]);
            assertEquals(depth, GoRuntime.self().depth(), "frames are popped");
        });
        assertEquals(0, s.status, s.stderr);
    }

    @Test
    void condSignalWakesTheFirstWaiterAndBroadcastTheRest() {
        List<String> woke = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        Sim s = Sim.run(1, 1, () -> {
            Mutex mu = new Mutex();
            Cond c = new Cond(mu);
            List<G> gs = new ArrayList<>();
            for (String n : List.of("w1", "w2", "w3")) {
                gs.add(Sim.spawnAndPark(Sim.fn("main." + n), () -> {
                    mu.lock();
                    c.await();
                    woke.add(n);
                    mu.unlock();
                }));
            }
            for (G g : gs) {
                reasons.add(g.waitReason());
            }
            assertEquals(3, c.pending());
            c.signal();
            Go.gosched();
            assertEquals(List.of("w1"), woke);
            c.broadcast();
            Go.gosched();
            Go.gosched();
            c.signal(); // nobody waits: no effect
        });
        assertEquals(0, s.status, s.stderr);
        assertEquals(List.of("semacquire", "semacquire", "semacquire"), reasons, "Go 1.7's notifyListWait reason");
        assertEquals(3, woke.size());
        assertEquals("w1", woke.get(0));
    }

    @Test
    void condWaitReasonIn119() {
        String[] reason = new String[1];
        Sim s = Sim.run(1, 1, GoVersion.GO1_19, () -> {
            Mutex mu = new Mutex();
            Cond c = new Cond(mu);
            G g = Sim.spawnAndPark(Sim.fn("main.w"), () -> {
                mu.lock();
                c.await();
                mu.unlock();
            });
            reason[0] = g.waitReason();
            c.broadcast();
        });
        assertEquals(0, s.status, s.stderr);
        assertEquals("sync.Cond.Wait", reason[0]);
    }

    @Test
    void rwmutexReadersShareAndWritersExclude() {
        for (long seed = 1; seed <= 5; seed++) {
            int[] readers = new int[1];
            int[] writers = new int[1];
            int[] maxReaders = new int[1];
            boolean[] overlap = new boolean[1];
            Sim s = Sim.run(seed, 4, () -> {
                RWMutex rw = new RWMutex();
                WaitGroup wg = new WaitGroup();
                for (int i = 0; i < 8; i++) {
                    boolean writer = i % 4 == 0;
                    wg.add(1);
                    Go.go(Sim.fn(writer ? "main.writer" : "main.reader"), () -> {
                        for (int k = 0; k < 10; k++) {
                            if (writer) {
                                rw.lock();
                                writers[0]++;
                                overlap[0] |= readers[0] > 0 || writers[0] > 1;
                                Go.work(2_000);
                                writers[0]--;
                                rw.unlock();
                            } else {
                                rw.rlock();
                                readers[0]++;
                                maxReaders[0] = Math.max(maxReaders[0], readers[0]);
                                overlap[0] |= writers[0] > 0;
                                Go.work(3_000);
                                readers[0]--;
                                rw.runlock();
                            }
                            Go.work(500);
                        }
                        wg.done();
                    });
                }
                wg.await();
                assertEquals(0, rw.readerCount());
            });
            assertEquals(0, s.status, s.stderr);
            assertFalse(overlap[0], "seed " + seed);
            assertTrue(maxReaders[0] > 1, "readers hold the lock together");
        }
    }

    @Test
    void pendingWriterBlocksNewReaders() {
        List<String> log = new ArrayList<>();
        Sim s = Sim.run(1, 1, () -> {
            RWMutex rw = new RWMutex();
            rw.rlock();
            G w = Sim.spawnAndPark(Sim.fn("main.writer"), () -> {
                rw.lock();
                log.add("writer");
                rw.unlock();
            });
            assertEquals("semacquire", w.waitReason());
            assertEquals(1 - RWMutex.RWMUTEX_MAX_READERS, rw.readerCount());
            G r = Sim.spawnAndPark(Sim.fn("main.reader"), () -> {
                rw.rlock();
                log.add("reader");
                rw.runlock();
            });
            assertEquals("semacquire", r.waitReason(), "a reader arriving after a writer waits");
            rw.runlock(); // the last reader lets the writer in
            Go.gosched();
            Go.gosched();
        });
        assertEquals(0, s.status, s.stderr);
        assertEquals(List.of("writer", "reader"), log);
    }

    @Test
    void rwmutexMisusePanics() {
        ChanTest.assertPanics("sync: RUnlock of unlocked RWMutex", () -> new RWMutex().runlock());
        ChanTest.assertPanics("sync: Unlock of unlocked RWMutex", () -> new RWMutex().unlock());
    }

    @Test
    void rlockerLocksForReading() {
        Sim s = Sim.run(1, 1, () -> {
            RWMutex rw = new RWMutex();
            Locker r = rw.rlocker();
            r.lock();
            r.lock();
            assertEquals(2, rw.readerCount());
            r.unlock();
            r.unlock();
            assertEquals(0, rw.readerCount());
        });
        assertEquals(0, s.status, s.stderr);
    }
}
