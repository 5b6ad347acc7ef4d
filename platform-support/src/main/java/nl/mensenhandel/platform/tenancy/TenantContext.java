package nl.mensenhandel.platform.tenancy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is asking, for which region, on behalf of which municipalities, organisation or care provider.
 * Built only from validated token claims — never from headers or body fields a client could forge.
 */
public record TenantContext(
        String subject,
        String username,
        String region,
        Set<String> municipalities,
        String organisation,
        String provider,
        Set<String> roles) {

    public static final String REGION_CLAIM = "region";
    public static final String MUNICIPALITIES_CLAIM = "municipalities";
    public static final String ORGANISATION_CLAIM = "organisation";
    public static final String PROVIDER_CLAIM = "provider";

    public TenantContext {
        municipalities = Set.copyOf(municipalities);
        roles = Set.copyOf(roles);
    }

    public static TenantContext fromJwt(Jwt jwt) {
        return new TenantContext(
                jwt.getSubject(),
                jwt.getClaimAsString("preferred_username"),
                jwt.getClaimAsString(REGION_CLAIM),
                stringSet(jwt.getClaim(MUNICIPALITIES_CLAIM)),
                jwt.getClaimAsString(ORGANISATION_CLAIM),
                jwt.getClaimAsString(PROVIDER_CLAIM),
                realmRoles(jwt));
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... candidates) {
        for (String candidate : candidates) {
            if (roles.contains(candidate)) {
                return true;
            }
        }
        return false;
    }

    public boolean servesMunicipality(String municipalityCode) {
        return municipalities.contains(municipalityCode);
    }

    /** Keycloak puts realm roles under {@code realm_access.roles}. */
    public static Set<String> realmRoles(Jwt jwt) {
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        if (realmAccess == null) {
            return Set.of();
        }
        return stringSet(realmAccess.get("roles"));
    }

    private static Set<String> stringSet(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
        }
        if (claim instanceof String single && !single.isBlank()) {
            // a single-valued attribute mapper yields a plain string
            return Set.copyOf(List.of(single));
        }
        return Set.of();
    }
}
