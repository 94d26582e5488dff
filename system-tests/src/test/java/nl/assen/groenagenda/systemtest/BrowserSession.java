package nl.assen.groenagenda.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser talking to the gateway: its own cookie jar, redirects followed by hand so that every hop can
 * be checked, and no Authorization header ever.
 */
public final class BrowserSession {

    public static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    public static final String JSON = "application/json";
    static final int MAX_REDIRECTS = 10;

    private final HttpClient client = Http.newClient();
    private final CookieJar cookies = new CookieJar();
    private final Suite suite = Suite.current();

    /** Every hop of a login, in order; the last one is the page the browser lands on. */
    public record LoginTrail(List<Response> hops) {
        public Response last() {
            return hops.get(hops.size() - 1);
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("login hops:");
            for (int i = 0; i < hops.size(); i++) {
                text.append("\n  ").append(i).append(": ").append(abbreviated(hops.get(i)));
            }
            return text.toString();
        }

        private static String abbreviated(Response hop) {
            String line = hop.toString();
            return line.length() > 300 ? line.substring(0, 300) + "..." : line;
        }
    }

    /**
     * Logs in as a browser does: {@code GET /} for HTML, follow redirects to Keycloak's login page, submit
     * its form, follow redirects back to the gateway. Checks only that a login form appeared; the caller
     * checks the hops.
     */
    public LoginTrail logIn(String username, String password) {
        List<Response> hops = new ArrayList<>();
        Response loginPage = follow(get(suite.gateway().resolve("/"), HTML), hops);
        Element form = loginForm(loginPage, hops);
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type").toLowerCase();
            if (!type.equals("submit") && !type.equals("checkbox") && !type.equals("button")) {
                fields.put(input.attr("name"), input.attr("value"));
            }
        }
        fields.put("username", username);
        fields.put("password", password);
        URI action = URI.create(form.absUrl("action"));
        Response submitted = send("POST", action, Keycloak.form(fields),
                "Content-Type", "application/x-www-form-urlencoded", "Accept", HTML);
        follow(submitted, hops);
        return new LoginTrail(hops);
    }

    /** Logs in and checks it worked: the browser ends on a 200 page of the gateway. */
    public BrowserSession loggedInAs(String user) {
        LoginTrail trail = logIn(user, user);
        assertThat(trail.last().status()).as("login of %s ends on a 200 page; %s", user, trail).isEqualTo(200);
        assertThat(trail.last().uri().getPort()).as("login ends on the gateway; %s", trail)
                .isEqualTo(suite.gateway().getPort());
        return this;
    }

    public Response get(URI uri, String accept, String... headers) {
        return send("GET", uri, null, Http.withHeader(headers, "Accept", accept));
    }

    public Response get(String gatewayPath, String accept, String... headers) {
        return get(gateway(gatewayPath), accept, headers);
    }

    public Response post(String gatewayPath, String contentType, String body, String... headers) {
        String[] all = Http.withHeader(Http.withHeader(headers, "Content-Type", contentType), "Accept", JSON);
        return send("POST", gateway(gatewayPath), body, all);
    }

    /** The CSRF token a browser script reads from the {@code XSRF-TOKEN} cookie, to send back as {@code X-XSRF-TOKEN}. */
    public Optional<String> csrfToken() {
        return cookies.value(suite.gateway().resolve("/"), "XSRF-TOKEN");
    }

    /** The Cookie header this browser sends to the gateway now (e.g. to replay it after logout). */
    public Optional<String> gatewayCookieHeader() {
        return cookies.header(suite.gateway().resolve("/"));
    }

    public URI gateway(String path) {
        return URI.create(suite.gateway() + path);
    }

    public Response send(String method, URI uri, String body, String... headers) {
        String[] all = headers;
        Optional<String> cookieHeader = cookies.header(uri);
        if (cookieHeader.isPresent()) {
            all = Http.withHeader(headers, "Cookie", cookieHeader.get());
        }
        Response response = Http.send(client, method, uri, body, all);
        cookies.store(uri, response.headerValues("Set-Cookie"));
        return response;
    }

    /** Follows redirects from {@code first} with GETs for HTML, recording every hop; returns the last response. */
    public Response follow(Response first, List<Response> hops) {
        Response current = first;
        hops.add(current);
        for (int i = 0; current.isRedirect(); i++) {
            if (i == MAX_REDIRECTS) {
                throw new AssertionError("more than " + MAX_REDIRECTS + " redirects; " + new LoginTrail(hops));
            }
            current = get(current.location(), HTML);
            hops.add(current);
        }
        return current;
    }

    private static Element loginForm(Response page, List<Response> hops) {
        if (page.status() != 200 || !page.contentType().startsWith("text/html")) {
            throw new AssertionError("expected Keycloak's login page; " + new LoginTrail(hops));
        }
        Document html = Jsoup.parse(page.body(), page.uri().toString());
        Element form = html.getElementById("kc-form-login");
        if (form == null) {
            throw new AssertionError("no form#kc-form-login on " + page.uri() + "; " + new LoginTrail(hops));
        }
        return form;
    }
}
