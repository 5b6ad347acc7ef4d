package nl.mensenhandel.triage.signals;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.mensenhandel.triage.signalclient.model.Signal;

/**
 * What triage needs to know of a signal held by signal-service: where, which forms, from which kind of
 * source, in which state. The free-text description stays in signal-service (need to know).
 */
public record SignalSummary(
        UUID id,
        String region,
        String municipalityCode,
        Set<String> forms,
        String sourceType,
        String status,
        Instant observedAt) {

    static SignalSummary of(Signal signal) {
        return new SignalSummary(
                signal.getId(),
                signal.getRegion(),
                signal.getMunicipalityCode(),
                signal.getForms() == null ? Set.of()
                        : signal.getForms().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet()),
                signal.getSourceType() == null ? null : signal.getSourceType().name(),
                signal.getStatus() == null ? null : signal.getStatus().name(),
                signal.getObservedAt() == null ? null : signal.getObservedAt().toInstant());
    }
}
