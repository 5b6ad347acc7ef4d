package nl.mensenhandel.care.placements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.care.placements.PlacementRules.Answer;
import nl.mensenhandel.care.providers.ContraIndication;
import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;

/** One test per rule of the provider's answers and reports ({@link PlacementRules}), named after the rule. */
class PlacementRulesTest {

    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    static final Set<ContraIndication> LOCATION = Set.of(ContraIndication.AGRESSIE, ContraIndication.VERSLAVING);

    @Test
    void declineReasonFromCatalogue() {
        assertAllowed(PlacementRules.declineReasonFromCatalogue(new Answer(true, null, null, null), LOCATION));
        assertAllowed(PlacementRules.declineReasonFromCatalogue(
                new Answer(false, DeclineReason.GEEN_PLEK, null, null), LOCATION));
        assertAllowed(PlacementRules.declineReasonFromCatalogue(
                new Answer(false, DeclineReason.CONTRA_INDICATIE, ContraIndication.AGRESSIE, null), LOCATION));
        assertAllowed(PlacementRules.declineReasonFromCatalogue(
                new Answer(false, DeclineReason.OVERIG, null, "Geen begeleiding beschikbaar dit weekend"), LOCATION));
        // a contra-indication the location did not publish
        assertRejected(PlacementRules.declineReasonFromCatalogue(new Answer(false, DeclineReason.CONTRA_INDICATIE,
                ContraIndication.PSYCHIATRISCHE_PROBLEMATIEK, null), LOCATION), "decline-reason-from-catalogue");
        assertRejected(PlacementRules.declineReasonFromCatalogue(
                new Answer(false, DeclineReason.CONTRA_INDICATIE, null, null), LOCATION), "decline-reason-from-catalogue");
        assertRejected(PlacementRules.declineReasonFromCatalogue(
                new Answer(false, DeclineReason.OVERIG, null, null), LOCATION), "decline-reason-from-catalogue");
        assertRejected(PlacementRules.declineReasonFromCatalogue(new Answer(false, null, null, null), LOCATION),
                "decline-reason-from-catalogue");
        assertRejected(PlacementRules.declineReasonFromCatalogue(
                new Answer(false, DeclineReason.GEEN_PLEK, ContraIndication.AGRESSIE, null), LOCATION),
                "decline-reason-from-catalogue");
        assertRejected(PlacementRules.declineReasonFromCatalogue(
                new Answer(true, DeclineReason.GEEN_PLEK, null, null), LOCATION), "decline-reason-from-catalogue");
    }

    @Test
    void arrivedNotInFuture() {
        assertAllowed(PlacementRules.arrivedNotInFuture(NOW.minus(Duration.ofHours(9)), NOW));
        assertAllowed(PlacementRules.arrivedNotInFuture(NOW, NOW));
        assertRejected(PlacementRules.arrivedNotInFuture(NOW.plus(Duration.ofHours(1)), NOW), "arrived-not-in-future");
    }

    @Test
    void departureAfterArrival() {
        Instant arrived = NOW.minus(Duration.ofDays(3));
        assertAllowed(PlacementRules.departureAfterArrival(NOW.minus(Duration.ofDays(1)), arrived, NOW));
        assertAllowed(PlacementRules.departureAfterArrival(NOW, null, NOW));
        assertRejected(PlacementRules.departureAfterArrival(arrived.minusSeconds(1), arrived, NOW),
                "departure-after-arrival");
        assertRejected(PlacementRules.departureAfterArrival(NOW.plus(Duration.ofDays(1)), arrived, NOW),
                "departure-after-arrival");
    }

    @Test
    void nietAangekomenOnlyBeforeIntake() {
        assertAllowed(PlacementRules.notArrivedOnlyBeforeIntake(PlacementStatus.GEACCEPTEERD, Destination.NIET_AANGEKOMEN));
        assertAllowed(PlacementRules.notArrivedOnlyBeforeIntake(PlacementStatus.GEPLAATST, Destination.EIGEN_WOONRUIMTE));
        assertRejected(PlacementRules.notArrivedOnlyBeforeIntake(PlacementStatus.GEPLAATST, Destination.NIET_AANGEKOMEN),
                "niet-aangekomen-only-before-intake");
    }

