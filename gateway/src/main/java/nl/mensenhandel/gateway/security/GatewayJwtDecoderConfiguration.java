package nl.mensenhandel.gateway.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import nl.mensenhandel.platform.security.PlatformJwtDecoders;
import nl.mensenhandel.platform.security.PlatformSecurityProperties;

/**
 * The platform's token validation (signature, expiry, issuer, audience: {@link PlatformJwtDecoders}), with
 * one correction. When Keycloak's signing keys cannot be fetched, Spring Security 7's decoder fails with
 * a bare {@code IllegalStateException("Could not obtain the keys")}, which ends as a plain 500. Here it
 * becomes a {@link JwtException}, which Spring Security reports as an
 * {@code AuthenticationServiceException}, answered by {@code GatewayErrorHandler} with a 503 problem.
 * Replaces platform-support's decoder bean (it is {@code @ConditionalOnMissingBean}); its security
 * chain stays as it is.
 */
@Configuration(proxyBeanMethods = false)
public class GatewayJwtDecoderConfiguration {

    @Bean
    ReactiveJwtDecoder platformJwtDecoder(PlatformSecurityProperties properties) {
        ReactiveJwtDecoder decoder = PlatformJwtDecoders.create(properties);
        return token -> decoder.decode(token).onErrorMap(e -> !(e instanceof JwtException),
                e -> new JwtException("The token signing keys cannot be obtained", e));
    }
}
