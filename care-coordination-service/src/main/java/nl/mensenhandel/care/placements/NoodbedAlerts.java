package nl.mensenhandel.care.placements;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import nl.mensenhandel.care.notifications.CareNotifications;
import reactor.core.publisher.Mono;

/**
 * Rule {@value #RULE} (issue 9 capability 6: "NOODBED is a short stay whose maximum is set per provider — an alert
 * before it runs out, and a follow-up placement required"; the Rotterdam source "Opvang"): a placed noodbed whose
 * planned end lies within {@code care.noodbed.alert-before} (default two days) raises {@code NOODBED_LOOPT_AF} for
 * the region's zorgcoördinatoren — once: {@code noodbedAlertedAt} is set in the same conditional update that pushes
 * the notification. Checked at the intake and by the periodic job ({@link PlacementJobs}).
 */
@Component
public class NoodbedAlerts {

    public static final String RULE = "noodbed-alert-before-maximum-stay";

    private final ReactiveMongoTemplate mongo;
    private final PlacementStore store;
    private final CareNotifications notifications;
    private final Clock clock;
    private final Duration alertBefore;

    NoodbedAlerts(ReactiveMongoTemplate mongo, PlacementStore store, CareNotifications notifications,
            Clock clock, @Value("${care.noodbed.alert-before:P2D}") Duration alertBefore) {
        this.mongo = mongo;
        this.store = store;
        this.notifications = notifications;
        this.clock = clock;
        this.alertBefore = alertBefore;
    }

    /** Whether the placement's alert is due now and not raised yet. */
    static boolean due(Placement placement, Instant now, Duration alertBefore) {
        return placement.status() == PlacementStatus.GEPLAATST && placement.placementType() == PlacementType.NOODBED
                && placement.plannedEndAt() != null && placement.noodbedAlertedAt() == null
                && !placement.plannedEndAt().minus(alertBefore).isAfter(now);
    }

    /** Raises the alert of this placement if it is due; answers the placement as it is afterwards. */
    Mono<Placement> check(Placement placement) {
        return due(placement, clock.instant(), alertBefore)
                ? raise(placement).switchIfEmpty(Mono.defer(() -> store.reload(placement)))
                : Mono.just(placement);
    }

    /** Every region's due alerts; answers how many were raised by this call. */
    public Mono<Long> raiseDue() {
        Instant now = clock.instant();
        Query due = new Query(Criteria.where("status").is(PlacementStatus.GEPLAATST.name())
                .and("placementType").is(PlacementType.NOODBED.name())
                .and("plannedEndAt").lte(now.plus(alertBefore))
                .and("noodbedAlertedAt").is(null));
        return mongo.find(due, Placement.class)
                .filter(placement -> due(placement, now, alertBefore))
                .concatMap(this::raise)
                .count();
    }

    private Mono<Placement> raise(Placement placement) {
        Instant now = clock.instant();
        Placement alerted = PlacementBuilder.from(placement).noodbedAlertedAt(now).build();
        return store.apply(placement, new Update().set("noodbedAlertedAt", now),
                notifications.noodbedRunningOut(alerted));
    }
}
