package nl.mensenhandel.triage.progress;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.outbox.Outbox;
import nl.mensenhandel.platform.outbox.OutboxDispatcher;
import nl.mensenhandel.platform.scheduling.PeriodicJob;
import nl.mensenhandel.triage.cases.Casus;
import nl.mensenhandel.triage.cases.Escalation;
import nl.mensenhandel.triage.cases.Track;
import nl.mensenhandel.triage.cases.Track.TrackStatus;
import nl.mensenhandel.triage.notifications.CasusNotifications;
import nl.mensenhandel.triage.tables.TriageConfiguration;
import nl.mensenhandel.triage.tables.TriageConfigurations;
import reactor.core.publisher.Mono;

/**
 * Watches the due dates of every open track (issue 8 §8: "overdue tracks flagged and notified to the regiehouder;
 * a stuck case escalated to the beleidsregisseur"), every {@code triage.progress.check-interval} (default 1 minute):
 * <ul>
 * <li>a track past its due date whose regiehouder was not told yet: {@code overdueNotifiedAt} is set and a
 * notification to the regiehouder goes into the casus' outbox — once;</li>
 * <li>a track overdue longer than its region's {@code escalateAfterDays} and not escalated yet: {@code escalatedAt}
 * is set, an automatic escalation added (its reason names the track type and the days overdue, nothing personal)
 * and the region's beleidsregisseurs notified — once.</li>
 * </ul>
 * Each casus in one update, conditional on its version: two instances checking at once change it only once, and a
 * casus changed meanwhile is simply checked again next time. "Today" is the date in the Netherlands by the service's
 * {@link Clock}.
 */
@Component
public class OverdueTracks extends PeriodicJob {

    private static final Logger LOG = LoggerFactory.getLogger(OverdueTracks.class);

    /** What one check did. */
    public record Check(int notified, int escalated) {
        static final Check NONE = new Check(0, 0);

        Check plus(Check other) {
            return new Check(notified + other.notified, escalated + other.escalated);
        }
    }

    private final ReactiveMongoTemplate mongo;
    private final TriageConfigurations configurations;
    private final CasusNotifications notifications;
    private final EscalationRecords records;
    private final OutboxDispatcher dispatcher;
    private final Clock clock;

    public OverdueTracks(ReactiveMongoTemplate mongo, TriageConfigurations configurations,
            CasusNotifications notifications, EscalationRecords records, OutboxDispatcher dispatcher, Clock clock,
            @Value("${triage.progress.enabled:true}") boolean enabled,
            @Value("${triage.progress.check-interval:PT1M}") Duration interval,
            @Value("${triage.progress.initial-delay:PT30S}") Duration initialDelay) {
        super(new Schedule(enabled, initialDelay, interval));
        this.mongo = mongo;
        this.configurations = configurations;
        this.notifications = notifications;
        this.records = records;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /** One check over every region's open tracks. */
    public Mono<Check> checkOnce() {
        LocalDate today = TrackProgressQueries.today(clock);
        // only casussen with a track that is open AND past its due date: the check runs every minute, and a region's
        // open tracks that are on time need not be read (nor their casus decrypted) each time
        Query open = new Query(Criteria.where("tracks").elemMatch(Criteria.where("status")
                .in(TrackStatus.GEOPEND, TrackStatus.LOPEND).and("dueDate").lt(today)));
        return mongo.find(open, Casus.class)
                .filter(casus -> casus.tracks().stream().anyMatch(track -> pending(track, today)))
                .concatMap(casus -> configurations.of(casus.region()).flatMap(config -> check(casus, config, today)))
                .reduce(Check.NONE, Check::plus)
                .doOnNext(check -> {
                    if (check.notified() + check.escalated() > 0) {
                        LOG.atInfo().addKeyValue("tracks.notified", check.notified())
                                .addKeyValue("tracks.escalated", check.escalated()).log("Overdue tracks checked");
                        dispatcher.wake();
                    }
                });
    }

    /** Overdue and either not notified or not escalated yet (whether escalation is due depends on the region). */
    private static boolean pending(Track track, LocalDate today) {
        return track.overdueOn(today) && (track.overdueNotifiedAt() == null || track.escalatedAt() == null);
    }

    private Mono<Check> check(Casus casus, TriageConfiguration config, LocalDate today) {
        Instant now = clock.instant();
        Update update = new Update();
        List<Document> entries = new ArrayList<>();
        List<Document> escalations = new ArrayList<>();
        int notified = 0;
        int escalated = 0;
        for (int i = 0; i < casus.tracks().size(); i++) {
            Track track = casus.tracks().get(i);
            if (!track.overdueOn(today)) {
                continue;
            }
            long days = CasusNotifications.daysOverdue(track, today);
            if (track.overdueNotifiedAt() == null) {
                update.set("tracks." + i + ".overdueNotifiedAt", now);
                entries.add(notifications.overdue(casus, track, days));
                notified++;
            }
            if (track.escalatedAt() == null && days > config.escalateAfterDays()) {
                update.set("tracks." + i + ".escalatedAt", now);
                Escalation escalation = EscalationRecords.automatic(automaticId(track),
                        "Spoor %s is %d dagen over de termijn (%s); automatisch geëscaleerd na meer dan %d dagen."
                                .formatted(track.type(), days, track.dueDate(), config.escalateAfterDays()),
                        now);
                escalations.add(records.stored(casus, escalation));
                entries.add(notifications.escalated(casus, escalation,
                        "spoor %s is %d dagen over de termijn".formatted(track.type(), days)));
                escalated++;
            }
        }
        if (entries.isEmpty()) {
            return Mono.just(Check.NONE);
        }
        update.push(Outbox.FIELD).each(entries.toArray());
        if (!escalations.isEmpty()) {
            update.push("escalations").each(escalations.toArray());
        }
        update.inc("version", 1).set("updatedAt", now);
        Query unchanged = new Query(Criteria.where("_id").is(casus.id()).and("region").is(casus.region())
                .and("version").is(casus.version()));
        Check done = new Check(notified, escalated);
        return mongo.updateFirst(unchanged, update, Casus.class)
                .map(result -> result.getModifiedCount() == 1 ? done : Check.NONE);
    }

    /** Deterministic: one automatic escalation per track, whatever instance raises it. */
    static String automaticId(Track track) {
        return UUID.nameUUIDFromBytes((track.id() + ":escalation").getBytes(StandardCharsets.UTF_8)).toString();
    }

    @Override
    protected Mono<Check> runOnce() {
        return checkOnce();
    }
}
