package nl.assen.groenagenda.agenda.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.assen.groenagenda.agenda.support.AgendaTest;
import nl.assen.groenagenda.agenda.support.Callers;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

/**
 * Every endpoint against every caller: the ones the security rules name get past them (whatever the
 * endpoint then says about the request), everyone else gets 403, and nobody without a token gets in.
 */
class EndpointRightsTest extends AgendaTest {

    private record Endpoint(HttpMethod method, String path, Set<String> allowed) {
    }

    private static final String ITEM = "/api/agenda/v1/agenda-items/" + UUID.randomUUID();
    private static final Set<String> STAFF = Set.of("medewerker", "manager", "manager-only", "financien", "beheerder");

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint(HttpMethod.GET, "/api/agenda/v1/themes", plus(STAFF, "griffie")),
            new Endpoint(HttpMethod.GET, "/api/agenda/v1/districts", plus(STAFF, "griffie")),
            new Endpoint(HttpMethod.GET, "/api/agenda/v1/agenda-items", plus(STAFF, "workflow")),
            new Endpoint(HttpMethod.GET, ITEM, plus(STAFF, "workflow")),
            new Endpoint(HttpMethod.GET, ITEM + "/submissions", plus(STAFF, "workflow")),
            new Endpoint(HttpMethod.POST, "/api/agenda/v1/agenda-items", Set.of("medewerker", "manager")),
            new Endpoint(HttpMethod.PUT, ITEM, Set.of("medewerker", "manager")),
            new Endpoint(HttpMethod.POST, ITEM + "/submission", Set.of("medewerker", "manager")),
            new Endpoint(HttpMethod.POST, ITEM + "/progress", Set.of("medewerker", "manager", "manager-only")),
            new Endpoint(HttpMethod.POST, ITEM + "/transitions", Set.of("workflow")),
            new Endpoint(HttpMethod.GET, "/api/agenda/v1/reports/agenda", plus(STAFF, "griffie")));

    /** The dev users (manager-or holds both manager and staff roles) plus a manager without the staff role. */
    private static final Map<String, WebTestClientConfigurer> CALLERS = new LinkedHashMap<>();

    static {
        CALLERS.put("medewerker", Callers.medewerker());
        CALLERS.put("manager", Callers.managerOr());
        CALLERS.put("manager-only", Callers.user("manager-only", "openbare-ruimte", "afdelingsmanager"));
        CALLERS.put("financien", Callers.financien());
        CALLERS.put("griffie", Callers.griffie());
        CALLERS.put("beheerder", Callers.beheerder());
        CALLERS.put("workflow", Callers.workflow());
        CALLERS.put("budget-service", Callers.budgetServiceAccount());
    }

    private static Set<String> plus(Set<String> set, String... more) {
        var copy = new java.util.HashSet<>(set);
        copy.addAll(List.of(more));
        return Set.copyOf(copy);
    }

    @Test
    void eachEndpointLetsInExactlyTheRolesItNames() {
        for (Endpoint endpoint : ENDPOINTS) {
            for (var caller : CALLERS.entrySet()) {
                var exchange = client.mutateWith(caller.getValue()).method(endpoint.method()).uri(endpoint.path())
                        .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange();
                int status = exchange.returnResult(byte[].class).getStatus().value();
                if (endpoint.allowed().contains(caller.getKey())) {
                    assertThat(status).as("%s %s as %s", endpoint.method(), endpoint.path(), caller.getKey())
                            .isNotIn(401, 403);
                } else {
                    assertThat(status).as("%s %s as %s", endpoint.method(), endpoint.path(), caller.getKey())
                            .isEqualTo(403);
                }
            }
            int anonymous = client.method(endpoint.method()).uri(endpoint.path()).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{}").exchange().returnResult(byte[].class).getStatus().value();
            assertThat(anonymous).as("%s %s without a token", endpoint.method(), endpoint.path()).isEqualTo(401);
        }
    }
}
