package nl.mensenhandel.signal.signal;

import java.time.Instant;

/**
 * The exploitation AF shared the full signal with the AF of the residence municipality in another region,
 * who otherwise reads an outline only (need to know, AVG art. 5 lid 1 c). Recorded with who, when and why.
 */
public record ResidenceDisclosure(String municipalityCode, String region, String reason, String by, Instant at) {
}
