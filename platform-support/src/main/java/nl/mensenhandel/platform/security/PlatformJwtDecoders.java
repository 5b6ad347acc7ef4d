package nl.mensenhandel.platform.security;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/** The one way a component of this platform validates a token: signature, expiry, issuer, audience. */
public final class PlatformJwtDecoders {

    private PlatformJwtDecoders() {
    }

    /**
     * When the signing keys cannot be fetched (Keycloak down), Spring Security's decoder fails with a bare
     * IllegalStateException that would end as a plain 500; as a {@link JwtException} it becomes an
     * authentication-service failure, answered 503 by {@link IdentityProviderUnavailableHandler}.
     */
    public static ReactiveJwtDecoder create(PlatformSecurityProperties properties) {
        ReactiveJwtDecoder decoder = validating(properties);
        return token -> decoder.decode(token).onErrorMap(e -> !(e instanceof JwtException),
                e -> new JwtException("The token signing keys cannot be obtained", e));
    }

    private static ReactiveJwtDecoder validating(PlatformSecurityProperties properties) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder
                .withJwkSetUri(properties.effectiveJwkSetUri())
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.issuerUri()),
                new AudienceValidator(properties.audience())));
        return decoder;
    }
}
