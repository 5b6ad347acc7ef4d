package nl.mensenhandel.signal.handover;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import com.mongodb.client.model.Filters;

import nl.mensenhandel.platform.audit.AccessLog;
import nl.mensenhandel.platform.outbox.Outbox;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.Municipality;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;
import nl.mensenhandel.platform.tenancy.TenantContext;
import nl.mensenhandel.signal.signal.DuplicateKeyMaker;
import nl.mensenhandel.signal.signal.DuplicateKeys;
import nl.mensenhandel.signal.signal.ForwardedOutside;
import nl.mensenhandel.signal.signal.Handover;
import nl.mensenhandel.signal.signal.HandoverStatus;
import nl.mensenhandel.signal.signal.Signal;
import nl.mensenhandel.signal.signal.SignalEncryption;
import nl.mensenhandel.signal.signal.SignalQueries;
import nl.mensenhandel.signal.signal.SignalReach;
import reactor.core.publisher.Mono;

/**
 * Signals that move (issue 7 §5): the AF of the exploitation municipality hands a signal over to the AF of
 * another municipality — also in another region — when enrichment shows the exploitation happens there;
 * the receiving AF reads it in full, and accepts or returns it. Each step is one conditional write of the
 * signal document (on its version), recorded on the signal ({@code handovers}) and in the access log.
 * <p>
 * Accepting moves the signal: exploitation municipality, region (the tenant), who reads it, and the
 * encryption of its personal data — every field is sealed with its region's key and the document id
 * ({@link SignalEncryption}), so a move to another region re-seals the whole document with the new
 * region's key and replaces it in one conditional write: never a half-moved record.
 */
@Service
public class SignalHandovers {

    /** A hand-over as asked for; {@code forwardedTo} only for a municipality this platform does not serve. */
    public record HandoverCommand(String toMunicipalityCode, String reason, String forwardedTo) {
    }

    /** The signal after the step and the hand-over as decided. */
    public record Outcome(Signal signal, Handover handover) {
    }

    private static final String PURPOSE = SignalQueries.PURPOSE + "; overdracht aan een andere gemeente";

    private final SignalQueries signals;
    private final MunicipalityRegistry municipalities;
    private final ReactiveMongoTemplate mongo;
    private final SignalEncryption encryption;
    private final DuplicateKeyMaker keys;
    private final AccessLog accessLog;
    private final Clock clock;
    private final Outbox outbox;

    public SignalHandovers(SignalQueries signals, MunicipalityRegistry municipalities, ReactiveMongoTemplate mongo,
            SignalEncryption encryption, DuplicateKeyMaker keys, AccessLog accessLog, Clock clock, Outbox outbox) {
        this.signals = signals;
        this.municipalities = municipalities;
        this.mongo = mongo;
        this.encryption = encryption;
        this.keys = keys;
        this.accessLog = accessLog;
        this.clock = clock;
        this.outbox = outbox;
    }

    /**
     * The working AF hands the signal over (a pending hand-over blocks every other change, see
     * {@code SignalAccessPolicy.mayWork}); to a municipality this platform does not serve, it is recorded
     * at once as forwarded outside the platform.
     */
    public Mono<Outcome> handOver(TenantContext caller, String signalId, HandoverCommand command) {
        return signals.findWorkable(caller, signalId)
                .flatMap(signal -> HandoverRules.handoverOfOpenSignal(signal).enforce(signal))
                .flatMap(signal -> HandoverRules.handoverToAnotherMunicipality(signal, command.toMunicipalityCode())
                        .enforce(signal))
                .flatMap(signal -> {
                    String toRegion = municipalities.find(command.toMunicipalityCode()).map(Municipality::region)
                            .orElse(null);
                    return HandoverRules.outsideNeedsForwardedTo(toRegion != null, command.forwardedTo())
                            .enforce(signal)
                            .flatMap(s -> toRegion != null ? startPending(caller, s, command, toRegion)
                                    : forwardOutside(caller, s, command));
                })
                .flatMap(outcome -> accessLog.record(caller, outcome.handover().status() == HandoverStatus.PENDING
                                ? "HANDOVER" : "FORWARD_OUTSIDE", "signal", signalId,
                        SignalQueries.dataSubject(outcome.signal()), PURPOSE + " " + command.toMunicipalityCode())
                        .thenReturn(outcome));
    }

