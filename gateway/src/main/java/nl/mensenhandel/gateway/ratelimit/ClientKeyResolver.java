package nl.mensenhandel.gateway.ratelimit;

import java.security.Principal;
import java.util.Collection;
import java.util.Set;

import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.gateway.clientaddress.ClientAddress;
import reactor.core.publisher.Mono;

/**
 * Who a request counts against: the token's client ({@code azp}) and subject ({@code sub}), so one user
 * of one client application has one budget; without a token, the client address. On the public routes
 * (no account needed) always the client address, token or not. The client address is the one
 * {@link nl.mensenhandel.gateway.clientaddress.ClientAddressFilter} resolved: {@code X-Forwarded-For} counts
 * only as far as trusted proxies wrote it, so a client cannot vary it to escape its limit; an IPv6 client
 * counts by its /64.
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
                .flatMap(principal -> Mono.justOrEmpty(principalKey(principal)))
                .switchIfEmpty(Mono.fromSupplier(() -> addressKey(exchange)));
    }

    /** A bearer token's client and subject; a dashboard session's (BFF login) client registration and subject. */
    private static String principalKey(Principal principal) {
        if (principal instanceof JwtAuthenticationToken token) {
            return tokenKey(token.getToken());
        }
        if (principal instanceof OAuth2AuthenticationToken session) {
            return "client:" + session.getAuthorizedClientRegistrationId() + ":" + session.getName();
        }
        return null;
    }

    static String tokenKey(Jwt jwt) {
        String client = jwt.getClaimAsString("azp");
        return "client:" + (client != null ? client : "-") + ":" + jwt.getSubject();
    }

    static String addressKey(ServerWebExchange exchange) {
        return "address:" + ClientAddress.key(exchange);
    }
}
