package nl.mensenhandel.care.trajectories;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.mongo.Paged;
import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads and writes trajectories in the caller's region. Writes are whole documents (so the encryption listener
 * seals every personal field), and a change is a replace conditional on the version read: of two concurrent
 * changes exactly one lands, the other answers 409 {@code conflict} (ARCHITECTURE.md: no transactions; a version
 * counter guards changes).
 */
@Component
class TrajectoryStore {

    private final RegionScopedMongo scoped;
    private final ReactiveMongoTemplate mongo;
    private final TrajectoryEncryption encryption;

    TrajectoryStore(RegionScopedMongo scoped, ReactiveMongoTemplate mongo, TrajectoryEncryption encryption) {
        this.scoped = scoped;
        this.mongo = mongo;
        this.encryption = encryption;
    }

    /**
     * The id of the trajectory a table's care request opens: derived from the request's id, so that the store's
     * unique {@code _id} makes the opening happen at most once, however often the request is received or retried.
     */
    static String idForCareRequest(String careRequestId) {
        return UUID.nameUUIDFromBytes(("trajectory|care-request|" + careRequestId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    Mono<Zorgtraject> find(TenantContext caller, String id) {
        return scoped.findById(caller, id, StoredTrajectory.class).map(StoredTrajectory::trajectory);
    }

    Mono<StoredTrajectory> findStored(TenantContext caller, String id) {
        return scoped.findById(caller, id, StoredTrajectory.class);
    }

    Flux<Zorgtraject> find(TenantContext caller, Query query) {
        return scoped.find(caller, query, StoredTrajectory.class).map(StoredTrajectory::trajectory);
    }

    /**
     * One page of the caller's trajectories, sorted and paged by the store; for the status-only list, so the victim,
     * the needs and the next action are not even read ({@code fields} of the query exclude them).
     */
    Mono<Paged<Zorgtraject>> page(TenantContext caller, Query query, Sort sort, int page, int size) {
        return scoped.page(caller, query, sort, page, size, StoredTrajectory.class)
                .map(found -> found.map(StoredTrajectory::trajectory));
    }

    /** Every trajectory of a region matching the query, for the other packages (no caller: a region named). */
    Flux<Zorgtraject> findInRegion(String region, Query query) {
        return mongo.find(Query.of(query).addCriteria(Criteria.where("region").is(region)), StoredTrajectory.class)
                .map(StoredTrajectory::trajectory);
    }

    /** Inserts a new trajectory; empty when one with that id exists already (insert-if-absent). */
    Mono<Zorgtraject> insertIfAbsent(TenantContext caller, Zorgtraject trajectory) {
        return scoped.insert(caller, StoredTrajectory.of(trajectory, null)).map(StoredTrajectory::trajectory)
                .onErrorResume(DuplicateKeyException.class, exists -> Mono.empty());
    }

    /**
     * Replaces the trajectory with {@code changed} (whose version is one more) if it still has {@code expected}'s
     * version; 409 {@code conflict} otherwise.
     */
    Mono<Zorgtraject> replace(TenantContext caller, StoredTrajectory expected, Zorgtraject changed, Instant closedAt) {
        org.bson.Document unchanged = new org.bson.Document("_id", expected.id()).append("region", caller.region())
                .append("version", expected.version());
        org.bson.Document sealed = encryption.sealed(StoredTrajectory.of(changed, closedAt));
        return mongo.getCollection(Zorgtraject.COLLECTION)
                .flatMap(collection -> Mono.from(collection.replaceOne(unchanged, sealed)))
                .flatMap(result -> result.getMatchedCount() == 1 ? Mono.just(changed)
                        : Mono.error(new ApiProblem(ProblemType.CONFLICT,
                                "The trajectory was changed meanwhile; read it again (its new version) and retry")));
    }
}
