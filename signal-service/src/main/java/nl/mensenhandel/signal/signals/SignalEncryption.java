package nl.mensenhandel.signal.signals;

import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterLoadEvent;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveEvent;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.crypto.FieldEncryption;

/**
 * The personal data in a signal is encrypted at rest, field by field, with the key of the signal's
 * region (issue 6 §3; AVG art. 9/10 and 32): the description, the reporter's name and contact, the
 * whole location (an address can be a person's home), each person's nationality, and each enrichment's
 * summary. The fields keep their names and places; only their values become {@code enc:v1:…} strings
 * bound to region, signal id and field (see {@link FieldEncryption}).
 * <p>
 * Works on the stored document, so nothing else has to know: every signal written through the template
 * is encrypted on its way in ({@code BeforeSave}: after mapping, before the insert or replace), every
 * signal read as a {@link Signal} decrypted on its way out ({@code AfterLoad}: before mapping). The
 * domain and the API see clear text, the store sees none; a raw read as {@link Document} sees ciphertext.
 * A change written with an {@code Update} of its own bypasses this and must encrypt what it writes —
 * {@link #sealed(String, String, Enrichment)} for an enrichment.
 * <p>
 * Kept in clear on purpose: what the work list filters and sorts on (status, forms, categories, urgency,
 * dates, municipalities), a person's role, minority, year of birth and gender (counted by the monitor;
 * no name or identifier is stored — the identifying hint only ever becomes a keyed pseudonym), the
 * reporter's organisation, the route's history and feedback (written by staff for the reporter).
 * Duplicate detection searches blind-index tokens, not addresses ({@link DuplicateKeyMaker}).
 */
@Component
public class SignalEncryption extends AbstractMongoEventListener<Signal> {

    static final List<String> LOCATION_FIELDS = List.of("street", "houseNumber", "postcode", "city", "businessName",
            "kvkNumber", "description");

    @FunctionalInterface
    private interface Transform {
        String apply(String region, String documentId, String field, String value);
    }

    private final FieldEncryption fields;

    /** Takes the keys at start: without them (outside the local profile) the service does not start. */
    public SignalEncryption(FieldEncryption fields) {
        this.fields = fields;
    }

    @Override
    public void onBeforeSave(BeforeSaveEvent<Signal> event) {
        transform(event.getDocument(), fields::encrypt);
    }

    @Override
    public void onAfterLoad(AfterLoadEvent<Signal> event) {
        transform(event.getDocument(), fields::decrypt);
    }

    /** An enrichment entry as it is pushed into the stored signal: its summary encrypted. */
    public Enrichment sealed(String region, String signalId, Enrichment entry) {
        return new Enrichment(entry.entryId(), entry.source(),
                fields.encrypt(region, signalId, enrichmentSummary(entry.entryId()), entry.summary()),
                entry.legalBasis(), entry.author(), entry.at(), entry.corrects());
    }

    /** An entry is named by its id (entries are only ever appended), a person by its place in the list. */
    static String enrichmentSummary(String entryId) {
        return "enrichments." + entryId + ".summary";
    }

    @SuppressWarnings("unchecked")
    private static void transform(Document document, Transform transform) {
        if (document == null) {
            return;
        }
        String region = document.getString("region");
        String id = String.valueOf(document.get("_id"));
        apply(document, "description", "description", region, id, transform);
        if (document.get("reporter") instanceof Map<?, ?> reporter) {
            apply((Map<String, Object>) reporter, "name", "reporter.name", region, id, transform);
            apply((Map<String, Object>) reporter, "contact", "reporter.contact", region, id, transform);
        }
        if (document.get("location") instanceof Map<?, ?> location) {
            for (String field : LOCATION_FIELDS) {
                apply((Map<String, Object>) location, field, "location." + field, region, id, transform);
            }
        }
        if (document.get("persons") instanceof List<?> persons) {
            for (int i = 0; i < persons.size(); i++) {
                if (persons.get(i) instanceof Map<?, ?> person) {
                    apply((Map<String, Object>) person, "nationality", "persons." + i + ".nationality", region, id,
                            transform);
                }
            }
        }
        if (document.get("enrichments") instanceof List<?> enrichments) {
            for (Object element : enrichments) {
                if (element instanceof Map<?, ?> entry) {
                    apply((Map<String, Object>) entry, "summary", enrichmentSummary(String.valueOf(entry.get("entryId"))),
                            region, id, transform);
                }
            }
        }
    }

    private static void apply(Map<String, Object> holder, String key, String field, String region, String id,
            Transform transform) {
        if (holder.get(key) instanceof String value) {
            holder.put(key, transform.apply(region, id, field, value));
        }
    }
}
