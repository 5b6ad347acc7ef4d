package nl.mensenhandel.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class TenantContextTest {

    private static Jwt.Builder token() {
        return Jwt.withTokenValue("t").header("alg", "RS256").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60)).subject("sub-1").claim("preferred_username", "af.zaanstad");
    }

    @Test
    void readsRegionMunicipalitiesOrganisationAndRealmRolesFromClaims() {
        Jwt jwt = token().claim("region", "zaanstreek-waterland")
                .claim("municipalities", List.of("GM0431", "GM0880"))
                .claim("organisation", "Gemeente Oostzaan")
                .claim("realm_access", Map.of("roles", List.of("aandachtsfunctionaris", "offline_access")))
                .build();

        TenantContext tenant = TenantContext.fromJwt(jwt);

        assertThat(tenant.region()).isEqualTo("zaanstreek-waterland");
        assertThat(tenant.municipalities()).containsExactlyInAnyOrder("GM0431", "GM0880");
        assertThat(tenant.servesMunicipality("GM0880")).isTrue();
        assertThat(tenant.servesMunicipality("GM0479")).isFalse();
        assertThat(tenant.organisation()).isEqualTo("Gemeente Oostzaan");
        assertThat(tenant.hasRole(Roles.AANDACHTSFUNCTIONARIS)).isTrue();
        assertThat(tenant.hasAnyRole(Roles.MELDER, Roles.HANDHAVER)).isFalse();
        assertThat(tenant.username()).isEqualTo("af.zaanstad");
    }

    @Test
    void aSingleValuedMunicipalityClaimIsStillASet() {
        Jwt jwt = token().claim("region", "kennemerland").claim("municipalities", "GM0397").build();

        assertThat(TenantContext.fromJwt(jwt).municipalities()).containsExactly("GM0397");
    }

    @Test
    void missingClaimsGiveNoRolesAndNoMunicipalities() {
        TenantContext tenant = TenantContext.fromJwt(token().build());

        assertThat(tenant.region()).isNull();
        assertThat(tenant.roles()).isEmpty();
        assertThat(tenant.municipalities()).isEmpty();
    }
}
