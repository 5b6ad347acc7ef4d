package nl.mensenhandel.care.placements;

import java.time.Clock;
import java.time.Instant;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import nl.mensenhandel.care.capacity.PlaceReservations;
import nl.mensenhandel.care.notifications.CareNotifications;
import reactor.core.publisher.Mono;

/**
 * Rule {@value #RULE} (issue 9 capability 5: "reserved (with an expiry)"): a place is held for the provider's answer
 * until {@code reservedUntil} ({@code care.reservation.hold}, default four hours); a reservation still unanswered then
 * becomes {@code VERLOPEN}, the place is free again and the region's zorgcoördinatoren are told
 * ({@code RESERVERING_VERLOPEN}) — in one conditional update, so of two job instances only one expires it, and the
 * place is released once.
 */
@Component
public class ReservationExpiry {

    public static final String RULE = "reservation-expires";

    private final ReactiveMongoTemplate mongo;
    private final PlacementStore store;
    private final PlaceReservations reservations;
    private final CareNotifications notifications;
    private final Clock clock;

    ReservationExpiry(ReactiveMongoTemplate mongo, PlacementStore store, PlaceReservations reservations,
            CareNotifications notifications, Clock clock) {
        this.mongo = mongo;
        this.store = store;
        this.reservations = reservations;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Every region's reservations past their hold; answers how many this call expired. */
    public Mono<Long> expireDue() {
        Instant now = clock.instant();
        Query due = new Query(Criteria.where("status").is(PlacementStatus.GERESERVEERD.name())
                .and("reservedUntil").lt(now));
        return mongo.find(due, Placement.class)
                .concatMap(placement -> expire(placement, now))
                .count();
    }

    private Mono<Placement> expire(Placement placement, Instant now) {
        Update update = new Update().set("status", PlacementStatus.VERLOPEN.name()).push("statusHistory",
                PlacementStore.statusChange(PlacementStatus.VERLOPEN, now, PlacementLifecycle.SYSTEM,
                        "reservering verlopen zonder antwoord"));
        Placement expired = PlacementBuilder.from(placement).status(PlacementStatus.VERLOPEN).build();
        return PlacementTransitions.step(placement.status(), PlacementStatus.VERLOPEN).enforce(placement)
                .flatMap(p -> store.apply(p, update, notifications.reservationExpired(expired)))
                .flatMap(after -> reservations.release(placement.region(), placement.locationId(),
                        placement.placementType()).thenReturn(after));
    }
}
