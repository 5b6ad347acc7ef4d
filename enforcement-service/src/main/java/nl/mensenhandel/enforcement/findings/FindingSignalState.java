package nl.mensenhandel.enforcement.findings;

/**
 * The signal a finding with trafficking indicators becomes in signal-service: {@code TE_VERZENDEN} until the outbox
 * delivered it, then {@code AFGELEVERD} with the {@code signalId} (set by the delivery side).
 */
public record FindingSignalState(String status, String signalId) {

    public static final String TE_VERZENDEN = "TE_VERZENDEN";
}
