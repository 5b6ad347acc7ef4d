package nl.mensenhandel.signal.signal;

import java.time.Instant;

/**
 * One hand-over of a signal to the AF of another municipality (issue 7 §5), kept on the signal as its
 * hand-over history: who asked, why, and who decided how. {@code toRegion} is null for a municipality the
 * platform does not serve ({@link HandoverStatus#FORWARDED_OUTSIDE}, with {@code forwardedTo}).
 */
public record Handover(String id, String fromMunicipalityCode, String fromRegion, String toMunicipalityCode,
        String toRegion, HandoverStatus status, String reason, String forwardedTo, String requestedBy,
        Instant requestedAt, String decidedBy, Instant decidedAt, String decisionReason) {

    public boolean pending() {
        return status == HandoverStatus.PENDING;
    }

    public Handover decided(HandoverStatus to, String by, Instant at, String why) {
        return new Handover(id, fromMunicipalityCode, fromRegion, toMunicipalityCode, toRegion, to, reason,
                forwardedTo, requestedBy, requestedAt, by, at, why);
    }
}
