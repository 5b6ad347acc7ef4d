package nl.mensenhandel.platform.audit;

import java.util.List;

import nl.mensenhandel.platform.tenancy.TenantContext;

/**
 * What a service tells the access log about one access. Start with {@link #by} (a caller with a token)
 * or {@link #anonymous} (no account, e.g. a resident's status check) and add what applies; the log adds
 * time, service, client, trace id and the chain. Without an explicit legal basis, the caller's function
 * decides it ({@link LegalBasis#forRoles}).
 */
public record Access(
        TenantContext actor,
        String region,
        String action,
        Outcome outcome,
        String resourceType,
        String resourceId,
        List<String> resourceIds,
        String dataSubject,
        String purpose,
        String legalBasis,
        String onBehalfOf) {

    public static Access by(TenantContext actor, String action, String resourceType, String resourceId) {
        return new Access(actor, actor.region(), action, Outcome.SUCCESS, resourceType, resourceId, null, null, null,
                null, null);
    }

    /** A call without an account, logged in the chain of the region whose data it touched. */
    public static Access anonymous(String region, String action, String resourceType, String resourceId) {
        return new Access(null, region, action, Outcome.SUCCESS, resourceType, resourceId, null, null, null, null, null);
    }

    /** A reference to the person(s) the data is about, e.g. {@code signal:<id>/persons} — never content. */
    public Access dataSubject(String reference) {
        return new Access(actor, region, action, outcome, resourceType, resourceId, resourceIds, reference, purpose,
                legalBasis, onBehalfOf);
    }

    /** The ids a list or search showed. */
    public Access shown(List<String> ids) {
        return new Access(actor, region, action, outcome, resourceType, resourceId, List.copyOf(ids), dataSubject,
                purpose, legalBasis, onBehalfOf);
    }

    public Access purpose(String text) {
        return new Access(actor, region, action, outcome, resourceType, resourceId, resourceIds, dataSubject, text,
                legalBasis, onBehalfOf);
    }

    public Access legalBasis(String text) {
        return new Access(actor, region, action, outcome, resourceType, resourceId, resourceIds, dataSubject, purpose,
                text, onBehalfOf);
    }

    public Access legalBasis(LegalBasis basis) {
        return legalBasis(basis.text());
    }

    public Access outcome(Outcome result) {
        return new Access(actor, region, action, result, resourceType, resourceId, resourceIds, dataSubject, purpose,
                legalBasis, onBehalfOf);
    }

    /**
     * The user a service account acted for, when the service vouches for them itself (a delayed delivery
     * whose user token has expired): the service has checked that the caller is a trusted service
     * account. Without it the log takes the token's own {@code act.sub} (token exchange), if any.
     */
    public Access onBehalfOf(String subject) {
        return new Access(actor, region, action, outcome, resourceType, resourceId, resourceIds, dataSubject, purpose,
                legalBasis, subject);
    }
}
