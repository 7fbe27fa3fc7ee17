package gosim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Channels as chan.go of Go 1.7 has them. */
class ChanTest {
    @Test
    void unbufferedSendHandsTheValueToTheWaitingReceiversInArrivalOrder() {
        List<String> got = new ArrayList<>();
        List<String> log = new ArrayList<>();
        Sim s = Sim.run(1, 1, () -> {
            Chan<String> c = Chan.make();
            Chan<Boolean> done = Chan.make(3);
            for (String r : List.of("r1", "r2", "r3")) {
                Sim.spawnAndPark(Sim.fn("main." + r), () -> {
                    String v = c.recv();
                    got.add(r + "=" + v);
                    done.send(true);
                });
            }
            assertEquals(3, c.receivers());
            for (String v : List.of("a", "b", "c")) {
                c.send(v); // a receiver waits: no blocking, the value goes straight to it
                log.add("sent " + v);
            }
            assertEquals(0, c.receivers());
            assertTrue(got.isEmpty(), "receivers run only after the sender gives up the P");
            for (int i = 0; i < 3; i++) {
                done.recv();
            }
        });
        assertEquals(0, s.status, s.stderr);
        assertEquals(List.of("sent a", "sent b", "sent c"), log);
        // recvq is FIFO: r1 gets a, r2 b, r3 c. Each goready puts the receiver in runnext,
        // kicking the previous one to the tail of the run queue: r3 runs first, then r1, r2.
        assertEquals(List.of("r3=c", "r1=a", "r2=b"), got);
    }

    @Test
    void unbufferedSenderWaitsForAReceiverWithGoRuntimeFrames() {
        List<String> frames = new ArrayList<>();
        String[] reason = new String[1];
        Sim s = Sim.run(1, 1, () -> {
            Chan<Integer> c = Chan.make();
            G sender = Sim.spawnAndPark(Sim.fn("main.sender"), () -> c.send(42));
            reason[0] = sender.waitReason();
            assertEquals(Goroutine.Status.WAITING, sender.status());
            frames.addAll(Sim.top(sender, 5));
            assertEquals(1, c.senders());
            assertEquals(42, c.recv());
            assertEquals(0, c.senders());
        });
        assertEquals(0, s.status, s.stderr);
        assertEquals("chan send", reason[0]);
        // Go 1.7: chansend1 (chan.go:107) -> chansend (chan.go:223) -> goparkunlock (proc.go:265)
        // -> gopark (proc.go:259, its mcall).
        assertEquals(List.of("runtime.gopark:259", "runtime.goparkunlock:265", "runtime.chansend:223",
                "runtime.chansend1:107", "main.sender:100"), frames);
    }

    @Test
    void receiverWaitsWithChanReceiveAndItsFramesThenTheFramesAreGone() {
        List<String> frames = new ArrayList<>();
        List<String> after = new ArrayList<>();
        Sim s = Sim.run(1, 1, () -> {
            Chan<Integer> c = Chan.make();
            G[] rg = new G[1];
            rg[0] = Sim.spawnAndPark(Sim.fn("main.receiver"), () -> {
                Chan.Recv<Integer> r = c.recv2();
                assertEquals(new Chan.Recv<>(7, true), r);
                after.addAll(Sim.stack(rg[0]));
            });
            assertEquals("chan receive", rg[0].waitReason());
            frames.addAll(Sim.top(rg[0], 4));
            c.send(7);
            Go.gosched();
        });
        assertEquals(0, s.status, s.stderr);
        assertEquals(List.of("runtime.gopark:259", "runtime.goparkunlock:265", "runtime.chanrecv:496",
                "runtime.chanrecv2:383"), frames);
        assertEquals(List.of("main.receiver:100"), after);
    }

    @Test
    void go119ChannelOpsParkInGoparkDirectly() {
        List<String> frames = new ArrayList<>();
        Sim s = Sim.run(1, 1, GoVersion.GO1_19, () -> {
            Chan<Integer> c = Chan.make();
            G r = Sim.spawnAndPark(Sim.fn("main.receiver"), c::recv);
            frames.addAll(Sim.top(r, 3));
            c.send(1);
        });
        assertEquals(0, s.status, s.stderr);
        // go1.19.8: chanrecv1 chan.go:442, chanrecv chan.go:583, gopark proc.go:363.
        assertEquals(List.of("runtime.gopark:363", "runtime.chanrecv:583", "runtime.chanrecv1:442"), frames);
    }

    @Test
    void bufferedChannelIsFifoAndTheBlockedSenderGoesToTheTail() {
        List<Integer> got = new ArrayList<>();
        Sim s = Sim.run(3, 1, () -> {
            Chan<Integer> c = Chan.make(3);
            assertEquals(3, c.cap());
            c.send(1);
            c.send(2);
            c.send(3);
            assertEquals(3, c.len());
            G sender = Sim.spawnAndPark(Sim.fn("main.sender"), () -> c.send(4));
            assertEquals("chan send", sender.waitReason());
            got.add(c.recv()); // takes 1; the waiting sender's 4 goes to the tail
            assertEquals(3, c.len());
            assertEquals(0, c.senders());
            while (c.len() > 0) {
                got.add(c.recv());
            }
        });
        assertEquals(0, s.status, s.stderr);
        assertEquals(List.of(1, 2, 3, 4), got);
    }

