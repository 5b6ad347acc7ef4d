package nl.mensenhandel.enforcement.inspections;

/** Planned, carried out (findings being recorded), completed. The transition table comes with the field-tool slice. */
public enum InspectionStatus {
    GEPLAND, UITGEVOERD, AFGEROND
}
