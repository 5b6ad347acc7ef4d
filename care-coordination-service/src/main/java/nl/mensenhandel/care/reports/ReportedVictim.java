package nl.mensenhandel.care.reports;

import java.time.Instant;
import java.util.List;

import nl.mensenhandel.care.trajectories.ExploitationForm;
import nl.mensenhandel.care.trajectories.Gender;
import nl.mensenhandel.care.trajectories.ResidenceStatus;
import nl.mensenhandel.care.trajectories.TrajectoryStatus;

/**
 * One (possible) victim in the CoMensha report, by pseudonym: no name, birth date, contact or free text — only
 * categories (gender, age group at the trajectory's opening, nationality, residence status, forms of exploitation),
 * the responsible municipality's CBS code and the placements.
 */
public record ReportedVictim(String pseudonym, Gender gender, AgeGroup ageGroup, String nationality,
        ResidenceStatus residenceStatus, List<ExploitationForm> exploitationForms, String responsibleMunicipalityCode,
        TrajectoryStatus trajectoryStatus, Instant openedAt, List<ReportedPlacement> placements) {

    public ReportedVictim {
        exploitationForms = List.copyOf(exploitationForms);
        placements = List.copyOf(placements);
    }
}
