package nl.mensenhandel.triage.progress;

import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.crypto.EncryptedFields;
import nl.mensenhandel.platform.crypto.FieldEncryption;
import nl.mensenhandel.triage.cases.Casus;
import nl.mensenhandel.triage.cases.CasusEncryption;
import nl.mensenhandel.triage.cases.Escalation;

/**
 * An escalation as it is pushed into its casus by an update: mapped like the casus maps it, its reason sealed
 * with the region key under the name {@link CasusEncryption} decrypts it by (an update passes no save event, so
 * the casus' own encryption does not see it).
 */
@Component
class EscalationRecords {

    private final FieldEncryption encryption;
    private final MongoConverter converter;

    EscalationRecords(FieldEncryption encryption, ReactiveMongoTemplate mongo) {
        this.encryption = encryption;
        this.converter = mongo.getConverter();
    }

    /** The stored form of an escalation of this casus, reason encrypted. */
    Document stored(Casus casus, Escalation escalation) {
        Document document = new Document();
        converter.write(escalation, document);
        document.remove("_class");
        document.put("reason", encryption.encrypt(casus.region(), casus.id(),
                EncryptedFields.fieldName(CasusEncryption.ESCALATION_REASON, escalation.id()), escalation.reason()));
        return document;
    }

    static Escalation automatic(String id, String reason, Instant at) {
        return new Escalation(id, reason, at, true, "triage-service");
    }

    static List<String> ids(Casus casus) {
        return casus.escalations().stream().map(Escalation::id).toList();
    }
}
