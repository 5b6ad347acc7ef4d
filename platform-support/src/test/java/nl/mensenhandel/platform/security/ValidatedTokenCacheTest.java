package nl.mensenhandel.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import reactor.core.publisher.Mono;

class ValidatedTokenCacheTest {

    private final MutableClock clock = new MutableClock(Instant.now());
    private final AtomicInteger checks = new AtomicInteger();
    /** The platform's real decoder (signature, issuer, audience, tenancy), counting how often it runs. */
    private final ReactiveJwtDecoder platform = LocalSigningKey.platformDecoder();
    private final ReactiveJwtDecoder counting = token -> {
        checks.incrementAndGet();
        return platform.decode(token);
    };
    private final ValidatedTokenCache cache = new ValidatedTokenCache(counting, 100, clock);

    @Test
    void aValidTokenIsCheckedOnceAndThenRemembered() {
        String token = LocalSigningKey.token(claims -> { });

        Jwt first = cache.decode(token).block();
        Jwt again = cache.decode(token).block();

        assertThat(again).isSameAs(first);
        assertThat(again.getClaimAsString("region")).isEqualTo("zaanstreek-waterland");
        assertThat(checks).hasValue(1);
    }

    @Test
    void aRefusedTokenIsNeverRememberedAndCheckedEveryTime() {
        String wrongAudience = LocalSigningKey.token(claims -> claims.audience("another-api"));

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> cache.decode(wrongAudience).block()).isInstanceOf(JwtException.class);
        }
        assertThat(checks).hasValue(3);
        assertThat(cache.size()).isZero();
    }

    @Test
    void aRememberedTokenIsCheckedAgainOnceItHasExpired() {
        String token = LocalSigningKey.token(claims -> claims.expirationTime(
                Date.from(clock.instant().plus(Duration.ofMinutes(5)))));
        cache.decode(token).block();

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        // the real decoder is on the real clock, which has not moved: it accepts the token again, and the
        // point is that it was asked (the cache did not answer from memory after exp)
        cache.decode(token).block();

        assertThat(checks).hasValue(2);
    }

    @Test
    void aDifferentTokenOfTheSamePersonIsCheckedOnItsOwn() {
        String one = LocalSigningKey.token(claims -> claims.jwtID("one"));
        String other = LocalSigningKey.token(claims -> claims.jwtID("other"));

        cache.decode(one).block();
        cache.decode(other).block();

        assertThat(checks).hasValue(2);
    }

    @Test
    void theCacheHoldsNoMoreThanItsBound() {
        ValidatedTokenCache small = new ValidatedTokenCache(counting, 2, clock);
        for (int i = 0; i < 10; i++) {
            String id = "token-" + i;
            small.decode(LocalSigningKey.token(claims -> claims.jwtID(id))).block();
        }
        assertThat(small.size()).isLessThanOrEqualTo(2);
    }

    @Test
    void aTokenWithoutExpiryIsNotRemembered() {
        ReactiveJwtDecoder noExpiry = token -> {
            checks.incrementAndGet();
            return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("s").build());
        };
        ValidatedTokenCache withoutExpiry = new ValidatedTokenCache(noExpiry, 10, clock);

        withoutExpiry.decode("t").block();
        withoutExpiry.decode("t").block();

        assertThat(checks).hasValue(2);
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
