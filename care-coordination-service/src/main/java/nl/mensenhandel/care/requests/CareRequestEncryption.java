package nl.mensenhandel.care.requests;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.crypto.EncryptedDocuments;
import nl.mensenhandel.platform.crypto.FieldEncryption;

/**
 * The care need the table wrote speaks of a victim's health and situation (AVG art. 9, art. 32): encrypted at
 * rest with the key of the request's region, bound to its id and field. Kept in clear: what the list filters
 * and sorts on (region, dates), the references to casus and track, the municipalities.
 */
@Component
public class CareRequestEncryption extends EncryptedDocuments<CareRequest> {

    static final List<String> PATHS = List.of("careNeed");

    public CareRequestEncryption(FieldEncryption encryption) {
        super(encryption, PATHS);
    }
}
