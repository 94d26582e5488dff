package nl.assen.groenagenda.workflow.security;

import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import nl.assen.groenagenda.platform.security.RealmRoleConverter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Gives a Cockpit user the same {@code ROLE_*} authorities a bearer caller gets, as the gateway does
 * for its browser users: Keycloak puts the realm roles in the access token, not in the ID token. The
 * access token is read without checking its signature: the service has just received it itself from
 * Keycloak's token endpoint over the back channel, together with the ID token that Spring did check.
 */
class RealmRoleOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final String USERNAME = "preferred_username";
    private static final String REALM_ACCESS = "realm_access";

    private final OAuth2UserService<OidcUserRequest, OidcUser> delegate;

    RealmRoleOidcUserService() {
        this(new OidcUserService());
    }

    RealmRoleOidcUserService(OAuth2UserService<OidcUserRequest, OidcUser> delegate) {
        this.delegate = delegate;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = delegate.loadUser(request);
        Map<String, Object> accessClaims = accessTokenClaims(request.getAccessToken().getTokenValue());
        Set<GrantedAuthority> authorities = new LinkedHashSet<>(user.getAuthorities());
        if (accessClaims.get(REALM_ACCESS) != null) {
            Jwt roles = Jwt.withTokenValue("access-token").header("alg", "none")
                    .claim(REALM_ACCESS, accessClaims.get(REALM_ACCESS)).build();
            authorities.addAll(RealmRoleConverter.authorities(roles));
        }
        // Camunda shows (and records in its history) the user by this name: the login, not a UUID.
        String nameKey = user.getAttributes().containsKey(USERNAME) ? USERNAME : "sub";
        return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), nameKey);
    }

    private static Map<String, Object> accessTokenClaims(String accessToken) {
        try {
            return JWTParser.parse(accessToken).getJWTClaimsSet().getClaims();
        } catch (ParseException notAJwt) {
            // An opaque access token carries no roles: the user gets none, and is refused.
            return Map.of();
        }
    }
}
