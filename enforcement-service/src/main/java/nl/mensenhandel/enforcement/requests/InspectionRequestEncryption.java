package nl.mensenhandel.enforcement.requests;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.crypto.EncryptedDocuments;
import nl.mensenhandel.platform.crypto.FieldEncryption;

/**
 * The reason of an inspection request (address, what was seen, suspicions; AVG art. 10, art. 32) is encrypted
 * at rest with the key of its region, bound to the request's id and field. Kept in clear: what the list filters
 * and sorts on (region, municipalities, dates) and the references to casus and track.
 */
@Component
public class InspectionRequestEncryption extends EncryptedDocuments<InspectionRequest> {

    static final List<String> PATHS = List.of("reason");

    public InspectionRequestEncryption(FieldEncryption encryption) {
        super(encryption, PATHS);
    }
}
