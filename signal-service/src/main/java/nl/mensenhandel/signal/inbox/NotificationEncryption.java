package nl.mensenhandel.signal.inbox;

import java.util.List;

import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterLoadEvent;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveEvent;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.crypto.EncryptedFields;
import nl.mensenhandel.platform.crypto.FieldEncryption;

/**
 * The free text of a notification ({@code message}) may hint at a person, so it is encrypted at rest with the
 * region's key (AVG art. 32; as {@code SignalEncryption} does for signals). The rest is codes and references.
 */
@Component
class NotificationEncryption extends AbstractMongoEventListener<Notification> {

    static final List<String> PATHS = List.of("message");

    private final EncryptedFields fields;

    NotificationEncryption(FieldEncryption encryption) {
        this.fields = new EncryptedFields(encryption, PATHS);
    }

    @Override
    public void onBeforeSave(BeforeSaveEvent<Notification> event) {
        fields.encrypt(event.getDocument());
    }

    @Override
    public void onAfterLoad(AfterLoadEvent<Notification> event) {
        fields.decrypt(event.getDocument());
    }
}
