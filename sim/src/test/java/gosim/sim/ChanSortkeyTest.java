package gosim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosim.sim.events.Event;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Channel sortkeys (the hchan address select's lockorder sorts by, go1.7 runtime/select.go:600)
 * are counted per process: runtimes in one JVM, one after another or at the same time, do not
 * change each other's runs (events, received values) nor the channels' names.
 */
class ChanSortkeyTest {
    static final long WAIT_SECONDS = 120;

    /** Producers and a select loop over three channels on two Ps; returns every event as text. */
    static List<String> run(int rounds) {
        GoRuntime rt = GoRuntime.builder().seed(3).gomaxprocs(2).build();
        List<String> log = new ArrayList<>();
        rt.events().attach(e -> log.add(text(e)));
        Func mainFn = rt.symtab().define("main.main", "main.go", 10, 40);
        Func producer = rt.symtab().define("main.producer", "main.go", 50, 60);
        rt.run(mainFn, () -> {
            List<Chan<Integer>> cs = List.of(Chan.make(), Chan.make(1), Chan.make());
            log.add("made " + cs); // a channel's name is its sortkey
            for (int i = 0; i < cs.size(); i++) {
                Chan<Integer> c = cs.get(i);
                int id = i;
                Go.line(12);
                Go.go(producer, () -> {
                    for (int k = 0; k < rounds; k++) {
                        Go.work(1_000 + id * 300);
                        c.send(k);
                    }
                });
            }
            List<Integer> got = new ArrayList<>();
            for (int k = 0; k < rounds * cs.size(); k++) {
                Go.line(20);
                new Select().recv(cs.get(0), got::add).recv(cs.get(1), got::add).recv(cs.get(2), got::add).run();
            }
            log.add("received " + got);
        });
        return log;
    }

    static String text(Event e) {
        return e.seq() + " " + e.ts() + " " + e.ev() + " m" + e.m() + " p" + e.p() + " g" + e.g() + " " + e.g2()
                + " " + e.p2() + " " + e.n() + " " + e.why() + " " + e.obj() + " " + e.fn() + " " + e.fnpc() + " "
                + Arrays.toString(e.goids()) + " " + Arrays.toString(e.stack());
    }

    @Test
    void aRunIsTheSameAloneAfterOthersAndBesideOthers() throws Exception {
        List<String> alone = run(20);
        assertTrue(alone.contains("made [chan#1[0/0], chan#2[0/1], chan#3[0/0]]"), String.join("\n", alone));
        // Channels made by set-up code outside any goroutine, and another process before this one.
        Chan.make();
        run(5);
        assertEquals(alone, run(20), "after another runtime");
        // Two at the same time, on their own threads.
        CompletableFuture<List<String>> other = CompletableFuture.supplyAsync(() -> run(200));
        CompletableFuture<List<String>> mine = CompletableFuture.supplyAsync(() -> run(20));
        assertEquals(alone, mine.get(WAIT_SECONDS, TimeUnit.SECONDS), "beside another runtime");
        assertEquals(run(200), other.get(WAIT_SECONDS, TimeUnit.SECONDS), "the other run, too, as alone");
    }
}
