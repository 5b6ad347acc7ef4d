package nl.mensenhandel.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

/** Rule: a platform service calling is a listed client's own account (azp), carrying no user's region. */
class ServiceAccountsTest {

    final ServiceAccounts triageOnly = new ServiceAccounts(List.of("triage-service"));

    static Jwt token(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").subject("s")
                .issuedAt(Instant.EPOCH).expiresAt(Instant.EPOCH.plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }

    @Test
    void theListedClientsOwnAccountIsTrusted() {
        assertThat(triageOnly.isTrusted(token(Map.of("azp", "triage-service")))).isTrue();
    }

    @Test
    void anotherClientIsNot() {
        assertThat(triageOnly.isTrusted(token(Map.of("azp", "signal-service")))).isFalse();
        assertThat(triageOnly.isTrusted(token(Map.of("sub", "x")))).isFalse();
    }

    /** A user's token carries their region: never a service account, whichever client issued it. */
    @Test
    void aTokenWithAUsersRegionIsNot() {
        assertThat(triageOnly.isTrusted(token(Map.of("azp", "triage-service", "region", "ijsselland")))).isFalse();
    }

    @Test
    void aServiceActsInTheRegionItNamesWithoutRoles() {
        var actor = new ServiceAccounts.ServiceAccount("triage-service", "sub-1", "service-account-triage-service")
                .actingIn("ijsselland");
        assertThat(actor.region()).isEqualTo("ijsselland");
        assertThat(actor.username()).isEqualTo("triage-service");
        assertThat(actor.roles()).isEmpty();
        assertThat(actor.municipalities()).isEmpty();
    }
}
