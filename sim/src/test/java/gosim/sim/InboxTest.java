package gosim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The outside world reaches the simulation only through the inbox, like Go's netpoller. */
class InboxTest {
    @Test
    void aThreadOutsideWakesAGoroutineWaitingForIo() throws Exception {
        GoRuntime rt = GoRuntime.builder().checkInvariants(true).build();
        CompletableFuture<G> waiting = new CompletableFuture<>();
        CompletableFuture<String> answer = new CompletableFuture<>();
        String[] request = new String[1];
        Thread outside = new Thread(() -> {
            try {
                G g = waiting.get(10, TimeUnit.SECONDS);
                rt.post(() -> {
                    request[0] = "ping";
                    rt.netpollReady(g);
                });
            } catch (Exception e) {
                answer.completeExceptionally(e);
            }
        });
        outside.start();
        int status = rt.run(() -> {
            rt.netpollers(1);
            G self = GoRuntime.self();
            waiting.complete(self);
            rt.gopark("IO wait"); // would be a deadlock without the open poller
            answer.complete(request[0] + " answered at virtual " + Go.nanotime() / 1000 + "us");
            rt.netpollers(-1);
        });
        outside.join();
        assertEquals(0, status);
        assertEquals("ping", answer.get().split(" ")[0]);
    }
}
