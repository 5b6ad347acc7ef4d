package nl.mensenhandel.enforcement.figures;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import nl.mensenhandel.enforcement.teams.TeamCatalogue;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.Roles;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The region's enforcement figures for a year (contract {@code getEnforcementFigures}; DOMAIN.md §7): per team the
 * integrated inspections carried out (status UITGEVOERD or AFGEROND, {@code startedAt} in the year, {@code teamId}
 * the team) against its yearly target (the Rotterdam Regionaal Controleteam: at least 12 a year), inspections by type,
 * measures by instrument and status. Counts only — no addresses or persons — so nothing is access-logged. Simple
 * aggregation stages ($match, $group with $sum) that the embedded store supports.
 */
@Service
public class EnforcementFigures {

    public static final String RULE = "figures-for-policy-and-monitor";
    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    static final List<String> CARRIED_OUT = List.of("UITGEVOERD", "AFGEROND");

    public record TeamCount(String teamId, String name, int carriedOut, int yearlyTarget) {
        public boolean targetMet() {
            return carriedOut >= yearlyTarget;
        }
    }

    public record KeyCount(String key, int count) {
    }

    public record MeasureCount(String instrumentCode, String status, int count) {
    }

    public record Figures(String region, int year, List<TeamCount> teams, List<KeyCount> inspectionsByType,
            List<MeasureCount> measures) {
    }

    private final ReactiveMongoTemplate mongo;
    private final TeamCatalogue teams;

    EnforcementFigures(ReactiveMongoTemplate mongo, TeamCatalogue teams) {
        this.mongo = mongo;
        this.teams = teams;
    }

    /** Rule {@value #RULE}: the beleidsregisseur and the monitor readers of the region; others 403. */
    static PolicyDecision mayRead(TenantContext caller) {
        return caller.hasAnyRole(Roles.BELEIDSREGISSEUR, Roles.MONITOR_LEZER) ? PolicyDecision.allowed()
                : PolicyDecision.rejected(RULE, ProblemType.FORBIDDEN,
                        "Only the beleidsregisseur and monitor readers read the enforcement figures");
    }

    public Mono<Figures> of(TenantContext caller, int year) {
        return mayRead(caller).enforce(caller).flatMap(c -> {
            String region = caller.region();
            Date from = Date.from(LocalDate.of(year, 1, 1).atStartOfDay(NETHERLANDS).toInstant());
            Date until = Date.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(NETHERLANDS).toInstant());
            Criteria carriedOut = Criteria.where("region").is(region).and("status").in(CARRIED_OUT)
                    .and("startedAt").gte(from).lt(until);
            // one grouping by team, not a count per team
            Mono<List<TeamCount>> perTeam = mongo.aggregate(Aggregation.newAggregation(
                            Aggregation.match(carriedOut),
                            Aggregation.group("teamId").count().as("count")), "inspections", Document.class)
                    .filter(d -> d.get("_id") != null)
                    .collectMap(d -> String.valueOf(d.get("_id")), d -> ((Number) d.get("count")).intValue())
                    .map(counts -> teams.of(region).stream()
                            .map(team -> new TeamCount(team.id(), team.name(), counts.getOrDefault(team.id(), 0),
                                    team.yearlyTarget()))
                            .toList());
            Mono<List<KeyCount>> byType = mongo.aggregate(Aggregation.newAggregation(
                            Aggregation.match(carriedOut),
                            Aggregation.group("inspectionType").count().as("count")), "inspections", Document.class)
                    .map(d -> new KeyCount(String.valueOf(d.get("_id")), ((Number) d.get("count")).intValue()))
                    .sort(Comparator.comparing(KeyCount::key)).collectList();
            Mono<List<MeasureCount>> measures = mongo.aggregate(Aggregation.newAggregation(
                            Aggregation.match(Criteria.where("region").is(region).and("proposedOn").gte(from).lt(until)),
                            Aggregation.group("instrumentCode", "status").count().as("count")), "measures",
                            Document.class)
                    .map(d -> {
                        Document id = d.get("_id", Document.class);
                        return new MeasureCount(id.getString("instrumentCode"), id.getString("status"),
                                ((Number) d.get("count")).intValue());
                    })
                    .sort(Comparator.comparing(MeasureCount::instrumentCode).thenComparing(MeasureCount::status))
                    .collectList();
            return Mono.zip(perTeam, byType, measures)
                    .map(t -> new Figures(region, year, t.getT1(), t.getT2(), t.getT3()));
        });
    }
}
