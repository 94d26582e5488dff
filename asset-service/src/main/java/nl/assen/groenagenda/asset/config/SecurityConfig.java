package nl.assen.groenagenda.asset.config;

import static nl.assen.groenagenda.platform.security.Roles.AFDELINGSMANAGER;
import static nl.assen.groenagenda.platform.security.Roles.BEHEERDER;
import static nl.assen.groenagenda.platform.security.Roles.FINANCIEEL_ADVISEUR;
import static nl.assen.groenagenda.platform.security.Roles.MEDEWERKER;
import static nl.assen.groenagenda.platform.security.Roles.RAAD;

import nl.assen.groenagenda.platform.security.ApiSecurity;
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

    static final String API = "/api/assets/v1";

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ApiSecurity api) {
        return api.build(http, rules -> rules
                // Reference data for whoever registers or plans green; the council reads reports instead.
                .pathMatchers(HttpMethod.GET, API + "/asset-types")
                .hasAnyRole(MEDEWERKER, AFDELINGSMANAGER, FINANCIEEL_ADVISEUR, BEHEERDER)
                // The register, its norms and its summary: every staff role and the council read them.
                .pathMatchers(HttpMethod.GET, API + "/cost-norms", API + "/summary", API + "/assets/*")
                .hasAnyRole(MEDEWERKER, AFDELINGSMANAGER, FINANCIEEL_ADVISEUR, RAAD, BEHEERDER)
                // A norm change revalues the whole register: the functional administrator's call.
                .pathMatchers(HttpMethod.PUT, API + "/cost-norms/*")
                .hasRole(BEHEERDER)
                // The list (also as GeoJSON) and work with work read the register: every role reads them.
                .pathMatchers(HttpMethod.GET, API + "/assets", API + "/work-with-work")
                .hasAnyRole(MEDEWERKER, AFDELINGSMANAGER, FINANCIEEL_ADVISEUR, RAAD, BEHEERDER)
                // Replacement plans: every role computes and reads them; saving one (a body with a
                // "name") is checked in the controller: not for the council.
                .pathMatchers(HttpMethod.POST, API + "/replacement-plans")
                .hasAnyRole(MEDEWERKER, AFDELINGSMANAGER, FINANCIEEL_ADVISEUR, RAAD, BEHEERDER)
                .pathMatchers(HttpMethod.GET, API + "/replacement-plans", API + "/replacement-plans/*")
                .hasAnyRole(MEDEWERKER, AFDELINGSMANAGER, FINANCIEEL_ADVISEUR, RAAD, BEHEERDER)
                // Imports write the register: the editors of assets only.
                .pathMatchers(HttpMethod.POST, API + "/imports")
                .hasAnyRole(MEDEWERKER, BEHEERDER)
                // Edits of the register and felling/pruning (issue 3, items 9 and 10): staff and the
                // functional administrator register and change; every role reads the interventions.
                .pathMatchers(HttpMethod.POST, API + "/assets", API + "/assets/*/interventions")
                .hasAnyRole(MEDEWERKER, BEHEERDER)
                .pathMatchers(HttpMethod.PATCH, API + "/assets/*")
                .hasAnyRole(MEDEWERKER, BEHEERDER)
                .pathMatchers(HttpMethod.GET, API + "/assets/*/interventions", API + "/intervention-reasons")
                .hasAnyRole(MEDEWERKER, AFDELINGSMANAGER, FINANCIEEL_ADVISEUR, RAAD, BEHEERDER));
    }
}
