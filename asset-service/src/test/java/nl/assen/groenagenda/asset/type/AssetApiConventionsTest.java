package nl.assen.groenagenda.asset.type;

import java.util.EnumSet;
import java.util.Set;
import nl.assen.groenagenda.platform.contract.ApiConventionsContract;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@AutoConfigureWebTestClient
class AssetApiConventionsTest extends ApiConventionsContract {

    @Override
    protected String readEndpoint() {
        return "/api/assets/v1/asset-types";
    }

    @Override
    protected Set<Role> rolesAllowedToRead() {
        return EnumSet.of(Role.MEDEWERKER, Role.AFDELINGSMANAGER, Role.FINANCIEEL_ADVISEUR, Role.BEHEERDER);
    }
}
