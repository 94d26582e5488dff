package nl.assen.groenagenda.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class CachingJwtDecoderTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private final AtomicInteger decodes = new AtomicInteger();
    private final AtomicReference<Instant> now = new AtomicReference<>(NOW);

    private final ReactiveJwtDecoder delegate = token -> {
        decodes.incrementAndGet();
        if (token.startsWith("bad")) {
            return Mono.error(new BadJwtException("refused"));
        }
        return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("u")
                .issuedAt(NOW).expiresAt(NOW.plusSeconds(60)).build());
    };

    private final CachingJwtDecoder decoder = new CachingJwtDecoder(delegate, Duration.ofSeconds(30), 2, clock());

    @Test
    void acceptedTokenIsDecodedOnceWhileValid() {
        StepVerifier.create(decoder.decode("t1")).expectNextCount(1).verifyComplete();
        StepVerifier.create(decoder.decode("t1")).expectNextCount(1).verifyComplete();
        assertThat(decodes).hasValue(1);
    }

    @Test
    void rememberedTokenGoesBackToTheFullDecoderOnceExpiredPlusSkew() {
        decoder.decode("t1").block();
        now.set(NOW.plusSeconds(89));
        decoder.decode("t1").block();
        assertThat(decodes).hasValue(1);
        now.set(NOW.plusSeconds(90));
        decoder.decode("t1").block();
        assertThat(decodes).hasValue(2);
    }

    @Test
    void refusedTokensAreNeverRemembered() {
        StepVerifier.create(decoder.decode("bad")).expectError(BadJwtException.class).verify();
        StepVerifier.create(decoder.decode("bad")).expectError(BadJwtException.class).verify();
        assertThat(decodes).hasValue(2);
    }

    @Test
    void cacheStaysBounded() {
        decoder.decode("t1").block();
        decoder.decode("t2").block();
        decoder.decode("t3").block();
        decoder.decode("t3").block();
        assertThat(decodes).hasValue(3);
    }

    private Clock clock() {
        return new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
    }
}
