package nl.mensenhandel.signal.regionalconfig;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;

/**
 * The answer to an anonymous report about a municipality that takes none: 422
 * {@code urn:mensenhandel:problem:anonymous-intake-closed} with the municipality and where to report instead
 * (contract schema {@code AnonymousIntakeClosed}).
 */
public class AnonymousIntakeClosed extends ApiProblem {

    public AnonymousIntakeClosed(Meldpunten.View closed) {
        super(ProblemType.ANONYMOUS_INTAKE_CLOSED, closed.municipality().name()
                + " takes no anonymous reports on this platform; report at one of the alternatives instead.",
                List.of(), extensions(closed));
    }

    private static Map<String, Object> extensions(Meldpunten.View closed) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("municipalityCode", closed.municipality().code());
        extensions.put("alternatives", closed.alternatives());
        return extensions;
    }
}
