package nl.mensenhandel.care.intake;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.crypto.EncryptedDocuments;
import nl.mensenhandel.platform.crypto.FieldEncryption;

/**
 * A care question tells of a (possible) victim's situation (AVG art. 9) and names the professional who asked: the
 * summary and the requester's contact are encrypted at rest with the key of the question's region, bound to its id
 * and field. Kept in clear: what the list filters and sorts on (region, kind, dates), the requester's kind and
 * organisation, the municipality.
 */
@Component
class CareQuestionEncryption extends EncryptedDocuments<CareQuestion> {

    static final List<String> PATHS = List.of("summary", "requesterContact");

    CareQuestionEncryption(FieldEncryption encryption) {
        super(encryption, PATHS);
    }
}
