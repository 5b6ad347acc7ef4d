package nl.mensenhandel.triage.urgent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.triage.cases.AcuteIntervention;
import nl.mensenhandel.triage.cases.AcuteIntervention.By;

/** The urgent path's rules (DOMAIN.md §3 "snel acteren"), as the table's procedure states them. */
class UrgentPathRulesTest {

    static final Instant NOW = Instant.parse("2026-11-23T06:00:00Z");
    static final AcuteIntervention TAKEN = new AcuteIntervention(By.BURGEMEESTER, "Pand gesloten", NOW.minusSeconds(3600));

    @Test
    void urgentCaseNeedsAcuteIntervention() {
        assertThat(rule(UrgentPathRules.check(true, List.of(), NOW))).isEqualTo("urgent-case-needs-acute-intervention");
        assertThat(UrgentPathRules.check(true, List.of(TAKEN), NOW).isAllowed()).isTrue();
    }

    @Test
    void acuteInterventionsOnlyWhenUrgent() {
        assertThat(rule(UrgentPathRules.check(false, List.of(TAKEN), NOW))).isEqualTo("acute-interventions-only-when-urgent");
        assertThat(UrgentPathRules.check(false, List.of(), NOW).isAllowed()).isTrue();
    }

    @Test
    void acuteInterventionAlreadyTaken() {
        AcuteIntervention planned = new AcuteIntervention(By.POLITIE_OM, "Inval morgen", NOW.plusSeconds(86_400));
        assertThat(rule(UrgentPathRules.check(true, List.of(TAKEN, planned), NOW)))
                .isEqualTo("acute-intervention-already-taken");
        // a clock a little ahead elsewhere is no mistake
        AcuteIntervention justNow = new AcuteIntervention(By.ZORGCOORDINATOR, "Noodbed", NOW.plusSeconds(60));
        assertThat(UrgentPathRules.check(true, List.of(justNow), NOW).isAllowed()).isTrue();
    }

    private static String rule(PolicyDecision decision) {
        return ((PolicyDecision.Rejected) decision).rule();
    }
}
