package nl.assen.groenagenda.budget.config;

import static nl.assen.groenagenda.platform.security.Roles.AFDELINGSMANAGER;
import static nl.assen.groenagenda.platform.security.Roles.BEHEERDER;
import static nl.assen.groenagenda.platform.security.Roles.FINANCIEEL_ADVISEUR;
import static nl.assen.groenagenda.platform.security.Roles.MEDEWERKER;
import static nl.assen.groenagenda.platform.security.Roles.RAAD;

import nl.assen.groenagenda.platform.security.ApiSecurity;
import nl.assen.groenagenda.platform.security.RolesOrClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

/** Which roles may call which endpoint of this API. Anything not listed here is refused. */
@Configuration
@EnableWebFluxSecurity
class SecurityConfig {

    static final String API = "/api/budget/v1";
    /**
     * The Keycloak client whose client-credentials tokens the workflow service uses; its calls are
     * recognised by the token's authorized party ({@code azp}), see {@link RolesOrClient}.
     */
    static final String WORKFLOW_CLIENT = "workflow";
    private static final RolesOrClient FINANCE_OR_WORKFLOW = RolesOrClient.of(WORKFLOW_CLIENT, FINANCIEEL_ADVISEUR);
    private static final RolesOrClient STAFF_OR_WORKFLOW = RolesOrClient.of(WORKFLOW_CLIENT,
            MEDEWERKER, AFDELINGSMANAGER, FINANCIEEL_ADVISEUR, BEHEERDER);

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ApiSecurity api) {
        return api.build(http, rules -> rules
                // Reference data for whoever drafts, approves or keeps budgets; the council reads reports instead.
                .pathMatchers(HttpMethod.GET, API + "/taakvelden")
                .hasAnyRole(MEDEWERKER, AFDELINGSMANAGER, FINANCIEEL_ADVISEUR, BEHEERDER)
                // Budget lines and their history: everyone on staff reads them, and the council (issue 4, item 9).
                .pathMatchers(HttpMethod.GET, API + "/budget-lines", API + "/budget-lines/*", API + "/budget-lines/*/history")
                .hasAnyRole(MEDEWERKER, AFDELINGSMANAGER, FINANCIEEL_ADVISEUR, BEHEERDER, RAAD)
                // Changing lines and their years (item 9): finance staff only, always with a reason.
                .pathMatchers(HttpMethod.POST, API + "/budget-lines")
                .hasRole(FINANCIEEL_ADVISEUR)
                .pathMatchers(HttpMethod.PUT, API + "/budget-lines/*/years/*")
                .hasRole(FINANCIEEL_ADVISEUR)
                // Actuals (item 8): finance staff import them; everyone on staff reads them, and the council.
                .pathMatchers(HttpMethod.POST, API + "/actuals")
                .hasRole(FINANCIEEL_ADVISEUR)
                .pathMatchers(HttpMethod.GET, API + "/actuals")
                .hasAnyRole(MEDEWERKER, AFDELINGSMANAGER, FINANCIEEL_ADVISEUR, BEHEERDER, RAAD)
                // A calculation that changes nothing: for everyone on staff.
                .pathMatchers(HttpMethod.POST, API + "/capital-charges")
                .hasAnyRole(MEDEWERKER, AFDELINGSMANAGER, FINANCIEEL_ADVISEUR, BEHEERDER)
                // Commitments: finance staff, or the workflow's service account on behalf of an approved item.
                .pathMatchers(HttpMethod.POST, API + "/reservations", API + "/reservations/*/release",
                        API + "/reservations/*/realisation")
                .access(FINANCE_OR_WORKFLOW)
                // The overview (JSON, CSV, XLSX): everyone on staff reads it, and the council.
                .pathMatchers(HttpMethod.GET, API + "/overview")
                .hasAnyRole(MEDEWERKER, AFDELINGSMANAGER, FINANCIEEL_ADVISEUR, BEHEERDER, RAAD)
                // Coverage check (issue 4, item 5): a read, for everyone on staff and the workflow's service account.
                .pathMatchers(HttpMethod.POST, API + "/coverage-checks")
                .access(STAFF_OR_WORKFLOW)
                // Kaderbrief cycles, claims and amendments (item 6): everyone on staff reads them, and the council.
                // The workflow reads them too: the open cycle to claim in, and what a decision granted.
                .pathMatchers(HttpMethod.GET, API + "/kaderbrief-cycles", API + "/kaderbrief-cycles/*",
                        API + "/kaderbrief-cycles/*/claims", API + "/kaderbrief-cycles/*/amendments")
                .access(RolesOrClient.of(WORKFLOW_CLIENT,
                        MEDEWERKER, AFDELINGSMANAGER, FINANCIEEL_ADVISEUR, BEHEERDER, RAAD))
                // Claims come from finance staff, or from the workflow's service account for a not-covered item.
                .pathMatchers(HttpMethod.POST, API + "/kaderbrief-cycles/*/claims")
                .access(FINANCE_OR_WORKFLOW)
                // Cycles, their status and the council's decisions: finance staff only.
                // A cycle's status moves with its BPMN process (deadline, to the college, to the council):
                // finance staff, or the workflow's service account that runs that process.
                .pathMatchers(HttpMethod.POST, API + "/kaderbrief-cycles/*/status")
                .access(FINANCE_OR_WORKFLOW)
                // New cycles and the council's decisions: finance staff only (the workflow relays the
                // decision with the finance officer's own token).
                .pathMatchers(HttpMethod.POST, API + "/kaderbrief-cycles", API + "/kaderbrief-cycles/*/decisions")
                .hasRole(FINANCIEEL_ADVISEUR));
    }
}
