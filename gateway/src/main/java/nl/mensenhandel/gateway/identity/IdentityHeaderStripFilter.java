package nl.mensenhandel.gateway.identity;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Removes client-sent identity headers ({@link IdentityHeaderProperties}) from every routed request, so
 * no service can be tricked into trusting a header instead of the token.
 */
@Component
public class IdentityHeaderStripFilter implements GlobalFilter, Ordered {

    private static final Log LOG = LogFactory.getLog(IdentityHeaderStripFilter.class);

    private final List<String> headers;

    public IdentityHeaderStripFilter(IdentityHeaderProperties properties) {
        this.headers = properties.strip();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        HttpHeaders incoming = exchange.getRequest().getHeaders();
        List<String> present = headers.stream().filter(incoming::containsHeader).toList();
        if (present.isEmpty()) {
            return chain.filter(exchange);
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("Removed client-sent identity headers " + present);
        }
        return chain.filter(exchange.mutate()
                .request(request -> request.headers(h -> present.forEach(h::remove)))
                .build());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
