package nl.mensenhandel.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;

/**
 * The platform's token checks (issue 6 §1 token attacks, §2 tenant claims and subject) on tokens that all
 * carry a VALID signature of a locally generated RSA key: each refusal is due to the one claim that is
 * wrong, not to the signature.
 */
class PlatformJwtDecodersTest {

    private static final String ISSUER = "http://localhost:8180/realms/mensenhandel";
    private static final String AUDIENCE = "mensenhandel-api";

    private static RSAPrivateKey privateKey;
    private static ReactiveJwtDecoder decoder;

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        privateKey = (RSAPrivateKey) pair.getPrivate();
        PlatformSecurityProperties properties = new PlatformSecurityProperties(ISSUER, null, AUDIENCE, List.of());
        decoder = PlatformJwtDecoders.create(
                NimbusReactiveJwtDecoder.withPublicKey((RSAPublicKey) pair.getPublic()).build(), properties,
                MunicipalityRegistry.load());
    }

    /** A token as Keycloak issues it for af.zaanstad, changed by {@code change}, signed with the valid key. */
    private static String token(Consumer<JWTClaimsSet.Builder> change) throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("5b8c1f7e-0000-4000-8000-000000000001")
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
        jwt.sign(new RSASSASigner(privateKey));
        return jwt.serialize();
    }

    private static Jwt decode(String token) {
        return decoder.decode(token).block(Duration.ofSeconds(10));
    }

    private static void assertRefused(String token, String reason) {
        assertThatThrownBy(() -> decode(token)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void aValidTokenIsAccepted() throws Exception {
        Jwt jwt = decode(token(c -> { }));
        assertThat(jwt.getSubject()).isEqualTo("5b8c1f7e-0000-4000-8000-000000000001");
        assertThat(jwt.getClaimAsStringList("municipalities")).containsExactly("GM0479");
    }

    @Test
    void aSharedAfWithSeveralMunicipalitiesOfTheRegionIsAccepted() throws Exception {
        assertThat(decode(token(c -> c.claim("municipalities", List.of("GM0431", "GM0880"))))).isNotNull();
    }

    @Test
    void aSingleMunicipalityAsPlainStringIsCheckedToo() throws Exception {
        assertThat(decode(token(c -> c.claim("municipalities", "GM0479")))).isNotNull();
        assertRefused(token(c -> c.claim("municipalities", "GM0397")), "GM0397");
    }

    @Test
    void aTokenWithoutMunicipalitiesIsAcceptedLikeACareProviderClient() throws Exception {
        assertThat(decode(token(c -> c.claim("municipalities", null).claim("region", "rotterdam")
                .claim("provider", "humanitas-rotterdam")))).isNotNull();
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        Instant past = Instant.now().minus(Duration.ofHours(1));
        assertRefused(token(c -> c.issueTime(Date.from(past.minus(Duration.ofMinutes(15))))
                .notBeforeTime(Date.from(past.minus(Duration.ofMinutes(15)))).expirationTime(Date.from(past))),
                "expired");
    }

    @Test
    void aTokenNotYetValidIsRefused() throws Exception {
        Instant future = Instant.now().plus(Duration.ofHours(1));
        assertRefused(token(c -> c.notBeforeTime(Date.from(future))
                .expirationTime(Date.from(future.plus(Duration.ofMinutes(15))))), "before");
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() throws Exception {
        assertRefused(token(c -> c.issuer("http://localhost:8180/realms/other")), "iss");
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() throws Exception {
        assertRefused(token(c -> c.audience(List.of("account"))), "audience");
    }

    @Test
    void aTokenWithoutSubjectIsRefused() throws Exception {
        assertRefused(token(c -> c.subject(null)), "no subject");
    }

    @Test
    void aTokenWithBlankSubjectIsRefused() throws Exception {
        assertRefused(token(c -> c.subject(" ")), "no subject");
    }

    @Test
    void aTokenWithAMunicipalityOfAnotherRegionIsRefused() throws Exception {
        // GM0397 Heemstede is kennemerland, the token says zaanstreek-waterland
        assertRefused(token(c -> c.claim("municipalities", List.of("GM0479", "GM0397"))), "[GM0397]");
    }

    @Test
    void aTokenWithAnUnknownMunicipalityIsRefused() throws Exception {
        assertRefused(token(c -> c.claim("municipalities", List.of("GM9999"))), "[GM9999]");
    }

    @Test
    void aTokenWithMunicipalitiesButNoRegionIsRefused() throws Exception {
        assertRefused(token(c -> c.claim("region", null)), "[GM0479]");
    }
}
