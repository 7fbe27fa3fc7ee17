package gosim.pprof.http;

import java.util.Objects;

/**
 * One request as the simulated server sees it: copied off the JDK exchange (the body read in
 * full) before it is handed to the simulation, so that nothing inside touches the socket.
 *
 * @param method the HTTP method
 * @param path the decoded URL path (Go's r.URL.Path)
 * @param rawQuery the query as sent, or null (Go's r.URL.RawQuery)
 * @param body the request body
 */
record HttpRequest(String method, String path, String rawQuery, byte[] body) {
    HttpRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        body = Objects.requireNonNull(body, "body").clone();
    }

    /** r.FormValue(key) from the URL query. */
    String formValue(String key) {
        return GoText.formValue(rawQuery, key);
    }
}
