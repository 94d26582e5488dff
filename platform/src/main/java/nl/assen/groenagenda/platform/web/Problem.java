package nl.assen.groenagenda.platform.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatusCode;

/**
 * An RFC 9457 problem as the API returns it. Titles and details are Dutch, because the web UI shows
 * them to civil servants next to the field they concern; {@code type} is stable and machine-readable.
 */
public record Problem(URI type, String title, int status, String detail, URI instance,
                      List<InvalidParam> invalidParams, Map<String, Object> extensions) {

    public static final String TYPE_PREFIX = "urn:nl:assen:groenagenda:problem:";

    public Problem {
        invalidParams = invalidParams == null ? List.of() : List.copyOf(invalidParams);
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    public static Problem of(HttpStatusCode status, String slug, String title, String detail) {
        return new Problem(URI.create(TYPE_PREFIX + slug), title, status.value(), detail, null, null, null);
    }

    public Problem withInstance(URI newInstance) {
        return new Problem(type, title, status, detail, newInstance, invalidParams, extensions);
    }

    public Problem withInvalidParams(List<InvalidParam> params) {
        return new Problem(type, title, status, detail, instance, params, extensions);
    }

    public Problem with(String name, Object value) {
        var copy = new LinkedHashMap<>(extensions);
        copy.put(name, value);
        return new Problem(type, title, status, detail, instance, invalidParams, copy);
    }

    /** The body in the order readers expect: the standard members first, then the extensions. */
    public Map<String, Object> body() {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", type.toString());
        body.put("title", title);
        body.put("status", status);
        if (detail != null) {
            body.put("detail", detail);
        }
        if (instance != null) {
            body.put("instance", instance.toString());
        }
        if (!invalidParams.isEmpty()) {
            body.put("invalidParams", invalidParams);
        }
        extensions.forEach(body::putIfAbsent);
        return body;
    }

    public record InvalidParam(String name, String reason) {
    }
}
