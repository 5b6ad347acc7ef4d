package nl.mensenhandel.care.trajectories;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * How the other packages (placements, reports, costs) read trajectories ({@link TrajectoryLookup}): decrypted, of one
 * region; they log their own reads. A bean of its own, apart from {@link Trajectories}, so that their tests can replace
 * the interface ({@code @MockitoBean TrajectoryLookup}) without replacing what the trajectory API itself needs.
 */
@Component
class StoredTrajectoryLookup implements TrajectoryLookup {

    private final TrajectoryStore store;

    StoredTrajectoryLookup(TrajectoryStore store) {
        this.store = store;
    }

    @Override
    public Mono<Zorgtraject> byId(String region, String trajectoryId) {
        return store.findInRegion(region, Query.query(Criteria.where("_id").is(trajectoryId))).next();
    }

    @Override
    public Flux<Zorgtraject> openDuring(String region, LocalDate from, LocalDate to) {
        Instant startOfFrom = from.atStartOfDay(TrajectoryReferences.NETHERLANDS).toInstant();
        Instant endOfTo = to.plusDays(1).atStartOfDay(TrajectoryReferences.NETHERLANDS).toInstant();
        Query query = Query.query(Criteria.where("openedAt").lt(endOfTo)
                .orOperator(Criteria.where("closedAt").is(null), Criteria.where("closedAt").gte(startOfFrom)));
        return store.findInRegion(region, query);
    }
}
