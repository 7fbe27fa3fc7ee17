package gosim.specs.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gosim.specs.realgo.Corpus;
import gosim.specs.realgo.RealGo;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages a learner looks at, opened in headless Chromium (skipped when it is not installed):
 * gosim's own timeline, and go tool trace's "View trace" page for a gosim trace (loopback only).
 */
class BrowserViewsTest {
    @TempDir
    Path dir;

    static Optional<Path> chromium() {
        for (String c : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(c))) {
                return Optional.of(Path.of(c));
            }
        }
        return Optional.empty();
    }

    record Out(int status, String stdout, String stderr) {
    }

    static Out exec(List<String> cmd, Duration limit) throws IOException, InterruptedException {
        Path o = Files.createTempFile("out", ".txt");
        Path e = Files.createTempFile("err", ".txt");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(o.toFile()).redirectError(e.toFile()).start();
            if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor();
                throw new IllegalStateException(cmd + " did not finish within " + limit);
            }
            return new Out(p.exitValue(), Files.readString(o), Files.readString(e));
        } finally {
            Files.deleteIfExists(o);
            Files.deleteIfExists(e);
        }
    }

    private List<String> headless(Path chrome) {
        return new ArrayList<>(List.of(chrome.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-extensions", "--user-data-dir=" + dir.resolve("profile"),
                "--enable-logging=stderr", "--v=0"));
    }

    /** Console messages of a page that are errors, from Chromium's log on stderr. */
    private static List<String> consoleErrors(String stderr) {
        return stderr.lines().filter(l -> l.contains("CONSOLE") && (l.contains("ERROR") || l.contains("Uncaught")))
                .toList();
    }

    @Test
    void timelinePagesLoadWithoutConsoleErrorsAndShowTheirLanes() throws Exception {
        Path chrome = chromium().orElse(null);
        assumeTrue(chrome != null, "chromium is not installed");
        for (String name : List.of("runnext", "stealing")) {
            Path html = dir.resolve(name + ".html");
            assertEquals(0, ScheduleViewsTest.gosim("run", "-timeline", html.toString(),
                    Corpus.named(name).file().toString()).status());
            List<String> cmd = headless(chrome);
            cmd.addAll(List.of("--dump-dom", html.toUri().toString()));
            Out r = exec(cmd, Duration.ofSeconds(90));
            assertEquals(0, r.status(), r.stderr());
            assertEquals(List.of(), consoleErrors(r.stderr()));
            List<String> lanes = name.equals("runnext") ? List.of("P0", "m0") : List.of("P0", "P1", "P2", "P3", "m0");
            for (String lane : lanes) {
                assertTrue(r.stdout().contains("data-lane=\"" + lane + "\""), name + ": lane " + lane);
            }
            assertTrue(r.stdout().contains("<rect class=\"running\""), name + ": goroutine slices");
        }
    }

    @Test
    void goToolTracesViewTracePageServesProcLanesAndGoroutineSlices() throws Exception {
        Path chrome = chromium().orElse(null);
        assumeTrue(chrome != null, "chromium is not installed");
        Path go = RealGo.find().orElse(null);
        assumeTrue(go != null, "go is not installed");
        Path trace = dir.resolve("runnext.trace");
        ScheduleViewsTest.gosim("run", "-trace", trace.toString(), Corpus.named("runnext").file().toString());
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        ProcessBuilder pb = new ProcessBuilder(go.toString(), "tool", "trace", "-http=127.0.0.1:" + port, trace.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("gotrace.log").toFile());
        pb.environment().put("BROWSER", "/bin/true"); // no browser of its own
        pb.environment().put("HOME", dir.toString());
        Process server = pb.start();
        try {
            String base = "http://127.0.0.1:" + port;
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String json = null;
            for (int i = 0; i < 120 && json == null; i++) {
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/jsontrace")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        json = r.body();
                    }
                } catch (IOException e) {
                    Thread.sleep(500);
                }
            }
            assertTrue(json != null, "go tool trace did not serve: " + Files.readString(dir.resolve("gotrace.log")));
            // The viewer's data: a lane per P ("Proc 0"), and goroutine slices named by their function.
            assertTrue(json.contains("\"name\":\"Proc 0\""), json);
            assertTrue(json.contains("main.main.func1"), json);
            // Slices in the order they started: runnext's workers ran last-created first (G6, then
            // G4 and G5 from the run queue), as runnext.go's header explains from proc.go's runqput.
            List<String> workers = goroutineSlices(json).stream().filter(g -> g.endsWith("main.main.func1")).toList();
            assertEquals(List.of("G6 main.main.func1", "G4 main.main.func1", "G5 main.main.func1"), workers, json);
            viewTrace(chrome, base + "/trace");
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
        String log = Files.readString(dir.resolve("gotrace.log"), StandardCharsets.UTF_8);
        assertFalse(log.contains("failed to parse"), log);
    }

    private static final Pattern SLICE =
            Pattern.compile("\\{\"name\":\"(G\\d+ [^\"]+)\",\"ph\":\"X\",\"ts\":([-0-9.eE+]+)");

    /** The goroutine slices ("X" events named "G<id> <function>") of a /jsontrace answer, by start time. */
    static List<String> goroutineSlices(String json) {
        record Slice(String name, double ts) {
        }
        List<Slice> slices = new ArrayList<>();
        Matcher m = SLICE.matcher(json);
        while (m.find()) {
            slices.add(new Slice(m.group(1), Double.parseDouble(m.group(2))));
        }
        return slices.stream().sorted(Comparator.comparingDouble(Slice::ts)).map(Slice::name).toList();
    }

    /**
     * What the viewer's page shows once its model is built and it has fitted the view: one line per
     * PROCS lane, "lane<TAB>goroutine slices in start order", then a line "text<TAB>" with the rendered
     * text (track headings are in polyfilled shadow DOM, which innerText includes). "" while loading.
     */
    private static final String LANES = """
            (() => {
              const v = document.querySelector('tr-ui-timeline-view');
              if (!v || !v.model || !v.trackView) return '';
              const dt = v.trackView.viewport.currentDisplayTransform;
              if (dt.scaleX === 1 && dt.panX === 0) return '';  // not fitted to the trace yet
              const lines = [];
              for (const p of v.model.getAllProcesses()) {
                if (p.name !== 'PROCS') continue;
                for (const t of Object.values(p.threads)) {
                  const gs = t.sliceGroup.slices.slice().sort((a, b) => a.start - b.start)
                      .map(s => s.title).filter(n => /^G[0-9]+ /.test(n));
                  lines.push(t.name + '\t' + gs.join(','));
                }
              }
              lines.push('text\t' + document.body.innerText.replace(/\\s+/g, ' '));
              return lines.join('\\n');
            })()""";

    /**
     * Zooms the view onto runnext's three workers, waits two frames, and counts the track canvas's
     * coloured pixels (slices are drawn in colour; background, grid and text are grey).
     */
    private static final String ZOOM_AND_COUNT = """
            (async () => {
              const v = document.querySelector('tr-ui-timeline-view');
              const vp = v.trackView.viewport;
              const ws = [];
              for (const p of v.model.getAllProcesses())
                for (const t of Object.values(p.threads))
                  for (const s of t.sliceGroup.slices)
                    if (s.title.endsWith('main.main.func1')) ws.push(s);
              const lo = Math.min(...ws.map(s => s.start)), hi = Math.max(...ws.map(s => s.end));
              const pad = (hi - lo) * 2;
              const canvas = vp.modelTrackContainer.canvas;
              const dt = vp.currentDisplayTransform.clone();
              dt.xSetWorldBounds(lo - pad, hi + pad, canvas.clientWidth);
              vp.setDisplayTransformImmediately(dt);
              await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
              const px = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
              let coloured = 0;
              for (let i = 0; i < px.length; i += 4) {
                const hi = Math.max(px[i], px[i + 1], px[i + 2]), lo = Math.min(px[i], px[i + 1], px[i + 2]);
                if (px[i + 3] > 0 && hi - lo > 60) coloured++;
              }
              return String(coloured);
            })()""";

    /**
     * Opens go tool trace's "View trace" page in Chromium over DevTools and checks what it rendered:
     * the Proc lanes with the goroutine slices on them, their headings on the page, and slices drawn
     * on the canvas. Writes the screenshot to the temp dir, and to docs/ under -Dgosim.screenshots=DIR.
     */
    private void viewTrace(Path chrome, String url) throws Exception {
        try (DevTools page = new DevTools(chrome, dir.resolve("devtools-profile"))) {
            page.call("Runtime.enable", "{}");
            page.navigate(url);
            String shown = "";
            for (int i = 0; i < 120 && shown.isEmpty(); i++) {
                Thread.sleep(250); // polling for readiness, not timing anything
                shown = page.evaluate(LANES);
            }
            assertFalse(shown.isEmpty(), "the viewer never built its model; chromium said " + page.log());
            Map<String, String> lanes = new LinkedHashMap<>();
            shown.lines().forEach(l -> lanes.put(l.substring(0, l.indexOf('\t')), l.substring(l.indexOf('\t') + 1)));
            String text = lanes.remove("text");
            assertTrue(lanes.containsKey("Proc 0") && lanes.containsKey("Proc 1"), shown);
            for (String lane : lanes.keySet()) {
                assertTrue(text.contains(lane), "heading " + lane + " not rendered: " + text);
            }
            assertTrue(text.contains("PROCS") && text.contains("Goroutines:") && text.contains("Threads:"), text);
            // Proc 0 runs main and then the three workers, newest first, each once.
            assertTrue(lanes.get("Proc 0").contains("G6 main.main.func1,G4 main.main.func1,G5 main.main.func1"),
                    lanes.toString());
            assertTrue(lanes.get("Proc 0").startsWith("G1 runtime.main"), lanes.toString());
            String call = "{\"expression\":" + DevTools.quote(ZOOM_AND_COUNT)
                    + ",\"returnByValue\":true,\"awaitPromise\":true}";
            int coloured = Integer.parseInt(DevTools.stringField(page.call("Runtime.evaluate", call), "value"));
            assertTrue(coloured > 2000, "slices not drawn: " + coloured + " coloured pixels");
            byte[] png = page.screenshot();
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
            assertTrue(img != null && img.getWidth() == 1280, "screenshot is not a 1280-wide PNG");
            Files.write(dir.resolve("runnext-trace.png"), png);
            String docs = System.getProperty("gosim.screenshots");
            if (docs != null) {
                Files.write(Path.of(docs).resolve("runnext-trace.png"), png);
            }
        }
    }
}
