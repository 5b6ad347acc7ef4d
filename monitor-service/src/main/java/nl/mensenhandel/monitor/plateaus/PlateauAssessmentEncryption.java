package nl.mensenhandel.monitor.plateaus;

import java.util.List;

import org.bson.Document;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.crypto.EncryptedDocuments;
import nl.mensenhandel.platform.crypto.EncryptedFields;
import nl.mensenhandel.platform.crypto.FieldEncryption;

/**
 * A note beside an answer is free text (it may name a person, e.g. the municipality's AF): encrypted at rest with
 * the key of the region, bound to the document's id and the answer's position. Criterion ids and answers stay in
 * clear (the plateau reached is computed from them).
 */
@Component
public class PlateauAssessmentEncryption extends EncryptedDocuments<PlateauAssessmentRecord> {

    static final List<String> PATHS = List.of("answers[].note");

    private final EncryptedFields fields;

    public PlateauAssessmentEncryption(FieldEncryption encryption) {
        super(encryption, PATHS);
        this.fields = new EncryptedFields(encryption, PATHS);
    }

    /**
     * The record as the document to store, notes sealed — for the conditional replace of a later version, which
     * bypasses the save events (a test proves the stored note is not in clear).
     */
    Document sealed(PlateauAssessmentRecord record, MongoConverter converter) {
        Document document = new Document();
        converter.write(record, document);
        fields.encrypt(document);
        return document;
    }
}
