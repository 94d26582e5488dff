package nl.assen.groenagenda.budget.config;

import static nl.assen.groenagenda.platform.security.Roles.AFDELINGSMANAGER;
import static nl.assen.groenagenda.platform.security.Roles.BEHEERDER;
import static nl.assen.groenagenda.platform.security.Roles.FINANCIEEL_ADVISEUR;
import static nl.assen.groenagenda.platform.security.Roles.MEDEWERKER;

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

    static final String API = "/api/budget/v1";

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ApiSecurity api) {
        return api.build(http, rules -> rules
                // Reference data for whoever drafts, approves or keeps budgets; the council reads reports instead.
                .pathMatchers(HttpMethod.GET, API + "/taakvelden")
                .hasAnyRole(MEDEWERKER, AFDELINGSMANAGER, FINANCIEEL_ADVISEUR, BEHEERDER));
    }
}
