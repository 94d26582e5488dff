package nl.assen.groenagenda.systemtest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

/** Plain HTTP as a script would do it: no cookies, no redirects followed, HTTP/1.1. */
public final class Http {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final HttpClient CLIENT = newClient();

    private Http() {
    }

    static HttpClient newClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public static Response get(URI uri, String... headers) {
        return send("GET", uri, null, headers);
    }

    /** A GET with {@code Authorization: <authorization>} (pass the whole value, e.g. "Bearer ..."). */
    public static Response getAuthorized(URI uri, String authorization, String... headers) {
        return send("GET", uri, null, withHeader(headers, "Authorization", authorization));
    }

    public static Response getWithBearer(URI uri, String token, String... headers) {
        return getAuthorized(uri, "Bearer " + token, headers);
    }

    public static Response postJsonWithBearer(URI uri, String token, String json) {
        return send("POST", uri, json, "Authorization", "Bearer " + token, "Content-Type", "application/json",
                "Accept", "application/json");
    }

    public static Response postForm(URI uri, String form) {
        return send("POST", uri, form, "Content-Type", "application/x-www-form-urlencoded", "Accept", "application/json");
    }

    static String[] withHeader(String[] headers, String name, String value) {
        String[] all = java.util.Arrays.copyOf(headers, headers.length + 2);
        all[headers.length] = name;
        all[headers.length + 1] = value;
        return all;
    }

    static Response send(String method, URI uri, String body, String... headers) {
        return send(CLIENT, method, uri, body, headers);
    }

    static Response send(HttpClient client, String method, URI uri, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            var response = client.send(request.build(), BodyHandlers.ofString());
            return new Response(method, uri, response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new AssertionError(method + " " + uri + " failed: " + e + " (is the suite running?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(method + " " + uri + " interrupted", e);
        }
    }
}
