package nl.mensenhandel.enforcement.inspections;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The inspection date the designation rule looks at: the day it started, else the day planned, else today. */
public final class InspectionDates {

    /** Dutch municipalities: dates are local dates in the Netherlands. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private InspectionDates() {
    }

    public static LocalDate of(Instant startedAt, LocalDate plannedFor, Clock clock) {
        if (startedAt != null) {
            return startedAt.atZone(ZONE).toLocalDate();
        }
        return plannedFor != null ? plannedFor : LocalDate.now(clock.withZone(ZONE));
    }
}
