package nl.assen.groenagenda.workflow.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class CandidateGroupsTest {

    @Test
    void aDepartmentManagerIsInEachRoleGroupAndInThatRolePerDepartment() {
        Jwt managerOr = token(Map.of("roles", List.of("afdelingsmanager", "medewerker")), "openbare-ruimte");

        assertThat(CandidateGroups.of(managerOr)).containsExactlyInAnyOrder(
                "afdelingsmanager", "afdelingsmanager:openbare-ruimte",
                "medewerker", "medewerker:openbare-ruimte");
    }

    @Test
    void rolesOfTheWholeMunicipalityGetNoDepartmentGroupEvenWithADepartmentClaim() {
        Jwt financien = token(Map.of("roles", List.of("financieel-adviseur", "beheerder", "raad")), "samenleving");

        assertThat(CandidateGroups.of(financien)).containsExactlyInAnyOrder("financieel-adviseur", "beheerder", "raad");
    }

    @Test
    void keycloaksOwnDefaultRolesAreNoGroups() {
        Jwt jwt = token(Map.of("roles", List.of("offline_access", "uma_authorization", "default-roles-groenagenda",
                "medewerker")), null);

        assertThat(CandidateGroups.of(jwt)).containsExactly("medewerker");
    }

    @Test
    void aMultivaluedDepartmentClaimGivesAGroupPerDepartment() {
        Jwt jwt = token(Map.of("roles", List.of("afdelingsmanager")), List.of("openbare-ruimte", "samenleving"));

        assertThat(CandidateGroups.of(jwt)).containsExactly(
                "afdelingsmanager", "afdelingsmanager:openbare-ruimte", "afdelingsmanager:samenleving");
    }

    @Test
    void aDepartmentValueThatIsNoDepartmentNameIsIgnored() {
        Jwt jwt = token(Map.of("roles", List.of("afdelingsmanager")), "openbare-ruimte,beheerder");

        assertThat(CandidateGroups.of(jwt)).containsExactly("afdelingsmanager");
    }

    @Test
    void aTokenWithoutRealmRolesHasNoGroups() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("s").claim("afdeling", "samenleving").build();

        assertThat(CandidateGroups.of(jwt)).isEmpty();
    }

    private static Jwt token(Map<String, Object> realmAccess, Object afdeling) {
        var builder = Jwt.withTokenValue("t").header("alg", "RS256").subject("s").claim("realm_access", realmAccess);
        if (afdeling != null) {
            builder.claim("afdeling", afdeling);
        }
        return builder.build();
    }
}
