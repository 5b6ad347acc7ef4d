package nl.mensenhandel.gateway.clientaddress;

import java.net.InetAddress;
import java.net.InetSocketAddress;

import org.jspecify.annotations.Nullable;
import org.springframework.web.server.ServerWebExchange;

/** The client address {@link ClientAddressFilter} resolved for an exchange, and the key limits count it by. */
public final class ClientAddress {

    public static final String ATTRIBUTE = ClientAddress.class.getName();

    /** IPv6 end sites get a /64 (or more) each: limits count the /64, or one client could rotate past them. */
    static final int IPV6_KEY_PREFIX = 64;

    private ClientAddress() {
    }

    /** The resolved client address; the TCP peer if the filter did not run (null only without any address). */
    public static @Nullable InetAddress of(ServerWebExchange exchange) {
        InetAddress resolved = exchange.getAttribute(ATTRIBUTE);
        if (resolved != null) {
            return resolved;
        }
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null ? null : remote.getAddress();
    }

    /**
     * What per-address limits count: the IPv4 address, or the IPv6 /64 network. Never logged: an address
     * is personal data.
     */
    public static String key(@Nullable InetAddress address) {
        if (address == null) {
            return "unknown";
        }
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            return address.getHostAddress();
        }
        return IpLiteral.format(AddressRange.masked(bytes, IPV6_KEY_PREFIX)) + "/" + IPV6_KEY_PREFIX;
    }

    public static String key(ServerWebExchange exchange) {
        return key(of(exchange));
    }
}
