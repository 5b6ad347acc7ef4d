package nl.mensenhandel.care.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import nl.mensenhandel.care.trajectories.TrajectoryLookup;
import nl.mensenhandel.care.trajectories.Zorgtraject;
import nl.mensenhandel.platform.audit.Access;
import nl.mensenhandel.platform.audit.AccessLog;
import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/**
 * The CoMensha report of the caller's region for [from, to]: every trajectory open at some time in the period
 * ({@link TrajectoryLookup#openDuring}) with its placements in the period (requested on or before {@code to}, not
 * ended before {@code from}), pseudonymised ({@link Pseudonyms}). Written to the access log with the trajectories it
 * showed: even pseudonymised, it is data about victims (AVG art. 9).
 */
@Service
public class ComenshaReports {

    /** The purpose in the access log. */
    static final String PURPOSE = "rapportage aan CoMensha (landelijk coordinator mensenhandel)";
    /** Days are Dutch days: a placement at 00:30 on 1 January belongs to January. */
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final ReportAccessPolicy access;
    private final TrajectoryLookup trajectories;
    private final RegionScopedMongo mongo;
    private final Pseudonyms pseudonyms;
    private final AccessLog accessLog;
    private final Clock clock;

    public ComenshaReports(ReportAccessPolicy access, TrajectoryLookup trajectories, RegionScopedMongo mongo,
            Pseudonyms pseudonyms, AccessLog accessLog, Clock clock) {
        this.access = access;
        this.trajectories = trajectories;
        this.mongo = mongo;
        this.pseudonyms = pseudonyms;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    public Mono<ComenshaReport> report(TenantContext caller, LocalDate from, LocalDate to) {
        return access.mayExport(caller).enforce(caller)
                .flatMap(c -> to.isBefore(from)
                        ? Mono.error(ApiProblem.invalidField("to", "must not be before 'from'"))
                        : Mono.just(c))
                .flatMap(c -> trajectories.openDuring(c.region(), from, to).collectList())
                .flatMap(open -> placements(caller, open, from, to)
                        .map(byTrajectory -> new ComenshaReport(caller.region(), from, to, clock.instant(),
                                open.stream()
                                        .sorted(Comparator.comparing(Zorgtraject::openedAt,
                                                Comparator.nullsLast(Comparator.naturalOrder()))
                                                .thenComparing(Zorgtraject::id))
                                        .map(t -> victim(t, byTrajectory.getOrDefault(t.id(), List.of())))
                                        .toList()))
                        .flatMap(report -> accessLog.record(Access.by(caller, "EXPORT", "comensha-report", null)
                                .shown(open.stream().map(Zorgtraject::id).toList())
                                .purpose(PURPOSE))
                                .thenReturn(report)));
    }

    /** The placements of these trajectories in the period, per trajectory, oldest first; only the fields reported. */
    private Mono<Map<String, List<PlacementRow>>> placements(TenantContext caller, List<Zorgtraject> open,
            LocalDate from, LocalDate to) {
        if (open.isEmpty()) {
            return Mono.just(Map.of());
        }
        Instant periodStart = from.atStartOfDay(ZONE).toInstant();
        Instant periodEnd = to.plusDays(1).atStartOfDay(ZONE).toInstant();
        Query query = new Query(Criteria.where("trajectoryId").in(open.stream().map(Zorgtraject::id).toList()));
        query.fields().include(PlacementRow.FIELDS);
        return mongo.find(caller, query, PlacementRow.class)
                .filter(p -> p.createdAt() == null || p.createdAt().isBefore(periodEnd))
                .filter(p -> p.endedAt() == null || !p.endedAt().isBefore(periodStart))
                .sort(Comparator.comparing(PlacementRow::createdAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .collect(Collectors.groupingBy(PlacementRow::trajectoryId));
    }

    /** Only an ISO 3166-1 alpha-2 code goes out, never whatever else a field might hold. */
    static String countryCode(String nationality) {
        return nationality != null && nationality.matches("[A-Z]{2}") ? nationality : null;
    }

    private ReportedVictim victim(Zorgtraject t, List<PlacementRow> placements) {
        Integer age = t.openedAt() == null ? null : t.victim().ageOn(LocalDate.ofInstant(t.openedAt(), ZONE));
        return new ReportedVictim(
                pseudonyms.of(t.region(), t.id()),
                t.victim().gender(),
                AgeGroup.of(age),
                countryCode(t.victim().nationality()),
                t.victim().residenceStatus(),
                t.victim().exploitationForms().stream().sorted().toList(),
                t.responsibleMunicipality() == null ? null : t.responsibleMunicipality().municipalityCode(),
                t.status(),
                t.openedAt(),
                placements.stream().map(p -> new ReportedPlacement(p.placementType(), p.status(), p.startedAt(),
                        p.endedAt(), p.destination())).toList());
    }
}
