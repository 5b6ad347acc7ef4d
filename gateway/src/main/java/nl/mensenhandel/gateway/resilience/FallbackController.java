package nl.mensenhandel.gateway.resilience;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import io.github.resilience4j.bulkhead.BulkheadFullException;

import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.problem.Problems;
import reactor.core.publisher.Mono;

/**
 * Where every route's {@code CircuitBreaker} filter forwards when the service cannot answer (connection
 * refused, time limit exceeded, circuit open, bulkhead full): a 503 problem naming the service, without
 * internals (with {@code Retry-After: 1} when only the gateway's bulkhead was full). A
 * service's own error answers (404, 400, 500, ...) never come here; they pass through unchanged.
 */
@RestController
public class FallbackController {

    private static final Log LOG = LogFactory.getLog(FallbackController.class);

    @RequestMapping("/fallback")
    public Mono<Void> serviceUnavailable(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        if (route == null) {
            // called directly, not forwarded by a circuit breaker
            return Problems.write(exchange, ProblemType.NOT_FOUND, "No such resource.");
        }
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        String path = exchange.getAttributeOrDefault(OriginalPathFilter.ORIGINAL_PATH_ATTR,
                exchange.getRequest().getPath().value());
        // no request data in the log (it may hold personal data); the route and the kind of failure suffice
        LOG.warn("Route " + route.getId() + " unavailable: "
                + (cause != null ? cause.getClass().getSimpleName() : "unknown cause"));
        if (cause instanceof BulkheadFullException) {
            // the gateway's own guard is full for a moment (see the bulkhead in application.yml); the
            // service itself has not failed, so a quick retry is fine
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
        }
        ServerWebExchange original = exchange.mutate().request(request -> request.path(path)).build();
        return Problems.write(original, ProblemType.SERVICE_UNAVAILABLE,
                "The " + route.getId() + " is temporarily unavailable. Please try again later.");
    }
}
