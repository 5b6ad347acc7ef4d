package nl.mensenhandel.care.notifications;

import org.springframework.stereotype.Component;

import nl.mensenhandel.care.requests.EmergencyHousingNotification;
import nl.mensenhandel.platform.inbox.InboxSubject;

/**
 * What care's notifications are about for platform-support's {@code InboxDelivery}: a {@value
 * PlacementNotifications#ABOUT_TYPE} — or, for {@code NOODHUISVESTING_GEVRAAGD}, an {@value
 * EmergencyHousingNotification#ABOUT_TYPE} — each kind urgent ({@code HOOG}: a victim is (soon) without a place). A bean
 * of its own, apart from {@link PlacementNotifications}, so that tests replacing {@link CareNotifications} with a
 * mock keep the delivery's subject.
 */
@Component
class PlacementInboxSubject implements InboxSubject {

    @Override
    public String aboutType() {
        return PlacementNotifications.ABOUT_TYPE;
    }

    /** An emergency-housing request's notification is about that request, the rest about a placement. */
    @Override
    public String aboutType(String kind) {
        return EmergencyHousingNotification.KIND.equals(kind) ? EmergencyHousingNotification.ABOUT_TYPE : aboutType();
    }

    @Override
    public String urgency(String kind) {
        // people without a roof tonight: the zorgcoördinator acts today
        return PlacementNotifications.HIGH.contains(kind) || EmergencyHousingNotification.KIND.equals(kind) ? "HOOG"
                : "NORMAAL";
    }
}
