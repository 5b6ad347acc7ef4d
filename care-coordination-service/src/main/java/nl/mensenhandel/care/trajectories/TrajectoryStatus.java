package nl.mensenhandel.care.trajectories;

/** The lifecycle of a zorgtraject; the allowed moves are one table ({@code TrajectoryTransitions}). */
public enum TrajectoryStatus {
    AANGEMELD, ACTIEF, NAZORG, AFGESLOTEN
}
