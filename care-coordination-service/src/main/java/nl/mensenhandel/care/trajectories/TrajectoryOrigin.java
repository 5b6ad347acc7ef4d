package nl.mensenhandel.care.trajectories;

/**
 * Where a trajectory came from: {@code TAFEL} (a table's care request: casus and track), {@code VRAAG} (a care
 * question), {@code ZORGCOORDINATOR} (opened directly).
 */
public record TrajectoryOrigin(Kind kind, String caseId, String caseReference, String trackId, String careRequestId,
        String questionId) {

    public enum Kind {
        TAFEL, VRAAG, ZORGCOORDINATOR
    }
}
