package nl.mensenhandel.care.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The pseudonymised report to CoMensha of one region for the period [from, to] (both days inclusive). */
public record ComenshaReport(String region, LocalDate from, LocalDate to, Instant generatedAt,
        List<ReportedVictim> victims) {

    public ComenshaReport {
        victims = List.copyOf(victims);
    }
}
