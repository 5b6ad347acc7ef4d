package nl.mensenhandel.signal.route;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import nl.mensenhandel.platform.audit.AccessLog;
import nl.mensenhandel.platform.idempotency.IdempotentCommands;
import nl.mensenhandel.platform.idempotency.IdempotentOutcome;
import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.Municipality;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;
import nl.mensenhandel.signal.feedback.ReporterFeedback;
import nl.mensenhandel.signal.signal.ClosingReason;
import nl.mensenhandel.signal.signal.Enrichment;
import nl.mensenhandel.signal.signal.EnrichmentSource;
import nl.mensenhandel.signal.signal.ResidenceDisclosure;
import nl.mensenhandel.signal.signal.Signal;
import nl.mensenhandel.signal.signal.SignalAccessPolicy;
import nl.mensenhandel.signal.signal.SignalEncryption;
import nl.mensenhandel.signal.signal.SignalQueries;
import nl.mensenhandel.signal.signal.SignalStatus;
import nl.mensenhandel.signal.signal.TransitionRecord;

/**
 * Moves a signal along the route and enriches it. Every change is one conditional update of the signal
 * document (on its version or state), so concurrent changes cannot overwrite each other and nothing is
 * half-written.
 */
@Service
public class SignalRoute {

    public record TransitionCommand(SignalStatus to, String reason, ClosingReason closingReason,
            String forwardedTo, String feedback, String acuteAction) {
    }

    public record EnrichmentCommand(EnrichmentSource source, String summary, String legalBasis, String corrects) {
    }

    private final SignalQueries signals;
    private final SignalAccessPolicy access;
    private final MunicipalityRegistry municipalities;
    private final RegionScopedMongo scoped;
    private final ReactiveMongoTemplate mongo;
    private final IdempotentCommands idempotent;
    private final AccessLog accessLog;
    private final Clock clock;
    private final SignalEncryption encryption;
    private final ReporterFeedback feedback;

    public SignalRoute(SignalQueries signals, SignalAccessPolicy access, MunicipalityRegistry municipalities,
            RegionScopedMongo scoped, ReactiveMongoTemplate mongo, IdempotentCommands idempotent, AccessLog accessLog,
            Clock clock, SignalEncryption encryption, ReporterFeedback feedback) {
        this.signals = signals;
        this.access = access;
        this.municipalities = municipalities;
        this.scoped = scoped;
        this.mongo = mongo;
        this.idempotent = idempotent;
        this.accessLog = accessLog;
        this.clock = clock;
        this.encryption = encryption;
        this.feedback = feedback;
    }

    public Mono<Signal> transition(TenantContext caller, String signalId, TransitionCommand command) {
        return signals.findWorkable(caller, signalId)
                .flatMap(signal -> checked(signal, command))
                .flatMap(signal -> apply(caller, signal, command, new Update()));
    }

    /**
     * The outcome of the casus a table weighed the signal in (issue 8 capability 4: "the outcome goes back to the
     * signal service"), recorded by triage-service's account acting in the signal's region: the same transition
     * with result as the AF's — the {@link TransitionTable} and the route's rules, the history entry (its reason
     * names the casus), the reporter's feedback with its mail in the outbox ({@link ReporterFeedback}) — in one
     * conditional update with whatever the caller adds to it ({@code alongside}).
     */
    public Mono<Signal> recordTableOutcome(TenantContext service, Signal signal, TransitionCommand command,
            Update alongside) {
        return checked(signal, command).flatMap(s -> apply(service, s, command, alongside));
    }

    /** The route's rules for a transition of this signal. */
    private static Mono<Signal> checked(Signal signal, TransitionCommand command) {
        return RouteRules.transitionAllowed(signal.status(), command.to()).enforce(signal)
                .flatMap(RouteRules.closingNeedsReason(command.to(), command.closingReason())::enforce)
                .flatMap(RouteRules.resultNeedsFeedback(command.to(), command.feedback())::enforce)
                .flatMap(s -> RouteRules.urgentPathOnlyForSpoed(s.status(), command.to(), s.urgency()).enforce(s))
                .flatMap(s -> RouteRules.urgentPathRecordsAcuteAction(s.status(), command.to(),
                        command.acuteAction()).enforce(s));
    }

