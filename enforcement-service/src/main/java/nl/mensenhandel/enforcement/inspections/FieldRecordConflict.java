package nl.mensenhandel.enforcement.inspections;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;

/**
 * 409 {@code field-record-conflict}: a field tool's record whose id is stored with other content, or an edit of an
 * older version. Extension members {@code stored} (as the API shows it) and {@code received} (as sent), so the
 * tool can show both.
 */
public final class FieldRecordConflict {

    private FieldRecordConflict() {
    }

    public static ApiProblem of(String detail, Object stored, Object received) {
        Map<String, Object> both = new LinkedHashMap<>();
        both.put("stored", stored);
        both.put("received", received);
        return new ApiProblem(ProblemType.FIELD_RECORD_CONFLICT, detail, List.of(), both);
    }
}
