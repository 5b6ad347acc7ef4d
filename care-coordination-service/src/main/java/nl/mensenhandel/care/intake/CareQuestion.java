package nl.mensenhandel.care.intake;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.mensenhandel.platform.mongo.RegionScoped;

/**
 * What reached the zorgcoördinator directly (issue 9 capability 1): an advice question, a report, a request to
 * start care or a noodbed request — with who asked and when. The summary and the requester's contact are encrypted
 * at rest ({@link CareQuestionEncryption}).
 *
 * @param recordedBy        username of who recorded it
 * @param recordedBySubject the token subject of who recorded it: an AF reads only the questions they asked
 * @param trajectoryId      the trajectory opened for it, once opened
 */
@Document(CareQuestion.COLLECTION)
@CompoundIndex(name = "worklist", def = "{'region': 1, 'askedAt': -1}")
public record CareQuestion(
        @Id String id,
        String region,
        Kind kind,
        RequesterKind requesterKind,
        String requesterOrganisation,
        String requesterContact,
        Instant askedAt,
        Instant recordedAt,
        String recordedBy,
        String recordedBySubject,
        String municipalityCode,
        String summary,
        boolean urgent,
        String trajectoryId) implements RegionScoped {

    public static final String COLLECTION = "care_questions";

    public enum Kind {
        ADVIESVRAAG, MELDING, TRAJECTAANVRAAG, NOODBEDAANVRAAG
    }

    public enum RequesterKind {
        AANDACHTSFUNCTIONARIS, CASUSTAFEL, PARTNER, POLITIE_AVIM, KMAR, ZORGAANBIEDER, OVERIG
    }
}
