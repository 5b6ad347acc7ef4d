package nl.mensenhandel.gateway.clientaddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 6 §5, "the client address from a configured list of trusted proxies only (never a spoofable first
 * X-Forwarded-For)": the TCP peer, unless it is a trusted proxy; then X-Forwarded-For from the right, the
 * first address that is not a trusted proxy.
 */
class ClientAddressResolverTest {

    private static final ClientAddressResolver NO_PROXIES = new ClientAddressResolver(List.of());
    private static final ClientAddressResolver BEHIND_PROXIES = new ClientAddressResolver(
            Stream.of("10.0.0.0/8", "192.168.1.7", "2001:db8:ffff::/48").map(AddressRange::parse).toList());

    @Test
    void withoutTrustedProxiesThePeerIsTheClientWhateverXForwardedForSays() {
        assertThat(NO_PROXIES.resolve(ip("198.51.100.4"), List.of("203.0.113.9"))).isEqualTo(ip("198.51.100.4"));
        assertThat(NO_PROXIES.resolve(ip("10.0.0.1"), List.of("203.0.113.9"))).isEqualTo(ip("10.0.0.1"));
    }

    @Test
    void anUntrustedPeerIsTheClientEvenWhenOtherPeersAreTrusted() {
        assertThat(BEHIND_PROXIES.resolve(ip("198.51.100.4"), List.of("203.0.113.9"))).isEqualTo(ip("198.51.100.4"));
    }

    @Test
    void behindATrustedProxyTheRightmostUntrustedAddressIsTheClient() {
        assertThat(BEHIND_PROXIES.resolve(ip("10.1.2.3"), List.of("203.0.113.9"))).isEqualTo(ip("203.0.113.9"));
        // a client-written (spoofed) first element is never read
        assertThat(BEHIND_PROXIES.resolve(ip("10.1.2.3"), List.of("6.6.6.6, 1.1.1.1, 203.0.113.9")))
                .isEqualTo(ip("203.0.113.9"));
    }

    @Test
    void aChainOfTrustedProxiesIsWalkedAcrossHeadersFromTheRight() {
        assertThat(BEHIND_PROXIES.resolve(ip("10.1.2.3"),
                List.of("6.6.6.6, 203.0.113.9", "192.168.1.7, 10.9.9.9"))).isEqualTo(ip("203.0.113.9"));
    }

    @Test
    void onlyTrustedProxiesMeansTheLeftmostOfThem() {
        assertThat(BEHIND_PROXIES.resolve(ip("10.1.2.3"), List.of("10.4.4.4, 192.168.1.7"))).isEqualTo(ip("10.4.4.4"));
        assertThat(BEHIND_PROXIES.resolve(ip("10.1.2.3"), List.of())).isEqualTo(ip("10.1.2.3"));
    }

    @Test
    void garbageFromAProxyEndsTheWalkAtTheLastTrustedHop() {
        assertThat(BEHIND_PROXIES.resolve(ip("10.1.2.3"), List.of("203.0.113.9, unknown"))).isEqualTo(ip("10.1.2.3"));
        assertThat(BEHIND_PROXIES.resolve(ip("10.1.2.3"), List.of("evil.example, 10.4.4.4")))
                .isEqualTo(ip("10.4.4.4"));
    }

    @Test
    void portsBracketsAndIpv6AreUnderstood() {
        assertThat(BEHIND_PROXIES.resolve(ip("10.1.2.3"), List.of("203.0.113.9:51234"))).isEqualTo(ip("203.0.113.9"));
        assertThat(BEHIND_PROXIES.resolve(ip("10.1.2.3"), List.of("[2001:db8:1::5]:443")))
                .isEqualTo(ip("2001:db8:1::5"));
        assertThat(BEHIND_PROXIES.resolve(ip("2001:db8:ffff::1"), List.of("2001:db8:1::5, 2001:db8:ffff:2::9")))
                .isEqualTo(ip("2001:db8:1::5"));
        // an IPv4-mapped peer is the IPv4 address
        assertThat(BEHIND_PROXIES.resolve(ip("::ffff:10.1.2.3"), List.of("203.0.113.9"))).isEqualTo(ip("203.0.113.9"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "localhost", "example.org", "abc", "1.2.3.256", "1.2.3", "::1%eth0", "[::1", "" })
    void nothingButALiteralIsAnAddressAndNoNameIsLookedUp(String value) {
        assertThat(IpLiteral.parse(value)).isNull();
    }

    @Test
    void rangesMatchTheirPrefixOnly() {
        AddressRange range = AddressRange.parse("172.16.0.0/12");
        assertThat(range.contains(ip("172.31.255.255"))).isTrue();
        assertThat(range.contains(ip("172.32.0.0"))).isFalse();
        assertThat(range.contains(ip("::ffff:172.16.0.1"))).isTrue();
        assertThat(AddressRange.parse("2001:db8::/32").contains(ip("2001:db9::1"))).isFalse();
        assertThat(AddressRange.parse("0.0.0.0/0").contains(ip("8.8.8.8"))).isTrue();
        assertThat(AddressRange.parse("10.1.2.3").contains(ip("10.1.2.4"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "10.0.0.0/33", "10.0.0.0/x", "proxy.internal", "10.0.0.0/-1" })
    void aBadTrustedProxyStopsTheStartNamingTheVariable(String value) {
        assertThatThrownBy(() -> new ClientAddressProperties(List.of(value)).ranges())
                .hasMessageContaining("GATEWAY_TRUSTED_PROXIES").hasMessageContaining(value);
    }

    @Test
    void limitsCountAnIpv6ClientByItsSlash64() {
        assertThat(ClientAddress.key(ip("2001:db8:1:2:aaaa::1")))
                .isEqualTo(ClientAddress.key(ip("2001:db8:1:2::ffff")));
        assertThat(ClientAddress.key(ip("2001:db8:1:3::1"))).isNotEqualTo(ClientAddress.key(ip("2001:db8:1:2::1")));
        assertThat(ClientAddress.key(ip("203.0.113.9"))).isEqualTo("203.0.113.9");
    }

    private static InetAddress ip(String literal) {
        InetAddress address = IpLiteral.parse(literal);
        assertThat(address).as(literal).isNotNull();
        return address;
    }
}
