package nl.mensenhandel.triage.signals;

import java.util.UUID;
import java.util.concurrent.TimeoutException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.stereotype.Component;

import feign.FeignException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import nl.mensenhandel.platform.client.BlockingClientCalls;
import nl.mensenhandel.triage.signalclient.SignalsApi;
import reactor.core.publisher.Mono;

/**
 * Looks a signal up in signal-service through the generated Feign client, with the caller's token
 * relayed. The blocking call runs on the bounded-elastic scheduler (never on the event loop), inside the
 * Resilience4j circuit breaker and time limiter {@value #BREAKER} (configured in application.yml).
 *
 * <ul>
 * <li>200 → the {@link SignalSummary};</li>
 * <li>404 → {@link SignalNotFound} (a 404 problem if it reaches the API), not counted by the breaker;</li>
 * <li>401/403 → {@link SignalAccessRefused}, not counted by the breaker;</li>
 * <li>5xx, I/O errors, timeouts → counted by the breaker, answered as {@link SignalServiceUnavailable};</li>
 * <li>breaker open → {@link SignalServiceUnavailable} at once, without calling signal-service.</li>
 * </ul>
 */
@Component
public class SignalLookup {

    /** Name of the circuit breaker and time limiter instances; also the Feign client's name. */
    public static final String BREAKER = "signal-service";

    private static final Log LOG = LogFactory.getLog(SignalLookup.class);

    private final SignalsApi signals;
    private final ReactiveCircuitBreaker breaker;

    public SignalLookup(SignalsApi signals, ReactiveCircuitBreakerFactory<?, ?> breakers) {
        this.signals = signals;
        this.breaker = breakers.create(BREAKER);
    }

    public Mono<SignalSummary> find(UUID signalId) {
        Mono<SignalSummary> call = BlockingClientCalls.withCallerToken(() -> signals.getSignal(signalId).getBody())
                .map(SignalSummary::of)
                .onErrorMap(FeignException.class, e -> translateStatus(signalId, e));
        return breaker.run(call, failure -> Mono.error(unavailable(signalId, failure)));
    }

    /** Inside the breaker: turn domain answers into exceptions the breaker is configured to ignore. */
    private static Throwable translateStatus(UUID signalId, FeignException e) {
        return switch (e.status()) {
            case 404 -> new SignalNotFound(signalId);
            case 401, 403 -> new SignalAccessRefused(e.status());
            default -> e;
        };
    }

    /** Outside the breaker: what the caller of this lookup sees. */
    private static Throwable unavailable(UUID signalId, Throwable failure) {
        if (failure instanceof SignalNotFound || failure instanceof SignalAccessRefused) {
            return failure;
        }
        if (failure instanceof CallNotPermittedException) {
            return new SignalServiceUnavailable(SignalServiceUnavailable.Reason.CIRCUIT_OPEN,
                    "signal-service is unavailable (circuit open); try again later.");
        }
        if (failure instanceof TimeoutException) {
            return new SignalServiceUnavailable(SignalServiceUnavailable.Reason.TIMEOUT,
                    "signal-service did not answer in time; try again later.");
        }
        // no request data in the log: ids only
        LOG.warn("signal-service lookup of " + signalId + " failed: " + failure.getClass().getName()
                + (failure instanceof FeignException fe ? " (HTTP " + fe.status() + ")" : ""));
        return new SignalServiceUnavailable(SignalServiceUnavailable.Reason.FAILURE,
                "signal-service failed to answer; try again later.");
    }
}
