package nl.mensenhandel.platform.security;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/** The one way a component of this platform validates a token: signature, expiry, issuer, audience. */
public final class PlatformJwtDecoders {

    private PlatformJwtDecoders() {
    }

    public static ReactiveJwtDecoder create(PlatformSecurityProperties properties) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder
                .withJwkSetUri(properties.effectiveJwkSetUri())
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.issuerUri()),
                new AudienceValidator(properties.audience())));
        return decoder;
    }
}
