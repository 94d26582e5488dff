package nl.assen.groenagenda.gateway.session;

import java.util.List;

/** Who is logged in, as the web UI shows it. Deliberately without any token. */
public record SessionView(String username, String name, List<String> roles, String afdeling) {
}
