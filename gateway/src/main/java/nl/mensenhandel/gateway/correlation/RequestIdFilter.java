package nl.mensenhandel.gateway.correlation;

import java.util.List;
import java.util.UUID;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Gives every request one {@code X-Request-Id}: a valid incoming one is kept, a missing or invalid one is
 * replaced by a new UUID (never forwarded). The id goes to the service and back to the client on every
 * answer, including the gateway's own 401, 404, 429 and 503. A web filter (not a route filter) so that
 * answers given before routing carry it too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter implements WebFilter {

    public static final String HEADER = "X-Request-Id";

    private static final int MAX_LENGTH = 128;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String requestId = acceptOrCreate(exchange.getRequest().getHeaders().get(HEADER));
        // set, not add: a service that echoes the id itself must not make it appear twice
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(HEADER, requestId);
            return Mono.empty();
        });
        return chain.filter(exchange.mutate()
                .request(request -> request.headers(h -> h.set(HEADER, requestId)))
                .build());
    }

    /** The incoming id if exactly one valid value was sent, otherwise a fresh one. */
    static String acceptOrCreate(List<String> values) {
        if (values != null && values.size() == 1 && isValid(values.get(0))) {
            return values.get(0);
        }
        return UUID.randomUUID().toString();
    }

    /**
     * Letters, digits and {@code - _ . :}, starting with a letter or digit, 1 to 128 characters: UUIDs, ULIDs and
     * most tracing ids fit. A loop rather than a regular expression: it runs on every request.
     */
    static boolean isValid(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH || !isLetterOrDigit(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
