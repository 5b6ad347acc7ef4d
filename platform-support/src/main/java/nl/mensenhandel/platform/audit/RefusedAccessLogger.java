package nl.mensenhandel.platform.audit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/**
 * Every service's log of refused attempts (NEN 7513 logs those too): wraps the whole request, security
 * included; after an API call answered 401, 403 or 404 it writes an entry with outcome {@code DENIED} or
 * {@code NOT_FOUND}, the caller if the token was valid (else {@code anonymous}), the method and path —
 * never the query string or body, which may hold personal data.
 *
 * <p>The entry goes into the <em>caller's</em> region's chain (refused calls without a valid token into
 * {@value AccessLogEntry#NO_REGION}). A 404 for another region's resource is not resolved to its owner:
 * that would take a cross-region read in every refused call, and the owner's region must never appear
 * in another region's log; the caller's own privacy officer answers for what the caller tried.
 *
 * <p>It also opens the request's {@link RequestAudit} (trace id) for the service's own log calls.
 */
public class RefusedAccessLogger implements WebFilter, Ordered {

    /** Before Spring Security's WebFilterChainProxy (order -100), so its 401/403 answers pass here too. */
    public static final int ORDER = -200;

    private static final Log LOG = LogFactory.getLog(RefusedAccessLogger.class);

    private final AccessLog accessLog;

    public RefusedAccessLogger(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        RequestAudit request = new RequestAudit(RequestAudit.traceIdOf(exchange.getRequest().getHeaders()));
        exchange.getAttributes().put(RequestAudit.ATTRIBUTE, request);
        return chain.filter(exchange)
                .then(Mono.defer(() -> recordIfRefused(exchange, request)))
                .contextWrite(context -> context.put(RequestAudit.class, request));
    }

    private Mono<Void> recordIfRefused(ServerWebExchange exchange, RequestAudit request) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        if (!path.startsWith("/api/") || status == null) {
            return Mono.empty();
        }
        Outcome outcome = switch (status.value()) {
            case 401, 403 -> Outcome.DENIED;
            case 404 -> Outcome.NOT_FOUND;
            default -> null;
        };
        if (outcome == null) {
            return Mono.empty();
        }
        TenantContext caller = request.caller();
        String action = action(exchange.getRequest().getMethod());
        Access access = caller == null ? Access.anonymous(AccessLogEntry.NO_REGION, action, "request", path)
                : Access.by(caller, action, "request", path);
        return accessLog.record(access.outcome(outcome))
                .then()
                // the answer is already on its way; a lost entry is an incident for the operators
                .onErrorResume(failed -> {
                    LOG.error("A refused call could not be written to the access log: "
                            + failed.getClass().getSimpleName());
                    return Mono.empty();
                });
    }

    static String action(HttpMethod method) {
        if (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) {
            return "READ";
        }
        if (HttpMethod.POST.equals(method)) {
            return "CREATE";
        }
        if (HttpMethod.DELETE.equals(method)) {
            return "DELETE";
        }
        return "CHANGE";
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
