package gosim.specs.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gosim.sim.GoVersion;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * go statements, channel operations and select reach the host with the right arguments. The host here
 * is a toy: goroutines run to completion when started and channels are unbounded queues, which is
 * enough for programs that never block.
 */
class HostHooksTest {
    static final class Queue {
        final Types.Chan type;
        final long cap;
        final ArrayDeque<Object> items = new ArrayDeque<>();
        boolean closed;

        Queue(Types.Chan type, long cap) {
            this.type = type;
            this.cap = cap;
        }
    }

    static class ToyHost extends SequentialHost {
        final List<String> log = new ArrayList<>();

        ToyHost() {
            super(List.of("prog"), Map.of(), 7);
        }

        @Override
        public void go(Goroutine parent, Goroutine child, FuncInfo start, Pos site, Runnable body) {
            log.add("go " + start.name() + " at line " + site.line());
            body.run();
        }

        @Override
        public Object makeChan(Goroutine g, Types.Chan type, long size) {
            log.add("make " + type + " " + size);
            return new Queue(type, size);
        }

        @Override
        public void send(Goroutine g, Object ch, Object value) {
            ((Queue) ch).items.add(value);
        }

        @Override
        public Object recv(Goroutine g, Object ch, boolean commaOk) {
            Queue q = (Queue) ch;
            Object v = q.items.poll();
            g.recvOk = v != null;
            if (v == null && !q.closed) {
                throw new IllegalStateException("would block");
            }
            return v == null ? Compiler.zero(q.type.elem) : v;
        }

        @Override
        public void close(Goroutine g, Object ch) {
            ((Queue) ch).closed = true;
        }

        @Override
        public int chanLen(Object ch) {
            return ((Queue) ch).items.size();
        }

        @Override
        public int chanCap(Object ch) {
            return (int) ((Queue) ch).cap;
        }

        @Override
        public int select(Goroutine g, SelectCase[] cases, boolean hasDefault) {
            for (int i = 0; i < cases.length; i++) {
                Queue q = (Queue) cases[i].ch;
                if (cases[i].send) {
                    q.items.add(cases[i].value);
                    return i;
                }
                if (!q.items.isEmpty()) {
                    cases[i].received = q.items.poll();
                    cases[i].ok = true;
                    return i;
                }
            }
            return -1;
        }
    }

    @Test
    void goroutinesChannelsAndSelectGoThroughTheHost() {
        ToyHost h = new ToyHost();
        Program p = Program.check("prog.go", """
                package main

                import "fmt"

                func producer(ch chan<- int, n int) {
                	for i := 0; i < n; i++ {
                		ch <- i * 10
                	}
                	close(ch)
                }

                func main() {
                	ch := make(chan int, 8)
                	go producer(ch, 3)
                	fmt.Println(len(ch), cap(ch))
                	for v := range ch {
                		fmt.Print(v, " ")
                	}
                	fmt.Println()
                	v, ok := <-ch
                	fmt.Println(v, ok)
                	done := make(chan string, 1)
                	msg := "hi"
                	go func() {
                		done <- msg + "!"
                	}()
                	select {
                	case s := <-done:
                		fmt.Println("got", s)
                	default:
                		fmt.Println("none")
                	}
                	select {
                	case s, ok := <-done:
                		fmt.Println("again", s, ok)
                	default:
                		fmt.Println("empty")
                	}
                }
                """);
        p.link(h, GoVersion.DEFAULT).runMain(new Goroutine());
        assertEquals("3 8\n0 10 20 \n0 false\ngot hi!\nempty\n", h.stdout.toString(StandardCharsets.UTF_8));
        assertEquals(List.of("make chan int 8", "go main.producer at line 14", "make chan string 1",
                "go main.main.func1 at line 24"), h.log);
    }

    @Test
    void goStatementEvaluatesArgumentsInTheParent() {
        ToyHost h = new ToyHost() {
            final List<Runnable> pending = new ArrayList<>();

            @Override
            public void go(Goroutine parent, Goroutine child, FuncInfo start, Pos site, Runnable body) {
                // run later, after the parent changed its variables
                pending.add(body);
            }

            @Override
            public Object recv(Goroutine g, Object ch, boolean commaOk) {
                pending.forEach(Runnable::run);
                pending.clear();
                return super.recv(g, ch, commaOk);
            }
        };
        Program p = Program.check("prog.go", """
                package main

                import "fmt"

                func main() {
                	ch := make(chan int, 10)
                	x := 1
                	go func(v int) { ch <- v * 100 }(x)
                	go func() { ch <- x }()
                	x = 2
                	fmt.Println(<-ch, <-ch)
                }
                """);
        p.link(h, GoVersion.DEFAULT).runMain(new Goroutine());
        // the argument was evaluated at the go statement (1), the closure sees the later value (2)
        assertEquals("100 2\n", h.stdout.toString(StandardCharsets.UTF_8));
    }
}
