package nl.mensenhandel.care.statistics;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import nl.mensenhandel.care.intake.CareQuestion;
import nl.mensenhandel.care.placements.Placement;
import nl.mensenhandel.care.placements.PlacementStatus;
import nl.mensenhandel.care.trajectories.Zorgtraject;
import nl.mensenhandel.platform.statistics.StatisticsTable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads a region's trajectories, placements and care requests/questions for the monitor's counts
 * ({@link CareCounter}) with projections of the counted fields only: no victim's name, birth date, need or note is
 * read, so nothing is decrypted.
 */
@Service
public class CareStatistics {

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    public CareStatistics(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public Mono<StatisticsTable> count(String region) {
        Instant asOf = clock.instant();
        Mono<Map<String, Instant>> asked = Flux.concat(
                        find(region, "care_requests", "trajectoryId", "receivedAt")
                                .map(d -> Map.entry(String.valueOf(d.get("trajectoryId")), instant(d.get("receivedAt")))),
                        find(region, CareQuestion.COLLECTION, "trajectoryId", "askedAt")
                                .map(d -> Map.entry(String.valueOf(d.get("trajectoryId")), instant(d.get("askedAt")))))
                .filter(e -> e.getValue() != null && !"null".equals(e.getKey()))
                .collect(HashMap::new, (map, e) -> map.merge(e.getKey(), e.getValue(),
                        (a, b) -> a.isBefore(b) ? a : b));
        Mono<List<Document>> trajectories = find(region, Zorgtraject.COLLECTION, "_id", "openedAt", "status",
                "responsibleMunicipality.municipalityCode").collectList();
        Mono<List<CareCounter.PlacementFacts>> placements = find(region, Placement.COLLECTION, "trajectoryId",
                "placementType", "status", "createdAt", "statusHistory.status", "statusHistory.at")
                .map(CareStatistics::placement).collectList();
        return Mono.zip(asked, trajectories, placements).map(t -> CareCounter.count(region, asOf,
                t.getT2().stream().map(d -> trajectory(d, t.getT1())).toList(), t.getT3()));
    }

    private Flux<Document> find(String region, String collection, String... fields) {
        Query query = new Query(Criteria.where("region").is(region));
        query.fields().include(fields);
        return mongo.find(query, Document.class, collection);
    }

    private static CareCounter.TrajectoryFacts trajectory(Document stored, Map<String, Instant> asked) {
        String id = String.valueOf(stored.get("_id"));
        Object responsible = stored.get("responsibleMunicipality");
        return new CareCounter.TrajectoryFacts(id, instant(stored.get("openedAt")),
                responsible instanceof Document r ? r.getString("municipalityCode") : null, stored.getString("status"),
                asked.get(id));
    }

    private static CareCounter.PlacementFacts placement(Document stored) {
        Instant placedAt = null;
        if (stored.get("statusHistory") instanceof List<?> history) {
            placedAt = history.stream().filter(Document.class::isInstance).map(Document.class::cast)
                    .filter(change -> PlacementStatus.GEPLAATST.name().equals(change.getString("status")))
                    .map(change -> instant(change.get("at"))).filter(java.util.Objects::nonNull)
                    .min(java.util.Comparator.naturalOrder()).orElse(null);
        }
        return new CareCounter.PlacementFacts(stored.getString("trajectoryId"), instant(stored.get("createdAt")),
                stored.getString("placementType"), stored.getString("status"), placedAt);
    }

    private static Instant instant(Object value) {
        return value instanceof Date date ? date.toInstant() : null;
    }
}
