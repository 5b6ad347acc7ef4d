package nl.mensenhandel.care.trajectories;

import java.time.Instant;

/** One entry of a status history (trajectory or placement): to which status, when, by whom, why. */
public record StatusChange(String status, Instant at, String by, String reason) {
}
