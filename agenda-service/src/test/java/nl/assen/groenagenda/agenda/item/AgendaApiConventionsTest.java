package nl.assen.groenagenda.agenda.item;

import java.util.EnumSet;
import java.util.Set;
import nl.assen.groenagenda.platform.contract.ApiConventionsContract;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@AutoConfigureWebTestClient
class AgendaApiConventionsTest extends ApiConventionsContract {

    /** The agenda itself: the themes and districts are open to every role, so they prove nothing about 403. */
    @Override
    protected String readEndpoint() {
        return "/api/agenda/v1/agenda-items";
    }

    @Override
    protected Set<Role> rolesAllowedToRead() {
        return EnumSet.of(Role.MEDEWERKER, Role.AFDELINGSMANAGER, Role.FINANCIEEL_ADVISEUR, Role.BEHEERDER);
    }
}
