package nl.mensenhandel.gateway.clientaddress;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the gateway learns the client's address.
 *
 * @param trustedProxies CIDR ranges or single addresses of the proxies in front of the gateway (load
 *                       balancer, ingress); env {@code GATEWAY_TRUSTED_PROXIES}, comma separated. Empty: the
 *                       TCP peer is the client and {@code X-Forwarded-For} is never read.
 */
@ConfigurationProperties("gateway.client-address")
public record ClientAddressProperties(List<String> trustedProxies) {

    public ClientAddressProperties {
        trustedProxies = trustedProxies == null ? List.of()
                : trustedProxies.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** The ranges, parsed; a value that is no address or range stops the start, naming it. */
    public List<AddressRange> ranges() {
        try {
            return trustedProxies.stream().map(AddressRange::parse).toList();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("gateway.client-address.trusted-proxies (GATEWAY_TRUSTED_PROXIES): "
                    + e.getMessage(), e);
        }
    }
}
