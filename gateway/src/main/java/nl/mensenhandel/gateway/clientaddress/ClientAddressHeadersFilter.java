package nl.mensenhandel.gateway.clientaddress;

import java.net.InetAddress;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Towards the services, exactly one client address: {@code X-Forwarded-For} is overwritten with the address
 * the gateway resolved, and {@code Forwarded} and {@code X-Real-IP} (other ways to claim an address) are
 * dropped. Services that count per client address (the signal-service's anonymous lock-out reads the last
 * {@code X-Forwarded-For} element) so count what the gateway vouches for, never what a client wrote. Runs
 * after Spring Cloud Gateway's own header filters (order 0), which strip the incoming forwarding headers
 * because {@code spring.cloud.gateway.server.webflux.trusted-proxies} is deliberately unset.
 */
@Component
public class ClientAddressHeadersFilter implements HttpHeadersFilter, Ordered {

    static final String FORWARDED = "Forwarded";
    static final String X_REAL_IP = "X-Real-IP";

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(input);
        headers.remove(FORWARDED);
        headers.remove(X_REAL_IP);
        headers.remove(ClientAddressFilter.X_FORWARDED_FOR);
        InetAddress client = ClientAddress.of(exchange);
        if (client != null) {
            headers.set(ClientAddressFilter.X_FORWARDED_FOR, client.getHostAddress());
        }
        return headers;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
