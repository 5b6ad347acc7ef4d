package nl.mensenhandel.platform.inbox;

/**
 * What a service's notifications are about, for {@link InboxDelivery}: the inbox's name of the record that holds
 * the outbox entries (e.g. {@code casus}, {@code placement}) and the urgency of each of its kinds. One bean per
 * service that posts notifications, usually the class that writes them.
 */
public interface InboxSubject {

    /** {@code ResourceReference.type} of {@code api-specs/inbox.yaml}, e.g. {@code casus}. */
    String aboutType();

    /**
     * The {@code ResourceReference.type} of a notification of {@code kind}: by default {@link #aboutType()}; a
     * service whose notifications live on records of more than one collection names each kind's record.
     */
    default String aboutType(String kind) {
        return aboutType();
    }

    /** The inbox urgency of a kind: {@code NORMAAL}, {@code HOOG} or {@code SPOED}. */
    String urgency(String kind);
}
