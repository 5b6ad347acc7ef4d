package nl.mensenhandel.triage.signals;

import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;

/** signal-service could not answer: its circuit is open, it was too slow, or it failed (5xx, I/O). */
public class SignalServiceUnavailable extends ApiProblem {

    public enum Reason {
        /** the circuit breaker is open: the call was not even attempted */
        CIRCUIT_OPEN,
        /** no answer within the time limiter's duration */
        TIMEOUT,
        /** a 5xx, an unexpected status or an I/O error */
        FAILURE
    }

    private final Reason reason;

    public SignalServiceUnavailable(Reason reason, String detail) {
        super(ProblemType.SERVICE_UNAVAILABLE, detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
