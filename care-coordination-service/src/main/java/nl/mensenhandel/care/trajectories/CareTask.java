package nl.mensenhandel.care.trajectories;

import java.time.LocalDate;

/** A task under a care need; the description is encrypted at rest. */
public record CareTask(String id, String description, String assignee, LocalDate dueDate, boolean done) {
}
