package nl.mensenhandel.signal.spoed;

import java.util.List;

import org.bson.Document;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import nl.mensenhandel.signal.inbox.MeldcodeFlag;
import nl.mensenhandel.signal.signal.Signal;

/**
 * The SPOED e-mails, as outbox entries written with the notification (delivered by the platform outbox).
 * Until the outbox is merged, none are written.
 */
@Component
@EnableConfigurationProperties(SpoedMailboxes.class)
class SpoedMails {

    private final SpoedMailboxes mailboxes;

    SpoedMails(SpoedMailboxes mailboxes) {
        this.mailboxes = mailboxes;
    }

    List<Document> entries(Signal signal, String notificationId, MeldcodeFlag meldcode) {
        return List.of();
    }
}
