package nl.assen.groenagenda.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Optional;

/** What came back for one request, with the request named so that a failing assertion says which one. */
public record Response(String method, URI uri, int status, HttpHeaders headers, String body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    public List<String> headerValues(String name) {
        return headers.allValues(name);
    }

    public String contentType() {
        return header("Content-Type").orElse("");
    }

    public boolean isRedirect() {
        return status >= 300 && status < 400;
    }

    /** The Location header resolved against the request's URI (it may be relative). */
    public URI location() {
        String location = header("Location")
                .orElseThrow(() -> new AssertionError("no Location header on " + this));
        return uri.resolve(location);
    }

    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError("body is not JSON: " + this, e);
        }
    }

    @Override
    public String toString() {
        String shortBody = body == null ? "" : body.length() > 600 ? body.substring(0, 600) + "..." : body;
        return method + " " + uri + " -> " + status
                + header("Location").map(l -> " Location: " + l).orElse("")
                + (contentType().isEmpty() ? "" : " [" + contentType() + "]")
                + (shortBody.isBlank() ? "" : " " + shortBody.replaceAll("\\s+", " "));
    }
}
