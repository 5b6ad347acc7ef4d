package nl.mensenhandel.gateway.correlation;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * W3C Trace Context for every request: a valid incoming {@code traceparent} (version {@code 00}) passes on
 * unchanged with its {@code tracestate}; a missing or invalid one is replaced by a new trace (and any
 * {@code tracestate} dropped, as the W3C spec asks), so an invalid value is never forwarded.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class TraceContextFilter implements WebFilter {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    /** {@code 00-<32 lowercase hex, not all zero>-<16 lowercase hex, not all zero>-<2 lowercase hex>}. */
    private static final Pattern VALID = Pattern.compile(
            "00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}");

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpHeaders incoming = exchange.getRequest().getHeaders();
        if (isValid(incoming.get(TRACEPARENT))) {
            return chain.filter(exchange);
        }
        String traceparent = newTraceparent();
        return chain.filter(exchange.mutate()
                .request(request -> request.headers(h -> {
                    h.set(TRACEPARENT, traceparent);
                    h.remove(TRACESTATE);
                }))
                .build());
    }

    static boolean isValid(List<String> values) {
        return values != null && values.size() == 1 && VALID.matcher(values.get(0)).matches();
    }

    /** A new trace: random trace id and parent id, sampled flag set so the services may record it. */
    static String newTraceparent() {
        byte[] traceId = new byte[16];
        byte[] parentId = new byte[8];
        RANDOM.nextBytes(traceId);
        RANDOM.nextBytes(parentId);
        // all-zero ids are invalid; with 128 and 64 random bits this is theoretical, but cheap to exclude
        if (traceId[0] == 0) {
            traceId[0] = 1;
        }
        if (parentId[0] == 0) {
            parentId[0] = 1;
        }
        return "00-" + HEX.formatHex(traceId) + "-" + HEX.formatHex(parentId) + "-01";
    }
}
