package nl.mensenhandel.care.trajectories;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Hands out readable trajectory references {@code ZT-<year>-<4 digits>}, unique per region, so the zorgcoördinator
 * and a table can name a trajectory on the phone without its id. One counter document per region and year, raised
 * with a single atomic {@code $inc}; the number is computed from the value before the raise (ARCHITECTURE.md: the
 * embedded store may return another caller's state after a concurrent update). Two first raises of a new year
 * racing for the upsert: the loser meets the unique {@code _id} and raises again. A number taken by an attempt that
 * then failed stays unused: references may have gaps, never doubles.
 */
@Component
class TrajectoryReferences {

    @Document("trajectory_reference_counters")
    record Counter(@Id String id, long last) {
    }

    /** The year of a reference is the year in the Netherlands when the trajectory is opened. */
    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    TrajectoryReferences(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    Mono<String> next(String region) {
        int year = clock.instant().atZone(NETHERLANDS).getYear();
        String counterId = region + ":" + year;
        return Mono.defer(() -> mongo.findAndModify(Query.query(Criteria.where("_id").is(counterId)),
                        new Update().inc("last", 1), FindAndModifyOptions.options().upsert(true).returnNew(false),
                        Counter.class))
                .map(before -> before.last() + 1)
                .defaultIfEmpty(1L)
                .retryWhen(reactor.util.retry.Retry.max(3).filter(DuplicateKeyException.class::isInstance))
                .map(number -> "ZT-%d-%04d".formatted(year, number));
    }
}
