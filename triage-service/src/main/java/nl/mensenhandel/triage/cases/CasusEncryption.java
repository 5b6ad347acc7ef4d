package nl.mensenhandel.triage.cases;

import java.util.List;

import org.bson.Document;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterLoadEvent;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveEvent;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.crypto.EncryptedFields;
import nl.mensenhandel.platform.crypto.FieldEncryption;

/**
 * The free texts of a casus speak about possible victims and perpetrators (AVG art. 9/10, art. 32): the summary
 * the AF wrote for the table, each decision's deliberation, rationale, feedback for the reporter and advice, each
 * track's details, criminal information (AVG art. 10) and task descriptions, each acute intervention and each
 * escalation's reason. Encrypted at rest with the key of the casus' region, bound to the casus id and field.
 * Elements of the decisions, tracks and escalations are named by their own id ({@code _id}: Spring Data stores a
 * nested {@code id} as {@code _id}), so a push of one element encrypts it under the same name a whole-document
 * write would ({@link #sealed}). Kept in clear: what lists filter and sort on (region, municipalities, status,
 * dates, track types, statuses and due dates), the reference and the table, the signal ids, the regiehouder.
 */
@Component
public class CasusEncryption extends AbstractMongoEventListener<Casus> {

    /** The path of an escalation's reason, named by the escalation's id (append-only list). */
    public static final String ESCALATION_REASON = "escalations[_id].reason";

    static final List<String> PATHS = List.of("summary", "acuteInterventions[].description",
            "decisions[_id].deliberation", "decisions[_id].rationale", "decisions[_id].feedbackForReporter",
            "decisions[_id].advice[].summary", "tracks[_id].details", "tracks[_id].criminalInformation",
            "tracks[_id].tasks[].description", "tracks[_id].history[].reason", ESCALATION_REASON);
    private static final String HISTORY_REASON = "tracks[_id].history[].reason";

    private final FieldEncryption encryption;

    private final EncryptedFields fields;
    private final MongoConverter converter;

    /** Takes the keys at start: without them (outside the local profile) the service does not start. */
    public CasusEncryption(FieldEncryption encryption, @Lazy MongoConverter converter) {
        this.encryption = encryption;
        this.fields = new EncryptedFields(encryption, PATHS);
        this.converter = converter;
    }

    /**
     * A step of a track's lifecycle in its stored form, as pushed at position {@code index} of the track's history
     * (the push is conditional on the casus' version, so the position is known): its reason encrypted.
     */
    public Document sealedStep(String region, String casusId, String trackId, int index, Track.TrackStep step) {
        String field = EncryptedFields.fieldName(EncryptedFields.fieldName(HISTORY_REASON, trackId),
                String.valueOf(index));
        Track.TrackStep sealed = new Track.TrackStep(step.from(), step.to(),
                step.reason() == null ? null : encryption.encrypt(region, casusId, field, step.reason()), step.at(),
                step.by());
        Document stored = new Document();
        converter.write(sealed, stored);
        stored.remove("_class");
        return stored;
    }

    /**
     * An element of one of the casus' lists ({@code decisions}, {@code tracks}, {@code escalations}) in its stored
     * form, its free texts encrypted, for an {@code Update} that pushes it (an update bypasses {@link
     * #onBeforeSave}). Write it with the collection name only ({@code updateFirst(query, update, "cases")}), so
     * it is stored exactly as returned.
     */
    public Document sealed(String region, String casusId, String listField, Object element) {
        Document stored = new Document();
        converter.write(element, stored);
        stored.remove("_class");
        Document holder = new Document("_id", casusId).append("region", region).append(listField,
                new java.util.ArrayList<>(List.of(stored)));
        fields.encrypt(holder);
        return stored;
    }

    @Override
    public void onBeforeSave(BeforeSaveEvent<Casus> event) {
        fields.encrypt(event.getDocument());
    }

    @Override
    public void onAfterLoad(AfterLoadEvent<Casus> event) {
        fields.decrypt(event.getDocument());
    }
}
