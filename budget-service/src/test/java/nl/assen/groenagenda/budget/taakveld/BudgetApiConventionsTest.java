package nl.assen.groenagenda.budget.taakveld;

import java.util.EnumSet;
import java.util.Set;
import nl.assen.groenagenda.platform.contract.ApiConventionsContract;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@AutoConfigureWebTestClient
class BudgetApiConventionsTest extends ApiConventionsContract {

    @Override
    protected String readEndpoint() {
        return "/api/budget/v1/taakvelden";
    }

    @Override
    protected Set<Role> rolesAllowedToRead() {
        return EnumSet.of(Role.MEDEWERKER, Role.AFDELINGSMANAGER, Role.FINANCIEEL_ADVISEUR, Role.BEHEERDER);
    }
}
