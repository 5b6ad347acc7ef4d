package nl.mensenhandel.monitor.plateaus;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.crypto.EncryptedDocuments;
import nl.mensenhandel.platform.crypto.FieldEncryption;

/**
 * A note beside an answer is free text (it may name a person, e.g. the municipality's AF): encrypted at rest with
 * the key of the region, bound to the document's id and the answer's position. Criterion ids and answers stay in
 * clear (the plateau reached is computed from them).
 */
@Component
public class PlateauAssessmentEncryption extends EncryptedDocuments<PlateauAssessmentRecord> {

    static final List<String> PATHS = List.of("answers[].note");

    public PlateauAssessmentEncryption(FieldEncryption encryption) {
        super(encryption, PATHS);
    }
}
