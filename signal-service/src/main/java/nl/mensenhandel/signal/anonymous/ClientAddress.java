package nl.mensenhandel.signal.anonymous;

import java.net.InetSocketAddress;

import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The address of the client behind a public call, for the per-address lock-out of the status check.
 * Services are reachable only through the gateway (deploy: only the gateway is exposed), and the gateway
 * overwrites {@code X-Forwarded-For} with the one client address it trusts; the last element is therefore
 * the one the gateway vouches for — earlier elements are whatever a client sent and are never used.
 * Without the header (a direct call in a local run or test) the connection's remote address counts.
 */
final class ClientAddress {

    static final String HEADER = "X-Forwarded-For";

    private ClientAddress() {
    }

    static String of(ServerHttpRequest request) {
        String forwarded = request.getHeaders().getFirst(HEADER);
        if (forwarded != null) {
            String[] hops = forwarded.split(",");
            String last = hops[hops.length - 1].trim();
            if (!last.isEmpty()) {
                return last;
            }
        }
        InetSocketAddress remote = request.getRemoteAddress();
        return remote == null ? "unknown"
                : remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }
}
