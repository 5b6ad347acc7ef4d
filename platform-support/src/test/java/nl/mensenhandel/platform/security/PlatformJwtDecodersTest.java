package nl.mensenhandel.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import com.nimbusds.jwt.JWTClaimsSet;

/**
 * The platform's token checks (issue 6 §1 token attacks, §2 tenant claims and subject) on tokens that all
 * carry a VALID signature of a locally generated RSA key: each refusal is due to the one claim that is
 * wrong, not to the signature.
 */
class PlatformJwtDecodersTest {

    private static final ReactiveJwtDecoder decoder = LocalSigningKey.platformDecoder();

    private static String token(Consumer<JWTClaimsSet.Builder> change) {
        return LocalSigningKey.token(change);
    }

    private static Jwt decode(String token) {
        return decoder.decode(token).block(Duration.ofSeconds(10));
    }

    private static void assertRefused(String token, String reason) {
        assertThatThrownBy(() -> decode(token)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void aValidTokenIsAccepted() {
        Jwt jwt = decode(token(c -> { }));
        assertThat(jwt.getSubject()).isEqualTo(LocalSigningKey.SUBJECT);
        assertThat(jwt.getClaimAsStringList("municipalities")).containsExactly("GM0479");
    }

    @Test
    void aSharedAfWithSeveralMunicipalitiesOfTheRegionIsAccepted() {
        assertThat(decode(token(c -> c.claim("municipalities", List.of("GM0431", "GM0880"))))).isNotNull();
    }

    @Test
    void aSingleMunicipalityAsPlainStringIsCheckedToo() {
        assertThat(decode(token(c -> c.claim("municipalities", "GM0479")))).isNotNull();
        assertRefused(token(c -> c.claim("municipalities", "GM0397")), "GM0397");
    }

    @Test
    void aTokenWithoutMunicipalitiesIsAcceptedLikeACareProviderClient() {
        assertThat(decode(token(c -> c.claim("municipalities", null).claim("region", "rotterdam")
                .claim("provider", "humanitas-rotterdam")))).isNotNull();
    }

    @Test
    void anExpiredTokenIsRefused() {
        Instant past = Instant.now().minus(Duration.ofHours(1));
        assertRefused(token(c -> c.issueTime(Date.from(past.minus(Duration.ofMinutes(15))))
                .notBeforeTime(Date.from(past.minus(Duration.ofMinutes(15)))).expirationTime(Date.from(past))),
                "expired");
    }

    @Test
    void aTokenNotYetValidIsRefused() {
        Instant future = Instant.now().plus(Duration.ofHours(1));
        assertRefused(token(c -> c.notBeforeTime(Date.from(future))
                .expirationTime(Date.from(future.plus(Duration.ofMinutes(15))))), "before");
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        assertRefused(token(c -> c.issuer("http://localhost:8180/realms/other")), "iss");
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        assertRefused(token(c -> c.audience(List.of("account"))), "audience");
    }

    @Test
    void aTokenWithoutSubjectIsRefused() {
        assertRefused(token(c -> c.subject(null)), "no subject");
    }

    @Test
    void aTokenWithBlankSubjectIsRefused() {
        assertRefused(token(c -> c.subject(" ")), "no subject");
    }

    @Test
    void aTokenWithAMunicipalityOfAnotherRegionIsRefused() {
        // GM0397 Heemstede is kennemerland, the token says zaanstreek-waterland
        assertRefused(token(c -> c.claim("municipalities", List.of("GM0479", "GM0397"))), "[GM0397]");
    }

    @Test
    void aTokenWithAnUnknownMunicipalityIsRefused() {
        assertRefused(token(c -> c.claim("municipalities", List.of("GM9999"))), "[GM9999]");
    }

    @Test
    void aTokenWithMunicipalitiesButNoRegionIsRefused() {
        assertRefused(token(c -> c.claim("region", null)), "[GM0479]");
    }
}
