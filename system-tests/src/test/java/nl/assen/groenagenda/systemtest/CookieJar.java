package nl.assen.groenagenda.systemtest;

import java.net.URI;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A browser's cookie store, as far as these tests need one: cookies belong to a host (not a port, as in
 * browsers, so Keycloak's and the gateway's cookies on localhost share it) and a path; {@code Max-Age=0}
 * or a past {@code Expires} deletes. {@code Secure} is ignored, as browsers do for http://localhost.
 */
final class CookieJar {

    record Cookie(String host, String path, String name, String value) {
        boolean appliesTo(URI uri) {
            String requestPath = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return host.equalsIgnoreCase(uri.getHost())
                    && (requestPath.equals(path) || requestPath.startsWith(path.endsWith("/") ? path : path + "/"));
        }
    }

    private final Map<String, Cookie> cookies = new LinkedHashMap<>();

    synchronized void store(URI uri, List<String> setCookieHeaders) {
        for (String header : setCookieHeaders) {
            String[] parts = header.split(";");
            int eq = parts[0].indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = parts[0].substring(0, eq).trim();
            String value = parts[0].substring(eq + 1).trim();
            String path = defaultPath(uri);
            boolean expired = false;
            for (int i = 1; i < parts.length; i++) {
                String attribute = parts[i].trim();
                int ae = attribute.indexOf('=');
                String key = (ae < 0 ? attribute : attribute.substring(0, ae)).trim().toLowerCase(Locale.ROOT);
                String attributeValue = ae < 0 ? "" : attribute.substring(ae + 1).trim();
                switch (key) {
                    case "path" -> path = attributeValue.startsWith("/") ? attributeValue : defaultPath(uri);
                    case "max-age" -> expired |= parseLong(attributeValue) <= 0;
                    case "expires" -> expired |= isPast(attributeValue);
                    default -> { }
                }
            }
            String key = uri.getHost() + "|" + path + "|" + name;
            if (expired) {
                cookies.remove(key);
            } else {
                cookies.put(key, new Cookie(uri.getHost(), path, name, value));
            }
        }
    }

    /** The Cookie header a browser would send to this URI, if any. */
    synchronized Optional<String> header(URI uri) {
        String header = cookies.values().stream()
                .filter(c -> c.appliesTo(uri))
                .map(c -> c.name() + "=" + c.value())
                .collect(Collectors.joining("; "));
        return header.isEmpty() ? Optional.empty() : Optional.of(header);
    }

    synchronized Optional<String> value(URI uri, String name) {
        return cookies.values().stream().filter(c -> c.appliesTo(uri) && c.name().equals(name))
                .map(Cookie::value).findFirst();
    }

    synchronized List<Cookie> all() {
        return new ArrayList<>(cookies.values());
    }

    private static String defaultPath(URI uri) {
        String path = uri.getRawPath();
        if (path == null || !path.startsWith("/") || path.lastIndexOf('/') == 0) {
            return "/";
        }
        return path.substring(0, path.lastIndexOf('/'));
    }

    private static long parseLong(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static boolean isPast(String httpDate) {
        try {
            return ZonedDateTime.parse(httpDate, DateTimeFormatter.RFC_1123_DATE_TIME).isBefore(ZonedDateTime.now());
        } catch (RuntimeException e) {
            return false;
        }
    }
}
