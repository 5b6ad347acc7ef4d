package nl.mensenhandel.enforcement.inspections;

/** The inspected premises (stored encrypted as one JSON value, see {@link InspectionEncryption}). */
public record InspectionAddress(String street, String houseNumber, String postcode, String city) {
}
