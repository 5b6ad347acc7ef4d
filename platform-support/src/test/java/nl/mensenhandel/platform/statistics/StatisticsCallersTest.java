package nl.mensenhandel.platform.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/** Rule statistics-for-platform-services: a listed service account reads a named region; nobody else reads. */
class StatisticsCallersTest {

    final StatisticsCallers monitorOnly = new StatisticsCallers(List.of("monitor-service"), MunicipalityRegistry.load());

    static Jwt token(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").subject("sub-1")
                .issuedAt(Instant.EPOCH).expiresAt(Instant.EPOCH.plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }

    static <T> Mono<T> as(Jwt jwt, Mono<T> work) {
        return work.contextWrite(ReactiveSecurityContextHolder.withAuthentication(new JwtAuthenticationToken(jwt)));
    }

    @Test
    void theListedServiceAccountReadsTheRegionItNames() {
        TenantContext actor = as(token(Map.of("azp", "monitor-service")), monitorOnly.require("kennemerland")).block();
        assertThat(actor.region()).isEqualTo("kennemerland");
        assertThat(actor.username()).isEqualTo("monitor-service");
    }

    @Test
    void anUnlistedServiceAccountIsRefused() {
        assertThat(catchThrowableOfType(ApiProblem.class, () -> as(token(Map.of("azp", "enforcement-service")), monitorOnly.require("kennemerland")).block()).type())
                .isEqualTo(ProblemType.FORBIDDEN);
    }

    /** A monitor-lezer's token carries their region: a user, never the monitor's account. */
    @Test
    void aUserTokenIsRefusedWhateverItsRoles() {
        Jwt user = token(Map.of("azp", "monitor-service", TenantContext.REGION_CLAIM, "kennemerland",
                "realm_access", Map.of("roles", List.of("monitor-lezer", "beleidsregisseur"))));
        assertThat(catchThrowableOfType(ApiProblem.class, () -> as(user, monitorOnly.require("kennemerland")).block()).type())
                .isEqualTo(ProblemType.FORBIDDEN);
    }

    @Test
    void aRegionThePlatformDoesNotServeIsABadRequest() {
        assertThat(catchThrowableOfType(ApiProblem.class, () -> as(token(Map.of("azp", "monitor-service")), monitorOnly.require("atlantis")).block()).type())
                .isEqualTo(ProblemType.VALIDATION);
    }

    @Test
    void theReadersComeFromConfigurationWithTheMonitorAsDefault() {
        StandardEnvironment environment = new StandardEnvironment();
        assertThat(StatisticsCallers.configured(environment, "signal").clients()).containsExactly("monitor-service");
        environment.getPropertySources().addFirst(new MapPropertySource("test",
                Map.of("triage.statistics-clients", "monitor-service,audit-service")));
        assertThat(StatisticsCallers.configured(environment, "triage").clients())
                .containsExactlyInAnyOrder("monitor-service", "audit-service");
    }
}
