package nl.mensenhandel.enforcement.inspections;

/** A team member of an inspection and the municipality they act for. */
public record InspectionMember(String username, String actingFor) {
}
