package nl.mensenhandel.care.placements;

/** Kinds of shelter and care place (DOMAIN.md §5); who may go where comes with the placement rules. */
public enum PlacementType {
    NOODBED, COSM, SPECIALISTISCHE_OPVANG, REGULIERE_OPVANG, CRISISOPVANG_NLA, JEUGDZORG
}
