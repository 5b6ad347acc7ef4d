package nl.mensenhandel.platform.crypto;

import java.util.List;

import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterLoadEvent;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveEvent;

/**
 * Encrypts the given fields of a stored type at rest ({@link EncryptedFields}: the key of the document's region,
 * bound to its id and field) whenever the type is written whole, and decrypts them when it is read. A service
 * declares one {@code @Component} per type, e.g.
 * {@code class CareRequestEncryption extends EncryptedDocuments<CareRequest>}, naming the paths that hold
 * personal data. Updates that push or set such a field themselves must seal it themselves.
 */
public abstract class EncryptedDocuments<T> extends AbstractMongoEventListener<T> {

    private final EncryptedFields fields;

    /** Takes the keys at start: without them (outside the local profile) the service does not start. */
    protected EncryptedDocuments(FieldEncryption encryption, List<String> paths) {
        this.fields = new EncryptedFields(encryption, paths);
    }

    @Override
    public void onBeforeSave(BeforeSaveEvent<T> event) {
        fields.encrypt(event.getDocument());
    }

    @Override
    public void onAfterLoad(AfterLoadEvent<T> event) {
        fields.decrypt(event.getDocument());
    }
}
