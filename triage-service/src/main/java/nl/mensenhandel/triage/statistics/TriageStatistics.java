package nl.mensenhandel.triage.statistics;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import nl.mensenhandel.platform.statistics.StatisticsTable;
import reactor.core.publisher.Mono;

/**
 * Reads a region's casussen for the monitor's counts ({@link TriageCounter}) with a projection of the counted
 * fields only: no summary, person, deliberation or detail is read, so nothing is decrypted.
 */
@Service
public class TriageStatistics {

    private static final String[] COUNTED_FIELDS = {"_id", "municipalityCode", "createdAt", "decisions.id",
        "decisions.decidedAt", "decisions.nextStep", "tracks.decisionId", "tracks.type", "tracks.openedAt"};

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    public TriageStatistics(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public Mono<StatisticsTable> count(String region) {
        Instant asOf = clock.instant();
        Query query = new Query(Criteria.where("region").is(region));
        query.fields().include(COUNTED_FIELDS);
        return mongo.find(query, Document.class, "cases").map(TriageStatistics::facts).collectList()
                .map(cases -> TriageCounter.count(region, asOf, cases));
    }

    static TriageCounter.CaseFacts facts(Document casus) {
        return new TriageCounter.CaseFacts(casus.getString("municipalityCode"), instant(casus.get("createdAt")),
                documents(casus.get("decisions")).stream().map(d -> new TriageCounter.DecisionFacts(
                        String.valueOf(d.get("id")), instant(d.get("decidedAt")),
                        Boolean.TRUE.equals(d.getBoolean("nextStep")))).toList(),
                documents(casus.get("tracks")).stream().map(t -> new TriageCounter.TrackFacts(
                        t.getString("decisionId"), t.getString("type"), instant(t.get("openedAt")))).toList());
    }

    private static List<Document> documents(Object value) {
        return value instanceof List<?> list
                ? list.stream().filter(Document.class::isInstance).map(Document.class::cast).toList()
                : List.of();
    }

    private static Instant instant(Object value) {
        return value instanceof Date date ? date.toInstant() : null;
    }
}
