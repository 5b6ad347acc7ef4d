package nl.mensenhandel.triage.signals;

import java.util.UUID;

import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;

/**
 * signal-service answered 404: the signal does not exist or is not visible to the caller (another
 * region, another municipality). A domain answer, not an outage: the circuit breaker ignores it.
 */
public class SignalNotFound extends ApiProblem {

    private final UUID signalId;

    public SignalNotFound(UUID signalId) {
        super(ProblemType.NOT_FOUND, "Signal " + signalId + " not found.");
        this.signalId = signalId;
    }

    public UUID signalId() {
        return signalId;
    }
}
