package nl.mensenhandel.signal.signals;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.mensenhandel.platform.mongo.SharedAcrossRegions;

/**
 * A signal (signaal) of possible human trafficking, as stored: one document holds the report, its
 * route history and its enrichments, so each change is a single atomic update.
 *
 * @param region             the tenant: the region of the exploitation municipality
 * @param municipalityCode   where the exploitation takes place; its AF runs the route
 * @param residenceMunicipalityCode where the possible victim lives, when different; its AF is informed
 * @param visibleTo          the municipalities whose AF may read it (exploitation and residence)
 * @param readableByRegions  the owning region, plus the residence municipality's region when that differs
 *                           (its AF is informed and reads; only the owning region writes)
 * @param anonymousAccess    for an ANONIEM signal: the case code and the hashed secret of the status check
 * @param reportedFromRegion the reporter's region (differs for a signal routed to another region)
 * @param version            incremented by every change; changes are conditional on it
 * @param residenceDisclosures when the exploitation AF shared the full signal with the residence municipality
 *                           of another region (else its AF reads an outline only)
 * @param anonymisedAt       when retention removed the personal data of a signal that never became a case
 */
@Document("signals")
@CompoundIndex(name = "worklist", def = "{'region': 1, 'visibleTo': 1, 'urgencyRank': -1, 'createdAt': -1}")
@CompoundIndex(name = Signal.CASE_CODE_INDEX, def = "{'anonymousAccess.caseCode': 1}", unique = true, sparse = true)
public record Signal(
        @Id String id,
        String region,
        String municipalityCode,
        String residenceMunicipalityCode,
        List<String> visibleTo,
        List<String> readableByRegions,
        Set<ExploitationForm> forms,
        List<String> categories,
        String sector,
        SourceType sourceType,
        Reporter reporter,
        String description,
        Instant observedAt,
        Urgency urgency,
        int urgencyRank,
        Location location,
        List<Person> persons,
        List<String> indicators,
        DuplicateKeys duplicateKeys,
        SignalStatus status,
        ClosingReason closingReason,
        String forwardedTo,
        String feedback,
        AnonymousAccess anonymousAccess,
        List<TransitionRecord> history,
        List<Enrichment> enrichments,
        Instant createdAt,
        String createdBy,
        String createdBySubject,
        String reportedFromRegion,
        Instant updatedAt,
        long version,
        List<ResidenceDisclosure> residenceDisclosures,
        Instant anonymisedAt) implements SharedAcrossRegions {

    /** The unique index that makes a case code identify one signal (the status check looks it up). */
    public static final String CASE_CODE_INDEX = "anonymousCaseCode";

    public boolean holdsPersons() {
        return persons != null && !persons.isEmpty();
    }
}
