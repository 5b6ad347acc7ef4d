package nl.mensenhandel.signal.duplicates;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejected;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejectedField;

import java.util.Set;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.signal.links.LinkKind;
import nl.mensenhandel.signal.links.SignalLink;

/** The rules for links and merges, one named rule each. */
final class DuplicateRules {

    private DuplicateRules() {
    }

    /** Rule: a signal is not linked to itself. */
    static PolicyDecision notItself(String signalId, String otherSignalId) {
        return signalId.equals(otherSignalId)
                ? rejectedField("link-not-to-itself", "otherSignalId", "must be another signal")
                : allowed();
    }

    /**
     * Rule: merges do not chain — the duplicate is not already merged away, and the signal it is merged
     * into is not itself merged away. (A chain would make "unique" ambiguous.)
     */
    static PolicyDecision mergeDoesNotChain(LinkKind kind, String signalId, String otherSignalId,
            Set<String> mergedAway) {
        if (kind != LinkKind.MERGE) {
            return allowed();
        }
        if (mergedAway.contains(otherSignalId)) {
            return rejected("merge-source-not-already-merged", ProblemType.CONFLICT,
                    "That signal is already merged into another one");
        }
        return mergedAway.contains(signalId)
                ? rejected("merge-target-not-merged", ProblemType.CONFLICT,
                        "This signal is itself merged into another one; merge into that one")
                : allowed();
    }

    /** Rule: a link is revoked once. */
    static PolicyDecision notYetRevoked(SignalLink link) {
        return link.active() ? allowed()
                : rejected("link-revoked-once", ProblemType.CONFLICT, "This link was already revoked");
    }
}
