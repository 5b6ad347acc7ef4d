package nl.mensenhandel.care.placements;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejected;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import nl.mensenhandel.care.providers.ContraIndication;
import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;

/**
 * The business rules of a placement's answers and reports (issue 9 capability 4: "accept or decline with a reason from
 * the catalogue; report intake and departure (uitstroom, with destination)"), each one named policy answering 422
 * {@code unprocessable} with the rule's name.
 */
public final class PlacementRules {

    public static final String DECLINE_REASON = "decline-reason-from-catalogue";
    public static final String ARRIVED_NOT_IN_FUTURE = "arrived-not-in-future";
    public static final String DEPARTURE_AFTER_ARRIVAL = "departure-after-arrival";
    public static final String FOLLOW_UP = "follow-up-placement-of-trajectory";
    public static final String NOT_ARRIVED_BEFORE_INTAKE = "niet-aangekomen-only-before-intake";

    /**
     * How far ahead of this service's clock a reported moment may lie: a provider's system clock may run a little
     * fast, and a report of "just now" must not be refused for that.
     */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    /** What the provider answered (the contract's PlacementDecision, decoded). */
    public record Answer(boolean accept, DeclineReason reason, ContraIndication contraIndication, String note) {
    }

    private PlacementRules() {
    }

    /**
     * Rule {@value #DECLINE_REASON} (issue 9 capability 3 and 4: "contra-indications a provider may decline for",
     * "decline with a reason from the catalogue"): a decline names a {@link DeclineReason}; {@code CONTRA_INDICATIE}
     * names one of the contra-indications the location published (a provider cannot invent one for a victim);
     * {@code OVERIG} explains itself in a note. An acceptance carries no reason, contra-indication or note (there is
     * nothing to store them as).
     */
    public static PolicyDecision declineReasonFromCatalogue(Answer answer, Set<ContraIndication> locationContraIndications) {
        if (answer.accept()) {
            return answer.reason() == null && answer.contraIndication() == null && answer.note() == null ? allowed()
                    : unprocessable(DECLINE_REASON, "An acceptance carries no declineReason, contraIndication or note");
        }
        if (answer.reason() == null) {
            return unprocessable(DECLINE_REASON, "A decline names a declineReason from the catalogue");
        }
        if (answer.reason() == DeclineReason.CONTRA_INDICATIE) {
            if (answer.contraIndication() == null || !locationContraIndications.contains(answer.contraIndication())) {
                return unprocessable(DECLINE_REASON, "CONTRA_INDICATIE names one of the location's contra-indications "
                        + locationContraIndications);
            }
        } else if (answer.contraIndication() != null) {
            return unprocessable(DECLINE_REASON, "A contraIndication goes only with declineReason CONTRA_INDICATIE");
        }
        if (answer.reason() == DeclineReason.OVERIG && (answer.note() == null || answer.note().isBlank())) {
            return unprocessable(DECLINE_REASON, "declineReason OVERIG needs a note");
        }
        return allowed();
    }

    /**
     * Rule {@value #ARRIVED_NOT_IN_FUTURE} (contract reportIntake): an intake reports what happened, so its moment is
     * not in the future ({@link #CLOCK_SKEW} allowed). It may lie before the report — a noodbed is used at night by
     * AVIM or the KMar and reported afterwards (the Rotterdam source "Opvang").
     */
    public static PolicyDecision arrivedNotInFuture(Instant arrivedAt, Instant now) {
        return arrivedAt.isAfter(now.plus(CLOCK_SKEW))
                ? unprocessable(ARRIVED_NOT_IN_FUTURE, "arrivedAt lies in the future")
                : allowed();
    }

    /**
     * Rule {@value #DEPARTURE_AFTER_ARRIVAL} (contract reportDeparture): a departure is reported after it happened
     * (not in the future, {@link #CLOCK_SKEW} allowed) and not before the victim arrived.
     */
    public static PolicyDecision departureAfterArrival(Instant departedAt, Instant arrivedAt, Instant now) {
        if (departedAt.isAfter(now.plus(CLOCK_SKEW))) {
            return unprocessable(DEPARTURE_AFTER_ARRIVAL, "departedAt lies in the future");
        }
        if (arrivedAt != null && departedAt.isBefore(arrivedAt)) {
            return unprocessable(DEPARTURE_AFTER_ARRIVAL, "departedAt lies before the arrival (" + arrivedAt + ")");
        }
        return allowed();
    }

    /**
     * Rule {@value #NOT_ARRIVED_BEFORE_INTAKE} (contract reportDeparture: "GEACCEPTEERD with destination
     * NIET_AANGEKOMEN"): a victim whose intake was reported did arrive, so the placement does not end as
     * {@code NIET_AANGEKOMEN}.
     */
    public static PolicyDecision notArrivedOnlyBeforeIntake(PlacementStatus from, Destination destination) {
        return destination == Destination.NIET_AANGEKOMEN && from == PlacementStatus.GEPLAATST
                ? unprocessable(NOT_ARRIVED_BEFORE_INTAKE, "The victim's intake was reported: the placement does not"
                        + " end as NIET_AANGEKOMEN")
                : allowed();
    }

    /**
     * Rule {@value #FOLLOW_UP} (issue 9 capability 6: "NOODBED is a short stay ... and a follow-up placement
     * required"): destination {@code VERVOLGPLAATSING} names the follow-up placement, another placement of the same
     * trajectory; another destination names none.
     *
     * @param followUp the placement named by {@code followUpPlacementId}, null when none was named or none exists in
     *                 the region
     */
    public static PolicyDecision followUpPlacementOfTrajectory(Placement placement, Destination destination,
            String followUpPlacementId, Placement followUp) {
        if (destination != Destination.VERVOLGPLAATSING) {
            return followUpPlacementId == null ? allowed()
                    : unprocessable(FOLLOW_UP, "followUpPlacementId goes only with destination VERVOLGPLAATSING");
        }
        if (followUpPlacementId == null) {
            return unprocessable(FOLLOW_UP, "Destination VERVOLGPLAATSING names the follow-up placement");
        }
        boolean ofTrajectory = followUp != null && !followUp.id().equals(placement.id())
                && followUp.trajectoryId() != null && followUp.trajectoryId().equals(placement.trajectoryId());
        return ofTrajectory ? allowed()
                : unprocessable(FOLLOW_UP, "followUpPlacementId names no other placement of the same trajectory");
    }

    private static PolicyDecision unprocessable(String rule, String detail) {
        return rejected(rule, ProblemType.UNPROCESSABLE, detail);
    }
}
