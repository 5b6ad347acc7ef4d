package nl.mensenhandel.platform.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where tokens come from and for whom they must be issued. Every service checks issuer, audience and
 * expiry itself (zero trust): the gateway's check is not enough.
 *
 * @param issuerUri   expected {@code iss} claim, e.g. {@code http://localhost:8180/realms/mensenhandel}
 * @param jwkSetUri   where the signing keys are fetched (lazily, so a service may start before Keycloak)
 * @param audience    required entry of the {@code aud} claim
 * @param publicPaths paths answered without a token (e.g. anonymous intake); empty by default
 * @param tokenCache  validated tokens remembered until they expire ({@link ValidatedTokenCache})
 */
@ConfigurationProperties("platform.security")
public record PlatformSecurityProperties(String issuerUri, String jwkSetUri, String audience,
        List<String> publicPaths, @DefaultValue TokenCache tokenCache) {

    public PlatformSecurityProperties {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
        tokenCache = tokenCache == null ? TokenCache.DEFAULT : tokenCache;
    }

    /**
     * @param enabled remember validated tokens (default true; off only to measure what the cache saves)
     * @param maxSize tokens remembered at once; about 1-2 KB each
     */
    public record TokenCache(@DefaultValue("true") boolean enabled, @DefaultValue("10000") int maxSize) {
        static final TokenCache DEFAULT = new TokenCache(true, 10_000);
    }

    public String effectiveJwkSetUri() {
        return jwkSetUri != null && !jwkSetUri.isBlank() ? jwkSetUri : issuerUri + "/protocol/openid-connect/certs";
    }
}
