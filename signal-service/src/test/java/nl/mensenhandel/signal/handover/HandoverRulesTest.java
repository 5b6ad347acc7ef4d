package nl.mensenhandel.signal.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.tenancy.Roles;
import nl.mensenhandel.platform.tenancy.TenantContext;
import nl.mensenhandel.signal.handover.HandoverTable.Decision;
import nl.mensenhandel.signal.signal.Handover;
import nl.mensenhandel.signal.signal.HandoverStatus;
import nl.mensenhandel.signal.signal.Signal;
import nl.mensenhandel.signal.signal.SignalAccessPolicy;
import nl.mensenhandel.signal.signal.SignalStatus;

/** Issue 7 §5: the hand-over lifecycle table and its rules. */
class HandoverRulesTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    static Handover handover(HandoverStatus status) {
        return new Handover("h1", "GM0479", "zaanstreek-waterland", "GM0397", "kennemerland", status, "Uitbuiting in Heemstede",
                null, "af.zaanstad", NOW, null, null, null);
    }

    static Signal signal(SignalStatus status, HandoverStatus... handovers) {
        return Signal.builder().id("s1").region("zaanstreek-waterland").municipalityCode("GM0479").status(status)
                .visibleTo(List.of("GM0479", "GM0397"))
                .handovers(java.util.Arrays.stream(handovers).map(HandoverRulesTest::handover).toList()).build();
    }

    static TenantContext af(String region, String municipality) {
        return new TenantContext("s", "af", region, Set.of(municipality), null, null, Set.of(Roles.AANDACHTSFUNCTIONARIS));
    }

    static String rule(PolicyDecision decision) {
        return decision instanceof PolicyDecision.Rejected rejected ? rejected.rule() : "allowed";
    }

    @Test
    void theLifecycleTableHasOnlyThePendingSteps() {
        assertThat(HandoverTable.step(HandoverStatus.PENDING, Decision.ACCEPT)).contains(HandoverStatus.ACCEPTED);
        assertThat(HandoverTable.step(HandoverStatus.PENDING, Decision.RETURN)).contains(HandoverStatus.RETURNED);
        assertThat(HandoverTable.step(HandoverStatus.PENDING, Decision.CANCEL)).contains(HandoverStatus.CANCELLED);
        for (HandoverStatus decided : List.of(HandoverStatus.ACCEPTED, HandoverStatus.RETURNED, HandoverStatus.CANCELLED,
                HandoverStatus.FORWARDED_OUTSIDE)) {
            for (Decision decision : Decision.values()) {
                assertThat(HandoverTable.step(decided, decision)).as(decided + " " + decision).isEmpty();
                assertThat(rule(HandoverRules.stepInTable(handover(decided), decision))).isEqualTo("handover-step-in-table");
            }
        }
    }

    @Test
    void handoverDecidedByItsParty() {
        Handover pending = handover(HandoverStatus.PENDING);
        TenantContext heemstede = af("kennemerland", "GM0397");
        TenantContext zaanstad = af("zaanstreek-waterland", "GM0479");
        assertThat(rule(HandoverRules.decidedByItsParty(heemstede, pending, Decision.ACCEPT))).isEqualTo("allowed");
        assertThat(rule(HandoverRules.decidedByItsParty(heemstede, pending, Decision.RETURN))).isEqualTo("allowed");
        assertThat(rule(HandoverRules.decidedByItsParty(heemstede, pending, Decision.CANCEL)))
                .isEqualTo("handover-decided-by-its-party");
        assertThat(rule(HandoverRules.decidedByItsParty(zaanstad, pending, Decision.CANCEL))).isEqualTo("allowed");
        assertThat(rule(HandoverRules.decidedByItsParty(zaanstad, pending, Decision.ACCEPT)))
                .isEqualTo("handover-decided-by-its-party");
    }

    @Test
    void handoverOfOpenSignalToAnotherMunicipality() {
        assertThat(rule(HandoverRules.handoverOfOpenSignal(signal(SignalStatus.IN_VERRIJKING)))).isEqualTo("allowed");
        assertThat(rule(HandoverRules.handoverOfOpenSignal(signal(SignalStatus.AFGESLOTEN))))
                .isEqualTo("handover-of-open-signal");
        assertThat(rule(HandoverRules.handoverOfOpenSignal(signal(SignalStatus.DOORGELEID))))
                .isEqualTo("handover-of-open-signal");
        assertThat(rule(HandoverRules.handoverToAnotherMunicipality(signal(SignalStatus.ONTVANGEN), "GM0479")))
                .isEqualTo("handover-to-another-municipality");
        assertThat(rule(HandoverRules.outsideNeedsForwardedTo(false, null))).isEqualTo("forwarded-outside-names-recipient");
        assertThat(rule(HandoverRules.outsideNeedsForwardedTo(false, "Gemeente Amsterdam, AF"))).isEqualTo("allowed");
        assertThat(rule(HandoverRules.outsideNeedsForwardedTo(true, null))).isEqualTo("allowed");
    }

    @Test
    void noChangeWhileHandoverPendingAndTheReceivingAfReadsInFull() {
        SignalAccessPolicy access = new SignalAccessPolicy();
        TenantContext zaanstad = af("zaanstreek-waterland", "GM0479");
        assertThat(rule(access.mayWork(zaanstad, signal(SignalStatus.IN_VERRIJKING, HandoverStatus.PENDING))))
                .isEqualTo("no-change-while-handover-pending");
        assertThat(rule(access.mayWork(zaanstad, signal(SignalStatus.IN_VERRIJKING, HandoverStatus.RETURNED))))
                .isEqualTo("allowed");
        Signal pending = signal(SignalStatus.IN_VERRIJKING, HandoverStatus.PENDING);
        assertThat(access.handoverTarget(af("kennemerland", "GM0397"), pending)).isTrue();
        assertThat(access.outlineOnly(af("kennemerland", "GM0397"), pending)).isFalse();
        assertThat(access.handoverTarget(zaanstad, pending)).isFalse();
    }
}
