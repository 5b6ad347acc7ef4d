package nl.mensenhandel.gateway.invalidtoken;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When an address that keeps sending invalid tokens is refused before its tokens cost a signature check.
 *
 * @param maxFailures         invalid tokens (answered 401) an address may send within {@code window}
 *                            (env {@code GATEWAY_INVALID_TOKEN_MAX_FAILURES}, default 20)
 * @param window              the period over which failures are forgotten again, evenly
 *                            (env {@code GATEWAY_INVALID_TOKEN_WINDOW}, default 1 minute)
 * @param maxTrackedAddresses memory bound: addresses tracked at once
 */
@ConfigurationProperties("gateway.invalid-tokens")
public record InvalidTokenProperties(@DefaultValue("20") int maxFailures, @DefaultValue("1m") Duration window,
        @DefaultValue("100000") int maxTrackedAddresses) {

    public InvalidTokenProperties {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("gateway.invalid-tokens.max-failures must be at least 1");
        }
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("gateway.invalid-tokens.window must be positive");
        }
        if (maxTrackedAddresses < 1) {
            throw new IllegalArgumentException("gateway.invalid-tokens.max-tracked-addresses must be at least 1");
        }
    }
}
