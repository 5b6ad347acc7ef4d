package nl.mensenhandel.signal.inbox;

import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;

import nl.mensenhandel.platform.mongo.RegionScoped;

/**
 * A notification in the platform's inbox (ARCHITECTURE.md "Notifications"; docs/architecture.md "The inbox"),
 * as stored in {@code notifications}: minimal on purpose — what happened ({@code kind}), the record it is about
 * by reference, municipality, urgency and the meldcode flag. Never a description or a name; the optional
 * {@code message} is encrypted at rest ({@link NotificationEncryption}).
 *
 * @param audienceKeys who it is for ({@link Audience#key()}); a user's inbox matches their own keys
 * @param reads        one read mark per user who read it
 * @param source       the service (client) that posted it
 * @param outbox       mails about it still to deliver (platform-support outbox), written with the notification
 */
@org.springframework.data.mongodb.core.mapping.Document(Notification.COLLECTION)
@CompoundIndex(name = "inbox", def = "{'region': 1, 'audienceKeys': 1, 'createdAt': -1}")
public record Notification(
        @Id String id,
        String region,
        String kind,
        String source,
        String aboutType,
        String aboutId,
        String municipalityCode,
        String urgency,
        MeldcodeFlag meldcode,
        String message,
        List<String> audienceKeys,
        List<ReadMark> reads,
        Instant createdAt,
        List<Document> outbox) implements RegionScoped {

    public static final String COLLECTION = "notifications";

    public Notification {
        audienceKeys = audienceKeys == null ? List.of() : List.copyOf(audienceKeys);
        reads = reads == null ? List.of() : List.copyOf(reads);
        outbox = outbox == null ? List.of() : outbox;
    }

    /** The caller's own read mark, if they read it. */
    public ReadMark readBy(String subject) {
        return reads.stream().filter(r -> r.subject().equals(subject)).findFirst().orElse(null);
    }
}
