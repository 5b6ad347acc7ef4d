package nl.mensenhandel.platform.security;

import java.time.Clock;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;

/**
 * The one way a component of this platform validates a token: signature, expiry and not-before, issuer,
 * audience, a subject, and tenant claims that agree with the reference data. The gateway and every
 * service get it through {@link PlatformSecurityAutoConfiguration}.
 */
public final class PlatformJwtDecoders {

    private PlatformJwtDecoders() {
    }

    /**
     * When the signing keys cannot be fetched (Keycloak down), Spring Security's decoder fails with a bare
     * IllegalStateException that would end as a plain 500; as a {@link JwtException} it becomes an
     * authentication-service failure, answered 503 by {@link IdentityProviderUnavailableHandler}.
     */
    public static ReactiveJwtDecoder create(PlatformSecurityProperties properties) {
        ReactiveJwtDecoder checking = create(NimbusReactiveJwtDecoder.withJwkSetUri(properties.effectiveJwkSetUri())
                .build(), properties, MunicipalityRegistry.load());
        PlatformSecurityProperties.TokenCache cache = properties.tokenCache();
        return cache.enabled() ? new ValidatedTokenCache(checking, cache.maxSize(), Clock.systemUTC()) : checking;
    }

    /** The same checks on a decoder with other key material (tests use a local RSA key). */
    static ReactiveJwtDecoder create(NimbusReactiveJwtDecoder decoder, PlatformSecurityProperties properties,
            MunicipalityRegistry municipalities) {
        decoder.setJwtValidator(validator(properties, municipalities));
        return token -> decoder.decode(token).onErrorMap(e -> !(e instanceof JwtException),
                e -> new JwtException("The token signing keys cannot be obtained", e));
    }

    static OAuth2TokenValidator<Jwt> validator(PlatformSecurityProperties properties,
            MunicipalityRegistry municipalities) {
        return new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.issuerUri()),
                new AudienceValidator(properties.audience()),
                new SubjectValidator(),
                new TenantClaimsValidator(municipalities));
    }
}
