package nl.mensenhandel.care.placements;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import nl.mensenhandel.care.capacity.PlaceReservations;
import nl.mensenhandel.care.notifications.CareNotifications;
import nl.mensenhandel.care.placements.PlacementRules.Answer;
import nl.mensenhandel.care.providers.CareLocation;
import nl.mensenhandel.care.providers.CareProviderCatalogue;
import nl.mensenhandel.care.providers.ContraIndication;
import nl.mensenhandel.platform.audit.AccessLog;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/**
 * The provider's side of a placement (issue 9 capability 4): accept or decline, report intake and departure — or the
 * zorgcoördinator records what a provider said outside the platform. Each is one step of {@link PlacementTransitions},
 * written as one conditional update ({@link PlacementStore}) with its status history (who, when, why); the same
 * step again with the same content answers the placement unchanged (a provider's system retries), the same step with
 * other content is an illegal transition. The places are counted around the steps ({@link PlaceReservations}): an
 * acceptance takes the reserved place, a decline frees it, a departure vacates it.
 */
@Service
public class PlacementLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(PlacementLifecycle.class);

    /** Who changes a placement in a job (status history {@code by}). */
    static final String SYSTEM = "care-coordination-service";

    private final PlacementAccessPolicy access;
    private final PlacementQueries queries;
    private final PlacementStore store;
    private final PlacementEncryption encryption;
    private final NoodbedAlerts noodbedAlerts;
    private final CareProviderCatalogue catalogue;
    private final PlaceReservations reservations;
    private final CareNotifications notifications;
    private final AccessLog accessLog;
    private final Clock clock;

    /** The catalogue, capacity and notifications packages implement their interfaces; resolved at first use. */
    public PlacementLifecycle(PlacementAccessPolicy access, PlacementQueries queries, PlacementStore store,
            PlacementEncryption encryption, NoodbedAlerts noodbedAlerts, CareProviderCatalogue catalogue,
            PlaceReservations reservations, CareNotifications notifications, AccessLog accessLog,
            Clock clock) {
        this.access = access;
        this.queries = queries;
        this.store = store;
        this.encryption = encryption;
        this.noodbedAlerts = noodbedAlerts;
        this.catalogue = catalogue;
        this.reservations = reservations;
        this.notifications = notifications;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** Accept (takes the reserved place) or decline (frees it; the region's zorgcoördinatoren are told). */
    public Mono<Placement> decide(TenantContext caller, String placementId, Answer answer) {
        PlacementStatus to = answer.accept() ? PlacementStatus.GEACCEPTEERD : PlacementStatus.AFGEWEZEN;
        return access.mayAnswer(caller).enforce(caller)
                .flatMap(c -> queries.visible(caller, placementId))
                .flatMap(placement -> {
                    if (placement.status() == to) {
                        return sameAnswer(placement, answer) ? unchanged(caller, placement)
                                : Mono.error(new ApiProblem(ProblemType.ILLEGAL_TRANSITION, "The placement was already "
                                        + to + " with another answer (rule: " + PlacementTransitions.RULE + ")."));
                    }
                    return PlacementTransitions.step(placement.status(), to).enforce(placement)
                            .flatMap(p -> PlacementRules.declineReasonFromCatalogue(answer, contraIndications(p))
                                    .enforce(p))
                            .flatMap(p -> answer.accept() ? accept(caller, p) : decline(caller, p, answer))
                            .flatMap(after -> changed(caller, after));
                });
    }

    /** The victim arrived: GEACCEPTEERD → GEPLAATST; a noodbed gets its planned end and its alert is checked at once. */
    public Mono<Placement> intake(TenantContext caller, String placementId, Instant reportedArrival) {
        Instant arrivedAt = reportedArrival.truncatedTo(ChronoUnit.MILLIS);
        return access.mayAnswer(caller).enforce(caller)
                .flatMap(c -> queries.visible(caller, placementId))
                .flatMap(placement -> {
                    if (placement.status() == PlacementStatus.GEPLAATST && arrivedAt.equals(placement.startedAt())) {
                        return unchanged(caller, placement);
                    }
                    return PlacementTransitions.step(placement.status(), PlacementStatus.GEPLAATST).enforce(placement)
                            .flatMap(p -> PlacementRules.arrivedNotInFuture(arrivedAt, clock.instant()).enforce(p))
                            .flatMap(p -> place(caller, p, arrivedAt))
                            .flatMap(noodbedAlerts::check)
                            .flatMap(after -> changed(caller, after));
                });
    }

    /** What a departure reports (the contract's PlacementDeparture, decoded). */
    public record Departure(Instant departedAt, Destination destination, String followUpPlacementId) {
    }

    /** The victim left (uitstroom, with destination) or never arrived: → BEEINDIGD, the place is free again. */
    public Mono<Placement> departure(TenantContext caller, String placementId, Departure reported) {
        Departure departure = new Departure(reported.departedAt().truncatedTo(ChronoUnit.MILLIS),
                reported.destination(), reported.followUpPlacementId());
        return access.mayAnswer(caller).enforce(caller)
                .flatMap(c -> queries.visible(caller, placementId))
                .flatMap(placement -> {
                    if (placement.status() == PlacementStatus.BEEINDIGD && sameDeparture(placement, departure)) {
                        return unchanged(caller, placement);
                    }
                    return PlacementTransitions.departure(placement.status(), departure.destination()).enforce(placement)
                            .flatMap(p -> PlacementRules.notArrivedOnlyBeforeIntake(p.status(), departure.destination())
                                    .enforce(p))
                            .flatMap(p -> PlacementRules.departureAfterArrival(departure.departedAt(), p.startedAt(),
                                    clock.instant()).enforce(p))
                            .flatMap(p -> followUp(caller, departure)
                                    .map(followUp -> PlacementRules.followUpPlacementOfTrajectory(p,
                                            departure.destination(), departure.followUpPlacementId(), followUp))
                                    .defaultIfEmpty(PlacementRules.followUpPlacementOfTrajectory(p,
                                            departure.destination(), departure.followUpPlacementId(), null))
                                    .flatMap(rule -> rule.enforce(p)))
                            .flatMap(p -> end(caller, p, departure))
                            .flatMap(after -> changed(caller, after));
                });
    }

    private Mono<Placement> accept(TenantContext caller, Placement placement) {
        Update update = transition(caller, PlacementStatus.GEACCEPTEERD, "geaccepteerd");
        return apply(placement, update, null)
                .flatMap(after -> reserved(placement)
                        ? reservations.take(placement.region(), placement.locationId(), placement.placementType())
                                .thenReturn(after)
                        : Mono.just(after));
    }

    private Mono<Placement> decline(TenantContext caller, Placement placement, Answer answer) {
        Update update = transition(caller, PlacementStatus.AFGEWEZEN, "afgewezen: " + answer.reason())
                .set("declineReason", answer.reason().name());
        if (answer.contraIndication() != null) {
            update.set("contraIndication", answer.contraIndication().name());
        }
        if (answer.note() != null) {
            update.set("declineNote", encryption.sealed(placement, PlacementEncryption.DECLINE_NOTE, answer.note()));
        }
        Placement declined = PlacementBuilder.from(placement).status(PlacementStatus.AFGEWEZEN)
                .declineReason(answer.reason()).contraIndication(answer.contraIndication()).declineNote(answer.note())
                .build();
        return apply(placement, update, notifications.placementDeclined(declined))
                .flatMap(after -> reserved(placement)
                        ? reservations.release(placement.region(), placement.locationId(), placement.placementType())
                                .thenReturn(after)
                        : Mono.just(after));
    }

    private Mono<Placement> place(TenantContext caller, Placement placement, Instant arrivedAt) {
        Update update = transition(caller, PlacementStatus.GEPLAATST, "aangekomen").set("startedAt", arrivedAt);
        Instant plannedEnd = plannedEnd(placement, arrivedAt);
        if (plannedEnd != null) {
            update.set("plannedEndAt", plannedEnd);
        }
        return apply(placement, update, null);
    }

    /**
     * A noodbed is a short stay whose maximum the provider sets per location (issue 9 capability 6; the Rotterdam
     * source "Opvang"): planned to end that many days after arrival. Other types have no planned end.
     */
    private Instant plannedEnd(Placement placement, Instant arrivedAt) {
        if (placement.placementType() != PlacementType.NOODBED) {
            return null;
        }
        Integer days = catalogue.location(placement.region(), placement.locationId())
                .map(CareLocation::noodbedMaximumStayDays).orElse(null);
        if (days == null) {
            LOG.atWarn().addKeyValue("placement", placement.id()).addKeyValue("location", placement.locationId())
                    .log("Noodbed location without a maximum stay in the catalogue: no planned end, no alert");
            return null;
        }
        return arrivedAt.plus(Duration.ofDays(days));
    }

    private Mono<Placement> end(TenantContext caller, Placement placement, Departure departure) {
        Update update = transition(caller, PlacementStatus.BEEINDIGD, "vertrokken: " + departure.destination())
                .set("endedAt", departure.departedAt()).set("destination", departure.destination().name());
        if (departure.followUpPlacementId() != null) {
            update.set("followUpPlacementId", departure.followUpPlacementId());
        }
        // the place was taken when the placement was accepted (also when the victim never arrived): free again
        return apply(placement, update, null)
                .flatMap(after -> reserved(placement)
                        ? reservations.vacate(placement.region(), placement.locationId(), placement.placementType())
                                .thenReturn(after)
                        : Mono.just(after));
    }

    private Mono<Placement> followUp(TenantContext caller, Departure departure) {
        return departure.followUpPlacementId() == null ? Mono.empty()
                : queries.inRegion(caller, departure.followUpPlacementId());
    }

    private Mono<Placement> apply(Placement placement, Update update, org.bson.Document notification) {
        return store.apply(placement, update, notification)
                .switchIfEmpty(Mono.error(() -> new ApiProblem(ProblemType.CONFLICT,
                        "The placement was changed meanwhile; read it again and try anew.")));
    }

    private Update transition(TenantContext caller, PlacementStatus to, String reason) {
        return new Update().set("status", to.name())
                .push("statusHistory", PlacementStore.statusChange(to, clock.instant(), by(caller), reason));
    }

    /** Whether the placement holds a counted place: it was reserved through the platform (a publishing location). */
    private static boolean reserved(Placement placement) {
        return placement.reservedUntil() != null;
    }

    private Set<ContraIndication> contraIndications(Placement placement) {
        return catalogue.location(placement.region(), placement.locationId()).map(CareLocation::contraIndications)
                .orElse(Set.of());
    }

    private static boolean sameAnswer(Placement placement, Answer answer) {
        return answer.accept()
                ? answer.reason() == null && answer.contraIndication() == null && answer.note() == null
                : placement.declineReason() == answer.reason()
                        && placement.contraIndication() == answer.contraIndication()
                        && Objects.equals(placement.declineNote(), answer.note());
    }

    private static boolean sameDeparture(Placement placement, Departure departure) {
        return Objects.equals(placement.endedAt(), departure.departedAt())
                && placement.destination() == departure.destination()
                && Objects.equals(placement.followUpPlacementId(), departure.followUpPlacementId());
    }

    private Mono<Placement> unchanged(TenantContext caller, Placement placement) {
        return accessLog.record(caller, "READ", PlacementQueries.RESOURCE, placement.id(), placement.trajectoryId(),
                PlacementQueries.PURPOSE).thenReturn(placement);
    }

    private Mono<Placement> changed(TenantContext caller, Placement placement) {
        return accessLog.record(caller, "UPDATE", PlacementQueries.RESOURCE, placement.id(), placement.trajectoryId(),
                PlacementQueries.PURPOSE).thenReturn(placement);
    }

    static String by(TenantContext caller) {
        return caller.username() == null ? caller.subject() : caller.username();
    }
}
