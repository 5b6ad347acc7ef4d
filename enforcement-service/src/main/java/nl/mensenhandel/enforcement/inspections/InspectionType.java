package nl.mensenhandel.enforcement.inspections;

/** Kinds of integrated inspection (integrale controle, DOMAIN.md §6). */
public enum InspectionType {
    HUISVESTING, SEKSBRANCHE, ADRESKWALITEIT, HORECA, CANNABISDAG, ACTIEDAG, REGULIER_TOEZICHT
}
