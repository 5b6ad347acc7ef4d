package nl.mensenhandel.gateway.invalidtoken;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import nl.mensenhandel.gateway.clientaddress.ClientAddress;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.problem.Problems;
import reactor.core.publisher.Mono;

/**
 * Issue 6 §5: invalid tokens are throttled before they cost a signature check. Every request with a bearer
 * token on a path that needs one is checked against {@link InvalidTokenCounter} for its client address
 * (resolved by {@code ClientAddressFilter}, trusted proxies only) <em>before</em> Spring Security decodes
 * the token: a blocked address gets a 429 problem with {@code Retry-After}, whatever token it sends (the
 * gateway cannot know a token is valid without the check it is saving). A 401 answered to a request with a
 * token counts as one failure. Requests without a token cost no check and are not counted; on the public
 * paths a token is not read at all.
 */
public class InvalidTokenThrottleFilter implements WebFilter, Ordered {

    /** After the client address is resolved, before Spring Security's filter chain (order -100). */
    public static final int ORDER = -200;

    private final InvalidTokenCounter counter;
    private final ServerWebExchangeMatcher publicPaths;

    public InvalidTokenThrottleFilter(InvalidTokenCounter counter, List<String> publicPaths) {
        this.counter = counter;
        this.publicPaths = publicPaths.isEmpty() ? exchange -> ServerWebExchangeMatcher.MatchResult.notMatch()
                : ServerWebExchangeMatchers.pathMatchers(publicPaths.toArray(String[]::new));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!hasBearerToken(exchange)) {
            return chain.filter(exchange);
        }
        return publicPaths.matches(exchange).flatMap(match -> match.isMatch() ? chain.filter(exchange)
                : throttled(exchange, chain));
    }

    private Mono<Void> throttled(ServerWebExchange exchange, WebFilterChain chain) {
        String key = ClientAddress.key(exchange);
        long blockedFor = counter.blockedForSeconds(key);
        if (blockedFor > 0) {
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(blockedFor));
            return Problems.writeRefusal(exchange, ProblemType.RATE_LIMITED, "Too many invalid tokens from this address. "
                    + "Retry after " + blockedFor + " second(s) with a valid token.");
        }
        exchange.getResponse().beforeCommit(() -> {
            HttpStatusCode status = exchange.getResponse().getStatusCode();
            if (status != null && status.value() == HttpStatus.UNAUTHORIZED.value()) {
                counter.recordFailure(key);
            }
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    private static boolean hasBearerToken(ServerWebExchange exchange) {
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }
}
