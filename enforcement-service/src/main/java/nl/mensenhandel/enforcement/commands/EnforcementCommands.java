package nl.mensenhandel.enforcement.commands;

import java.time.Instant;
import java.util.List;

/**
 * The commands enforcement-service sends other services through its outbox (ARCHITECTURE.md "Coordination between
 * services"): written in the same update as the finding or measure that causes them, delivered later with retries
 * by enforcement-service's service account; the receivers drop repeats by the entry id (their Idempotency-Key).
 */
public final class EnforcementCommands {

    /** A finding with trafficking indicators becomes a signal in signal-service ({@code receiveInspectionSignal}). */
    public static final String INSPECTION_SIGNAL = "inspection-signal";
    /** People who lose their home through a measure: care-coordination-service ({@code receiveEmergencyHousingRequest}). */
    public static final String EMERGENCY_HOUSING = "emergency-housing";

    /** Outbox entry id of a finding's signal: one per finding, so a retried recording adds no second one. */
    public static String inspectionSignalId(String findingId) {
        return findingId + ":signal";
    }

    /** Outbox entry id of a measure's emergency-housing request: one per measure. */
    public static String emergencyHousingId(String measureId) {
        return measureId + ":emergency-housing";
    }

    /** Payload of {@link #INSPECTION_SIGNAL}: the finding and the handhaver who recorded it (from their token). */
    public record InspectionSignal(String municipalityCode, String inspectionId, String findingId,
            String inspectionType, Instant observedAt, List<String> forms, List<String> indicators,
            Integer personsPresent, Integer minorsPresent, boolean overbewoning, String observations,
            String reporterSubject, String reporterUsername, String reporterOrganisation) {
    }

    /** Payload of {@link #EMERGENCY_HOUSING}: counts only, never names (care data never enters this service). */
    public record EmergencyHousing(String municipalityCode, String measureId, String instrumentCode, int adults,
            int minors, Instant shelterNeededFrom) {
    }

    private EnforcementCommands() {
    }
}