    @Test
    void ringWrapsAroundManyTimes() {
        List<Integer> got = new ArrayList<>();
        Sim s = Sim.run(3, 2, () -> {
            Chan<Integer> c = Chan.make(5);
            Go.go(Sim.fn("main.producer"), () -> {
                for (int i = 0; i < 200; i++) {
                    c.send(i);
                }
                c.close();
            });
            for (Chan.Recv<Integer> r = c.recv2(); r.ok(); r = c.recv2()) {
                got.add(r.value());
            }
        });
        assertEquals(0, s.status, s.stderr);
        List<Integer> want = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            want.add(i);
        }
        assertEquals(want, got);
    }

    @Test
    void closeWakesEveryReceiverWithTheZeroValue() {
        List<Chan.Recv<Integer>> got = new ArrayList<>();
        Sim s = Sim.run(1, 1, () -> {
            Chan<Integer> c = Chan.make(0, -1);
            List<G> gs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                gs.add(Sim.spawnAndPark(Sim.fn("main.r" + i), () -> got.add(c.recv2())));
            }
            c.close();
            for (G g : gs) {
                assertEquals(Goroutine.Status.RUNNABLE, g.status(), "close readies every waiter");
            }
            Go.gosched();
            assertEquals(new Chan.Recv<>(-1, false), c.recv2(), "a closed channel never blocks");
        });
        assertEquals(0, s.status, s.stderr);
        assertEquals(List.of(new Chan.Recv<>(-1, false), new Chan.Recv<>(-1, false), new Chan.Recv<>(-1, false)), got);
    }

    @Test
    void closedBufferedChannelIsDrainedBeforeReportingClosed() {
        Sim s = Sim.run(1, 1, () -> {
            Chan<String> c = Chan.make(2);
            c.send("x");
            c.send("y");
            c.close();
            assertEquals(new Chan.Recv<>("x", true), c.recv2());
            assertEquals("y", c.recv());
            assertEquals(new Chan.Recv<String>(null, false), c.recv2());
            assertNull(c.recv());
        });
        assertEquals(0, s.status, s.stderr);
    }

    @Test
    void closeMakesEveryWaitingSenderPanic() {
        List<String> panics = new ArrayList<>();
        Sim s = Sim.run(1, 1, () -> {
            Chan<Integer> c = Chan.make();
            for (int i = 0; i < 2; i++) {
                int v = i;
                Sim.spawnAndPark(Sim.fn("main.s" + i), () -> {
                    GoPanic p = assertThrows(GoPanic.class, () -> c.send(v));
                    panics.add(p.value() + " @" + GoRuntime.self().depth());
                });
            }
            assertEquals(2, c.senders());
            c.close();
            Go.gosched();
        });
        assertEquals(0, s.status, s.stderr);
        // Both senders panic, and the runtime frames are popped as the panic leaves chansend.
        assertEquals(List.of("send on closed channel @1", "send on closed channel @1"), panics);
    }

    @Test
    void unrecoveredChannelPanicsEndTheProcessWithGosMessages() {
        assertPanics("send on closed channel", () -> {
            Chan<Integer> c = Chan.make(1);
            c.close();
            c.send(1);
        });
        assertPanics("close of closed channel", () -> {
            Chan<Integer> c = Chan.make();
            c.close();
            c.close();
        });
        assertPanics("close of nil channel", () -> Chan.nil().close());
        assertPanics("makechan: size out of range", () -> Chan.make(-1));
    }

    static void assertPanics(String message, Runnable main) {
        Sim s = Sim.run(1, 1, main);
        assertEquals(2, s.status);
        assertTrue(s.rt.fatalReport().startsWith("panic: " + message + "\n\ngoroutine 1 [running]:\n"),
                s.rt.fatalReport());
        assertEquals(s.rt.fatalReport(), s.stderr);
    }

    @Test
    void nilChannelsBlockForeverAndDeadlock() {
        for (boolean send : new boolean[] {true, false}) {
            Sim s = Sim.run(1, 1, () -> {
                Chan<Integer> c = Chan.nil();
                if (send) {
                    c.send(1);
                } else {
                    c.recv();
                }
            });
            assertEquals(2, s.status);
            String reason = send ? "chan send (nil chan)" : "chan receive (nil chan)";
            assertTrue(s.rt.fatalReport().startsWith("fatal error: all goroutines are asleep - deadlock!\n\n"
                    + "goroutine 1 [" + reason + "]:\nmain.main()\n"), s.rt.fatalReport());
        }
    }

    @Test
    void nilChannelWaiterHasTheNilFrames() {
        List<String> frames = new ArrayList<>();
        Sim s = Sim.run(1, 1, () -> {
            G g = Sim.spawnAndPark(Sim.fn("main.stuck"), () -> Chan.<Integer>nil().recv());
            assertEquals("chan receive (nil chan)", g.waitReason());
            frames.addAll(Sim.top(g, 3));
        });
        assertEquals(0, s.status, s.stderr);
        // chanrecv parks with gopark (chan.go:405), no goparkunlock on this path.
        assertEquals(List.of("runtime.gopark:259", "runtime.chanrecv:405", "runtime.chanrecv1:378"), frames);
    }

    @Test
    void nilChannelLenAndCapAreZero() {
        assertEquals(0, Chan.nil().len());
        assertEquals(0, Chan.nil().cap());
        assertTrue(Chan.nil().isNil());
        assertFalse(Chan.make().isNil());
    }

    @Test
    void operationsOutsideAGoroutineAreRejectedClearly() {
        Chan<Integer> c = Chan.make(1);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> c.send(1));
        assertTrue(e.getMessage().contains("goroutine"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Chan.make(Chan.MAX_BUFFER + 1));
    }
}
