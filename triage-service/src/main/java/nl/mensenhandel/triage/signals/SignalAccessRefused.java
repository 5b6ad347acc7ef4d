package nl.mensenhandel.triage.signals;

import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;

/**
 * signal-service answered 401 or 403 to the relayed token: the caller may not read that signal there
 * (signal-service decides for its own data). Not an outage: the circuit breaker ignores it.
 */
public class SignalAccessRefused extends ApiProblem {

    public SignalAccessRefused(int status) {
        super(ProblemType.FORBIDDEN, "signal-service refused to show the signal to you (HTTP " + status + ").");
    }
}
