package nl.mensenhandel.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import reactor.core.publisher.Mono;

/**
 * Remembers a token that passed every check until the moment it expires, so that a client sending the same
 * token again is not parsed, RSA-verified and validated again: that was the largest single cost of the gateway
 * and of every service under load (issue 12's profile: JWT parsing and signature verification ~13 % of the
 * gateway's CPU). Only successes are remembered; a refused token is checked again on every request. An entry
 * never outlives its token's {@code exp}, so a remembered token is accepted exactly as long as the decoder
 * itself would accept it (minus the decoder's clock skew, which only makes the cache stricter).
 *
 * <p>The key is the whole token string (not a hash of it): a cache hit therefore means "byte for byte the token
 * that was verified". The size bound caps memory at roughly {@code maxSize} × token size (~1-2 KB).
 */
final class ValidatedTokenCache implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder decoder;
    private final Cache<String, Jwt> validated;
    private final Clock clock;

    ValidatedTokenCache(ReactiveJwtDecoder decoder, int maxSize, Clock clock) {
        this.decoder = decoder;
        this.clock = clock;
        this.validated = Caffeine.newBuilder()
                .maximumSize(maxSize)
                .expireAfter(untilTokenExpires(clock))
                .executor(Runnable::run) // maintenance on the caller, no extra thread pool hops
                .build();
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = validated.getIfPresent(token);
        if (known != null && stillValid(known)) {
            return Mono.just(known);
        }
        return decoder.decode(token).doOnNext(jwt -> {
            if (jwt.getExpiresAt() != null) {
                validated.put(token, jwt);
            }
        });
    }

    /** Caffeine evicts lazily; the check here makes the expiry exact even between two maintenance runs. */
    private boolean stillValid(Jwt jwt) {
        return jwt.getExpiresAt() != null && clock.instant().isBefore(jwt.getExpiresAt());
    }

    long size() {
        validated.cleanUp();
        return validated.estimatedSize();
    }

    private static Expiry<String, Jwt> untilTokenExpires(Clock clock) {
        return new Expiry<>() {
            @Override
            public long expireAfterCreate(String token, Jwt jwt, long currentTime) {
                Instant expiresAt = jwt.getExpiresAt();
                long nanos = Duration.between(clock.instant(), expiresAt).toNanos();
                return Math.max(0, nanos);
            }

            @Override
            public long expireAfterUpdate(String token, Jwt jwt, long currentTime, long currentDuration) {
                return expireAfterCreate(token, jwt, currentTime);
            }

            @Override
            public long expireAfterRead(String token, Jwt jwt, long currentTime, long currentDuration) {
                return currentDuration;
            }
        };
    }
}
