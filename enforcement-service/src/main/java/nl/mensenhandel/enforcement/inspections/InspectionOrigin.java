package nl.mensenhandel.enforcement.inspections;

/** Why the inspection took place: a table's request, the team's own planning, or ad hoc in the field. */
public enum InspectionOrigin {
    TAFEL, TEAMPLANNING, AD_HOC
}
