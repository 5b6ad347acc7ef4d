package nl.mensenhandel.care.notifications;

import org.bson.Document;

import nl.mensenhandel.care.placements.Placement;

/**
 * The notifications care-coordination-service raises into the region's zorgcoördinatoren's inboxes. Each method
 * answers the outbox entry ({@code nl.mensenhandel.platform.outbox.Outbox#entry}, as a document) to push onto the
 * placement's {@code outbox} in the same conditional update as the transition it belongs to, so it is delivered
 * once even when the inbox is down.
 */
public interface CareNotifications {

    /** {@code NOODBED_LOOPT_AF}: a noodbed reaches its maximum stay within the alert period. */
    Document noodbedRunningOut(Placement placement);

    /** {@code RESERVERING_VERLOPEN}: a reservation ran out before the provider answered. */
    Document reservationExpired(Placement placement);

    /** {@code PLAATSING_AFGEWEZEN}: the provider declined. */
    Document placementDeclined(Placement placement);
}
