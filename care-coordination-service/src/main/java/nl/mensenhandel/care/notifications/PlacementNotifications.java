package nl.mensenhandel.care.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.springframework.stereotype.Component;

import nl.mensenhandel.care.placements.Placement;
import nl.mensenhandel.platform.inbox.InboxNotification;
import nl.mensenhandel.platform.inbox.InboxNotification.Audience;
import nl.mensenhandel.platform.outbox.Outbox;
import nl.mensenhandel.platform.tenancy.Roles;

/**
 * The placements' notifications for the zorgcoördinatoren of the placement's region (issue 9 §10), as outbox
 * entries the placements write in the same conditional update as the transition they tell — so none is lost when
 * the inbox is down and none is sent for a transition that was not stored. Delivered by platform-support's
 * {@code InboxDelivery} (about {@value #ABOUT_TYPE} + the placement id: {@link PlacementInboxSubject}) with
 * care-coordination-service's own service account. Minimal content ({@code api-specs/inbox.yaml}): kind, placement
 * type, location, a date or the decline reason from the catalogue — never a name, the provider's decline note or the
 * information for the provider.
 * <p>
 * Entry ids are stable per placement and kind ({@link #entryId}): a retried update that raises the same notification
 * again (guarded on {@code outbox.id ne <id>}) cannot add a second, and the inbox drops a repeated delivery.
 */
@Component
public class PlacementNotifications implements CareNotifications {

    /** A noodbed reaches its maximum stay within {@code care.noodbed.alert-before}: a follow-up place is needed. */
    public static final String NOODBED_RUNNING_OUT = "NOODBED_LOOPT_AF";
    /** A reservation ran out before the provider answered: the place is free again, the victim still waits. */
    public static final String RESERVATION_EXPIRED = "RESERVERING_VERLOPEN";
    /** The provider declined: the victim still needs a place. */
    public static final String DECLINED = "PLAATSING_AFGEWEZEN";
    /** How the inbox names a placement ({@code ResourceReference.type}). */
    public static final String ABOUT_TYPE = "placement";

    /** Each kind leaves a victim (soon) without a place: the zorgcoördinator acts today (PlacementInboxSubject). */
    static final Set<String> HIGH = Set.of(NOODBED_RUNNING_OUT, RESERVATION_EXPIRED, DECLINED);
    /** Dates in a title are the Dutch calendar day. */
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final Outbox outbox;

    public PlacementNotifications(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The entry id (the inbox's Idempotency-Key) of a placement's notification of {@code kind}. */
    public static String entryId(String placementId, String kind) {
        return placementId + ":" + kind;
    }

    @Override
    public Document noodbedRunningOut(Placement placement) {
        String title = "Het noodbed op %s loopt af op %s: een vervolgplaatsing is nodig."
                .formatted(placement.locationId(), day(placement.plannedEndAt()));
        return entry(placement, NOODBED_RUNNING_OUT, title);
    }

    @Override
    public Document reservationExpired(Placement placement) {
        String title = "De reservering %s op %s is verlopen zonder antwoord van de zorgaanbieder."
                .formatted(placement.placementType(), placement.locationId());
        return entry(placement, RESERVATION_EXPIRED, title);
    }

    @Override
    public Document placementDeclined(Placement placement) {
        String reason = placement.declineReason() == null ? "geen reden opgegeven"
                : placement.contraIndication() == null ? placement.declineReason().name()
                        : placement.declineReason() + ": " + placement.contraIndication();
        String title = "De plaatsing %s op %s is afgewezen door de zorgaanbieder (%s)."
                .formatted(placement.placementType(), placement.locationId(), reason);
        return entry(placement, DECLINED, title);
    }

    private Document entry(Placement placement, String kind, String title) {
        InboxNotification notification = new InboxNotification(kind, title, placement.responsibleMunicipalityCode(),
                List.of(Audience.role(Roles.ZORGCOORDINATOR)));
        return outbox.entry(placement.region(), placement.id(), entryId(placement.id(), kind), InboxNotification.KIND,
                notification).toDocument();
    }

    private static String day(Instant instant) {
        return instant == null ? "onbekende datum" : LocalDate.ofInstant(instant, NETHERLANDS).toString();
    }
}
