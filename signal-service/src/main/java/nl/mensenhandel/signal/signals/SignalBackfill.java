package nl.mensenhandel.signal.signals;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.mongo.SharedAcrossRegions;

/**
 * Signals stored before cross-region sharing existed have no {@code readableByRegions}; region-scoped
 * reads would not find them. At start-up each gets its owning region there (idempotent; a no-op once done).
 */
@Component
class SignalBackfill implements ApplicationRunner {

    private static final Log LOG = LogFactory.getLog(SignalBackfill.class);

    private final ReactiveMongoTemplate mongo;

    SignalBackfill(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long updated = mongo.find(new Query(Criteria.where(SharedAcrossRegions.FIELD).exists(false)), Signal.class)
                .flatMap(signal -> mongo.updateFirst(new Query(Criteria.where("_id").is(signal.id())),
                        new Update().set(SharedAcrossRegions.FIELD, List.of(signal.region())), Signal.class))
                .count()
                .block();
        if (updated != null && updated > 0) {
            LOG.info("readableByRegions backfilled on " + updated + " signal(s)");
        }
    }
}
