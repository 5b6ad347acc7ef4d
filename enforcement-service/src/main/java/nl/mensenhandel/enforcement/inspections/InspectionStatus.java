package nl.mensenhandel.enforcement.inspections;

/** Planned, carried out (findings being recorded), completed; moves along {@link InspectionTransitions}. */
public enum InspectionStatus {
    GEPLAND, UITGEVOERD, AFGEROND
}
