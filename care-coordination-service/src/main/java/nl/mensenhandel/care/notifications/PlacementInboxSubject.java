package nl.mensenhandel.care.notifications;

import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.inbox.InboxSubject;

/**
 * What the placements' notifications are about for platform-support's {@code InboxDelivery}: a {@value
 * PlacementNotifications#ABOUT_TYPE}, each kind urgent ({@code HOOG}: a victim is (soon) without a place). A bean
 * of its own, apart from {@link PlacementNotifications}, so that tests replacing {@link CareNotifications} with a
 * mock keep the delivery's subject.
 */
@Component
class PlacementInboxSubject implements InboxSubject {

    @Override
    public String aboutType() {
        return PlacementNotifications.ABOUT_TYPE;
    }

    @Override
    public String urgency(String kind) {
        return PlacementNotifications.HIGH.contains(kind) ? "HOOG" : "NORMAAL";
    }
}
