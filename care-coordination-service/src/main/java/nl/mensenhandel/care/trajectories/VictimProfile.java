package nl.mensenhandel.care.trajectories;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

/**
 * What the zorgcoördinator knows of the (possible) victim, decrypted (name and birth date are encrypted at rest).
 * Every field may be unknown (null) until the zorgcoördinator records it.
 */
public record VictimProfile(
        String displayName,
        LocalDate birthDate,
        Gender gender,
        String nationality,
        ResidenceStatus residenceStatus,
        Set<ExploitationForm> exploitationForms,
        String brpMunicipalityCode,
        String foundMunicipalityCode,
        String workMunicipalityCode) {

    public VictimProfile {
        exploitationForms = exploitationForms == null ? Set.of() : Set.copyOf(exploitationForms);
    }

    public static VictimProfile unknown() {
        return new VictimProfile(null, null, null, null, null, Set.of(), null, null, null);
    }

    /** Age in whole years on {@code day}; null when the birth date is unknown. */
    public Integer ageOn(LocalDate day) {
        return birthDate == null ? null : Period.between(birthDate, day).getYears();
    }
}
