package nl.mensenhandel.signal.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;
import nl.mensenhandel.platform.tenancy.Roles;
import nl.mensenhandel.platform.tenancy.TenantContext;

/** The intake and need-to-know rules, one by one. */
class SignalRulesTest {

    private final SignalAccessPolicy policy = new SignalAccessPolicy(MunicipalityRegistry.load());

    private static TenantContext caller(String region, Set<String> municipalities, String... roles) {
        return new TenantContext("sub", "user", region, municipalities, "org", null, Set.of(roles));
    }

    private static Signal signalIn(String municipality) {
        Instant now = Instant.now();
        return new Signal("id", "zaanstreek-waterland", municipality, Set.of(ExploitationForm.ARBEID),
                SourceType.BURGER, "x", now, SignalStatus.ONTVANGEN, now, "melder", "sub", now);
    }

    @Test
    void aMelderAndAnAfMayReportOthersMayNot() {
        assertThat(policy.mayReport(caller("zaanstreek-waterland", Set.of(), Roles.MELDER)).isAllowed()).isTrue();
        assertThat(policy.mayReport(caller("zaanstreek-waterland", Set.of(), Roles.AANDACHTSFUNCTIONARIS))
                .isAllowed()).isTrue();
        assertThat(policy.mayReport(caller("zaanstreek-waterland", Set.of(), Roles.HANDHAVER, Roles.ZORGCOORDINATOR)))
                .isInstanceOfSatisfying(PolicyDecision.Rejected.class,
                        r -> assertThat(r.rule()).isEqualTo("report-requires-melder-or-af"));
    }

    @Test
    void theMunicipalityMustBelongToTheCallersRegion() {
        TenantContext zaanstreek = caller("zaanstreek-waterland", Set.of(), Roles.MELDER);

        assertThat(policy.municipalityInRegion(zaanstreek, "GM0439").isAllowed()).isTrue(); // Purmerend
        assertThat(policy.municipalityInRegion(zaanstreek, "GM0397")) // Heemstede is Kennemerland
                .isInstanceOfSatisfying(PolicyDecision.Rejected.class,
                        r -> assertThat(r.field()).isEqualTo("municipalityCode"));
        assertThat(policy.municipalityInRegion(zaanstreek, "GM9999").isAllowed()).isFalse();
    }

    @Test
    void onlyAnAfReadsAndOnlyTheSignalsOfTheMunicipalitiesTheyServe() {
        TenantContext sharedAf = caller("zaanstreek-waterland", Set.of("GM0431", "GM0880"),
                Roles.AANDACHTSFUNCTIONARIS);

        assertThat(policy.mayRead(sharedAf).isAllowed()).isTrue();
        assertThat(policy.mayRead(caller("zaanstreek-waterland", Set.of("GM0479"), Roles.MELDER)).isAllowed())
                .isFalse();
        assertThat(policy.servesSignal(sharedAf, signalIn("GM0880"))).isTrue();
        assertThat(policy.servesSignal(sharedAf, signalIn("GM0479"))).isFalse();
    }

    @Test
    void anObservationCannotLieInTheFuture() {
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        ObservationDatePolicy rule = new ObservationDatePolicy(Clock.fixed(now, ZoneOffset.UTC));

        assertThat(rule.check(now.minus(3, ChronoUnit.DAYS)).isAllowed()).isTrue();
        assertThat(rule.check(now.plus(1, ChronoUnit.MINUTES)).isAllowed()).isTrue(); // clock skew
        assertThat(rule.check(now.plus(1, ChronoUnit.DAYS)).isAllowed()).isFalse();
    }
}
