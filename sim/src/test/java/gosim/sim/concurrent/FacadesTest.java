package gosim.sim.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosim.sim.Go;
import gosim.sim.GoRuntime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import org.junit.jupiter.api.Test;

/** The java.util.concurrent facades: blocking in virtual time, timeouts, the JDK's contracts. */
class FacadesTest {
    private static final Concurrency C = Concurrency.gosim();

    /** Runs body as main on a fresh runtime; fails the test if the process did not exit 0. */
    interface Body {
        void run() throws Exception;
    }

    private static void run(int procs, Body body) {
        Throwable[] thrown = new Throwable[1];
        GoRuntime rt = GoRuntime.builder().seed(1).gomaxprocs(procs).stderr(new java.io.PrintStream(
                java.io.OutputStream.nullOutputStream())).build();
        int status = rt.run(() -> uncheck(() -> {
            body.run();
            return null;
        }));
        thrown[0] = rt.panicCause();
        if (thrown[0] instanceof AssertionError a) {
            throw a;
        }
        assertEquals(0, status, () -> String.valueOf(rt.fatalReport()));
    }

    @Test
    void timedWaitsTimeOutInVirtualTime() {
        run(2, () -> {
            BlockingQueue<Integer> q = C.arrayBlockingQueue(1);
            long t0 = Go.nanotime();
            assertNull(q.poll(5, TimeUnit.MILLISECONDS));
            long waited = Go.nanotime() - t0;
            assertTrue(waited >= 5_000_000 && waited < 6_000_000, "waited " + waited);
            assertTrue(q.offer(1));
            assertFalse(uncheck(() -> q.offer(2, 1, TimeUnit.MILLISECONDS)));
            Lock l = C.lock();
            l.lock();
            boolean[] got = new boolean[1];
            SimCountDownLatch done = new SimCountDownLatch(1);
            Go.go(() -> {
                got[0] = uncheck(() -> l.tryLock(1, TimeUnit.MILLISECONDS));
                done.countDown();
            });
            done.await();
            assertFalse(got[0]);
            l.unlock();
        });
    }

    @Test
    void conditionHandsOffBetweenGoroutinesAndLockIsReentrant() {
        run(4, () -> {
            SimLock l = new SimLock();
            Condition ready = l.newCondition();
            List<String> log = new ArrayList<>();
            boolean[] flag = new boolean[1];
            Go.go(() -> {
                l.lock();
                l.lock();
                assertEquals(2, l.getHoldCount());
                flag[0] = true;
                log.add("signal");
                ready.signalAll();
                l.unlock();
                l.unlock();
            });
            l.lock();
            while (!flag[0]) {
                log.add("wait");
                ready.awaitUninterruptibly();
            }
            log.add("woke");
            assertTrue(l.isHeldByCurrentThread());
            l.unlock();
            assertEquals(List.of("wait", "signal", "woke"), log);
            assertThrows(IllegalMonitorStateException.class, l::unlock);
        });
    }

    @Test
    void readersShareWritersExclude() {
        run(2, () -> {
            ReadWriteLock rw = C.readWriteLock();
            rw.readLock().lock();
            rw.readLock().lock(); // reentrant read
            boolean[] wrote = new boolean[1];
            Go.go(() -> {
                rw.writeLock().lock();
                wrote[0] = true;
                rw.writeLock().unlock();
            });
            Go.sleep(1_000_000);
            assertFalse(wrote[0], "the writer waits for the reader");
            rw.readLock().unlock();
            rw.readLock().unlock();
            Go.sleep(1_000_000);
            assertTrue(wrote[0]);
        });
    }

    @Test
    void semaphoreAndExecutorFuturesParkGoroutines() {
        run(2, () -> {
            Semaphore s = C.semaphore(2);
            ExecutorService ex = C.newFixedThreadPool(2);
            int[] inside = new int[2];
            List<Future<Integer>> fs = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                int id = i;
                fs.add(ex.submit(() -> {
                    s.acquire();
                    inside[0]++;
                    inside[1] = Math.max(inside[1], inside[0]);
                    C.sleep(Duration.ofMillis(1));
                    inside[0]--;
                    s.release();
                    return id * id;
                }));
            }
            int sum = 0;
            for (Future<Integer> f : fs) {
                sum += uncheck(f::get);
            }
            assertEquals(0 + 1 + 4 + 9 + 16 + 25, sum);
            assertEquals(2, inside[1]);
            Future<Object> bad = ex.submit(() -> {
                throw new IllegalStateException("task failed");
            });
            ExecutionException e = assertThrows(ExecutionException.class, bad::get);
            assertEquals("task failed", e.getCause().getMessage());
            Future<Object> slow = ex.submit(() -> {
                Go.sleep(10_000_000);
                return null;
            });
            assertThrows(TimeoutException.class, () -> slow.get(1, TimeUnit.MILLISECONDS));
            ex.shutdown();
            assertTrue(uncheck(() -> ex.awaitTermination(1, TimeUnit.SECONDS)));
            assertTrue(ex.isTerminated());
            assertThrows(java.util.concurrent.RejectedExecutionException.class, () -> ex.submit(() -> 1));
            ExecutorService per = C.newPerTaskExecutor();
            java.util.concurrent.Callable<Integer> one = () -> 1;
            java.util.concurrent.Callable<Integer> two = () -> 2;
            int any = uncheck(() -> per.invokeAny(List.of(one, two)));
            assertTrue(any == 1 || any == 2, "invokeAny gave " + any);
            per.shutdown();
        });
    }

    /** Go.go(Runnable): the goroutine's function and lines come from the Java code (StackWalker). */
    @Test
    void goroutinesStartedFromJavaAreNamedAfterTheJavaCode() {
        run(1, () -> {
            String[] dump = new String[1];
            SimCountDownLatch done = new SimCountDownLatch(1);
            int goLine = new Throwable().getStackTrace()[0].getLineNumber() + 1;
            Go.go(() -> {
                byte[] buf = new byte[8192];
                dump[0] = new String(buf, 0, Go.stack(buf, false), java.nio.charset.StandardCharsets.UTF_8);
                done.countDown();
            });
            done.await();
            String fn = FacadesTest.class.getName() + ".goroutinesStartedFromJavaAreNamedAfterTheJavaCode";
            assertTrue(dump[0].startsWith("goroutine "), dump[0]);
            // The go statement sits in the lambda given to run: closure funcN of the test method.
            assertTrue(java.util.regex.Pattern.compile("\n" + java.util.regex.Pattern.quote(fn)
                    + "\\.func\\d+\\(\\)\n\tFacadesTest.java:" + goLine + " ").matcher(dump[0]).find(), dump[0]);
            assertTrue(dump[0].contains("created by main.main\n"), dump[0]);
        });
    }

    @Test
    void clockIsVirtual() {
        run(1, () -> {
            long before = C.clock().millis();
            assertEquals(SimClock.EPOCH_MILLIS + Go.nanotime() / 1_000_000, before);
            C.sleep(Duration.ofSeconds(3));
            assertEquals(before + 3000, C.clock().millis(), 1);
        });
    }

    interface Call<T> {
        T call() throws Exception;
    }

    private static <T> T uncheck(Call<T> c) {
        try {
            return c.call();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
