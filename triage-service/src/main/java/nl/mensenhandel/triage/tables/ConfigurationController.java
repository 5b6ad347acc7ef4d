package nl.mensenhandel.triage.tables;

import java.time.ZoneOffset;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.platform.tenancy.CurrentTenant;
import nl.mensenhandel.triage.api.ConfigurationApi;
import nl.mensenhandel.triage.api.model.Covenant;
import nl.mensenhandel.triage.api.model.NewTriageConfiguration;
import nl.mensenhandel.triage.api.model.TableLevel;
import nl.mensenhandel.triage.api.model.TableParticipant;
import nl.mensenhandel.triage.api.model.TriageTable;
import reactor.core.publisher.Mono;

/** The configuration contract ({@code api-specs/triage-service.yaml}, tag {@code configuration}). */
@RestController
public class ConfigurationController implements ConfigurationApi {

    private final StoredTriageConfigurations configurations;

    public ConfigurationController(StoredTriageConfigurations configurations) {
        this.configurations = configurations;
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.triage.api.model.TriageConfiguration>> getTriageConfiguration(
            ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(configurations::read).map(found -> ResponseEntity.ok(toApi(found)));
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.triage.api.model.TriageConfiguration>> putTriageConfiguration(
            Mono<NewTriageConfiguration> body, ServerWebExchange exchange) {
        return CurrentTenant.get().zipWith(body)
                .flatMap(found -> configurations.replace(found.getT1(), proposal(found.getT2())))
                .map(stored -> ResponseEntity.ok(toApi(stored)));
    }

    private static ConfigurationProposal proposal(NewTriageConfiguration body) {
        return new ConfigurationProposal(body.getTables().stream().map(ConfigurationController::table).toList(),
                List.copyOf(body.getSteps()), Boolean.TRUE.equals(body.getAfDecidesWithoutTable()),
                body.getEscalateAfterDays() == null ? RegionTables.DEFAULT_ESCALATE_AFTER_DAYS
                        : body.getEscalateAfterDays());
    }

    private static TriageConfiguration.Table table(TriageTable table) {
        return new TriageConfiguration.Table(table.getId(), table.getName(),
                TriageConfiguration.Level.valueOf(table.getLevel().name()), table.getCadence(),
                table.getParticipants().stream()
                        .map(p -> new TriageConfiguration.Participant(p.getOrganisation(), p.getFunction(),
                                TriageConfiguration.Covenant.valueOf(p.getCovenant().name())))
                        .toList());
    }

    static nl.mensenhandel.triage.api.model.TriageConfiguration toApi(TriageConfiguration configuration) {
        return new nl.mensenhandel.triage.api.model.TriageConfiguration()
                .region(configuration.region())
                .tables(configuration.tables().stream().map(ConfigurationController::toApi).toList())
                .steps(configuration.steps())
                .afDecidesWithoutTable(configuration.afDecidesWithoutTable())
                .escalateAfterDays(configuration.escalateAfterDays())
                .source(configuration.stored() ? nl.mensenhandel.triage.api.model.TriageConfiguration.SourceEnum.STORED
                        : nl.mensenhandel.triage.api.model.TriageConfiguration.SourceEnum.DEFAULT)
                .updatedAt(configuration.updatedAt() == null ? null
                        : configuration.updatedAt().atOffset(ZoneOffset.UTC));
    }

    private static TriageTable toApi(TriageConfiguration.Table table) {
        return new TriageTable()
                .id(table.id())
                .name(table.name())
                .level(table.level() == null ? null : TableLevel.valueOf(table.level().name()))
                .cadence(table.cadence())
                .participants(table.participants().stream()
                        .map(p -> new TableParticipant()
                                .organisation(p.organisation())
                                .function(p.function())
                                .covenant(p.covenant() == null ? null : Covenant.valueOf(p.covenant().name())))
                        .toList());
    }
}
