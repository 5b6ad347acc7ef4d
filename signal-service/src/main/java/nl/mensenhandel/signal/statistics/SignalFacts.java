package nl.mensenhandel.signal.statistics;

import java.time.Instant;
import java.util.List;

/**
 * What the monitor's counts need of one stored signal, and nothing more (no description, address, reporter or
 * name): read with a projection of these fields only.
 *
 * @param forms           the exploitation forms (empty when none was recorded)
 * @param receivedAt      when the signal was received (its creation)
 * @param firstDecisionAt the first step of its route to a result (DOORGELEID or AFGESLOTEN), whether the AF's
 *                        or the table's outcome recorded on it; null while undecided
 * @param possibleVictims the persons with role possible victim
 */
public record SignalFacts(String id, String municipalityCode, List<String> forms, String source, Instant receivedAt,
        Instant firstDecisionAt, List<Victim> possibleVictims) {

    public SignalFacts {
        forms = forms == null ? List.of() : List.copyOf(forms);
        possibleVictims = possibleVictims == null ? List.of() : List.copyOf(possibleVictims);
    }

    /** A possible victim as counted: minority, year of birth, gender and nationality (decrypted), any may be null. */
    public record Victim(Boolean minor, Integer yearOfBirth, String gender, String nationality) {
    }
}
