package gosim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** select as select.go of Go 1.7 runs it. */
class SelectTest {
    static final int SELECTS = 2000;

    /** Two always-ready cases: how often each of them wins over SELECTS selects. */
    private static int[] twoReadyCases(long seed) {
        int[] wins = new int[2];
        Sim s = Sim.run(seed, 1, () -> {
            Chan<Integer> a = Chan.make(1);
            Chan<Integer> b = Chan.make(1);
            for (int i = 0; i < SELECTS; i++) {
                if (a.len() == 0) {
                    a.send(1);
                }
                if (b.len() == 0) {
                    b.send(2);
                }
                int chosen = new Select().recv(a, null).recv(b, null).run();
                wins[chosen]++;
            }
        });
        assertEquals(0, s.status, s.stderr);
        return wins;
    }

    @Test
    void readyCasesAreChosenWithRoughlyEqualFrequencyForEverySeed() {
        for (long seed = 1; seed <= 20; seed++) {
            int[] wins = twoReadyCases(seed);
            assertEquals(SELECTS, wins[0] + wins[1]);
            double share = wins[0] / (double) SELECTS;
            assertTrue(share >= 0.40 && share <= 0.60, "seed " + seed + ": case 0 won " + wins[0] + " of " + SELECTS);
        }
    }

    @Test
    void sameSeedSameChoicesOtherSeedOtherChoices() {
        assertEquals(List.of(choices(7)), List.of(choices(7)));
        assertNotEquals(choices(7), choices(8));
    }

    private static String choices(long seed) {
        StringBuilder b = new StringBuilder();
        Sim s = Sim.run(seed, 1, () -> {
            Chan<Integer> a = Chan.make(1);
            Chan<Integer> c = Chan.make(1);
            Chan<Integer> d = Chan.make(1);
            for (int i = 0; i < 64; i++) {
                for (Chan<Integer> ch : List.of(a, c, d)) {
                    if (ch.len() == 0) {
                        ch.send(0);
                    }
                }
                b.append(new Select().recv(a, null).recv(c, null).recv(d, null).run());
            }
        });
        assertEquals(0, s.status, s.stderr);
        return b.toString();
    }

    @Test
    void pollOrderIsGosShuffleOfFastrand() {
        // With three ready cases the case polled first wins; Go 1.7 draws the order as
        // for i := 1; i < n; i++ { j := fastrand1() % (i+1); order[i] = order[j]; order[j] = i }.
        List<Integer> want = new ArrayList<>();
        List<Integer> got = new ArrayList<>();
        Sim s = Sim.run(11, 1, () -> {
            Chan<Integer> a = Chan.make(1);
            Chan<Integer> b = Chan.make(1);
            Chan<Integer> c = Chan.make(1);
            M m = GoRuntime.self().m();
            for (int k = 0; k < 50; k++) {
                for (Chan<Integer> ch : List.of(a, b, c)) {
                    if (ch.len() == 0) {
                        ch.send(0);
                    }
                }
                // Predict from a copy of the M's LFSR state, stepped as Go 1.7's fastrand1
                // (asm_amd64.s:2060-2063: double, XOR 0x88888eef when the doubled value is negative).
                int fr = m.fastrand;
                int[] order = new int[3];
                for (int i = 1; i < 3; i++) {
                    fr <<= 1;
                    if (fr < 0) {
                        fr ^= 0x88888eef;
                    }
                    int j = Integer.remainderUnsigned(fr, i + 1);
                    order[i] = order[j];
                    order[j] = i;
                }
                want.add(order[0]);
                got.add(new Select().recv(a, null).recv(b, null).recv(c, null).run());
            }
        });
        assertEquals(0, s.status, s.stderr);
        assertEquals(want, got);
    }

    @Test
    void defaultRunsOnlyWhenNothingIsReady() {
        List<String> log = new ArrayList<>();
        Sim s = Sim.run(1, 1, () -> {
            Chan<Integer> a = Chan.make();
            Chan<Integer> b = Chan.make(1);
            int i = new Select().recv(a, v -> log.add("a")).dflt(() -> log.add("default")).recv(b, v -> log.add("b")).run();
            assertEquals(1, i, "cases are numbered in order, the default included");
            b.send(5);
            i = new Select().recv(a, v -> log.add("a")).dflt(() -> log.add("default")).recv(b, v -> log.add("b" + v)).run();
            assertEquals(2, i);
            // One case plus default: Go 1.7's compiler makes a non-blocking receive of it.
            assertEquals(1, new Select().recv(a, null).dflt(() -> log.add("nb")).run());
            assertEquals(0, new Select().dflt(() -> log.add("only")).run());
            // A full buffer: a non-blocking send falls to the default.
            b.send(1);
            assertEquals(1, new Select().send(b, 2, () -> log.add("sent")).dflt(() -> log.add("full")).run());
        });
        assertEquals(0, s.status, s.stderr);
        assertEquals(List.of("default", "b5", "nb", "only", "full"), log);
    }

