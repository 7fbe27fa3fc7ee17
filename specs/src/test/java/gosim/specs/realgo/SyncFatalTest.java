package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Go 1.19's sync.fatal (runtime/panic.go:1030-1032, a user throw: no fp/sp, no runtime frames,
 * every goroutine): an unlock of an unlocked Mutex (sync.fatal at panic.go:1031, unlockSlow at
 * mutex.go:229 under Unlock inlined at mutex.go:223), an Unlock of an unlocked RWMutex
 * (rwmutex.go:209) and an RUnlock (rUnlockSlow at rwmutex.go:129 under RUnlock inlined at 119).
 * Compared with real Go 1.19 run at test time: the header, statuses, frames as function
 * file:line, inlined frames' "(...)" and missing offset, and unlockSlow's new = -1.
 */
class SyncFatalTest {
    @TempDir
    Path dir;

    @Test
    void unlockOfUnlockedMutexAsRealGo119() throws IOException {
        compare("unlock.go", """
                package main

                import (
                	"sync"
                	"time"
                )

                func other(c chan int) { <-c }

                func main() {
                	c := make(chan int)
                	go other(c)
                	time.Sleep(time.Millisecond)
                	var mu sync.Mutex
                	mu.Unlock()
                }
                """);
    }

    @Test
    void unlockOfUnlockedRWMutexAsRealGo119() throws IOException {
        compare("rw.go", """
                package main

                import "sync"

                func main() {
                	var mu sync.RWMutex
                	mu.Unlock()
                }
                """);
    }

    @Test
    void runlockOfUnlockedRWMutexAsRealGo119() throws IOException {
        compare("rrw.go", """
                package main

                import "sync"

                func main() {
                	var mu sync.RWMutex
                	mu.RUnlock()
                }
                """);
    }

    private void compare(String name, String src) throws IOException {
        DumpFrames.sameStderrFramesAsRealGo119(dir, name, src, (want, got) -> {
            assertEquals(firstLine(want), firstLine(got));
            assertTrue(want.contains("sync.fatal({0x"), want);
            assertEquals(shapes(want), shapes(got), "real:\n" + want + "\ngosim:\n" + got);
        });
    }

    private static String firstLine(String s) {
        return s.substring(0, s.indexOf('\n'));
    }

    private static final Pattern HEX = Pattern.compile("0x[0-9a-f]+(\\??)");

    /**
     * The sync frames' lines (main's argument words are 1.19 register values, printed apart) with
     * addresses and possibly stale register words ("?") reduced to "0x#", unlockSlow's new =
     * 0xffffffff kept; each location line reduced to whether it has an offset.
     */
    private static List<String> shapes(String out) {
        List<String> lines = out.lines().toList();
        List<String> shapes = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            String l = lines.get(i);
            if (!l.startsWith("sync.")) {
                continue;
            }
            Matcher m = HEX.matcher(l);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                boolean exact = m.group(1).isEmpty() && m.group().equals("0xffffffff");
                m.appendReplacement(b, exact ? m.group() : "0x#" + m.group(1));
            }
            m.appendTail(b);
            shapes.add(b.toString());
            shapes.add(lines.get(i + 1).contains(" +0x") ? "\t+offset" : "\t(no offset)");
        }
        return shapes;
    }
}