    @Test
    void followUpPlacementOfTrajectory() {
        Placement noodbed = placement("p-1", "t-1");
        Placement sameTrajectory = placement("p-2", "t-1");
        Placement otherTrajectory = placement("p-3", "t-2");
        assertAllowed(PlacementRules.followUpPlacementOfTrajectory(noodbed, Destination.VERVOLGPLAATSING, "p-2",
                sameTrajectory));
        assertAllowed(PlacementRules.followUpPlacementOfTrajectory(noodbed, Destination.EIGEN_WOONRUIMTE, null, null));
        assertRejected(PlacementRules.followUpPlacementOfTrajectory(noodbed, Destination.VERVOLGPLAATSING, null, null),
                "follow-up-placement-of-trajectory");
        assertRejected(PlacementRules.followUpPlacementOfTrajectory(noodbed, Destination.VERVOLGPLAATSING, "p-3",
                otherTrajectory), "follow-up-placement-of-trajectory");
        assertRejected(PlacementRules.followUpPlacementOfTrajectory(noodbed, Destination.VERVOLGPLAATSING, "p-1",
                noodbed), "follow-up-placement-of-trajectory");
        assertRejected(PlacementRules.followUpPlacementOfTrajectory(noodbed, Destination.VERVOLGPLAATSING, "p-9",
                null), "follow-up-placement-of-trajectory");
        assertRejected(PlacementRules.followUpPlacementOfTrajectory(noodbed, Destination.EIGEN_WOONRUIMTE, "p-2",
                sameTrajectory), "follow-up-placement-of-trajectory");
    }

    @Test
    void noodbedAlertBeforeMaximumStay() {
        Duration alertBefore = Duration.ofDays(2);
        Placement placed = PlacementBuilder.from(placement("p-1", "t-1")).status(PlacementStatus.GEPLAATST)
                .plannedEndAt(NOW.plus(Duration.ofDays(2))).build();
        assertThat(NoodbedAlerts.due(placed, NOW, alertBefore)).isTrue();
        assertThat(NoodbedAlerts.due(PlacementBuilder.from(placed).plannedEndAt(NOW.plus(Duration.ofDays(3))).build(),
                NOW, alertBefore)).isFalse();
        assertThat(NoodbedAlerts.due(PlacementBuilder.from(placed).noodbedAlertedAt(NOW).build(), NOW, alertBefore))
                .as("once").isFalse();
        assertThat(NoodbedAlerts.due(PlacementBuilder.from(placed).placementType(PlacementType.COSM).build(), NOW,
                alertBefore)).isFalse();
        assertThat(NoodbedAlerts.due(PlacementBuilder.from(placed).status(PlacementStatus.BEEINDIGD).build(), NOW,
                alertBefore)).isFalse();
    }

    static Placement placement(String id, String trajectoryId) {
        return PlacementBuilder.empty().id(id).region("rotterdam").trajectoryId(trajectoryId)
                .placementType(PlacementType.NOODBED).providerId("humanitas-rotterdam").locationId("humanitas-noodbed")
                .status(PlacementStatus.GEPLAATST).build();
    }

    private static void assertAllowed(PolicyDecision decision) {
        assertThat(decision.isAllowed()).as(String.valueOf(decision)).isTrue();
    }

    private static void assertRejected(PolicyDecision decision, String rule) {
        assertThat(decision).isInstanceOfSatisfying(PolicyDecision.Rejected.class, rejected -> {
            assertThat(rejected.rule()).isEqualTo(rule);
            assertThat(rejected.type()).isEqualTo(ProblemType.UNPROCESSABLE);
        });
    }
}
