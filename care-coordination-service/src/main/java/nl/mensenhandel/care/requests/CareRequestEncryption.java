package nl.mensenhandel.care.requests;

import java.util.List;

import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterLoadEvent;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveEvent;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.crypto.EncryptedFields;
import nl.mensenhandel.platform.crypto.FieldEncryption;

/**
 * The care need the table wrote speaks of a victim's health and situation (AVG art. 9, art. 32): encrypted at
 * rest with the key of the request's region, bound to its id and field. Kept in clear: what the list filters
 * and sorts on (region, dates), the references to casus and track, the municipalities.
 */
@Component
public class CareRequestEncryption extends AbstractMongoEventListener<CareRequest> {

    static final List<String> PATHS = List.of("careNeed");

    private final EncryptedFields fields;

    /** Takes the keys at start: without them (outside the local profile) the service does not start. */
    public CareRequestEncryption(FieldEncryption encryption) {
        this.fields = new EncryptedFields(encryption, PATHS);
    }

    @Override
    public void onBeforeSave(BeforeSaveEvent<CareRequest> event) {
        fields.encrypt(event.getDocument());
    }

    @Override
    public void onAfterLoad(AfterLoadEvent<CareRequest> event) {
        fields.decrypt(event.getDocument());
    }
}
