package nl.mensenhandel.gateway.clientaddress;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Resolves the client address once per request ({@link ClientAddressResolver}, trusted proxies from
 * {@link ClientAddressProperties}) before anything else needs it: the invalid-token throttle and Spring
 * Security run after this filter, the per-address rate limits long after. The result is kept as an
 * exchange attribute and as the request's remote address, so every later step sees the same client.
 */
@Component
@Order(ClientAddressFilter.ORDER)
public class ClientAddressFilter implements WebFilter {

    /** Right after the request id, well before Spring Security's filter chain (order -100). */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 1;

    static final String X_FORWARDED_FOR = "X-Forwarded-For";

    private final ClientAddressResolver resolver;

    public ClientAddressFilter(ClientAddressProperties properties) {
        this.resolver = new ClientAddressResolver(properties.ranges());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        InetSocketAddress peer = exchange.getRequest().getRemoteAddress();
        if (peer == null || peer.getAddress() == null) {
            return chain.filter(exchange);
        }
        List<String> forwardedFor = exchange.getRequest().getHeaders().getValuesAsList(X_FORWARDED_FOR);
        InetAddress client = resolver.resolve(peer.getAddress(), forwardedFor);
        exchange.getAttributes().put(ClientAddress.ATTRIBUTE, client);
        if (client.equals(peer.getAddress())) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate()
                .request(request -> request.remoteAddress(new InetSocketAddress(client, peer.getPort())))
                .build());
    }
}
