package nl.mensenhandel.care.placements;

/** Where a victim went when a placement ended (uitstroom). */
public enum Destination {
    VERVOLGPLAATSING, EIGEN_WOONRUIMTE, FAMILIE_OF_NETWERK, TERUGKEER_LAND_VAN_HERKOMST, ONBEKEND_VERTROKKEN,
    NIET_AANGEKOMEN, OVERIG
}
