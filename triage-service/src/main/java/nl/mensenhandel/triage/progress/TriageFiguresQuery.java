package nl.mensenhandel.triage.progress;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.project;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.unwind;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.bson.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.tenancy.TenantContext;
import nl.mensenhandel.triage.cases.Casus;
import nl.mensenhandel.triage.cases.Track.TrackStatus;
import nl.mensenhandel.triage.cases.Track.TrackType;
import reactor.core.publisher.Mono;

/**
 * The region's figures for the monitor (issue 8 §8, {@code getTriageFigures}): counts only — casussen per status,
 * decisions per outcome (each decision once per track type it opened, {@code NEXT_STEP} for one that sent the
 * casus on), tracks per {@code TYPE/STATUS}, overdue tracks, escalations. Computed by aggregations over the region
 * that read status fields only ({@code $match $unwind $project $group}, all supported by the embedded store:
 * ARCHITECTURE.md): no summary, detail or reason is read, so nothing personal is decrypted or answered.
 */
@Service
public class TriageFiguresQuery {

    /** The outcome key of a decision that sent the casus on to the next table. */
    public static final String NEXT_STEP = "NEXT_STEP";

    /** What the monitor gets. Maps are sorted by key (a stable answer). */
    public record Figures(String region, Map<String, Long> cases, Map<String, Long> decisions,
            Map<String, Long> tracks, long overdueTracks, long escalations) {
    }

    /** One track as the figures see it: which decision opened it, its type, status and due date. */
    record TrackRow(String decisionId, TrackType type, TrackStatus status, LocalDate dueDate) {
    }

    private final ProgressAccessPolicy access;
    private final RegionScopedMongo mongo;
    private final Clock clock;

    public TriageFiguresQuery(ProgressAccessPolicy access, RegionScopedMongo mongo, Clock clock) {
        this.access = access;
        this.mongo = mongo;
        this.clock = clock;
    }

    public Mono<Figures> figures(TenantContext caller) {
        return access.mayReadFigures(caller).enforce(caller).flatMap(c -> Mono.zip(
                casesPerStatus(caller), tracks(caller), count(caller, "decisions", Criteria.where("decisions.nextStep").is(true)),
                count(caller, "escalations", null))
                .map(all -> {
                    LocalDate today = TrackProgressQueries.today(clock);
                    Map<String, Long> tracks = new TreeMap<>();
                    Map<String, Long> decisions = new TreeMap<>();
                    Set<String> decisionOutcomes = new HashSet<>();
                    long overdue = 0;
                    for (TrackRow row : all.getT2()) {
                        tracks.merge(row.type() + "/" + row.status(), 1L, Long::sum);
                        if (row.status() != null && !row.status().ended() && row.dueDate() != null
                                && row.dueDate().isBefore(today)) {
                            overdue++;
                        }
                        // a decision counts once per track type it opened
                        if (decisionOutcomes.add(row.decisionId() + "|" + row.type())) {
                            decisions.merge(String.valueOf(row.type()), 1L, Long::sum);
                        }
                    }
                    if (all.getT3() > 0) {
                        decisions.put(NEXT_STEP, all.getT3());
                    }
                    return new Figures(caller.region(), all.getT1(), decisions, tracks, overdue, all.getT4());
                }));
    }

    private Mono<Map<String, Long>> casesPerStatus(TenantContext caller) {
        return mongo.aggregate(caller, Casus.class, Document.class, group("status").count().as("count"))
                .collectMap(row -> String.valueOf(row.get("_id")), row -> ((Number) row.get("count")).longValue(),
                        TreeMap::new);
    }

    private Mono<List<TrackRow>> tracks(TenantContext caller) {
        return mongo.aggregate(caller, Casus.class, TrackRow.class, unwind("tracks"),
                        project().and("tracks.decisionId").as("decisionId").and("tracks.type").as("type")
                                .and("tracks.status").as("status").and("tracks.dueDate").as("dueDate"))
                .collectList().map(ArrayList::new);
    }

    /** The number of elements of an array field over the region (optionally only those matching). */
    private Mono<Long> count(TenantContext caller, String array, Criteria element) {
        return (element == null
                ? mongo.aggregate(caller, Casus.class, Document.class, unwind(array), group().count().as("count"))
                : mongo.aggregate(caller, Casus.class, Document.class, unwind(array), match(element),
                        group().count().as("count")))
                .next().map(row -> ((Number) row.get("count")).longValue()).defaultIfEmpty(0L);
    }
}
