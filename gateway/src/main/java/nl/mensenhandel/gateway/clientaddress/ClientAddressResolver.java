package nl.mensenhandel.gateway.clientaddress;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Who the client is, by network address. The TCP peer, unless the peer is a trusted proxy: then
 * {@code X-Forwarded-For} is walked from the right (each trusted proxy appends the address it received the
 * request from) and the first address that is not a trusted proxy is the client. Everything left of that
 * was written by the client or by hops nobody vouches for, so it is never read: a client cannot choose its
 * own address by sending {@code X-Forwarded-For: <anything>}. This is the rule of RFC 7239 §8.1 and of
 * the common reverse proxies' "real IP from trusted proxies" settings.
 *
 * <p>Edge cases: a value a trusted proxy wrote that is no address (misconfigured proxy) ends the walk at
 * the last trusted hop, which then counts as the client (conservative: that proxy's budget, never a
 * client-chosen one); a chain of trusted proxies only yields its leftmost address.
 */
public final class ClientAddressResolver {

    private final List<AddressRange> trustedProxies;

    public ClientAddressResolver(List<AddressRange> trustedProxies) {
        this.trustedProxies = List.copyOf(trustedProxies);
    }

    /**
     * @param peer          the TCP peer of this connection
     * @param forwardedFor  the values of every {@code X-Forwarded-For} header, in order (may be empty)
     */
    public InetAddress resolve(InetAddress peer, List<String> forwardedFor) {
        if (!isTrusted(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String element : header.split(",")) {
                hops.add(element);
            }
        }
        InetAddress candidate = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            InetAddress hop = IpLiteral.parse(hops.get(i));
            if (hop == null) {
                return candidate;
            }
            if (!isTrusted(hop)) {
                return hop;
            }
            candidate = hop;
        }
        return candidate;
    }

    public boolean isTrusted(InetAddress address) {
        for (AddressRange range : trustedProxies) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }
}
