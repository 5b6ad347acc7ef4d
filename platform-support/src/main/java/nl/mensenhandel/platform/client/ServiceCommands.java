package nl.mensenhandel.platform.client;

import java.util.concurrent.Callable;

import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;

import feign.FeignException;
import nl.mensenhandel.platform.outbox.PermanentDeliveryFailure;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Sends a command to another service from an outbox delivery: the generated Feign call runs off the event loop
 * (bounded-elastic), with the service's own account token relayed ({@link ServiceAccountTokens}), inside the
 * caller's Resilience4j circuit breaker and time limiter.
 * <ul>
 * <li>the receiver's answer → the value;</li>
 * <li>400, 403, 404, 409, 422 → {@link PermanentDeliveryFailure}: the receiver refused the command itself and a
 * retry cannot help (list it under the breaker's {@code ignore-exceptions}: it is no outage);</li>
 * <li>anything else (5xx, 401 while Keycloak is away, I/O, timeout, open breaker) → the error, and the outbox
 * dispatcher retries later.</li>
 * </ul>
 * The problem body of a refusal is not kept: it may quote the command, which holds personal data.
 */
public final class ServiceCommands {

    private final ServiceAccountTokens tokens;

    public ServiceCommands(ServiceAccountTokens tokens) {
        this.tokens = tokens;
    }

    public <T> Mono<T> send(ReactiveCircuitBreaker breaker, Callable<T> call) {
        Mono<T> sent = Mono.fromCallable(() -> RelayedToken.with(tokens.token(), call))
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorMap(FeignException.class, ServiceCommands::permanentOrNot);
        return breaker.run(sent, Mono::error);
    }

    static Throwable permanentOrNot(FeignException e) {
        return switch (e.status()) {
            case 400, 403, 404, 409, 422 -> new PermanentDeliveryFailure(
                    "the receiver refused the command (HTTP " + e.status() + ")", null);
            default -> e;
        };
    }
}
