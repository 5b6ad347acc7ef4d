package nl.mensenhandel.signal.signal;

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
 * @param feedback           the current feedback to the reporter (cleared when the signal is reopened)
 * @param feedbackHistory    every feedback given to the reporter, oldest first (never cleared)
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
        List<FeedbackRecord> feedbackHistory,
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

    public static Builder builder() {
        return new Builder();
    }

    /** A copy to change: {@code signal.toBuilder().status(...).build()}. */
    public Builder toBuilder() {
        Builder b = new Builder();
            b.id = id;
            b.region = region;
            b.municipalityCode = municipalityCode;
            b.residenceMunicipalityCode = residenceMunicipalityCode;
            b.visibleTo = visibleTo;
            b.readableByRegions = readableByRegions;
            b.forms = forms;
            b.categories = categories;
            b.sector = sector;
            b.sourceType = sourceType;
            b.reporter = reporter;
            b.description = description;
            b.observedAt = observedAt;
            b.urgency = urgency;
            b.location = location;
            b.persons = persons;
            b.indicators = indicators;
            b.duplicateKeys = duplicateKeys;
            b.status = status;
            b.closingReason = closingReason;
            b.forwardedTo = forwardedTo;
            b.feedback = feedback;
            b.feedbackHistory = feedbackHistory;
            b.anonymousAccess = anonymousAccess;
            b.history = history;
            b.enrichments = enrichments;
            b.createdAt = createdAt;
            b.createdBy = createdBy;
            b.createdBySubject = createdBySubject;
            b.reportedFromRegion = reportedFromRegion;
            b.updatedAt = updatedAt;
            b.version = version;
            b.residenceDisclosures = residenceDisclosures;
            b.anonymisedAt = anonymisedAt;
        return b;
    }

    /**
     * Builds a signal by name instead of by position (a signal has some thirty parts); lists start empty, the
     * urgency rank (what the work list sorts on) follows the urgency.
     */
    public static final class Builder {

        private String id;
        private String region;
        private String municipalityCode;
        private String residenceMunicipalityCode;
        private List<String> visibleTo = List.of();
        private List<String> readableByRegions = List.of();
        private Set<ExploitationForm> forms;
        private List<String> categories = List.of();
        private String sector;
        private SourceType sourceType;
        private Reporter reporter;
        private String description;
        private Instant observedAt;
        private Urgency urgency;
        private Location location;
        private List<Person> persons = List.of();
        private List<String> indicators = List.of();
        private DuplicateKeys duplicateKeys;
        private SignalStatus status;
        private ClosingReason closingReason;
        private String forwardedTo;
        private String feedback;
        private List<FeedbackRecord> feedbackHistory = List.of();
        private AnonymousAccess anonymousAccess;
        private List<TransitionRecord> history = List.of();
        private List<Enrichment> enrichments = List.of();
        private Instant createdAt;
        private String createdBy;
        private String createdBySubject;
        private String reportedFromRegion;
        private Instant updatedAt;
        private long version;
        private List<ResidenceDisclosure> residenceDisclosures = List.of();
        private Instant anonymisedAt;

        private Builder() {
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Builder municipalityCode(String municipalityCode) {
            this.municipalityCode = municipalityCode;
            return this;
        }

        public Builder residenceMunicipalityCode(String residenceMunicipalityCode) {
            this.residenceMunicipalityCode = residenceMunicipalityCode;
            return this;
        }

        public Builder visibleTo(List<String> visibleTo) {
            this.visibleTo = visibleTo;
            return this;
        }

        public Builder readableByRegions(List<String> readableByRegions) {
            this.readableByRegions = readableByRegions;
            return this;
        }

        public Builder forms(Set<ExploitationForm> forms) {
            this.forms = forms;
            return this;
        }

        public Builder categories(List<String> categories) {
            this.categories = categories;
            return this;
        }

        public Builder sector(String sector) {
            this.sector = sector;
            return this;
        }

        public Builder sourceType(SourceType sourceType) {
            this.sourceType = sourceType;
            return this;
        }

        public Builder reporter(Reporter reporter) {
            this.reporter = reporter;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder observedAt(Instant observedAt) {
            this.observedAt = observedAt;
            return this;
        }

        public Builder urgency(Urgency urgency) {
            this.urgency = urgency;
            return this;
        }

        public Builder location(Location location) {
            this.location = location;
            return this;
        }

        public Builder persons(List<Person> persons) {
            this.persons = persons;
            return this;
        }

        public Builder indicators(List<String> indicators) {
            this.indicators = indicators;
            return this;
        }

        public Builder duplicateKeys(DuplicateKeys duplicateKeys) {
            this.duplicateKeys = duplicateKeys;
            return this;
        }

        public Builder status(SignalStatus status) {
            this.status = status;
            return this;
        }

        public Builder closingReason(ClosingReason closingReason) {
            this.closingReason = closingReason;
            return this;
        }

        public Builder forwardedTo(String forwardedTo) {
            this.forwardedTo = forwardedTo;
            return this;
        }

        public Builder feedback(String feedback) {
            this.feedback = feedback;
            return this;
        }

        public Builder feedbackHistory(List<FeedbackRecord> feedbackHistory) {
            this.feedbackHistory = feedbackHistory;
            return this;
        }

        public Builder anonymousAccess(AnonymousAccess anonymousAccess) {
            this.anonymousAccess = anonymousAccess;
            return this;
        }

        public Builder history(List<TransitionRecord> history) {
            this.history = history;
            return this;
        }

        public Builder enrichments(List<Enrichment> enrichments) {
            this.enrichments = enrichments;
            return this;
        }

        public Builder createdAt(Instant createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public Builder createdBy(String createdBy) {
            this.createdBy = createdBy;
            return this;
        }

        public Builder createdBySubject(String createdBySubject) {
            this.createdBySubject = createdBySubject;
            return this;
        }

        public Builder reportedFromRegion(String reportedFromRegion) {
            this.reportedFromRegion = reportedFromRegion;
            return this;
        }

        public Builder updatedAt(Instant updatedAt) {
            this.updatedAt = updatedAt;
            return this;
        }

        public Builder version(long version) {
            this.version = version;
            return this;
        }

        public Builder residenceDisclosures(List<ResidenceDisclosure> residenceDisclosures) {
            this.residenceDisclosures = residenceDisclosures;
            return this;
        }

        public Builder anonymisedAt(Instant anonymisedAt) {
            this.anonymisedAt = anonymisedAt;
            return this;
        }

        public Signal build() {
            return new Signal(
                    id, region, municipalityCode, residenceMunicipalityCode, visibleTo,
                    readableByRegions, forms, categories, sector, sourceType, reporter, description,
                    observedAt, urgency, urgency == null ? 0 : urgency.rank(), location, persons,
                    indicators, duplicateKeys, status, closingReason, forwardedTo, feedback,
                    feedbackHistory, anonymousAccess, history, enrichments, createdAt, createdBy, createdBySubject,
                    reportedFromRegion, updatedAt, version, residenceDisclosures, anonymisedAt);
        }
    }
}
