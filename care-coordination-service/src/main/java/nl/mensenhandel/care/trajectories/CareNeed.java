package nl.mensenhandel.care.trajectories;

import java.util.List;

/** One need of the victim (shelter, medical, residence procedure, ...) with its tasks. */
public record CareNeed(Type type, Status status, List<CareTask> tasks) {

    public CareNeed {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }

    public enum Type {
        OPVANG, MEDISCH, PSYCHOLOGISCH, JURIDISCH, VERBLIJFSPROCEDURE, INKOMEN, WERK, HUISVESTING, BRP_INSCHRIJVING,
        ONDERWIJS, VEILIGHEID
    }

    public enum Status {
        OPEN, IN_UITVOERING, AFGEROND, NIET_NODIG
    }
}
