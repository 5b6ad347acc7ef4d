package nl.mensenhandel.enforcement.designations;

/** Someone who acts for a municipality in an inspection: the recording handhaver or a team member. */
public record Actor(String username, String municipalityCode) {
}
