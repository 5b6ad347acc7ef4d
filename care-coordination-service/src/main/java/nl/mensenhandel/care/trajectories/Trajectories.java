package nl.mensenhandel.care.trajectories;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import nl.mensenhandel.care.placements.Placement;
import nl.mensenhandel.care.placements.PlacementStatus;
import nl.mensenhandel.care.placements.PlacementType;
import nl.mensenhandel.care.trajectories.TrajectoryMonitoring.Monitored;
import nl.mensenhandel.care.trajectories.TrajectoryMonitoring.RunningNoodbed;
import nl.mensenhandel.platform.audit.AccessLog;
import nl.mensenhandel.platform.mongo.Paged;
import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/**
 * Reading zorgtrajecten: the monitoring view for the zorgcoordinator, the status for the AF and the table
 * ({@link TrajectoryAccessPolicy}); every read and list is access-logged. The other packages read trajectories
 * through {@link TrajectoryLookup} ({@link StoredTrajectoryLookup}).
 * <p>
 * The list is sorted in memory (the earliest next action first, none last — an order the store cannot give for
 * missing dates — and filtered on "overdue", which is computed, not stored): a region holds hundreds of trajectories,
 * not millions (DOMAIN.md §1: ~500-600 victims a year in the largest region).
 */
@Service
public class Trajectories {

    /** A trajectory is a victim's care file (AVG art. 9); the purpose goes into the access log. */
    static final String PURPOSE = "zorgcoordinatie slachtoffers mensenhandel: zorgtraject (Wmo 2015 / Jeugdwet)";
    static final String RESOURCE = "trajectory";

    /** A trajectory as one caller may see it: everything with its monitoring, or its status only. */
    public record View(Monitored monitored, boolean statusOnly) {
    }

    private final TrajectoryAccessPolicy access;
    private final TrajectoryStore store;
    private final RegionScopedMongo scoped;
    private final AccessLog accessLog;
    private final Clock clock;

    Trajectories(TrajectoryAccessPolicy access, TrajectoryStore store, RegionScopedMongo scoped, AccessLog accessLog,
            Clock clock) {
        this.access = access;
        this.store = store;
        this.scoped = scoped;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** Today in the Netherlands: dates of next actions and tasks are Dutch calendar days. */
    static LocalDate today(Clock clock) {
        return clock.instant().atZone(TrajectoryReferences.NETHERLANDS).toLocalDate();
    }

    static String subject(String trajectoryId) {
        return "trajectory:" + trajectoryId;
    }

    public Mono<View> get(TenantContext caller, String id) {
        return access.mayRead(caller).enforce(caller)
                .flatMap(c -> store.find(caller, id))
                .filter(trajectory -> access.inScope(caller, trajectory))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Trajectory")))
                .flatMap(trajectory -> view(caller, trajectory))
                .flatMap(view -> accessLog.record(caller, "READ", RESOURCE, id, subject(id), PURPOSE).thenReturn(view));
    }

    /** A trajectory as the caller may see it right after a change (the zorgcoordinator: everything). */
    Mono<View> view(TenantContext caller, Zorgtraject trajectory) {
        boolean statusOnly = !access.seesEverything(caller);
        Mono<List<RunningNoodbed>> noodbeds = statusOnly ? Mono.just(List.of())
                : runningNoodbeds(caller, List.of(trajectory.id())).map(found -> found.getOrDefault(trajectory.id(),
                        List.of()));
        return noodbeds.map(running -> new View(TrajectoryMonitoring.of(trajectory, today(clock), clock.instant(),
                running), statusOnly));
    }

    /**
     * The monitoring view (zorgcoordinator) or the status list (AF, table) of the region, filtered on status,
     * casus and — for the zorgcoordinator — overdue; the AF's and the table's list is newest first, since the order
     * of next actions is care information.
     */
    public Mono<Paged<View>> list(TenantContext caller, TrajectoryStatus status, Boolean overdue, String caseId,
            int page, int size) {
        return access.mayRead(caller).enforce(caller).flatMap(c -> {
            Query query = new Query();
            access.scope(caller).ifPresent(query::addCriteria);
            if (status != null) {
                query.addCriteria(Criteria.where("status").is(status.name()));
            }
            if (caseId != null) {
                query.addCriteria(Criteria.where("origin.caseId").is(caseId));
            }
            if (!access.seesEverything(caller)) {
                query.fields().exclude("victim", "needs", "nextAction", "nextActionDate");
                return store.page(caller, query, Sort.by(Sort.Direction.DESC, "openedAt"), page, size)
                        .map(found -> found.map(t -> new View(TrajectoryMonitoring.of(t, today(clock), clock.instant(),
                                List.of()), true)));
            }
            // the monitoring view sorts and filters on what is computed per trajectory (overdue), so in memory
            return store.find(caller, query).collectList()
                    .flatMap(found -> runningNoodbeds(caller, found.stream().map(Zorgtraject::id).toList())
                            .map(noodbeds -> found.stream()
                                    .map(t -> TrajectoryMonitoring.of(t, today(clock), clock.instant(),
                                            noodbeds.getOrDefault(t.id(), List.of())))
                                    .filter(m -> overdue == null || m.overdue() == overdue)
                                    .sorted(MONITORING_ORDER)
                                    .map(m -> new View(m, false))
                                    .toList()))
                    .map(views -> page(views, page, size));
        }).flatMap(result -> accessLog.recordList(caller, RESOURCE,
                result.items().stream().map(v -> v.monitored().trajectory().id()).toList(), PURPOSE)
                .thenReturn(result));
    }

    /** The earliest next action first, none last; then the oldest first. */
    static final Comparator<Monitored> MONITORING_ORDER = Comparator
            .comparing((Monitored m) -> m.trajectory().nextActionDate(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(m -> m.trajectory().openedAt());

    private static <T> Paged<T> page(List<T> all, int page, int size) {
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new Paged<>(all.subList(from, to), page, size, all.size());
    }

    /**
     * The noodbed placements of these trajectories in which the victim still is ({@code GEPLAATST}), by
     * trajectory: the monitoring flags one past its planned end.
     */
    private Mono<Map<String, List<RunningNoodbed>>> runningNoodbeds(TenantContext caller, List<String> trajectoryIds) {
        if (trajectoryIds.isEmpty()) {
            return Mono.just(Map.of());
        }
        Query running = Query.query(Criteria.where("trajectoryId").in(trajectoryIds)
                .and("placementType").is(PlacementType.NOODBED.name()).and("status").is(PlacementStatus.GEPLAATST.name()));
        return scoped.find(caller, running, Placement.class)
                .collect(Collectors.groupingBy(Placement::trajectoryId,
                        Collectors.mapping(p -> new RunningNoodbed(p.id(), p.plannedEndAt()), Collectors.toList())));
    }

}
