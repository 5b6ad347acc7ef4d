package nl.mensenhandel.platform.inbox;

import java.util.List;

/**
 * A notification for the platform inbox as an outbox entry of kind {@value #KIND} carries it (encrypted with the
 * region's key like every payload), delivered by {@link InboxDelivery}. Minimal content ({@code api-specs/inbox.yaml}):
 * the kind, a short title without names or free text, the municipality and who is told; the record it is about is
 * the aggregate holding the entry ({@link InboxSubject#aboutType()} + its id).
 *
 * @param kind             the inbox kind, e.g. {@code CASUS_SPOED} (each service documents its kinds)
 * @param title            the inbox {@code message}: what happened, short, never a name
 * @param municipalityCode the municipality it concerns, or null
 * @param audience         roles (optionally for one municipality) or single users by username
 */
public record InboxNotification(String kind, String title, String municipalityCode, List<Audience> audience) {

    /** The outbox kind {@link InboxDelivery} delivers. */
    public static final String KIND = "notification";

    public InboxNotification {
        audience = audience == null ? List.of() : List.copyOf(audience);
    }

    /** A realm role (optionally narrowed to one municipality), or one user by username. */
    public record Audience(String role, String municipalityCode, String username) {

        /** Every user of the region who holds {@code role}. */
        public static Audience role(String role) {
            return new Audience(role, null, null);
        }
    }
}
