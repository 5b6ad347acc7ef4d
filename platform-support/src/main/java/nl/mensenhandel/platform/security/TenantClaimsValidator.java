package nl.mensenhandel.platform.security;

import java.util.List;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;
import nl.mensenhandel.platform.tenancy.TenantContext;

/**
 * Rejects a token whose {@code municipalities} do not all belong to its {@code region} according to the
 * reference data ({@code reference/municipalities.csv}): an unknown code, or a municipality of another
 * region, means the account was set up wrongly in Keycloak. Such a token would otherwise let a user of one
 * region act for a municipality of another (issue 6 §2: tenant claims must agree with the reference data).
 * A token without municipalities (care coordinators, care-provider clients, ...) passes this check.
 */
public final class TenantClaimsValidator implements OAuth2TokenValidator<Jwt> {

    private final MunicipalityRegistry municipalities;

    public TenantClaimsValidator(MunicipalityRegistry municipalities) {
        this.municipalities = municipalities;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        TenantContext tenant = TenantContext.fromJwt(jwt);
        if (tenant.municipalities().isEmpty()) {
            return OAuth2TokenValidatorResult.success();
        }
        List<String> foreign = tenant.municipalities().stream()
                .filter(code -> tenant.region() == null || !municipalities.belongsToRegion(code, tenant.region()))
                .sorted()
                .toList();
        if (foreign.isEmpty()) {
            return OAuth2TokenValidatorResult.success();
        }
        // codes only (public reference data), never personal data
        return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                "The token's municipalities " + foreign + " do not belong to its region " + tenant.region(), null));
    }
}
