package nl.mensenhandel.platform.security;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;

/**
 * A locally generated RSA key standing in for Keycloak's: tokens shaped like the platform's (issuer,
 * audience, tenancy claims of af.zaanstad), each VALIDLY signed, and the platform's decoder trusting this key.
 */
final class LocalSigningKey {

    static final String ISSUER = "http://localhost:8180/realms/mensenhandel";
    static final String AUDIENCE = "mensenhandel-api";
    static final String SUBJECT = "5b8c1f7e-0000-4000-8000-000000000001";

    private static final KeyPair KEYS = generate();

    private LocalSigningKey() {
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The platform's decoder with all its checks, trusting this key instead of a JWKS endpoint. */
    static ReactiveJwtDecoder platformDecoder() {
        return PlatformJwtDecoders.create(NimbusReactiveJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic()).build(),
                new PlatformSecurityProperties(ISSUER, null, AUDIENCE, List.of(), null), MunicipalityRegistry.load());
    }

    /** A token as Keycloak issues it for af.zaanstad, changed by {@code change}, signed with the valid key. */
    static String token(Consumer<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(SUBJECT)
                .audience(List.of(AUDIENCE, "account"))
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(15))))
                .claim("azp", "platform-cli")
                .claim("preferred_username", "af.zaanstad")
                .claim("region", "zaanstreek-waterland")
                .claim("municipalities", List.of("GM0479"))
                .claim("organisation", "Gemeente Zaanstad")
                .claim("realm_access", Map.of("roles", List.of("aandachtsfunctionaris")));
        change.accept(claims);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
                claims.build());
        try {
            jwt.sign(new RSASSASigner(KEYS.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
