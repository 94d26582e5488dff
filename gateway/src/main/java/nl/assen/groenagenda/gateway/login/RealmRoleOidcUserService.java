package nl.assen.groenagenda.gateway.login;

import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import nl.assen.groenagenda.platform.security.RealmRoleConverter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

/**
 * Gives a browser user the same {@code ROLE_*} authorities a bearer caller gets: Keycloak puts the
 * realm roles (and the {@code afdeling} claim) in the access token, not in the ID token. The access
 * token is read without checking its signature: the gateway has just received it itself from
 * Keycloak's token endpoint over the back channel, together with the ID token that Spring did check.
 */
class RealmRoleOidcUserService implements ReactiveOAuth2UserService<OidcUserRequest, OidcUser> {

    private static final String USERNAME = "preferred_username";
    private static final String REALM_ACCESS = "realm_access";

    private final ReactiveOAuth2UserService<OidcUserRequest, OidcUser> delegate;

    RealmRoleOidcUserService() {
        this(new OidcReactiveOAuth2UserService());
    }

    RealmRoleOidcUserService(ReactiveOAuth2UserService<OidcUserRequest, OidcUser> delegate) {
        this.delegate = delegate;
    }

    @Override
    public Mono<OidcUser> loadUser(OidcUserRequest request) {
        Map<String, Object> accessClaims = accessTokenClaims(request.getAccessToken().getTokenValue());
        return delegate.loadUser(request).map(user -> withRealmRoles(user, accessClaims));
    }

    private static OidcUser withRealmRoles(OidcUser user, Map<String, Object> accessClaims) {
        Set<GrantedAuthority> authorities = new LinkedHashSet<>(user.getAuthorities());
        if (accessClaims.get(REALM_ACCESS) != null) {
            Jwt roles = Jwt.withTokenValue("access-token").header("alg", "none")
                    .claim(REALM_ACCESS, accessClaims.get(REALM_ACCESS)).build();
            authorities.addAll(RealmRoleConverter.authorities(roles));
        }
        Map<String, Object> info = new LinkedHashMap<>();
        if (user.getUserInfo() != null) {
            info.putAll(user.getUserInfo().getClaims());
        }
        Object department = accessClaims.get(RealmRoleConverter.DEPARTMENT_CLAIM);
        if (department != null) {
            info.putIfAbsent(RealmRoleConverter.DEPARTMENT_CLAIM, department);
        }
        OidcUserInfo userInfo = info.isEmpty() ? null : new OidcUserInfo(info);
        String nameKey = user.getAttributes().containsKey(USERNAME) || info.containsKey(USERNAME) ? USERNAME : "sub";
        return new DefaultOidcUser(authorities, user.getIdToken(), userInfo, nameKey);
    }

    private static Map<String, Object> accessTokenClaims(String accessToken) {
        try {
            return JWTParser.parse(accessToken).getJWTClaimsSet().getClaims();
        } catch (ParseException notAJwt) {
            // An opaque access token carries no roles: the user gets none, and the services refuse.
            return Map.of();
        }
    }
}
