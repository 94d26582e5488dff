package nl.assen.groenagenda.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers tokens the decoder accepted, so that a client calling many times with one token (a user's
 * browser session, a script, the workflow's service account) pays for the signature check and claim
 * validation once: with a list page costing a few milliseconds, the RSA check and Base64 decoding were a
 * quarter of a service's CPU per request. A remembered token is only
 * reused while it has not expired (with the same clock skew the validator allows); after that it goes
 * back through the full decoder, which refuses it. Only the exact token string that was validated can
 * hit the cache, so it cannot be used to pass anything that was not checked. Refused tokens are never
 * remembered.
 */
public final class CachingJwtDecoder implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder delegate;
    private final Duration clockSkew;
    private final int maxEntries;
    private final Clock clock;
    private final ConcurrentHashMap<String, Jwt> accepted = new ConcurrentHashMap<>();

    public CachingJwtDecoder(ReactiveJwtDecoder delegate, Duration clockSkew, int maxEntries, Clock clock) {
        this.delegate = delegate;
        this.clockSkew = clockSkew;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = accepted.get(token);
        if (known != null) {
            if (stillValid(known, clock.instant())) {
                return Mono.just(known);
            }
            accepted.remove(token, known);
        }
        return delegate.decode(token).doOnNext(jwt -> remember(token, jwt));
    }

    private boolean stillValid(Jwt jwt, Instant now) {
        Instant expiresAt = jwt.getExpiresAt();
        return expiresAt != null && now.isBefore(expiresAt.plus(clockSkew));
    }

    private void remember(String token, Jwt jwt) {
        if (jwt.getExpiresAt() == null) {
            return;
        }
        if (accepted.size() >= maxEntries) {
            Instant now = clock.instant();
            accepted.values().removeIf(cached -> !stillValid(cached, now));
            if (accepted.size() >= maxEntries) {
                // Crude, but bounded and correct: a cleared cache only costs a few re-validations.
                accepted.clear();
            }
        }
        accepted.put(token, jwt);
    }

    int size() {
        return accepted.size();
    }
}
