package nl.mensenhandel.gateway.errors;

import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.problem.Problems;
import reactor.core.publisher.Mono;

/**
 * Problem details for failures that happen before a request reaches a handler (in a web filter), where
 * platform-support's controller advice cannot answer. The important case: Keycloak's signing keys cannot
 * be fetched, so no token can be checked. Spring Security then raises an
 * {@link AuthenticationServiceException}, which would otherwise become Boot's plain-JSON 500; the
 * truthful answer is a 503 problem (the client's token may well be fine). Runs before Boot's own
 * error handler (order -1).
 */
@Component
@Order(-2)
public class GatewayErrorHandler implements WebExceptionHandler {

    private static final Log LOG = LogFactory.getLog(GatewayErrorHandler.class);

    private static final Map<Integer, ProblemType> BY_STATUS = Map.of(
            404, ProblemType.NOT_FOUND,
            405, ProblemType.METHOD_NOT_ALLOWED,
            406, ProblemType.NOT_ACCEPTABLE,
            415, ProblemType.UNSUPPORTED_MEDIA_TYPE,
            429, ProblemType.RATE_LIMITED,
            503, ProblemType.SERVICE_UNAVAILABLE);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(ex);
        }
        if (ex instanceof ResponseStatusException status) {
            ProblemType type = BY_STATUS.get(status.getStatusCode().value());
            // any other status keeps Boot's default answer rather than being forced into a wrong type
            return type != null ? Problems.write(exchange, type, type.title() + ".") : Mono.error(ex);
        }
        LOG.error("Unexpected failure on " + exchange.getRequest().getMethod() + " "
                + exchange.getRequest().getPath().value() + ": " + ex.getClass().getName(), ex);
        return Problems.write(exchange, ProblemType.INTERNAL, "An internal error occurred. It has been logged.");
    }
}
