package nl.mensenhandel.signal.intake;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

import nl.mensenhandel.platform.commands.CommandReceiver;
import nl.mensenhandel.platform.idempotency.IdempotentCommands;
import nl.mensenhandel.platform.idempotency.IdempotentOutcome;
import nl.mensenhandel.platform.security.ServiceAccounts;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;
import reactor.core.publisher.Mono;

/**
 * receiveInspectionSignal (issue 10): a finding with trafficking indicators, delivered by enforcement-service's
 * outbox, becomes one signal per command id ({@link CommandReceiver}: trusted service accounts only, the
 * municipality of the named region, a repeat answers the first signal) through the intake's own path
 * ({@link SignalIntake#receiveRelayed}) — it lands with the municipality's AF like any other signal, and the
 * handhaver who recorded the finding follows it in {@code reported-by-me}.
 */
@Service
@EnableConfigurationProperties(InspectionSignalSenders.class)
public class InspectionSignals {

    private final CommandReceiver receiver;
    private final SignalIntake intake;

    public InspectionSignals(InspectionSignalSenders senders, IdempotentCommands idempotent, SignalIntake intake) {
        this.receiver = new CommandReceiver(new ServiceAccounts(senders.inspectionSignalClients()), idempotent,
                MunicipalityRegistry.load(), "receiveInspectionSignal", "inspection-signals-from-enforcement");
        this.intake = intake;
    }

    public Mono<IdempotentOutcome<SignalIntake.Received>> receive(InspectionFinding finding, String commandId) {
        return receiver.receive(finding.region(), List.of(finding.municipalityCode()), commandId, finding,
                (service, id) -> intake.receiveRelayed(service, finding.reporterIn(), finding.toReport(), id),
                (service, id) -> intake.relayed(id, service.region()));
    }
}
