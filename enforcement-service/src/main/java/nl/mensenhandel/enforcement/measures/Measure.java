package nl.mensenhandel.enforcement.measures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.bson.Document;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;

import nl.mensenhandel.enforcement.instruments.CompetentAuthority;
import nl.mensenhandel.enforcement.premises.Premises;
import nl.mensenhandel.platform.mongo.RegionScoped;

/**
 * An administrative measure (bestuurlijke maatregel), as stored in {@value #COLLECTION}.
 *
 * @param legalBasis      the instrument's legal basis in force on {@code proposedOn}, with the municipality's article
 * @param address         the premises (encrypted at rest)
 * @param premisesIndex   blind index of the normalised address: earlier measures at the same premises
 * @param writingDueOn    spoedeisende bestuursdwang: the day it must be put in writing by
 * @param decidedOn       the day it was decided (BESLUIT, or spoedeisend UITVOERING); null before
 * @param annulled        a GEGROND bezwaar or beroep undid it: it counts as no earlier measure
 * @param careRequest     TE_VERZENDEN | AFGELEVERD when displaced persons need emergency housing; null otherwise
 * @param grounds         the facts and reasons (encrypted at rest)
 * @param history         every step; a step's reason is encrypted at rest
 * @param version         optimistic-locking counter: every change is conditional on it and increases it
 * @param outbox          commands and notifications still to deliver ({@code nl.mensenhandel.platform.outbox})
 */
@org.springframework.data.mongodb.core.mapping.Document(Measure.COLLECTION)
@CompoundIndex(name = "worklist", def = "{'region': 1, 'municipalityCode': 1, 'createdAt': -1}")
@CompoundIndex(name = "premises", def = "{'region': 1, 'premisesIndex': 1}")
public record Measure(
        @Id String id,
        String region,
        String municipalityCode,
        String instrumentCode,
        String legalBasis,
        CompetentAuthority competentAuthority,
        String inspectionId,
        Premises address,
        String premisesIndex,
        MeasureStatus status,
        LocalDate proposedOn,
        boolean spoedeisend,
        WrittenDecisionRecord writtenDecision,
        LocalDate writingDueOn,
        boolean writingOverdue,
        boolean executionSuspended,
        Integer durationWeeks,
        List<Threat> threats,
        DwangsomTerms dwangsom,
        Double fineEuro,
        Displaced displacedPersons,
        String careRequest,
        String grounds,
        List<Step> history,
        List<Remedy> remedies,
        LocalDate decidedOn,
        boolean annulled,
        Instant endedAt,
        Instant createdAt,
        String createdBy,
        long version,
        List<Document> outbox) implements RegionScoped {

    public static final String COLLECTION = "measures";
    public static final String TE_VERZENDEN = "TE_VERZENDEN";

    public Measure {
        threats = threats == null ? List.of() : List.copyOf(threats);
        history = history == null ? List.of() : List.copyOf(history);
        remedies = remedies == null ? List.of() : List.copyOf(remedies);
        outbox = outbox == null ? List.of() : outbox;
    }

    /** A step of the procedure. */
    public record Step(MeasureStatus from, MeasureStatus to, LocalDate date, String by, String decisionReference,
            String reason) {
    }

    /** A bezwaar, beroep or voorlopige voorziening and its outcome. */
    public record Remedy(String id, LegalRemedyKind kind, LocalDate filedOn, String reference, RemedyOutcome outcome,
            LocalDate decidedOn) {
    }

    /** Spoedeisende bestuursdwang put in writing afterwards. */
    public record WrittenDecisionRecord(LocalDate writtenOn, String decisionReference) {
    }

    /** Last onder dwangsom (Awb 5:31d, 5:32a). */
    public record DwangsomTerms(int begunstigingstermijnDays, double amountPerUnitEuro, String unit,
            double maximumEuro) {
    }

    /** People who lose their home through the measure: counted, never named. */
    public record Displaced(int adults, int minors, Instant shelterNeededFrom) {

        public int total() {
            return adults + minors;
        }
    }

    public boolean hasDisplacedPersons() {
        return displacedPersons != null && displacedPersons.total() > 0;
    }
}