    /**
     * The receiving AF accepts or returns a pending hand-over, the handing-over AF cancels it (the steps of
     * {@link HandoverTable}). Found as any signal the caller may see: the receiving AF reads it while the
     * hand-over is pending; anyone else gets 404.
     */
    public Mono<Outcome> decide(TenantContext caller, String signalId, String handoverId,
            HandoverTable.Decision decision, String reason) {
        return signals.findVisible(caller, signalId)
                .flatMap(signal -> Mono.justOrEmpty(handoversOf(signal).stream()
                                .filter(h -> h.id().equals(handoverId)).findFirst())
                        .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Hand-over " + handoverId)))
                        .flatMap(h -> HandoverRules.decidedByItsParty(caller, h, decision).enforce(h))
                        .flatMap(h -> HandoverRules.stepInTable(h, decision).enforce(h))
                        .flatMap(h -> {
                            Handover decided = h.decided(decision.to(), caller.username(), clock.instant(), reason);
                            return decision == HandoverTable.Decision.ACCEPT ? accept(signal, decided)
                                    : withdraw(signal, decided);
                        }))
                .flatMap(outcome -> accessLog.record(caller, "HANDOVER_" + decision, "signal", signalId,
                        SignalQueries.dataSubject(outcome.signal()), PURPOSE + " "
                                + outcome.handover().toMunicipalityCode())
                        .thenReturn(outcome));
    }

    /** Pending: the receiving AF reads the signal (in full — they must decide) until it is decided. */
    private Mono<Outcome> startPending(TenantContext caller, Signal signal, HandoverCommand command, String toRegion) {
        Instant now = clock.instant();
        Handover handover = new Handover(UUID.randomUUID().toString(), signal.municipalityCode(), signal.region(),
                command.toMunicipalityCode(), toRegion, HandoverStatus.PENDING, command.reason(), null,
                caller.username(), now, null, null, null);
        List<String> visibleTo = with(signal.visibleTo(), command.toMunicipalityCode());
        List<String> regions = with(signal.readableByRegions(), toRegion);
        Update update = new Update().push("handovers", handover).set("visibleTo", visibleTo)
                .set("readableByRegions", regions).set("updatedAt", now).inc("version", 1);
        return updateIfUnchanged(signal, update).map(changed -> new Outcome(changed, handover));
    }

    /** A municipality this platform does not serve: recorded as sent outside the platform, to whom and when. */
    private Mono<Outcome> forwardOutside(TenantContext caller, Signal signal, HandoverCommand command) {
        Instant now = clock.instant();
        Handover handover = new Handover(UUID.randomUUID().toString(), signal.municipalityCode(), signal.region(),
                command.toMunicipalityCode(), null, HandoverStatus.FORWARDED_OUTSIDE, command.reason(),
                command.forwardedTo(), caller.username(), now, caller.username(), now, null);
        Update update = new Update().push("handovers", handover)
                .set("forwardedOutside", new ForwardedOutside(command.toMunicipalityCode(), command.forwardedTo(), now,
                        caller.username(), command.reason()))
                .set("updatedAt", now).inc("version", 1);
        return updateIfUnchanged(signal, update).map(changed -> new Outcome(changed, handover));
    }

