package nl.mensenhandel.gateway.identity;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Request headers that claim an identity (user, roles, region, tenant, organisation, provider). Identity
 * lives only in the validated token, so the gateway removes these before routing, whoever sent them.
 *
 * @param strip header names, case-insensitive; the default list is in {@code application.yml}
 */
@ConfigurationProperties("gateway.identity-headers")
public record IdentityHeaderProperties(List<String> strip) {

    public IdentityHeaderProperties {
        strip = strip == null ? List.of() : List.copyOf(strip);
    }
}
