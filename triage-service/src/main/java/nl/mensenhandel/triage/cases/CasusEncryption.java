package nl.mensenhandel.triage.cases;

import java.util.List;

import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterLoadEvent;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveEvent;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.crypto.EncryptedFields;
import nl.mensenhandel.platform.crypto.FieldEncryption;

/**
 * The summary of a casus, written by the AF for the table, speaks about possible victims and perpetrators
 * (AVG art. 9/10, art. 32): encrypted at rest with the key of the casus' region, bound to the casus id and
 * field. Kept in clear: what lists filter and sort on (region, municipalities, status, dates), the
 * reference and the table, the signal ids.
 */
@Component
public class CasusEncryption extends AbstractMongoEventListener<Casus> {

    /** The path of an escalation's reason, named by the escalation's id (append-only list). */
    public static final String ESCALATION_REASON = "escalations[_id].reason";

    static final List<String> PATHS = List.of("summary",
            // urgent path (issue 8 §7): what was done before the table
            "acuteInterventions[].description",
            // progress (issue 8 §8): why a casus was escalated (pushed by an update: sealed with ESCALATION_REASON)
            ESCALATION_REASON);

    private final EncryptedFields fields;

    /** Takes the keys at start: without them (outside the local profile) the service does not start. */
    public CasusEncryption(FieldEncryption encryption) {
        this.fields = new EncryptedFields(encryption, PATHS);
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
