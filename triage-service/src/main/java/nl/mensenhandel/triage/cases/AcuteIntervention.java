package nl.mensenhandel.triage.cases;

import java.time.Instant;

/**
 * An acute intervention taken before the table, monodisciplinary (DOMAIN.md §3, "snel acteren": police/OM,
 * the burgemeester or the zorgcoördinator act first; the table is informed as soon as possible after).
 * The description is encrypted at rest.
 */
public record AcuteIntervention(By by, String description, Instant takenAt) {

    public enum By {
        POLITIE_OM, BURGEMEESTER, ZORGCOORDINATOR
    }
}
