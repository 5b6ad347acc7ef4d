package nl.mensenhandel.signal.retention;

import java.time.Instant;
import java.util.List;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.retention.RetentionRule;
import reactor.core.publisher.Mono;
import nl.mensenhandel.signal.signal.ClassificationChange;
import nl.mensenhandel.signal.signal.Enrichment;
import nl.mensenhandel.signal.signal.Signal;
import nl.mensenhandel.signal.signal.SignalStatus;
import nl.mensenhandel.signal.signal.TransitionRecord;
import nl.mensenhandel.signal.signal.TriageLink;

/**
 * Rule (issue 6 §6; AVG art. 5 lid 1 e, storage limitation): a signal that never became a case — closed
 * ({@code AFGESLOTEN}), or never forwarded and left untouched — is anonymised once the period
 * ({@code platform.retention.records.uncased-signals}) has passed since its last change. Removed: the
 * description, persons, reporter, location, the pseudonymous duplicate keys, the enrichment summaries and the
 * reasons of reclassifications (free text); the urgent path's acute actions;
 * kept: forms, categories, municipality, source type, urgency, status, the dates and the route's steps, so
 * that counts (monitor) still work. Marked {@code anonymisedAt}; a signal forwarded ({@code DOORGELEID},
 * now or before) or submitted to the table ({@code triage}: on the agenda of a casus) is a case and is not
 * touched here.
 */
@Component
class UncasedSignalAnonymisation implements RetentionRule {

    /** Per sweep and region at most this many, so one sweep stays light; the next sweep goes on. */
    static final int BATCH = 500;

    private final ReactiveMongoTemplate mongo;

    UncasedSignalAnonymisation(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String recordType() {
        return "uncased-signals";
    }

    @Override
    public Mono<Long> apply(String region, Instant cutoff, Instant now) {
        Query due = new Query(Criteria.where("region").is(region).and("anonymisedAt").is(null)
                .and("updatedAt").lt(cutoff).and("status").ne(SignalStatus.DOORGELEID).and(TriageLink.FIELD).is(null)
                .orOperator(Criteria.where("status").is(SignalStatus.AFGESLOTEN),
                        Criteria.where("history.to").ne(SignalStatus.DOORGELEID)))
                .limit(BATCH);
        return mongo.find(due, Signal.class)
                .concatMap(signal -> anonymise(signal, now))
                .reduce(0L, Long::sum);
    }

    /** Conditional on the version read, so a concurrent change (a reopen) is never overwritten. */
    private Mono<Long> anonymise(Signal signal, Instant now) {
        List<Enrichment> withoutSummaries = (signal.enrichments() == null ? List.<Enrichment>of() : signal.enrichments())
                .stream()
                .map(e -> new Enrichment(e.entryId(), e.source(), null, e.legalBasis(), e.author(), e.at(), e.corrects()))
                .toList();
        List<ClassificationChange> withoutReasons = (signal.classificationHistory() == null
                ? List.<ClassificationChange>of() : signal.classificationHistory()).stream()
                .map(c -> new ClassificationChange(c.changeId(), c.field(), c.from(), c.to(), null, c.by(), c.at()))
                .toList();
        // the urgent path's acute action is free text about people: removed, the step itself stays
        List<TransitionRecord> withoutAcuteActions = (signal.history() == null ? List.<TransitionRecord>of()
                : signal.history()).stream()
                .map(h -> new TransitionRecord(h.from(), h.to(), h.at(), h.by(), h.reason(), h.closingReason(), null))
                .toList();
        Query unchanged = new Query(Criteria.where("_id").is(signal.id()).and("version").is(signal.version())
                .and("anonymisedAt").is(null));
        // the on-behalf partner's contact goes too; its organisation stays (it follows the status)
        Update strip = new Update().unset("description").unset("persons").unset("reporter").unset("location")
                .unset("onBehalfOf.contactPerson").unset("onBehalfOf.contact")
                .unset("duplicateKeys").set("enrichments", withoutSummaries).set("classificationHistory", withoutReasons)
                .set("history", withoutAcuteActions)
                .set("anonymisedAt", now)
                .inc("version", 1);
        return mongo.updateFirst(unchanged, strip, Signal.class).map(result -> result.getModifiedCount());
    }
}
