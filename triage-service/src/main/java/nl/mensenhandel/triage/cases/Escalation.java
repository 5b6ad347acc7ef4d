package nl.mensenhandel.triage.cases;

import java.time.Instant;

/**
 * A stuck casus escalated to the region's beleidsregisseur (the ketenregisseur "unblocks stuck cases"), by the
 * table or the AF with a reason, or by the platform when a track stayed overdue too long ({@code automatic}).
 * The reason is encrypted at rest.
 */
public record Escalation(String id, String reason, Instant escalatedAt, boolean automatic, String escalatedBy) {
}
