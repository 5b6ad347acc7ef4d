package nl.mensenhandel.signal.caseoutcome;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import nl.mensenhandel.platform.commands.CommandReceiver;
import nl.mensenhandel.platform.idempotency.IdempotentCommands;
import nl.mensenhandel.platform.idempotency.IdempotentOutcome;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.security.ServiceAccounts;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;
import nl.mensenhandel.platform.tenancy.TenantContext;
import nl.mensenhandel.signal.route.SignalRoute;
import nl.mensenhandel.signal.route.SignalRoute.TransitionCommand;
import nl.mensenhandel.signal.signal.Signal;
import nl.mensenhandel.signal.signal.TriageLink;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Records the outcome of a casus on each of its signals (issue 8 capabilities 4 and 6), delivered by
 * triage-service's outbox dispatcher: once per command id ({@link CommandReceiver}), through the route's own
 * transition with result ({@link SignalRoute#recordTableOutcome}), so the reporter gets the same feedback and mail
 * as after an AF's result. A repeat finds the outcome it recorded ({@link TriageLink#outcomeId()}) and changes
 * nothing; a repeat of a refused command is refused again.
 */
@Service
@EnableConfigurationProperties(CaseOutcomeSenders.class)
public class CaseOutcomes {

    private final CommandReceiver receiver;
    private final SignalRoute route;
    private final ReactiveMongoTemplate mongo;

    public CaseOutcomes(CaseOutcomeSenders senders, IdempotentCommands idempotent, SignalRoute route,
            ReactiveMongoTemplate mongo) {
        this.receiver = new CommandReceiver(new ServiceAccounts(senders.caseOutcomeClients()), idempotent,
                MunicipalityRegistry.load(), "recordCaseOutcome", "case-outcome-from-platform-services");
        this.route = route;
        this.mongo = mongo;
    }

    public Mono<IdempotentOutcome<Signal>> record(String signalId, TableOutcome outcome, String commandId) {
        return receiver.receive(outcome.region(), List.of(), commandId, new Keyed(signalId, outcome),
                (service, id) -> recordOnce(service, signalId, outcome, id),
                (service, id) -> recorded(service, signalId, id));
    }

    /** The fingerprinted command: the same key for another signal is another command. */
    private record Keyed(String signalId, TableOutcome outcome) {
    }

    private Mono<Signal> recordOnce(TenantContext service, String signalId, TableOutcome outcome, String outcomeId) {
        return Mono.defer(() -> ofRegion(service, signalId))
                .flatMap(signal -> CaseOutcomeRules.weighedInThatCasus(signal, outcome.caseId()).enforce(signal))
                .flatMap(signal -> route.recordTableOutcome(service, signal, new TransitionCommand(outcome.result(),
                                CaseOutcomeRules.historyReason(outcome), outcome.closingReason(),
                                CaseOutcomeRules.forwardedTo(outcome), CaseOutcomeRules.feedbackOf(outcome), null),
                        new Update().set(TriageLink.FIELD + ".outcomeId", outcomeId)))
                // an AF changed the signal at the same moment: read it again and decide again (a 409 would make
                // the sender give up on a command that may well still fit)
                .retryWhen(Retry.max(2).filter(CaseOutcomes::concurrentChange));
    }

    /** The signal of the command's region; one of another region (even when shared with it) is not found. */
    private Mono<Signal> ofRegion(TenantContext service, String signalId) {
        Query query = new Query(Criteria.where("_id").is(signalId).and("region").is(service.region()));
        return mongo.findOne(query, Signal.class).switchIfEmpty(Mono.error(() -> ApiProblem.notFound("signal")));
    }

    private Mono<Signal> recorded(TenantContext service, String signalId, String outcomeId) {
        return mongo.findOne(new Query(Criteria.where("_id").is(signalId).and("region").is(service.region())
                .and(TriageLink.FIELD + ".outcomeId").is(outcomeId)), Signal.class);
    }

    private static boolean concurrentChange(Throwable error) {
        return error instanceof ApiProblem problem && problem.type() == ProblemType.CONFLICT;
    }
}
