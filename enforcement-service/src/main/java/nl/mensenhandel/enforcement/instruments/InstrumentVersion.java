package nl.mensenhandel.enforcement.instruments;

import java.time.LocalDate;

/** One version of an instrument: its legal basis in force from {@code validFrom} to {@code validUntil} (inclusive, or open). */
public record InstrumentVersion(String legalBasis, LocalDate validFrom, LocalDate validUntil) {

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validUntil == null || !date.isAfter(validUntil));
    }
}