    /**
     * Moves the signal to the receiving municipality, in one conditional replace: new exploitation
     * municipality, region and readers (the handing-over AF keeps reading only as a residence AF), the
     * personal data re-sealed with the key of the (new) region. The region's own categories and sector do
     * not travel to another region (the forms they mapped to stay), and the address and business search
     * keys are made again with the new region's key. Person keys cannot be (the hint was never stored): a
     * moved signal finds duplicates by person only in its first region — a known limit.
     */
    private Mono<Outcome> accept(Signal signal, Handover accepted) {
        boolean otherRegion = !accepted.toRegion().equals(signal.region());
        SignalReach reach = SignalReach.of(accepted.toRegion(), accepted.toMunicipalityCode(),
                signal.residenceMunicipalityCodes(), municipalities);
        Signal.Builder moved = signal.toBuilder()
                .region(accepted.toRegion())
                .municipalityCode(accepted.toMunicipalityCode())
                .visibleTo(reach.visibleTo())
                .readableByRegions(reach.readableByRegions())
                .handovers(replaced(handoversOf(signal), accepted))
                .updatedAt(accepted.decidedAt())
                .version(signal.version() + 1);
        if (otherRegion) {
            DuplicateKeys old = signal.duplicateKeys();
            moved.categories(List.of()).sector(null)
                    .duplicateKeys(keys.keys(accepted.toRegion(), signal.location(),
                            old == null ? List.of() : old.personKeys()));
        }
        Signal target = moved.build();
        Document stored = new Document();
        mongo.getConverter().write(target, stored);
        encryption.seal(stored);
        String collectionName = mongo.getCollectionName(Signal.class);
        Query current = new Query(Criteria.where("_id").is(signal.id()).and("region").is(signal.region())
                .and("version").is(signal.version()));
        current.fields().include(Outbox.FIELD);
        // the pending mails and commands (not part of Signal's mapping) move along, sealed for the new region
        return mongo.findOne(current, Document.class, collectionName)
                .map(raw -> raw.getList(Outbox.FIELD, Document.class, List.of()))
                .defaultIfEmpty(List.of())
                .map(entries -> {
                    if (!entries.isEmpty()) {
                        stored.put(Outbox.FIELD, outbox.movedToRegion(entries, signal.id(), signal.region(),
                                target.region()));
                    }
                    return stored;
                })
                .flatMap(replacement -> mongo.getCollection(collectionName)
                        .flatMap(collection -> Mono.from(collection.replaceOne(Filters.and(
                                Filters.eq("_id", signal.id()), Filters.eq("region", signal.region()),
                                Filters.eq("version", signal.version())), replacement))))
                .flatMap(result -> result.getModifiedCount() == 1
                        ? reload(signal.id(), target.region()).map(s -> new Outcome(s, accepted))
                        : Mono.error(changedMeanwhile()));
    }

    /** Returned or cancelled: the signal stays where it was, and the receiving AF no longer reads it. */
    private Mono<Outcome> withdraw(Signal signal, Handover decided) {
        SignalReach reach = SignalReach.of(signal.region(), signal.municipalityCode(),
                signal.residenceMunicipalityCodes(), municipalities);
        Update update = new Update().set("handovers", replaced(handoversOf(signal), decided))
                .set("visibleTo", reach.visibleTo()).set("readableByRegions", reach.readableByRegions())
                .set("updatedAt", decided.decidedAt()).inc("version", 1);
        return updateIfUnchanged(signal, update).map(changed -> new Outcome(changed, decided));
    }

    private Mono<Signal> updateIfUnchanged(Signal signal, Update update) {
        Query unchanged = new Query(Criteria.where("_id").is(signal.id()).and("region").is(signal.region())
                .and("version").is(signal.version()));
        return mongo.updateFirst(unchanged, update, Signal.class)
                .flatMap(result -> result.getModifiedCount() == 1 ? reload(signal.id(), signal.region())
                        : Mono.error(changedMeanwhile()));
    }

    private Mono<Signal> reload(String id, String region) {
        return mongo.findOne(new Query(Criteria.where("_id").is(id).and("region").is(region)), Signal.class);
    }

    private static ApiProblem changedMeanwhile() {
        return new ApiProblem(ProblemType.CONFLICT, "The signal was changed by someone else; reload and try again.");
    }

    /** A signal stored before hand-overs existed has none (the field is absent). */
    private static List<Handover> handoversOf(Signal signal) {
        return signal.handovers() == null ? List.of() : signal.handovers();
    }

    private static List<Handover> replaced(List<Handover> handovers, Handover decided) {
        return handovers.stream().map(h -> h.id().equals(decided.id()) ? decided : h).toList();
    }

    private static List<String> with(List<String> values, String value) {
        List<String> result = new ArrayList<>(values);
        if (!result.contains(value)) {
            result.add(value);
        }
        return List.copyOf(result);
    }
}