    /** The transition as one conditional update of the signal (on its version), then the access log. */
    private Mono<Signal> apply(TenantContext caller, Signal signal, TransitionCommand command, Update update) {
        Instant now = clock.instant();
        update.set("status", command.to())
                .set("closingReason", command.closingReason())
                .set("updatedAt", now)
                .inc("version", 1)
                // pushed by an update of its own, so it encrypts the acute action itself
                .push("history", encryption.sealed(signal.region(), signal.id(), signal.history().size(),
                        new TransitionRecord(signal.status(), command.to(), now, caller.username(),
                                command.reason(), command.closingReason(), command.acuteAction())));
        if (command.to() == SignalStatus.DOORGELEID) {
            update.set("forwardedTo", command.forwardedTo());
        }
        // the reporter is told in the same update as the result: never one without the other
        ReporterFeedback.Given given = TransitionTable.isResult(command.to())
                ? feedback.addTo(update, signal, command.to(), command.feedback(), caller.username(), now)
                : null;
        if (TransitionTable.isResult(signal.status()) && command.to() == SignalStatus.IN_VERRIJKING) {
            ReporterFeedback.clearCurrent(update);
        }
        return changeIfUnchanged(caller, signal, update).doOnNext(changed -> {
            if (given != null && given.mailed()) {
                feedback.deliverSoon();
            }
        }).flatMap(changed -> accessLog.record(caller, "TRANSITION", "signal", changed.id(),
                SignalQueries.dataSubject(changed), SignalQueries.PURPOSE).thenReturn(changed));
    }

    public Mono<IdempotentOutcome<Enrichment>> enrich(TenantContext caller, String signalId,
            EnrichmentCommand command, String idempotencyKey) {
        return signals.findWorkable(caller, signalId)
                .flatMap(signal -> RouteRules.enrichOpenSignal(signal.status()).enforce(signal))
                .flatMap(signal -> correctsAnExistingEntry(signal, command.corrects()).enforce(signal))
                .flatMap(signal -> idempotent.run(
                        caller.region() + "|" + caller.subject() + "|signals.enrich|" + signalId, idempotencyKey,
                        command,
                        entryId -> append(caller, signal, new Enrichment(entryId, command.source(), command.summary(),
                                command.legalBasis(), caller.username(), clock.instant(), command.corrects())),
                        entryId -> findEntry(caller, signalId, entryId))
                        .flatMap(outcome -> accessLog.record(caller, "ENRICH", "signal", signal.id(),
                                SignalQueries.dataSubject(signal), SignalQueries.PURPOSE).thenReturn(outcome)));
    }

    /**
     * The exploitation AF shares the full signal with the residence AF of another region, who otherwise
     * reads an outline only ({@link SignalAccessPolicy#outlineOnly}). Recorded on the signal once (a second
     * call answers the first disclosure) and in the access log.
     */
    public Mono<IdempotentOutcome<ResidenceDisclosure>> discloseToResidence(TenantContext caller, String signalId,
            String reason) {
        return signals.findWorkable(caller, signalId).flatMap(signal -> {
            String residence = signal.residenceMunicipalityCode();
            String residenceRegion = municipalities.find(residence).map(Municipality::region).orElse(null);
            return access.mayDiscloseToResidence(signal, residenceRegion).enforce(signal)
                    .flatMap(s -> disclosureTo(s, residence)
                            .map(existing -> Mono.just(new IdempotentOutcome<>(existing, false)))
                            .orElseGet(() -> recordDisclosure(caller, s, new ResidenceDisclosure(residence,
                                    residenceRegion, reason, caller.username(), clock.instant()))));
        }).flatMap(outcome -> !outcome.created() ? Mono.just(outcome)
                : accessLog.record(caller, "DISCLOSE", "signal", signalId, null, SignalQueries.PURPOSE
                        + "; gedeeld met de AF van woonplaats " + outcome.resource().municipalityCode())
                        .thenReturn(outcome));
    }

