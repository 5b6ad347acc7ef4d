package nl.mensenhandel.triage.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import nl.mensenhandel.platform.audit.AccessLog;
import nl.mensenhandel.platform.mongo.Paged;
import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.tenancy.TenantContext;
import nl.mensenhandel.triage.cases.Casus;
import nl.mensenhandel.triage.cases.Track;
import nl.mensenhandel.triage.cases.Track.TrackStatus;
import reactor.core.publisher.Mono;

/**
 * The table's view of tracks (issue 8 §8, {@code listTracks}): every track of the region's casussen with its age
 * and due date, overdue ones flagged, oldest due date first; no details (the casus answers those, per need to
 * know). Read per region (an AF: the casussen of their municipalities) and flattened here — a region holds some
 * hundreds of open tracks, not millions. Every list is access-logged with the tracks it showed.
 */
@Service
public class TrackProgressQueries {

    /** Today is a day in the Netherlands: a track due yesterday there is overdue from midnight there. */
    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    static final String PURPOSE = "voortgangsbewaking sporen mensenhandel (AVG art. 6 lid 1 e; ZVH-convenant)";

    /** One row of the view. */
    public record Row(Casus casus, Track track, long ageDays, boolean overdue) {
    }

    private final ProgressAccessPolicy access;
    private final RegionScopedMongo mongo;
    private final AccessLog accessLog;
    private final Clock clock;

    public TrackProgressQueries(ProgressAccessPolicy access, RegionScopedMongo mongo, AccessLog accessLog,
            Clock clock) {
        this.access = access;
        this.mongo = mongo;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /**
     * @param status  only tracks in this status; null: every track that has not ended
     * @param overdue true: only overdue tracks; false: only those that are not; null: both
     */
    public Mono<Paged<Row>> list(TenantContext caller, TrackStatus status, Boolean overdue, int page, int size) {
        return access.mayListTracks(caller).enforce(caller).flatMap(c -> {
            Set<TrackStatus> statuses = status != null ? Set.of(status) : Set.of(TrackStatus.GEOPEND, TrackStatus.LOPEND);
            Query query = new Query(Criteria.where("tracks").elemMatch(Criteria.where("status").in(statuses)));
            access.trackMunicipalities(caller).ifPresent(visible -> query.addCriteria(new Criteria().orOperator(
                    Criteria.where("municipalityCodes").in(visible), Criteria.where("municipalityCode").in(visible))));
            LocalDate today = today(clock);
            return mongo.find(caller, query, Casus.class)
                    .flatMapIterable(casus -> casus.tracks().stream()
                            .filter(track -> statuses.contains(track.status()))
                            .map(track -> row(casus, track, today))
                            .filter(row -> overdue == null || row.overdue() == overdue)
                            .toList())
                    .collectList()
                    .map(rows -> page(rows, page, size))
                    .flatMap(result -> accessLog.recordList(caller, "track",
                            result.items().stream().map(row -> row.casus().id() + "/" + row.track().id()).toList(),
                            PURPOSE).thenReturn(result));
        });
    }

    static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), NETHERLANDS);
    }

    private static Row row(Casus casus, Track track, LocalDate today) {
        long age = track.openedAt() == null ? 0
                : Math.max(0, ChronoUnit.DAYS.between(LocalDate.ofInstant(track.openedAt(), NETHERLANDS), today));
        return new Row(casus, track, age, track.overdueOn(today));
    }

    /** Oldest due date first (no due date last), then the oldest track; a stable order for paging. */
    private static Paged<Row> page(List<Row> rows, int page, int size) {
        List<Row> sorted = rows.stream()
                .sorted(Comparator.comparing((Row row) -> row.track().dueDate(),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(row -> row.track().openedAt(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(row -> row.track().id()))
                .toList();
        int from = (int) Math.min((long) page * size, sorted.size());
        int to = Math.min(from + size, sorted.size());
        return new Paged<>(sorted.subList(from, to), page, size, sorted.size());
    }
}
