package gosim.pprof.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One answer of the simulated net/http server: status, headers in the order set, body. Made
 * inside the simulation, sent by a JDK HttpServer thread.
 */
record HttpResponse(int status, Map<String, String> headers, byte[] body) {
    static final String TEXT = "text/plain; charset=utf-8";
    static final String HTML = "text/html; charset=utf-8";
    static final String OCTETS = "application/octet-stream";

    HttpResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("bad HTTP status " + status);
        }
        headers = new LinkedHashMap<>(Objects.requireNonNull(headers));
        body = Objects.requireNonNull(body).clone();
    }

    static HttpResponse of(int status, String contentType, byte[] body) {
        return new HttpResponse(status, Map.of("Content-Type", contentType), body);
    }

    static HttpResponse text(int status, String body) {
        return of(status, TEXT, body.getBytes(StandardCharsets.UTF_8));
    }

    /** The body decoded as UTF-8 (for messages and tests). */
    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
