package nl.mensenhandel.care.trajectories;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A care trajectory (zorgtraject) of one (possible) victim, decrypted. How it is stored (collection
 * {@value #COLLECTION}, encrypted fields) is the {@code trajectories} package's business; other packages read it
 * through {@link TrajectoryLookup}.
 *
 * @param municipalityCodes the municipalities of the casus it came from (empty otherwise): the AF's scope
 * @param version           optimistic-locking counter, increased by every change
 */
public record Zorgtraject(
        String id,
        String region,
        String reference,
        TrajectoryOrigin origin,
        TrajectoryStatus status,
        List<StatusChange> statusHistory,
        VictimProfile victim,
        ResponsibleMunicipality responsibleMunicipality,
        List<CareNeed> needs,
        String nextAction,
        LocalDate nextActionDate,
        List<String> municipalityCodes,
        Instant openedAt,
        String openedBy,
        Instant updatedAt,
        long version) {

    public static final String COLLECTION = "trajectories";

    public Zorgtraject {
        statusHistory = statusHistory == null ? List.of() : List.copyOf(statusHistory);
        needs = needs == null ? List.of() : List.copyOf(needs);
        municipalityCodes = municipalityCodes == null ? List.of() : List.copyOf(municipalityCodes);
        victim = victim == null ? VictimProfile.unknown() : victim;
    }
}
