package nl.mensenhandel.gateway.ratelimit;

import java.net.InetSocketAddress;

import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Who a request counts against: the token's client ({@code azp}) and subject ({@code sub}), so one user
 * of one client application has one budget; without a token, the remote address. Headers such as
 * {@code X-Forwarded-For} are not used: a client could vary them to escape its limit.
 */
public class ClientKeyResolver implements KeyResolver {

    @Override
    public Mono<String> resolve(ServerWebExchange exchange) {
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
