package nl.assen.groenagenda.agenda.config;

import static nl.assen.groenagenda.platform.security.Roles.AFDELINGSMANAGER;
import static nl.assen.groenagenda.platform.security.Roles.BEHEERDER;
import static nl.assen.groenagenda.platform.security.Roles.FINANCIEEL_ADVISEUR;
import static nl.assen.groenagenda.platform.security.Roles.MEDEWERKER;
import static nl.assen.groenagenda.platform.security.Roles.RAAD;

import nl.assen.groenagenda.agenda.item.Caller;
import nl.assen.groenagenda.platform.security.ApiSecurity;
import nl.assen.groenagenda.platform.security.RolesOrClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * Which roles may call which endpoint of this API. Anything not listed here is refused. Which items a
 * caller sees and changes within an endpoint (their own department, or all) is decided per item by
 * {@link Caller}.
 */
@Configuration
@EnableWebFluxSecurity
class SecurityConfig {

    static final String API = "/api/agenda/v1";

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ApiSecurity api) {
        return api.build(http, rules -> rules
                // Reference data: for whoever drafts, approves or finances agenda items, and for the council,
                // which filters its reports by theme and district.
                .pathMatchers(HttpMethod.GET, API + "/themes", API + "/districts")
                .hasAnyRole(MEDEWERKER, AFDELINGSMANAGER, FINANCIEEL_ADVISEUR, BEHEERDER, RAAD)
                // Items, their history and submissions: staff, and the workflow service, which reads what it approves.
                .pathMatchers(HttpMethod.GET, API + "/agenda-items", API + "/agenda-items/*", API + "/agenda-items/*/submissions")
                .access(RolesOrClient.of(Caller.WORKFLOW_CLIENT, MEDEWERKER, AFDELINGSMANAGER, FINANCIEEL_ADVISEUR, BEHEERDER))
                // Drafting and submitting: staff (of the item's own department, checked per item).
                .pathMatchers(HttpMethod.POST, API + "/agenda-items", API + "/agenda-items/*/submission")
                .hasRole(MEDEWERKER)
                .pathMatchers(HttpMethod.PUT, API + "/agenda-items/*")
                .hasRole(MEDEWERKER)
                // Execution progress: staff and managers of the item's department.
                .pathMatchers(HttpMethod.POST, API + "/agenda-items/*/progress")
                .hasAnyRole(MEDEWERKER, AFDELINGSMANAGER)
                // What the approval process decided: the workflow service's own account only.
                .pathMatchers(HttpMethod.POST, API + "/agenda-items/*/transitions")
                .access(RolesOrClient.of(Caller.WORKFLOW_CLIENT))
                // The council's overview and exports: everyone, the council included.
                .pathMatchers(HttpMethod.GET, API + "/reports/agenda")
                .hasAnyRole(MEDEWERKER, AFDELINGSMANAGER, FINANCIEEL_ADVISEUR, BEHEERDER, RAAD));
    }
}
