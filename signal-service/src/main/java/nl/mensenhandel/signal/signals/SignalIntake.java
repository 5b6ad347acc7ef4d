package nl.mensenhandel.signal.signals;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import org.springframework.stereotype.Service;

import nl.mensenhandel.platform.idempotency.IdempotentCommands;
import nl.mensenhandel.platform.idempotency.IdempotentOutcome;
import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/** Receives a signal: checks the intake rules, then stores it once per Idempotency-Key. */
@Service
public class SignalIntake {

    /** What a reporter submits; the server adds the rest. */
    public record Report(String municipalityCode, Set<ExploitationForm> forms, SourceType sourceType,
            String description, Instant observedAt) {
    }

    private final SignalAccessPolicy access;
    private final ObservationDatePolicy observationDate;
    private final RegionScopedMongo mongo;
    private final IdempotentCommands idempotent;
    private final Clock clock;

    public SignalIntake(SignalAccessPolicy access, ObservationDatePolicy observationDate, RegionScopedMongo mongo,
            IdempotentCommands idempotent, Clock clock) {
        this.access = access;
        this.observationDate = observationDate;
        this.mongo = mongo;
        this.idempotent = idempotent;
        this.clock = clock;
    }

    public Mono<IdempotentOutcome<Signal>> receive(TenantContext reporter, Report report, String idempotencyKey) {
        return access.mayReport(reporter).enforce(report)
                .flatMap(access.municipalityInRegion(reporter, report.municipalityCode())::enforce)
                .flatMap(observationDate.check(report.observedAt())::enforce)
                .flatMap(valid -> idempotent.run(
                        reporter.region() + "|" + reporter.subject() + "|signals.create",
                        idempotencyKey,
                        report,
                        id -> mongo.insert(reporter, newSignal(id, reporter, report)),
                        id -> mongo.findById(reporter, id, Signal.class)));
    }

    private Signal newSignal(String id, TenantContext reporter, Report report) {
        Instant now = clock.instant();
        return new Signal(id, reporter.region(), report.municipalityCode(), Set.copyOf(report.forms()),
                report.sourceType(), report.description(), report.observedAt(), SignalStatus.ONTVANGEN, now,
                reporter.username(), reporter.subject(), now);
    }
}
