package nl.mensenhandel.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.util.Collection;
import java.util.Set;

import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Who a request counts against: the token's client ({@code azp}) and subject ({@code sub}), so one user
 * of one client application has one budget; without a token, the remote address. On the public routes
 * (no account needed) always the remote address, token or not. Headers such as {@code X-Forwarded-For}
 * are not used: a client could vary them to escape its limit (behind a trusted proxy, let Spring Boot's
 * {@code server.forward-headers-strategy} set the remote address instead).
 */
public class ClientKeyResolver implements KeyResolver {

    private final Set<String> addressKeyedRouteIds;

    /** @param addressKeyedRouteIds routes whose requests always count against the client address */
    public ClientKeyResolver(Collection<String> addressKeyedRouteIds) {
        this.addressKeyedRouteIds = Set.copyOf(addressKeyedRouteIds);
    }

    @Override
    public Mono<String> resolve(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        if (route != null && addressKeyedRouteIds.contains(route.getId())) {
            return Mono.fromSupplier(() -> addressKey(exchange));
        }
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(principal -> tokenKey(((JwtAuthenticationToken) principal).getToken()))
                .switchIfEmpty(Mono.fromSupplier(() -> addressKey(exchange)));
    }

    static String tokenKey(Jwt jwt) {
        String client = jwt.getClaimAsString("azp");
        return "client:" + (client != null ? client : "-") + ":" + jwt.getSubject();
    }

    static String addressKey(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        String address = remote == null ? "unknown"
                : remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
        return "address:" + address;
    }
}
