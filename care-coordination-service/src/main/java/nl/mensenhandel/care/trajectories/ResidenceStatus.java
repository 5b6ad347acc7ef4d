package nl.mensenhandel.care.trajectories;

/**
 * The victim's residence status. Lawful: {@code NEDERLANDER}, {@code EU_BURGER}, {@code RECHTMATIG_VERBLIJF}; not
 * lawful: {@code BEDENKTIJD} (a foreign victim's reflection period) and {@code GEEN_RECHTMATIG_VERBLIJF}
 * (DOMAIN.md §5: COSM is for international victims without residence status).
 */
public enum ResidenceStatus {
    NEDERLANDER, EU_BURGER, RECHTMATIG_VERBLIJF, BEDENKTIJD, GEEN_RECHTMATIG_VERBLIJF, ONBEKEND;

    public boolean lawful() {
        return this == NEDERLANDER || this == EU_BURGER || this == RECHTMATIG_VERBLIJF;
    }
}
