package nl.mensenhandel.signal.submission;

import java.util.LinkedHashSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.stereotype.Component;

import feign.FeignException;
import nl.mensenhandel.platform.client.RelayedToken;
import nl.mensenhandel.platform.client.ServiceAccountTokens;
import nl.mensenhandel.signal.triageclient.CasesApi;
import nl.mensenhandel.signal.triageclient.model.Casus;
import nl.mensenhandel.signal.triageclient.model.NewCasus;
import nl.mensenhandel.signal.triageclient.model.OnBehalfOf;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Opens the casus in triage-service through the generated client ({@code openCase}), with signal-service's
 * service-account token and the AF named in {@code onBehalfOf}. The blocking token fetch and Feign call run
 * on the bounded-elastic scheduler, inside the Resilience4j circuit breaker and time limiter {@value #BREAKER}.
 * <ul>
 * <li>201/200 → the casus (200: triage-service had opened it for this key already);</li>
 * <li>400, 403, 404, 409, 422 → {@link Refused}: a permanent answer, not counted by the breaker;</li>
 * <li>anything else (5xx, 401 of a token it cannot check yet, I/O, timeout, open breaker) → an error to retry.</li>
 * </ul>
 */
@Component
public class OpenCaseCall {

    /** The circuit breaker and time limiter instances; also the Feign client's name. */
    public static final String BREAKER = "triage-service";

    private final CasesApi cases;
    private final ServiceAccountTokens tokens;
    private final ReactiveCircuitBreaker breaker;

    public OpenCaseCall(CasesApi cases, ServiceAccountTokens tokens, ReactiveCircuitBreakerFactory<?, ?> breakers) {
        this.cases = cases;
        this.tokens = tokens;
        this.breaker = breakers.create(BREAKER);
    }

    /** @param idempotencyKey the submission id: triage-service opens one casus per key */
    public Mono<Casus> open(String idempotencyKey, OpenCaseCommand command) {
        NewCasus body = new NewCasus()
                .signalIds(command.signalIds().stream().map(UUID::fromString)
                        .collect(Collectors.toCollection(LinkedHashSet::new)))
                .municipalityCodes(new LinkedHashSet<>(command.municipalityCodes()))
                .summary(command.summary())
                .onBehalfOf(new OnBehalfOf()
                        .subject(command.onBehalfOf().subject())
                        .username(command.onBehalfOf().username())
                        .region(command.onBehalfOf().region())
                        .municipalities(new LinkedHashSet<>(command.onBehalfOf().municipalities())));
        Mono<Casus> call = Mono.fromCallable(() -> RelayedToken.with(tokens.token(),
                        () -> cases.openCase(body, idempotencyKey).getBody()))
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorMap(FeignException.class, OpenCaseCall::permanentOrNot);
        return breaker.run(call, Mono::error);
    }

    private static Throwable permanentOrNot(FeignException e) {
        return switch (e.status()) {
            case 400, 403, 404, 409, 422 -> new Refused(e.status());
            default -> e;
        };
    }

    /** triage-service refused the command itself; retrying cannot help. No body: it may quote the summary. */
    public static class Refused extends RuntimeException {

        private final int status;

        public Refused(int status) {
            super("triage-service refused the open-case command (HTTP " + status + ")");
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
