package nl.mensenhandel.platform.mongo;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.problem.Problems;
import reactor.core.publisher.Mono;

/**
 * The store cannot be reached (stopped, restarting, no primary within the server-selection timeout, a
 * connection dropped mid-request): a 503 problem {@code service-unavailable} with {@code Retry-After}, not a 500.
 * Nothing about the request is lost by answering so: a retry with the same Idempotency-Key completes it
 * (IdempotentCommands). Ahead of the generic handler, whose catch-all would otherwise make it a 500; in its own
 * class because the MongoDB driver is on the classpath of the services only, not of the gateway.
 */
@RestControllerAdvice
@Order(-1)
public class StoreUnavailableExceptionHandler {

    private static final Log LOG = LogFactory.getLog(StoreUnavailableExceptionHandler.class);

    private final String retryAfterSeconds;

    public StoreUnavailableExceptionHandler(Duration retryAfter) {
        this.retryAfterSeconds = Long.toString(Math.max(1, retryAfter.toSeconds()));
    }

    /** Spring Data translates the driver's timeouts and socket failures into this one. */
    @ExceptionHandler({ DataAccessResourceFailureException.class, MongoTimeoutException.class,
            MongoSocketException.class })
    public Mono<ResponseEntity<Object>> storeUnavailable(Exception e, ServerWebExchange exchange) {
        // no request data in the log (it may hold personal data): the kind of failure suffices
        LOG.warn("Store unavailable on " + exchange.getRequest().getMethod() + " "
                + exchange.getRequest().getPath().value() + ": " + e.getClass().getSimpleName());
        ProblemDetail problem = Problems.of(ProblemType.SERVICE_UNAVAILABLE, ProblemType.SERVICE_UNAVAILABLE.status(),
                "The service cannot reach its data store at the moment. Please retry later; a retry with the same "
                        + "Idempotency-Key creates nothing twice.", List.of());
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        return Mono.just(ResponseEntity.status(ProblemType.SERVICE_UNAVAILABLE.status())
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds)
                .contentType(Problems.PROBLEM_JSON).body(problem));
    }
}
