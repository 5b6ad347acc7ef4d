package nl.mensenhandel.enforcement.requests;

import java.util.List;

import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterLoadEvent;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveEvent;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.crypto.EncryptedFields;
import nl.mensenhandel.platform.crypto.FieldEncryption;

/**
 * The reason of an inspection request (address, what was seen, suspicions; AVG art. 10, art. 32) is encrypted
 * at rest with the key of its region, bound to the request's id and field. Kept in clear: what the list filters
 * and sorts on (region, municipalities, dates) and the references to casus and track.
 */
@Component
public class InspectionRequestEncryption extends AbstractMongoEventListener<InspectionRequest> {

    static final List<String> PATHS = List.of("reason");

    private final EncryptedFields fields;

    /** Takes the keys at start: without them (outside the local profile) the service does not start. */
    public InspectionRequestEncryption(FieldEncryption encryption) {
        this.fields = new EncryptedFields(encryption, PATHS);
    }

    @Override
    public void onBeforeSave(BeforeSaveEvent<InspectionRequest> event) {
        fields.encrypt(event.getDocument());
    }

    @Override
    public void onAfterLoad(AfterLoadEvent<InspectionRequest> event) {
        fields.decrypt(event.getDocument());
    }
}
