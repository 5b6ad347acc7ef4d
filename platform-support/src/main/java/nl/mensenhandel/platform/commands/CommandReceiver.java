package nl.mensenhandel.platform.commands;

import java.util.List;
import java.util.function.BiFunction;

import nl.mensenhandel.platform.idempotency.IdempotentCommands;
import nl.mensenhandel.platform.idempotency.IdempotentOutcome;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.security.ServiceAccounts;
import nl.mensenhandel.platform.security.ServiceAccounts.ServiceAccount;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/**
 * The receiving end of a command another platform service delivers from its outbox (ARCHITECTURE.md
 * "Coordination between services"), the same for every receiver:
 * <ol>
 * <li>only a trusted service account sends it ({@link ServiceAccounts}); any user token answers 403;</li>
 * <li>the {@code Idempotency-Key} is required — it is the sender's command id;</li>
 * <li>a service has no region of its own: the command names the region of the record it is about, which must be
 * a region of the platform, and the municipalities it names must lie in that region (400 otherwise);</li>
 * <li>the command runs at most once per key ({@link IdempotentCommands}, scoped by region, sender and
 * operation): a repeat answers the first result and stores nothing new, so a command retried after an outage
 * arrives once.</li>
 * </ol>
 * The service acts in the named region as the actor of the access log ({@link ServiceAccount#actingIn}).
 */
public final class CommandReceiver {

    private final ServiceAccounts senders;
    private final IdempotentCommands idempotent;
    private final MunicipalityRegistry municipalities;
    private final String operation;
    private final String rule;

    /**
     * @param senders   the trusted clients, e.g. from {@code care.request-clients}
     * @param operation the contract operation, part of the idempotency scope, e.g. {@code receiveCareRequest}
     * @param rule      the name of the rule a refused caller is told, e.g. {@code care-requests-from-triage}
     */
    public CommandReceiver(ServiceAccounts senders, IdempotentCommands idempotent, MunicipalityRegistry municipalities,
            String operation, String rule) {
        this.senders = senders;
        this.idempotent = idempotent;
        this.municipalities = municipalities;
        this.operation = operation;
        this.rule = rule;
    }

    /** What the receiver does with a command, as the sending service acting in the command's region. */
    @FunctionalInterface
    public interface Step<T> extends BiFunction<TenantContext, String, Mono<T>> {
    }

    /**
     * @param region            the region named in the command
     * @param municipalityCodes the municipalities named in it (none for a command about one record)
     * @param key               the Idempotency-Key
     * @param command           the body, fingerprinted: the same key with another body answers 409
     * @param create            does the work with the id chosen for this key (fails with DuplicateKeyException
     *                          if it exists)
     * @param load              the result stored for that id, or empty when the first attempt did not finish
     */
    public <T> Mono<IdempotentOutcome<T>> receive(String region, List<String> municipalityCodes, String key,
            Object command, Step<T> create, Step<T> load) {
        return senders.require(rule, "Only the platform's services deliver this command")
                .flatMap(sender -> validated(region, municipalityCodes, key).then(Mono.defer(() -> {
                    TenantContext actor = sender.actingIn(region);
                    return idempotent.run(region + "|" + sender.clientId() + "|" + operation, key, command,
                            id -> create.apply(actor, id), id -> load.apply(actor, id));
                })));
    }

    private Mono<Void> validated(String region, List<String> municipalityCodes, String key) {
        if (key == null || key.isBlank()) {
            return Mono.error(ApiProblem.invalidField(IdempotentCommands.HEADER,
                    "is required: the sender's command id"));
        }
        if (region == null || municipalities.inRegion(region).isEmpty()) {
            return Mono.error(ApiProblem.invalidField("region", "is not a region of the platform"));
        }
        return municipalityCodes.stream().filter(code -> !municipalities.belongsToRegion(code, region)).findFirst()
                .<Mono<Void>>map(code -> Mono.error(ApiProblem.invalidField("municipalityCodes",
                        code + " is not a municipality of region " + region)))
                .orElse(Mono.empty());
    }
}