    private Mono<IdempotentOutcome<ResidenceDisclosure>> recordDisclosure(TenantContext caller, Signal signal,
            ResidenceDisclosure disclosure) {
        Query notYet = new Query(Criteria.where("_id").is(signal.id()).and("region").is(caller.region())
                .and("residenceDisclosures.municipalityCode").ne(disclosure.municipalityCode()));
        Update record = new Update().push("residenceDisclosures", disclosure).set("updatedAt", disclosure.at())
                .inc("version", 1);
        return mongo.updateFirst(notYet, record, Signal.class).flatMap(result -> result.getModifiedCount() == 1
                ? Mono.just(new IdempotentOutcome<>(disclosure, true))
                // another call shared it meanwhile: answer that one
                : scoped.findById(caller, signal.id(), Signal.class)
                        .flatMap(again -> Mono.justOrEmpty(disclosureTo(again, disclosure.municipalityCode())))
                        .map(existing -> new IdempotentOutcome<>(existing, false)));
    }

    private static Optional<ResidenceDisclosure> disclosureTo(Signal signal, String municipalityCode) {
        return signal.residenceDisclosures() == null ? Optional.empty()
                : signal.residenceDisclosures().stream().filter(d -> d.municipalityCode().equals(municipalityCode))
                        .findFirst();
    }

    /** Rule: a correction names an entry of this signal. */
    private static PolicyDecision correctsAnExistingEntry(Signal signal, String corrects) {
        return corrects == null || signal.enrichments().stream().anyMatch(e -> e.entryId().equals(corrects))
                ? PolicyDecision.allowed()
                : PolicyDecision.rejectedField("correction-names-existing-entry", "corrects",
                        "names no enrichment of this signal");
    }

    /** Append-only: the update can only add an entry, never change one; the same entry id is added once. */
    private Mono<Enrichment> append(TenantContext caller, Signal signal, Enrichment entry) {
        Query stillOpen = new Query(Criteria.where("_id").is(signal.id()).and("region").is(caller.region())
                .and("status").ne(SignalStatus.AFGESLOTEN).and("enrichments.entryId").ne(entry.entryId()));
        // pushed by an update of its own, so it encrypts its summary itself (see SignalEncryption)
        Update append = new Update().push("enrichments", encryption.sealed(signal.region(), signal.id(), entry))
                .set("updatedAt", entry.at()).inc("version", 1);
        return mongo.updateFirst(stillOpen, append, Signal.class)
                .flatMap(result -> result.getModifiedCount() == 1 ? Mono.just(entry)
                        : findEntry(caller, signal.id(), entry.entryId()).switchIfEmpty(Mono.error(
                                new ApiProblem(ProblemType.ILLEGAL_TRANSITION, "The signal was closed meanwhile."))));
    }

    private Mono<Enrichment> findEntry(TenantContext caller, String signalId, String entryId) {
        return scoped.findById(caller, signalId, Signal.class)
                .flatMapIterable(Signal::enrichments)
                .filter(e -> e.entryId().equals(entryId))
                .next();
    }

    private Mono<Signal> changeIfUnchanged(TenantContext caller, Signal signal, Update update) {
        Query unchanged = new Query(Criteria.where("_id").is(signal.id()).and("region").is(caller.region())
                .and("version").is(signal.version()));
        return mongo.updateFirst(unchanged, update, Signal.class)
                .flatMap(result -> result.getModifiedCount() == 1
                        ? scoped.findById(caller, signal.id(), Signal.class)
                        : Mono.error(new ApiProblem(ProblemType.CONFLICT,
                                "The signal was changed by someone else; reload and try again.")));
    }
}