    @Test
    void blockedSelectWakesOnTheFirstChannelAndLeavesTheOthers() {
        List<String> frames = new ArrayList<>();
        List<String> log = new ArrayList<>();
        Sim s = Sim.run(1, 1, () -> {
            Chan<String> a = Chan.make();
            Chan<String> b = Chan.make();
            Chan<String> out = Chan.make();
            G sel = Sim.spawnAndPark(Sim.fn("main.selector"), () -> {
                int i = new Select().recv(a, v -> log.add("a:" + v)).recv(b, v -> log.add("b:" + v))
                        .send(out, "o", () -> log.add("sent")).run();
                log.add("case " + i);
            });
            assertEquals("select", sel.waitReason());
            frames.addAll(Sim.top(sel, 3));
            assertEquals(1, a.receivers());
            assertEquals(1, b.receivers());
            assertEquals(1, out.senders());
            b.send("hello");
            // The selector is readied, not yet run: its sudogs on a and out are still queued but
            // already claimed, so a sender on a cannot hand its value to it.
            assertEquals(1, new Select().send(a, "lost?", null).dflt(null).run(), "the default runs");
            Go.gosched();
            assertEquals(0, a.receivers(), "pass 3 dequeues from the channels that did not fire");
            assertEquals(0, out.senders());
        });
        assertEquals(0, s.status, s.stderr);
        // Go 1.7: selectgo (select.go:238) -> selectgoImpl (select.go:423) -> gopark.
        assertEquals(List.of("runtime.gopark:259", "runtime.selectgoImpl:423", "runtime.selectgo:238"), frames);
        assertEquals(List.of("b:hello", "case 1"), log);
    }

    @Test
    void selectSendHandsOffToAWaitingReceiver() {
        List<Integer> got = new ArrayList<>();
        Sim s = Sim.run(2, 1, () -> {
            Chan<Integer> a = Chan.make();
            Chan<Integer> never = Chan.make();
            Chan<Boolean> done = Chan.make();
            Sim.spawnAndPark(Sim.fn("main.receiver"), () -> {
                got.add(a.recv());
                done.send(true);
            });
            assertEquals(0, new Select().send(a, 9, null).recv(never, null).run());
            done.recv();
        });
        assertEquals(0, s.status, s.stderr);
        assertEquals(List.of(9), got);
    }

    @Test
    void closeWakesABlockedSelectWhichThenSeesTheClosedChannel() {
        List<Chan.Recv<Integer>> got = new ArrayList<>();
        Sim s = Sim.run(1, 1, () -> {
            Chan<Integer> a = Chan.make(0, 0);
            Chan<Integer> b = Chan.make();
            Sim.spawnAndPark(Sim.fn("main.selector"), () -> new Select().recv2(b, got::add).recv2(a, got::add).run());
            a.close();
            Go.gosched();
            assertEquals(0, b.receivers());
        });
        assertEquals(0, s.status, s.stderr);
        assertEquals(List.of(new Chan.Recv<>(0, false)), got);
    }

    @Test
    void nilChannelCasesNeverFire() {
        Sim s = Sim.run(1, 1, () -> {
            Chan<Integer> ready = Chan.make(1);
            ready.send(1);
            for (int i = 0; i < 20; i++) {
                if (ready.len() == 0) {
                    ready.send(1);
                }
                assertEquals(1, new Select().recv(Chan.nil(), null).recv(ready, null).send(Chan.nil(), 3, null).run());
            }
            assertEquals(2, new Select().recv(Chan.nil(), null).send(Chan.nil(), 1, null).dflt(null).run());
        });
        assertEquals(0, s.status, s.stderr);
    }

    @Test
    void selectOnlyOnNilChannelsAndEmptySelectBlockForever() {
        Sim s = Sim.run(1, 1, () -> new Select().recv(Chan.nil(), null).recv(Chan.nil(), null).run());
        assertEquals(2, s.status);
        assertTrue(s.rt.fatalReport().startsWith("fatal error: all goroutines are asleep - deadlock!\n\n"
                + "goroutine 1 [select]:\nmain.main()\n"), s.rt.fatalReport());
        s = Sim.run(1, 1, () -> new Select().run());
        assertEquals(2, s.status);
        assertTrue(s.rt.fatalReport().contains("goroutine 1 [select (no cases)]:\nmain.main()\n"), s.rt.fatalReport());
        s = Sim.run(1, 1, Select::block);
        assertTrue(s.rt.fatalReport().contains("goroutine 1 [select (no cases)]:\n"), s.rt.fatalReport());
        // A one-case select is the channel operation itself.
        s = Sim.run(1, 1, () -> new Select().recv(Chan.nil(), null).run());
        assertTrue(s.rt.fatalReport().contains("goroutine 1 [chan receive (nil chan)]:\n"), s.rt.fatalReport());
    }

    @Test
    void selectSendOnClosedChannelPanics() {
        ChanTest.assertPanics("send on closed channel", () -> {
            Chan<Integer> a = Chan.make(1);
            Chan<Integer> b = Chan.make();
            a.close();
            new Select().send(a, 1, null).recv(b, null).run();
        });
    }

    @Test
    void misuseIsReportedClearly() {
        Select sel = new Select().dflt(null);
        assertThrows(IllegalStateException.class, () -> sel.dflt(null));
        assertThrows(NullPointerException.class, () -> new Select().recv(null, null));
    }
}
