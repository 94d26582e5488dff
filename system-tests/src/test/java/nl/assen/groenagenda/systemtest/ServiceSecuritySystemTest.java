package nl.assen.groenagenda.systemtest;

import static nl.assen.groenagenda.systemtest.ApiAssertions.assertApiVersion;
import static nl.assen.groenagenda.systemtest.ApiAssertions.assertList;
import static nl.assen.groenagenda.systemtest.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every API refuses what it should and serves whom it should, through the gateway and also when called
 * directly: each service checks tokens itself and does not trust the gateway to have done it.
 */
class ServiceSecuritySystemTest {

    private static final Keycloak keycloak = Keycloak.instance();

    /** Dev users whose roles may read (medewerker, afdelingsmanager, financieel-adviseur, beheerder). */
    private static final String[] ALLOWED_USERS = {"medewerker", "manager-or", "financien", "beheerder"};

    @BeforeAll
    static void startTheClockOfTheExpiredToken() {
        keycloak.prepareExpiredToken();
    }

    static Stream<Target> targets() {
        return Target.all();
    }

    static Stream<Arguments> targetsAndAllowedUsers() {
        return Target.all().flatMap(target -> Stream.of(ALLOWED_USERS).map(user -> Arguments.of(target, user)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("targetsAndAllowedUsers")
    void anAllowedRoleReadsTheList(Target target, String user) {
        Response response = Http.getWithBearer(target.readUrl(), keycloak.accessToken(user), "Accept", "application/json");

        JsonNode list = assertList(response);
        assertApiVersion(response);
        if (target.api().readEndpointHasReferenceData) {
            assertThat(list.path("items").size()).as("reference data in %s", response).isPositive();
        }
    }

    @Test
    void budgetReferenceDataHoldsTaakveld57() {
        Response response = Http.getWithBearer(
                new Target(Api.BUDGET, Target.Route.GATEWAY).url(Api.BUDGET.readPath() + "?pageSize=500"),
                keycloak.accessToken("financien"), "Accept", "application/json");

        assertThat(assertList(response).path("items").findValuesAsText("code")).as("taakveld codes in %s", response)
                .contains("5.7");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void withoutATokenTheAnswerIs401Problem(Target target) {
        assertRefused(target, Http.get(target.readUrl(), "Accept", "application/json"), 401);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void aMalformedTokenIs401Problem(Target target) {
        assertRefused(target, Http.getAuthorized(target.readUrl(), "Bearer abc.def.ghi", "Accept", "application/json"), 401);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void anUnsignedTokenWithRealClaimsIs401Problem(Target target) {
        String unsigned = ForgedTokens.unsigned(keycloak.accessToken("beheerder"));

        assertRefused(target, Http.getWithBearer(target.readUrl(), unsigned, "Accept", "application/json"), 401);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void aTokenSignedWithAForeignKeyIs401Problem(Target target) {
        String forged = ForgedTokens.signedWithForeignKey(keycloak.accessToken("beheerder"));

        assertRefused(target, Http.getWithBearer(target.readUrl(), forged, "Accept", "application/json"), 401);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void aRealTokenOfAnotherIssuerIs401Problem(Target target) {
        String foreign = keycloak.foreignIssuerToken();
        assertThat(Keycloak.claims(foreign).getIssuer()).as("the foreign token's issuer")
                .isNotEqualTo(keycloak.issuer().toString());

        assertRefused(target, Http.getWithBearer(target.readUrl(), foreign, "Accept", "application/json"), 401);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void anExpiredTokenIs401Problem(Target target) {
        String expired = keycloak.expiredToken();
        JWTClaimsSet claims = Keycloak.claims(expired);
        // Only expiry may be wrong with it, or the 401 would prove something else.
        assertThat(claims.getIssuer()).as("issuer of the short-lived token").isEqualTo(keycloak.issuer().toString());
        assertThat(claims.getAudience()).as("audiences of the short-lived token (client %s)", Keycloak.SHORT_LIVED_CLIENT)
                .contains(target.api().audience);
        assertThat(claims.getExpirationTime().toInstant()).as("exp of the short-lived token")
                .isBefore(Instant.now().minus(Keycloak.PAST_EXPIRY).plusMillis(1));

        assertRefused(target, Http.getWithBearer(target.readUrl(), expired, "Accept", "application/json"), 401);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void theCouncilRoleIsForbiddenWith403Problem(Target target) {
        Response response = Http.getWithBearer(target.url(target.api().basePath() + target.api().councilRefusedEndpoint),
                keycloak.accessToken("griffie"), "Accept", "application/json");

        assertRefused(target, response, 403);
    }

    /** A problem with that status; a service answering directly also names its API-Version (the gateway's own errors need not). */
    private static void assertRefused(Target target, Response response, int status) {
        assertProblem(response, status);
        if (target.route() == Target.Route.DIRECT) {
            assertApiVersion(response);
        }
    }
}
