package nl.mensenhandel.care.intake;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejected;

import java.time.Instant;
import java.util.Objects;

import nl.mensenhandel.care.intake.CareQuestion.RequesterKind;
import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.Roles;
import nl.mensenhandel.platform.tenancy.TenantContext;

/**
 * The rules of the zorgcoördinator's own intake (issue 9 capability 1: "each is recorded with who asked and when";
 * DOMAIN.md §2: the zorgcoördinator organises care for every victim, whoever brings the question — an AF, a
 * partner, the police (AVIM) or the KMar asking for a noodbed, any day of the week). One rule per method; each
 * rejection names its rule (422, or 403 for the role).
 */
public final class CareQuestionRules {

    public static final String ROLE_RULE = "care-questions-for-zorgcoordinator-and-af";
    public static final String REQUESTER_REQUIRED = "requester-required";
    public static final String REQUESTER_IS_CALLER = "requester-is-caller";
    public static final String MUNICIPALITY_OF_CALLER = "municipality-of-caller";
    public static final String ASKED_NOT_IN_FUTURE = "asked-not-in-future";

    /** What the caller sent about the requester. */
    public record Requester(RequesterKind kind, String organisation, String municipalityCode, Instant askedAt) {
    }

    private CareQuestionRules() {
    }

    /** Rule {@value #ROLE_RULE}: the zorgcoordinator records what reached them, an AF asks; others 403. */
    public static PolicyDecision mayAsk(TenantContext caller) {
        return caller.hasAnyRole(Roles.ZORGCOORDINATOR, Roles.AANDACHTSFUNCTIONARIS) ? allowed()
                : rejected(ROLE_RULE, ProblemType.FORBIDDEN,
                        "Only the zorgcoordinator and the aandachtsfunctionaris record care questions");
    }

    /**
     * Rule {@value #REQUESTER_REQUIRED}: what the zorgcoördinator records by phone or mail names who asked (kind and
     * organisation) — the answer goes back to them, and the monitor counts questions by source (DOMAIN.md §7).
     */
    public static PolicyDecision requesterNamed(TenantContext caller, Requester requester) {
        if (!isZorgcoordinator(caller)) {
            return allowed();
        }
        if (requester.kind() == null) {
            return unprocessable(REQUESTER_REQUIRED, "requesterKind", "names who asked (required for the zorgcoordinator)");
        }
        if (requester.organisation() == null || requester.organisation().isBlank()) {
            return unprocessable(REQUESTER_REQUIRED, "requesterOrganisation",
                    "names the organisation that asked (required for the zorgcoordinator)");
        }
        return allowed();
    }

    /**
     * Rule {@value #REQUESTER_IS_CALLER}: an AF who asks is the requester — kind {@code AANDACHTSFUNCTIONARIS}, the
     * organisation of their token; a body naming another requester is refused (an AF does not record questions on
     * someone else's behalf).
     */
    public static PolicyDecision requesterIsCaller(TenantContext caller, Requester requester) {
        if (isZorgcoordinator(caller)) {
            return allowed();
        }
        if (requester.kind() != null && requester.kind() != RequesterKind.AANDACHTSFUNCTIONARIS) {
            return unprocessable(REQUESTER_IS_CALLER, "requesterKind", "must be AANDACHTSFUNCTIONARIS: you are the requester");
        }
        if (requester.organisation() != null && !Objects.equals(requester.organisation(), caller.organisation())) {
            return unprocessable(REQUESTER_IS_CALLER, "requesterOrganisation",
                    "must be your own organisation (or left out): you are the requester");
        }
        return allowed();
    }

    /** Rule {@value #MUNICIPALITY_OF_CALLER}: an AF asks about one of their own municipalities. */
    public static PolicyDecision municipalityOfCaller(TenantContext caller, Requester requester) {
        if (isZorgcoordinator(caller) || requester.municipalityCode() == null
                || caller.servesMunicipality(requester.municipalityCode())) {
            return allowed();
        }
        return unprocessable(MUNICIPALITY_OF_CALLER, "municipalityCode", "must be one of your municipalities");
    }

    /** Rule {@value #ASKED_NOT_IN_FUTURE}: a question was asked before it is recorded. */
    public static PolicyDecision askedNotInFuture(Requester requester, Instant now) {
        return requester.askedAt() == null || !requester.askedAt().isAfter(now) ? allowed()
                : unprocessable(ASKED_NOT_IN_FUTURE, "askedAt", "must not lie in the future");
    }

    /** The zorgcoordinator's rules apply when the caller holds that role (also beside another one). */
    static boolean isZorgcoordinator(TenantContext caller) {
        return caller.hasRole(Roles.ZORGCOORDINATOR);
    }

    private static PolicyDecision unprocessable(String rule, String field, String message) {
        return new PolicyDecision.Rejected(rule, ProblemType.UNPROCESSABLE, "Field '" + field + "' " + message, field);
    }
}
