package nl.mensenhandel.enforcement.statistics;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import nl.mensenhandel.enforcement.inspections.InspectionStatus;
import nl.mensenhandel.platform.statistics.StatisticsTable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads a region's inspections, measures and overbewoning findings for the monitor's counts
 * ({@link EnforcementCounter}) with projections of the counted fields only: no address, person, observation or
 * grounds is read, so nothing is decrypted.
 */
@Service
public class EnforcementStatistics {

    static final List<String> CARRIED_OUT = List.of(InspectionStatus.UITGEVOERD.name(),
            InspectionStatus.AFGEROND.name());

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    public EnforcementStatistics(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public Mono<StatisticsTable> count(String region) {
        Instant asOf = clock.instant();
        Mono<List<EnforcementCounter.InspectionFacts>> inspections = find(
                Criteria.where("region").is(region).and("status").in(CARRIED_OUT), "inspections",
                "startedAt", "municipalityCode", "inspectionType")
                .map(d -> new EnforcementCounter.InspectionFacts(instant(d.get("startedAt")),
                        d.getString("municipalityCode"), d.getString("inspectionType"))).collectList();
        Mono<List<EnforcementCounter.MeasureFacts>> measures = find(Criteria.where("region").is(region), "measures",
                "createdAt", "instrumentCode", "status")
                .map(d -> new EnforcementCounter.MeasureFacts(instant(d.get("createdAt")), d.getString("instrumentCode"),
                        d.getString("status"))).collectList();
        Mono<List<EnforcementCounter.OverbewoningFacts>> overbewoning = find(
                Criteria.where("region").is(region).and("overbewoning").is(true), "findings", "observedAt",
                "municipalityCode")
                .map(d -> new EnforcementCounter.OverbewoningFacts(instant(d.get("observedAt")),
                        d.getString("municipalityCode"))).collectList();
        return Mono.zip(inspections, measures, overbewoning)
                .map(t -> EnforcementCounter.count(region, asOf, t.getT1(), t.getT2(), t.getT3()));
    }

    private Flux<Document> find(Criteria criteria, String collection, String... fields) {
        Query query = new Query(criteria);
        query.fields().include(fields);
        return mongo.find(query, Document.class, collection);
    }

    private static Instant instant(Object value) {
        return value instanceof Date date ? date.toInstant() : null;
    }
}
