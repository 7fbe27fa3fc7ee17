package gosim.specs.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headless Chromium driven over the DevTools protocol (a test tool, no gosim model): pages that draw
 * into canvas and polyfilled shadow DOM, like go tool trace's viewer, print nothing to --dump-dom, so
 * the test asks the live page instead. Only the few calls the tests need, over the JDK's WebSocket;
 * replies are read with regular expressions, not a JSON library.
 */
final class DevTools implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final Pattern PAGE = Pattern.compile("\"webSocketDebuggerUrl\":\\s*\"(ws://[^\"]+/page/[^\"]+)\"");
    private static final Pattern REPLY_ID = Pattern.compile("^\\{\"id\":(\\d+)");

    private final Process chrome;
    private final List<String> log = new ArrayList<>();
    private final Map<Integer, CompletableFuture<String>> pending = new ConcurrentHashMap<>();
    private final WebSocket socket;
    private int nextId = 1;

    /** Starts Chromium on about:blank with a 1280x800 window and attaches to its page. */
    DevTools(Path chromium, Path profile) throws Exception {
        chrome = new ProcessBuilder(chromium.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-extensions", "--remote-debugging-port=0",
                "--user-data-dir=" + profile, "--window-size=1280,800", "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            URI browser = listening();
            HttpClient http = HttpClient.newHttpClient();
            String targets = http.send(HttpRequest.newBuilder(URI.create("http://" + browser.getAuthority() + "/json/list"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher page = PAGE.matcher(targets);
            if (!page.find()) {
                throw new IllegalStateException("chromium has no page target: " + targets);
            }
            socket = http.newWebSocketBuilder().buildAsync(URI.create(page.group(1)), new Replies())
                    .get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    /** Reads Chromium's stderr until it names its DevTools endpoint; the rest is drained into the log. */
    private URI listening() throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(chrome.getErrorStream(), StandardCharsets.UTF_8));
        for (String line; (line = err.readLine()) != null;) {
            log.add(line);
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> err.lines().forEach(l -> {
                    synchronized (log) {
                        log.add(l);
                    }
                }), "chromium-stderr");
                drain.setDaemon(true);
                drain.start();
                return URI.create(m.group(1));
            }
        }
        throw new IllegalStateException("chromium exited without a DevTools endpoint: " + log);
    }

    /** Collects each (possibly fragmented) message and completes the call with that id. */
    private final class Replies implements WebSocket.Listener {
        private StringBuilder message = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
                String m = message.toString();
                message = new StringBuilder();
                Matcher id = REPLY_ID.matcher(m);
                if (id.find()) {
                    CompletableFuture<String> f = pending.remove(Integer.parseInt(id.group(1)));
                    if (f != null) {
                        f.complete(m);
                    }
                }
            }
            ws.request(1);
            return null;
        }
    }

    /** Sends one command and returns its raw reply; a protocol error fails the test. */
    String call(String method, String params) throws Exception {
        int id = nextId++;
        CompletableFuture<String> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true)
                .get(20, TimeUnit.SECONDS);
        String r = reply.get(30, TimeUnit.SECONDS);
        if (r.startsWith("{\"id\":" + id + ",\"error\"")) {
            throw new IllegalStateException(method + ": " + r);
        }
        return r;
    }

    void navigate(String url) throws Exception {
        call("Page.navigate", "{\"url\":" + quote(url) + "}");
    }

    /** Evaluates an expression that yields a string; a thrown exception fails with its text. */
    String evaluate(String js) throws Exception {
        String r = call("Runtime.evaluate", "{\"expression\":" + quote(js) + ",\"returnByValue\":true}");
        if (r.contains("\"exceptionDetails\"")) {
            throw new IllegalStateException("page script failed: " + r);
        }
        return stringField(r, "value");
    }

    /** The page as PNG bytes. */
    byte[] screenshot() throws Exception {
        return Base64.getDecoder().decode(stringField(call("Page.captureScreenshot", "{\"format\":\"png\"}"), "data"));
    }

    List<String> log() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (socket != null) {
            socket.abort();
        }
        chrome.destroy();
        if (!chrome.waitFor(10, TimeUnit.SECONDS)) {
            chrome.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** The first string field KEY of a JSON message, unescaped. */
    static String stringField(String json, String key) {
        int at = json.indexOf("\"" + key + "\":\"");
        if (at < 0) {
            throw new IllegalStateException("no string " + key + " in " + json);
        }
        StringBuilder b = new StringBuilder();
        for (int i = at + key.length() + 4; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '"') {
                return b.toString();
            }
            if (c == '\\') {
                char e = json.charAt(++i);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> b.append(e);
                }
            } else {
                b.append(c);
            }
        }
        throw new IllegalStateException("unterminated " + key + " in " + json);
    }
}
