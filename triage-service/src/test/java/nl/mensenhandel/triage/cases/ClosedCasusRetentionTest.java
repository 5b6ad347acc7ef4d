package nl.mensenhandel.triage.cases;

import static nl.mensenhandel.triage.TriageFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.TestPropertySource;

import nl.mensenhandel.platform.retention.RetentionPeriods;
import nl.mensenhandel.platform.testing.ApiTestSupport;

/** Retention rule {@code closed-cases}: closed casussen go after the period; open ones and pending commands stay. */
@TestPropertySource(properties = "platform.outbox.enabled=false")
class ClosedCasusRetentionTest extends ApiTestSupport {

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    ClosedCasusRetention rule;

    @Autowired
    RetentionPeriods periods;

    @BeforeEach
    void clean() {
        mongo.remove(new Query(), "cases").block();
    }

    @Test
    void theDefaultPeriodIsFiveYears() {
        assertThat(periods.periodOf("closed-cases", IJSSELLAND)).isEqualTo(Duration.ofDays(1826));
    }

    @Test
    void aClosedCasusIsRemovedAfterThePeriodAnOpenOneAndOneWithAPendingCommandStay() {
        Instant longAgo = Instant.now().minus(Duration.ofDays(2000));
        String closed = stored("AFGESLOTEN", longAgo, null);
        String recentlyClosed = stored("AFGESLOTEN", Instant.now(), null);
        String open = stored("SPOREN_LOPEN", longAgo, null);
        String pending = stored("AFGESLOTEN", longAgo, new Document("id", "x:care-request").append("kind", "care-request")
                .append("nextAttemptAt", java.util.Date.from(Instant.now())));
        String settled = stored("AFGESLOTEN", longAgo, new Document("id", "y:care-request").append("kind", "care-request")
                .append("deliveredAt", java.util.Date.from(longAgo)));

        Instant cutoff = Instant.now().minus(periods.periodOf("closed-cases", IJSSELLAND));
        assertThat(rule.apply(IJSSELLAND, cutoff, Instant.now()).block()).isEqualTo(2L);
        assertThat(ids()).containsExactlyInAnyOrder(recentlyClosed, open, pending);
        assertThat(ids()).doesNotContain(closed, settled);
        // idempotent
        assertThat(rule.apply(IJSSELLAND, cutoff, Instant.now()).block()).isZero();
    }

    String stored(String status, Instant updatedAt, Document outboxEntry) {
        String id = mongo.insert(casus(IJSSELLAND, ZWOLLE, WEEGTAFEL, signal())).block().id();
        Update update = new Update().set("status", status).set("updatedAt", updatedAt);
        if (outboxEntry != null) {
            update.push("outbox", outboxEntry);
        }
        mongo.updateFirst(new Query(Criteria.where("_id").is(id)), update, "cases").block();
        return id;
    }

    List<String> ids() {
        return mongo.findAll(Document.class, "cases").map(d -> d.getString("_id")).collectList().block();
    }
}
