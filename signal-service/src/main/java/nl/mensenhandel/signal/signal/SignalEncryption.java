package nl.mensenhandel.signal.signal;

import java.util.List;

import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterLoadEvent;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveEvent;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.crypto.EncryptedFields;
import nl.mensenhandel.platform.crypto.FieldEncryption;

/**
 * The personal data in a signal is encrypted at rest, field by field, with the key of the signal's
 * region (issue 6 §3; AVG art. 9/10 and 32): the description, the reporter's name and contact, the
 * whole location (an address can be a person's home), each person's nationality, and each enrichment's
 * summary, the reason of each reclassification (free text), each feedback's text and recipient (its
 * history), and the contact person and contact of a partner an AF recorded the signal for. The fields keep
 * their names and places; only their values become {@code enc:v1:…} strings
 * bound to region, signal id and field (see {@link FieldEncryption}).
 * <p>
 * Works on the stored document, so nothing else has to know: every signal written through the template
 * is encrypted on its way in ({@code BeforeSave}: after mapping, before the insert or replace), every
 * signal read as a {@link Signal} decrypted on its way out ({@code AfterLoad}: before mapping). The
 * domain and the API see clear text, the store sees none; a raw read as a {@code Document} sees ciphertext.
 * A change written with an {@code Update} of its own bypasses this and must encrypt what it writes —
 * {@link #sealed(String, String, Enrichment)} for an enrichment.
 * <p>
 * Kept in clear on purpose: what the work list filters and sorts on (status, forms, categories, urgency,
 * dates, municipalities), a person's role, minority, year of birth and gender (counted by the monitor;
 * no name or identifier is stored — the identifying hint only ever becomes a keyed pseudonym), the
 * reporter's organisation, the route's history and the current feedback (written by staff for the
 * reporter; stored in clear since issue 3 — its copies in the feedback history are encrypted).
 * Duplicate detection searches blind-index tokens, not addresses ({@link DuplicateKeyMaker}).
 */
@Component
public class SignalEncryption extends AbstractMongoEventListener<Signal> {

    private static final String FEEDBACK_TEXT = "feedbackHistory[entryId].text";
    private static final String FEEDBACK_RECIPIENT = "feedbackHistory[entryId].recipient";

    /** The encrypted fields of a stored signal, by path (see {@link EncryptedFields}). */
    static final List<String> PATHS = List.of("description", "reporter.name", "reporter.contact",
            "location.street", "location.houseNumber", "location.postcode", "location.city",
            "location.businessName", "location.kvkNumber", "location.description",
            "persons[].nationality", "enrichments[entryId].summary", "classificationHistory[changeId].reason",
            FEEDBACK_TEXT, FEEDBACK_RECIPIENT, "onBehalfOf.contactPerson", "onBehalfOf.contact",
            "history[].acuteAction");
    private static final String ENRICHMENT_SUMMARY = "enrichments[entryId].summary";
    private static final String CLASSIFICATION_REASON = "classificationHistory[changeId].reason";
    private static final String ACUTE_ACTION = "history[].acuteAction";
    private static final String NATIONALITY = "persons[].nationality";

    private final FieldEncryption encryption;
    private final EncryptedFields fields;

    /** Takes the keys at start: without them (outside the local profile) the service does not start. */
    public SignalEncryption(FieldEncryption encryption) {
        this.encryption = encryption;
        this.fields = new EncryptedFields(encryption, PATHS);
    }

    @Override
    public void onBeforeSave(BeforeSaveEvent<Signal> event) {
        fields.encrypt(event.getDocument());
    }

    @Override
    public void onAfterLoad(AfterLoadEvent<Signal> event) {
        fields.decrypt(event.getDocument());
    }

    /**
     * A route step as it is pushed into the stored signal at position {@code index} of its history (the push is
     * conditional on the signal's version, so the position is known): its acute action encrypted.
     */
    public TransitionRecord sealed(String region, String signalId, int index, TransitionRecord step) {
        return new TransitionRecord(step.from(), step.to(), step.at(), step.by(), step.reason(), step.closingReason(),
                encryption.encrypt(region, signalId, EncryptedFields.fieldName(ACUTE_ACTION, String.valueOf(index)),
                        step.acuteAction()));
    }

    /** A feedback history entry as it is pushed into the stored signal: its text and recipient encrypted. */
    public FeedbackRecord sealed(String region, String signalId, FeedbackRecord entry) {
        return new FeedbackRecord(entry.entryId(), entry.result(),
                encryption.encrypt(region, signalId, EncryptedFields.fieldName(FEEDBACK_TEXT, entry.entryId()),
                        entry.text()),
                entry.channels(),
                encryption.encrypt(region, signalId, EncryptedFields.fieldName(FEEDBACK_RECIPIENT, entry.entryId()),
                        entry.recipient()),
                entry.at(), entry.by());
    }

    /**
     * Encrypts a signal's document as it will be stored, with the key of the region the document names —
     * for a write that replaces the whole document itself, e.g. a hand-over that moves the signal to
     * another region and so must re-seal every field with that region's key.
     */
    public void seal(org.bson.Document stored) {
        fields.encrypt(stored);
    }

    /**
     * The nationality of the person at {@code personIndex} of a stored signal read without mapping (e.g. a projection
     * for the monitor's counts, which the {@code AfterLoad} listener does not see): decrypted with the region's key.
     * A value in clear (never written by this service, which encrypts every value it stores) is returned as is.
     */
    public String openNationality(String region, String signalId, int personIndex, String stored) {
        if (stored == null || !FieldEncryption.isEncrypted(stored)) {
            return stored;
        }
        return encryption.decrypt(region, signalId, EncryptedFields.fieldName(NATIONALITY,
                String.valueOf(personIndex)), stored);
    }

    /** An enrichment entry as it is pushed into the stored signal: its summary encrypted. */
    public Enrichment sealed(String region, String signalId, Enrichment entry) {
        return new Enrichment(entry.entryId(), entry.source(),
                encryption.encrypt(region, signalId, EncryptedFields.fieldName(ENRICHMENT_SUMMARY, entry.entryId()),
                        entry.summary()),
                entry.legalBasis(), entry.author(), entry.at(), entry.corrects());
    }

    /** A reclassification entry as it is pushed into the stored signal: its reason (free text) encrypted. */
    public ClassificationChange sealed(String region, String signalId, ClassificationChange change) {
        return new ClassificationChange(change.changeId(), change.field(), change.from(), change.to(),
                encryption.encrypt(region, signalId,
                        EncryptedFields.fieldName(CLASSIFICATION_REASON, change.changeId()), change.reason()),
                change.by(), change.at());
    }
}
