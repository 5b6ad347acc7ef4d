package nl.mensenhandel.platform.observability;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;

import io.micrometer.observation.Observation;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import reactor.core.publisher.Mono;

/**
 * One structured line per answered request, written inside the request's trace, so every request leaves its trace
 * id in the log: method, route (the matched path template of a service, or the gateway's route id — never the path
 * itself, never a query or body: they may hold personal data), status and the time to the response headers.
 * Actuator requests (probes, scrapes) are not logged. With {@code platform.request-log.successes=false} (the
 * gateway) only refusals and errors (status 400 and up) and answers slower than
 * {@code platform.request-log.slow-after} are logged: the service that answered a proxied request logs it, in the
 * same trace, and a JSON line per request cost the gateway about a fifth of its CPU (docs/performance.md).
 * <p>
 * The request's observation is taken from the Reactor context and its scope opened for the one log call, so the
 * line carries {@code traceId}/{@code spanId} without ThreadLocals being propagated across operators.
 */
public class RequestLog implements WebFilter, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(RequestLog.class);

    /** Spring Cloud Gateway's Path predicate names the route it matched (a String; no gateway classes here). */
    static final String GATEWAY_ROUTE_ID =
            "org.springframework.cloud.gateway.support.ServerWebExchangeUtils.gatewayPredicateMatchedPathRouteIdAttr";

    private final boolean successes;
    private final long slowNanos;

    public RequestLog(boolean successes, Duration slowAfter) {
        this.successes = successes;
        this.slowNanos = slowAfter.toNanos();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getPath().value().startsWith("/actuator")) {
            return chain.filter(exchange);
        }
        long start = System.nanoTime();
        return Mono.deferContextual(context -> {
            Observation observation = context.getOrDefault(ObservationThreadLocalAccessor.KEY, null);
            exchange.getResponse().beforeCommit(() -> {
                long nanos = System.nanoTime() - start;
                if (successes || nanos >= slowNanos || isProblem(exchange.getResponse().getStatusCode())) {
                    write(exchange, observation, nanos);
                }
                return Mono.empty();
            });
            return chain.filter(exchange);
        });
    }

    private static void write(ServerWebExchange exchange, Observation observation, long nanos) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        try (Observation.Scope scope = observation == null ? null : observation.openScope()) {
            LOG.atInfo().addKeyValue("http.request.method", exchange.getRequest().getMethod().name())
                    .addKeyValue("http.route", route(exchange))
                    .addKeyValue("http.response.status_code", status == null ? 200 : status.value())
                    .addKeyValue("event.duration", nanos)
                    .log("Request");
        }
    }

    private static boolean isProblem(HttpStatusCode status) {
        return status != null && status.value() >= 400;
    }

    /** The matched template ({@code /api/signals/{id}}), the gateway's route id, or {@code -} (nothing matched). */
    static String route(ServerWebExchange exchange) {
        Object pattern = exchange.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (pattern instanceof PathPattern path) {
            return path.getPatternString();
        }
        Object routeId = exchange.getAttribute(GATEWAY_ROUTE_ID);
        return routeId instanceof String id ? id : "-";
    }

    @Override
    public int getOrder() {
        // outside security, so refusals (401, 403, 429) are logged as well
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
