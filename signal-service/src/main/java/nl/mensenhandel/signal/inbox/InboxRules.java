package nl.mensenhandel.signal.inbox;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejectedField;

import java.util.List;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;

/** The rules of posting a notification, one named rule each. */
final class InboxRules {

    private final MunicipalityRegistry municipalities;

    InboxRules(MunicipalityRegistry municipalities) {
        this.municipalities = municipalities;
    }

    /** Rule notification-region-known: the region is one of the platform's (reference data). */
    PolicyDecision regionKnown(String region) {
        return municipalities.inRegion(region).isEmpty()
                ? rejectedField("notification-region-known", "region", "is not a region of this platform")
                : allowed();
    }

    /**
     * Rule notification-municipality-in-region: a municipality named (on the notification or in its audience)
     * belongs to the notification's region — a notification never reaches another region's users.
     */
    PolicyDecision municipalityInRegion(String field, String municipalityCode, String region) {
        return municipalityCode == null || municipalities.belongsToRegion(municipalityCode, region) ? allowed()
                : rejectedField("notification-municipality-in-region", field,
                        "is not a municipality of region " + region);
    }

    /** Rule audience-entry-is-role-or-user: each entry names a role (optionally with a municipality) or a user. */
    static PolicyDecision audienceEntryWellFormed(int index, Audience entry) {
        boolean role = entry.role() != null;
        boolean user = entry.username() != null;
        if (role == user) {
            return rejectedField("audience-entry-is-role-or-user", "audience[" + index + "]",
                    "names either a role or a username");
        }
        if (user && entry.municipalityCode() != null) {
            return rejectedField("audience-entry-is-role-or-user", "audience[" + index + "].municipalityCode",
                    "narrows a role, not a user");
        }
        return allowed();
    }

    List<PolicyDecision> all(String region, String municipalityCode, List<Audience> audience) {
        List<PolicyDecision> decisions = new java.util.ArrayList<>();
        decisions.add(regionKnown(region));
        decisions.add(municipalityInRegion("municipalityCode", municipalityCode, region));
        for (int i = 0; i < audience.size(); i++) {
            decisions.add(audienceEntryWellFormed(i, audience.get(i)));
            decisions.add(municipalityInRegion("audience[" + i + "].municipalityCode",
                    audience.get(i).municipalityCode(), region));
        }
        return decisions;
    }
}
